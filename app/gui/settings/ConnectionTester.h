#pragma once

#include "api/Endpoint.h"
#include "providers/ProviderEndpoint.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Lineup {

class ApiClient;
class ModelListRequest;

// "Test connection": asks GET {base}/models and reports the outcome as one sentence, e.g.
// "Connected: 312 models available (0.4 s)" or the error's human message.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(ApiClient *client, QObject *parent = nullptr);

    void start(const Endpoint &endpoint);
    void cancel();
    bool isRunning() const { return !m_request.isNull(); }

    static QString successMessage(int modelCount, qint64 elapsedMs);

Q_SIGNALS:
    void finished(bool ok, const QString &message, int modelCount);

private:
    void onFinished();

    ApiClient *m_client;
    QPointer<ModelListRequest> m_request;
};

} // namespace Lineup
