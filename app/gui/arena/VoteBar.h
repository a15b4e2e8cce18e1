#pragma once

#include "arena/Vote.h"

#include <QFrame>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Lineup {

// The blind round's bar under the panes: what to do next, the vote once every pane has finished
// (A better / B better / tie / both bad on keys 1-4; with more panes, the best pick on 1..n and
// tie / all bad after them, or "Order them": a rank box per pane, best first, that swaps ranks
// so they always stay an order), the prompt's tag, the identity guard's warning with the choice
// to keep the vote, and after the vote which model was which.
class VoteBar : public QFrame
{
    Q_OBJECT
public:
    explicit VoteBar(QWidget *parent = nullptr);

    // Before the vote: a hint only.
    void showMessage(const QString &message);
    // The vote for `panes` panes. `warnings`: the identity guard's findings, one line each.
    void openVote(int panes, const QStringList &warnings, const QStringList &tags,
                  const QString &tag);
    void showRevealed(const QString &summary);

    bool isVoting() const { return m_voting; }
    QString tag() const;
    bool keepFlaggedVote() const;
    // 0..panes-1: that pane is best; panes: tie; panes + 1: all bad.
    QList<QPushButton *> choices() const { return m_choices; }
    QComboBox *tagBox() const { return m_tag; }
    QCheckBox *keepBox() const { return m_keep; }
    QLabel *messageLabel() const { return m_message; }
    int choiceRowItemCount() const; // buttons and the stretch after them (tests)
    // More than two panes: shows the rank boxes; rankBoxes()[pane] holds that pane's rank
    // (0 = best). Null / empty with two panes.
    QPushButton *orderButton() const { return m_orderButton; }
    QList<QComboBox *> rankBoxes() const { return m_ranks; }
    QPushButton *submitOrderButton() const { return m_submitOrder; }
    // Pane indexes best first, as the rank boxes say.
    QList<int> order() const;

Q_SIGNALS:
    // `order`: every pane best first for VoteOutcome::Order, else empty.
    void voted(Lineup::VoteOutcome outcome, int winner, const QList<int> &order);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(int choice);
    void buildOrderRow(int panes);
    void setRank(int pane, int rank); // and gives the pane that had it the old rank

    QLabel *m_message;
    QWidget *m_choiceRow;
    QList<QPushButton *> m_choices;
    QComboBox *m_tag;
    QLabel *m_tagLabel;
    QLabel *m_warning;
    QCheckBox *m_keep;
    QWidget *m_orderRow;
    QPushButton *m_orderButton = nullptr;
    QPushButton *m_submitOrder = nullptr;
    QList<QComboBox *> m_ranks;
    QList<int> m_rankOf; // per pane, its rank as last set (to swap with)
    int m_panes = 0;
    bool m_voting = false;
};

} // namespace Lineup
