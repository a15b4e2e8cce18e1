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

} // namespace Lineup
