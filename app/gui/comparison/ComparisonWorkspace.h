#pragma once

#include "api/Endpoint.h"
#include "chat/ChatMessage.h"
#include "chat/MessageRecord.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWidget;

namespace Lineup {

class ApiClient;
class ChatSession;
class ComparisonController;
class ComparisonSession;
class ComparisonSettingsBinding;
class ComparisonView;
class ConversationStore;
class EndpointManager;
class KeyStore;
class ModelCatalog;
class PaneEndpoints;
class PriceBook;
class SidePanels;

// Everything a comparison in the window needs, in one place: the ComparisonSession, its storage
// (ComparisonController), the view in the central area, the endpoints and model lists of every
// profile the panes use, and the binding of the side panels. MainWindow shows the view and
// routes the composer here while a comparison is open.
class ComparisonWorkspace : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        EndpointManager *endpoints = nullptr;
        KeyStore *keys = nullptr;
        ApiClient *client = nullptr; // model lists
        ConversationStore *store = nullptr;
        ChatSession *carrier = nullptr; // the window's session: what the side panels show
        SidePanels *panels = nullptr;
        const PriceBook *prices = nullptr;
        ClientOptions clientOptions;
    };

    ComparisonWorkspace(const Dependencies &dependencies, QWidget *viewParent,
                        QObject *parent = nullptr);
    ~ComparisonWorkspace() override;

    ComparisonSession *session() const { return m_session; }
    ComparisonController *controller() const { return m_controller; }
    ComparisonView *view() const;
    PaneEndpoints *paneEndpoints() const { return m_paneEndpoints; }
    ModelCatalog *catalog() const { return m_catalog; }

    bool isActive() const { return m_active; }
    // Shows the comparison in the side panels (or lets them go back to the chat).
    void setActive(bool active);

    // A new comparison with these panes (profile id, model) and shared settings.
    void startNew(const QList<QPair<QString, QString>> &panes, const ConversationInfo &shared);
    bool open(qint64 id);
    // Scrolls the pane whose conversation is `paneConversationId` to the message.
    void reveal(qint64 paneConversationId, qint64 messageId, const QString &findText);

    // The composer's turn to every pane (once every pane's key is known).
    void send(const ChatMessage &message);
    void stopAll();
    bool isBusy() const;
    bool hasPendingSend() const { return m_pendingSend.has_value(); }
    // A pending send not sent yet goes back (the composer's Stop while keys are looked up).
    std::optional<ChatMessage> takePendingSend();
    void addPane();
    // A new ordinary conversation from the pane's history; returns its id (0 on failure).
    qint64 continueWith(int index);
    QString curlCommand(int index) const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusMessage(const QString &message);
    void comparisonCreated(qint64 id);
    void conversationContinued(qint64 id); // open it in the chat view

private:
    void showUsage(); // the Usage dock follows the focused pane while this is shown
    void sendWhenReady();
    QStringList paneProfiles() const;

    Dependencies m_deps;
    PaneEndpoints *m_paneEndpoints;
    ModelCatalog *m_catalog;
    ComparisonSession *m_session;
    ComparisonController *m_controller;
    QPointer<ComparisonView> m_view;
    ComparisonSettingsBinding *m_binding;
    std::optional<ChatMessage> m_pendingSend;
    bool m_active = false;
};

} // namespace Lineup
