#include "api/Endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Lineup {

QUrl Endpoint::urlFor(const QString &path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    url.setPath(basePath + QLatin1Char('/') + tail);
    return url;
}

// Loopback traffic never leaves the machine, so plain http:// there is fine (Ollama, LM Studio).
static bool isLoopbackHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower == QLatin1String("localhost") || lower.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(lower);
    return !address.isNull() && address.isLoopback();
}

bool Endpoint::isLoopback() const
{
    return isLoopbackHost(baseUrl.host());
}

QString Endpoint::insecureTransportWarning() const
{
    if (baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return {};
    if (isLoopbackHost(baseUrl.host()))
        return {};
    return QCoreApplication::translate(
               "Lineup::Endpoint",
               "%1 uses http:// to a host that is not this computer: the API key and the "
               "conversation travel unencrypted and can be read on the network. Use https:// "
               "unless you trust every network in between.")
        .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
}

} // namespace Lineup
