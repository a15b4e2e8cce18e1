#include "settings/ConnectionTester.h"

#include "api/ApiClient.h"

#include <QLocale>
#include <QUrl>

namespace Lineup {

ConnectionTester::ConnectionTester(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ConnectionTester::start(const Endpoint &endpoint)
{
    cancel();
    m_request = m_client->listModels(endpoint, this);
    connect(m_request, &ModelListRequest::finished, this, &ConnectionTester::onFinished);
}

void ConnectionTester::cancel()
{
    if (m_request) {
        ModelListRequest *request = m_request;
        m_request = nullptr;
        request->disconnect(this);
        request->deleteLater(); // aborts the reply it owns
    }
}

QString ConnectionTester::successMessage(int modelCount, qint64 elapsedMs)
{
    const QString seconds = QLocale().toString(double(elapsedMs) / 1000.0, 'f', 1);
    return modelCount == 1
               ? tr("Connected: 1 model available (%1 s)").arg(seconds)
               : tr("Connected: %1 models available (%2 s)").arg(modelCount).arg(seconds);
}

void ConnectionTester::onFinished()
{
    auto *request = qobject_cast<ModelListRequest *>(sender());
    if (!request || request != m_request)
        return;
    m_request = nullptr;
    request->deleteLater();
    if (request->error().isError()) {
        Q_EMIT finished(false, request->error().humanMessage(), 0);
        return;
    }
    const int count = int(request->models().size());
    Q_EMIT finished(true, successMessage(count, request->elapsedMs()), count);
}

} // namespace Lineup
