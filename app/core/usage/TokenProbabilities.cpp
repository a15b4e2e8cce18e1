#include "usage/TokenProbabilities.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Lineup {

namespace {

double probabilityOf(double logprob)
{
    return std::isfinite(logprob) ? std::clamp(std::exp(logprob), 0.0, 1.0) : 0.0;
}

} // namespace

bool TokenProbability::hasTokens(const QJsonValue &logprobs)
{
    return !logprobs.toObject().value(QLatin1String("content")).toArray().isEmpty();
}

QList<TokenProbability> TokenProbability::listFrom(const QJsonValue &logprobs)
{
    QList<TokenProbability> tokens;
    const QJsonArray content = logprobs.toObject().value(QLatin1String("content")).toArray();
    tokens.reserve(content.size());
    for (const QJsonValue &value : content) {
        const QJsonObject entry = value.toObject();
        TokenProbability token;
        token.token = entry.value(QLatin1String("token")).toString();
        token.logprob = entry.value(QLatin1String("logprob")).toDouble(-1e9);
        token.probability = probabilityOf(token.logprob);
        const QJsonArray top = entry.value(QLatin1String("top_logprobs")).toArray();
        for (const QJsonValue &alternative : top) {
            const QJsonObject object = alternative.toObject();
            token.alternatives.append(
                {object.value(QLatin1String("token")).toString(),
                 probabilityOf(object.value(QLatin1String("logprob")).toDouble(-1e9))});
        }
        std::sort(token.alternatives.begin(), token.alternatives.end(),
                  [](const Alternative &a, const Alternative &b) {
                      return a.probability > b.probability;
                  });
        tokens.append(token);
    }
    return tokens;
}

} // namespace Lineup
