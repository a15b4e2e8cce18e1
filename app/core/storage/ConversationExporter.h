#pragma once

#include "chat/MessageRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Lineup {

class ConversationStore;

enum class ExportFormat { Lineup, OpenAi, Markdown };

// "lineup", "openai", "markdown" (also "md").
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QString exportFormatName(ExportFormat format);

struct ConversationData
{
    ConversationInfo info;
    QList<MessageRecord> messages;
};

// Writes conversations out of the store:
// - Lineup JSON: {"format":"lineup.conversations","version":1,"conversations":[...]} with every
//   stored field, images as data URLs (docs/lineup-json-format.md).
// - OpenAI: a chat/completions request body (model, parameters, messages) that can be sent with
//   curl as-is; several conversations give a JSON array of bodies.
// - Markdown for reading.
// Nothing secret is ever part of a conversation (keys live in the keychain), so nothing to strip.
class ConversationExporter
{
public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("lineup.conversations"); }

    explicit ConversationExporter(const ConversationStore &store);

    // The given conversations in order; an unknown id is an error naming it.
    std::optional<QByteArray> exportConversations(const QList<qint64> &ids, ExportFormat format,
                                                  QString *error) const;
    std::optional<QList<ConversationData>> load(const QList<qint64> &ids, QString *error) const;

    static QByteArray render(const QList<ConversationData> &conversations, ExportFormat format);
    static QJsonObject lineupDocument(const QList<ConversationData> &conversations);
    // The Lineup JSON bytes of lineupDocument(), built without one giant QJsonObject.
    static QByteArray lineupBytes(const QList<ConversationData> &conversations);
    static QJsonObject openAiRequestBody(const ConversationData &conversation);
    static QString markdown(const ConversationData &conversation);

private:
    const ConversationStore &m_store;
};

} // namespace Lineup
