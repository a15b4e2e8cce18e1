#include "PaneEndpoints.h"

#include "EndpointManager.h"
#include "providers/ProviderEndpoint.h"
#include "secrets/KeyResolver.h"

namespace Lineup {

PaneEndpoints::PaneEndpoints(EndpointManager *endpoints, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_keys(keys)
{
    connect(m_endpoints, &EndpointManager::endpointChanged, this, [this] {
        const QString id = m_endpoints->profile().id;
        m_resolved.insert(id, m_endpoints->endpoint());
        if (m_endpoints->keyUsable())
            m_problems.remove(id);
        else
            m_problems.insert(id, m_endpoints->keyMessage());
        m_pending.remove(id);
        Q_EMIT resolved(id);
    });
}

bool PaneEndpoints::prepare(const QStringList &profileIds)
{
    bool ready = true;
    for (const QString &id : profileIds) {
        if (isReady(id))
            continue;
        if (id == m_endpoints->profile().id && !m_endpoints->isResolving()) {
            m_resolved.insert(id, m_endpoints->endpoint());
            continue;
        }
        ready = false;
        if (m_pending.contains(id) || id == m_endpoints->profile().id)
            continue; // the window's own look-up answers through endpointChanged
        const std::optional<ProviderProfile> profile = m_endpoints->findProfile(id);
        if (!profile) {
            m_problems.insert(id, tr("There is no provider profile “%1”.").arg(id));
            m_resolved.insert(id, Endpoint{});
            ready = true;
            continue;
        }
        m_pending.insert(id);
        QString proxyError;
        Endpoint endpoint = endpointForProfile(*profile, &proxyError);
        const int generation = m_generation;
        KeyResolver(*m_keys).resolve(
            *profile, this, [this, id, endpoint, generation](const ResolvedKey &key) mutable {
                if (generation != m_generation)
                    return;
                endpoint.apiKey = key.key;
                m_resolved.insert(id, endpoint);
                if (!key.usable)
                    m_problems.insert(id, key.message);
                m_pending.remove(id);
                Q_EMIT resolved(id);
            });
    }
    return ready;
}

bool PaneEndpoints::isReady(const QString &profileId) const
{
    return m_resolved.contains(profileId);
}

Endpoint PaneEndpoints::endpoint(const QString &profileId) const
{
    if (profileId == m_endpoints->profile().id && !m_endpoints->isResolving())
        return m_endpoints->endpoint();
    return m_resolved.value(profileId);
}

QString PaneEndpoints::problem(const QString &profileId) const
{
    return m_problems.value(profileId);
}

void PaneEndpoints::reset()
{
    ++m_generation;
    m_resolved.clear();
    m_problems.clear();
    m_pending.clear();
}

} // namespace Lineup
