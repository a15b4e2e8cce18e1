#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Lineup {

// An answer's logprobs ({"content":[{"token","logprob","top_logprobs":[...]}, ...]}) as tokens
// with probabilities, for the token view.
struct TokenProbability
{
    struct Alternative
    {
        QString token;
        double probability = 0;
    };
    QString token;
    double logprob = 0;
    double probability = 0;          // exp(logprob), 0..1
    QList<Alternative> alternatives; // top_logprobs, most likely first

    static QList<TokenProbability> listFrom(const QJsonValue &logprobs);
    static bool hasTokens(const QJsonValue &logprobs);
};

} // namespace Lineup
