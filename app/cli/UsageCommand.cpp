#include "UsageCommand.h"

#include "storage/ConversationStore.h"
#include "usage/UsageSummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    // lupdate files the tr() calls of this file's free functions under the namespace.
    return QCoreApplication::translate("Lineup", text);
}

QString dollars(double value)
{
    return formatUsd(value);
}

QString mark(bool estimated)
{
    return estimated ? QStringLiteral("~") : QString();
}

QString sourceText(PriceSource source)
{
    switch (source) {
    case PriceSource::Service:
        return tr("price from the service");
    case PriceSource::PriceTable:
        return tr("price from the price table");
    case PriceSource::None:
        break;
    }
    return tr("no price known (lineup-cli prices set MODEL ...)");
}

// Requests, tokens and cost lines of a summary; with `details`, the context fill and one line
// per request too.
void printSummary(const UsageSummary &summary, bool details, QTextStream &out)
{
    const TokenCounts &t = summary.tokens;
    const QString e = mark(t.estimated);
    out << tr("requests: %1").arg(summary.requests()) << '\n';
    out << tr("tokens: prompt %1 (cached %2), completion %3 (reasoning %4), total %5")
               .arg(e + QString::number(t.prompt), e + QString::number(t.cached),
                    e + QString::number(t.completion), e + QString::number(t.reasoning),
                    e + QString::number(t.total()))
        << '\n';
    const Cost &c = summary.cost;
    out << tr("cost: %1 USD (input %2, cached input %3, output %4), %5")
               .arg(mark(c.estimated) + dollars(c.total()), dollars(c.input),
                    dollars(c.cachedInput), dollars(c.output), sourceText(c.source))
        << '\n';
    if (!details)
        return;
    if (const auto fill = summary.contextFill()) {
        out << tr("context: %1 of %2 tokens (%3%)%4")
                   .arg(mark(summary.lastPromptEstimated) +
                        QString::number(summary.lastPromptTokens))
                   .arg(*summary.contextLength)
                   .arg(*fill * 100, 0, 'f', 1)
                   .arg(summary.contextWarning() ? tr(" - nearly full") : QString())
            << '\n';
    } else {
        out << tr("context: %1 tokens in the last request (context length unknown: "
                  "lineup-cli prices set MODEL ... --context TOKENS)")
                   .arg(mark(summary.lastPromptEstimated) +
                        QString::number(summary.lastPromptTokens))
            << '\n';
    }
    for (const UsageTurn &turn : summary.turns) {
        const QString m = mark(turn.tokens.estimated);
        out << "  " << turn.model << ": "
            << tr("prompt %1, completion %2, %3")
                   .arg(m + QString::number(turn.tokens.prompt),
                        m + QString::number(turn.tokens.completion), m + dollars(turn.cost.total()))
            << '\n';
    }
}

// A comparison: one block per pane, then the total of all of them.
int printComparisonUsage(ConversationStore &store, const ConversationInfo &info,
                         const PriceBook &prices, bool json, QTextStream &out, QTextStream &err)
{
    const std::optional<Comparison> comparison = store.comparison(info.id);
    if (!comparison) {
        err << tr("comparison %1 cannot be read: %2").arg(info.id).arg(store.lastError()) << '\n';
        return 1;
    }
    QList<UsageSummary> summaries;
    for (const ComparisonPane &pane : comparison->panes)
        summaries.append(
            UsageSummary::of(pane.conversation, store.messages(pane.conversation.id), &prices));
    const UsageSummary total = UsageSummary::total(summaries);
    if (json) {
        QJsonArray panes;
        for (qsizetype i = 0; i < summaries.size(); ++i) {
            const ComparisonPane &pane = comparison->panes.at(i);
            QJsonObject object = summaries.at(i).toJson();
            object.insert(QStringLiteral("position"), pane.position);
            object.insert(QStringLiteral("conversation_id"), pane.conversation.id);
            object.insert(QStringLiteral("model"), pane.conversation.model);
            object.insert(QStringLiteral("profile_id"), pane.conversation.profileId);
            panes.append(object);
        }
        QJsonObject totalObject = total.toJson();
        totalObject.remove(QStringLiteral("context")); // each pane has its own
        totalObject.remove(QStringLiteral("turns"));
        const QJsonObject object{{QStringLiteral("comparison_id"), info.id},
                                 {QStringLiteral("kind"), QStringLiteral("comparison")},
                                 {QStringLiteral("panes"), panes},
                                 {QStringLiteral("total"), totalObject}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << "# " << info.title << " (#" << info.id << ", "
        << tr("comparison of %1").arg(summaries.size()) << ")\n";
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const ComparisonPane &pane = comparison->panes.at(i);
        out << "\n## " << tr("pane %1").arg(pane.position + 1) << ": " << pane.conversation.model;
        if (!pane.conversation.profileId.isEmpty())
            out << " (" << pane.conversation.profileId << ')';
        out << '\n';
        printSummary(summaries.at(i), true, out);
    }
    out << "\n## " << tr("total") << '\n';
    printSummary(total, false, out);
    if (total.estimated())
        out << tr("~ estimated: the service reported no usage for some answers.") << '\n';
    return 0;
}

} // namespace

int printConversationUsage(ConversationStore &store, qint64 conversationId, bool json,
                           QTextStream &out, QTextStream &err)
{
    const auto info = store.conversation(conversationId);
    if (!info) {
        err << tr("there is no conversation %1").arg(conversationId) << '\n';
        return 1;
    }
    if (store.hidesModels(conversationId)) {
        err << tr("conversation %1 is a blind comparison not voted on yet: vote on it in Lineup "
                  "first (its usage would name its models)")
                   .arg(conversationId)
            << '\n';
        return 1;
    }
    QSettings settings;
    PriceBook prices;
    prices.loadTable(PriceTable(settings));
    if (info->kind == ConversationKind::Comparison)
        return printComparisonUsage(store, *info, prices, json, out, err);
    const UsageSummary summary = UsageSummary::of(*info, store.messages(info->id), &prices);
    if (json) {
        QJsonObject object = summary.toJson();
        object.insert(QStringLiteral("conversation_id"), info->id);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << "# " << info->title << " (#" << info->id << ")\n";
    printSummary(summary, true, out);
    if (summary.estimated())
        out << tr("~ estimated: the service reported no usage for some answers.") << '\n';
    return 0;
}

} // namespace Lineup
