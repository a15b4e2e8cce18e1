#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli prices set|list|delete`: the user's price table (USD per 1M tokens), in the
// settings the app reads too.
int runPricesCommand(const QStringList &arguments, Console &console);

} // namespace Lineup::Cli
