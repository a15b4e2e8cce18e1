// The window's menus, the actions only they trigger, and the status bar: kept apart from
// MainWindow.cpp, which wires the parts.
#include "MainWindow.h"

#include "Composer.h"
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "ConversationTransfer.h"
#include "DialogLauncher.h"
#include "EndpointManager.h"
#include "FindBar.h"
#include "Icons.h"
#include "ServiceIndicator.h"
#include "SidePanels.h"
#include "arena/ArenaController.h"
#include "chat/ChatSession.h"
#include "chat/ConversationModel.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonView.h"
#include "comparison/ComparisonWorkspace.h"
#include "comparison/PaneWidget.h"
#include "storage/ConversationStore.h"
#include "usage/TokensDock.h"

#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace Lineup {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_arena = new ArenaController(m_store.get(), this, this);
    QAction *newChat = file->addAction(Icons::themed(QStringLiteral("new-chat")), tr("&New Chat"),
                                       this, &MainWindow::newConversation);
    newChat->setObjectName(QStringLiteral("actionNewChat"));
    newChat->setShortcut(QKeySequence::New);
    newChat->setToolTip(tr("Start a new conversation"));
    QAction *newComparison =
        file->addAction(Icons::themed(QStringLiteral("compare")), tr("New &Comparison"), this,
                        [this] { MainWindow::newComparison(); });
    newComparison->setObjectName(QStringLiteral("actionNewComparison"));
    newComparison->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newComparison->setToolTip(tr("Ask several models the same question side by side"));
    QAction *newBlind =
        file->addAction(Icons::themed(QStringLiteral("compare")), tr("New &Blind Comparison…"),
                        this, &MainWindow::newBlindComparison);
    newBlind->setObjectName(QStringLiteral("actionNewBlindComparison"));
    newBlind->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    newBlind->setToolTip(tr("Vote between models without knowing which answered"));
    newBlind->setEnabled(m_store != nullptr);
    QAction *settings =
        file->addAction(Icons::themed(QStringLiteral("settings")), tr("&Providers and Keys…"), this,
                        [this] { openSettings(); });
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    buildTransferActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyLast = edit->addAction(Icons::themed(QStringLiteral("copy")),
                                        tr("Copy &Last Answer"), this, &MainWindow::copyLastAnswer);
    copyLast->setObjectName(QStringLiteral("actionCopyLastAnswer"));
    copyLast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // Esc stops the answer wherever the focus is (after Regenerate it is on the conversation, not
    // the composer); enabled only while one streams, so Esc keeps its other uses otherwise.
    QAction *stop = edit->addAction(tr("&Stop Answer"), this, [this] {
        if (m_session->isBusy())
            m_session->stop();
        else if (isComparing())
            m_comparison->stopAll(); // every pane
    });
    stop->setObjectName(QStringLiteral("actionStop"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setShortcutContext(Qt::WindowShortcut);
    stop->setEnabled(false);
    connect(m_session, &ChatSession::busyChanged, stop, &QAction::setEnabled);
    QAction *find = edit->addAction(Icons::themed(QStringLiteral("find")),
                                    tr("&Find in Conversation…"), this, &MainWindow::showFindBar);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *searchAll =
        edit->addAction(Icons::themed(QStringLiteral("search")), tr("&Search All Conversations…"),
                        m_list, &ConversationListPanel::focusSearch);
    searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    edit->addSeparator();
    QAction *focus = edit->addAction(tr("Focus &Composer"), this, &MainWindow::focusComposer);
    focus->setObjectName(QStringLiteral("actionFocusComposer"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *ctrlEnter = edit->addAction(tr("Send with Ctrl+&Enter"));
    ctrlEnter->setObjectName(QStringLiteral("actionCtrlEnterSends"));
    ctrlEnter->setCheckable(true);
    ctrlEnter->setChecked(m_composer->ctrlEnterSends());
    ctrlEnter->setToolTip(tr("When on, Enter starts a new line and Ctrl+Enter sends"));
    connect(ctrlEnter, &QAction::toggled, this, [this](bool on) {
        m_composer->setCtrlEnterSends(on);
        m_settings->setValue(ctrlEnterSettingKey(), on);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *pickModel = view->addAction(tr("Choose &Model…"), this, &MainWindow::focusModelPicker);
    pickModel->setObjectName(QStringLiteral("actionChooseModel"));
    pickModel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *leaderboard =
        view->addAction(tr("&Leaderboard"), m_arena, &ArenaController::showLeaderboard);
    leaderboard->setObjectName(QStringLiteral("actionLeaderboard"));
    leaderboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    leaderboard->setToolTip(tr("Rank the models by your blind votes"));
    leaderboard->setEnabled(m_arena->votes() != nullptr);
    view->addSeparator();
    QList<QDockWidget *> docks = m_panels->docks();
    docks.prepend(m_listDock);
    docks.append(m_tokensDock);
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setToolTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        view->addAction(toggle);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lineup"), m_dialogs, &DialogLauncher::openAbout);
}

void MainWindow::setUpArena()
{
    connect(m_arena, &ArenaController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_list, &ConversationListPanel::conversationDeleted, m_arena,
            &ArenaController::onConversationDeleted);
    connect(m_list, &ConversationListPanel::conversationRestored, m_arena,
            &ArenaController::onConversationRestored);
    BlindArena::Window window;
    window.open = [this](const QList<QPair<QString, QString>> &panes) {
        newComparisonWith(panes);
        return m_comparison;
    };
    // What names the model before the vote: the panels (model, request, usage), the service
    // indicator, exports and Copy as curl.
    window.docks = m_panels->docks();
    window.docks.append(m_tokensDock);
    for (QDockWidget *dock : std::as_const(window.docks))
        window.actions.append(dock->toggleViewAction());
    window.widgets = {m_indicator};
    for (const char *name : {"actionExport", "actionExportAll"})
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            window.actions.append(action);
    window.settings = m_settings.get();
    m_arena->enableBlindRounds(window);
}

void MainWindow::newBlindComparison()
{
    QList<BlindSetupDialog::Profile> profiles;
    const QList<ProviderProfile> all = m_endpoints->profiles();
    for (const ProviderProfile &profile : all)
        profiles.append({profile.id, profile.name});
    // Offer the models chatted with recently, and the current one.
    QList<PoolModel> candidates;
    const auto offer = [&candidates](const QString &profileId, const QString &model) {
        const PoolModel entry{profileId, model};
        if (!model.isEmpty() && !candidates.contains(entry))
            candidates.append(entry);
    };
    offer(m_endpoints->profile().id, m_session->info().model);
    const QList<ConversationInfo> recent =
        m_store ? m_store->conversations() : QList<ConversationInfo>();
    for (const ConversationInfo &info : recent)
        if (info.kind == ConversationKind::Conversation && m_endpoints->findProfile(info.profileId))
            offer(info.profileId, info.model);
    m_arena->newBlindComparison(profiles, candidates);
}

void MainWindow::buildTransferActions(QMenu *file)
{
    m_transfer = new ConversationTransfer(this, m_store.get());
    connect(m_transfer, &ConversationTransfer::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_transfer, &ConversationTransfer::imported, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            openConversation(ids.first());
    });
    connect(m_list, &ConversationListPanel::exportRequested, m_transfer,
            [this](const QList<qint64> &ids) {
                // An export names the models of a blind round not voted on yet.
                if (m_arena->blind() && m_arena->blind()->hidesNames()) {
                    statusBar()->showMessage(tr("Vote first: an export would name the models."),
                                             8000);
                    return;
                }
                m_transfer->chooseExportFile(ids);
            });
    QAction *exportOne = file->addAction(tr("&Export Conversation…"), this, [this] {
        const qint64 id = m_controller->conversationId();
        m_transfer->chooseExportFile(id > 0 ? QList<qint64>{id} : QList<qint64>{});
    });
    exportOne->setObjectName(QStringLiteral("actionExport"));
    exportOne->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportOne->setToolTip(
        tr("Save this conversation as Lineup JSON, an OpenAI request or Markdown"));
    QAction *exportAll = file->addAction(tr("Export &All Conversations…"), this, [this] {
        QList<qint64> ids;
        const QList<ConversationInfo> all =
            m_store ? m_store->conversations() : QList<ConversationInfo>();
        int blind = 0;
        for (const ConversationInfo &info : all) {
            // A blind round not voted on would name its models: it stays out.
            if (info.blind == BlindState::Unvoted)
                ++blind;
            else
                ids.append(info.id);
        }
        if (blind > 0)
            statusBar()->showMessage(
                tr("Left out %n blind comparisons not voted on yet.", nullptr, blind), 8000);
        m_transfer->chooseExportFile(ids);
    });
    exportAll->setObjectName(QStringLiteral("actionExportAll"));
    QAction *import = file->addAction(tr("&Import Conversations…"), m_transfer,
                                      &ConversationTransfer::chooseImportFiles);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Add conversations from Lineup JSON or OpenAI request bodies"));
}

void MainWindow::buildStatusBar()
{
    m_indicator = new ServiceIndicator(m_endpoints, this);
    statusBar()->addPermanentWidget(m_indicator);
    connect(m_indicator, &ServiceIndicator::profileSelected, this, &MainWindow::switchProfile);
    connect(m_indicator, &ServiceIndicator::settingsRequested, this, [this] { openSettings(); });
}

QString MainWindow::serviceProblem() const
{
    // The one state the empty page, the model list and the status bar all tell.
    if (m_endpoints->isResolving() || m_endpoints->keyUsable())
        return {};
    const ProviderProfile &profile = m_endpoints->profile();
    return tr("%1 needs an API key: add it in File → Providers and Keys (Ctrl+,), or choose "
              "another service in the status bar.")
        .arg(profile.name.isEmpty() ? profile.id : profile.name);
}

void MainWindow::openSettings(const QString &profileId)
{
    const QString id = profileId.isEmpty() ? m_endpoints->profile().id : profileId;
    if (id == EndpointManager::adHocProfileId() && m_endpoints->hasAdHocProfile()) {
        // Not a saved profile: offer to save it as one, filled in, rather than an unrelated one.
        const std::optional<ProviderProfile> adHoc = m_endpoints->findProfile(id);
        m_dialogs->openSettingsFor(
            *adHoc, tr("This window uses %1 from the command line (--base-url). Save it as a "
                       "profile to change its address or key, then choose it in the status bar.")
                        .arg(adHoc->baseUrl.toDisplayString()));
        return;
    }
    m_dialogs->openSettings(id);
}

void MainWindow::copyLastAnswer()
{
    // In a comparison: the focused pane's answer.
    const ComparisonView *comparisonView = isComparing() ? m_comparison->view() : nullptr;
    const PaneWidget *pane =
        comparisonView ? comparisonView->pane(comparisonView->focusedPane()) : nullptr;
    const ConversationModel *messages =
        pane && pane->session() ? pane->session()->messages() : m_session->messages();
    for (int row = messages->rowCount() - 1; row >= 0; --row) {
        const MessageRecord &record = messages->record(row);
        if (record.message.role == Role::Assistant && !record.message.text().isEmpty()) {
            QGuiApplication::clipboard()->setText(record.message.text());
            statusBar()->showMessage(tr("Copied the last answer."), 3000);
            return;
        }
    }
    statusBar()->showMessage(tr("There is no answer to copy yet."), 3000);
}

void MainWindow::showFindBar()
{
    if (isComparing()) {
        // The focused pane's answers.
        const ComparisonView *comparisonView = m_comparison->view();
        PaneWidget *pane = comparisonView->pane(comparisonView->focusedPane());
        findBar()->setView(pane ? pane->chatView() : nullptr);
        const QString selected =
            pane ? pane->chatView()->selectedText().section(QLatin1Char('\n'), 0, 0).trimmed()
                 : QString();
        findBar()->activate(selected.size() <= 80 ? selected : QString());
        return;
    }
    if (m_findBar)
        m_findBar->setView(nullptr);
    // A selection seeds the search, as in editors; a long or multi-line one would not help.
    const QString selected = m_view->selectedText().section(QLatin1Char('\n'), 0, 0).trimmed();
    findBar()->activate(selected.size() <= 80 ? selected : QString());
}

void MainWindow::focusComposer()
{
    m_composer->focusEditor();
}

void MainWindow::focusModelPicker()
{
    m_panels->focusModelPicker();
}

} // namespace Lineup
