#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace Lineup {

enum class ProviderKind {
    CometApi,
    OpenAi,
    OpenRouter,
    LiteLlm,
    Ollama,
    LmStudio,
    LlamaCpp,
    Vllm,
    Custom
};

// A service the user talks to. Holds a reference to the key (its keychain entry name), never the
// key itself.
struct ProviderProfile
{
    QString id;   // short, unique, used in `profile/model` strings: "cometapi", "openai"
    QString name; // shown to people
    QUrl baseUrl;
    QString proxy;  // empty: system proxy; "none": direct; else http://host:port or socks5://
    QString keyRef; // keychain entry; empty: no key needed
    ProviderKind kind = ProviderKind::Custom;
    QString envVar; // environment variable consulted when no key is stored
    bool requiresKey = true;
    // The user allowed sending the key over plain http:// to a host that is not this machine.
    bool allowPlainHttpKey = false;

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};

QString providerKindName(ProviderKind kind);
std::optional<ProviderKind> providerKindFromName(QStringView name);

// Profiles persisted in QSettings (no secrets). Built-in profiles are always present unless
// the user removed them; edits to a built-in are kept.
class ProviderStore
{
public:
    explicit ProviderStore(QSettings &settings);

    static QList<ProviderProfile> builtIns();
    static bool isBuiltInId(QStringView id);
    static QString keyRefFor(const QString &profileId);
    // Ids appear in `profile/model` strings and settings keys: letters, digits, '.', '_', '-'.
    // save() ignores a profile whose id is not valid.
    static bool isValidId(QStringView id);
    // A valid id made from a display name ("My Server 2" → "my-server-2"), not one of `taken`
    // ("-2", "-3" appended as needed); "service" when the name has no usable character.
    static QString idFromName(const QString &name, const QStringList &taken = {});

    QList<ProviderProfile> profiles() const;
    std::optional<ProviderProfile> profile(const QString &id) const; // id case-insensitive
    void save(const ProviderProfile &profile); // add or replace by id; URL passwords dropped
    bool remove(const QString &id);
    QString defaultProfileId() const; // "cometapi" unless changed
    void setDefaultProfileId(const QString &id);

private:
    QSettings &m_settings;
};

// "cometapi/gpt-5" → {cometapi, gpt-5} when the prefix names a known profile; otherwise the whole
// string is the model id ("anthropic/claude-x" on OpenRouter stays intact).
struct ModelRef
{
    QString profileId; // empty: not selected by the string
    QString model;
};
ModelRef parseModelRef(const QString &text, const QList<ProviderProfile> &profiles);

} // namespace Lineup
