#pragma once

#include "CliCommon.h"

#include "comparison/PaneFigures.h"

namespace Lineup {
class ChatStream;
}

namespace Lineup::Cli {

// Text output of `compare`: each answer under a header as soon as it completes (answers arrive
// at once, so none is streamed token by token: they would interleave), then one table of the
// numbers that decide, the best value of each figure in bold.
class ComparePrinter
{
public:
    explicit ComparePrinter(Console &console);

    // "=== 2. gpt-5 (cometapi) ===", then the answer as `chat` prints it (reasoning dimmed on
    // stderr, other choices and tool calls after the text), then the error if it failed.
    void printAnswer(int index, const QString &label, const ChatStream &stream);
    // The figures table in Markdown, rows labelled "N. label".
    void printFigures(const QStringList &labels, const QList<PaneFigures> &figures);

    // The column names, translated, in Figure order.
    static QStringList figureNames();

private:
    Console &m_console;
};

} // namespace Lineup::Cli
