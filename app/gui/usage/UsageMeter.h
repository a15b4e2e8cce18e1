#pragma once

#include "api/ModelInfo.h"
#include "usage/Pricing.h"
#include "usage/UsageSummary.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QDockWidget;
class QMainWindow;
class QSettings;
class QTimer;

namespace Lineup {

class ChatSession;
class ComparisonSession;
class Composer;
class PriceDialog;
class UsagePanel;

// The Usage dock and the prices behind it. Owns the PriceBook the session charges answers at
// (the service's model list, else the user's price table in settings). The summary is rebuilt
// when an answer ends, a conversation opens or messages are removed, and only while the dock is
// visible (a hidden dock catches up when shown): never per streamed delta, so a running stream
// costs the meter nothing.
class UsageMeter : public QObject
{
    Q_OBJECT
public:
    UsageMeter(QMainWindow *window, ChatSession *session, QSettings *settings,
               QObject *parent = nullptr);

    QDockWidget *dock() const { return m_dock; }
    UsagePanel *panel(); // built on first use
    const PriceBook &prices() const { return m_prices; }
    int updateCount() const { return m_updates; }

    void setServiceModels(const QList<ModelInfo> &models);
    // Shows the estimate of the next request's prompt tokens and cost under the draft.
    void setComposer(Composer *composer);
    void updateEstimate();
    // Opens the price editor for the conversation's model; saves to the price table.
    void editPrice();
    void editPriceFor(const QString &model);
    // Test seam: runs the dialog instead of exec() (return true for Save).
    void setDialogRunner(std::function<bool(PriceDialog &)> runner)
    {
        m_runDialog = std::move(runner);
    }

    // While a comparison is shown the dock follows its focused pane and adds the total of all
    // panes; nullptr goes back to the window's conversation.
    void setComparison(ComparisonSession *comparison, int focusedPane);

public Q_SLOTS:
    void refresh(); // rebuilds the summary now when the dock is visible

private:
    void markDirty();
    void historyChanged();

    QMainWindow *m_window;
    ChatSession *m_session;
    QPointer<ComparisonSession> m_comparison;
    int m_focusedPane = 0;
    QSettings *m_settings;
    QTimer *m_estimateTimer;
    QDockWidget *m_dock;
    Composer *m_composer = nullptr;
    UsagePanel *m_panel = nullptr;
    PriceBook m_prices;
    std::optional<qint64> m_historyEstimate; // cached until the history or settings change
    bool m_dirty = true;
    int m_updates = 0;
    std::function<bool(PriceDialog &)> m_runDialog;
};

} // namespace Lineup
