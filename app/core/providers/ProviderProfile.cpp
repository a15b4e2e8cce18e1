#include "providers/ProviderProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace Lineup {

namespace {

// Settings layout, all under the "providers" group. Only descriptive fields are written: the
// profile struct holds a keychain entry name, never a key, so nothing secret can reach here.
const QString kGroup = QStringLiteral("providers");
const QString kProfiles = QStringLiteral("profiles");
const QString kRemoved = QStringLiteral("removedBuiltIns");
const QString kOrder = QStringLiteral("order");
const QString kDefault = QStringLiteral("default");
const QString kDefaultId = QStringLiteral("cometapi");

struct KindName
{
    ProviderKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {ProviderKind::CometApi, "cometapi"},     {ProviderKind::OpenAi, "openai"},
    {ProviderKind::OpenRouter, "openrouter"}, {ProviderKind::LiteLlm, "litellm"},
    {ProviderKind::Ollama, "ollama"},         {ProviderKind::LmStudio, "lmstudio"},
    {ProviderKind::LlamaCpp, "llamacpp"},     {ProviderKind::Vllm, "vllm"},
    {ProviderKind::Custom, "custom"},
};

// A proxy or base URL may carry user:password; the password is a secret and never persisted
// (Qt asks for proxy credentials through proxyAuthenticationRequired instead).
QString withoutPassword(const QString &address)
{
    QUrl url(address);
    if (!url.isValid() || url.password().isEmpty())
        return address;
    url.setPassword(QString());
    return url.toString();
}

ProviderProfile makeBuiltIn(const char *id, const char *name, const char *url, ProviderKind kind,
                            const char *envVar, bool requiresKey, bool hasKey)
{
    ProviderProfile profile;
    profile.id = QLatin1String(id);
    profile.name = QCoreApplication::translate("Lineup::ProviderStore", name);
    profile.baseUrl = QUrl(QLatin1String(url));
    profile.kind = kind;
    profile.envVar = QLatin1String(envVar);
    profile.requiresKey = requiresKey;
    if (hasKey)
        profile.keyRef = ProviderStore::keyRefFor(profile.id);
    return profile;
}

QStringList stringList(const QSettings &settings, const QString &key)
{
    return settings.value(key).toStringList();
}

} // namespace

QString providerKindName(ProviderKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("custom");
}

std::optional<ProviderKind> providerKindFromName(QStringView name)
{
    for (const KindName &entry : kKindNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

ProviderStore::ProviderStore(QSettings &settings)
    : m_settings(settings)
{}

QList<ProviderProfile> ProviderStore::builtIns()
{
    return {
        makeBuiltIn("cometapi", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "CometAPI"),
                    "https://api.cometapi.com/v1", ProviderKind::CometApi, "COMETAPI_KEY", true,
                    true),
        makeBuiltIn("openai", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "OpenAI"),
                    "https://api.openai.com/v1", ProviderKind::OpenAi, "OPENAI_API_KEY", true,
                    true),
        makeBuiltIn("openrouter", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "OpenRouter"),
                    "https://openrouter.ai/api/v1", ProviderKind::OpenRouter, "OPENROUTER_API_KEY",
                    true, true),
        makeBuiltIn("litellm", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "LiteLLM proxy"),
                    "http://localhost:4000/v1", ProviderKind::LiteLlm, "", true, true),
        makeBuiltIn("ollama", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "Ollama"),
                    "http://localhost:11434/v1", ProviderKind::Ollama, "", false, false),
        makeBuiltIn("lmstudio", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "LM Studio"),
                    "http://localhost:1234/v1", ProviderKind::LmStudio, "", false, false),
        // llama.cpp's server takes an optional --api-key: a key may be stored, none is needed.
        makeBuiltIn("llamacpp", QT_TRANSLATE_NOOP("Lineup::ProviderStore", "llama.cpp server"),
                    "http://localhost:8080/v1", ProviderKind::LlamaCpp, "", false, true),
    };
}

