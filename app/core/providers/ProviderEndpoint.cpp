#include "providers/ProviderEndpoint.h"

#include <QCoreApplication>

namespace Lineup {

std::optional<QNetworkProxy> proxyFromSetting(const QString &setting, QString *error)
{
    const QString text = setting.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || url.host().isEmpty() || type == QNetworkProxy::DefaultProxy) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "Lineup::ConnectionTester",
                    "The proxy \"%1\" is not understood. Write http://host:port, "
                    "socks5://host:port, \"none\" for a direct connection, or leave it empty for "
                    "the system proxy.")
                    .arg(text);
        return std::nullopt;
    }
    QNetworkProxy proxy(type, url.host(),
                        quint16(url.port(type == QNetworkProxy::HttpProxy ? 8080 : 1080)));
    if (!url.userName().isEmpty()) {
        proxy.setUser(url.userName());
        proxy.setPassword(url.password());
    }
    if (error)
        error->clear();
    return proxy;
}

Endpoint endpointForProfile(const ProviderProfile &profile, QString *proxyError)
{
    Endpoint endpoint;
    endpoint.baseUrl = profile.baseUrl;
    endpoint.proxy = proxyFromSetting(profile.proxy, proxyError);
    endpoint.allowPlainHttpKey = profile.allowPlainHttpKey;
    return endpoint;
}

} // namespace Lineup
