#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli models [--profile P | --base-url URL] [--json]`: GET {base}/models.
int runModelsCommand(const QStringList &arguments, const GlobalOptions &global, Console &console);

} // namespace Lineup::Cli
