#include "FakeServer.h"

#include "FakeConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <optional>

namespace Lineup {

// Lives in the server's thread; owns the listening socket and the connections.
class FakeServerWorker : public QObject
{
public:
    FakeServerWorker(std::shared_ptr<FakeServerState> state, std::function<void(int)> onRequest)
        : m_state(std::move(state))
        , m_onRequest(std::move(onRequest))
    {}

    quint16 listen(quint16 port)
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FakeServerWorker::onNewConnection);
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return 0;
        return m_server->serverPort();
    }

    void closeAll()
    {
        // FakeConnection has no meta-object of its own, so findChildren<> would match any child.
        QList<QPointer<QObject>> connections;
        for (QObject *child : children()) {
            if (dynamic_cast<FakeConnection *>(child))
                connections.append(child);
        }
        for (const QPointer<QObject> &connection : std::as_const(connections)) {
            if (auto *alive = dynamic_cast<FakeConnection *>(connection.data()))
                alive->abort();
        }
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            int id = 0;
            {
                QMutexLocker lock(&m_state->mutex);
                id = ++m_state->connections;
                ++m_state->open;
            }
            new FakeConnection(socket, id, m_state, m_onRequest, this);
        }
    }

    std::shared_ptr<FakeServerState> m_state;
    std::function<void(int)> m_onRequest;
    QTcpServer *m_server = nullptr;
};

// ---------------------------------------------------------------------------------------------
// FakeServer

FakeServer::FakeServer(QObject *parent)
    : FakeServer(Mode::CurrentThread, 0, parent)
{}

FakeServer::FakeServer(Mode mode, quint16 port, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<FakeServerState>())
{
    QPointer<FakeServer> self(this);
    std::function<void(int)> onRequest;
    if (mode == Mode::OwnThread) {
        onRequest = [this](int index) {
            QMetaObject::invokeMethod(
                this, [this, index] { Q_EMIT requestReceived(index); }, Qt::QueuedConnection);
        };
    } else {
        onRequest = [self](int index) {
            if (self)
                Q_EMIT self->requestReceived(index);
        };
    }
    m_worker = new FakeServerWorker(m_state, onRequest);
    if (mode == Mode::OwnThread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("FakeServer"));
        m_worker->moveToThread(m_thread);
        m_thread->start();
        FakeServerWorker *worker = m_worker;
        quint16 chosen = 0;
        QMetaObject::invokeMethod(
            m_worker, [worker, port, &chosen] { chosen = worker->listen(port); },
            Qt::BlockingQueuedConnection);
        m_port = chosen;
    } else {
        m_port = m_worker->listen(port);
    }
}

FakeServer::~FakeServer()
{
    if (m_thread) {
        FakeServerWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    } else {
        delete m_worker;
    }
}

bool FakeServer::isListening() const
{
    return m_port != 0;
}

quint16 FakeServer::port() const
{
    return m_port;
}

QUrl FakeServer::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl FakeServer::baseUrl() const
{
    return url(QStringLiteral("/v1"));
}

QUrl FakeServer::url(const QString &path) const
{
    QUrl result = rootUrl();
    result.setPath(path);
    return result;
}

void FakeServer::enqueue(const FakeResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->queue.append(response);
}

void FakeServer::enqueueForModel(const QString &model, const FakeResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->modelQueues[model].append(response);
}

int FakeServer::pendingResponses() const
{
    QMutexLocker lock(&m_state->mutex);
    int pending = int(m_state->queue.size());
    for (const QList<FakeResponse> &forModel : std::as_const(m_state->modelQueues))
        pending += int(forModel.size());
    return pending;
}

void FakeServer::setRoute(const QByteArray &method, const QByteArray &path,
                          const FakeResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.insert(method + ' ' + path, response);
}

void FakeServer::setFallback(const FakeResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->fallback = response;
}

QList<FakeRequest> FakeServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int FakeServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

FakeRequest FakeServer::lastRequest() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests.isEmpty() ? FakeRequest() : m_state->requests.constLast();
}

void FakeServer::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requests.clear();
}

int FakeServer::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

int FakeServer::openConnections() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->open;
}

bool FakeServer::waitForRequests(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (requestCount() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

void FakeServer::closeAllConnections()
{
    FakeServerWorker *worker = m_worker;
    if (m_thread)
        QMetaObject::invokeMethod(
            m_worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
    else
        worker->closeAll();
}

} // namespace Lineup
