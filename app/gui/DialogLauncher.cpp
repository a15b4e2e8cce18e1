#include "DialogLauncher.h"

#include "Icons.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include <QMessageBox>

namespace Lineup {

DialogLauncher::DialogLauncher(QWidget *window, QSettings *settings, KeyStore *keys,
                               ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_keys(keys)
    , m_client(client)
{}

SettingsDialog *DialogLauncher::settingsDialog() const
{
    return m_settingsDialog;
}

WelcomeDialog *DialogLauncher::welcomeDialog() const
{
    return m_welcomeDialog;
}

SettingsDialog *DialogLauncher::openSettings(const QString &profileId)
{
    if (m_settingsDialog) {
        if (!profileId.isEmpty())
            m_settingsDialog->selectProfile(profileId);
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    auto *dialog = new SettingsDialog(m_settings, m_keys, m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileId.isEmpty())
        dialog->selectProfile(profileId);
    connect(dialog, &SettingsDialog::profilesChanged, this, &DialogLauncher::providersChanged);
    connect(dialog, &SettingsDialog::keySaveFinished, this, &DialogLauncher::providersChanged);
    connect(dialog, &SettingsDialog::sessionKeyKept, this, &DialogLauncher::providersChanged);
    m_settingsDialog = dialog;
    dialog->open();
    return dialog;
}

SettingsDialog *DialogLauncher::openSettingsFor(const ProviderProfile &draft, const QString &note)
{
    SettingsDialog *dialog = openSettings(QString());
    dialog->addProfileFrom(draft, note);
    return dialog;
}

WelcomeDialog *DialogLauncher::openWelcome()
{
    if (m_welcomeDialog)
        return m_welcomeDialog;
    auto *dialog = new WelcomeDialog(m_settings, m_keys, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WelcomeDialog::profileChosen, this, &DialogLauncher::welcomeProfileChosen);
    connect(dialog, &QDialog::finished, this, &DialogLauncher::welcomeFinished);
    m_welcomeDialog = dialog;
    dialog->open();
    return dialog;
}

void DialogLauncher::openAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Lineup"),
                                tr("<b>Lineup %1</b><br>A native playground for "
                                   "OpenAI-compatible chat APIs.")
                                    .arg(QStringLiteral(LINEUP_VERSION)),
                                QMessageBox::Close, m_window);
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Lineup
