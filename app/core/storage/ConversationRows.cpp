#include "storage/ConversationRows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QVariant>

namespace Lineup::ConversationRows {

namespace {

enum Column {
    Id,
    Title,
    SystemPrompt,
    SystemRole,
    ProfileId,
    Model,
    Parameters,
    Pinned,
    CreatedAt,
    UpdatedAt,
    MessageCount,
    Kind,
    ComparisonId,
    PaneCount,
    PanePosition,
    PaneOverridesJson,
    Blind,
};

const QLatin1String ComparisonKind("comparison");

} // namespace

QString select()
{
    // Counts are subqueries over indexed columns (messages_by_conversation,
    // conversations_by_comparison), so a listing costs one index probe per row and kind.
    return QStringLiteral(
        "SELECT c.id, c.title, c.system_prompt, c.system_role, c.profile_id,"
        " c.model, c.parameters, c.pinned, c.created_at, c.updated_at,"
        " CASE WHEN c.kind = 'comparison' THEN"
        "  (SELECT count(*) FROM conversations p JOIN messages m ON m.conversation_id = p.id"
        "   WHERE p.comparison_id = c.id AND p.deleted_at IS NULL)"
        " ELSE (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) END,"
        " c.kind, c.comparison_id,"
        " CASE WHEN c.kind = 'comparison' THEN"
        "  (SELECT count(*) FROM conversations p"
        "   WHERE p.comparison_id = c.id AND p.deleted_at IS NULL)"
        " ELSE 0 END,"
        " c.pane_position, c.pane_overrides, c.blind"
        " FROM conversations c");
}

ConversationInfo read(const QSqlQuery &query)
{
    ConversationInfo info;
    info.id = query.value(Id).toLongLong();
    info.title = query.value(Title).toString();
    info.systemPrompt = query.value(SystemPrompt).toString();
    info.systemRole = query.value(SystemRole).toString() == QLatin1String("developer")
                          ? Role::Developer
                          : Role::System;
    info.profileId = query.value(ProfileId).toString();
    info.model = query.value(Model).toString();
    info.parameters = QJsonDocument::fromJson(query.value(Parameters).toString().toUtf8()).object();
    info.pinned = query.value(Pinned).toBool();
    info.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(CreatedAt).toLongLong(), Qt::UTC);
    info.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(UpdatedAt).toLongLong(), Qt::UTC);
    info.messageCount = query.value(MessageCount).toInt();
    info.kind = query.value(Kind).toString() == ComparisonKind ? ConversationKind::Comparison
                                                               : ConversationKind::Conversation;
    info.comparisonId = query.value(ComparisonId).toLongLong();
    info.paneCount = query.value(PaneCount).toInt();
    info.blind = blindStateFromName(query.value(Blind).toString());
    return info;
}

int panePosition(const QSqlQuery &query)
{
    return query.value(PanePosition).toInt();
}

PaneOverrides paneOverrides(const QSqlQuery &query)
{
    return PaneOverrides::fromJson(
        QJsonDocument::fromJson(query.value(PaneOverridesJson).toString().toUtf8()).object());
}

QString kindName(ConversationKind kind)
{
    return kind == ConversationKind::Comparison ? QString(ComparisonKind)
                                                : QStringLiteral("conversation");
}

QString blindStateName(BlindState state)
{
    switch (state) {
    case BlindState::None:
        break;
    case BlindState::Unvoted:
        return QStringLiteral("unvoted");
    case BlindState::Voted:
        return QStringLiteral("voted");
    }
    return QStringLiteral("");
}

BlindState blindStateFromName(const QString &name)
{
    if (name == QLatin1String("unvoted"))
        return BlindState::Unvoted;
    if (name == QLatin1String("voted"))
        return BlindState::Voted;
    return BlindState::None;
}

} // namespace Lineup::ConversationRows
