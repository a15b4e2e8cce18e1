#include "settings/SettingsDialog.h"

#include "api/ApiClient.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "settings/ConnectionTester.h"
#include "settings/LanguageSetting.h"

#include "PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Lineup {

namespace {

struct KindLabel
{
    ProviderKind kind;
    const char *label;
};

constexpr KindLabel kKindLabels[] = {
    {ProviderKind::CometApi, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "CometAPI")},
    {ProviderKind::OpenAi, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "OpenAI")},
    {ProviderKind::OpenRouter, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "OpenRouter")},
    {ProviderKind::LiteLlm, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "LiteLLM proxy")},
    {ProviderKind::Ollama, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "Ollama")},
    {ProviderKind::LmStudio, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "LM Studio")},
    {ProviderKind::LlamaCpp, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "llama.cpp server")},
    {ProviderKind::Vllm, QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "vLLM")},
    {ProviderKind::Custom,
     QT_TRANSLATE_NOOP("Lineup::SettingsDialog", "Other (OpenAI-compatible)")},
};

void describe(QWidget *widget, const QString &objectName, const QString &name, const QString &tip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(name);
    widget->setToolTip(tip);
}

} // namespace

SettingsDialog::SettingsDialog(QSettings *settings, KeyStore *keys, ApiClient *client,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_tester(new ConnectionTester(client, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Providers and keys"));
    buildUi();
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        m_testResult->setText(message);
        m_testResult->setToolTip(plainToolTip(message));
        Q_EMIT connectionTested(ok, message);
    });
    ProviderStore store(*m_settings);
    reloadList(store.defaultProfileId());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi()
{
    m_list = new QListWidget(this);
    describe(m_list, QStringLiteral("profileList"), tr("Provider profiles"),
             tr("The services Lineup can talk to; select one to edit it"));
    m_add = new QPushButton(tr("&Add"), this);
    describe(m_add, QStringLiteral("addProfile"), tr("Add profile"),
             tr("Add a service: any server with an OpenAI-compatible API"));
    m_remove = new QPushButton(tr("&Remove"), this);
    describe(m_remove, QStringLiteral("removeProfile"), tr("Remove profile"),
             tr("Remove the selected profile and forget its stored key"));

    m_name = new QLineEdit(this);
    describe(m_name, QStringLiteral("profileName"), tr("Profile name"),
             tr("The name shown in Lineup"));
    m_id = new QLineEdit(this);
    describe(m_id, QStringLiteral("profileId"), tr("Profile id"),
             tr("Short id used in \"profile/model\" and on the command line (letters, digits, "
                "dot, dash, underscore). Fixed once saved, because the stored key is filed "
                "under it."));
    m_kind = new QComboBox(this);
    describe(m_kind, QStringLiteral("profileKind"), tr("Service kind"),
             tr("What kind of server this is; it decides the defaults"));
    for (const KindLabel &entry : kKindLabels)
        m_kind->addItem(tr(entry.label), providerKindName(entry.kind));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.cometapi.com/v1"));
    describe(m_baseUrl, QStringLiteral("profileBaseUrl"), tr("Base URL"),
             tr("The address before /chat/completions, usually ending in /v1"));
    m_proxy = new QLineEdit(this);
    m_proxy->setPlaceholderText(tr("System proxy"));
    describe(m_proxy, QStringLiteral("profileProxy"), tr("Proxy"),
             tr("Empty: the system proxy. \"none\": a direct connection. Otherwise "
                "http://host:port or socks5://host:port."));
    m_envVar = new QLineEdit(this);
    describe(m_envVar, QStringLiteral("profileEnvVar"), tr("Key environment variable"),
             tr("Environment variable read when no key is stored; also used in \"Copy as "
                "curl\""));
    m_requiresKey = new QCheckBox(tr("This service needs a key"), this);
    describe(m_requiresKey, QStringLiteral("profileRequiresKey"), tr("Needs a key"),
             tr("Local servers such as Ollama usually need none"));
    m_allowHttpKey = new QCheckBox(tr("Send the key over plain http:// (unencrypted)"), this);
    describe(m_allowHttpKey, QStringLiteral("profileAllowHttpKey"),
             tr("Send the key over plain http"),
             tr("Without this, Lineup sends no key to an http:// address on another computer: "
                "anyone on the network in between could read it"));

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    describe(m_key, QStringLiteral("profileKey"), tr("API key"),
             tr("Saved in the system keychain only, never in a settings file"));
    auto *showKeyButton = new QPushButton(tr("Show"), this);
    showKeyButton->setCheckable(true);
    describe(showKeyButton, QStringLiteral("showKeyButton"), tr("Show key"),
             tr("Show or hide the key while typing"));
    connect(showKeyButton, &QPushButton::toggled, this, [this, showKeyButton](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });

    m_keyStatus = new QLabel(this);
    showPlainText(m_keyStatus);
    m_keyStatus->setWordWrap(true);
    // A form field grows to the form's width only when it asks to: a wrapping label would
    // otherwise keep its narrow preferred width and break "Key saved in…" into a column.
    m_keyStatus->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    describe(m_keyStatus, QStringLiteral("keyStatus"), tr("Key status"), QString());
    m_sessionOnly = new QPushButton(tr("Keep for this session only"), this);
    describe(m_sessionOnly, QStringLiteral("keepForSession"), tr("Keep for this session only"),
             tr("Keep the key in memory until Lineup quits; it is never written to disk"));
    m_sessionOnly->setVisible(false);

    m_test = new QPushButton(tr("&Test connection"), this);
    describe(m_test, QStringLiteral("testConnection"), tr("Test connection"),
             tr("Ask the service for its model list with the address and key above"));
    m_testResult = new QLabel(this);
    showPlainText(m_testResult);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    describe(m_testResult, QStringLiteral("testResult"), tr("Connection test result"), QString());
    m_formError = new QLabel(this);
    showPlainText(m_formError);
    m_formError->setWordWrap(true);
    describe(m_formError, QStringLiteral("formError"), tr("Problems with the form"), QString());
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    describe(m_save, QStringLiteral("saveProfile"), tr("Save profile"),
             tr("Save the profile; the key goes to the system keychain"));

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listColumn->addLayout(listButtons);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(showKeyButton);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    form->addRow(tr("&Proxy:"), m_proxy);
    form->addRow(tr("Key &variable:"), m_envVar);
    form->addRow(QString(), m_requiresKey);
    form->addRow(QString(), m_allowHttpKey);
    // A row holding a layout gets no buddy from QFormLayout; without one "&" would show.
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), m_sessionOnly);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addLayout(testRow);
    formColumn->addWidget(m_formError);
    formColumn->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 2);
    columns->addLayout(formColumn, 5);
    // Save and Close side by side, both plain: the standard Close would come with the style's
    // icon, next to a Save without one.
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    describe(close, QStringLiteral("closeSettings"), tr("Close"),
             tr("Close; unsaved edits are lost"));
    m_language = new LanguageSetting(m_settings, this);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_language, 1);
    bottomRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottomRow);
    resize(760, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::confirmRemoveSelected);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_sessionOnly, &QPushButton::clicked, this, &SettingsDialog::keepKeyForSession);
    // A new profile's id follows its name until the person edits the id themselves.
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (m_isNew && !m_idEdited)
            m_id->setText(derivedId());
        updateEnvVarPlaceholder();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_idEdited = !text.isEmpty();
        updateEnvVarPlaceholder();
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] {
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(m_baseUrl->text().trimmed());
        endpoint.apiKey = QStringLiteral("x"); // only whether a key would travel matters
        m_formError->setText(m_requiresKey->isChecked() ? endpoint.insecureTransportWarning()
                                                        : QString());
    });
}

