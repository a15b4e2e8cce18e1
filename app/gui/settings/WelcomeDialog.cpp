#include "settings/WelcomeDialog.h"

#include "secrets/KeyStore.h"

#include "PlainText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace Lineup {

namespace {

const QString kCometVar = QStringLiteral("COMETAPI_KEY");
const QString kOpenAiVar = QStringLiteral("OPENAI_API_KEY");

void describe(QWidget *widget, const QString &objectName, const QString &name, const QString &tip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(name);
    widget->setToolTip(tip);
}

ProviderProfile builtIn(const QString &id)
{
    for (const ProviderProfile &profile : ProviderStore::builtIns()) {
        if (profile.id == id)
            return profile;
    }
    return {};
}

} // namespace

WelcomeDialog::WelcomeDialog(QSettings *settings, KeyStore *keys, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_probe(new LocalServerProbe(this))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Lineup"));
    buildUi();
    setEnvironment(m_environment);
    connect(m_probe, &LocalServerProbe::serverFound, this, &WelcomeDialog::addLocalServer);
    connect(m_probe, &LocalServerProbe::finished, this, [this] {
        if (m_localOptions.isEmpty())
            m_probeLabel->setText(tr("No local server answered on the usual ports (Ollama "
                                     "11434, LM Studio 1234, llama.cpp 8080)."));
        else
            m_probeLabel->setText(tr("Local servers on this computer:"));
        Q_EMIT probeFinished();
    });
}

