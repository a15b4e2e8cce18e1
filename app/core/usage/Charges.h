#pragma once

#include "chat/MessageRecord.h"

namespace Lineup {

class PriceBook;

// The one place a finished (or checkpointed) answer gets its price snapshot and logprobs: the
// conversation model (ChatSession) and storage (ChatRecorder) both call it, so they agree.
// The price is looked up by the model the request named, then by the one the answer reports.
void applyCharges(MessageRecord &record, const Completion &completion, const QString &requestModel,
                  const PriceBook *prices);

} // namespace Lineup
