#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli chat ...`: sends one prompt and streams the answer to stdout (see chatUsageLine()).
int runChatCommand(const QStringList &arguments, const GlobalOptions &global, Console &console);

} // namespace Lineup::Cli
