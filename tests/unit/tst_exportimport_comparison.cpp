// Comparisons through export and import (Lineup JSON version 2, Markdown, OpenAI bodies), and
// version 1 files, against real SQLite stores.
#include "MiniSchema.h"
#include "StorageFixtures.h"

#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

MessageRecord textMessage(Role role, const QString &text, const QString &model = {})
{
    MessageRecord record;
    record.message = ChatMessage::fromText(role, text);
    record.model = model;
    record.createdAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    return record;
}

QJsonObject documentWith(const QJsonObject &entry, int version = 2)
{
    return {{QStringLiteral("format"), QStringLiteral("lineup.conversations")},
            {QStringLiteral("version"), version},
            {QStringLiteral("conversations"), QJsonArray{entry}}};
}

QJsonObject paneEntry(const QString &model)
{
    return {{QStringLiteral("title"), QStringLiteral("t")},
            {QStringLiteral("model"), model},
            {QStringLiteral("messages"), QJsonArray()}};
}

} // namespace

class TestExportImportComparison : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConversationStore> m_source;
    qint64 m_comparison = 0;
    qint64 m_conversation = 0;
    Comparison m_stored;

    std::unique_ptr<ConversationStore> openStore(const QString &name)
    {
        QString error;
        auto store = ConversationStore::open(m_dir.filePath(name), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    QByteArray exported(const QList<qint64> &ids, ExportFormat format)
    {
        QString error;
        const auto data = ConversationExporter(*m_source).exportConversations(ids, format, &error);
        if (!data)
            qWarning("%s", qPrintable(error));
        return data.value_or(QByteArray());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = openStore(QStringLiteral("source"));
        QVERIFY(m_source);
        Comparison comparison;
        comparison.shared.title = QStringLiteral("SSE explained");
        comparison.shared.systemPrompt = QStringLiteral("Be precise.");
        comparison.shared.parameters =
            QJsonObject{{QStringLiteral("temperature"), 0.5}, {QStringLiteral("seed"), 3}};
        comparison.shared.pinned = true;
        ComparisonPane left;
        left.conversation.profileId = QStringLiteral("cometapi");
        left.conversation.model = QStringLiteral("gpt-5");
        ComparisonPane right;
        right.conversation.profileId = QStringLiteral("ollama");
        right.conversation.model = QStringLiteral("llama3.2");
        right.overrides.parameters = QJsonObject{{QStringLiteral("temperature"), 1.0},
                                                 {QStringLiteral("seed"), QJsonValue()}};
        right.overrides.systemPrompt = QStringLiteral("Be brief.");
        comparison.panes = {left, right};
        m_comparison = m_source->createComparison(comparison);
        QVERIFY2(m_comparison > 0, qPrintable(m_source->lastError()));
        // Two turns; the second answer of the right pane failed.
        const QStringList answers{QStringLiteral("Left answer one."),
                                  QStringLiteral("Right answer one."),
                                  QStringLiteral("Left answer two.")};
        for (int pane = 0; pane < 2; ++pane) {
            const qint64 id = comparison.panes.at(pane).conversation.id;
            const QString model = comparison.panes.at(pane).conversation.model;
            QVERIFY(m_source->appendMessage(id, textMessage(Role::User, QStringLiteral("What is "
                                                                                       "SSE?"))));
            MessageRecord first = sampleAssistant(answers.at(pane));
            first.model = model;
            QVERIFY(m_source->appendMessage(id, first));
            QVERIFY(
                m_source->appendMessage(id, textMessage(Role::User, QStringLiteral("Shorter?"))));
            MessageRecord second = textMessage(Role::Assistant, answers.value(pane + 2), model);
            if (pane == 1) {
                second.message.parts.clear(); // failed before any output
                second.status = MessageStatus::Failed;
                second.error.kind = ApiError::Kind::Unauthorized;
                second.error.httpStatus = 401;
            }
            QVERIFY(m_source->appendMessage(id, second));
        }
        m_stored = *m_source->comparison(m_comparison);
        m_conversation = m_source->createConversation(sampleConversation(QStringLiteral("Plain")));
        QVERIFY(m_source->appendMessage(m_conversation, sampleUserTurn(QStringLiteral("Hi"))));
    }

    void lineupRoundTripKeepsTheComparisonWhole()
    {
        const QByteArray data = exported({m_comparison, m_conversation}, ExportFormat::Lineup);
        const QJsonObject document = QJsonDocument::fromJson(data).object();
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject entry = document.value(QStringLiteral("conversations"))[0].toObject();
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("comparison"));
        QCOMPARE(entry.value(QStringLiteral("panes")).toArray().size(), 2);

        auto target = openStore(QStringLiteral("roundtrip"));
        QString error;
        const auto ids =
            ConversationImporter(*target).importData(data, QStringLiteral("c.json"), &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->size(), 2);
        const auto info = target->conversation(ids->at(0));
        QCOMPARE(info->kind, ConversationKind::Comparison);
        QCOMPARE(info->paneCount, 2);
        QCOMPARE(target->conversation(ids->at(1))->kind, ConversationKind::Conversation);
        const auto copy = target->comparison(ids->at(0));
        QVERIFY(copy);
        QCOMPARE(copy->shared.title, m_stored.shared.title);
        QCOMPARE(copy->shared.systemPrompt, m_stored.shared.systemPrompt);
        QCOMPARE(copy->shared.parameters, m_stored.shared.parameters);
        QCOMPARE(copy->shared.pinned, true);
        QCOMPARE(copy->panes.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const ComparisonPane &before = m_stored.panes.at(i);
            const ComparisonPane &after = copy->panes.at(i);
            QCOMPARE(after.position, i);
            QCOMPARE(after.overrides, before.overrides);
            QCOMPARE(after.conversation.model, before.conversation.model);
            QCOMPARE(after.conversation.profileId, before.conversation.profileId);
            QCOMPARE(after.conversation.parameters, before.conversation.parameters);
            QCOMPARE(after.conversation.systemPrompt, before.conversation.systemPrompt);
            const QList<MessageRecord> original = m_source->messages(before.conversation.id);
            QList<MessageRecord> imported = target->messages(after.conversation.id);
            QCOMPARE(imported.size(), original.size());
            for (qsizetype m = 0; m < imported.size(); ++m) {
                imported[m].id = original.at(m).id;
                QVERIFY2(imported.at(m) == original.at(m), qPrintable(QString::number(m)));
            }
        }
        // The right pane leaves the seed out and answers at its own temperature.
        QVERIFY(!copy->panes.at(1).conversation.parameters.contains(QStringLiteral("seed")));
        QCOMPARE(copy->panes.at(1).conversation.systemPrompt, QStringLiteral("Be brief."));
    }

    void lineupExportMatchesTheSchema()
    {
        const QJsonObject schema = readSchema();
        QVERIFY(!schema.isEmpty());
        const QJsonObject document =
            QJsonDocument::fromJson(exported({m_comparison, m_conversation}, ExportFormat::Lineup))
                .object();
        const MiniSchema checker(schema);
        const QString violation = checker.validate(document, schema, QStringLiteral("$"));
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        // A comparison without panes is not one.
        QJsonObject entry = document.value(QStringLiteral("conversations"))[0].toObject();
        entry.remove(QStringLiteral("panes"));
        QVERIFY(!checker.validate(documentWith(entry), schema, QStringLiteral("$")).isEmpty());
    }

    void streamedBytesEqualTheDocument()
    {
        const auto data =
            ConversationExporter(*m_source).load({m_conversation, m_comparison}, nullptr);
        QVERIFY(data);
        QJsonObject written =
            QJsonDocument::fromJson(ConversationExporter::lineupBytes(*data)).object();
        QJsonObject expected = ConversationExporter::lineupDocument(*data);
        written.remove(QStringLiteral("exported_at"));
        expected.remove(QStringLiteral("exported_at"));
        QCOMPARE(written, expected);
    }

    void markdownHasSectionsPerTurnWithEveryPanesAnswer()
    {
        const QString text = QString::fromUtf8(exported({m_comparison}, ExportFormat::Markdown));
        QVERIFY2(text.startsWith(QStringLiteral("# SSE explained\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Comparison of 2 models")));
        QVERIFY(text.contains(QStringLiteral("Pane 2: llama3.2 (ollama), overrides `")));
        QVERIFY(text.contains(QStringLiteral("## System\n\nBe precise.")));
        // In reading order: turn 1 asked once, both answers; then turn 2.
        const QStringList order{QStringLiteral("## User (turn 1)\n\nWhat is SSE?"),
                                QStringLiteral("### gpt-5 (cometapi)"),
                                QStringLiteral("Left answer one."),
                                QStringLiteral("### llama3.2 (ollama)"),
                                QStringLiteral("Right answer one."),
                                QStringLiteral("## User (turn 2)\n\nShorter?"),
                                QStringLiteral("### gpt-5 (cometapi)"),
                                QStringLiteral("Left answer two."),
                                QStringLiteral("### llama3.2 (ollama)"),
                                QStringLiteral("> Error: ")};
        qsizetype at = 0;
        for (const QString &piece : order) {
            const qsizetype found = text.indexOf(piece, at);
            QVERIFY2(found >= 0, qPrintable(piece + QStringLiteral(" after ") +
                                            QString::number(at) + u'\n' + text));
            at = found + piece.size();
        }
        QCOMPARE(text.count(QStringLiteral("What is SSE?")), 1);
    }

    void openAiGivesOneBodyPerPane()
    {
        const QJsonDocument document =
            QJsonDocument::fromJson(exported({m_comparison}, ExportFormat::OpenAi));
        QVERIFY(document.isArray());
        const QJsonArray bodies = document.array();
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(0)[QStringLiteral("model")].toString(), QStringLiteral("gpt-5"));
        QCOMPARE(bodies.at(0)[QStringLiteral("temperature")].toDouble(), 0.5);
        QCOMPARE(bodies.at(1)[QStringLiteral("model")].toString(), QStringLiteral("llama3.2"));
        QCOMPARE(bodies.at(1)[QStringLiteral("temperature")].toDouble(), 1.0);
        QVERIFY(!bodies.at(1).toObject().contains(QStringLiteral("seed")));
        const QJsonArray left = bodies.at(0)[QStringLiteral("messages")].toArray();
        QCOMPARE(left.size(), 5); // system, user, assistant, user, assistant
        QCOMPARE(left.at(0)[QStringLiteral("content")].toString(), QStringLiteral("Be precise."));
        const QJsonArray right = bodies.at(1)[QStringLiteral("messages")].toArray();
        QCOMPARE(right.size(), 4); // the failed answer is left out
        QCOMPARE(right.at(0)[QStringLiteral("content")].toString(), QStringLiteral("Be brief."));
        // A comparison with a conversation: three bodies.
        QCOMPARE(
            QJsonDocument::fromJson(exported({m_comparison, m_conversation}, ExportFormat::OpenAi))
                .array()
                .size(),
            3);
    }

    void version1FilesStillImport()
    {
        auto target = openStore(QStringLiteral("v1"));
        QString error;
        const auto ids = ConversationImporter(*target).importFile(
            QStringLiteral(LINEUP_TEST_FIXTURES "/exports/lineup-v1.json"), &error);
        QVERIFY2(ids, qPrintable(error));
        QCOMPARE(ids->size(), 2);
        const auto trip = target->conversation(ids->at(0));
        QCOMPARE(trip->title, QStringLiteral("Trip plan"));
        QCOMPARE(trip->kind, ConversationKind::Conversation);
        QCOMPARE(trip->pinned, true);
        QCOMPARE(trip->systemPrompt, QStringLiteral("You are a travel agent."));
        QCOMPARE(trip->parameters.value(QStringLiteral("temperature")).toDouble(), 0.4);
        const QList<MessageRecord> messages = target->messages(ids->at(0));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).message.parts.size(), 2);
        QVERIFY(messages.at(0).message.parts.at(1).imageData.startsWith("\x89PNG"));
        QCOMPARE(messages.at(1).usage.completionTokens, 17);
        QCOMPARE(messages.at(1).timings.totalMs, 1400);
        QCOMPARE(messages.at(1).message.reasoning, QStringLiteral("Short trip, classic sights."));
        const QList<MessageRecord> broken = target->messages(ids->at(1));
        QCOMPARE(broken.at(1).status, MessageStatus::Failed);
        QCOMPARE(broken.at(1).error.kind, ApiError::Kind::Unauthorized);
        // The old file also passes the current schema (version 1 is still a valid version).
        QFile file(QStringLiteral(LINEUP_TEST_FIXTURES "/exports/lineup-v1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = readSchema();
        const QString violation = MiniSchema(schema).validate(
            QJsonDocument::fromJson(file.readAll()).object(), schema, QStringLiteral("$"));
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    void invalidComparisonsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("expected");
        const QJsonObject base{
            {QStringLiteral("kind"), QStringLiteral("comparison")},
            {QStringLiteral("title"), QStringLiteral("c")},
            {QStringLiteral("panes"),
             QJsonArray{paneEntry(QStringLiteral("a")), paneEntry(QStringLiteral("b"))}}};
        QJsonObject one = base;
        one.insert(QStringLiteral("panes"), QJsonArray{paneEntry(QStringLiteral("a"))});
        QTest::newRow("one pane") << documentWith(one)
                                  << QStringLiteral("$.conversations[0].panes: must hold 2 to 8 "
                                                    "panes");
        QJsonObject noPanes = base;
        noPanes.remove(QStringLiteral("panes"));
        QTest::newRow("no panes") << documentWith(noPanes)
                                  << QStringLiteral("$.conversations[0].panes: is required");
        QJsonObject badOverrides = base;
        QJsonObject pane = paneEntry(QStringLiteral("b"));
        pane.insert(QStringLiteral("overrides"), QStringLiteral("hot"));
        badOverrides.insert(QStringLiteral("panes"),
                            QJsonArray{paneEntry(QStringLiteral("a")), pane});
        QTest::newRow("overrides") << documentWith(badOverrides)
                                   << QStringLiteral("$.conversations[0].panes[1].overrides: must "
                                                     "be an object");
        QJsonObject paneWithoutMessages = base;
        QJsonObject bare = paneEntry(QStringLiteral("b"));
        bare.remove(QStringLiteral("messages"));
        paneWithoutMessages.insert(QStringLiteral("panes"),
                                   QJsonArray{paneEntry(QStringLiteral("a")), bare});
        QTest::newRow("pane messages")
            << documentWith(paneWithoutMessages)
            << QStringLiteral("$.conversations[0].panes[1].messages: is required");
        QJsonObject unknownKind = base;
        unknownKind.insert(QStringLiteral("kind"), QStringLiteral("arena"));
        QTest::newRow("kind") << documentWith(unknownKind)
                              << QStringLiteral("$.conversations[0].kind: must be "
                                                "\"conversation\" or \"comparison\"");
        QTest::newRow("version 3")
            << documentWith(base, 3)
            << QStringLiteral("$.version: version 3 is newer than this Lineup reads (2); update "
                              "Lineup");
    }

    void invalidComparisonsAreRefusedWithTheirPath()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, expected);
        auto target = openStore(QStringLiteral("invalid"));
        const int before = int(target->conversations().size());
        QString error;
        const auto ids = ConversationImporter(*target).importData(
            QJsonDocument(document).toJson(), QStringLiteral("bad.json"), &error);
        QVERIFY(!ids);
        QCOMPARE(error, QStringLiteral("bad.json: ") + expected);
        QCOMPARE(int(target->conversations().size()), before); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestExportImportComparison)
#include "tst_exportimport_comparison.moc"