void WelcomeDialog::buildUi()
{
    auto *title = new QLabel(tr("Welcome to Lineup"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(tr("Welcome to Lineup"));
    auto *intro = new QLabel(tr("Choose the service to chat with. You can add more services and "
                                "change this later in Settings."),
                             this);
    intro->setWordWrap(true);

    m_group = new QButtonGroup(this);
    m_cometOption = new QRadioButton(tr("CometAPI (recommended)"), this);
    describe(m_cometOption, QStringLiteral("welcomeCometApi"), tr("Use CometAPI"),
             tr("One key for hundreds of models"));
    m_cometOption->setChecked(true);
    m_group->addButton(m_cometOption);
    auto *cometText = new QLabel(
        tr("CometAPI is one OpenAI-compatible service with hundreds of models behind a single "
           "key: GPT, Claude, Gemini, Grok, Qwen and more. Switching models is just picking "
           "another name. Paste your CometAPI key below; Lineup keeps it in your system "
           "keychain."),
        this);
    cometText->setWordWrap(true);
    cometText->setIndent(24);

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_key->setPlaceholderText(tr("CometAPI key (you can also add it later)"));
    describe(m_key, QStringLiteral("welcomeKey"), tr("CometAPI key"),
             tr("Saved in the system keychain only, never in a settings file"));
    auto *showKey = new QPushButton(tr("Show"), this);
    showKey->setCheckable(true);
    describe(showKey, QStringLiteral("welcomeShowKey"), tr("Show key"),
             tr("Show or hide the key while typing"));
    connect(showKey, &QPushButton::toggled, this, [this, showKey](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_importComet = new QCheckBox(tr("Use the key found in %1").arg(kCometVar), this);
    describe(m_importComet, QStringLiteral("welcomeImportComet"),
             tr("Import the key from %1").arg(kCometVar),
             tr("Copy the key from the environment variable %1 into the system keychain")
                 .arg(kCometVar));
    connect(m_importComet, &QCheckBox::toggled, m_key, &QLineEdit::setDisabled);
    connect(m_cometOption, &QRadioButton::toggled, this, [this, showKey](bool on) {
        m_key->setEnabled(on && !m_importComet->isChecked());
        showKey->setEnabled(on);
        m_importComet->setEnabled(on);
    });

    m_probeLabel = new QLabel(tr("Looking for local servers…"), this);
    m_probeLabel->setWordWrap(true);
    describe(m_probeLabel, QStringLiteral("welcomeProbeStatus"), tr("Local servers"), QString());
    m_localLayout = new QVBoxLayout;
    m_localLayout->setContentsMargins(0, 0, 0, 0);

    m_importOpenAi = new QCheckBox(
        tr("Also store the key found in %1 in the keychain, for OpenAI").arg(kOpenAiVar), this);
    describe(m_importOpenAi, QStringLiteral("welcomeImportOpenAi"),
             tr("Import the key from %1").arg(kOpenAiVar),
             tr("Adds the OpenAI profile with this key, kept in the system keychain"));

    auto *servicesLayout = new QVBoxLayout;
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    addServiceChoice(QStringLiteral("openai"), tr("OpenAI"), {}, false, servicesLayout);
    addServiceChoice(QStringLiteral("openrouter"), tr("OpenRouter"), {}, false, servicesLayout);
    addServiceChoice(QStringLiteral("litellm"), tr("A LiteLLM proxy"),
                     QStringLiteral("http://localhost:4000/v1"), true, servicesLayout);
    addServiceChoice(QStringLiteral("custom"), tr("Another OpenAI-compatible service (URL)"), {},
                     true, servicesLayout);

    m_laterOption = new QRadioButton(tr("Set up later"), this);
    describe(m_laterOption, QStringLiteral("welcomeLater"), tr("Set up later"),
             tr("Open Lineup without choosing a service now"));
    m_group->addButton(m_laterOption);

    m_status = new QLabel(this);
    showPlainText(m_status);
    m_status->setWordWrap(true);
    describe(m_status, QStringLiteral("welcomeStatus"), tr("Status"), QString());
    m_sessionOnly = new QPushButton(tr("Keep for this session only"), this);
    describe(m_sessionOnly, QStringLiteral("welcomeKeepForSession"),
             tr("Keep for this session only"),
             tr("Keep the key in memory until Lineup quits; it is never written to disk"));
    m_sessionOnly->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    describe(m_continue, QStringLiteral("welcomeContinue"), tr("Continue"),
             tr("Save the choice and start chatting"));
    m_continue->setDefault(true);
    // Not the standard Cancel: its icon would be the first PNG the app reads (loading the image
    // plugins delays the dialog by ~12 ms), next to a Continue button without one.
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    describe(cancel, QStringLiteral("welcomeCancel"), tr("Cancel"),
             tr("Close without saving anything"));

    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(24, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(showKey);
    auto *importRow = new QHBoxLayout;
    importRow->setContentsMargins(24, 0, 0, 0);
    importRow->addWidget(m_importComet);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_cometOption);
    layout->addWidget(cometText);
    layout->addLayout(keyRow);
    layout->addLayout(importRow);
    layout->addSpacing(8);
    layout->addWidget(m_probeLabel);
    layout->addLayout(m_localLayout);
    layout->addSpacing(8);
    layout->addLayout(servicesLayout);
    layout->addWidget(m_laterOption);
    layout->addSpacing(8);
    layout->addWidget(m_importOpenAi);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_continue, &QPushButton::clicked, this, &WelcomeDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sessionOnly, &QPushButton::clicked, this, &WelcomeDialog::keepKeysForSession);
}

void WelcomeDialog::addServiceChoice(const QString &which, const QString &label,
                                     const QString &urlDefault, bool needsUrl, QVBoxLayout *layout)
{
    ServiceChoice choice;
    choice.which = which;
    choice.option = new QRadioButton(label, this);
    describe(choice.option, QStringLiteral("welcomeService-") + which, tr("Use %1").arg(label),
             tr("Chat through %1").arg(label));
    m_group->addButton(choice.option);
    choice.fields = new QWidget(this);
    auto *fields = new QHBoxLayout(choice.fields);
    fields->setContentsMargins(24, 0, 0, 0);
    if (needsUrl) {
        choice.url = new QLineEdit(urlDefault, choice.fields);
        choice.url->setPlaceholderText(tr("Base URL, e.g. http://localhost:8000/v1"));
        describe(choice.url, QStringLiteral("welcomeServiceUrl-") + which, tr("Base URL"),
                 tr("The address before /chat/completions, usually ending in /v1"));
        fields->addWidget(choice.url, 3);
    }
    choice.key = new QLineEdit(choice.fields);
    choice.key->setEchoMode(QLineEdit::Password);
    choice.key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    choice.key->setPlaceholderText(needsUrl ? tr("Key (optional)")
                                            : tr("%1 key (you can also add it later)").arg(label));
    describe(choice.key, QStringLiteral("welcomeServiceKey-") + which, tr("%1 key").arg(label),
             tr("Saved in the system keychain only, never in a settings file"));
    fields->addWidget(choice.key, 2);
    choice.fields->setVisible(false);
    QWidget *box = choice.fields;
    connect(choice.option, &QRadioButton::toggled, box, &QWidget::setVisible);
    layout->addWidget(choice.option);
    layout->addWidget(choice.fields);
    m_services.append(choice);
}

QRadioButton *WelcomeDialog::serviceOption(const QString &which) const
{
    for (const ServiceChoice &choice : m_services) {
        if (choice.which == which)
            return choice.option;
    }
    return nullptr;
}

QLineEdit *WelcomeDialog::serviceUrlEdit(const QString &which) const
{
    for (const ServiceChoice &choice : m_services) {
        if (choice.which == which)
            return choice.url;
    }
    return nullptr;
}

QLineEdit *WelcomeDialog::serviceKeyEdit(const QString &which) const
{
    for (const ServiceChoice &choice : m_services) {
        if (choice.which == which)
            return choice.key;
    }
    return nullptr;
}

QString WelcomeDialog::saveServiceChoice(ProviderStore &store)
{
    const auto it =
        std::find_if(m_services.cbegin(), m_services.cend(),
                     [](const ServiceChoice &choice) { return choice.option->isChecked(); });
    if (it == m_services.cend())
        return {};
    const ServiceChoice &choice = *it;
    ProviderProfile profile;
    if (choice.which == QLatin1String("custom")) {
        profile.kind = ProviderKind::Custom;
    } else {
        profile = store.profile(choice.which).value_or(builtIn(choice.which));
    }
    if (choice.url) {
        const QUrl url = QUrl::fromUserInput(choice.url->text().trimmed());
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            m_status->setText(tr("Enter the service's base URL, starting with http:// or "
                                 "https://, e.g. http://localhost:8000/v1."));
            choice.url->setFocus();
            return {};
        }
        profile.baseUrl = url;
    }
    const QString key = choice.key->text().trimmed();
    if (choice.which == QLatin1String("custom")) {
        QStringList taken;
        for (const ProviderProfile &existing : store.profiles())
            taken.append(existing.id);
        profile.name = profile.baseUrl.host();
        profile.id = ProviderStore::idFromName(profile.name, taken);
        profile.requiresKey = !key.isEmpty();
    }
    if (profile.keyRef.isEmpty() && (profile.requiresKey || !key.isEmpty()))
        profile.keyRef = ProviderStore::keyRefFor(profile.id);
    store.save(profile);
    if (!key.isEmpty())
        m_pendingKeys.append({profile.keyRef, key});
    return profile.id;
}

void WelcomeDialog::setProbeCandidates(const QList<LocalServerCandidate> &candidates)
{
    m_probe->setCandidates(candidates);
}

void WelcomeDialog::setProbeTimeout(int ms)
{
    m_probe->setTimeout(ms);
}

void WelcomeDialog::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    const bool comet = !m_environment.value(kCometVar).trimmed().isEmpty();
    const bool openAi = !m_environment.value(kOpenAiVar).trimmed().isEmpty();
    m_importComet->setVisible(comet);
    m_importComet->setChecked(comet);
    m_importOpenAi->setVisible(openAi);
    m_importOpenAi->setChecked(openAi);
}

void WelcomeDialog::startProbe()
{
    m_probeStarted = true;
    m_probe->start();
}

bool WelcomeDialog::isProbing() const
{
    return m_probe->isRunning();
}

QList<LocalServer> WelcomeDialog::foundServers() const
{
    return m_probe->found();
}

void WelcomeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_probeStarted)
        startProbe();
}

