#pragma once

#include "api/Endpoint.h"
#include "chat/ChatMessage.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QDockWidget;
class QMenu;
class QLabel;
class QSettings;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Lineup {

class ApiClient;
class ArenaController;
class ChatSession;
class ChatView;
class Composer;
class ComparisonWorkspace;
class ConversationController;
class ConversationTransfer;
class ConversationListPanel;
class ConversationStore;
class DialogLauncher;
class EmptyState;
class EndpointManager;
class FindBar;
class KeyStore;
class ModelPanel;
class ParametersPanel;
class PromptPanel;
class RequestPanel;
class ServiceIndicator;
class SettingsDialog;
class SidePanels;
class TokensDock;
class WelcomeDialog;

// What the command line (or a test) asks the window to open with.
struct LaunchOptions
{
    QString profileId;         // --profile
    QUrl baseUrl;              // --base-url: an ad-hoc profile for this run
    QString model;             // --model
    QStringList compareModels; // --compare (repeated): open a comparison of these models
    QString dataDir;           // --data-dir; empty: ConversationStore::defaultDataDir()
    QString settingsFile;      // tests: an INI file instead of the user's settings
    bool showWelcome = true;
    std::optional<ClientOptions> clientOptions; // tests: short timeouts

    // The window's client options: a streamed answer read once per 33 ms frame, the rate the
    // chat view repaints it at; reading more often only wakes the app (bench_app_stream, README).
    ClientOptions windowClientOptions() const
    {
        ClientOptions result = clientOptions.value_or(ClientOptions());
        result.streamReadIntervalMs = 33;
        return result;
    }
};

// The chat window: conversation list on the left, the conversation and the composer in the
// middle, dockable Model/Parameters/Prompt/Request panels on the right. Glues the widgets to
// one ChatSession; storage goes through ConversationController, the service through
// EndpointManager.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const LaunchOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Why the window cannot work as asked (unknown --profile, unreadable data dir); empty if ok.
    QString startupError() const { return m_startupError; }
    // Set when --profile named a profile that does not exist.
    QString profileError() const { return m_profileError; }

    // Test seams.
    ChatSession *session() const { return m_session; }
    ChatView *chatView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    FindBar *findBar() const; // built on first use (Ctrl+F)
    ConversationListPanel *conversationList() const { return m_list; }
    ConversationController *controller() const { return m_controller; }
    ConversationStore *store() const { return m_store.get(); }
    ConversationTransfer *transfer() const { return m_transfer; }
    EndpointManager *endpoints() const { return m_endpoints; }
    SidePanels *sidePanels() const { return m_panels; }
    TokensDock *tokensDock() const { return m_tokensDock; }
    ModelPanel *modelPanel() const;
    ParametersPanel *parametersPanel() const;
    PromptPanel *promptPanel() const;
    RequestPanel *requestPanel() const;
    SettingsDialog *settingsDialog() const;
    WelcomeDialog *welcomeDialog() const;
    QSettings *settings() const { return m_settings.get(); }
    ServiceIndicator *serviceIndicator() const { return m_indicator; }
    // The comparison machinery, built on first use (nullptr until then).
    ComparisonWorkspace *comparison() const { return m_comparison; }
    bool isComparing() const;
    ArenaController *arena() const { return m_arena; }

public Q_SLOTS:
    void newConversation();
    bool openConversation(qint64 id);
    // A comparison of these models (`profile/model` or a model of the current service); none
    // given: the current model twice, or the last two models used.
    void newComparison(const QStringList &models = {});
    // A comparison of these (profile id, model) panes.
    void newComparisonWith(const QList<QPair<QString, QString>> &panes);
    // File ▸ New Blind Comparison: asks for the pool, then runs blind rounds.
    void newBlindComparison();
    bool openComparison(qint64 id);
    void openSettings(const QString &profileId = {});
    void openWelcome();
    void copyLastAnswer();
    void showFindBar();
    void focusComposer();
    void focusModelPicker();
    void sendMessage(const QString &text); // as if typed into the composer and sent

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startDeferredWork(); // once the window is on screen
    void buildCentralArea();
    void buildDocks();
    void buildMenus();
    void buildTransferActions(QMenu *file);
    static QString ctrlEnterSettingKey();
    void buildStatusBar();
    void setUpArena(); // blind rounds, once the menus and the status bar exist
    void connectSession();
    void restoreWindowState();
    void saveWindowState();

    void onComposerSend(const ChatMessage &message);
    void onEditRequested(int row);
    void onErrorAction(int row, int kind);
    void onSearchHit(qint64 conversationId, qint64 messageId, const QString &query);
    void onProfileChanged();
    void switchProfile(const QString &profileId);
    void onEndpointChanged();
    void showConversationSettings();
    void updateStatusBar();
    void updateWindowTitle();
    void updateEmptyState();
    QString serviceProblem() const; // why nothing can be sent (no key); empty when fine
    ComparisonWorkspace *ensureComparison();
    void leaveComparison(); // back to the chat view (a chat is opened or started)
    void sendToComparison(const ChatMessage &message);
    QList<QPair<QString, QString>> comparisonPanes(const QStringList &models) const;

    LaunchOptions m_options;
    QString m_startupError;
    QString m_profileError;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConversationStore> m_store;
    ApiClient *m_client;
    KeyStore *m_keys;
    EndpointManager *m_endpoints;
    ChatSession *m_session;
    ConversationController *m_controller;

    ChatView *m_view = nullptr;
    EmptyState *m_emptyState = nullptr;
    QStackedWidget *m_centreStack = nullptr;
    Composer *m_composer = nullptr;
    mutable FindBar *m_findBar = nullptr;
    QVBoxLayout *m_centralLayout = nullptr;
    ConversationListPanel *m_list = nullptr;
    SidePanels *m_panels = nullptr;
    QDockWidget *m_listDock = nullptr;
    TokensDock *m_tokensDock = nullptr;
    ServiceIndicator *m_indicator = nullptr;
    DialogLauncher *m_dialogs = nullptr;
    ConversationTransfer *m_transfer = nullptr;
    ComparisonWorkspace *m_comparison = nullptr;
    ArenaController *m_arena = nullptr;
    int m_editingRow = -1;
    std::optional<ChatMessage> m_pendingSend; // waiting for the key
    bool m_noSettingsAtStart = false;
    bool m_deferModelList = false; // first-run welcome open: no service chosen yet
    bool m_openWelcomeAfterPaint = false;
    bool m_painted = false; // network work waits for the first frame
};

} // namespace Lineup
