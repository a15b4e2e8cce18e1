#pragma once

// Small helpers several suites share: a finished text message as the chat view shows it, and the
// (role, text) turns of a request body for compact comparisons.
#include "chat/MessageRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Lineup::Test {

inline MessageRecord textRecord(Role role, const QString &text,
                                MessageStatus status = MessageStatus::Complete)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(role, text);
    record.status = status;
    record.model = QStringLiteral("test-model");
    record.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    return record;
}

using Turns = QList<QPair<QString, QString>>;

inline QPair<QString, QString> turn(const char *role, const char *text)
{
    return {QString::fromUtf8(role), QString::fromUtf8(text)};
}

inline Turns sentMessages(const QJsonObject &body)
{
    Turns result;
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject object = value.toObject();
        result.append({object.value(QStringLiteral("role")).toString(),
                       object.value(QStringLiteral("content")).toString()});
    }
    return result;
}

} // namespace Lineup::Test
