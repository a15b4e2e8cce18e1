#pragma once

#include <QString>
#include <QStringView>

namespace Lineup {

// Columns `text` takes in a terminal: two for East Asian wide and fullwidth characters (CJK,
// kana, Hangul, fullwidth punctuation), none for combining marks, one otherwise. Plain text
// tables pad by this, not by QString::size(), so that Japanese and Chinese headers line up.
qsizetype terminalWidth(QStringView text);

// `text` followed by spaces up to `columns` terminal columns; unchanged when already as wide.
QString padToTerminalWidth(const QString &text, qsizetype columns);

// Help text with every line that is wider than `columns` terminal columns broken to fit (QCommand-
// LineParser wraps by characters, so Japanese and Chinese lines come out twice as wide). A line
// breaks at a space or between two CJK characters (never before closing punctuation such as 、。）
// or after an opening bracket), and continues under its text: for "  --opt   text", under "text".
// A word wider than the room left is cut. Lines that fit are kept as they are.
QString wrapToTerminalWidth(const QString &text, qsizetype columns = 80);

} // namespace Lineup
