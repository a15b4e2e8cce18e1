#include "EndpointManager.h"

#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "settings/ConnectionTester.h"

#include <QSettings>

namespace Lineup {

EndpointManager::EndpointManager(QSettings *settings, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(keys)
{}

void EndpointManager::setAdHocProfile(const QUrl &baseUrl)
{
    m_adHoc = {};
    m_adHoc.id = adHocProfileId();
    m_adHoc.name = baseUrl.host().isEmpty() ? baseUrl.toString() : baseUrl.authority();
    m_adHoc.baseUrl = baseUrl;
    m_adHoc.kind = ProviderKind::Custom;
    // Local servers need no key; a remote one can get it from the environment.
    m_adHoc.envVar = QStringLiteral("LINEUP_API_KEY");
    m_adHoc.requiresKey = false;
}

QList<ProviderProfile> EndpointManager::profiles() const
{
    QList<ProviderProfile> result;
    if (hasAdHocProfile())
        result.append(m_adHoc);
    result.append(ProviderStore(*m_settings).profiles());
    return result;
}

std::optional<ProviderProfile> EndpointManager::findProfile(const QString &id) const
{
    if (hasAdHocProfile() && id.compare(m_adHoc.id, Qt::CaseInsensitive) == 0)
        return m_adHoc;
    return ProviderStore(*m_settings).profile(id);
}

bool EndpointManager::selectProfile(const QString &id)
{
    const std::optional<ProviderProfile> profile = findProfile(id);
    if (!profile)
        return false;
    m_profile = *profile;
    m_proxyError.clear();
    m_endpoint = endpointForProfile(m_profile, &m_proxyError);
    Q_EMIT profileChanged();
    resolveKey();
    return true;
}

void EndpointManager::reload()
{
    if (!selectProfile(m_profile.id)) {
        ProviderStore store(*m_settings);
        selectProfile(store.defaultProfileId());
    }
}

void EndpointManager::holdKeyLookups(bool hold)
{
    m_holdLookups = hold;
    if (!hold && std::exchange(m_lookupWaiting, false))
        resolveKey();
}

void EndpointManager::resolveKey()
{
    const int generation = ++m_generation;
    m_resolving = true;
    m_keyUsable = false;
    m_keyMessage.clear();
    if (m_holdLookups) {
        m_lookupWaiting = true;
        return;
    }
    KeyResolver resolver(*m_keys);
    resolver.resolve(m_profile, this, [this, generation](const ResolvedKey &resolved) {
        if (generation != m_generation)
            return;
        m_resolving = false;
        m_keyUsable = resolved.usable;
        m_keyMessage = resolved.message;
        m_endpoint.apiKey = resolved.key;
        Q_EMIT endpointChanged();
    });
}

} // namespace Lineup
