// The store side of ConversationExporter: loading conversations to render. The rendering
// itself (ConversationExporter.cpp) needs no store, so the import fuzzer can compile it alone.
#include "storage/ConversationExporter.h"

#include "storage/ConversationStore.h"
#include "util/TranslateInContexts.h"

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return translateInContexts({"Lineup::ConversationExporter", "Lineup"}, text);
}

} // namespace

ConversationExporter::ConversationExporter(const ConversationStore &store)
    : m_store(store)
{}

std::optional<QList<ConversationData>> ConversationExporter::load(const QList<qint64> &ids,
                                                                  QString *error) const
{
    QList<ConversationData> result;
    for (qint64 id : ids) {
        const auto info = m_store.conversation(id);
        if (!info) {
            if (error)
                *error = tr("there is no conversation %1").arg(id);
            return std::nullopt;
        }
        if (m_store.hidesModels(id)) {
            if (error)
                *error = tr("conversation %1 is a blind comparison not voted on yet: vote on it "
                            "in Lineup first (an export would name its models)")
                             .arg(id);
            return std::nullopt;
        }
        if (info->kind != ConversationKind::Comparison) {
            result.append({*info, m_store.messages(id), {}});
            continue;
        }
        const std::optional<Comparison> comparison = m_store.comparison(id);
        if (!comparison) {
            if (error)
                *error = tr("comparison %1 cannot be read: %2").arg(id).arg(m_store.lastError());
            return std::nullopt;
        }
        ConversationData data{comparison->shared, {}, {}};
        data.info.kind = ConversationKind::Comparison;
        for (const ComparisonPane &pane : comparison->panes)
            data.panes.append({pane, m_store.messages(pane.conversation.id)});
        result.append(data);
    }
    return result;
}

std::optional<QByteArray> ConversationExporter::exportConversations(const QList<qint64> &ids,
                                                                    ExportFormat format,
                                                                    QString *error) const
{
    const auto conversations = load(ids, error);
    if (!conversations)
        return std::nullopt;
    return render(*conversations, format);
}

} // namespace Lineup
