#pragma once

#include "providers/ProviderProfile.h"

#include <QObject>
#include <QPointer>

class QSettings;
class QWidget;

namespace Lineup {

class ApiClient;
class KeyStore;
class SettingsDialog;
class WelcomeDialog;

// Opens the window's dialogs without blocking (QDialog::open, deleted on close), one of each at
// a time, so tests can reach the open dialog and drive it.
class DialogLauncher : public QObject
{
    Q_OBJECT
public:
    DialogLauncher(QWidget *window, QSettings *settings, KeyStore *keys, ApiClient *client);

    SettingsDialog *settingsDialog() const;
    WelcomeDialog *welcomeDialog() const;

    // Opens (or raises) the provider settings; selects `profileId` unless it is empty.
    SettingsDialog *openSettings(const QString &profileId);
    // Opens the settings on a new profile filled in from `draft` (a service not saved as one).
    SettingsDialog *openSettingsFor(const ProviderProfile &draft, const QString &note);
    WelcomeDialog *openWelcome();
    void openAbout();

Q_SIGNALS:
    // Profiles or keys changed: the window re-reads its service.
    void providersChanged();
    void welcomeProfileChosen(const QString &profileId);
    void welcomeFinished();

private:
    QWidget *m_window;
    QSettings *m_settings;
    KeyStore *m_keys;
    ApiClient *m_client;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<WelcomeDialog> m_welcomeDialog;
};

} // namespace Lineup
