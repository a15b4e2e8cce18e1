#pragma once

#include "api/Endpoint.h"
#include "api/RequestBuilder.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QSettings;
class QTimer;

namespace Lineup {

class ApiClient;
class ChatSession;
class Composer;
class ConversationController;
class ModelPanel;
class ParametersPanel;
class PromptPanel;
class RequestPanel;
class SchemaPanel;
class ToolsPanel;
class UsageMeter;

// The right-hand docks (Model, Parameters, Prompt, Request, Schema, Tools) and their glue: they
// show the open conversation's settings, write edits back through the controller, and keep the
// Request preview in step with the settings, the history and the composer's draft.
class SidePanels : public QObject
{
    Q_OBJECT
public:
    SidePanels(QMainWindow *window, ApiClient *client, QSettings *settings, ChatSession *session,
               ConversationController *controller, Composer *composer);

    // The panels are built when asked for, when Prompt or Request is first shown, or right after
    // the window's first frame (createDeferredPanels): the first frame shows the docks and need
    // not wait for their contents (the Parameters rows are the costliest part of the window, the
    // model list comes from the network anyway). Until then their settings live in the session.
    ModelPanel *modelPanel() const;
    ParametersPanel *parametersPanel() const;
    PromptPanel *promptPanel() const;
    RequestPanel *requestPanel() const;
    SchemaPanel *schemaPanel() const;
    ToolsPanel *toolsPanel() const;
    QList<QDockWidget *> docks() const;
    QDockWidget *modelDock() const { return m_modelDock; }
    UsageMeter *usageMeter() const { return m_usage; }

    // The model remembered for new chats with this profile (last one chosen).
    QString lastModelFor(const QString &profileId) const;
    // The parameters a new chat starts from ("Save as default" in the Parameters panel).
    QJsonObject defaultParameters() const;
    void setDefaultParameters(const QJsonObject &parameters);

    // Fills the panels from the session's conversation settings.
    void showConversationSettings();
    // The service changed: the Request preview's curl line, and (unless deferred) the model list.
    // With `problem` (no key) the list is not asked for; the Model panel says the problem.
    void setEndpoint(const Endpoint &endpoint, const QString &profileId, const QString &keyVariable,
                     bool loadModels, const QString &problem = {});
    void flush(); // reports a pending prompt edit now
    // The composer edits the user turn in `row` (-1: not editing): the Request preview then shows
    // the history up to that turn followed by the draft, as edit-and-resend will send it.
    void setEditingRow(int row);
    // Builds the panels kept out of the first frame; call once the window is on screen.
    void createDeferredPanels();
    // The Request panel previews this session's next request instead (a comparison's focused
    // pane); nullptr: the window's own session again.
    void setPreviewSession(ChatSession *session);

public Q_SLOTS:
    void scheduleRequestPreview();
    void focusModelPicker();

Q_SIGNALS:
    void modelChosen(const QString &model);

private:
    QDockWidget *makeDock(const QString &title, const QString &name, QWidget *content);
    void onSettingsEdited();
    void onModelChosen(const QString &model);
    void onResponseFormatEdited();
    void onToolsEdited();
    void onSendToolResults();
    void showPendingToolCalls();
    void loadToolsLocalState();
    void saveToolsLocalState();
    void updateRequestPreview();
    ModelPanel *ensureModelPanel();
    ParametersPanel *ensureParametersPanel();
    PromptPanel *ensurePromptPanel();
    RequestPanel *ensureRequestPanel();
    SchemaPanel *ensureSchemaPanel();
    ToolsPanel *ensureToolsPanel();

    QMainWindow *m_window;
    QSettings *m_settings;
    ChatSession *m_session;
    QPointer<ChatSession> m_previewSession;
    ConversationController *m_controller;
    Composer *m_composer;
    Endpoint m_endpoint;
    QString m_profileId;
    ApiClient *m_client;
    ModelPanel *m_modelPanel = nullptr; // built lazily
    bool m_modelsWanted = false;        // setEndpoint() asked for the list before it was built
    QString m_serviceProblem;           // shown by the Model panel instead of a list
    ParametersPanel *m_parametersPanel = nullptr; // built lazily
    QList<RuleAdjustment> m_adjustments;          // the last request's, for a later-built panel
    QString m_keyVariable;
    PromptPanel *m_promptPanel = nullptr;   // built lazily
    RequestPanel *m_requestPanel = nullptr; // built lazily
    QDockWidget *m_modelDock = nullptr;
    QDockWidget *m_parametersDock = nullptr;
    QDockWidget *m_promptDock = nullptr;
    QDockWidget *m_requestDock = nullptr;
    SchemaPanel *m_schemaPanel = nullptr; // built lazily
    QDockWidget *m_schemaDock = nullptr;
    ToolsPanel *m_toolsPanel = nullptr; // built lazily
    QDockWidget *m_toolsDock = nullptr;
    QString m_composerPlaceholder; // the composer's own, while it names missing tool results
    UsageMeter *m_usage = nullptr;
    QTimer *m_previewTimer;
    bool m_applying = false;
    int m_editingRow = -1;
};

} // namespace Lineup
