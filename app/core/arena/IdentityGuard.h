#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Lineup {

// Where an answer gives away who wrote it.
struct IdentityMatch
{
    QString name;         // the model family or vendor matched ("Claude", "OpenAI", "GPT")
    QString text;         // the answer's own words that matched ("I'm Claude", "GPT-4o")
    qsizetype offset = 0; // in the answer
    qsizetype length = 0;
};

// Flags answers that name a model or vendor, so a blind vote can be kept out of the leaderboard.
// Words only count as whole words. Names that are also ordinary words are matched the way
// they are written as names ("Mistral" and "Llama" capitalised, not the wind or the animal;
// "GPT" only with a version, not the partition table), and vendors whose names turn up in
// honest answers all the time (Google, Meta, Microsoft, Alibaba, Amazon) only where the answer
// speaks of itself: "trained by Google", "a Meta model", "Meta AI".
class IdentityGuard
{
public:
    IdentityGuard();

    // Every match, in the order they occur in the answer (overlaps resolved by the earliest).
    QList<IdentityMatch> scan(const QString &answer) const;
    bool flags(const QString &answer) const { return !scan(answer).isEmpty(); }

private:
    struct Rule
    {
        QString name;
        QRegularExpression pattern;
    };
    QList<Rule> m_rules;
};

} // namespace Lineup
