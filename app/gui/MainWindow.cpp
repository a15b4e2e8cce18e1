#include "MainWindow.h"

#include "AfterFirstPaint.h"
#include "Composer.h"
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "DialogLauncher.h"
#include "EmptyState.h"
#include "EndpointManager.h"
#include "FindBar.h"
#include "Icons.h"
#include "ServiceIndicator.h"
#include "SidePanels.h"
#include "api/ApiClient.h"
#include "arena/ArenaController.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonController.h"
#include "comparison/ComparisonWorkspace.h"
#include "panels/ModelPanel.h"
#include "panels/ParametersPanel.h"
#include "panels/PromptPanel.h"
#include "panels/RequestPanel.h"
#include "secrets/KeyStore.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"
#include "storage/ConversationStore.h"
#include "usage/TokensDock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Lineup {

QString MainWindow::ctrlEnterSettingKey()
{
    return QStringLiteral("composer/ctrlEnterSends");
}

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString FirstRunKey = QStringLiteral("app/setupDone");
// The service last chatted with: where the next start (and a new chat) begins.
const QString LastProfileKey = QStringLiteral("chat/lastProfile");
// Key lookups start after the first frame, or after this long if the window is never painted.
constexpr int KeyLookupFallbackMs = 500;
} // namespace

MainWindow::MainWindow(const LaunchOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_settings(options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat))
    , m_client(new ApiClient(this))
    , m_keys(new KeyStore(this))
    , m_endpoints(new EndpointManager(m_settings.get(), m_keys, this))
    , m_session(new ChatSession(m_client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The first frame does not wait for the keychain (see startDeferredWork); a window that is
    // never painted (hidden, headless) still gets its key shortly after.
    m_endpoints->holdKeyLookups(true);
    QTimer::singleShot(KeyLookupFallbackMs, this, [this] { m_endpoints->holdKeyLookups(false); });
    m_noSettingsAtStart = m_settings->allKeys().isEmpty();
    m_client->setOptions(options.windowClientOptions());

    QString storeError;
    const QString dataDir =
        options.dataDir.isEmpty() ? ConversationStore::defaultDataDir() : options.dataDir;
    m_store = ConversationStore::open(dataDir, &storeError);
    if (!m_store) {
        m_startupError = tr("Conversations cannot be saved: %1. Chats work but are lost when "
                            "Lineup closes.")
                             .arg(storeError);
    }
    m_controller = new ConversationController(m_session, m_store.get(), this);
    m_dialogs = new DialogLauncher(this, m_settings.get(), m_keys, m_client);
    connect(m_dialogs, &DialogLauncher::providersChanged, m_endpoints, &EndpointManager::reload);
    connect(m_dialogs, &DialogLauncher::welcomeProfileChosen, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_endpoints->selectProfile(id);
    });
    connect(m_dialogs, &DialogLauncher::welcomeFinished, this, [this] {
        m_settings->setValue(FirstRunKey, true);
        if (m_deferModelList) {
            m_deferModelList = false;
            onEndpointChanged();
        }
        focusComposer();
    });

    buildCentralArea();
    buildDocks();
    buildMenus();
    buildStatusBar();
    connectSession();
    setUpArena();

    connect(m_endpoints, &EndpointManager::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_endpoints, &EndpointManager::endpointChanged, this, &MainWindow::onEndpointChanged);

    if (options.baseUrl.isValid() && !options.baseUrl.isEmpty())
        m_endpoints->setAdHocProfile(options.baseUrl);
    QString profileId = options.profileId;
    if (profileId.isEmpty() && m_endpoints->hasAdHocProfile())
        profileId = EndpointManager::adHocProfileId();
    if (profileId.isEmpty()) {
        const QString last = m_settings->value(LastProfileKey).toString();
        profileId = !last.isEmpty() && m_endpoints->findProfile(last)
                        ? last
                        : ProviderStore(*m_settings).defaultProfileId();
    }
    if (!m_endpoints->selectProfile(profileId)) {
        m_profileError = tr("There is no provider profile “%1”. Use one of the profiles in "
                            "Settings, or --base-url.")
                             .arg(profileId);
        m_startupError = m_profileError;
        m_endpoints->selectProfile(ProviderStore(*m_settings).defaultProfileId());
    }

    if (!options.compareModels.isEmpty())
        newComparison(options.compareModels);
    else
        newConversation();
    restoreWindowState();
    updateWindowTitle();

    if (!m_startupError.isEmpty())
        statusBar()->showMessage(m_startupError);

    // First run: nothing configured yet (the CLI may have set up profiles already).
    const bool firstRun = m_noSettingsAtStart && !m_settings->value(FirstRunKey, false).toBool();
    const bool explicitService = !options.profileId.isEmpty() || m_endpoints->hasAdHocProfile();
    if (options.showWelcome && firstRun && !explicitService) {
        // Asking the default service for its models before the user picked one would only
        // show a missing-key error behind the welcome.
        m_deferModelList = true;
        // After the first frame: the window is on screen at once, the welcome a frame later.
        m_openWelcomeAfterPaint = true;
    }
}

