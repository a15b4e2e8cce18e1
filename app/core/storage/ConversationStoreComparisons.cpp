// ConversationStore: comparisons. A comparison is a conversations row of kind 'comparison' with
// the shared settings; each pane is an ordinary conversation row naming it (comparison_id), so
// messages, search, usage and export treat a pane like any conversation. Conversations in
// ConversationStore.cpp, messages in ConversationStoreMessages.cpp.
#include "storage/ConversationStore.h"

#include "storage/ConversationRows.h"
#include "storage/MessageCodec.h"
#include "storage/StoreTransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Lineup {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What a pane's own row stores: the settings it sends, under its comparison's title and pin.
ConversationInfo paneRow(const ConversationInfo &shared, const ComparisonPane &pane)
{
    ConversationInfo info = effectiveSettings(shared, pane);
    info.comparisonId = shared.id;
    info.title = shared.title;
    info.pinned = shared.pinned;
    return info;
}

} // namespace

qint64 ConversationStore::createComparison(Comparison &comparison)
{
    const auto panes = comparison.panes.size();
    if (panes < Comparison::MinPanes || panes > Comparison::MaxPanes) {
        setError(tr("a comparison has %1 to %2 panes, not %3")
                     .arg(Comparison::MinPanes)
                     .arg(Comparison::MaxPanes)
                     .arg(panes));
        return 0;
    }
    StoreTransaction transaction(database());
    if (!transaction.ok()) {
        setError(database().lastError().text());
        return 0;
    }
    ConversationInfo shared = comparison.shared;
    shared.kind = ConversationKind::Comparison;
    shared.comparisonId = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!shared.createdAt.isValid())
        shared.createdAt = now;
    if (!shared.updatedAt.isValid())
        shared.updatedAt = shared.createdAt;
    shared.id = insertConversationRow(shared, 0, {});
    if (shared.id == 0)
        return 0;
    QList<ComparisonPane> stored = comparison.panes;
    for (int i = 0; i < stored.size(); ++i) {
        ComparisonPane &pane = stored[i];
        pane.position = i;
        ConversationInfo row = paneRow(shared, pane);
        row.createdAt = shared.createdAt;
        row.updatedAt = shared.updatedAt;
        row.messageCount = 0;
        row.id = insertConversationRow(row, i, pane.overrides);
        if (row.id == 0)
            return 0;
        pane.conversation = row;
    }
    if (!transaction.commit()) {
        setError(database().lastError().text());
        return 0;
    }
    shared.paneCount = int(stored.size());
    shared.messageCount = 0;
    comparison.shared = shared;
    comparison.panes = stored;
    if (transaction.outermost()) {
        Q_EMIT conversationsChanged();
        noteWrite();
    }
    return shared.id;
}

std::optional<Comparison> ConversationStore::comparison(qint64 id) const
{
    const auto shared = conversation(id);
    if (!shared)
        return std::nullopt;
    if (shared->kind != ConversationKind::Comparison) {
        setError(tr("conversation %1 is not a comparison").arg(id));
        return std::nullopt;
    }
    Comparison result;
    result.shared = *shared;
    QSqlQuery query(database());
    query.prepare(ConversationRows::select() +
                  QStringLiteral(" WHERE c.comparison_id = :id AND c.deleted_at IS NULL"
                                 " ORDER BY c.pane_position, c.id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        setError(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        ComparisonPane pane;
        pane.conversation = ConversationRows::read(query);
        pane.position = ConversationRows::panePosition(query);
        pane.overrides = ConversationRows::paneOverrides(query);
        result.panes.append(pane);
    }
    return result;
}

bool ConversationStore::updateComparison(const ConversationInfo &shared)
{
    const auto stored = conversation(shared.id);
    if (!stored)
        return false;
    if (stored->kind != ConversationKind::Comparison) {
        setError(tr("conversation %1 is not a comparison").arg(shared.id));
        return false;
    }
    // The comparison row has no model of its own; its kind never changes.
    ConversationInfo info = shared;
    info.kind = ConversationKind::Comparison;
    return updateConversation(info);
}

qint64 ConversationStore::addPane(qint64 comparisonId, const ComparisonPane &pane)
{
    const auto shared = conversation(comparisonId);
    if (!shared)
        return 0;
    if (shared->kind != ConversationKind::Comparison) {
        setError(tr("conversation %1 is not a comparison").arg(comparisonId));
        return 0;
    }
    if (shared->paneCount >= Comparison::MaxPanes) {
        setError(tr("a comparison has at most %1 panes").arg(Comparison::MaxPanes));
        return 0;
    }
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT coalesce(max(pane_position) + 1, 0) FROM conversations"
                                 " WHERE comparison_id = :id AND deleted_at IS NULL"));
    query.bindValue(QStringLiteral(":id"), comparisonId);
    if (!transaction.ok() || !query.exec() || !query.next()) {
        setError(query.lastError().text());
        return 0;
    }
    const int position = query.value(0).toInt();
    query.finish();
    ConversationInfo row = paneRow(*shared, pane);
    row.createdAt = QDateTime::currentDateTimeUtc();
    row.updatedAt = row.createdAt;
    const qint64 id = insertConversationRow(row, position, pane.overrides);
    if (id == 0 || !touchConversation(id) || !transaction.commit()) {
        if (id != 0)
            setError(database().lastError().text());
        return 0;
    }
    if (transaction.outermost()) {
        Q_EMIT conversationsChanged();
        noteWrite();
    }
    return id;
}

