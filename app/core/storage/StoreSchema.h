#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Lineup {

// The database schema as a chain of forward migrations, version kept in PRAGMA user_version.
// A migration is never edited once released: a change is a new step (tests/unit/tst_migrations
// keeps each old schema's original DDL and migrates it).
//   v1: conversations, messages (usage as JSON), attachments by sha256
//   v2: pinned + soft delete on conversations; usage token counts as columns (backfilled)
//   v3: alternatives (n > 1) per message; FTS5 index over text and reasoning kept by triggers
//   v4: the FTS5 index without per-row column sizes (columnsize=0), rebuilt
//   v5: price snapshot and logprobs per message
//   v6: comparisons: conversation kind, panes (comparison_id, position, overrides)
//   v7: blind arena votes
//   v8: blind state of a comparison (unvoted / voted), so a reopened round stays blind
namespace StoreSchema {

inline constexpr int CurrentVersion = 8;

// The statements that take a database from `version - 1` to `version` (one statement each).
QStringList migrationTo(int version);
// Reads user_version and applies the missing steps, each step in its own transaction.
// A database newer than this build is refused (it may hold data this version would destroy).
bool migrate(QSqlDatabase &db, QString *error);
int userVersion(QSqlDatabase &db);

} // namespace StoreSchema
} // namespace Lineup