QString SettingsDialog::derivedId() const
{
    QStringList taken;
    for (const ProviderProfile &profile : ProviderStore(*m_settings).profiles())
        taken.append(profile.id);
    return ProviderStore::idFromName(m_name->text(), taken);
}

void SettingsDialog::updateEnvVarPlaceholder()
{
    // An example of this profile's own variable, never another service's.
    QString id = m_id->text().trimmed();
    if (id.isEmpty())
        id = derivedId();
    QString variable;
    for (const QChar c : std::as_const(id))
        variable.append(c.isLetterOrNumber() ? c.toUpper() : QLatin1Char('_'));
    m_envVar->setPlaceholderText(
        tr("Optional, e.g. %1").arg(variable + QStringLiteral("_API_KEY")));
}

void SettingsDialog::reloadList(const QString &selectId)
{
    ProviderStore store(*m_settings);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    for (const ProviderProfile &profile : store.profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(plainToolTip(
            tr("%1 (%2)\n%3").arg(profile.name, profile.id, profile.baseUrl.toString())));
        if (profile.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0)
        selectRow = 0;
    m_list->setCurrentRow(selectRow);
    onSelectionChanged();
}

void SettingsDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString SettingsDialog::selectedProfileId() const
{
    if (m_isNew || !m_list->currentItem())
        return {};
    return m_list->currentItem()->data(Qt::UserRole).toString();
}

void SettingsDialog::onSelectionChanged()
{
    const QString id =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    ProviderStore store(*m_settings);
    if (const auto profile = store.profile(id))
        showProfile(*profile, false);
    else
        addProfile();
}

void SettingsDialog::showProfile(const ProviderProfile &profile, bool isNew)
{
    m_isNew = isNew;
    m_tester->cancel();
    m_test->setEnabled(true);
    m_name->setText(profile.name);
    m_id->setText(profile.id);
    m_id->setReadOnly(!isNew);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(providerKindName(profile.kind))));
    m_baseUrl->setText(profile.baseUrl.toString());
    m_proxy->setText(profile.proxy);
    m_envVar->setText(profile.envVar);
    m_requiresKey->setChecked(profile.requiresKey);
    m_allowHttpKey->setChecked(profile.allowPlainHttpKey);
    m_idEdited = false;
    updateEnvVarPlaceholder();
    m_key->clear();
    m_pendingSessionKey.clear();
    m_pendingSessionKeyRef.clear();
    m_sessionOnly->setVisible(false);
    m_testResult->clear();
    m_formError->clear();
    m_remove->setEnabled(!isNew);
    m_keyStatus->clear();
    if (isNew || profile.keyRef.isEmpty())
        return;
    if (!m_keys->sessionKey(profile.keyRef).isEmpty()) {
        m_keyStatus->setText(tr("A key is kept for this session only (not in the keychain)."));
        return;
    }
    // Tell the person whether a key is stored, without ever showing it.
    const QString shownId = profile.id;
    m_keys->read(profile.keyRef, this, [this, shownId](const KeyResult &result) {
        if (selectedProfileId() != shownId || !m_keyStatus->text().isEmpty())
            return;
        if (result.ok())
            m_keyStatus->setText(tr("A key is stored in the system keychain."));
        else if (result.status == KeyResult::Status::NotFound)
            m_keyStatus->setText(tr("No key stored yet."));
        else
            m_keyStatus->setText(result.message);
    });
}

