#include "usage/Charges.h"

#include "usage/Pricing.h"

namespace Lineup {

void applyCharges(MessageRecord &record, const Completion &completion, const QString &requestModel,
                  const PriceBook *prices)
{
    const CompletionChoice *first = completion.choice(0);
    if (!first && !completion.choices.isEmpty())
        first = &completion.choices.first();
    record.logprobs = first && (first->logprobs.isObject() || first->logprobs.isArray())
                          ? first->logprobs
                          : QJsonValue();
    if (prices)
        record.price = prices->lookup(requestModel, completion.model);
}

} // namespace Lineup
