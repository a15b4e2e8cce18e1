#pragma once

#include "api/Endpoint.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Lineup {

class EndpointManager;
class KeyStore;

// The endpoint (address, proxy, key) of every profile a comparison's panes use. The window's
// current profile comes from the EndpointManager; other profiles have their key looked up once
// (asynchronously, like the window's) and kept for the session. A comparison sends only when
// every pane's profile is resolved, so a pane never goes out without the key it needs.
class PaneEndpoints : public QObject
{
    Q_OBJECT
public:
    PaneEndpoints(EndpointManager *endpoints, KeyStore *keys, QObject *parent = nullptr);

    // Starts key look-ups for profiles not known yet; true when all of them are ready now.
    bool prepare(const QStringList &profileIds);
    bool isReady(const QString &profileId) const;
    Endpoint endpoint(const QString &profileId) const;
    // Why a profile cannot be used (no such profile, no key); empty when fine.
    QString problem(const QString &profileId) const;
    // Profiles were edited: forget what was resolved.
    void reset();

Q_SIGNALS:
    void resolved(const QString &profileId);

private:
    EndpointManager *m_endpoints;
    KeyStore *m_keys;
    QHash<QString, Endpoint> m_resolved;
    QHash<QString, QString> m_problems;
    QSet<QString> m_pending;
    int m_generation = 0;
};

} // namespace Lineup
