#pragma once

#include "providers/ProviderProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace Lineup {

class ApiClient;
class ConnectionTester;
class KeyStore;
class LanguageSetting;

// Provider profiles: add, edit, remove; the key goes to the keychain (KeyStore) only. When no
// keychain is reachable the dialog says so and offers to keep the key for this session only.
// Works without exec(): tests drive the public slots and read the widgets below.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QSettings *settings, KeyStore *keys, ApiClient *client,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void selectProfile(const QString &id);
    QString selectedProfileId() const; // empty while a new profile is being added

    // Test seams (also reachable by objectName).
    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *proxyEdit() const { return m_proxy; }
    QLineEdit *envVarEdit() const { return m_envVar; }
    QCheckBox *requiresKeyCheck() const { return m_requiresKey; }
    QCheckBox *allowHttpKeyCheck() const { return m_allowHttpKey; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *formErrorLabel() const { return m_formError; }
    LanguageSetting *languageSetting() const { return m_language; }

public Q_SLOTS:
    void addProfile(); // clears the form for a new profile
    // A new profile filled in from `draft` (the --base-url service of this run), with a note.
    void addProfileFrom(const ProviderProfile &draft, const QString &note);
    bool saveProfile();                    // false (and a message) when the form is invalid
    bool removeProfile(const QString &id); // no confirmation; also forgets the stored key
    void confirmRemoveSelected();          // asks first (non-blocking), then removeProfile
    void testConnection();
    void keepKeyForSession(); // after a NoBackend answer

Q_SIGNALS:
    void profilesChanged();
    // After the key was handled: stored in the keychain (true) or not (false, message says why).
    void keySaveFinished(bool stored, const QString &message);
    void sessionKeyKept(const QString &profileId);
    void connectionTested(bool ok, const QString &message);

private:
    void buildUi();
    void reloadList(const QString &selectId);
    void showProfile(const ProviderProfile &profile, bool isNew);
    std::optional<ProviderProfile> profileFromForm(QString *error) const;
    void onSelectionChanged();
    void startTest(const QString &key);
    QString derivedId() const; // from the name, unique among the profiles
    void updateEnvVarPlaceholder();

    QSettings *m_settings;
    KeyStore *m_keys;
    ConnectionTester *m_tester;
    bool m_isNew = false;
    bool m_idEdited = false;        // the id was typed: it no longer follows the name
    QString m_pendingSessionKeyRef; // key kept in m_pendingSessionKey after NoBackend
    QString m_pendingSessionKey;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_envVar = nullptr;
    QCheckBox *m_requiresKey = nullptr;
    QCheckBox *m_allowHttpKey = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_formError = nullptr;
    LanguageSetting *m_language = nullptr;
};

} // namespace Lineup
