#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli compare --model M --model M ... PROMPT`: asks every model at once and prints their
// answers and the numbers side by side (see compareUsageLine()).
int runCompareCommand(const QStringList &arguments, const GlobalOptions &global, Console &console);

} // namespace Lineup::Cli
