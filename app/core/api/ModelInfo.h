#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

// One entry of GET {base}/models, with the extra fields services such as OpenRouter, CometAPI
// or LiteLLM add when they add them.
struct ModelInfo
{
    QString id;
    QString ownedBy;
    qint64 created = 0;
    std::optional<qint64> contextLength;
    std::optional<double> promptPricePerMillion;       // USD per 1M prompt tokens
    std::optional<double> completionPricePerMillion;   // USD per 1M completion tokens
    std::optional<double> cachedPromptPricePerMillion; // USD per 1M cached prompt tokens
    QJsonObject raw;                                   // the entry exactly as received

    static ModelInfo fromJson(const QJsonObject &object);
    // Accepts {"data":[...]}, a bare array, or {"models":[...]} (Ollama's native shape).
    static QList<ModelInfo> listFromJson(const QByteArray &body, QString *error);
};

} // namespace Lineup
