#include "chat/ChatMessage.h"
#include "chat/Completion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lineup;

class TestChatMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleTextPartIsSentAsString()
    {
        const auto json = ChatMessage::fromText(Role::User, QStringLiteral("hi")).toRequestJson();
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(json.value(QStringLiteral("content")).toString(), QStringLiteral("hi"));
    }

    void imagePartsRoundTripAsDataUrl()
    {
        ChatMessage message = ChatMessage::fromText(Role::User, QStringLiteral("look"));
        const QByteArray png("\x89PNG\r\n\x1a\nrest", 12);
        message.parts.append(
            ContentPart::fromImageData(png, QStringLiteral("image/png"), QStringLiteral("high")));
        const QJsonObject json = message.toRequestJson();
        const QJsonArray content = json.value(QStringLiteral("content")).toArray();
        QCOMPARE(content.size(), 2);
        const QJsonObject image =
            content.at(1).toObject().value(QStringLiteral("image_url")).toObject();
        QVERIFY(image.value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QStringLiteral("data:image/png;base64,")));
        QCOMPARE(image.value(QStringLiteral("detail")).toString(), QStringLiteral("high"));

        QString error;
        const auto parsed = ChatMessage::fromRequestJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, message);
    }

    void malformedContentIsRejectedWithReason()
    {
        QString error;
        const auto parsed = ChatMessage::fromRequestJson(
            QJsonObject{
                {QStringLiteral("role"), QStringLiteral("user")},
                {QStringLiteral("content"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("video")}}}}},
            &error);
        QVERIFY(!parsed);
        QVERIFY2(error.contains(QStringLiteral("content[0]")), qPrintable(error));
        QVERIFY(!ChatMessage::fromRequestJson({{QStringLiteral("role"), QStringLiteral("robot")}},
                                              &error));
        QVERIFY(error.contains(QStringLiteral("role")));
    }

    void assistantToolCallTurnHasNullContent()
    {
        ChatMessage message;
        message.role = Role::Assistant;
        message.toolCalls.append({QStringLiteral("call_1"), QStringLiteral("function"),
                                  QStringLiteral("get_weather"),
                                  QStringLiteral("{\"city\":\"Paris\"}")});
        const QJsonObject json = message.toRequestJson();
        QVERIFY(json.value(QStringLiteral("content")).isNull());
        const QJsonObject call =
            json.value(QStringLiteral("tool_calls")).toArray().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("function"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("get_weather"));
    }

    void completionRoundTripsThroughJson()
    {
        const QByteArray body =
            R"({"id":"chatcmpl-1","object":"chat.completion","created":1774412483,
            "model":"gpt-4.1-nano","choices":[{"index":0,"message":{"role":"assistant","content":"Four",
            "refusal":null},"logprobs":null,"finish_reason":"stop"}],
            "usage":{"prompt_tokens":29,"completion_tokens":2,"total_tokens":31,
            "prompt_tokens_details":{"cached_tokens":3},"completion_tokens_details":{"reasoning_tokens":1}},
            "system_fingerprint":"fp_1"})";
        const Completion completion = Completion::fromJson(QJsonDocument::fromJson(body).object());
        QCOMPARE(completion.choices.size(), 1);
        QCOMPARE(completion.choices.first().message.text(), QStringLiteral("Four"));
        QCOMPARE(completion.usage.cachedTokens.value_or(-1), 3);
        QCOMPARE(completion.usage.reasoningTokens.value_or(-1), 1);
        const QJsonObject json = completion.toJson();
        QCOMPARE(json.value(QStringLiteral("system_fingerprint")).toString(),
                 QStringLiteral("fp_1"));
        QCOMPARE(Completion::fromJson(json), completion);
    }
};

QTEST_GUILESS_MAIN(TestChatMessage)
#include "tst_chatmessage.moc"
