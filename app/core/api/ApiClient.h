#pragma once

#include "api/ApiError.h"
#include "api/ChatStream.h"
#include "api/Endpoint.h"
#include "api/ModelInfo.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace Lineup {

class ModelListRequest : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    const QList<ModelInfo> &models() const { return m_models; }
    const ApiError &error() const { return m_error; }
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    using QObject::QObject;
    QList<ModelInfo> m_models;
    ApiError m_error;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
};

// Entry point for talking to a service. One per thread; owns the QNetworkAccessManager.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }

    // POST {base}/chat/completions with body (as built by RequestBuilder). The request is a child
    // of `owner` (lifetime guard: deleting the owner aborts it). Never returns null.
    ChatStream *startChat(const Endpoint &endpoint, const QJsonObject &body, QObject *owner);
    // GET {base}/models.
    ModelListRequest *listModels(const Endpoint &endpoint, QObject *owner);

private:
    // The manager for the endpoint's proxy (the system proxy when it names none).
    QNetworkAccessManager *networkFor(const Endpoint &endpoint);
    // True when a chat request to the endpoint goes out without a proxy, so SocketExchange
    // carries it.
    bool readsDirectly(const Endpoint &endpoint) const;

    QNetworkAccessManager *m_network;
    QHash<QString, QNetworkAccessManager *> m_proxiedNetworks;
    ClientOptions m_options;
};

} // namespace Lineup
