#pragma once

#include "CliCommon.h"

namespace Lineup::Cli {

// `lineup-cli keys set|delete PROFILE`: the profile's API key in the OS keychain. The key is read
// from stdin, never from an argument (arguments show up in `ps` and shell history).
int runKeysCommand(const QStringList &arguments, Console &console);

} // namespace Lineup::Cli