MainWindow::~MainWindow()
{
    // The store is a member and goes before the child objects do; the session's stream and the
    // recorders still write to it as they end, so they must end first.
    m_view->setModel(nullptr);
    delete m_arena;
    m_arena = nullptr;
    delete m_comparison;
    m_comparison = nullptr;
    delete m_session;
    m_session = nullptr;
    delete m_controller;
    m_controller = nullptr;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_dialogs->settingsDialog();
}

WelcomeDialog *MainWindow::welcomeDialog() const
{
    return m_dialogs->welcomeDialog();
}

ModelPanel *MainWindow::modelPanel() const
{
    return m_panels->modelPanel();
}

ParametersPanel *MainWindow::parametersPanel() const
{
    return m_panels->parametersPanel();
}

PromptPanel *MainWindow::promptPanel() const
{
    return m_panels->promptPanel();
}

RequestPanel *MainWindow::requestPanel() const
{
    return m_panels->requestPanel();
}

FindBar *MainWindow::findBar() const
{
    // Hidden until Ctrl+F: not worth building before the first frame.
    if (!m_findBar) {
        auto *self = const_cast<MainWindow *>(this);
        m_findBar = new FindBar(m_view, centralWidget());
        m_centralLayout->insertWidget(m_centralLayout->indexOf(m_composer), m_findBar);
        connect(m_findBar, &FindBar::closed, self, &MainWindow::focusComposer);
    }
    return m_findBar;
}

void MainWindow::buildCentralArea()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_view = new ChatView(central);
    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setAccessibleName(tr("Conversation"));
    m_view->setToolTip(QString());
    m_view->setModel(m_session->messages());
    m_emptyState = new EmptyState(central);
    m_centreStack = new QStackedWidget(central);
    m_centreStack->addWidget(m_emptyState);
    m_centreStack->addWidget(m_view);
    connect(m_emptyState, &EmptyState::newComparisonRequested, this, [this] { newComparison(); });
    layout->addWidget(m_centreStack, 1);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_session->messages(), signal, this, &MainWindow::updateEmptyState);
    }
    connect(m_session->messages(), &QAbstractItemModel::modelReset, this,
            &MainWindow::updateEmptyState);

    m_centralLayout = layout; // the find bar goes between the view and the composer

    m_composer = new Composer(central);
    afterFirstPaint(m_composer, this, [this] { startDeferredWork(); });
    m_composer->setSettings(m_settings.get());
    m_composer->setCtrlEnterSends(m_settings->value(ctrlEnterSettingKey(), false).toBool());
    layout->addWidget(m_composer);
    setCentralWidget(central);

    connect(m_composer, &Composer::sendRequested, this, &MainWindow::onComposerSend);
    connect(m_composer, &Composer::stopRequested, this, [this] {
        if (isComparing()) {
            if (const std::optional<ChatMessage> unsent = m_comparison->takePendingSend())
                m_composer->setText(unsent->text());
            m_comparison->stopAll();
            m_composer->setBusy(false);
            return;
        }
        if (m_pendingSend) {
            // Not sent yet (waiting for the key): give the draft back.
            m_composer->setBusy(false);
            m_composer->setText(std::exchange(m_pendingSend, std::nullopt)->text());
            return;
        }
        m_session->stop();
    });
    connect(m_composer, &Composer::editCancelled, this, [this] {
        m_editingRow = -1;
        m_panels->setEditingRow(-1);
    });

    connect(m_view, &ChatView::editRequested, this, &MainWindow::onEditRequested);
    connect(m_view, &ChatView::regenerateRequested, m_session,
            [this](int) { m_session->regenerate(); });
    connect(m_view, &ChatView::retryRequested, m_session, [this](int) { m_session->retry(); });
    connect(m_view, &ChatView::deleteRequested, m_session, [this](int row) {
        if (m_editingRow >= 0) {
            m_composer->endEdit();
            m_editingRow = -1;
            m_panels->setEditingRow(-1);
        }
        m_session->deleteMessage(row);
    });
    connect(m_view, &ChatView::errorActionRequested, this,
            [this](int row, ApiError::Kind kind) { onErrorAction(row, int(kind)); });
}

