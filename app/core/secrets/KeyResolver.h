#pragma once

#include "providers/ProviderProfile.h"
#include "secrets/KeyStore.h"

#include <functional>

class QObject;

namespace Lineup {

// The key a request to one provider will use, and where it came from.
struct ResolvedKey
{
    enum class Source { None, Session, Keychain, Environment };

    Source source = Source::None;
    QString key;
    // A key was found, or the profile needs none (local servers).
    bool usable = false;
    // Not usable: which key is missing and how to provide it. Usable: an optional note, e.g.
    // that the keychain was unreachable and the environment variable was used instead.
    QString message;
    KeyResult::Status keychainStatus = KeyResult::Status::NotFound;

    bool ok() const { return usable; }
};

// Finds the key for a profile: session key, then the keychain, then the profile's environment
// variable (COMETAPI_KEY, OPENAI_API_KEY, ...). A missing key is fine for profiles that need
// none. Never logs or stores the key.
class KeyResolver
{
public:
    using Environment = std::function<QString(const QString &name)>;
    using Callback = std::function<void(const ResolvedKey &)>;

    // `environment` defaults to the process environment; tests inject their own.
    explicit KeyResolver(KeyStore &store, Environment environment = {});

    // Calls back once, later, in the event loop, unless `context` died first.
    void resolve(const ProviderProfile &profile, QObject *context, Callback callback) const;
    // For the command line: runs a local event loop until the answer arrives or the keychain
    // has been silent for `timeoutMs`.
    ResolvedKey resolveBlocking(const ProviderProfile &profile, int timeoutMs = 15000) const;

    // "No API key for CometAPI (cometapi). Store one with `lineup-cli keys set cometapi` or set
    // the environment variable COMETAPI_KEY."
    static QString missingKeyMessage(const ProviderProfile &profile);

private:
    KeyStore &m_store;
    Environment m_environment;
};

} // namespace Lineup
