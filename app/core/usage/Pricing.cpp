#include "usage/Pricing.h"

#include "api/ModelInfo.h"
#include "chat/Completion.h"

#include <QSettings>

#include <algorithm>

namespace Lineup {

namespace {

const QString &group()
{
    static const QString name = QStringLiteral("prices");
    return name;
}

void putPrice(QJsonObject &object, const char *key, const std::optional<double> &value)
{
    if (value)
        object.insert(QLatin1String(key), *value);
}

std::optional<double> priceFrom(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return value.toDouble();
}

// Settings keys are paths: a model id such as "openai/gpt-4.1" must stay one key.
QString settingsKey(const QString &model)
{
    return QString::fromLatin1(model.toUtf8().toPercentEncoding());
}

QString modelFromKey(const QString &key)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
}

} // namespace

QString priceSourceName(PriceSource source)
{
    switch (source) {
    case PriceSource::Service:
        return QStringLiteral("service");
    case PriceSource::PriceTable:
        return QStringLiteral("price-table");
    case PriceSource::None:
        break;
    }
    return QStringLiteral("none");
}

PriceSource priceSourceFromName(QStringView name)
{
    if (name == QLatin1String("service"))
        return PriceSource::Service;
    if (name == QLatin1String("price-table"))
        return PriceSource::PriceTable;
    return PriceSource::None;
}

QJsonObject ModelPrice::toJson() const
{
    if (!isKnown())
        return {};
    QJsonObject object;
    putPrice(object, "input", input);
    putPrice(object, "cached_input", cachedInput);
    putPrice(object, "output", output);
    object.insert(QStringLiteral("source"), priceSourceName(source));
    return object;
}

ModelPrice ModelPrice::fromJson(const QJsonObject &object)
{
    ModelPrice price;
    price.input = priceFrom(object.value(QLatin1String("input")));
    price.cachedInput = priceFrom(object.value(QLatin1String("cached_input")));
    price.output = priceFrom(object.value(QLatin1String("output")));
    price.source = priceSourceFromName(object.value(QLatin1String("source")).toString());
    // A price that is not known (no source, or neither input nor output) is no price at all:
    // toJson() writes nothing for it, so keeping its parts would not survive an export.
    if (!price.isKnown())
        return ModelPrice();
    return price;
}

TokenCounts TokenCounts::fromUsage(const Usage &usage)
{
    TokenCounts counts;
    counts.prompt = usage.promptTokens.value_or(0);
    counts.completion = usage.completionTokens.value_or(0);
    // Some services send only total and prompt.
    if (!usage.completionTokens && usage.totalTokens)
        counts.completion = qMax<qint64>(0, *usage.totalTokens - counts.prompt);
    counts.cached = qMin(usage.cachedTokens.value_or(0), counts.prompt);
    counts.reasoning = qMin(usage.reasoningTokens.value_or(0), counts.completion);
    return counts;
}

TokenCounts &TokenCounts::operator+=(const TokenCounts &other)
{
    prompt += other.prompt;
    cached += other.cached;
    completion += other.completion;
    reasoning += other.reasoning;
    estimated = estimated || other.estimated;
    return *this;
}

Cost &Cost::operator+=(const Cost &other)
{
    input += other.input;
    cachedInput += other.cachedInput;
    output += other.output;
    estimated = estimated || other.estimated;
    // A sum names a source when any part had a price; the price table wins over the service,
    // since it is the one the user may have to check.
    if (source == PriceSource::None || other.source == PriceSource::PriceTable)
        source = other.source == PriceSource::None ? source : other.source;
    return *this;
}

QJsonObject Cost::toJson() const
{
    return {{QStringLiteral("input"), input},
            {QStringLiteral("cached_input"), cachedInput},
            {QStringLiteral("output"), output},
            {QStringLiteral("total"), total()},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("source"), priceSourceName(source)},
            {QStringLiteral("estimated"), estimated}};
}

Cost costOf(const TokenCounts &tokens, const ModelPrice &price)
{
    Cost cost;
    cost.estimated = tokens.estimated;
    if (!price.isKnown())
        return cost;
    cost.source = price.source;
    const double input = price.input.value_or(0);
    const double cached = price.cachedInput.value_or(input);
    cost.input = double(tokens.uncachedPrompt()) * input / 1e6;
    cost.cachedInput = double(qMin(tokens.cached, tokens.prompt)) * cached / 1e6;
    // Reasoning tokens are inside completion tokens: charged once, as output.
    cost.output = double(tokens.completion) * price.output.value_or(0) / 1e6;
    return cost;
}

