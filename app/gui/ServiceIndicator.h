#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Lineup {

class EndpointManager;

// The status bar's right side: which provider (a button to switch it), which model, and what is
// wrong with the connection if anything (key missing, key sent in clear text, bad proxy).
class ServiceIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceIndicator(EndpointManager *endpoints, QWidget *parent = nullptr);

    void setModel(const QString &model);
    QToolButton *profileButton() const { return m_profile; }
    QLabel *modelLabel() const { return m_model; }
    QLabel *warningLabel() const { return m_warning; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void profileSelected(const QString &profileId);
    void settingsRequested();

private:
    void fillProfileMenu();

    EndpointManager *m_endpoints;
    QLabel *m_warning;
    QToolButton *m_profile;
    QLabel *m_model;
};

} // namespace Lineup
