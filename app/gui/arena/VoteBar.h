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
// tie / all bad after them), the prompt's tag, the identity guard's warning with the choice to
// keep the vote, and after the vote which model was which.
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

Q_SIGNALS:
    void voted(Lineup::VoteOutcome outcome, int winner);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(int choice);

    QLabel *m_message;
    QWidget *m_choiceRow;
    QList<QPushButton *> m_choices;
    QComboBox *m_tag;
    QLabel *m_tagLabel;
    QLabel *m_warning;
    QCheckBox *m_keep;
    int m_panes = 0;
    bool m_voting = false;
};

} // namespace Lineup
