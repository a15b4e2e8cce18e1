#include "arena/Vote.h"

#include <QCoreApplication>

namespace Lineup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::Vote", text);
}

bool isPermutation(const QList<int> &order, int count)
{
    if (order.size() != count)
        return false;
    QList<bool> seen(count, false);
    for (int pane : order) {
        if (pane < 0 || pane >= count || seen.at(pane))
            return false;
        seen[pane] = true;
    }
    return true;
}

} // namespace

QString Vote::problem() const
{
    const int panes = paneCount();
    if (panes < MinPanes || panes > MaxPanes)
        return tr("a vote compares %1 to %2 models, this one has %3")
            .arg(MinPanes)
            .arg(MaxPanes)
            .arg(panes);
    for (int pane = 0; pane < panes; ++pane) {
        if (contenders.at(pane).model.trimmed().isEmpty())
            return tr("model %1 has no name").arg(paneLetter(pane).toUpper());
    }
    switch (outcome) {
    case VoteOutcome::Winner:
        if (winner < 0 || winner >= panes)
            return tr("the winner is not one of the %1 models").arg(panes);
        break;
    case VoteOutcome::Order:
        if (panes < 3)
            return tr("an order needs more than two models");
        if (!isPermutation(order, panes))
            return tr("the order must name each of the %1 models once").arg(panes);
        if (winner != order.first())
            return tr("the winner must be the first model of the order");
        break;
    case VoteOutcome::Tie:
    case VoteOutcome::BothBad:
        break;
    }
    return {};
}

bool VoteFilter::matches(const Vote &vote) const
{
    if (!tag.isEmpty() && vote.tag.compare(tag.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    if (since.isValid() && !(vote.time.isValid() && vote.time >= since))
        return false;
    if (until.isValid() && !(vote.time.isValid() && vote.time < until))
        return false;
    return true;
}

QString paneLetter(int pane)
{
    if (pane < 0 || pane >= Vote::MaxPanes)
        return {};
    return QString(QChar(u'a' + pane));
}

int paneFromLetter(QStringView letter)
{
    if (letter.size() != 1)
        return -1;
    const int pane = letter.at(0).unicode() - u'a';
    return pane >= 0 && pane < Vote::MaxPanes ? pane : -1;
}

QList<PairOutcome> pairwiseOutcomes(const Vote &vote)
{
    QList<PairOutcome> pairs;
    if (!vote.problem().isNull())
        return pairs;
    const int panes = vote.paneCount();
    switch (vote.outcome) {
    case VoteOutcome::Winner:
        for (int pane = 0; pane < panes; ++pane) {
            if (pane != vote.winner)
                pairs.append({vote.winner, pane, false});
        }
        break;
    case VoteOutcome::Tie:
    case VoteOutcome::BothBad:
        for (int first = 0; first < panes; ++first) {
            for (int second = first + 1; second < panes; ++second)
                pairs.append({first, second, true});
        }
        break;
    case VoteOutcome::Order:
        for (int above = 0; above < panes; ++above) {
            for (int below = above + 1; below < panes; ++below)
                pairs.append({vote.order.at(above), vote.order.at(below), false});
        }
        break;
    }
    return pairs;
}

} // namespace Lineup
