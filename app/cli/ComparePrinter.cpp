#include "ComparePrinter.h"

#include "ChatPrinter.h"

namespace Lineup::Cli {

ComparePrinter::ComparePrinter(Console &console)
    : m_console(console)
{}

QStringList ComparePrinter::figureNames()
{
    return {LineupCli::tr("first token (ms)"),
            LineupCli::tr("tokens/s"),
            LineupCli::tr("total (ms)"),
            LineupCli::tr("prompt tokens"),
            LineupCli::tr("completion tokens"),
            LineupCli::tr("reasoning tokens"),
            LineupCli::tr("cost (USD)"),
            LineupCli::tr("finish"),
            LineupCli::tr("schema")};
}

void ComparePrinter::printAnswer(int index, const QString &label, const ChatStream &stream)
{
    m_console.out(QStringLiteral("=== %1. %2 ===\n").arg(index + 1).arg(label));
    ChatPrinter::Options options;
    options.streamText = true;
    // No deltas were shown: finish() prints the whole answer.
    ChatPrinter printer(m_console, options);
    printer.finish(stream, {});
    if (stream.error().isError())
        m_console.out(LineupCli::tr("[error: %1]").arg(stream.error().humanMessage()) % u'\n');
    else if (stream.status() == ChatStream::Status::Stopped)
        m_console.out(LineupCli::tr("[stopped before it ended]") % u'\n');
    m_console.out(QStringLiteral("\n"));
}

void ComparePrinter::printFigures(const QStringList &labels, const QList<PaneFigures> &figures)
{
    QStringList rows;
    for (qsizetype i = 0; i < labels.size(); ++i)
        rows.append(QStringLiteral("%1. %2").arg(i + 1).arg(labels.at(i)));
    m_console.out(figuresMarkdown(rows, figures, figureNames(), QStringLiteral("-")));
}

} // namespace Lineup::Cli
