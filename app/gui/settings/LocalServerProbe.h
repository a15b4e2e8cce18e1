#pragma once

#include "providers/ProviderProfile.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Lineup {

// Where a local OpenAI-compatible server usually listens.
struct LocalServerCandidate
{
    ProviderKind kind = ProviderKind::Custom;
    QString name; // shown to people: "Ollama"
    quint16 port = 0;

    // Ollama 11434, LM Studio 1234, llama.cpp 8080.
    static QList<LocalServerCandidate> defaults();
};

struct LocalServer
{
    LocalServerCandidate candidate;
    QUrl baseUrl; // http://127.0.0.1:PORT/v1
    int modelCount = 0;
};

// Quick loopback probe: GET http://127.0.0.1:PORT/v1/models on every candidate at once, each with
// a short timeout. Only loopback is ever contacted.
class LocalServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerProbe(QObject *parent = nullptr);

    void setCandidates(const QList<LocalServerCandidate> &candidates) { m_candidates = candidates; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start();
    bool isRunning() const { return m_pending > 0; }
    const QList<LocalServer> &found() const { return m_found; }

Q_SIGNALS:
    void serverFound(const Lineup::LocalServer &server);
    void finished();

private:
    QNetworkAccessManager *m_network;
    QList<LocalServerCandidate> m_candidates = LocalServerCandidate::defaults();
    QList<LocalServer> m_found;
    int m_timeoutMs = 800;
    int m_pending = 0;
};

} // namespace Lineup
