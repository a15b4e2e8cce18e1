#pragma once

#include "providers/ProviderProfile.h"
#include "settings/LocalServerProbe.h"

#include <QDialog>
#include <QProcessEnvironment>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QVBoxLayout;

namespace Lineup {

class KeyStore;

// First run: offers CometAPI (default, with a key field), any local server the loopback probe
// finds, and importing a key found in COMETAPI_KEY / OPENAI_API_KEY into the keychain. Saves the
// chosen profile, makes it the default and reports its id. Works without exec() for tests.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    WelcomeDialog(QSettings *settings, KeyStore *keys, QWidget *parent = nullptr);

    // Before the dialog is shown (or startProbe is called).
    void setProbeCandidates(const QList<LocalServerCandidate> &candidates);
    void setProbeTimeout(int ms);
    void setEnvironment(const QProcessEnvironment &environment); // default: the process's

    void startProbe(); // also started by the first showEvent
    bool isProbing() const;
    QList<LocalServer> foundServers() const;

    // The profile id saved by finish(); empty until then (or when set up later).
    QString chosenProfileId() const { return m_chosen; }

    // Shows the dialog modally and returns the chosen profile id (empty: skipped).
    static QString run(QSettings *settings, KeyStore *keys, QWidget *parent = nullptr);

    // Test seams.
    QRadioButton *cometApiOption() const { return m_cometOption; }
    QList<QRadioButton *> localServerOptions() const { return m_localOptions; }
    QRadioButton *laterOption() const { return m_laterOption; }
    // OpenAI, OpenRouter, LiteLLM proxy, another OpenAI-compatible URL ("openai", "openrouter",
    // "litellm", "custom"), each with a key field and, for the last two, a base URL field.
    QRadioButton *serviceOption(const QString &which) const;
    QLineEdit *serviceUrlEdit(const QString &which) const;
    QLineEdit *serviceKeyEdit(const QString &which) const;
    QLineEdit *keyEdit() const { return m_key; }
    QCheckBox *importCometKeyCheck() const { return m_importComet; }
    QCheckBox *importOpenAiKeyCheck() const { return m_importOpenAi; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Saves the choice (profile, keys); accepts the dialog once the keys are handled.
    void finish();
    void keepKeysForSession(); // after a NoBackend answer

Q_SIGNALS:
    void probeFinished();
    void profileChosen(const QString &profileId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct PendingKey
    {
        QString keyRef;
        QString key;
    };
    void buildUi();
    void addLocalServer(const LocalServer &server);
    void writeNextKey();
    void finishWith(const QString &profileId);
    void addServiceChoice(const QString &which, const QString &label, const QString &urlDefault,
                          bool needsUrl, QVBoxLayout *layout);
    // Saves the chosen remote service's profile; empty (and a message shown) if its URL is bad.
    QString saveServiceChoice(ProviderStore &store);
    bool serviceChosen() const;

    struct ServiceChoice
    {
        QString which;
        QRadioButton *option = nullptr;
        QWidget *fields = nullptr;
        QLineEdit *url = nullptr; // null for OpenAI and OpenRouter
        QLineEdit *key = nullptr;
    };
    QList<ServiceChoice> m_services;

    QSettings *m_settings;
    KeyStore *m_keys;
    LocalServerProbe *m_probe;
    QProcessEnvironment m_environment;
    bool m_probeStarted = false;
    QString m_chosen;
    QString m_pendingProfile;
    QList<PendingKey> m_pendingKeys;
    QList<PendingKey> m_failedKeys;

    QButtonGroup *m_group = nullptr;
    QRadioButton *m_cometOption = nullptr;
    QRadioButton *m_laterOption = nullptr;
    QList<QRadioButton *> m_localOptions;
    QVBoxLayout *m_localLayout = nullptr;
    QLabel *m_probeLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_importComet = nullptr;
    QCheckBox *m_importOpenAi = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Lineup
