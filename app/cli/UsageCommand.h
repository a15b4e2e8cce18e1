#pragma once

#include <QTextStream>

namespace Lineup {

class ConversationStore;

// `lineup-cli conversations usage ID [--json]`: requests, tokens, cost and context fill of a
// saved conversation (usage/UsageSummary), prices from each message's snapshot.
int printConversationUsage(ConversationStore &store, qint64 conversationId, bool json,
                           QTextStream &out, QTextStream &err);

} // namespace Lineup
