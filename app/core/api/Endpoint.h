#pragma once

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <optional>

namespace Lineup {

// Where and how to reach one service for one request. The key is held only in memory.
struct Endpoint
{
    QUrl baseUrl;                       // e.g. https://api.cometapi.com/v1
    QString apiKey;                     // empty: no Authorization header (local servers)
    std::optional<QNetworkProxy> proxy; // nullopt: the system proxy
    bool allowPlainHttpKey = false;     // see ServiceRequest::refusal()

    QUrl urlFor(const QString &path) const; // baseUrl + "/" + path, no doubled slashes
    // A warning sentence when the key would travel in clear text (http:// to a host that is not
    // loopback), else empty.
    QString insecureTransportWarning() const;
    // True for localhost, *.localhost and loopback addresses: traffic that never leaves the
    // machine (and that a system proxy must not intercept).
    bool isLoopback() const;
};

struct ClientOptions
{
    int idleTimeoutMs = 60'000;    // a stream with no byte for this long is aborted (kept)
    int connectTimeoutMs = 30'000; // no response headers for this long: Timeout
    int maxRetries = 3;            // retries for 429/5xx/connection failures before first byte
    int retryBaseDelayMs = 1'000;  // 1 s, 2 s, 4 s ... with jitter
    int retryMaxDelayMs = 60'000;  // cap, also for Retry-After
    // Non-streaming calls only: a service sends nothing until the whole answer is ready (minutes
    // for reasoning models), so once the request is sent this replaces connectTimeoutMs.
    int responseTimeoutMs = 600'000;
    // A chat answer over a direct connection is read at most once per this many ms (0: as it
    // arrives). The app uses one frame: the window paints no more often than that, and each
    // extra read only wakes it (see SocketExchange).
    int streamReadIntervalMs = 0;
    enum class Transport {
        Automatic, // Lineup's own reader for direct connections, Qt's network stack otherwise
        QtNetwork, // Qt's network stack for every request
    };
    Transport transport = Transport::Automatic;
};

} // namespace Lineup
