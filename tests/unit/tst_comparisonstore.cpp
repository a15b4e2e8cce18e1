// Comparisons in ConversationStore against a real SQLite file: a comparison row with its panes,
// each pane an ordinary conversation (messages, search) that the history lists only through its
// comparison.
#include "StorageFixtures.h"

#include "comparison/Comparison.h"
#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

ComparisonPane pane(const QString &profile, const QString &model,
                    const PaneOverrides &overrides = {})
{
    ComparisonPane result;
    result.conversation.profileId = profile;
    result.conversation.model = model;
    result.overrides = overrides;
    return result;
}

Comparison sampleComparison(int panes = 3)
{
    Comparison comparison;
    comparison.shared.systemPrompt = QStringLiteral("Answer briefly.");
    comparison.shared.parameters =
        QJsonObject{{QStringLiteral("temperature"), 0.7}, {QStringLiteral("max_tokens"), 400}};
    const QStringList models{QStringLiteral("gpt-5"),    QStringLiteral("anthropic/claude-sonnet"),
                             QStringLiteral("llama3.2"), QStringLiteral("m4"),
                             QStringLiteral("m5"),       QStringLiteral("m6"),
                             QStringLiteral("m7"),       QStringLiteral("m8"),
                             QStringLiteral("m9")};
    for (int i = 0; i < panes; ++i)
        comparison.panes.append(pane(QStringLiteral("profile-%1").arg(i), models.at(i)));
    return comparison;
}

} // namespace

class TestComparisonStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    int m_serial = 0;

    std::unique_ptr<ConversationStore> openStore()
    {
        QString error;
        auto store = ConversationStore::open(m_home.filePath(QString::number(++m_serial)), &error);
        if (!store)
            qWarning("open failed: %s", qPrintable(error));
        return store;
    }

    static qint64 count(ConversationStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void createsComparisonWithPanes()
    {
        auto store = openStore();
        QVERIFY(store);
        Comparison comparison = sampleComparison();
        comparison.panes[1].overrides.parameters =
            QJsonObject{{QStringLiteral("temperature"), 0.1}};
        comparison.panes[2].overrides.systemPrompt = QStringLiteral("Answer in French.");
        QSignalSpy changed(store.get(), &ConversationStore::conversationsChanged);
        const qint64 id = store->createComparison(comparison);
        QVERIFY2(id > 0, qPrintable(store->lastError()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(comparison.id(), id);
        QCOMPARE(comparison.shared.kind, ConversationKind::Comparison);
        QCOMPARE(comparison.shared.paneCount, 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(comparison.panes[i].conversation.id > 0);
            QCOMPARE(comparison.panes[i].conversation.comparisonId, id);
            QCOMPARE(comparison.panes[i].position, i);
        }
        // What was filled in is what each pane sends.
        QCOMPARE(comparison.panes[1].conversation.parameters.value(QStringLiteral("temperature")),
                 QJsonValue(0.1));
        QCOMPARE(comparison.panes[2].conversation.systemPrompt,
                 QStringLiteral("Answer in French."));

        const auto stored = store->comparison(id);
        QVERIFY(stored);
        QCOMPARE(stored->shared.systemPrompt, QStringLiteral("Answer briefly."));
        QCOMPARE(stored->shared.parameters, comparison.shared.parameters);
        QCOMPARE(stored->panes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const ComparisonPane &p = stored->panes[i];
            QCOMPARE(p.position, i);
            QCOMPARE(p.conversation.id, comparison.panes[i].conversation.id);
            QCOMPARE(p.conversation.model, comparison.panes[i].conversation.model);
            QCOMPARE(p.conversation.profileId, QStringLiteral("profile-%1").arg(i));
            QCOMPARE(p.conversation.kind, ConversationKind::Conversation);
            QCOMPARE(p.conversation.comparisonId, id);
            QCOMPARE(p.overrides, comparison.panes[i].overrides);
        }
        // The pane's own row carries its effective settings, so export and usage need nothing new.
        const auto frenchPane = store->conversation(stored->panes[2].conversation.id);
        QVERIFY(frenchPane);
        QCOMPARE(frenchPane->systemPrompt, QStringLiteral("Answer in French."));
        QCOMPARE(frenchPane->parameters, comparison.shared.parameters);
        QCOMPARE(frenchPane->comparisonId, id);
        const auto coldPane = store->conversation(stored->panes[1].conversation.id);
        QCOMPARE(coldPane->parameters.value(QStringLiteral("temperature")), QJsonValue(0.1));
        QCOMPARE(coldPane->parameters.value(QStringLiteral("max_tokens")), QJsonValue(400));
        QCOMPARE(coldPane->systemPrompt, QStringLiteral("Answer briefly."));
        // A plain conversation is not a comparison.
        const qint64 plain = store->createConversation(sampleConversation(QStringLiteral("x")));
        QVERIFY(!store->comparison(plain));
    }

    void refusesPaneCountsOutsideTwoToEight()
    {
        auto store = openStore();
        Comparison one = sampleComparison(1);
        QCOMPARE(store->createComparison(one), 0);
        QVERIFY(store->lastError().contains(QStringLiteral("2 to 8")));
        Comparison nine = sampleComparison(9);
        QCOMPARE(store->createComparison(nine), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM conversations")), 0);
        Comparison eight = sampleComparison(8);
        QVERIFY(store->createComparison(eight) > 0);
        QCOMPARE(store->addPane(eight.id(), pane(QStringLiteral("p"), QStringLiteral("m9"))), 0);
        QCOMPARE(store->comparison(eight.id())->panes.size(), 8);
    }

    void listsComparisonsButNeverPanes()
    {
        auto store = openStore();
        const qint64 plain =
            store->createConversation(sampleConversation(QStringLiteral("Plain chat")));
        QVERIFY(store->appendMessage(plain, sampleUserTurn(QStringLiteral("hello"))) > 0);
        Comparison comparison = sampleComparison(3);
        const qint64 id = store->createComparison(comparison);
        QVERIFY(id > 0);
        // Two turns in pane 0, one in pane 2.
        for (const qint64 paneId :
             {comparison.panes[0].conversation.id, comparison.panes[2].conversation.id}) {
            QVERIFY(store->appendMessage(paneId, sampleUserTurn(QStringLiteral("Which is best?"))) >
                    0);
        }
        QVERIFY(store->appendMessage(comparison.panes[0].conversation.id,
                                     sampleAssistant(QStringLiteral("Mine."))) > 0);

        const QList<ConversationInfo> listed = store->conversations();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].id, id); // updated last
        QCOMPARE(listed[0].kind, ConversationKind::Comparison);
        QCOMPARE(listed[0].paneCount, 3);
        QCOMPARE(listed[0].messageCount, 3);
        QCOMPARE(listed[1].id, plain);
        QCOMPARE(listed[1].kind, ConversationKind::Conversation);
        QCOMPARE(listed[1].paneCount, 0);
        QCOMPARE(listed[1].messageCount, 1);

        // conversation(id) works for the comparison and for a pane.
        const auto whole = store->conversation(id);
        QVERIFY(whole);
        QCOMPARE(whole->kind, ConversationKind::Comparison);
        QCOMPARE(whole->messageCount, 3);
        const auto first = store->conversation(comparison.panes[0].conversation.id);
        QVERIFY(first);
        QCOMPARE(first->messageCount, 2);
        QCOMPARE(first->comparisonId, id);
        QCOMPARE(store->messages(comparison.panes[0].conversation.id).size(), 2);
    }

    void firstPromptTitlesTheComparisonAndItsPanes()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(2);
        const qint64 id = store->createComparison(comparison);
        QVERIFY(store->appendMessage(comparison.panes[1].conversation.id,
                                     sampleUserTurn(QStringLiteral("Compare sorting algorithms"))) >
                0);
        QCOMPARE(store->conversation(id)->title, QStringLiteral("Compare sorting algorithms"));
        const auto stored = store->comparison(id);
        for (const ComparisonPane &p : stored->panes)
            QCOMPARE(p.conversation.title, QStringLiteral("Compare sorting algorithms"));
    }

    void paneMessagesTouchTheComparison()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(2);
        comparison.shared.createdAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        comparison.shared.updatedAt = comparison.shared.createdAt;
        const qint64 id = store->createComparison(comparison);
        const qint64 older = store->createConversation(sampleConversation(QStringLiteral("older")));
        QCOMPARE(store->conversations().first().id, older);
        QCOMPARE(store->conversation(id)->updatedAt.toMSecsSinceEpoch(), 1000);

        MessageRecord answer = sampleAssistant(QStringLiteral("streaming…"));
        answer.status = MessageStatus::Streaming;
        const qint64 message = store->appendMessage(comparison.panes[0].conversation.id, answer);
        QVERIFY(message > 0);
        const qint64 afterAppend = store->conversation(id)->updatedAt.toMSecsSinceEpoch();
        QVERIFY(afterAppend > 1000);
        QCOMPARE(store->conversations().first().id, id);

        // A checkpoint of the streaming answer touches it again.
        QSqlQuery reset(store->database());
        QVERIFY(reset.exec(
            QStringLiteral("UPDATE conversations SET updated_at = 5 WHERE id = %1").arg(id)));
        answer.id = message;
        answer.status = MessageStatus::Complete;
        QVERIFY(store->updateMessage(answer));
        QVERIFY(store->conversation(id)->updatedAt.toMSecsSinceEpoch() > 5);
    }

    void renamePinDeleteRestoreActOnTheWhole()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(3);
        const qint64 id = store->createComparison(comparison);
        QVERIFY(store->appendMessage(comparison.panes[0].conversation.id,
                                     sampleUserTurn(QStringLiteral("zebra facts"))) > 0);

        QVERIFY(store->renameConversation(id, QStringLiteral("Zebras, three ways")));
        QVERIFY(store->setPinned(id, true));
        auto stored = store->comparison(id);
        QCOMPARE(stored->shared.title, QStringLiteral("Zebras, three ways"));
        QVERIFY(stored->shared.pinned);
        for (const ComparisonPane &p : stored->panes) {
            QCOMPARE(p.conversation.title, QStringLiteral("Zebras, three ways"));
            QCOMPARE(p.overrides, PaneOverrides{});
        }

        QVERIFY(store->deleteConversation(id));
        QVERIFY(store->conversations().isEmpty());
        QVERIFY(!store->comparison(id));
        QVERIFY(!store->conversation(comparison.panes[1].conversation.id));
        QVERIFY(store->search(QStringLiteral("zebra")).isEmpty());

        QVERIFY(store->restoreConversation(id));
        stored = store->comparison(id);
        QVERIFY(stored);
        QCOMPARE(stored->panes.size(), 3);
        QCOMPARE(store->search(QStringLiteral("zebra")).size(), 1);
        QCOMPARE(store->conversations().size(), 1);

        // Purge takes the panes and their messages with it.
        QVERIFY(store->deleteConversation(id));
        QVERIFY(store->purgeDeleted());
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM conversations")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM messages")), 0);
    }

    void deletingPermanentlyCascadesToPanes()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(2);
        const qint64 id = store->createComparison(comparison);
        QVERIFY(store->appendMessage(comparison.panes[1].conversation.id,
                                     sampleUserTurn(QStringLiteral("hi"), true)) > 0);
        const qint64 keep = store->createConversation(sampleConversation(QStringLiteral("keep")));
        QVERIFY(store->appendMessage(keep, sampleUserTurn(QStringLiteral("kept"))) > 0);
        QVERIFY(store->deleteConversationPermanently(id));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM conversations")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attachments")), 0);
    }

    void searchHitInPaneNamesComparisonAndPane()
    {
        auto store = openStore();
        const qint64 plain = store->createConversation(sampleConversation(QStringLiteral("Plain")));
        QVERIFY(store->appendMessage(plain, sampleUserTurn(QStringLiteral("quokka in a chat"))) >
                0);
        Comparison comparison = sampleComparison(2);
        comparison.shared.title = QStringLiteral("Marsupials");
        const qint64 id = store->createComparison(comparison);
        const qint64 second = comparison.panes[1].conversation.id;
        QVERIFY(store->appendMessage(second, sampleAssistant(QStringLiteral("The quokka smiles"))) >
                0);
        QVERIFY(store->appendMessage(
                    second, sampleAssistant(QStringLiteral("袋鼠和短尾矮袋鼠 quokka"))) > 0);

        const QList<SearchHit> hits = store->search(QStringLiteral("quokka"));
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].conversationId, id);
        QCOMPARE(hits[0].paneConversationId, second);
        QCOMPARE(hits[0].title, QStringLiteral("Marsupials"));
        QCOMPARE(hits[2].conversationId, plain);
        QCOMPARE(hits[2].paneConversationId, 0);
        QCOMPARE(hits[2].title, QStringLiteral("Plain"));

        // The substring path (CJK words) reports it the same way.
        const QList<SearchHit> cjk = store->search(QStringLiteral("袋鼠"));
        QCOMPARE(cjk.size(), 1);
        QCOMPARE(cjk[0].conversationId, id);
        QCOMPARE(cjk[0].paneConversationId, second);
        QCOMPARE(cjk[0].title, QStringLiteral("Marsupials"));
    }

    void updateComparisonDerivesPaneSettings()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(2);
        comparison.panes[1].overrides.parameters = QJsonObject{
            {QStringLiteral("temperature"), 0.0}, {QStringLiteral("max_tokens"), QJsonValue::Null}};
        const qint64 id = store->createComparison(comparison);
        ConversationInfo shared = store->conversation(id).value();
        shared.systemPrompt = QStringLiteral("Think step by step.");
        shared.systemRole = Role::Developer;
        shared.parameters = QJsonObject{{QStringLiteral("temperature"), 1.0},
                                        {QStringLiteral("max_tokens"), 50},
                                        {QStringLiteral("top_p"), 0.9}};
        QVERIFY(store->updateComparison(shared));

        const auto first = store->conversation(comparison.panes[0].conversation.id);
        QCOMPARE(first->systemPrompt, QStringLiteral("Think step by step."));
        QCOMPARE(first->systemRole, Role::Developer);
        QCOMPARE(first->parameters, shared.parameters);
        const auto second = store->conversation(comparison.panes[1].conversation.id);
        QCOMPARE(second->parameters, (QJsonObject{{QStringLiteral("temperature"), 0.0},
                                                  {QStringLiteral("top_p"), 0.9}}));
        QCOMPARE(store->comparison(id)->panes[1].overrides, comparison.panes[1].overrides);
        // Only a comparison is updated as one.
        const qint64 plain = store->createConversation(sampleConversation(QStringLiteral("p")));
        ConversationInfo plainInfo = store->conversation(plain).value();
        QVERIFY(!store->updateComparison(plainInfo));
    }

    void addUpdateRemovePanes()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(2);
        const qint64 id = store->createComparison(comparison);
        PaneOverrides hot;
        hot.parameters = QJsonObject{{QStringLiteral("temperature"), 1.5}};
        const qint64 added =
            store->addPane(id, pane(QStringLiteral("local"), QStringLiteral("llama3.2"), hot));
        QVERIFY2(added > 0, qPrintable(store->lastError()));
        auto stored = store->comparison(id);
        QCOMPARE(stored->panes.size(), 3);
        QCOMPARE(stored->panes[2].conversation.id, added);
        QCOMPARE(stored->panes[2].position, 2);
        QCOMPARE(stored->panes[2].overrides, hot);
        QCOMPARE(stored->panes[2].conversation.parameters.value(QStringLiteral("temperature")),
                 QJsonValue(1.5));
        QCOMPARE(store->conversation(id)->paneCount, 3);

        // Change the first pane's model and give it a prompt of its own.
        ComparisonPane first = stored->panes[0];
        first.conversation.model = QStringLiteral("gpt-5-mini");
        first.overrides.systemPrompt = QStringLiteral("Be terse.");
        QVERIFY(store->updatePane(first));
        stored = store->comparison(id);
        QCOMPARE(stored->panes[0].conversation.model, QStringLiteral("gpt-5-mini"));
        QCOMPARE(stored->panes[0].conversation.systemPrompt, QStringLiteral("Be terse."));
        QCOMPARE(stored->panes[0].overrides.systemPrompt,
                 std::optional<QString>(QStringLiteral("Be terse.")));
        // A plain conversation is no pane.
        ComparisonPane stranger;
        stranger.conversation.id =
            store->createConversation(sampleConversation(QStringLiteral("s")));
        QVERIFY(!store->updatePane(stranger));
        QVERIFY(!store->removePane(stranger.conversation.id));

        // Removing the middle pane renumbers the rest; two always stay.
        QVERIFY(store->appendMessage(stored->panes[1].conversation.id,
                                     sampleUserTurn(QStringLiteral("gone soon"))) > 0);
        QVERIFY(store->removePane(stored->panes[1].conversation.id));
        stored = store->comparison(id);
        QCOMPARE(stored->panes.size(), 2);
        QCOMPARE(stored->panes[0].position, 0);
        QCOMPARE(stored->panes[1].position, 1);
        QCOMPARE(stored->panes[1].conversation.id, added);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM messages")), 0);
        QVERIFY(!store->removePane(added));
        QVERIFY(store->lastError().contains(QStringLiteral("at least 2")));
        QCOMPARE(store->comparison(id)->panes.size(), 2);
    }

    void importWritesPaneThroughOrdinaryCalls()
    {
        // The import path: a comparison row, panes written with their messages in bulk, then
        // their positions and overrides.
        auto store = openStore();
        QVERIFY(store->inTransaction([&] {
            ConversationInfo shared = sampleConversation(QStringLiteral("Imported"));
            shared.kind = ConversationKind::Comparison;
            const qint64 id = store->createConversation(shared);
            for (int i = 0; i < 2; ++i) {
                ConversationInfo paneInfo = sampleConversation(QStringLiteral("Imported"));
                paneInfo.comparisonId = id;
                paneInfo.model = QStringLiteral("model-%1").arg(i);
                ComparisonPane p;
                p.conversation.id = store->insertConversationWithMessages(
                    paneInfo,
                    {sampleUserTurn(QStringLiteral("q")), sampleAssistant(QStringLiteral("a"))});
                p.conversation.model = paneInfo.model;
                p.position = 1 - i;
                if (p.conversation.id == 0 || !store->updatePane(p))
                    return false;
            }
            return true;
        }));
        const QList<ConversationInfo> listed = store->conversations();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].kind, ConversationKind::Comparison);
        QCOMPARE(listed[0].messageCount, 4);
        const auto stored = store->comparison(listed[0].id);
        QCOMPARE(stored->panes.size(), 2);
        QCOMPARE(stored->panes[0].conversation.model, QStringLiteral("model-1"));
        QCOMPARE(stored->panes[1].conversation.model, QStringLiteral("model-0"));
    }
    void continueWithOnePaneAsAConversation()
    {
        auto store = openStore();
        Comparison comparison = sampleComparison(2);
        comparison.panes[1].overrides.systemPrompt = QStringLiteral("Pane prompt.");
        const qint64 id = store->createComparison(comparison);
        const qint64 paneId = comparison.panes[1].conversation.id;
        QVERIFY(store->appendMessage(paneId, sampleUserTurn(QStringLiteral("draw it"), true)) > 0);
        QVERIFY(store->appendMessage(paneId, sampleAssistant(QStringLiteral("a picture"))) > 0);

        const qint64 copy = store->continuePaneAsConversation(paneId);
        QVERIFY2(copy > 0, qPrintable(store->lastError()));
        const auto info = store->conversation(copy);
        QCOMPARE(info->kind, ConversationKind::Conversation);
        QCOMPARE(info->comparisonId, 0);
        QCOMPARE(info->title, QStringLiteral("draw it"));
        QCOMPARE(info->model, comparison.panes[1].conversation.model);
        QCOMPARE(info->systemPrompt, QStringLiteral("Pane prompt."));
        QCOMPARE(info->parameters, comparison.shared.parameters);
        const QList<MessageRecord> copied = store->messages(copy);
        const QList<MessageRecord> original = store->messages(paneId);
        QCOMPARE(copied.size(), 2);
        QCOMPARE(copied[0].message.parts[1].imageData, tinyPng());
        QCOMPARE(copied[1].message, original[1].message);
        QCOMPARE(copied[1].usage, original[1].usage);
        // Listed on its own next to the comparison, which keeps its pane.
        QCOMPARE(store->conversations().size(), 2);
        QCOMPARE(store->comparison(id)->panes.size(), 2);
        QCOMPARE(store->messages(paneId).size(), 2);
        QCOMPARE(store->continuePaneAsConversation(copy), 0);
    }
};

QTEST_GUILESS_MAIN(TestComparisonStore)
#include "tst_comparisonstore.moc"