void MainWindow::buildDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_list = new ConversationListPanel(m_store.get(), this);
    m_listDock = new QDockWidget(tr("Conversations"), this);
    m_listDock->setObjectName(QStringLiteral("conversationsDock"));
    m_listDock->setAccessibleName(tr("Conversations"));
    m_listDock->setWidget(m_list);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);
    connect(m_list, &ConversationListPanel::conversationActivated, this,
            &MainWindow::openConversation);
    connect(m_list, &ConversationListPanel::newConversationRequested, this,
            &MainWindow::newConversation);
    connect(m_list, &ConversationListPanel::searchHitActivated, this, &MainWindow::onSearchHit);
    connect(m_list, &ConversationListPanel::searchCleared, this, [this] {
        if (!m_findBar || !m_findBar->isVisible())
            m_view->setFindText(QString());
    });
    connect(m_list, &ConversationListPanel::conversationDeleted, this, [this](qint64 id) {
        if (id == m_controller->conversationId() ||
            (isComparing() && id == m_comparison->controller()->comparisonId()))
            newConversation();
    });
    connect(m_list, &ConversationListPanel::conversationRestored, this,
            &MainWindow::openConversation);

    m_panels =
        new SidePanels(this, m_client, m_settings.get(), m_session, m_controller, m_composer);
    connect(m_panels, &SidePanels::modelChosen, this, [this] {
        updateStatusBar();
        focusComposer();
    });
    resizeDocks({m_listDock, m_panels->modelDock()}, {240, 340}, Qt::Horizontal);

    // Shown by an answer's Tokens action (logprobs), below the conversation.
    m_tokensDock = new TokensDock(m_session->messages(), this);
    connect(m_view, &ChatView::tokensRequested, m_tokensDock,
            [this](int row) { m_tokensDock->toggleRow(m_session->messages(), row); });
}

void MainWindow::connectSession()
{
    connect(m_session, &ChatSession::busyChanged, m_composer, &Composer::setBusy);
    connect(m_session, &ChatSession::settingsChanged, this, [this] {
        updateStatusBar();
        updateWindowTitle();
    });
    connect(m_session, &ChatSession::requestStarted, m_view, &ChatView::scrollToBottom);
    connect(m_session, &ChatSession::requestFinished, this,
            [this] { statusBar()->clearMessage(); });
    connect(m_session, &ChatSession::retryScheduled, this,
            [this](int, int attempt, int delayMs, const ApiError &cause) {
                statusBar()->showMessage(tr("%1 Retrying in %2 s (attempt %3).")
                                             .arg(cause.humanMessage())
                                             .arg((delayMs + 999) / 1000)
                                             .arg(attempt),
                                         delayMs + 1000);
            });
    connect(m_controller, &ConversationController::conversationCreated, this, [this](qint64 id) {
        m_list->reload();
        m_list->setCurrentConversation(id);
        updateWindowTitle();
    });
    if (m_store) {
        // A rename in the list (or the title the store derives) shows in the window title.
        connect(m_store.get(), &ConversationStore::conversationsChanged, this, [this] {
            const qint64 id = m_controller->conversationId();
            const std::optional<ConversationInfo> stored =
                id ? m_store->conversation(id) : std::nullopt;
            if (stored && stored->title != m_session->info().title) {
                ConversationInfo info = m_session->info();
                info.title = stored->title;
                m_session->setInfo(info);
            }
        });
    }
    connect(
        m_controller, &ConversationController::storageFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Could not save the conversation: %1").arg(message), 10000);
        });
}

