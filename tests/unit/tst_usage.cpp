// The rules of the usage meter: cost arithmetic, price lookups and the price table, token
// estimates (text and OpenAI's image rule), the per-conversation summary with missing usage,
// and the price snapshot and logprobs each answer keeps (ChatSession and ChatRecorder, against
// FakeServer, into a real SQLite file).
#include "ChunkBuilders.h"
#include "FakeServer.h"
#include "StorageFixtures.h"
#include "api/ApiClient.h"
#include "api/ModelInfo.h"
#include "chat/ChatSession.h"
#include "storage/ChatRecorder.h"
#include "storage/ConversationStore.h"
#include "usage/Charges.h"
#include "usage/TokenEstimate.h"
#include "usage/UsageSummary.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

Usage usageOf(qint64 prompt, qint64 completion, qint64 cached = -1, qint64 reasoning = -1)
{
    QJsonObject object{{QStringLiteral("prompt_tokens"), prompt},
                       {QStringLiteral("completion_tokens"), completion},
                       {QStringLiteral("total_tokens"), prompt + completion}};
    if (cached >= 0)
        object.insert(QStringLiteral("prompt_tokens_details"),
                      QJsonObject{{QStringLiteral("cached_tokens"), cached}});
    if (reasoning >= 0)
        object.insert(QStringLiteral("completion_tokens_details"),
                      QJsonObject{{QStringLiteral("reasoning_tokens"), reasoning}});
    return Usage::fromJson(object);
}

ModelPrice price(double input, double output, std::optional<double> cached = std::nullopt,
                 PriceSource source = PriceSource::PriceTable)
{
    ModelPrice p;
    p.input = input;
    p.output = output;
    p.cachedInput = cached;
    p.source = source;
    return p;
}

MessageRecord answer(const QString &text, const Usage &usage, const ModelPrice &charged = {})
{
    MessageRecord r;
    r.message = ChatMessage::fromText(Role::Assistant, text);
    r.model = QStringLiteral("gpt-4.1-2025-04-14");
    r.usage = usage;
    r.price = charged;
    return r;
}

