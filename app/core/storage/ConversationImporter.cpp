#include "storage/ConversationImporter.h"

#include "storage/ConversationParser.h"
#include "storage/ConversationStore.h"
#include "storage/RecordJson.h"
#include "util/TranslateInContexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <atomic>
#include <memory>

namespace Lineup {

namespace {

using ConversationParser::PendingConversation;

QString tr(const char *text)
{
    return translateInContexts({"Lineup::ConversationImporter", "Lineup"}, text);
}

// The title a conversation without one gets: its first prompt (converted on its own here, the
// rest of the messages come later; a broken one is reported by the conversion proper).
QString titleOf(const PendingConversation &pending)
{
    if (!pending.data.info.title.isEmpty())
        return pending.data.info.title;
    if (pending.data.isComparison()) {
        for (const MessageRecord &record : pending.data.panes.first().messages) {
            if (record.message.role == Role::User)
                return ConversationStore::titleFromPrompt(record.message.text());
        }
        return {};
    }
    if (pending.converted) {
        for (const MessageRecord &record : pending.data.messages) {
            if (record.message.role == Role::User)
                return ConversationStore::titleFromPrompt(record.message.text());
        }
        return {};
    }
    for (qsizetype i = 0; i < pending.json.size(); ++i) {
        QString ignored;
        const auto record = RecordJson::messageFromJson(
            pending.json.at(i), RecordJson::messagePath(pending.path, i), &ignored);
        if (!record)
            return {};
        if (record->message.role == Role::User)
            return ConversationStore::titleFromPrompt(record->message.text());
    }
    return {};
}

// A comparison and its panes' messages, inside the import's transaction. Positions are
// renumbered 0..n-1 in their order; every pane carries the comparison's title.
qint64 insertComparison(ConversationStore &store, const ConversationInfo &shared,
                        const QList<ComparisonPaneData> &panes)
{
    Comparison comparison;
    comparison.shared = shared;
    comparison.shared.id = 0;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        ComparisonPane pane = panes.at(i).pane;
        pane.position = int(i);
        pane.conversation.id = 0;
        pane.conversation.title = shared.title;
        pane.conversation.kind = ConversationKind::Conversation;
        comparison.panes.append(pane);
    }
    const qint64 id = store.createComparison(comparison);
    if (id == 0)
        return 0;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        const qint64 paneId = comparison.panes.at(i).conversation.id;
        for (const MessageRecord &record : panes.at(i).messages) {
            if (store.appendMessage(paneId, record) == 0)
                return 0;
        }
    }
    return id;
}

} // namespace

ConversationImporter::ConversationImporter(ConversationStore &store)
    : m_store(store)
{}

QString ConversationImporter::uniqueTitle(const QString &title, const QStringList &taken)
{
    if (!taken.contains(title))
        return title;
    static const QRegularExpression suffix(QStringLiteral("^(.*) \\(imported \\d+\\)$"));
    const auto match = suffix.match(title);
    const QString base = match.hasMatch() ? match.captured(1) : title;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (imported %2)").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::optional<QList<qint64>> ConversationImporter::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return importData(file.readAll(), path, error);
}

std::optional<QList<ConversationData>> ConversationImporter::parse(const QByteArray &data,
                                                                   QString *error)
{
    return ConversationParser::parse(data, error);
}

std::optional<QList<qint64>>
ConversationImporter::importData(const QByteArray &data, const QString &sourceName, QString *error)
{
    QString parseError;
    auto conversations = ConversationParser::parseDocument(data, &parseError);
    if (!conversations) {
        if (error)
            *error = sourceName + QStringLiteral(": ") + parseError;
        return std::nullopt;
    }
    // Messages still in JSON are converted on the store's encoder thread while the rows are
    // written; the first one that does not convert stops the import like a parse error.
    auto conversionFailed = std::make_shared<std::atomic<bool>>(false);
    QList<qint64> ids;
    const bool ok = m_store.inTransaction([&] {
        QStringList taken = m_store.allTitles();
        for (const PendingConversation &pending : std::as_const(*conversations)) {
            ConversationInfo info = pending.data.info;
            info.title = uniqueTitle(titleOf(pending), taken);
            taken.append(info.title);
            if (pending.data.isComparison()) {
                const qint64 id = insertComparison(m_store, info, pending.data.panes);
                if (id == 0)
                    return false;
                ids.append(id);
                continue;
            }
            MessageSource source = MessageSource::fromList(pending.data.messages);
            if (!pending.converted) {
                const QJsonArray json = pending.json;
                const QString path = pending.path;
                source = MessageSource::converting(
                    json.size(), [json, path, conversionFailed](qsizetype i, QString *reason) {
                        auto record = ConversationParser::convertMessage(json, path, i, reason);
                        if (!record)
                            *conversionFailed = true;
                        return record;
                    });
            }
            const qint64 id = m_store.insertConversation(info, std::move(source));
            if (id == 0)
                return false;
            ids.append(id);
        }
        return true;
    });
    if (!ok) {
        if (error) {
            // The insert failed at the earliest message that did not convert, with its message.
            *error = *conversionFailed
                         ? sourceName + QStringLiteral(": ") + m_store.lastError()
                         : tr("%1: nothing was imported: the history database refused the "
                              "write: %2")
                               .arg(sourceName, m_store.lastError());
        }
        return std::nullopt;
    }
    return ids;
}

} // namespace Lineup
