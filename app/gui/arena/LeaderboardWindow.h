#pragma once

#include "arena/Leaderboard.h"

#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace Lineup {

class ConversationStore;
class LeaderboardTableModel;
class VoteStore;
class WinRateHeatMap;

// The blind arena's leaderboard: the ranking table, the win-rate heat map, and filters by tag,
// date range and whether votes the identity guard flagged count. Follows the vote store: a new
// or deleted vote recomputes it. Reading the votes and the fit run on a worker thread (with its
// own database connection: 10,000 votes take tens of ms to read and as many to fit), so a large
// history never holds up the window.
class LeaderboardWindow : public QWidget
{
    Q_OBJECT
public:
    // `store` is the database `votes` uses; the worker reads it through a connection of its own.
    LeaderboardWindow(VoteStore *votes, ConversationStore *store, QWidget *parent = nullptr);
    ~LeaderboardWindow() override;

    // The filter the controls describe.
    LeaderboardFilter filter() const;
    const LeaderboardResult &result() const { return m_result; }

    // Test seams.
    LeaderboardTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    WinRateHeatMap *heatMap() const { return m_heatMap; }
    QComboBox *tagFilter() const { return m_tag; }
    QCheckBox *fromEnabled() const { return m_fromEnabled; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *untilEnabled() const { return m_untilEnabled; }
    QDateEdit *untilDate() const { return m_until; }
    QCheckBox *includeFlagged() const { return m_includeFlagged; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void updated(); // a recomputation's result is shown

private:
    void reloadTags();
    void scheduleRecompute();
    void showResult(const LeaderboardResult &result, int generation);

    VoteStore *m_votes;
    ConversationStore *m_store;
    LeaderboardTableModel *m_model;
    QTableView *m_table;
    WinRateHeatMap *m_heatMap;
    QComboBox *m_tag;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_untilEnabled;
    QDateEdit *m_until;
    QCheckBox *m_includeFlagged;
    QLabel *m_summary;
    LeaderboardResult m_result;
    QThreadPool m_worker;
    int m_generation = 0; // results of older requests are dropped
    bool m_scheduled = false;
};

} // namespace Lineup
