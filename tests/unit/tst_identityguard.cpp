// The blind arena's identity guard: answers that name a model or vendor are flagged with what
// matched; ordinary words that happen to share a name (the wind, the animal, the partition
// table, a Google search, Claude Monet) are not.
#include "arena/IdentityGuard.h"

#include <QTest>

using namespace Lineup;

class TestIdentityGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagsSelfIdentification_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *tag, const char *answer, const char *name,
                            const char *text) {
            QTest::newRow(tag) << QString::fromUtf8(answer) << QString::fromUtf8(name)
                               << QString::fromUtf8(text);
        };
        row("openai", "As an OpenAI model, I cannot browse the web.", "OpenAI", "OpenAI");
        row("openai lower", "i was built by openai.", "OpenAI", "openai");
        row("claude", "I'm Claude, an AI assistant.", "Claude", "Claude");
        row("anthropic", "I was made by Anthropic.", "Anthropic", "Anthropic");
        row("gemini", "Sure! Gemini here: the answer is 4.", "Gemini", "Gemini");
        row("gpt-4", "I am based on GPT-4.", "GPT", "GPT-4");
        row("gpt-4o", "This answer comes from gpt-4o.", "GPT", "gpt-4o");
        row("gpt-3.5-turbo", "As GPT-3.5-turbo I", "GPT", "GPT-3.5-turbo");
        row("chatgpt", "Hello, I'm ChatGPT!", "ChatGPT", "ChatGPT");
        row("qwen", "I am Qwen, created by Alibaba Cloud.", "Qwen", "Qwen");
        row("qwen lower", "我是qwen", "Qwen", "qwen");
        row("llama", "I'm Llama 3, a model trained by Meta.", "Llama", "Llama 3");
        row("llama caps", "LLaMA models were released in 2023.", "Llama", "LLaMA");
        row("mistral", "I am Mistral, a language model.", "Mistral", "Mistral");
        row("mistral ai", "Developed by Mistral AI.", "Mistral AI", "Mistral AI");
        row("deepseek", "I am DeepSeek-V3.", "DeepSeek", "DeepSeek");
        row("google", "I am a large language model, trained by Google.", "Google",
            "trained by Google");
        row("google model", "I'm a Google AI model.", "Google", "a Google AI");
        row("meta", "I'm Meta AI, your assistant.", "Meta", "Meta AI");
        row("microsoft", "I was developed by Microsoft.", "Microsoft", "developed by Microsoft");
        row("grok", "Grok here.", "Grok", "Grok");
        row("phi", "I am Phi-3.", "Phi", "Phi-3");
        row("gemma", "I am Gemma 2.", "Gemma", "Gemma 2");
        row("kimi", "Kimi is happy to help.", "Kimi", "Kimi");
        row("glm", "我是ChatGLM-6B", "GLM", "ChatGLM-6");
        row("ernie", "I'm ERNIE Bot.", "ERNIE", "ERNIE");
        row("command r", "Command R+ at your service.", "Command R", "Command R");
        row("cohere", "I was trained by Cohere.", "Cohere", "Cohere");
        row("xai", "Built by xAI.", "xAI", "xAI");
        row("alibaba", "This is Tongyi, made by Alibaba Cloud.", "Alibaba", "Tongyi");
        row("qwen chinese", "你好，我是通义千问。", "Qwen", "通义千问");
        row("ernie chinese", "我是文心一言", "ERNIE", "文心一言");
        row("after punctuation", "(Claude)", "Claude", "Claude");
        row("japanese around", "私はClaudeです。", "Claude", "Claude");
    }
    void flagsSelfIdentification()
    {
        QFETCH(QString, answer);
        QFETCH(QString, name);
        QFETCH(QString, text);
        const IdentityGuard guard;
        const QList<IdentityMatch> matches = guard.scan(answer);
        QVERIFY2(!matches.isEmpty(), qPrintable(answer));
        QVERIFY(guard.flags(answer));
        QCOMPARE(matches.first().name, name);
        QCOMPARE(matches.first().text, text);
        QCOMPARE(answer.mid(matches.first().offset, matches.first().length), text);
    }

    void leavesOrdinaryWordsAlone_data()
    {
        QTest::addColumn<QString>("answer");
        const auto row = [](const char *tag, const char *answer) {
            QTest::newRow(tag) << QString::fromUtf8(answer);
        };
        row("partition table", "Convert the disk to GPT before installing.");
        row("gpt in identifier", "Call gpt_tokenize() or the GPTQ loader.");
        row("wind", "The mistral blows down the Rhône valley.");
        row("animal", "A llama is a domesticated South American camelid.");
        row("google search", "A quick Google search shows the library is maintained.");
        row("google product", "Upload the file to Google Drive, then use the Google Maps API.");
        row("meta tag", "Add a Meta tag, or read the meta description.");
        row("microsoft product", "Open it in Microsoft Excel.");
        row("claude monet", "Claude Monet painted water lilies; Claude Shannon founded "
                            "information theory.");
        row("anthropic principle", "The Anthropic principle says the universe permits observers.");
        row("gemini lowercase", "the gemini constellation");
        row("inside words", "Clauden, openaire, qwerty, deepseeking, metagrokking");
        row("plain answer", "The capital of France is Paris. 2 + 2 = 4.");
        row("empty", "");
    }
    void leavesOrdinaryWordsAlone()
    {
        QFETCH(QString, answer);
        const QList<IdentityMatch> matches = IdentityGuard().scan(answer);
        QVERIFY2(matches.isEmpty(),
                 qPrintable(matches.isEmpty() ? QString() : matches.first().text));
    }

    void reportsEveryMatchInOrderWithoutOverlaps()
    {
        const QString answer = QStringLiteral(
            "I'm Claude, made by Anthropic. Unlike ChatGPT or Gemini, I was developed by "
            "Mistral AI... no, by Anthropic.");
        const QList<IdentityMatch> matches = IdentityGuard().scan(answer);
        QStringList names;
        for (const IdentityMatch &match : matches)
            names.append(match.name);
        // "Mistral AI" once (not also "Mistral"); in the order they occur.
        QCOMPARE(names, QStringList({QStringLiteral("Claude"), QStringLiteral("Anthropic"),
                                     QStringLiteral("ChatGPT"), QStringLiteral("Gemini"),
                                     QStringLiteral("Mistral AI"), QStringLiteral("Anthropic")}));
        for (int i = 1; i < matches.size(); ++i)
            QVERIFY(matches.at(i).offset >= matches.at(i - 1).offset + matches.at(i - 1).length);
    }
};

QTEST_GUILESS_MAIN(TestIdentityGuard)
#include "tst_identityguard.moc"
