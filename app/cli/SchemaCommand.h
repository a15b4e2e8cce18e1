#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli schema check|validate|infer`: the Schema dock's lint, validation and "schema from
// example" for scripts (exit 8 when there are problems, 2 when a file is not JSON).
int runSchemaCommand(const QStringList &arguments, Console &console);

} // namespace Lineup::Cli
