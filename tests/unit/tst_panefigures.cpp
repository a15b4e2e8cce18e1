// PaneFigures: the numbers of one pane's answer (reported or estimated usage, cost at the
// answer's price), the best pane per figure, and the Markdown summary table.
#include "TestSupport.h"
#include "comparison/PaneFigures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Lineup;
using namespace Lineup::Test;

namespace {

MessageRecord answered(const QString &text, qint64 ttft, double tps, qint64 total)
{
    MessageRecord record = textRecord(Role::Assistant, text);
    record.timings.timeToFirstTokenMs = ttft;
    record.timings.tokensPerSecond = tps;
    record.timings.totalMs = total;
    record.finishReason = QStringLiteral("stop");
    return record;
}

ModelPrice price(double input, double output)
{
    ModelPrice result;
    result.input = input;
    result.output = output;
    result.source = PriceSource::PriceTable;
    return result;
}

PaneFigures figures(std::optional<qint64> ttft, std::optional<double> tps,
                    std::optional<qint64> total, std::optional<double> cost,
                    MessageStatus status = MessageStatus::Complete)
{
    PaneFigures result;
    result.timeToFirstTokenMs = ttft;
    result.tokensPerSecond = tps;
    result.totalMs = total;
    result.costUsd = cost;
    result.status = status;
    result.hasError = status == MessageStatus::Failed;
    return result;
}

} // namespace

class TestPaneFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportedUsageAndCost()
    {
        MessageRecord record = answered(QStringLiteral("Forty-two."), 350, 61.5, 2100);
        record.usage.promptTokens = 1000;
        record.usage.completionTokens = 500;
        record.usage.totalTokens = 1500;
        record.usage.reasoningTokens = 200;
        record.usage.raw = QJsonObject{{QStringLiteral("prompt_tokens"), 1000}};
        record.price = price(2.0, 8.0); // USD per 1M tokens
        const PaneFigures f = PaneFigures::of(record);
        QCOMPARE(f.timeToFirstTokenMs, std::optional<qint64>(350));
        QCOMPARE(f.tokensPerSecond, std::optional<double>(61.5));
        QCOMPARE(f.totalMs, std::optional<qint64>(2100));
        QCOMPARE(f.promptTokens, std::optional<qint64>(1000));
        QCOMPARE(f.completionTokens, std::optional<qint64>(500));
        QCOMPARE(f.reasoningTokens, std::optional<qint64>(200));
        QVERIFY(!f.tokensEstimated);
        QVERIFY(f.costUsd.has_value());
        QCOMPARE(*f.costUsd, 1000 * 2.0 / 1e6 + 500 * 8.0 / 1e6);
        QVERIFY(!f.costEstimated);
        QCOMPARE(f.finishReason, QStringLiteral("stop"));
        QVERIFY(!f.hasError);

        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(QStringLiteral("time_to_first_token_ms")).toInteger(), 350);
        QCOMPARE(json.value(QStringLiteral("tokens_per_second")).toDouble(), 61.5);
        QCOMPARE(json.value(QStringLiteral("total_ms")).toInteger(), 2100);
        QCOMPARE(json.value(QStringLiteral("prompt_tokens")).toInteger(), 1000);
        QCOMPARE(json.value(QStringLiteral("completion_tokens")).toInteger(), 500);
        QCOMPARE(json.value(QStringLiteral("reasoning_tokens")).toInteger(), 200);
        QCOMPARE(json.value(QStringLiteral("cost_usd")).toDouble(), *f.costUsd);
        QCOMPARE(json.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(json.value(QStringLiteral("tokens_estimated")).toBool(), false);
    }

    void missingUsageIsEstimatedAndSaysSo()
    {
        // Ollama while streaming reports no usage: 40 characters -> 10 tokens.
        MessageRecord record = answered(QString(40, QLatin1Char('x')), 90, 20.0, 700);
        record.price = price(1.0, 1.0);
        PaneFigures f = PaneFigures::of(record);
        QVERIFY(f.tokensEstimated);
        QCOMPARE(f.completionTokens, std::optional<qint64>(10));
        QVERIFY(!f.promptTokens); // no history given: unknown, not zero
        QVERIFY(!f.reasoningTokens);
        QVERIFY(f.costEstimated);
        QCOMPARE(f.toJson().value(QStringLiteral("prompt_tokens")), QJsonValue());
        QCOMPARE(f.toJson().value(QStringLiteral("cost_estimated")).toBool(), true);

        f = PaneFigures::of(record, 25);
        QCOMPARE(f.promptTokens, std::optional<qint64>(25));
        QCOMPARE(*f.costUsd, (25 + 10) * 1.0 / 1e6);

        // ofLatest estimates the prompt from the pane's own history.
        ConversationInfo pane;
        pane.systemPrompt = QStringLiteral("Be brief.");
        const QList<MessageRecord> records{textRecord(Role::User, QStringLiteral("What is it?")),
                                           record};
        const PaneFigures latest = PaneFigures::ofLatest(pane, records);
        QVERIFY(latest.promptTokens.has_value());
        QVERIFY(*latest.promptTokens > 0);
        QCOMPARE(latest.completionTokens, std::optional<qint64>(10));
        QVERIFY(!PaneFigures::ofLatest(pane, {records.first()}).completionTokens);
    }

    void liveWhileStreaming()
    {
        // 80 characters so far -> about 20 tokens, first token after 200 ms, 1.2 s elapsed.
        MessageRecord shown =
            textRecord(Role::Assistant, QString(80, QLatin1Char('y')), MessageStatus::Streaming);
        Timings live;
        live.timeToFirstTokenMs = 200;
        const PaneFigures f = PaneFigures::streaming(shown, live, 1200);
        QCOMPARE(f.status, MessageStatus::Streaming);
        QCOMPARE(f.timeToFirstTokenMs, std::optional<qint64>(200));
        QCOMPARE(f.totalMs, std::optional<qint64>(1200));
        QCOMPARE(f.completionTokens, std::optional<qint64>(20));
        QVERIFY(f.tokensEstimated);
        QCOMPARE(f.tokensPerSecond, std::optional<double>(20.0));
        // Before the first token there is no speed yet.
        const PaneFigures waiting = PaneFigures::streaming(
            textRecord(Role::Assistant, QString(), MessageStatus::Streaming), Timings{}, 300);
        QVERIFY(!waiting.tokensPerSecond);
        QVERIFY(!waiting.timeToFirstTokenMs);
        QCOMPARE(waiting.totalMs, std::optional<qint64>(300));
        // A streaming pane competes for first token and speed, not yet for total time or cost.
        const QList<PaneFigures> panes{f, figures(250, 10.0, 5000, 0.01)};
        QCOMPARE(bestPanes(panes, Figure::TimeToFirstToken), QList<int>{0});
        QCOMPARE(bestPanes(panes, Figure::TokensPerSecond), QList<int>{0});
        QVERIFY(bestPanes(panes, Figure::TotalTime).isEmpty());
    }

    void unknownPriceLeavesCostUnknown()
    {
        MessageRecord record = answered(QStringLiteral("hi"), 10, 5, 20);
        record.usage.promptTokens = 3;
        record.usage.completionTokens = 1;
        const PaneFigures f = PaneFigures::of(record);
        QVERIFY(!f.costUsd);
        QCOMPARE(f.toJson().value(QStringLiteral("cost_usd")), QJsonValue());
    }

    void failedAnswerWithoutOutput()
    {
        MessageRecord record = textRecord(Role::Assistant, QString(), MessageStatus::Failed);
        record.error.kind = ApiError::Kind::Unauthorized;
        record.error.httpStatus = 401;
        const PaneFigures f = PaneFigures::of(record);
        QVERIFY(f.hasError);
        QCOMPARE(f.status, MessageStatus::Failed);
        QVERIFY(!f.completionTokens);
        QVERIFY(!f.timeToFirstTokenMs);
        QCOMPARE(f.toJson().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(f.toJson().value(QStringLiteral("finish_reason")), QJsonValue());
    }

    void bestPanesPerFigure()
    {
        const QList<PaneFigures> panes{
            figures(300, 40.0, 5000, 0.010),
            figures(120, 80.0, 3000, 0.002),
            figures(120, 55.0, 4000, 0.002),
            figures(50, 200.0, 500, 0.0001, MessageStatus::Failed),  // never wins
            figures(400, 90.0, 900, 0.0005, MessageStatus::Stopped), // short and cheap: stopped
        };
        QCOMPARE(bestPanes(panes, Figure::TimeToFirstToken), (QList<int>{1, 2})); // a tie
        QCOMPARE(bestPanes(panes, Figure::TokensPerSecond), (QList<int>{4}));
        QCOMPARE(bestPanes(panes, Figure::TotalTime), (QList<int>{1}));
        QCOMPARE(bestPanes(panes, Figure::Cost), (QList<int>{1, 2}));
        QVERIFY(bestPanes(panes, Figure::PromptTokens).isEmpty());
        QVERIFY(bestPanes(panes, Figure::CompletionTokens).isEmpty());
        QVERIFY(bestPanes(panes, Figure::FinishReason).isEmpty());
        // Fewer than two panes with a value: no winner.
        const QList<PaneFigures> lonely{
            figures(100, std::nullopt, 1000, std::nullopt),
            figures(std::nullopt, std::nullopt, std::nullopt, std::nullopt)};
        QVERIFY(bestPanes(lonely, Figure::TimeToFirstToken).isEmpty());
        QVERIFY(bestPanes(lonely, Figure::TokensPerSecond).isEmpty());
    }

    // Issue 11: an answer asked for JSON gets a schema figure, in the table only when some pane
    // asked for JSON.
    void schemaFigureForAnswersAskedForJson()
    {
        const QJsonObject format{
            {QStringLiteral("type"), QStringLiteral("json_schema")},
            {QStringLiteral("json_schema"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("answer")},
                 {QStringLiteral("schema"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                              {QStringLiteral("required"), QJsonArray{QStringLiteral("n")}}}}}}};
        MessageRecord valid = answered(QStringLiteral("{\"n\": 1}"), 10, 5, 100);
        valid.parameters.insert(QStringLiteral("response_format"), format);
        MessageRecord invalid = answered(QStringLiteral("{\"m\": 1}"), 10, 5, 100);
        invalid.parameters = valid.parameters;
        MessageRecord cut = valid;
        cut.status = MessageStatus::Stopped;
        cut.message = ChatMessage::fromText(Role::Assistant, QStringLiteral("{\"n\""));
        const PaneFigures ok = PaneFigures::of(valid);
        QVERIFY(ok.schemaValid);
        QCOMPARE(ok.schema, QStringLiteral("matches the schema"));
        const PaneFigures bad = PaneFigures::of(invalid);
        QVERIFY(!bad.schemaValid);
        QCOMPARE(bad.schema, QStringLiteral("1 schema error"));
        QCOMPARE(PaneFigures::of(cut).schema, QStringLiteral("incomplete JSON"));
        QCOMPARE(bad.toJson().value(QStringLiteral("schema")).toString(),
                 QStringLiteral("1 schema error"));
        const PaneFigures plain = PaneFigures::of(answered(QStringLiteral("{}"), 10, 5, 100));
        QVERIFY(plain.schema.isEmpty());
        QVERIFY(plain.toJson().value(QStringLiteral("schema")).isNull());

        QStringList names;
        for (int f = 0; f < FigureCount; ++f)
            names.append(QStringLiteral("f%1").arg(f));
        const QString withSchema = figuresMarkdown({QStringLiteral("a"), QStringLiteral("b")},
                                                   {ok, bad}, names, QStringLiteral("-"));
        QVERIFY(withSchema.contains(QStringLiteral("| f8 |")));
        QVERIFY(withSchema.contains(QStringLiteral("| matches the schema |")));
        QVERIFY(withSchema.contains(QStringLiteral("| 1 schema error |")));
        const QString without = figuresMarkdown({QStringLiteral("a"), QStringLiteral("b")},
                                                {plain, plain}, names, QStringLiteral("-"));
        QVERIFY(!without.contains(QStringLiteral("f8")));
    }

    void markdownTableMarksTheBest()
    {
        PaneFigures fast = figures(120, 80.25, 3000, 0.0021);
        fast.promptTokens = 12;
        fast.completionTokens = 240;
        fast.finishReason = QStringLiteral("stop");
        PaneFigures slow = figures(900, 20.0, 12000, std::nullopt);
        slow.completionTokens = 240;
        slow.tokensEstimated = true;
        slow.finishReason = QStringLiteral("length");
        PaneFigures failed =
            figures(std::nullopt, std::nullopt, std::nullopt, std::nullopt, MessageStatus::Failed);
        const QStringList names{QStringLiteral("First token (ms)"),
                                QStringLiteral("tok/s"),
                                QStringLiteral("Total (ms)"),
                                QStringLiteral("Prompt"),
                                QStringLiteral("Completion"),
                                QStringLiteral("Reasoning"),
                                QStringLiteral("Cost"),
                                QStringLiteral("Finish")};
        const QString table =
            figuresMarkdown({QStringLiteral("cometapi/gpt-5"), QStringLiteral("ollama|llama3.2"),
                             QStringLiteral("openrouter/x")},
                            {fast, slow, failed}, names, QStringLiteral("–"));
        const QStringList lines = table.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QStringLiteral("| | First token (ms) | tok/s | Total (ms) | Prompt | "
                                          "Completion | Reasoning | Cost | Finish |"));
        QCOMPARE(lines[1], QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---|"));
        QCOMPARE(lines[2], QStringLiteral("| cometapi/gpt-5 | **120** | **80.3** | **3000** | 12 | "
                                          "240 | – | $0.0021 | stop |"));
        QCOMPARE(lines[3], QStringLiteral("| ollama\\|llama3.2 | 900 | 20.0 | 12000 | – | ~240 | "
                                          "– | – | length |"));
        QCOMPARE(lines[4], QStringLiteral("| openrouter/x | – | – | – | – | – | – | – | failed |"));
    }
};

QTEST_GUILESS_MAIN(TestPaneFigures)
#include "tst_panefigures.moc"