bool ProviderStore::isBuiltInId(QStringView id)
{
    for (const KindName &entry : kKindNames) {
        // Every built-in id equals its kind's name; vllm and custom have no built-in profile.
        if (entry.kind != ProviderKind::Vllm && entry.kind != ProviderKind::Custom &&
            id == QLatin1String(entry.name))
            return true;
    }
    return false;
}

QString ProviderStore::keyRefFor(const QString &profileId)
{
    return QStringLiteral("apikey:") + profileId;
}

bool ProviderStore::isValidId(QStringView id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id.toString()).hasMatch();
}

QString ProviderStore::idFromName(const QString &name, const QStringList &taken)
{
    QString base;
    bool dash = false;
    // Accents dropped (é → e), anything else that is not a letter or digit becomes one dash.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
            c == QLatin1Char('_')) {
            if (dash && !base.isEmpty())
                base.append(QLatin1Char('-'));
            dash = false;
            base.append(c);
        } else {
            dash = true;
        }
    }
    while (!base.isEmpty() && !base.front().isLetterOrNumber())
        base.remove(0, 1);
    base.truncate(48);
    if (base.isEmpty())
        base = QStringLiteral("service");
    const auto isTaken = [&taken](const QString &id) {
        return std::any_of(taken.cbegin(), taken.cend(), [&id](const QString &other) {
            return other.compare(id, Qt::CaseInsensitive) == 0;
        });
    };
    QString id = base;
    for (int n = 2; isTaken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QList<ProviderProfile> ProviderStore::profiles() const
{
    m_settings.beginGroup(kGroup);
    const QStringList removed = stringList(m_settings, kRemoved);
    QStringList order = stringList(m_settings, kOrder);
    m_settings.beginGroup(kProfiles);
    const QStringList saved = m_settings.childGroups();
    // Profiles written by hand or by an older version may be missing from the order list.
    for (const QString &id : saved) {
        if (!isBuiltInId(id) && !order.contains(id))
            order.append(id);
    }

    const auto read = [this](const QString &id, const ProviderProfile &fallback) {
        m_settings.beginGroup(id);
        ProviderProfile profile = fallback;
        profile.id = id;
        profile.name = m_settings.value(QStringLiteral("name"), fallback.name).toString();
        profile.baseUrl = QUrl(
            m_settings.value(QStringLiteral("baseUrl"), fallback.baseUrl.toString()).toString());
        profile.proxy = m_settings.value(QStringLiteral("proxy"), fallback.proxy).toString();
        profile.keyRef = m_settings.value(QStringLiteral("keyRef"), fallback.keyRef).toString();
        profile.kind = providerKindFromName(m_settings.value(QStringLiteral("kind")).toString())
                           .value_or(fallback.kind);
        profile.envVar = m_settings.value(QStringLiteral("envVar"), fallback.envVar).toString();
        profile.requiresKey =
            m_settings.value(QStringLiteral("requiresKey"), fallback.requiresKey).toBool();
        profile.allowPlainHttpKey =
            m_settings.value(QStringLiteral("allowPlainHttpKey"), fallback.allowPlainHttpKey)
                .toBool();
        m_settings.endGroup();
        return profile;
    };

    QList<ProviderProfile> result;
    for (const ProviderProfile &builtIn : builtIns()) {
        if (removed.contains(builtIn.id))
            continue;
        result.append(saved.contains(builtIn.id) ? read(builtIn.id, builtIn) : builtIn);
    }
    for (const QString &id : std::as_const(order)) {
        if (saved.contains(id) && !isBuiltInId(id))
            result.append(read(id, ProviderProfile{}));
    }
    m_settings.endGroup();
    m_settings.endGroup();
    return result;
}

std::optional<ProviderProfile> ProviderStore::profile(const QString &id) const
{
    for (const ProviderProfile &candidate : profiles()) {
        if (candidate.id.compare(id, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

void ProviderStore::save(const ProviderProfile &profile)
{
    if (!isValidId(profile.id)) {
        qWarning("ProviderStore: ignoring a profile with an invalid id");
        return;
    }
    m_settings.beginGroup(kGroup);
    m_settings.beginGroup(kProfiles);
    m_settings.beginGroup(profile.id);
    m_settings.setValue(QStringLiteral("name"), profile.name);
    m_settings.setValue(QStringLiteral("baseUrl"), withoutPassword(profile.baseUrl.toString()));
    m_settings.setValue(QStringLiteral("proxy"), withoutPassword(profile.proxy));
    // A profile that needs a key always gets a keychain entry name, so a key can be stored.
    const QString keyRef =
        profile.keyRef.isEmpty() && profile.requiresKey ? keyRefFor(profile.id) : profile.keyRef;
    m_settings.setValue(QStringLiteral("keyRef"), keyRef);
    m_settings.setValue(QStringLiteral("kind"), providerKindName(profile.kind));
    m_settings.setValue(QStringLiteral("envVar"), profile.envVar);
    m_settings.setValue(QStringLiteral("requiresKey"), profile.requiresKey);
    m_settings.setValue(QStringLiteral("allowPlainHttpKey"), profile.allowPlainHttpKey);
    m_settings.endGroup();
    m_settings.endGroup();

    if (isBuiltInId(profile.id)) {
        QStringList removed = stringList(m_settings, kRemoved);
        if (removed.removeAll(profile.id) > 0)
            m_settings.setValue(kRemoved, removed);
    } else {
        QStringList order = stringList(m_settings, kOrder);
        if (!order.contains(profile.id)) {
            order.append(profile.id);
            m_settings.setValue(kOrder, order);
        }
    }
    m_settings.endGroup();
}

bool ProviderStore::remove(const QString &id)
{
    const std::optional<ProviderProfile> existing = profile(id);
    if (!existing)
        return false;
    const QString canonical = existing->id;
    m_settings.beginGroup(kGroup);
    m_settings.remove(kProfiles + QLatin1Char('/') + canonical);
    if (isBuiltInId(canonical)) {
        // Remembered, or the built-in would come back on the next start.
        QStringList removed = stringList(m_settings, kRemoved);
        removed.append(canonical);
        m_settings.setValue(kRemoved, removed);
    } else {
        QStringList order = stringList(m_settings, kOrder);
        order.removeAll(canonical);
        m_settings.setValue(kOrder, order);
    }
    if (m_settings.value(kDefault).toString() == canonical)
        m_settings.remove(kDefault);
    m_settings.endGroup();
    return true;
}

QString ProviderStore::defaultProfileId() const
{
    const QList<ProviderProfile> all = profiles();
    const auto exists = [&all](const QString &id) {
        return std::any_of(all.cbegin(), all.cend(),
                           [&id](const ProviderProfile &profile) { return profile.id == id; });
    };
    const QString stored = m_settings.value(kGroup + QLatin1Char('/') + kDefault).toString();
    if (!stored.isEmpty() && exists(stored))
        return stored;
    if (exists(kDefaultId))
        return kDefaultId;
    return all.isEmpty() ? QString() : all.first().id;
}

void ProviderStore::setDefaultProfileId(const QString &id)
{
    const std::optional<ProviderProfile> existing = profile(id);
    m_settings.setValue(kGroup + QLatin1Char('/') + kDefault, existing ? existing->id : id);
}

ModelRef parseModelRef(const QString &text, const QList<ProviderProfile> &profiles)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QStringView prefix = QStringView(text).left(slash);
        for (const ProviderProfile &profile : profiles) {
            if (prefix.compare(profile.id, Qt::CaseInsensitive) == 0)
                return {profile.id, text.mid(slash + 1)};
        }
    }
    return {QString(), text};
}

} // namespace Lineup
