#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Lineup {

// What the centre shows before the first message: which service and model the next message goes
// to, and the keys that matter, instead of a blank page.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    // `problem`: why nothing can be sent yet (no key), said instead of where messages go.
    void setService(const QString &profileName, const QString &model, const QString &problem = {});
    QString detailText() const;

    // The wrapped lines inside find their height when the page is laid out; saying so here
    // would make the whole window's layout ask this page for its height at many widths (several
    // milliseconds of text layout before the first frame).
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    void newComparisonRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_hints;
    QPushButton *m_compare;
};

} // namespace Lineup
