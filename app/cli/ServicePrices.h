#pragma once

#include "CliCommon.h"

#include "usage/Pricing.h"

#include <QPointer>

#include <map>
#include <vector>

namespace Lineup {
class ApiClient;
class ModelListRequest;
} // namespace Lineup

namespace Lineup::Cli {

// The prices `chat` and `compare` charge answers at, one book per profile: the user's price
// table, and for OpenRouter and LiteLLM profiles the service's model list, fetched alongside the
// answers (the service's price wins over the table).
class ServicePrices
{
public:
    ServicePrices();
    ~ServicePrices();

    // The book for a profile (empty id: a bare --base-url). The reference stays valid.
    const PriceBook &book(const QString &profileId);
    // Starts fetching the target's model list when its service lists prices, once per profile.
    void fetch(ApiClient &client, const Target &target, QObject *owner);
    // The answers came first: gives the lists still loading a moment more, never long.
    void waitBriefly();

private:
    PriceBook m_table;
    std::map<QString, PriceBook> m_books;
    std::vector<QPointer<ModelListRequest>> m_lists;
    QStringList m_fetched;
};

} // namespace Lineup::Cli