void MainWindow::newConversation()
{
    leaveComparison();
    m_panels->flush();
    if (m_editingRow >= 0) {
        m_composer->endEdit();
        m_editingRow = -1;
        m_panels->setEditingRow(-1);
    }
    ConversationInfo info;
    info.profileId = m_endpoints->profile().id;
    info.model =
        !m_options.model.isEmpty() ? m_options.model : m_panels->lastModelFor(info.profileId);
    // A new chat keeps the prompt the user has set up; its parameters start from the saved
    // defaults, so a value tried in one chat does not silently change the next.
    info.systemPrompt = m_session->info().systemPrompt;
    info.systemRole = m_session->info().systemRole;
    info.parameters = m_panels->defaultParameters();
    m_controller->newConversation(info);
    m_list->setCurrentConversation(0);
    showConversationSettings();
    focusComposer();
}

bool MainWindow::openConversation(qint64 id)
{
    if (id == m_controller->conversationId() && id != 0)
        return true;
    if (const std::optional<ConversationInfo> stored =
            m_store ? m_store->conversation(id) : std::nullopt;
        stored && stored->kind == ConversationKind::Comparison)
        return openComparison(id);
    leaveComparison();
    m_panels->flush();
    if (m_editingRow >= 0) {
        m_composer->endEdit();
        m_editingRow = -1;
        m_panels->setEditingRow(-1);
    }
    if (!m_controller->openConversation(id))
        return false;
    m_list->setCurrentConversation(id);
    const QString profileId = m_session->info().profileId;
    if (!profileId.isEmpty() && profileId != m_endpoints->profile().id &&
        m_endpoints->findProfile(profileId))
        m_endpoints->selectProfile(profileId);
    showConversationSettings();
    m_view->scrollToBottom();
    return true;
}

void MainWindow::showConversationSettings()
{
    m_panels->showConversationSettings();
    updateStatusBar();
    updateWindowTitle();
}

void MainWindow::onComposerSend(const ChatMessage &message)
{
    if (isComparing()) {
        // A blind round: the vote comes first; after it, this prompt opens the next round.
        if (m_arena->blind() && m_arena->blind()->isActive() && !m_arena->blind()->prepareSend()) {
            m_composer->setText(message.text());
            return;
        }
        sendToComparison(message);
        return;
    }
    if (m_session->info().model.trimmed().isEmpty()) {
        // Nothing was sent: give the draft back and point at the model picker.
        m_composer->setText(message.text());
        statusBar()->showMessage(tr("Choose a model first (Ctrl+K), then send again."), 8000);
        focusModelPicker();
        return;
    }
    if (m_endpoints->isResolving()) {
        // The key is still being read from the keychain: send as soon as it is known.
        m_pendingSend = message;
        m_composer->setBusy(true);
        return;
    }
    if (!m_endpoints->keyUsable() && !m_endpoints->keyMessage().isEmpty())
        statusBar()->showMessage(m_endpoints->keyMessage(), 10000);
    m_session->setEndpoint(m_endpoints->endpoint());
    if (m_composer->isEditing() && m_editingRow >= 0) {
        const int row = m_editingRow;
        m_editingRow = -1;
        m_panels->setEditingRow(-1);
        m_composer->endEdit();
        m_session->editAndResend(row, message);
    } else {
        m_session->send(message);
    }
}

