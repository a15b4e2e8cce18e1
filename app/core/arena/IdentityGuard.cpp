#include "arena/IdentityGuard.h"

#include <algorithm>

namespace Lineup {

namespace {

enum class Case { Sensitive, Insensitive };

QRegularExpression compile(const char *pattern, Case sensitivity)
{
    // Unicode properties, so that an accented letter counts as a letter.
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (sensitivity == Case::Insensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    // Word boundaries among the scripts that write names with spaces between words: Chinese
    // and Japanese run words together, so "我是Qwen" and "私はClaudeです" name a model too
    // (a plain \b sees no boundary between 是 and Q).
    const QString word = QStringLiteral("[\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{N}_]");
    const QString boundary = QStringLiteral("(?:(?<!%1)(?=%1)|(?<=%1)(?!%1))").arg(word);
    QString source = QString::fromUtf8(pattern);
    source.replace(QLatin1String("\\b"), boundary);
    QRegularExpression expression(source, options);
    Q_ASSERT(expression.isValid());
    expression.optimize();
    return expression;
}

// Phrases in which an answer speaks of its maker.
#define LINEUP_MADE_BY "(?:trained|developed|created|built|made|designed|provided) by "
#define LINEUP_AN_X_MODEL                                                                          \
    " (?:AI|model|language model|LLM|assistant|chatbot|large language model)\\b"

} // namespace

IdentityGuard::IdentityGuard()
{
    const auto add = [this](const char *name, const char *pattern, Case sensitivity) {
        m_rules.append({QString::fromLatin1(name), compile(pattern, sensitivity)});
    };
    // Vendors with names nobody uses for anything else.
    add("OpenAI", "\\bOpen ?AI\\b", Case::Insensitive);
    add("Anthropic", "\\bAnthropic\\b(?! [Pp]rinciple)", Case::Sensitive);
    add("DeepSeek", "\\bDeep ?Seek\\b", Case::Insensitive);
    add("Mistral AI", "\\bMistral ?AI\\b", Case::Insensitive);
    add("xAI", "\\bxAI\\b", Case::Sensitive);
    add("Cohere", "\\bCohere\\b(?! with)", Case::Sensitive);
    add("Moonshot AI", "\\bMoonshot ?AI\\b", Case::Insensitive);
    add("Zhipu", "\\bZhipu\\b", Case::Insensitive);
    // Model families.
    add("ChatGPT", "\\bChat ?GPT\\b", Case::Insensitive);
    add("GPT", "\\bGPT[- ]?[0-9](?:\\.[0-9])?(?:o|\\.[0-9]+)?(?:[- ]?(?:turbo|mini|nano|pro))?\\b",
        Case::Insensitive);
    add("Claude", "\\bClaude\\b(?! (?:Monet|Debussy|Shannon|Chabrol|Lelouch|Lévi))",
        Case::Sensitive);
    add("Gemini", "\\bGemini\\b", Case::Sensitive);
    add("Gemma", "\\bGemma ?[0-9]", Case::Sensitive);
    add("Bard", "\\bGoogle Bard\\b", Case::Insensitive);
    add("Qwen", "\\bQwen|通义千问", Case::Insensitive);
    add("Llama", "\\b(?:Llama|LLaMA|LLAMA)(?:[- ]?[0-9](?:\\.[0-9])?)?\\b", Case::Sensitive);
    add("Mistral", "\\b(?:Mistral|Mixtral)\\b", Case::Sensitive);
    add("Grok", "\\bGrok(?:[- ]?[0-9])?\\b", Case::Sensitive);
    add("Phi", "\\bPhi-[0-9]", Case::Sensitive);
    add("Command R", "\\bCommand[- ]R\\b", Case::Sensitive);
    add("Kimi", "\\bKimi\\b", Case::Sensitive);
    add("GLM", "\\b(?:Chat)?GLM-?[0-9]", Case::Sensitive);
    add("ERNIE", "\\bERNIE\\b|文心一言", Case::Sensitive);
    // Vendors whose names are everyday words in answers ("a Google search", "Meta tags"): only
    // where the answer speaks of its maker or of itself as their model.
    add("Google",
        "\\b(?:" LINEUP_MADE_BY "Google|an? Google" LINEUP_AN_X_MODEL
        "|Google DeepMind|DeepMind)\\b",
        Case::Sensitive);
    add("Meta", "\\b(?:" LINEUP_MADE_BY "Meta|an? Meta" LINEUP_AN_X_MODEL "|Meta AI)\\b",
        Case::Sensitive);
    add("Microsoft", "\\b(?:" LINEUP_MADE_BY "Microsoft|an? Microsoft" LINEUP_AN_X_MODEL ")\\b",
        Case::Sensitive);
    add("Alibaba",
        "\\b(?:" LINEUP_MADE_BY "Alibaba(?: Cloud)?|an? Alibaba" LINEUP_AN_X_MODEL "|Tongyi)\\b",
        Case::Sensitive);
    add("Amazon", "\\b(?:" LINEUP_MADE_BY "Amazon|Amazon Nova|Amazon Titan)\\b", Case::Sensitive);
}

#undef LINEUP_MADE_BY
#undef LINEUP_AN_X_MODEL

QList<IdentityMatch> IdentityGuard::scan(const QString &answer) const
{
    QList<IdentityMatch> matches;
    for (const Rule &rule : m_rules) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(answer);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            matches.append(
                {rule.name, match.captured(), match.capturedStart(), match.capturedLength()});
        }
    }
    std::sort(matches.begin(), matches.end(), [](const IdentityMatch &a, const IdentityMatch &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
    });
    // Rules overlap ("Mistral AI" and "Mistral", "made by Google" and "Google DeepMind"): of
    // overlapping matches keep the earliest, longest one.
    QList<IdentityMatch> kept;
    for (const IdentityMatch &match : std::as_const(matches)) {
        if (!kept.isEmpty() && match.offset < kept.last().offset + kept.last().length)
            continue;
        kept.append(match);
    }
    return kept;
}

} // namespace Lineup
