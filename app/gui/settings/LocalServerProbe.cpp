#include "settings/LocalServerProbe.h"

#include "api/ModelInfo.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Lineup {

QList<LocalServerCandidate> LocalServerCandidate::defaults()
{
    return {
        {ProviderKind::Ollama, QStringLiteral("Ollama"), 11434},
        {ProviderKind::LmStudio, QStringLiteral("LM Studio"), 1234},
        {ProviderKind::LlamaCpp, QStringLiteral("llama.cpp"), 8080},
    };
}

LocalServerProbe::LocalServerProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Loopback only, and never through a proxy that could see what runs locally.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

void LocalServerProbe::start()
{
    m_found.clear();
    m_pending = int(m_candidates.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, &LocalServerProbe::finished, Qt::QueuedConnection);
        return;
    }
    for (const LocalServerCandidate &candidate : std::as_const(m_candidates)) {
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(candidate.port);
        base.setPath(QStringLiteral("/v1"));
        QUrl url = base;
        url.setPath(QStringLiteral("/v1/models"));
        QNetworkRequest request(url);
        request.setTransferTimeout(m_timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, candidate, base] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status == 200) {
                QString error;
                const QList<ModelInfo> models = ModelInfo::listFromJson(reply->readAll(), &error);
                if (error.isEmpty()) {
                    LocalServer server{candidate, base, int(models.size())};
                    m_found.append(server);
                    Q_EMIT serverFound(server);
                }
            }
            if (--m_pending == 0)
                Q_EMIT finished();
        });
    }
}

} // namespace Lineup
