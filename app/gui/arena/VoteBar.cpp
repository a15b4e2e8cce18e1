#include "arena/VoteBar.h"

#include "arena/BlindRound.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lineup {

VoteBar::VoteBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_choiceRow(new QWidget(this))
    , m_tag(new QComboBox(this))
    , m_tagLabel(new QLabel(tr("&Tag:"), this))
    , m_warning(new QLabel(this))
    , m_keep(new QCheckBox(tr("&Keep this vote in the leaderboard"), this))
    , m_orderRow(new QWidget(this))
{
    setObjectName(QStringLiteral("voteBar"));
    setAccessibleName(tr("Blind vote"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    m_message->setObjectName(QStringLiteral("voteMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_tag->setObjectName(QStringLiteral("voteTag"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->setMinimumContentsLength(12);
    m_tag->lineEdit()->setPlaceholderText(tr("optional: coding, writing…"));
    m_tag->setToolTip(tr("What kind of prompt this is; the leaderboard can be filtered by it"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tagLabel->setBuddy(m_tag);
    m_warning->setObjectName(QStringLiteral("voteIdentityWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_keep->setObjectName(QStringLiteral("voteKeepFlagged"));
    m_keep->setToolTip(tr("An answer named a model or vendor, so this vote was not blind. "
                          "Public arenas leave such votes out."));

    auto *row = new QHBoxLayout(m_choiceRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_orderRow->setObjectName(QStringLiteral("voteOrderRow"));
    (new QHBoxLayout(m_orderRow))->setContentsMargins(0, 0, 0, 0);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagLabel);
    tagRow->addWidget(m_tag);
    tagRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_message);
    layout->addWidget(m_warning);
    layout->addWidget(m_keep);
    layout->addWidget(m_choiceRow);
    layout->addWidget(m_orderRow);
    layout->addLayout(tagRow);
    showMessage(QString());
}

void VoteBar::showMessage(const QString &message)
{
    m_voting = false;
    m_message->setText(message);
    m_choiceRow->hide();
    m_orderRow->hide();
    m_warning->hide();
    m_keep->hide();
    m_tag->hide();
    m_tagLabel->hide();
}

void VoteBar::openVote(int panes, const QStringList &warnings, const QStringList &tags,
                       const QString &tag)
{
    m_panes = panes;
    auto *row = static_cast<QHBoxLayout *>(m_choiceRow->layout());
    // The last round's buttons and the stretch after them (stretches would pile up otherwise).
    while (QLayoutItem *item = row->takeAt(0))
        delete item;
    qDeleteAll(m_choices);
    m_choices.clear();
    delete m_orderButton;
    const auto add = [this, row](const QString &text, const QString &tip) {
        const int choice = int(m_choices.size());
        auto *button = new QPushButton(tr("%1  (%2)").arg(text).arg(choice + 1), m_choiceRow);
        button->setObjectName(QStringLiteral("voteChoice%1").arg(choice + 1));
        button->setToolTip(tip);
        button->setAccessibleName(text);
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        row->addWidget(button);
        m_choices.append(button);
    };
    for (int pane = 0; pane < panes; ++pane) {
        const QString name = blindPaneLabel(pane);
        add(panes == 2 ? tr("%1 is better").arg(name) : tr("%1 is best").arg(name),
            tr("Vote for %1's answer").arg(name));
    }
    add(tr("Tie"), tr("The answers are as good as each other"));
    add(panes == 2 ? tr("Both are bad") : tr("All are bad"), tr("No answer is good"));
    m_orderButton = nullptr;
    if (panes > 2) {
        m_orderButton = new QPushButton(tr("&Order them…"), m_choiceRow);
        m_orderButton->setObjectName(QStringLiteral("voteOrder"));
        m_orderButton->setCheckable(true);
        m_orderButton->setToolTip(tr("Rank every answer, best first"));
        m_orderButton->setAccessibleName(tr("Order them"));
        connect(m_orderButton, &QPushButton::toggled, this, [this](bool on) {
            m_orderRow->setVisible(on);
            if (on && !m_ranks.isEmpty())
                m_ranks.first()->setFocus(Qt::OtherFocusReason);
        });
        row->addWidget(m_orderButton);
    }
    row->addStretch();
    buildOrderRow(panes);

    m_message->setText(panes == 2
                           ? tr("Which answer is better? Press 1 to 4 or click.")
                           : tr("Which answer is best? Press 1 to %1 or click, or order them "
                                "all.")
                                 .arg(panes + 2));
    // The warning's colour from the current palette: amber on dark, dark orange on light.
    QPalette warningPalette = m_warning->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    warningPalette.setColor(QPalette::WindowText,
                            dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xa3, 0x4c, 0x00));
    m_warning->setPalette(warningPalette);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    m_keep->setChecked(false);
    m_keep->setVisible(!warnings.isEmpty());
    m_tag->clear();
    m_tag->addItems(tags);
    m_tag->setCurrentText(tag);
    m_choiceRow->show();
    m_tag->show();
    m_tagLabel->show();
    m_voting = true;
    setFocus(Qt::OtherFocusReason); // the number keys vote
}

void VoteBar::buildOrderRow(int panes)
{
    auto *row = static_cast<QHBoxLayout *>(m_orderRow->layout());
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ranks.clear();
    m_rankOf.clear();
    m_submitOrder = nullptr;
    m_orderRow->hide();
    if (panes <= 2)
        return;
    for (int pane = 0; pane < panes; ++pane) {
        const QString name = blindPaneLabel(pane);
        auto *label = new QLabel(name, m_orderRow);
        auto *rank = new QComboBox(m_orderRow);
        rank->setObjectName(QStringLiteral("voteRank%1").arg(pane + 1));
        for (int place = 0; place < panes; ++place) {
            if (place == 0)
                rank->addItem(tr("%1 (best)").arg(1));
            else if (place == panes - 1)
                rank->addItem(tr("%1 (worst)").arg(place + 1));
            else
                rank->addItem(QString::number(place + 1));
        }
        rank->setCurrentIndex(pane);
        rank->setAccessibleName(tr("Rank of %1").arg(name));
        rank->setToolTip(tr("Where %1's answer ranks; 1 is the best").arg(name));
        label->setBuddy(rank);
        connect(rank, &QComboBox::activated, this,
                [this, pane](int place) { setRank(pane, place); });
        row->addWidget(label);
        row->addWidget(rank);
        m_ranks.append(rank);
        m_rankOf.append(pane);
    }
    m_submitOrder = new QPushButton(tr("&Submit order"), m_orderRow);
    m_submitOrder->setObjectName(QStringLiteral("voteSubmitOrder"));
    m_submitOrder->setToolTip(tr("Vote for this order, best first"));
    m_submitOrder->setAccessibleName(tr("Submit order"));
    connect(m_submitOrder, &QPushButton::clicked, this, [this] {
        if (!m_voting)
            return;
        m_voting = false;
        const QList<int> ranked = order();
        Q_EMIT voted(VoteOutcome::Order, ranked.first(), ranked);
    });
    row->addWidget(m_submitOrder);
    row->addStretch();
}

void VoteBar::setRank(int pane, int rank)
{
    if (pane < 0 || pane >= m_ranks.size() || rank < 0 || rank >= m_ranks.size())
        return;
    const int old = m_rankOf.at(pane);
    // Two panes never share a rank: the one that had it takes this pane's old place.
    for (int other = 0; other < m_rankOf.size(); ++other) {
        if (other != pane && m_rankOf.at(other) == rank) {
            m_rankOf[other] = old;
            m_ranks.at(other)->setCurrentIndex(old);
        }
    }
    m_rankOf[pane] = rank;
    m_ranks.at(pane)->setCurrentIndex(rank);
}

QList<int> VoteBar::order() const
{
    QList<int> ranked(m_rankOf.size(), -1);
    for (int pane = 0; pane < m_rankOf.size(); ++pane)
        ranked[m_rankOf.at(pane)] = pane;
    return ranked;
}

void VoteBar::showRevealed(const QString &summary)
{
    showMessage(summary);
}

int VoteBar::choiceRowItemCount() const
{
    return m_choiceRow->layout()->count();
}

QString VoteBar::tag() const
{
    return m_tag->currentText().trimmed();
}

bool VoteBar::keepFlaggedVote() const
{
    return m_keep->isChecked();
}

void VoteBar::keyPressEvent(QKeyEvent *event)
{
    // Digits typed into the tag field stay there (it has the focus then, not the bar).
    const int key = event->key();
    if (m_voting && event->modifiers() == Qt::NoModifier && key >= Qt::Key_1 &&
        key < Qt::Key_1 + m_choices.size()) {
        choose(key - Qt::Key_1);
        return;
    }
    QFrame::keyPressEvent(event);
}

void VoteBar::choose(int choice)
{
    if (!m_voting || choice < 0 || choice >= m_choices.size())
        return;
    m_voting = false;
    if (choice < m_panes)
        Q_EMIT voted(VoteOutcome::Winner, choice, {});
    else if (choice == m_panes)
        Q_EMIT voted(VoteOutcome::Tie, -1, {});
    else
        Q_EMIT voted(VoteOutcome::BothBad, -1, {});
}

} // namespace Lineup
