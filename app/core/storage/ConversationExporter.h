#pragma once

#include "chat/MessageRecord.h"
#include "storage/ComparisonJson.h"

#include <QByteArray>
#include <QJsonArray>
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
    QList<MessageRecord> messages; // empty for a comparison
    // A comparison (info.kind == Comparison, info holding the shared settings): its panes by
    // position, each with its messages.
    QList<ComparisonPaneData> panes;

    bool isComparison() const { return info.kind == ConversationKind::Comparison; }
};

// Writes conversations out of the store:
// - Lineup JSON: {"format":"lineup.conversations","version":2,"conversations":[...]} with every
//   stored field, images as data URLs, comparisons whole (docs/lineup-json-format.md).
// - OpenAI: a chat/completions request body (model, parameters, messages) that can be sent with
//   curl as-is; several conversations, or a comparison (one body per pane), give a JSON array.
// - Markdown for reading; a comparison as sections per turn, each pane's answer under its model.
// Nothing secret is ever part of a conversation (keys live in the keychain), so nothing to strip.
// The static renderers need no store (ConversationExporter.cpp); load() and
// exportConversations() read it (ConversationExporterLoad.cpp).
class ConversationExporter
{
public:
    // 2: comparisons ("kind": "comparison" entries with "panes"). Version 1 files still import.
    static constexpr int FormatVersion = 2;
    static QString formatName() { return QStringLiteral("lineup.conversations"); }

    explicit ConversationExporter(const ConversationStore &store);

    // The given conversations in order; an unknown id is an error naming it, and so is an unvoted
    // blind comparison or one of its panes (ConversationStore::hidesModels): the export is
    // refused rather than written without the names.
    std::optional<QByteArray> exportConversations(const QList<qint64> &ids, ExportFormat format,
                                                  QString *error) const;
    std::optional<QList<ConversationData>> load(const QList<qint64> &ids, QString *error) const;

    static QByteArray render(const QList<ConversationData> &conversations, ExportFormat format);
    static QJsonObject lineupDocument(const QList<ConversationData> &conversations);
    // The Lineup JSON bytes of lineupDocument(), built without one giant QJsonObject.
    static QByteArray lineupBytes(const QList<ConversationData> &conversations);
    // A conversation's body; for a comparison, its first pane's (openAiRequestBodies() has all).
    static QJsonObject openAiRequestBody(const ConversationData &conversation);
    // One body per conversation, one per pane of a comparison.
    static QJsonArray openAiRequestBodies(const QList<ConversationData> &conversations);
    static QString markdown(const ConversationData &conversation);

private:
    const ConversationStore &m_store;
};

} // namespace Lineup