QString formatUsd(double usd)
{
    if (usd >= 1 || usd == 0)
        return u'$' % QString::number(usd, 'f', 2);
    QString text = QString::number(usd, 'f', 6);
    while (text.endsWith(u'0') && text.size() - text.indexOf(u'.') - 1 > 4)
        text.chop(1);
    return u'$' % text;
}

PriceTable::PriceTable(QSettings &settings)
    : m_settings(settings)
{}

QList<QString> PriceTable::models() const
{
    m_settings.beginGroup(group());
    const QStringList keys = m_settings.childGroups();
    m_settings.endGroup();
    QList<QString> models;
    for (const QString &key : keys)
        models.append(modelFromKey(key));
    std::sort(models.begin(), models.end());
    return models;
}

std::optional<ModelPrice> PriceTable::price(const QString &model) const
{
    const QString prefix = group() % u'/' % settingsKey(model) % u'/';
    if (!m_settings.contains(prefix % u"input") && !m_settings.contains(prefix % u"output"))
        return std::nullopt;
    ModelPrice price;
    price.source = PriceSource::PriceTable;
    for (auto [key, field] :
         {std::pair{"input", &price.input}, std::pair{"cached_input", &price.cachedInput},
          std::pair{"output", &price.output}}) {
        const QVariant value = m_settings.value(prefix % QLatin1String(key));
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (value.isValid() && ok && number >= 0)
            *field = number;
    }
    return price;
}

std::optional<qint64> PriceTable::contextLength(const QString &model) const
{
    bool ok = false;
    const qint64 length =
        m_settings.value(group() % u'/' % settingsKey(model) % u"/context_length").toLongLong(&ok);
    if (!ok || length <= 0)
        return std::nullopt;
    return length;
}

void PriceTable::setPrice(const QString &model, const ModelPrice &price,
                          std::optional<qint64> contextLength)
{
    const QString prefix = group() % u'/' % settingsKey(model) % u'/';
    m_settings.remove(group() % u'/' % settingsKey(model));
    m_settings.setValue(prefix % u"input", price.input.value_or(0));
    m_settings.setValue(prefix % u"output", price.output.value_or(0));
    if (price.cachedInput)
        m_settings.setValue(prefix % u"cached_input", *price.cachedInput);
    if (contextLength)
        m_settings.setValue(prefix % u"context_length", *contextLength);
    m_settings.sync();
}

bool PriceTable::remove(const QString &model)
{
    if (!price(model))
        return false;
    m_settings.remove(group() % u'/' % settingsKey(model));
    m_settings.sync();
    return true;
}

void PriceBook::setServiceModels(const QList<ModelInfo> &models)
{
    m_service.clear();
    m_context.clear();
    for (const ModelInfo &info : models) {
        if (info.contextLength)
            m_context.insert(info.id, *info.contextLength);
        if (!info.promptPricePerMillion && !info.completionPricePerMillion)
            continue;
        ModelPrice price;
        price.input = info.promptPricePerMillion;
        price.cachedInput = info.cachedPromptPricePerMillion;
        price.output = info.completionPricePerMillion;
        price.source = PriceSource::Service;
        m_service.insert(info.id, price);
    }
}

void PriceBook::loadTable(const PriceTable &table)
{
    m_table.clear();
    m_tableContext.clear();
    const QList<QString> models = table.models();
    for (const QString &model : models) {
        if (const auto price = table.price(model))
            m_table.insert(model, *price);
        if (const auto length = table.contextLength(model))
            m_tableContext.insert(model, *length);
    }
}

void PriceBook::setTablePrice(const QString &model, const ModelPrice &price)
{
    ModelPrice entry = price;
    entry.source = PriceSource::PriceTable;
    m_table.insert(model, entry);
}

void PriceBook::setTableContextLength(const QString &model, qint64 length)
{
    m_tableContext.insert(model, length);
}

ModelPrice PriceBook::lookup(const QString &requestModel, const QString &answerModel) const
{
    for (const QString &model : {requestModel, answerModel}) {
        if (model.isEmpty())
            continue;
        if (const auto found = m_service.constFind(model); found != m_service.constEnd())
            return *found;
        if (const auto found = m_table.constFind(model); found != m_table.constEnd())
            return *found;
    }
    return {};
}

std::optional<qint64> PriceBook::contextLength(const QString &model) const
{
    if (const auto found = m_context.constFind(model); found != m_context.constEnd())
        return *found;
    if (const auto found = m_tableContext.constFind(model); found != m_tableContext.constEnd())
        return *found;
    return std::nullopt;
}

} // namespace Lineup
