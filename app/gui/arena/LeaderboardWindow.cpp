#include "arena/LeaderboardWindow.h"

#include "arena/LeaderboardTableModel.h"
#include "arena/WinRateHeatMap.h"
#include "storage/VoteStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Lineup {

LeaderboardWindow::LeaderboardWindow(VoteStore *votes, ConversationStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_votes(votes)
    , m_store(store)
    , m_model(new LeaderboardTableModel(this))
    , m_table(new QTableView(this))
    , m_heatMap(new WinRateHeatMap(this))
    , m_tag(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_untilEnabled(new QCheckBox(tr("&Until"), this))
    , m_until(new QDateEdit(this))
    , m_includeFlagged(new QCheckBox(tr("Count &flagged votes that were kept"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("leaderboardWindow"));
    setWindowTitle(tr("Leaderboard"));
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1); // one thread, one database connection, for the window's life

    m_tag->setObjectName(QStringLiteral("leaderboardTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setToolTip(tr("Count only the votes with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    m_from->setAccessibleName(tr("First day"));
    m_until->setDate(today);
    m_until->setAccessibleName(tr("Last day"));
    m_fromEnabled->setToolTip(tr("Count only the votes cast on or after this day"));
    m_untilEnabled->setToolTip(tr("Count only the votes cast on or before this day"));
    m_includeFlagged->setChecked(true);
    m_includeFlagged->setToolTip(
        tr("Votes on answers that named a model or vendor count when they were kept at the "
           "vote; clear this to leave every such vote out, as public arenas do"));

    auto *tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tag);
    auto *filters = new QHBoxLayout;
    filters->addWidget(tagLabel);
    filters->addWidget(m_tag);
    filters->addSpacing(12);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_untilEnabled);
    filters->addWidget(m_until);
    filters->addSpacing(12);
    filters->addWidget(m_includeFlagged);
    filters->addStretch();

    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    m_table->setAccessibleName(tr("Ranking"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeaderboardTableModel::Model,
                                                      QHeaderView::Stretch);

    auto *heatTitle = new QLabel(tr("Win rate of the row's model against the column's"), this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_heatMap);
    scroll->setWidgetResizable(false);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *heatPane = new QWidget(this);
    auto *heatLayout = new QVBoxLayout(heatPane);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    heatLayout->addWidget(heatTitle);
    heatLayout->addWidget(scroll, 1);

    // The table is as tall as its rows (up to a point), the heat map gets the rest.
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(heatPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_summary->setObjectName(QStringLiteral("leaderboardSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    resize(760, 640);

    connect(m_tag, &QComboBox::currentIndexChanged, this, &LeaderboardWindow::scheduleRecompute);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_untilEnabled, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_untilEnabled, m_includeFlagged})
        connect(box, &QCheckBox::toggled, this, &LeaderboardWindow::scheduleRecompute);
    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &LeaderboardWindow::scheduleRecompute);
    connect(m_votes, &VoteStore::votesChanged, this, [this] {
        reloadTags();
        scheduleRecompute();
    });
    reloadTags();
    recompute();
}

LeaderboardWindow::~LeaderboardWindow()
{
    // A running fit posts its result to this window; let it finish first.
    m_worker.waitForDone();
}

LeaderboardFilter LeaderboardWindow::filter() const
{
    LeaderboardFilter filter;
    filter.tag = m_tag->currentData().toString();
    // The days are the user's; the votes' times are UTC.
    if (m_fromEnabled->isChecked())
        filter.since = m_from->date().startOfDay().toUTC();
    if (m_untilEnabled->isChecked())
        filter.until = m_until->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void LeaderboardWindow::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    const QStringList tags = m_votes->tags();
    for (const QString &tag : tags)
        m_tag->addItem(tag, tag);
    const int index = m_tag->findData(current, Qt::UserRole, Qt::MatchFixedString);
    m_tag->setCurrentIndex(qMax(0, index));
}

void LeaderboardWindow::scheduleRecompute()
{
    if (m_scheduled)
        return;
    m_scheduled = true; // several controls changing at once compute once
    QTimer::singleShot(0, this, &LeaderboardWindow::recompute);
}

void LeaderboardWindow::recompute()
{
    m_scheduled = false;
    const LeaderboardFilter currentFilter = filter();
    const bool includeFlagged = m_includeFlagged->isChecked();
    const int generation = ++m_generation;
    m_worker.start([this, currentFilter, includeFlagged, generation] {
        // The store gives this thread its own connection; the VoteStore is this thread's too.
        QList<Vote> votes = VoteStore(*m_store).votes(currentFilter);
        if (!includeFlagged) {
            for (Vote &vote : votes)
                if (vote.identityFlagged)
                    vote.counted = false;
        }
        LeaderboardResult result = Leaderboard::compute(votes, currentFilter);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), generation] { showResult(result, generation); },
            Qt::QueuedConnection);
    });
}

void LeaderboardWindow::showResult(const LeaderboardResult &result, int generation)
{
    if (generation != m_generation)
        return; // the filters changed while it ran; a newer result follows
    m_result = result;
    m_model->setResult(result);
    m_heatMap->setResult(result, m_model->order());
    const int rowsHeight =
        qMax(1, m_model->rowCount()) * m_table->verticalHeader()->defaultSectionSize();
    m_table->setMaximumHeight(qMin(360, m_table->horizontalHeader()->sizeHint().height() +
                                            rowsHeight + 2 * m_table->frameWidth() + 2));
    m_summary->setText(
        result.voteCount == 0
            ? tr("No counted votes match the filters. Vote in a blind comparison (File ▸ New "
                 "Blind Comparison) to fill the leaderboard.")
            : tr("%n votes counted. Ratings: Bradley-Terry fit on the Elo scale (mean 1000); "
                 "intervals: 95% of 200 bootstrap resamples; models whose intervals overlap "
                 "share a rank.",
                 nullptr, result.voteCount));
    Q_EMIT updated();
}

} // namespace Lineup
