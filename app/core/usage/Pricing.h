#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace Lineup {

struct ModelInfo;
struct Usage;

// Where a price came from. Kept with every answer, so history says what it was charged at.
enum class PriceSource { None, Service, PriceTable };
QString priceSourceName(PriceSource source); // "none", "service", "price-table"
PriceSource priceSourceFromName(QStringView name);

// USD per 1M tokens. A missing cached-input price charges cached tokens as plain input.
struct ModelPrice
{
    std::optional<double> input;
    std::optional<double> cachedInput;
    std::optional<double> output;
    PriceSource source = PriceSource::None;

    bool isKnown() const { return source != PriceSource::None && (input || output); }
    // {"input":…, "cached_input":…, "output":…, "source":…} per 1M tokens; {} when unknown.
    QJsonObject toJson() const;
    static ModelPrice fromJson(const QJsonObject &object);

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

// Token counts of one request, split the way they are charged. Reasoning tokens are part of
// completion tokens (as the API reports them) and are never added to them.
struct TokenCounts
{
    qint64 prompt = 0;
    qint64 cached = 0; // part of prompt
    qint64 completion = 0;
    qint64 reasoning = 0; // part of completion
    bool estimated = false;

    qint64 uncachedPrompt() const { return qMax<qint64>(0, prompt - qMin(cached, prompt)); }
    qint64 total() const { return prompt + completion; }
    static TokenCounts fromUsage(const Usage &usage);
    TokenCounts &operator+=(const TokenCounts &other);
};

// What a request cost in USD, split like the price.
struct Cost
{
    double input = 0;       // uncached prompt tokens
    double cachedInput = 0; // cached prompt tokens
    double output = 0;      // completion tokens (reasoning included)
    PriceSource source = PriceSource::None;
    bool estimated = false; // the token counts were estimated

    double total() const { return input + cachedInput + output; }
    Cost &operator+=(const Cost &other);
    // {"input", "cached_input", "output", "total", "currency": "USD", "source", "estimated"}
    QJsonObject toJson() const;
};

Cost costOf(const TokenCounts &tokens, const ModelPrice &price);
// "$0.0053", "$0.000123", "$1.25": at least 4 decimals below a dollar, up to 6, never trailing
// zeros past the fourth.
QString formatUsd(double usd);

// The user's price table (Model panel, `lineup-cli prices`), per model id, in the settings the
// app and the CLI share (group "prices"; LINEUP_CONFIG_DIR / --config-dir for the CLI).
class PriceTable
{
public:
    explicit PriceTable(QSettings &settings);

    QList<QString> models() const; // sorted
    std::optional<ModelPrice> price(const QString &model) const;
    // The context length the user set for a model the service gives none for.
    std::optional<qint64> contextLength(const QString &model) const;
    void setPrice(const QString &model, const ModelPrice &price,
                  std::optional<qint64> contextLength = std::nullopt);
    bool remove(const QString &model);

private:
    QSettings &m_settings;
};

// Looks prices up: by the model id the request named, then by the id the answer reports; for
// each, the service's model list first, then the price table.
class PriceBook
{
public:
    void setServiceModels(const QList<ModelInfo> &models);
    void loadTable(const PriceTable &table);
    void setTablePrice(const QString &model, const ModelPrice &price);
    void setTableContextLength(const QString &model, qint64 length);
    ModelPrice lookup(const QString &requestModel, const QString &answerModel = {}) const;
    std::optional<qint64> contextLength(const QString &model) const;

private:
    QHash<QString, ModelPrice> m_service;
    QHash<QString, qint64> m_context;
    QHash<QString, ModelPrice> m_table;
    QHash<QString, qint64> m_tableContext;
};

} // namespace Lineup
