#pragma once

#include "api/Endpoint.h"
#include "providers/ProviderProfile.h"

#include <optional>

namespace Lineup {

// A profile's proxy setting as a QNetworkProxy: "" → nullopt (system proxy), "none" → direct,
// "http://host:port" or "socks5://host:port" (user:password@ allowed). Sets *error (one sentence)
// and returns nullopt for anything else.
std::optional<QNetworkProxy> proxyFromSetting(const QString &setting, QString *error = nullptr);

// Where a profile's requests go: base URL, proxy and whether its key may travel over http, all
// but the key (see KeyResolver). The app and lineup-cli both build endpoints here. A proxy
// setting that is not understood sets *proxyError, and the endpoint uses the system proxy.
Endpoint endpointForProfile(const ProviderProfile &profile, QString *proxyError = nullptr);

} // namespace Lineup