bool ConversationStore::writePane(const ConversationInfo &shared, const ComparisonPane &pane)
{
    const ConversationInfo row = paneRow(shared, pane);
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE conversations SET title = :title, system_prompt = :system_prompt,"
        " system_role = :system_role, profile_id = :profile_id, model = :model,"
        " parameters = :parameters, pinned = :pinned, pane_position = :position,"
        " pane_overrides = :overrides WHERE id = :id AND comparison_id = :comparison"));
    query.bindValue(QStringLiteral(":title"), notNull(row.title));
    query.bindValue(QStringLiteral(":system_prompt"), notNull(row.systemPrompt));
    query.bindValue(QStringLiteral(":system_role"), roleName(row.systemRole));
    query.bindValue(QStringLiteral(":profile_id"), notNull(row.profileId));
    query.bindValue(QStringLiteral(":model"), notNull(row.model));
    query.bindValue(QStringLiteral(":parameters"), compact(row.parameters));
    query.bindValue(QStringLiteral(":pinned"), row.pinned ? 1 : 0);
    query.bindValue(QStringLiteral(":position"), pane.position);
    query.bindValue(QStringLiteral(":overrides"), compact(pane.overrides.toJson()));
    query.bindValue(QStringLiteral(":id"), row.id);
    query.bindValue(QStringLiteral(":comparison"), shared.id);
    if (!query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        setError(tr("conversation %1 is not a pane of comparison %2").arg(row.id).arg(shared.id));
        return false;
    }
    return true;
}

bool ConversationStore::syncPanes(qint64 comparisonId)
{
    const auto stored = comparison(comparisonId);
    if (!stored)
        return false;
    for (const ComparisonPane &pane : stored->panes) {
        if (!writePane(stored->shared, pane))
            return false;
    }
    return true;
}

bool ConversationStore::updatePane(const ComparisonPane &pane)
{
    const auto row = conversation(pane.conversation.id);
    if (!row)
        return false;
    const auto shared = row->comparisonId > 0 ? conversation(row->comparisonId) : std::nullopt;
    if (!shared) {
        setError(tr("conversation %1 is not a pane of a comparison").arg(pane.conversation.id));
        return false;
    }
    StoreTransaction transaction(database());
    if (!transaction.ok()) {
        setError(database().lastError().text());
        return false;
    }
    if (!writePane(*shared, pane) || !touchConversation(row->id))
        return false;
    if (!transaction.commit()) {
        setError(database().lastError().text());
        return false;
    }
    if (transaction.outermost())
        Q_EMIT conversationsChanged();
    return true;
}

qint64 ConversationStore::continuePaneAsConversation(qint64 paneConversationId)
{
    const auto pane = conversation(paneConversationId);
    if (!pane)
        return 0;
    if (pane->comparisonId == 0) {
        setError(tr("conversation %1 is not a pane of a comparison").arg(paneConversationId));
        return 0;
    }
    ConversationInfo copy = *pane;
    copy.id = 0;
    copy.kind = ConversationKind::Conversation;
    copy.comparisonId = 0; // an ordinary conversation, listed on its own
    copy.pinned = false;
    copy.createdAt = QDateTime::currentDateTimeUtc();
    copy.updatedAt = copy.createdAt;
    QList<MessageRecord> records = messages(paneConversationId);
    for (MessageRecord &record : records)
        record.id = 0;
    return insertConversationWithMessages(copy, records);
}

bool ConversationStore::renumberPanes(qint64 comparisonId)
{
    const auto stored = comparison(comparisonId);
    if (!stored)
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE conversations SET pane_position = :position"
                                 " WHERE id = :id"));
    for (int i = 0; i < stored->panes.size(); ++i) {
        query.bindValue(QStringLiteral(":position"), i);
        query.bindValue(QStringLiteral(":id"), stored->panes.at(i).conversation.id);
        if (!query.exec()) {
            setError(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool ConversationStore::removePane(qint64 paneConversationId)
{
    const auto row = conversation(paneConversationId);
    if (!row)
        return false;
    const auto shared = row->comparisonId > 0 ? conversation(row->comparisonId) : std::nullopt;
    if (!shared) {
        setError(tr("conversation %1 is not a pane of a comparison").arg(paneConversationId));
        return false;
    }
    if (shared->paneCount <= Comparison::MinPanes) {
        setError(tr("a comparison keeps at least %1 panes").arg(Comparison::MinPanes));
        return false;
    }
    StoreTransaction transaction(database());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), paneConversationId);
    if (!transaction.ok() || !query.exec()) {
        setError(query.lastError().text());
        return false;
    }
    if (!removeOrphanAttachments() || !renumberPanes(shared->id) ||
        !touchConversation(shared->id) || !transaction.commit())
        return false;
    if (transaction.outermost()) {
        Q_EMIT conversationsChanged();
        noteWrite();
    }
    return true;
}

bool ConversationStore::setBlindState(qint64 comparisonId, BlindState state)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE conversations SET blind = ? WHERE id = ? AND kind = 'comparison'"));
    query.addBindValue(ConversationRows::blindStateName(state));
    query.addBindValue(comparisonId);
    if (!query.exec() || query.numRowsAffected() < 1) {
        setError(query.lastError().isValid() ? query.lastError().text()
                                             : tr("there is no comparison %1").arg(comparisonId));
        return false;
    }
    noteWrite();
    Q_EMIT conversationsChanged();
    return true;
}

bool ConversationStore::hidesModels(qint64 id) const
{
    const std::optional<ConversationInfo> info = conversation(id);
    if (!info)
        return false;
    if (info->comparisonId > 0)
        return hidesModels(info->comparisonId); // a pane names its comparison's model
    return info->blind == BlindState::Unvoted;
}

} // namespace Lineup
