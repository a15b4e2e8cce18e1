// ChatView: marked passages (a comparison's word diff) placed on the laid-out text.
#include "chat/ConversationModel.h"
#include "chatview/ChatViewPrivate.h"

#include <QTextDocument>

namespace Lineup {

namespace {

struct Word
{
    QStringView text;
    int unit = 0;
    int pos = 0;
    bool marked = false;
};

bool isCjk(QChar c)
{
    const char32_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x9fff) ||
           (u >= 0xac00 && u <= 0xd7af) || (u >= 0xf900 && u <= 0xfaff);
}

// Words as WordDiff sees them: runs of letters and digits, each CJK character on its own.
void splitWords(QStringView text, int unit, QList<Word> *words)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const int start = i;
        if (isCjk(text[i])) {
            ++i;
        } else {
            while (i < n && text[i].isLetterOrNumber() && !isCjk(text[i]))
                ++i;
        }
        words->append({text.mid(start, i - start), unit, start, false});
    }
}

} // namespace

void ChatView::setMarkedRanges(int row, const QList<QPair<int, int>> &ranges)
{
    if (ranges.isEmpty())
        d->markedRanges.remove(row);
    else
        d->markedRanges.insert(row, ranges);
    d->markCache.remove(row);
    viewport()->update();
}

void ChatView::clearMarkedRanges()
{
    d->markedRanges.clear();
    d->markCache.clear();
    viewport()->update();
}

int ChatView::markedPassageCount(int row) const
{
    if (!d->model || row < 0 || row >= int(d->rows.size()))
        return 0;
    d->ensureLayout(row);
    return int(d->marksFor(row).size());
}

QList<MessagePaintState::Mark> ChatViewPrivate::marksFor(int row) const
{
    const ChatRow &chatRow = rows[size_t(row)];
    if (!chatRow.layout || !model)
        return {};
    MarkCacheEntry &entry = markCache[row];
    if (entry.layout == chatRow.layout.get() && entry.layoutCount == chatRow.layoutCount)
        return entry.marks;
    entry = {chatRow.layout.get(), chatRow.layoutCount, {}};

    // The ranges index the Markdown source; the documents hold the rendered text. The words of
    // both are the same apart from markup, so walking them side by side finds each marked word.
    const QString source = model->record(row).message.text();
    QList<Word> sourceWords;
    splitWords(source, -1, &sourceWords);
    const QList<QPair<int, int>> ranges = markedRanges.value(row);
    for (Word &word : sourceWords) {
        const int offset = int(word.text.data() - source.constData());
        for (const QPair<int, int> &range : ranges) {
            if (offset >= range.first && offset < range.first + range.second) {
                word.marked = true;
                break;
            }
        }
    }
    const QList<TextUnit> units = chatRow.layout->textUnits();
    QStringList texts;
    QList<Word> shownWords;
    texts.reserve(units.size());
    for (int unit = 0; unit < units.size(); ++unit)
        texts.append(units.at(unit).doc->toPlainText());
    for (int unit = 0; unit < units.size(); ++unit)
        splitWords(texts.at(unit), unit, &shownWords);

    constexpr int Lookahead = 12; // markup words (link targets, fence languages) are skipped
    int next = 0;
    for (const Word &word : sourceWords) {
        for (int k = next; k < int(shownWords.size()) && k < next + Lookahead; ++k) {
            if (shownWords.at(k).text != word.text)
                continue;
            if (word.marked) {
                const Word &shown = shownWords.at(k);
                MessagePaintState::Mark *last =
                    entry.marks.isEmpty() ? nullptr : &entry.marks.last();
                if (last && last->unit == shown.unit && k > 0 && shownWords.at(k - 1).marked) {
                    last->length = shown.pos + int(shown.text.size()) - last->pos;
                } else {
                    entry.marks.append({shown.unit, shown.pos, int(shown.text.size())});
                }
                shownWords[k].marked = true;
            }
            next = k + 1;
            break;
        }
    }
    return entry.marks;
}

} // namespace Lineup
