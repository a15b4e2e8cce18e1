#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lineup {

// `lineup-cli conversations ...`: list, show, search, export, import and delete stored
// conversations in the same database the app uses. `arguments` are everything after
// "conversations"; `--data-dir DIR` may appear anywhere (else LINEUP_DATA_DIR, else the platform
// data directory). Exit codes: 0 ok, 2 usage error, 1 any other failure (one line on `err` each).
int runConversationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The usage text, for `lineup-cli --help`.
QString conversationsCommandUsage();

} // namespace Lineup