void SettingsDialog::addProfile()
{
    ProviderProfile blank;
    blank.name = tr("New service");
    blank.kind = ProviderKind::Custom;
    blank.requiresKey = true;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    showProfile(blank, true);
    m_id->setText(derivedId());
    m_name->setFocus();
    m_name->selectAll();
}

void SettingsDialog::addProfileFrom(const ProviderProfile &draft, const QString &note)
{
    addProfile();
    m_name->setText(draft.name);
    m_id->setText(derivedId());
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(providerKindName(draft.kind))));
    m_baseUrl->setText(draft.baseUrl.toString());
    m_envVar->setText(draft.envVar);
    m_requiresKey->setChecked(draft.requiresKey);
    updateEnvVarPlaceholder();
    m_formError->setText(note);
}

std::optional<ProviderProfile> SettingsDialog::profileFromForm(QString *error) const
{
    ProviderStore store(*m_settings);
    ProviderProfile profile;
    if (!m_isNew) {
        if (const auto existing = store.profile(selectedProfileId()))
            profile = *existing;
    }
    profile.name = m_name->text().trimmed();
    profile.id = m_id->text().trimmed();
    if (m_isNew && profile.id.isEmpty())
        profile.id = derivedId(); // an id is never what keeps Save from working
    profile.kind =
        providerKindFromName(m_kind->currentData().toString()).value_or(ProviderKind::Custom);
    profile.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    profile.proxy = m_proxy->text().trimmed();
    profile.envVar = m_envVar->text().trimmed();
    profile.requiresKey = m_requiresKey->isChecked();
    profile.allowPlainHttpKey = m_allowHttpKey->isChecked();

    if (profile.name.isEmpty()) {
        *error = tr("Enter a name for the profile.");
        return std::nullopt;
    }
    if (!ProviderStore::isValidId(profile.id)) {
        *error = tr("The id \"%1\" cannot be used: use letters, digits, dots, dashes or "
                    "underscores, starting with a letter or digit.")
                     .arg(profile.id);
        return std::nullopt;
    }
    if (m_isNew && store.profile(profile.id)) {
        *error =
            tr("A profile with the id \"%1\" already exists; choose another id.").arg(profile.id);
        return std::nullopt;
    }
    const QString scheme = profile.baseUrl.scheme();
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = tr("The base URL must start with http:// or https://, e.g. "
                    "https://api.cometapi.com/v1.");
        return std::nullopt;
    }
    QString proxyError;
    proxyFromSetting(profile.proxy, &proxyError);
    if (!proxyError.isEmpty()) {
        *error = proxyError;
        return std::nullopt;
    }
    if (profile.keyRef.isEmpty() && (profile.requiresKey || !m_key->text().isEmpty()))
        profile.keyRef = ProviderStore::keyRefFor(profile.id);
    return profile;
}

