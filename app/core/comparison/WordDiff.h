#pragma once

#include <QList>
#include <QString>

namespace Lineup {

// A word-level diff of two answers: the ranges (offset, length into each text) of the words one
// says that the other does not. Words are runs of letters/digits (each CJK character is a word);
// whitespace and punctuation only separate them. The longest common subsequence of words is
// kept; the rest is reported, adjacent words merged into one range. Cost is bounded: texts past
// MaxWords words each are compared on their first MaxWords words and `truncated` is set.
struct WordDiff
{
    static constexpr int MaxWords = 20000;

    QList<QPair<int, int>> onlyInA;
    QList<QPair<int, int>> onlyInB;
    bool truncated = false;

    static WordDiff of(const QString &a, const QString &b);
};

} // namespace Lineup
