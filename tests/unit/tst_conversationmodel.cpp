#include "chat/ConversationModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lineup;

namespace {

MessageRecord textRecord(Role role, const QString &text)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(role, text);
    return record;
}

StreamDelta contentDelta(const QString &text, int choice = 0)
{
    StreamDelta delta;
    delta.choiceIndex = choice;
    delta.content = text;
    return delta;
}

} // namespace

class TestConversationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndData()
    {
        ConversationModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        MessageRecord record = textRecord(Role::User, QStringLiteral("hello"));
        record.model = QStringLiteral("gpt-x");
        record.status = MessageStatus::Stopped;
        QCOMPARE(model.append(record), 0);
        QCOMPARE(model.append(textRecord(Role::Assistant, QStringLiteral("hi"))), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, Qt::DisplayRole).toString(), QStringLiteral("hello"));
        QCOMPARE(model.data(first, ConversationModel::TextRole).toString(),
                 QStringLiteral("hello"));
        QCOMPARE(model.data(first, ConversationModel::RoleRole).toString(), QStringLiteral("user"));
        QCOMPARE(model.data(first, ConversationModel::StatusRole).toString(),
                 QStringLiteral("stopped"));
        QCOMPARE(model.data(first, ConversationModel::ModelRole).toString(),
                 QStringLiteral("gpt-x"));
        QVERIFY(!model.data(model.index(5), Qt::DisplayRole).isValid());
        QCOMPARE(model.rowCount(first), 0); // a list: children have no rows
        QVERIFY(model.roleNames().contains(ConversationModel::TextRole));
        QCOMPARE(model.record(1).message.text(), QStringLiteral("hi"));
    }

    void replaceRemoveTruncateReset()
    {
        ConversationModel model;
        for (int i = 0; i < 5; ++i)
            model.append(textRecord(Role::User, QString::number(i)));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.replace(2, textRecord(Role::Assistant, QStringLiteral("two")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.record(2).message.text(), QStringLiteral("two"));
        model.replace(9, textRecord(Role::User, QStringLiteral("ignored")));
        QCOMPARE(changed.count(), 1);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.remove(0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.record(0).message.text(), QStringLiteral("1"));
        model.truncate(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.last().at(1).toInt(), 2);
        QCOMPARE(removed.last().at(2).toInt(), 3);
        model.truncate(10); // nothing to drop
        QCOMPARE(removed.count(), 2);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRecords({textRecord(Role::User, QStringLiteral("a"))});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.records().first().message.text(), QStringLiteral("a"));
    }

    void appendDeltaGrowsTextAndAnnouncesOnlyTheDelta()
    {
        ConversationModel model;
        MessageRecord answer;
        answer.message.role = Role::Assistant;
        answer.status = MessageStatus::Streaming;
        const int row = model.append(answer);
        QSignalSpy deltas(&model, &ConversationModel::deltaAppended);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendDelta(row, contentDelta(QStringLiteral("Hel")));
        model.appendDelta(row, contentDelta(QStringLiteral("lo")));
        StreamDelta reasoning;
        reasoning.reasoning = QStringLiteral("thinking");
        reasoning.refusal = QStringLiteral("no");
        model.appendDelta(row, reasoning);
        QCOMPARE(model.record(row).message.text(), QStringLiteral("Hello"));
        QCOMPARE(model.record(row).message.parts.size(), 1); // one part, not one per chunk
        QCOMPARE(model.record(row).message.reasoning, QStringLiteral("thinking"));
        QCOMPARE(model.record(row).message.refusal, QStringLiteral("no"));
        QCOMPARE(deltas.count(), 3);
        QCOMPARE(deltas.at(1).at(0).toInt(), row);
        QCOMPARE(deltas.at(1).at(1).value<StreamDelta>().content, QStringLiteral("lo"));
        QCOMPARE(changed.count(), 0); // streaming is announced by deltaAppended only

        model.appendDelta(7, contentDelta(QStringLiteral("x"))); // out of range: ignored
        QCOMPARE(deltas.count(), 3);
    }

    void appendDeltaAfterImagePartStartsATextPart()
    {
        ConversationModel model;
        MessageRecord record;
        record.message.role = Role::User;
        record.message.parts.append(ContentPart::fromImageData("png", QStringLiteral("image/png")));
        model.append(record);
        model.appendDelta(0, contentDelta(QStringLiteral("caption")));
        QCOMPARE(model.record(0).message.parts.size(), 2);
        QCOMPARE(model.record(0).message.text(), QStringLiteral("caption"));
    }

    void choicesGoToAlternatives()
    {
        ConversationModel model;
        MessageRecord answer;
        answer.message.role = Role::Assistant;
        model.append(answer);
        model.appendDelta(0, contentDelta(QStringLiteral("third"), 2));
        model.appendDelta(0, contentDelta(QStringLiteral("first"), 0));
        model.appendDelta(0, contentDelta(QStringLiteral("second"), 1));
        const MessageRecord &record = model.record(0);
        QCOMPARE(record.message.text(), QStringLiteral("first"));
        QCOMPARE(record.alternatives.size(), 2);
        QCOMPARE(record.alternatives.at(0).text(), QStringLiteral("second"));
        QCOMPARE(record.alternatives.at(1).text(), QStringLiteral("third"));
        QCOMPARE(record.alternatives.at(1).role, Role::Assistant);
    }

    void setToolCallsAnnouncesChange()
    {
        ConversationModel model;
        MessageRecord answer;
        answer.message.role = Role::Assistant;
        model.append(answer);
        QSignalSpy deltas(&model, &ConversationModel::deltaAppended);
        ToolCall call;
        call.id = QStringLiteral("call_1");
        call.name = QStringLiteral("get_weather");
        call.arguments = QStringLiteral("{\"city\":\"Oslo\"}");
        model.setToolCalls(0, 0, {call});
        model.setToolCalls(0, 1, {call});
        QCOMPARE(model.record(0).message.toolCalls.size(), 1);
        QCOMPARE(model.record(0).message.toolCalls.first().name, QStringLiteral("get_weather"));
        QCOMPARE(model.record(0).alternatives.size(), 1);
        QCOMPARE(model.record(0).alternatives.first().toolCalls.size(), 1);
        QCOMPARE(deltas.count(), 2);
        QVERIFY(deltas.first().at(1).value<StreamDelta>().toolCallsChanged);
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
