#include "arena/BlindRound.h"

#include <QCoreApplication>
#include <QSet>

namespace Lineup {

QList<PoolModel> drawContenders(const QList<PoolModel> &pool, int panes, QRandomGenerator &random)
{
    if (panes < Vote::MinPanes || panes > Vote::MaxPanes)
        return {};
    // A partial Fisher-Yates shuffle: the drawn prefix is a uniformly random ordered sample.
    // Entries whose model name was drawn already are moved past instead.
    QList<PoolModel> candidates = pool;
    QList<PoolModel> drawn;
    QSet<QString> names;
    qsizetype left = candidates.size();
    while (drawn.size() < panes && left > 0) {
        const qsizetype pick = qsizetype(random.bounded(quint32(left)));
        const PoolModel candidate = candidates.at(pick);
        candidates.swapItemsAt(pick, left - 1);
        --left;
        if (names.contains(candidate.model))
            continue;
        names.insert(candidate.model);
        drawn.append(candidate);
    }
    return drawn.size() == panes ? drawn : QList<PoolModel>();
}

QString blindPaneLabel(int pane)
{
    return QCoreApplication::translate("Lineup::BlindRound", "Model %1")
        .arg(paneLetter(pane).toUpper());
}

Vote voteFor(const Comparison &comparison, const QString &prompt)
{
    Vote vote;
    vote.prompt = prompt;
    vote.comparisonId = comparison.id();
    vote.time = QDateTime::currentDateTimeUtc();
    for (const ComparisonPane &pane : comparison.panes)
        vote.contenders.append({pane.conversation.model, pane.conversation.profileId});
    return vote;
}

} // namespace Lineup