QByteArray logprobsChunk(const QString &token, double logprob)
{
    const QJsonObject logprobs{
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("token"), token},
                                {QStringLiteral("logprob"), logprob},
                                {QStringLiteral("top_logprobs"), QJsonArray{}}}}}};
    const QJsonObject object{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("model"), QStringLiteral("gpt-4.1-2025-04-14")},
        {QStringLiteral("choices"),
         QJsonArray{
             QJsonObject{{QStringLiteral("index"), 0},
                         {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), token}}},
                         {QStringLiteral("logprobs"), logprobs},
                         {QStringLiteral("finish_reason"), QJsonValue()}}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedInputIsChargedAtItsOwnPrice()
    {
        // 1000 prompt tokens of which 400 cached; 200 completion of which 50 reasoning.
        const TokenCounts tokens = TokenCounts::fromUsage(usageOf(1000, 200, 400, 50));
        QCOMPARE(tokens.uncachedPrompt(), 600);
        QCOMPARE(tokens.total(), 1200); // reasoning is inside completion: not added again
        const Cost cost = costOf(tokens, price(2.0, 8.0, 0.5));
        QCOMPARE(cost.input, 600 * 2.0 / 1e6);
        QCOMPARE(cost.cachedInput, 400 * 0.5 / 1e6);
        QCOMPARE(cost.output, 200 * 8.0 / 1e6);
        QCOMPARE(cost.total(), (1200.0 + 200.0 + 1600.0) / 1e6);
        QCOMPARE(cost.source, PriceSource::PriceTable);
        QVERIFY(!cost.estimated);
    }

    void cachedTokensWithoutACachedPriceCostPlainInput()
    {
        const Cost cost = costOf(TokenCounts::fromUsage(usageOf(1000, 0, 400)), price(2.0, 8.0));
        QCOMPARE(cost.input + cost.cachedInput, 1000 * 2.0 / 1e6);
    }

    void reasoningTokensAreNeverCountedTwice()
    {
        const TokenCounts tokens = TokenCounts::fromUsage(usageOf(10, 100, -1, 90));
        QCOMPARE(tokens.reasoning, 90);
        QCOMPARE(tokens.completion, 100);
        QCOMPARE(costOf(tokens, price(0, 1.0)).output, 100 / 1e6);
        // A service reporting more reasoning than completion is clamped, not added.
        QCOMPARE(TokenCounts::fromUsage(usageOf(10, 5, -1, 9)).reasoning, 5);
    }

    void noPriceMeansNoCostAndSourceNone()
    {
        const Cost cost = costOf(TokenCounts::fromUsage(usageOf(10, 10)), ModelPrice());
        QCOMPARE(cost.total(), 0.0);
        QCOMPARE(cost.source, PriceSource::None);
        QCOMPARE(cost.toJson().value(QStringLiteral("source")).toString(), QStringLiteral("none"));
        QCOMPARE(cost.toJson().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    }

    void serviceListGivesPricesPerToken()
    {
        QString error;
        const QList<ModelInfo> models = ModelInfo::listFromJson(
            R"({"data":[
              {"id":"openai/gpt-4.1","context_length":1047576,
               "pricing":{"prompt":"0.000002","completion":"0.000008","input_cache_read":"0.0000005"}},
              {"id":"lite","model_info":{"input_cost_per_token":1e-06,"output_cost_per_token":3e-06,
                                         "cache_read_input_token_cost":2.5e-07}}]})",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PriceBook book;
        book.setServiceModels(models);
        const ModelPrice openRouter = book.lookup(QStringLiteral("openai/gpt-4.1"));
        QCOMPARE(openRouter.source, PriceSource::Service);
        QCOMPARE(openRouter.input.value_or(-1), 2.0);
        QCOMPARE(openRouter.cachedInput.value_or(-1), 0.5);
        QCOMPARE(openRouter.output.value_or(-1), 8.0);
        const ModelPrice liteLlm = book.lookup(QStringLiteral("lite"));
        QCOMPARE(liteLlm.input.value_or(-1), 1.0);
        QCOMPARE(liteLlm.cachedInput.value_or(-1), 0.25);
        QCOMPARE(liteLlm.output.value_or(-1), 3.0);
        QCOMPARE(book.contextLength(QStringLiteral("openai/gpt-4.1")).value_or(0), 1047576);
    }

    void lookupTriesTheRequestModelThenTheAnswerModel()
    {
        PriceBook book;
        book.setTablePrice(QStringLiteral("gpt-4.1-2025-04-14"), price(3, 12));
        book.setTablePrice(QStringLiteral("gpt-4.1"), price(2, 8));
        // The request's id wins...
        QCOMPARE(book.lookup(QStringLiteral("gpt-4.1"), QStringLiteral("gpt-4.1-2025-04-14"))
                     .input.value_or(-1),
                 2.0);
        // ...the answer's id is the fallback.
        QCOMPARE(book.lookup(QStringLiteral("alias"), QStringLiteral("gpt-4.1-2025-04-14"))
                     .input.value_or(-1),
                 3.0);
        QCOMPARE(book.lookup(QStringLiteral("alias"), QStringLiteral("other")).source,
                 PriceSource::None);
        // The service's list wins over the table for the same id.
        QString error;
        book.setServiceModels(ModelInfo::listFromJson(
            R"({"data":[{"id":"gpt-4.1","pricing":{"prompt":"0.000001","completion":"0.000004"}}]})",
            &error));
        const ModelPrice service = book.lookup(QStringLiteral("gpt-4.1"));
        QCOMPARE(service.source, PriceSource::Service);
        QCOMPARE(service.input.value_or(-1), 1.0);
    }

    void priceTableLivesInSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("Lineup.conf"));
        {
            QSettings settings(file, QSettings::IniFormat);
            PriceTable table(settings);
            table.setPrice(QStringLiteral("openai/gpt-4.1"), price(2, 8, 0.5), 1047576);
            table.setPrice(QStringLiteral("llama3.2"), price(0, 0));
        }
        QSettings settings(file, QSettings::IniFormat);
        PriceTable table(settings);
        QCOMPARE(table.models(),
                 (QList<QString>{QStringLiteral("llama3.2"), QStringLiteral("openai/gpt-4.1")}));
        const ModelPrice stored = table.price(QStringLiteral("openai/gpt-4.1")).value();
        QCOMPARE(stored, price(2, 8, 0.5));
        QCOMPARE(table.contextLength(QStringLiteral("openai/gpt-4.1")).value_or(0), 1047576);
        QVERIFY(table.price(QStringLiteral("llama3.2"))->isKnown()); // free is a known price
        PriceBook book;
        book.loadTable(table);
        QCOMPARE(book.lookup(QStringLiteral("openai/gpt-4.1")).output.value_or(-1), 8.0);
        QCOMPARE(book.contextLength(QStringLiteral("openai/gpt-4.1")).value_or(0), 1047576);
        QVERIFY(table.remove(QStringLiteral("llama3.2")));
        QVERIFY(!table.remove(QStringLiteral("llama3.2")));
        QCOMPARE(table.models().size(), 1);
    }

    void imageTokensFollowOpenAisRule_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<qint64>("tokens");
        // The examples OpenAI publishes.
        QTest::newRow("low is flat") << QSize(4096, 8192) << QStringLiteral("low") << qint64(85);
        QTest::newRow("1024 square") << QSize(1024, 1024) << QStringLiteral("high") << qint64(765);
        QTest::newRow("2048x4096") << QSize(2048, 4096) << QStringLiteral("high") << qint64(1105);
        QTest::newRow("small is not enlarged")
            << QSize(512, 512) << QStringLiteral("high") << qint64(255);
        QTest::newRow("auto counts as high")
            << QSize(1024, 1024) << QStringLiteral("auto") << qint64(765);
        QTest::newRow("unknown size: 1024 square")
            << QSize() << QStringLiteral("high") << qint64(765);
    }

    void imageTokensFollowOpenAisRule()
    {
        QFETCH(QSize, size);
        QFETCH(QString, detail);
        QFETCH(qint64, tokens);
        QCOMPARE(TokenEstimate::imageTokens(size, detail), tokens);
    }

    void imageSizeIsReadFromTheHeader()
    {
        QCOMPARE(TokenEstimate::imageSize(tinyPng()), QSize(1, 1));
        QByteArray gif("GIF89a");
        gif.append(char(0x20)).append(char(0x03)).append(char(0x58)).append(char(0x02));
        QCOMPARE(TokenEstimate::imageSize(gif), QSize(800, 600));
        QVERIFY(!TokenEstimate::imageSize(QByteArray("not an image")).isValid());
        QCOMPARE(TokenEstimate::imageTokens(ContentPart::fromImageData(
                     tinyPng(), QStringLiteral("image/png"), QStringLiteral("high"))),
                 qint64(255));
    }

    void textEstimateCountsCharactersPerToken()
    {
        QCOMPARE(TokenEstimate::textTokens(u"Hello world!"), qint64(3)); // 12 chars / 4
        QCOMPARE(TokenEstimate::textTokens(u"abcde"), qint64(2));        // rounded up
        QCOMPARE(TokenEstimate::textTokens(u"你好世界"), qint64(4));     // CJK: one each
        QCOMPARE(TokenEstimate::textTokens(u""), qint64(0));
        const QList<ChatMessage> messages{
            ChatMessage::fromText(Role::System, QStringLiteral("Be kind.")),
            ChatMessage::fromText(Role::User, QStringLiteral("Hello world!"))};
        // 3 priming + (4 + 2) + (4 + 3)
        QCOMPARE(TokenEstimate::promptTokens(messages), qint64(16));
        const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}}};
        QVERIFY(TokenEstimate::promptTokens(messages, tools) > 16);
    }

    void summaryAddsUpRequestsAndMarksEstimates()
    {
        ConversationInfo info;
        info.model = QStringLiteral("gpt-4.1");
        info.systemPrompt = QStringLiteral("Be kind.");
        MessageRecord user = sampleUserTurn(QStringLiteral("Hello world!"));
        QList<MessageRecord> records{user,
                                     answer(QStringLiteral("Hi"), usageOf(1000, 200, 400, 50),
                                            price(2, 8, 0.5, PriceSource::Service)),
                                     user};
        PriceBook book;
        book.setTableContextLength(QStringLiteral("gpt-4.1"), 2000);
        book.setTablePrice(QStringLiteral("gpt-4.1"), price(1, 1));
        UsageSummary summary = UsageSummary::of(info, records, &book);
        QCOMPARE(summary.requests(), 1);
        QVERIFY(!summary.estimated());
        QCOMPARE(summary.tokens.prompt, 1000);
        QCOMPARE(summary.tokens.cached, 400);
        // The snapshot is what the answer was charged at, not today's table.
        QCOMPARE(summary.cost.total(), (600 * 2.0 + 400 * 0.5 + 200 * 8.0) / 1e6);
        QCOMPARE(summary.cost.source, PriceSource::Service);
        QCOMPARE(summary.contextFill().value_or(-1), 0.5);
        QVERIFY(!summary.contextWarning());

        // A second answer without usage (Ollama streaming, a stopped stream) is estimated.
        MessageRecord stopped = answer(QStringLiteral("abcdefgh"), Usage());
        stopped.status = MessageStatus::Stopped;
        stopped.price = price(2, 8, 0.5, PriceSource::Service);
        records.append(stopped);
        // A failed request that produced nothing was not charged.
        MessageRecord failed = answer(QString(), Usage());
        failed.status = MessageStatus::Failed;
        records.append(failed);
        summary = UsageSummary::of(info, records, &book);
        QCOMPARE(summary.requests(), 2);
        QVERIFY(summary.estimated());
        QVERIFY(summary.turns.at(1).tokens.estimated);
        QVERIFY(!summary.turns.at(0).tokens.estimated);
        QCOMPARE(summary.turns.at(1).tokens.completion, 2); // 8 characters
        // history: 3 + system (4+2) + user (4+3) + answer (4+1) + user (4+3) = 28
        QCOMPARE(summary.turns.at(1).tokens.prompt, 28);
        QCOMPARE(summary.lastPromptTokens, 28);
        QVERIFY(summary.lastPromptEstimated);
        const QJsonObject json = summary.toJson();
        QCOMPARE(json.value(QStringLiteral("requests")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("estimated")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("cost"))[QStringLiteral("estimated")].toBool(), true);
        QCOMPARE(json.value(QStringLiteral("turns")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("context"))[QStringLiteral("context_length")].toInt(),
                 2000);
    }

    void contextWarnsFromEightyPercent()
    {
        ConversationInfo info;
        info.model = QStringLiteral("m");
        PriceBook book;
        book.setTableContextLength(QStringLiteral("m"), 1000);
        UsageSummary summary =
            UsageSummary::of(info, {answer(QStringLiteral("x"), usageOf(799, 1))}, &book);
        QVERIFY(!summary.contextWarning());
        summary = UsageSummary::of(info, {answer(QStringLiteral("x"), usageOf(800, 1))}, &book);
        QVERIFY(summary.contextWarning());
        // No length known: no fill, no warning.
        summary = UsageSummary::of(info, {answer(QStringLiteral("x"), usageOf(900, 1))}, nullptr);
        QVERIFY(!summary.contextFill());
    }

    void answersKeepThePriceTheyWereChargedAtAndTheirLogprobs()
    {
        FakeServer server;
        server.enqueue(FakeResponse::sse(
            {logprobsChunk(QStringLiteral("Hel"), -0.1), logprobsChunk(QStringLiteral("lo"), -2.3),
             TestChunks::delta({}, QStringLiteral("stop"), QStringLiteral("gpt-4.1-2025-04-14"))}));
        QTemporaryDir dir;
        QString error;
        auto store = ConversationStore::open(dir.path(), &error);
        QVERIFY2(store, qPrintable(error));
        PriceBook book;
        book.setTablePrice(QStringLiteral("gpt-4.1"), price(2, 8, 0.5));

        ApiClient client;
        ChatSession session(&client);
        session.setPriceBook(&book);
        Endpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        session.setEndpoint(endpoint);
        ConversationInfo info;
        info.model = QStringLiteral("gpt-4.1");
        info.parameters = QJsonObject{{QStringLiteral("logprobs"), true}};
        session.setInfo(info);
        ChatRecorder recorder(*store);
        recorder.setPriceBook(&book);
        connect(&session, &ChatSession::requestStarted, this,
                [&](int, ChatStream *stream) { recorder.follow(stream); });
        MessageRecord turn;
        turn.message = ChatMessage::fromText(Role::User, QStringLiteral("Hi"));
        const qint64 id = recorder.begin(0, info, turn, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QSignalSpy finished(&session, &ChatSession::requestFinished);
        session.send(turn.message);
        QVERIFY(finished.wait(5000));

        const MessageRecord shown = session.messages()->record(1);
        QCOMPARE(shown.model, QStringLiteral("gpt-4.1-2025-04-14"));
        QCOMPARE(shown.price, price(2, 8, 0.5)); // looked up by the request's id
        QCOMPARE(shown.logprobs[QStringLiteral("content")].toArray().size(), 2);

        // Prices change later; the stored answer keeps what it was charged at.
        book.setTablePrice(QStringLiteral("gpt-4.1"), price(100, 100));
        const MessageRecord stored = store->messages(id).last();
        QCOMPARE(stored.price, price(2, 8, 0.5));
        QCOMPARE(stored.logprobs, shown.logprobs);
        const UsageSummary summary = UsageSummary::of(info, store->messages(id), &book);
        QCOMPARE(summary.requests(), 1);
        QVERIFY(summary.estimated()); // the stream sent no usage
        QCOMPARE(summary.turns.first().price, price(2, 8, 0.5));
    }

    void applyChargesWithoutABookKeepsLogprobsOnly()
    {
        Completion completion;
        CompletionChoice choice;
        choice.logprobs = QJsonObject{{QStringLiteral("content"), QJsonArray{}}};
        completion.choices.append(choice);
        MessageRecord record;
        applyCharges(record, completion, QStringLiteral("m"), nullptr);
        QVERIFY(record.logprobs.isObject());
        QVERIFY(!record.price.isKnown());
    }
};

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
