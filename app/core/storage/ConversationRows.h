#pragma once

#include "chat/MessageRecord.h"
#include "comparison/Comparison.h"

#include <QSqlQuery>
#include <QString>

namespace Lineup::ConversationRows {

// The one SELECT of a conversations row (as `c`) that read() understands: settings, dates, and
// the counts a listing shows (a comparison's messages summed over its panes).
QString select();
ConversationInfo read(const QSqlQuery &query);
// A pane's place in its comparison and what it overrides (from the same SELECT).
int panePosition(const QSqlQuery &query);
PaneOverrides paneOverrides(const QSqlQuery &query);

QString kindName(ConversationKind kind);
// The `blind` column: '' (not blind), 'unvoted', 'voted'.
QString blindStateName(BlindState state);
BlindState blindStateFromName(const QString &name);

} // namespace Lineup::ConversationRows
