#include "util/TerminalText.h"

namespace Lineup {

namespace {

// East Asian Wide and Fullwidth ranges (as wcwidth() implementations draw them).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || c == 0x2329 || c == 0x232a ||
           (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f) || (c >= 0xac00 && c <= 0xd7a3) ||
           (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) ||
           (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff60) ||
           (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
           (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

bool isClosingPunctuation(QChar c)
{
    return QStringView(u"、。，．,.）)」』】〕》〉！？!?：:；;ー…・").contains(c);
}

bool isOpeningBracket(QChar c)
{
    return QStringView(u"（(「『【〔《〈").contains(c);
}

// Whether a line may break between `before` and `after` without a space.
bool breaksBetween(QChar before, QChar after)
{
    if (isClosingPunctuation(after) || isOpeningBracket(before))
        return false;
    return isWide(before.unicode()) || isWide(after.unicode());
}

// Where the text of "  --option <V>   description" starts (the description), or the end of the
// leading spaces for any other line.
qsizetype hangingIndent(QStringView line)
{
    qsizetype lead = 0;
    while (lead < line.size() && line.at(lead) == u' ')
        ++lead;
    if (lead > 0) {
        const qsizetype gap = line.indexOf(QLatin1String("  "), lead);
        if (gap > 0) {
            qsizetype text = gap;
            while (text < line.size() && line.at(text) == u' ')
                ++text;
            if (text < line.size())
                return text;
        }
    }
    return lead;
}

void wrapLine(QStringView line, qsizetype columns, QString &out)
{
    const qsizetype indentColumns = terminalWidth(line.left(hangingIndent(line)));
    // Too deep an indent leaves no room: continue under a shallower one.
    const qsizetype indent = indentColumns > columns / 2 ? 4 : indentColumns;
    const QString continuation(indent, u' ');
    qsizetype start = 0;
    bool first = true;
    while (start < line.size()) {
        const qsizetype room = first ? columns : columns - indent;
        // The longest piece that fits, ending at the last break opportunity within it.
        qsizetype width = 0, end = start, lastBreak = -1, resume = -1;
        while (end < line.size()) {
            const qsizetype charWidth = terminalWidth(line.mid(end, 1));
            if (width + charWidth > room)
                break;
            width += charWidth;
            ++end;
            if (end < line.size()) {
                if (line.at(end) == u' ' && line.at(end - 1) != u' ') {
                    lastBreak = end;
                    resume = end + 1;
                } else if (breaksBetween(line.at(end - 1), line.at(end))) {
                    lastBreak = end;
                    resume = end;
                }
            }
        }
        if (end >= line.size()) {
            lastBreak = line.size();
            resume = line.size();
        } else if (lastBreak <= start) {
            lastBreak = resume = std::max(end, start + 1); // one word wider than the room: cut
        }
        if (!first)
            out += continuation;
        QStringView piece = line.mid(start, lastBreak - start);
        while (piece.size() > 1 && piece.back() == u' ') // a break just after a space
            piece.chop(1);
        out += piece;
        start = resume;
        while (start < line.size() && line.at(start) == u' ')
            ++start;
        if (start < line.size())
            out += u'\n';
        first = false;
    }
}

} // namespace

qsizetype terminalWidth(QStringView text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString padToTerminalWidth(const QString &text, qsizetype columns)
{
    const qsizetype missing = columns - terminalWidth(text);
    return missing > 0 ? text + QString(missing, u' ') : text;
}

QString wrapToTerminalWidth(const QString &text, qsizetype columns)
{
    QString out;
    out.reserve(text.size() + text.size() / 16);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n';
        // A description QCommandLineParser already broke (by characters) goes on in lines
        // indented to its column: take them together, so a re-wrap does not leave stubs.
        const QStringView first = lines.at(i);
        const qsizetype indent = hangingIndent(first);
        qsizetype last = i;
        bool tooWide = terminalWidth(first) > columns;
        if (indent > 0) {
            while (last + 1 < lines.size() && hangingIndent(lines.at(last + 1)) == indent &&
                   lines.at(last + 1).left(indent).trimmed().isEmpty()) {
                ++last;
                tooWide = tooWide || terminalWidth(lines.at(last)) > columns;
            }
        }
        if (!tooWide) {
            for (qsizetype j = i; j <= last; ++j)
                out += (j > i ? QStringLiteral("\n") : QString()) + lines.at(j);
        } else {
            QString joined = first.toString();
            for (qsizetype j = i + 1; j <= last; ++j) {
                const QStringView more = lines.at(j).mid(indent);
                // Qt breaks at a space and drops it, or inside a run of CJK with none.
                if (!joined.isEmpty() && !more.isEmpty() &&
                    !(isWide(joined.back().unicode()) && isWide(more.front().unicode())))
                    joined += u' ';
                joined += more;
            }
            wrapLine(joined, columns, out);
        }
        i = last;
    }
    return out;
}

} // namespace Lineup
