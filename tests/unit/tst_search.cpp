// Full-text search (FTS5) over stored messages.
#include "StorageFixtures.h"

#include "storage/ConversationStore.h"

#include <QtTest>

using namespace Lineup;
using namespace Lineup::Test;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_travel = 0;
    qint64 m_cooking = 0;
    QHash<QString, qint64> m_ids;

    qint64 add(qint64 conversation, Role role, const QString &text, const QString &reasoning = {})
    {
        MessageRecord record;
        record.message = ChatMessage::fromText(role, text);
        record.message.reasoning = reasoning;
        const qint64 id = m_store->appendMessage(conversation, record);
        m_ids.insert(text.left(12), id);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_store = ConversationStore::open(m_dir.path(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_travel = m_store->createConversation(sampleConversation(QStringLiteral("Travel")));
        m_cooking = m_store->createConversation(sampleConversation(QStringLiteral("Cooking")));
        add(m_travel, Role::User, QStringLiteral("Plan a trip to Zürich and the zebra museum"));
        add(m_travel, Role::Assistant,
            QStringLiteral(
                "Day one: walk the old town. Day two: the lake. Day three: a café by the river."),
            QStringLiteral("The user likes museums; propose the Landesmuseum."));
        add(m_cooking, Role::User, QStringLiteral("How long do I boil an egg?"));
        add(m_cooking, Role::Assistant,
            QStringLiteral("About nine minutes for a hard-boiled egg."));
        add(m_cooking, Role::User, QStringLiteral("你好世界，煮鸡蛋"));
        add(m_cooking, Role::User, QStringLiteral("Use \"quotes\" OR stars* and NEAR(x y) -minus"));
    }

    void findsAndHighlights()
    {
        const QList<SearchHit> hits = m_store->search(QStringLiteral("zebra"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QCOMPARE(hit.conversationId, m_travel);
        QCOMPARE(hit.title, QStringLiteral("Travel"));
        QCOMPARE(hit.role, Role::User);
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second),
                 QStringLiteral("zebra"));
        QCOMPARE(hit.markedSnippet(QStringLiteral("<b>"), QStringLiteral("</b>")),
                 QStringLiteral("Plan a trip to Zürich and the <b>zebra</b> museum"));
        QVERIFY(hit.createdAt.isValid());
    }

    void prefixesAndEveryWord()
    {
        QCOMPARE(m_store->search(QStringLiteral("zeb")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("egg")).size(), 2);
        QCOMPARE(m_store->search(QStringLiteral("egg nine")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("egg zebra")).size(), 0);
        QCOMPARE(m_store->search(QStringLiteral("egg"), 1).size(), 1);
    }

    void diacriticsAndCaseAreFolded()
    {
        QCOMPARE(m_store->search(QStringLiteral("zurich")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("CAFE")).size(), 1);
        const SearchHit hit = m_store->search(QStringLiteral("cafe")).first();
        QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second),
                 QStringLiteral("café"));
    }

    void reasoningIsSearchable()
    {
        const QList<SearchHit> hits = m_store->search(QStringLiteral("Landesmuseum"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().role, Role::Assistant);
        QVERIFY(hits.first().snippet.contains(QStringLiteral("Landesmuseum")));
    }

    void chineseTextMatchesByPrefix()
    {
        QCOMPARE(m_store->search(QStringLiteral("你好")).size(), 1);
    }

    void cjkWordsMatchInsideText()
    {
        // Written without spaces, so FTS5 holds "你好世界" as one token: a word from the middle
        // is found as a substring, highlighted in its snippet.
        const QList<SearchHit> chinese = m_store->search(QStringLiteral("世界"));
        QCOMPARE(chinese.size(), 1);
        QCOMPARE(chinese.first().messageId, m_ids.value(QStringLiteral("你好世界，煮鸡蛋")));
        QCOMPARE(chinese.first().conversationId, m_cooking);
        QCOMPARE(chinese.first().markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("你好[世界]，煮鸡蛋"));
        QCOMPARE(m_store->search(QStringLiteral("鸡蛋")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("鸭蛋")).size(), 0);

        const qint64 conversation =
            m_store->createConversation(sampleConversation(QStringLiteral("東京")));
        add(conversation, Role::User,
            QStringLiteral("明日は東京タワーに行きます。Lineup で調べた"));
        add(conversation, Role::Assistant, QStringLiteral("いいですね"),
            QStringLiteral("ユーザーはタワーが好き"));
        add(conversation, Role::User, QStringLiteral("100%の東京_タワー"));
        // Katakana inside a sentence; both messages that say it, newest first.
        const QList<SearchHit> tower = m_store->search(QStringLiteral("タワー"));
        QCOMPARE(tower.size(), 3);
        QCOMPARE(tower.at(0).messageId, m_ids.value(QStringLiteral("100%の東京_タワー")));
        // Found in the reasoning: the snippet comes from there.
        QCOMPARE(tower.at(1).markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("ユーザーは[タワー]が好き"));
        // Every word must match; a Latin word alongside goes through the index as a prefix.
        QCOMPARE(m_store->search(QStringLiteral("東京 タワー")).size(), 2);
        const QList<SearchHit> mixed = m_store->search(QStringLiteral("line 東京"));
        QCOMPARE(mixed.size(), 1);
        QCOMPARE(mixed.first().markedSnippet(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("明日は[東京]タワーに行きます。[Lineup] で調べた"));
        QCOMPARE(m_store->search(QStringLiteral("zebra 東京")).size(), 0);
        // LIKE wildcards in the query are literal characters.
        QCOMPARE(m_store->search(QStringLiteral("%の東京_")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("東_タ")).size(), 0);
        QCOMPARE(m_store->search(QStringLiteral("%東")).size(), 0);
        QCOMPARE(m_store->search(QStringLiteral("タワー"), 1).size(), 1);

        // Deleted conversations stay hidden here too.
        QVERIFY(m_store->deleteConversation(conversation));
        QCOMPARE(m_store->search(QStringLiteral("タワー")).size(), 0);
        QVERIFY(m_store->restoreConversation(conversation));
    }

    void cjkSnippetOfALongMessageIsShort()
    {
        QString text;
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("東西南北");
        text += QStringLiteral("针");
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("春夏秋冬");
        add(m_travel, Role::Assistant, text);
        const QList<SearchHit> hits = m_store->search(QStringLiteral("针"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QVERIFY(hit.snippet.size() < 100);
        QVERIFY(hit.snippet.startsWith(QChar(0x2026)));
        QVERIFY(hit.snippet.endsWith(QChar(0x2026)));
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second),
                 QStringLiteral("针"));
    }

    void querySyntaxIsLiteral()
    {
        // FTS5 operators and quotes in the query are words, never syntax errors.
        QCOMPARE(m_store->search(QStringLiteral("\"quotes\" OR")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("NEAR(x")).size(), 1);
        QCOMPARE(m_store->search(QStringLiteral("-minus")).size(), 1);
        QVERIFY(m_store->search(QStringLiteral("\"\"\"")).isEmpty());
        QVERIFY(m_store->search(QStringLiteral("   ")).isEmpty());
        QVERIFY(m_store->search(QStringLiteral("*")).isEmpty());
    }

    void indexFollowsEdits()
    {
        const qint64 id = add(m_cooking, Role::User, QStringLiteral("A question about quinoa"));
        QCOMPARE(m_store->search(QStringLiteral("quinoa")).size(), 1);
        MessageRecord record = *m_store->message(id);
        record.message.parts = {ContentPart::fromText(QStringLiteral("A question about couscous"))};
        QVERIFY(m_store->updateMessage(record));
        QCOMPARE(m_store->search(QStringLiteral("quinoa")).size(), 0);
        QCOMPARE(m_store->search(QStringLiteral("couscous")).size(), 1);
        QVERIFY(m_store->deleteMessage(id));
        QCOMPARE(m_store->search(QStringLiteral("couscous")).size(), 0);
    }

    void deletedConversationsAreHidden()
    {
        QVERIFY(m_store->deleteConversation(m_travel));
        QCOMPARE(m_store->search(QStringLiteral("zebra")).size(), 0);
        QVERIFY(m_store->restoreConversation(m_travel));
        QCOMPARE(m_store->search(QStringLiteral("zebra")).size(), 1);
    }

    void longTextGivesAShortSnippet()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("filler%1 ").arg(i);
        text += QStringLiteral("needle ");
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("more%1 ").arg(i);
        add(m_travel, Role::Assistant, text);
        const QList<SearchHit> hits = m_store->search(QStringLiteral("needle"));
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().snippet.size() < 200);
        QVERIFY(hits.first().snippet.startsWith(QChar(0x2026)));
        QCOMPARE(hits.first().highlights.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
