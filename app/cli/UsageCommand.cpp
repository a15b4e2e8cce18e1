#include "UsageCommand.h"

#include "storage/ConversationStore.h"
#include "usage/UsageSummary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::UsageCommand", text);
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

} // namespace

int printConversationUsage(ConversationStore &store, qint64 conversationId, bool json,
                           QTextStream &out, QTextStream &err)
{
    const auto info = store.conversation(conversationId);
    if (!info) {
        err << tr("there is no conversation %1").arg(conversationId) << '\n';
        return 1;
    }
    QSettings settings;
    PriceBook prices;
    prices.loadTable(PriceTable(settings));
    const UsageSummary summary = UsageSummary::of(*info, store.messages(info->id), &prices);
    if (json) {
        QJsonObject object = summary.toJson();
        object.insert(QStringLiteral("conversation_id"), info->id);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    const TokenCounts &t = summary.tokens;
    const QString e = mark(t.estimated);
    out << "# " << info->title << " (#" << info->id << ")\n";
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
    if (summary.estimated())
        out << tr("~ estimated: the service reported no usage for some answers.") << '\n';
    return 0;
}

} // namespace Lineup
