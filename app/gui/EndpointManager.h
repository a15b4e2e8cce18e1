#pragma once

#include "api/Endpoint.h"
#include "providers/ProviderProfile.h"

#include <QObject>

class QSettings;

namespace Lineup {

class KeyStore;

// Which service the window talks to: the chosen provider profile (or an ad-hoc one from
// `--base-url`), turned into an Endpoint with the profile's proxy and its key from the session,
// the keychain or the environment. The key is looked up asynchronously; endpointChanged()
// follows once it is known.
class EndpointManager : public QObject
{
    Q_OBJECT
public:
    static QString adHocProfileId() { return QStringLiteral("command-line"); }

    EndpointManager(QSettings *settings, KeyStore *keys, QObject *parent = nullptr);

    // A profile that exists for this run only (`--base-url URL`); not written to settings.
    void setAdHocProfile(const QUrl &baseUrl);
    bool hasAdHocProfile() const { return !m_adHoc.id.isEmpty(); }

    QList<ProviderProfile> profiles() const;
    std::optional<ProviderProfile> findProfile(const QString &id) const;
    // Switches to the profile and starts resolving its key. False when it does not exist.
    bool selectProfile(const QString &id);
    // Profiles were edited (settings dialog): reread the current one and its key.
    void reload();

    const ProviderProfile &profile() const { return m_profile; }
    const Endpoint &endpoint() const { return m_endpoint; }
    bool isResolving() const { return m_resolving; }
    // While held, key lookups wait (isResolving() is true): the window holds them until its
    // first frame is on screen, as the keychain's first job loads libsecret and talks D-Bus.
    void holdKeyLookups(bool hold);
    // Why the key is missing (or how it was found, when notable); empty otherwise.
    QString keyMessage() const { return m_keyMessage; }
    bool keyUsable() const { return m_keyUsable; }
    // Problem with the profile's proxy setting, if any.
    QString proxyError() const { return m_proxyError; }

Q_SIGNALS:
    void profileChanged();
    void endpointChanged();

private:
    void resolveKey();

    QSettings *m_settings;
    KeyStore *m_keys;
    ProviderProfile m_adHoc;
    ProviderProfile m_profile;
    Endpoint m_endpoint;
    QString m_keyMessage;
    QString m_proxyError;
    bool m_keyUsable = false;
    bool m_holdLookups = false;
    bool m_lookupWaiting = false;
    bool m_resolving = false;
    int m_generation = 0; // answers for an older selection are ignored
};

} // namespace Lineup
