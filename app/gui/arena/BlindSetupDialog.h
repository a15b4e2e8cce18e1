#pragma once

#include "arena/BlindRound.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Lineup {

// New Blind Comparison: the pool of models rounds draw from (two or more, from any profiles)
// and how many panes a round shows.
class BlindSetupDialog : public QDialog
{
    Q_OBJECT
public:
    struct Profile
    {
        QString id;
        QString name;
    };

    // `candidates`: models offered ticked-off (recently used ones); more can be added.
    BlindSetupDialog(const QList<Profile> &profiles, const QList<PoolModel> &candidates,
                     QWidget *parent = nullptr);

    QList<PoolModel> pool() const; // the ticked entries
    int panes() const;
    void addModel(const QString &profileId, const QString &model, bool ticked = true);

    QListWidget *list() const { return m_list; }
    QSpinBox *paneBox() const { return m_panes; }

private:
    void updateState();
    QString profileName(const QString &id) const;

    QList<Profile> m_profiles;
    QListWidget *m_list;
    QComboBox *m_profile;
    QLineEdit *m_model;
    QSpinBox *m_panes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Lineup
