#include "ServicePrices.h"

#include "ChatOutcome.h"

#include "api/ApiClient.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace Lineup::Cli {

namespace {

constexpr int ListGraceMs = 3000;

} // namespace

ServicePrices::ServicePrices()
{
    loadPriceTable(&m_table);
}

ServicePrices::~ServicePrices() = default;

const PriceBook &ServicePrices::book(const QString &profileId)
{
    return m_books.try_emplace(profileId, m_table).first->second;
}

void ServicePrices::fetch(ApiClient &client, const Target &target, QObject *owner)
{
    const bool listsPrices = target.profile && (target.profile->kind == ProviderKind::OpenRouter ||
                                                target.profile->kind == ProviderKind::LiteLlm);
    if (!listsPrices || m_fetched.contains(target.profile->id))
        return;
    m_fetched.append(target.profile->id);
    PriceBook *prices = &m_books.try_emplace(target.profile->id, m_table).first->second;
    QPointer<ModelListRequest> list = client.listModels(target.endpoint, owner);
    QObject::connect(list, &ModelListRequest::finished, owner, [prices, list] {
        if (list && !list->error().isError())
            prices->setServiceModels(list->models());
    });
    m_lists.push_back(list);
}

void ServicePrices::waitBriefly()
{
    const auto loading = [this] {
        return std::any_of(
            m_lists.begin(), m_lists.end(),
            [](const QPointer<ModelListRequest> &list) { return list && !list->isFinished(); });
    };
    if (!loading())
        return;
    QEventLoop wait;
    QTimer::singleShot(ListGraceMs, &wait, &QEventLoop::quit);
    for (const QPointer<ModelListRequest> &list : m_lists) {
        if (list && !list->isFinished())
            QObject::connect(list, &ModelListRequest::finished, &wait, [&wait, &loading] {
                if (!loading())
                    wait.quit();
            });
    }
    wait.exec();
}

} // namespace Lineup::Cli