void MainWindow::sendMessage(const QString &text)
{
    m_composer->setText(text);
    onComposerSend(m_composer->message());
    m_composer->clear();
}

void MainWindow::onEditRequested(int row)
{
    if (row < 0 || row >= m_session->messages()->rowCount())
        return;
    m_editingRow = row;
    m_panels->setEditingRow(row);
    m_composer->beginEdit(m_session->messages()->record(row).message);
}

void MainWindow::onErrorAction(int row, int kind)
{
    ApiError error;
    error.kind = ApiError::Kind(kind);
    if (row >= 0 && row < m_session->messages()->rowCount())
        error = m_session->messages()->record(row).error;
    if (ChatView::errorActionFor(error) == ChatView::ErrorAction::OpenProviderSettings)
        openSettings(m_endpoints->profile().id); // the service this answer was asked of
    else
        m_session->retry();
}

void MainWindow::onProfileChanged()
{
    m_session->setEndpoint(m_endpoints->endpoint());
    // Remembered for the next start; a --base-url service exists for this run only.
    if (m_endpoints->profile().id != EndpointManager::adHocProfileId())
        m_settings->setValue(LastProfileKey, m_endpoints->profile().id);
    ConversationInfo info = m_session->info();
    if (info.profileId != m_endpoints->profile().id && m_controller->conversationId() == 0) {
        info.profileId = m_endpoints->profile().id;
        if (m_options.model.isEmpty())
            info.model = m_panels->lastModelFor(info.profileId);
        m_controller->updateSettings(info);
    }
    updateStatusBar();
}

void MainWindow::switchProfile(const QString &profileId)
{
    if (profileId == m_endpoints->profile().id || !m_endpoints->selectProfile(profileId))
        return;
    // The open conversation continues with the newly chosen service.
    ConversationInfo info = m_session->info();
    info.profileId = profileId;
    if (info.model.isEmpty())
        info.model = m_panels->lastModelFor(profileId);
    m_controller->updateSettings(info);
    showConversationSettings();
}

void MainWindow::onEndpointChanged()
{
    m_session->setEndpoint(m_endpoints->endpoint());
    if (m_pendingSend) {
        const ChatMessage pending = *std::exchange(m_pendingSend, std::nullopt);
        m_composer->setBusy(false);
        onComposerSend(pending);
    }
    m_panels->setEndpoint(m_endpoints->endpoint(), m_endpoints->profile().id,
                          m_endpoints->profile().envVar, !m_deferModelList && m_painted,
                          serviceProblem());
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_indicator->refresh();
    m_indicator->setModel(m_session->info().model);
    updateEmptyState();
}

void MainWindow::openWelcome()
{
    m_dialogs->openWelcome();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820);
    const QByteArray state = m_settings->value(StateKey).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
}

void MainWindow::startDeferredWork()
{
    // The window is on screen: now ask the service for its models (network setup costs tens of
    // milliseconds that the first frame should not wait for).
    m_painted = true;
    // Rendering the icon for the window manager at every size it asks for can wait too (the
    // desktop entry names the icon for launchers meanwhile).
    QApplication::setWindowIcon(Icons::application());
    m_endpoints->holdKeyLookups(false);
    if (!m_endpoints->isResolving())
        onEndpointChanged();
    // The tabbed-away panels, so that switching to them later costs nothing; on a first run
    // after the welcome is on screen.
    const auto createPanels = [this] { m_panels->createDeferredPanels(); };
    if (m_openWelcomeAfterPaint) {
        m_openWelcomeAfterPaint = false;
        afterFirstPaint(m_dialogs->openWelcome(), this, createPanels);
    } else {
        createPanels();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A stopped answer is saved as such; one cut off by the exit would read as interrupted.
    if (m_session->isBusy())
        m_session->stop();
    if (m_comparison)
        m_comparison->stopAll();
    m_panels->flush();
    m_controller->flush();
    saveWindowState();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace Lineup
