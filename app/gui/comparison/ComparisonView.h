#pragma once

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace Lineup {

class ChatSession;
class ComparisonSession;
class EndpointManager;
class FiguresTable;
class ModelCatalog;
class PaneWidget;

// The comparison page of the central area: the panes side by side (more than four wrap into two
// rows, columns never narrower than MinPaneWidth: the area scrolls sideways instead), a toolbar
// (add pane, synced scrolling, word diff of two panes, summary, Copy as Markdown, "this pane
// only" for the side panels) and the summary table. Mirrors the ComparisonSession's panes and
// acts on them; storage and the side panels are other classes' business.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinPaneWidth = 220;

    ComparisonView(ComparisonSession *session, EndpointManager *endpoints, ModelCatalog *catalog,
                   QWidget *parent = nullptr);
    ~ComparisonView() override;

    int paneCount() const { return int(m_panes.size()); }
    PaneWidget *pane(int index) const;
    int rowCount() const; // rows of the pane grid (1 or 2; 1 while a pane is maximised)
    int columnOf(int index) const;
    int rowOf(int index) const;

    int focusedPane() const { return m_focused; }
    void setFocusedPane(int index);
    int maximisedPane() const { return m_maximised; } // -1: all shown
    void setMaximisedPane(int index);
    void toggleMaximised(); // the focused pane

    bool syncedScrolling() const { return m_synced; }
    void setSyncedScrolling(bool on);
    // Marks in both panes' last answers what each says that the other does not.
    void showDiff(int a, int b);
    void clearDiff();
    QPair<int, int> diffPanes() const { return m_diff; } // {-1, -1}: none

    FiguresTable *summary() const { return m_summary; }
    QString figuresMarkdown() const;
    void copyFiguresMarkdown();
    bool thisPaneOnly() const;
    QCheckBox *thisPaneOnlyBox() const { return m_thisPaneOnly; }
    QToolButton *addPaneButton() const { return m_addPane; }

    // A blind round: pane i is only labels[i] until the vote (PaneWidget::setBlindLabel); no
    // summary, figures to copy, added panes or per-pane panels. Empty: shown as usual again.
    void setBlindLabels(const QStringList &labels);
    bool isBlind() const { return !m_blindLabels.isEmpty(); }
    QStringList blindLabels() const { return m_blindLabels; }
    // A bar under the panes (the blind round's vote); the view takes it.
    void setFooter(QWidget *footer);

    // The panes follow the session's (after load, add, remove).
    void syncPanes();
    void refreshHeaders();

Q_SIGNALS:
    void focusedPaneChanged(int index);
    void thisPaneOnlyChanged(bool on);
    void continueRequested(int index);
    void copyCurlRequested(int index);
    // A pane's answer in `row` asks for its token view (the answer's logprobs).
    void tokensRequested(int index, int row);
    void addPaneRequested();
    void statusMessage(const QString &message);

private:
    void relayout();
    void updateSummary();
    void updateDiff();
    void onScrolled(PaneWidget *source, int value);
    int indexOf(const QObject *paneWidget) const;
    QString paneName(int index) const;
    void wirePane(PaneWidget *pane);

    ComparisonSession *m_session;
    EndpointManager *m_endpoints;
    ModelCatalog *m_catalog;
    QList<PaneWidget *> m_panes;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QScrollArea *m_scroll;
    FiguresTable *m_summary;
    QLabel *m_title;
    QToolButton *m_addPane;
    QToolButton *m_syncButton;
    QToolButton *m_diffButton;
    QToolButton *m_summaryButton;
    QCheckBox *m_thisPaneOnly;
    QTimer *m_summaryTimer; // the table follows streaming panes a few times a second
    int m_focused = 0;
    int m_maximised = -1;
    bool m_synced = false;
    bool m_syncing = false;
    QPair<int, int> m_diff{-1, -1};
    QStringList m_blindLabels;
    QToolButton *m_copyFigures = nullptr;
};

} // namespace Lineup