void WelcomeDialog::addLocalServer(const LocalServer &server)
{
    const QString where = server.baseUrl.authority();
    const QString label =
        server.modelCount == 1
            ? tr("%1 at %2 (1 model)").arg(server.candidate.name, where)
            : tr("%1 at %2 (%3 models)")
                  .arg(server.candidate.name, where, QString::number(server.modelCount));
    auto *option = new QRadioButton(label, this);
    describe(option, QStringLiteral("welcomeLocal-%1").arg(server.candidate.port),
             tr("Use %1").arg(server.candidate.name),
             tr("Chat with the models of the %1 server running on this computer; no key needed")
                 .arg(server.candidate.name));
    option->setProperty("lineupServerIndex", int(m_localOptions.size()));
    m_group->addButton(option);
    m_localLayout->addWidget(option);
    option->show(); // added after the dialog was shown: otherwise visible only a moment later
    m_localOptions.append(option);
    // Without a CometAPI key the local server is the better first choice.
    if (m_localOptions.size() == 1 && m_key->text().isEmpty() && !m_importComet->isChecked())
        option->setChecked(true);
}

void WelcomeDialog::finish()
{
    if (!m_pendingKeys.isEmpty())
        return; // still saving
    ProviderStore store(*m_settings);
    QString chosen;
    m_failedKeys.clear();
    m_status->clear();
    m_sessionOnly->setVisible(false);

    if (m_cometOption->isChecked()) {
        ProviderProfile comet =
            store.profile(QStringLiteral("cometapi")).value_or(builtIn(QStringLiteral("cometapi")));
        if (comet.keyRef.isEmpty())
            comet.keyRef = ProviderStore::keyRefFor(comet.id);
        store.save(comet);
        chosen = comet.id;
        const QString key = m_importComet->isChecked() ? m_environment.value(kCometVar).trimmed()
                                                       : m_key->text().trimmed();
        if (!key.isEmpty())
            m_pendingKeys.append({comet.keyRef, key});
    } else if (serviceChosen()) {
        chosen = saveServiceChoice(store);
        if (chosen.isEmpty())
            return; // the URL is not usable: the message says so
    } else if (QAbstractButton *checked = m_group->checkedButton();
               checked && checked != m_laterOption) {
        const int index = checked->property("lineupServerIndex").toInt();
        const LocalServer server = m_probe->found().value(index);
        const QString id = providerKindName(server.candidate.kind);
        ProviderProfile local = store.profile(id).value_or(builtIn(id));
        if (local.id.isEmpty()) {
            local.id = QStringLiteral("local-%1").arg(server.candidate.port);
            local.name = server.candidate.name;
            local.kind = server.candidate.kind;
            local.requiresKey = false;
        }
        local.baseUrl = server.baseUrl;
        store.save(local);
        chosen = local.id;
    }

    if (m_importOpenAi->isChecked()) {
        ProviderProfile openAi =
            store.profile(QStringLiteral("openai")).value_or(builtIn(QStringLiteral("openai")));
        if (openAi.keyRef.isEmpty())
            openAi.keyRef = ProviderStore::keyRefFor(openAi.id);
        store.save(openAi);
        m_pendingKeys.append({openAi.keyRef, m_environment.value(kOpenAiVar).trimmed()});
    }
    if (!chosen.isEmpty())
        store.setDefaultProfileId(chosen);
    m_settings->sync();
    m_pendingProfile = chosen;
    if (m_pendingKeys.isEmpty()) {
        finishWith(chosen);
        return;
    }
    m_continue->setEnabled(false);
    m_status->setText(tr("Saving the key in the system keychain…"));
    writeNextKey();
}

