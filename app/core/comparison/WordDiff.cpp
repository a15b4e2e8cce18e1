#include "comparison/WordDiff.h"

#include <QHash>

#include <bit>
#include <vector>

namespace Lineup {

namespace {

struct Word
{
    int offset = 0;
    int length = 0;
    int symbol = 0; // equal words (case folded) share a symbol
};

bool isIdeographic(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool isWordPart(char32_t ucs4)
{
    if (QChar::isLetterOrNumber(ucs4))
        return true;
    // Combining marks belong to the letter before them (decomposed accents, Devanagari vowels).
    const QChar::Category category = QChar::category(ucs4);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

// Words of `text` (at most MaxWords; *truncated when there were more), symbols from `symbols`.
QList<Word> wordsOf(const QString &text, QHash<QString, int> &symbols, bool *truncated)
{
    QList<Word> words;
    const auto symbolOf = [&symbols](QStringView word) {
        const QString folded = word.toString().toCaseFolded();
        const auto found = symbols.constFind(folded);
        if (found != symbols.cend())
            return *found;
        const int symbol = int(symbols.size());
        symbols.insert(folded, symbol);
        return symbol;
    };
    qsizetype wordStart = -1;
    const auto endWord = [&](qsizetype end) {
        if (wordStart < 0)
            return;
        words.append({int(wordStart), int(end - wordStart),
                      symbolOf(QStringView(text).mid(wordStart, end - wordStart))});
        wordStart = -1;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (words.size() >= WordDiff::MaxWords) {
            *truncated = true;
            return words;
        }
        char32_t ucs4 = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(ucs4) && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isIdeographic(ucs4)) {
            endWord(i);
            if (words.size() >= WordDiff::MaxWords) {
                *truncated = true;
                return words;
            }
            words.append({int(i), int(width), symbolOf(QStringView(text).mid(i, width))});
        } else if (isWordPart(ucs4)) {
            if (wordStart < 0)
                wordStart = i;
        } else {
            endWord(i);
        }
        i += width;
    }
    if (wordStart >= 0 && words.size() >= WordDiff::MaxWords)
        *truncated = true;
    else
        endWord(text.size());
    return words;
}

// Marks the words of `a` and `b` that are in a longest common subsequence. Bit-parallel LCS
// (Allison-Dix, Hyyrö): one row of the table is a bit vector over b, so the whole table costs
// |a|·|b|/64 words and as many word operations, and the kept rows let the path be traced back.
void markCommon(const QList<Word> &a, const QList<Word> &b, qsizetype from, qsizetype aEnd,
                qsizetype bEnd, std::vector<bool> &commonA, std::vector<bool> &commonB)
{
    const qsizetype n = aEnd - from;
    const qsizetype m = bEnd - from;
    if (n <= 0 || m <= 0)
        return;
    const size_t blocks = size_t((m + 63) / 64);
    // Where each symbol occurs in b's middle part.
    QHash<int, std::vector<qsizetype>> positions;
    for (qsizetype j = 0; j < m; ++j)
        positions[b.at(from + j).symbol].push_back(j);

    // rows[i]: the complement of Hyyrö's V after i words of a; bit j set means
    // L[i][j+1] = L[i][j] + 1.
    std::vector<quint64> rows((size_t(n) + 1) * blocks, 0);
    std::vector<quint64> v(blocks, ~quint64(0));
    std::vector<quint64> u(blocks);
    const quint64 lastMask = (m % 64) ? (quint64(1) << (m % 64)) - 1 : ~quint64(0);
    for (qsizetype i = 0; i < n; ++i) {
        std::fill(u.begin(), u.end(), 0);
        const auto found = positions.constFind(a.at(from + i).symbol);
        if (found != positions.cend()) {
            for (const qsizetype j : *found) {
                const quint64 bit = quint64(1) << (j % 64);
                u[size_t(j / 64)] |= v[size_t(j / 64)] & bit;
            }
        }
        // V = (V + U) | (V - U), with carries and borrows across the blocks.
        quint64 carry = 0;
        quint64 borrow = 0;
        quint64 *row = &rows[(size_t(i) + 1) * blocks];
        for (size_t k = 0; k < blocks; ++k) {
            const quint64 sum = v[k] + u[k];
            const quint64 sumCarry = sum < v[k] ? 1 : 0;
            const quint64 withCarry = sum + carry;
            carry = sumCarry | (withCarry < sum ? 1 : 0);
            const quint64 diff = v[k] - u[k];
            const quint64 diffBorrow = v[k] < u[k] ? 1 : 0;
            const quint64 withBorrow = diff - borrow;
            borrow = diffBorrow | (diff < borrow ? 1 : 0);
            v[k] = withCarry | withBorrow;
            row[k] = ~v[k];
        }
        row[blocks - 1] &= lastMask;
    }
    // L[i][j]: the set bits of row i below j.
    const auto lcsAt = [&](qsizetype i, qsizetype j) {
        const quint64 *row = &rows[size_t(i) * blocks];
        qint64 count = 0;
        const size_t full = size_t(j / 64);
        for (size_t k = 0; k < full; ++k)
            count += std::popcount(row[k]);
        if (j % 64)
            count += std::popcount(row[full] & ((quint64(1) << (j % 64)) - 1));
        return count;
    };
    qsizetype i = n;
    qsizetype j = m;
    qint64 length = lcsAt(i, j);
    while (i > 0 && j > 0) {
        if (a.at(from + i - 1).symbol == b.at(from + j - 1).symbol) {
            commonA[size_t(from + i - 1)] = true;
            commonB[size_t(from + j - 1)] = true;
            --i;
            --j;
            --length;
        } else if (lcsAt(i - 1, j) == length) {
            --i;
        } else {
            --j;
        }
    }
}

// Ranges of the words not in the common subsequence, runs of neighbouring words merged.
QList<QPair<int, int>> rangesOf(const QList<Word> &words, const std::vector<bool> &common)
{
    QList<QPair<int, int>> ranges;
    bool extending = false;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (common[size_t(w)]) {
            extending = false;
            continue;
        }
        const Word &word = words.at(w);
        if (extending) {
            ranges.last().second = word.offset + word.length - ranges.last().first;
        } else {
            ranges.append({word.offset, word.length});
            extending = true;
        }
    }
    return ranges;
}

} // namespace

WordDiff WordDiff::of(const QString &a, const QString &b)
{
    WordDiff diff;
    QHash<QString, int> symbols;
    const QList<Word> wordsA = wordsOf(a, symbols, &diff.truncated);
    const QList<Word> wordsB = wordsOf(b, symbols, &diff.truncated);
    std::vector<bool> commonA(size_t(wordsA.size()), false);
    std::vector<bool> commonB(size_t(wordsB.size()), false);

    // A shared beginning and end are common as they stand; only the middle needs the table.
    qsizetype prefix = 0;
    while (prefix < wordsA.size() && prefix < wordsB.size() &&
           wordsA.at(prefix).symbol == wordsB.at(prefix).symbol) {
        commonA[size_t(prefix)] = commonB[size_t(prefix)] = true;
        ++prefix;
    }
    qsizetype endA = wordsA.size();
    qsizetype endB = wordsB.size();
    while (endA > prefix && endB > prefix &&
           wordsA.at(endA - 1).symbol == wordsB.at(endB - 1).symbol) {
        commonA[size_t(endA - 1)] = commonB[size_t(endB - 1)] = true;
        --endA;
        --endB;
    }
    // markCommon indexes both lists from `prefix`: b's middle starts at the same word index.
    markCommon(wordsA, wordsB, prefix, endA, endB, commonA, commonB);
    diff.onlyInA = rangesOf(wordsA, commonA);
    diff.onlyInB = rangesOf(wordsB, commonB);
    return diff;
}

} // namespace Lineup