bool SettingsDialog::saveProfile()
{
    QString error;
    const auto profile = profileFromForm(&error);
    if (!profile) {
        m_formError->setText(error);
        return false;
    }
    m_formError->clear();
    ProviderStore store(*m_settings);
    store.save(*profile);
    m_settings->sync();
    const QString key = m_key->text().trimmed();
    reloadList(profile->id); // shows the saved profile, clears the key field
    Q_EMIT profilesChanged();
    if (key.isEmpty())
        return true;

    m_keyStatus->setText(tr("Saving the key in the system keychain…"));
    const QString keyRef = profile->keyRef;
    const QString id = profile->id;
    m_keys->write(keyRef, key, this, [this, keyRef, key, id](const KeyResult &result) {
        if (result.ok()) {
            m_keys->clearSessionKey(keyRef);
            if (selectedProfileId() == id)
                m_keyStatus->setText(tr("Key saved in the system keychain."));
            Q_EMIT keySaveFinished(true, m_keyStatus->text());
            return;
        }
        QString message;
        if (result.status == KeyResult::Status::NoBackend) {
            // Never fall back to a file silently: say it, and let the person choose.
            message = tr("The key was not saved. %1 You can keep it for this session only.")
                          .arg(result.message);
            m_pendingSessionKeyRef = keyRef;
            m_pendingSessionKey = key;
            m_sessionOnly->setVisible(true);
        } else {
            message = tr("The key could not be saved in the keychain: %1").arg(result.message);
        }
        if (selectedProfileId() == id)
            m_keyStatus->setText(message);
        Q_EMIT keySaveFinished(false, message);
    });
    return true;
}

void SettingsDialog::keepKeyForSession()
{
    if (m_pendingSessionKeyRef.isEmpty() || m_pendingSessionKey.isEmpty())
        return;
    m_keys->setSessionKey(m_pendingSessionKeyRef, m_pendingSessionKey);
    m_pendingSessionKey.clear();
    m_pendingSessionKeyRef.clear();
    m_sessionOnly->setVisible(false);
    m_keyStatus->setText(tr("The key is kept in memory for this session only; it is forgotten "
                            "when Lineup quits."));
    Q_EMIT sessionKeyKept(selectedProfileId());
}

bool SettingsDialog::removeProfile(const QString &id)
{
    ProviderStore store(*m_settings);
    const auto profile = store.profile(id);
    if (!profile || !store.remove(id))
        return false;
    m_settings->sync();
    if (!profile->keyRef.isEmpty()) {
        m_keys->clearSessionKey(profile->keyRef);
        m_keys->remove(profile->keyRef, this, [](const KeyResult &) {});
    }
    reloadList(QString());
    Q_EMIT profilesChanged();
    return true;
}

void SettingsDialog::confirmRemoveSelected()
{
    const QString id = selectedProfileId();
    if (id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove the profile \"%1\" and forget its stored key?")
                                    .arg(m_list->currentItem()->text()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    showPlainText(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id] { removeProfile(id); });
    box->open();
}

void SettingsDialog::testConnection()
{
    QString error;
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        m_testResult->setText(tr("Enter a base URL first, e.g. https://api.cometapi.com/v1."));
        Q_EMIT connectionTested(false, m_testResult->text());
        return;
    }
    proxyFromSetting(m_proxy->text(), &error);
    if (!error.isEmpty()) {
        m_testResult->setText(error);
        Q_EMIT connectionTested(false, error);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty() || !m_requiresKey->isChecked()) {
        startTest(typed);
        return;
    }
    // No key typed: use the one the profile would use (session, keychain, environment).
    QString formError;
    const auto profile = profileFromForm(&formError);
    if (!profile) {
        startTest(QString());
        return;
    }
    KeyResolver resolver(*m_keys);
    resolver.resolve(*profile, this,
                     [this](const ResolvedKey &resolved) { startTest(resolved.key); });
}

void SettingsDialog::startTest(const QString &key)
{
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    endpoint.apiKey = key;
    endpoint.proxy = proxyFromSetting(m_proxy->text());
    endpoint.allowPlainHttpKey = m_allowHttpKey->isChecked();
    m_tester->start(endpoint);
}

} // namespace Lineup