bool WelcomeDialog::serviceChosen() const
{
    return std::any_of(m_services.cbegin(), m_services.cend(),
                       [](const ServiceChoice &choice) { return choice.option->isChecked(); });
}

void WelcomeDialog::writeNextKey()
{
    if (m_pendingKeys.isEmpty()) {
        m_continue->setEnabled(true);
        if (m_failedKeys.isEmpty())
            finishWith(m_pendingProfile);
        return;
    }
    const PendingKey pending = m_pendingKeys.first();
    m_keys->write(pending.keyRef, pending.key, this, [this, pending](const KeyResult &result) {
        m_pendingKeys.removeFirst();
        if (!result.ok()) {
            m_failedKeys.append(pending);
            if (result.status == KeyResult::Status::NoBackend) {
                m_status->setText(
                    tr("The key was not saved. %1 You can keep it for this session only.")
                        .arg(result.message));
                m_sessionOnly->setVisible(true);
            } else {
                m_status->setText(
                    tr("The key could not be saved in the keychain: %1").arg(result.message));
            }
        }
        writeNextKey();
    });
}

void WelcomeDialog::keepKeysForSession()
{
    for (const PendingKey &failed : std::as_const(m_failedKeys))
        m_keys->setSessionKey(failed.keyRef, failed.key);
    m_failedKeys.clear();
    m_sessionOnly->setVisible(false);
    finishWith(m_pendingProfile);
}

void WelcomeDialog::finishWith(const QString &profileId)
{
    m_chosen = profileId;
    Q_EMIT profileChosen(profileId);
    accept();
}

QString WelcomeDialog::run(QSettings *settings, KeyStore *keys, QWidget *parent)
{
    WelcomeDialog dialog(settings, keys, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.chosenProfileId();
}

} // namespace Lineup
