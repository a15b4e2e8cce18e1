#include "SidePanels.h"

#include "Composer.h"
#include "ConversationController.h"
#include "chat/ChatSession.h"
#include "panels/ModelPanel.h"
#include "panels/ParametersPanel.h"
#include "panels/PromptPanel.h"
#include "panels/RequestPanel.h"
#include "panels/SchemaPanel.h"
#include "panels/ToolsPanel.h"
#include "usage/UsageMeter.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimer>

namespace Lineup {

namespace {
QString lastModelKey(const QString &profileId)
{
    return QStringLiteral("chat/lastModel/") + profileId;
}
// Tools switched off and canned results: never sent, so not request parameters.
QString toolsStateKey(qint64 conversationId)
{
    return QStringLiteral("tools/conversation/%1").arg(conversationId);
}

const QString DefaultParametersKey = QStringLiteral("chat/defaultParameters");
} // namespace

SidePanels::SidePanels(QMainWindow *window, ApiClient *client, QSettings *settings,
                       ChatSession *session, ConversationController *controller, Composer *composer)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_session(session)
    , m_controller(controller)
    , m_composer(composer)
    , m_client(client)
    , m_previewTimer(new QTimer(this))
{
    // Empty shells for now: restoreState() finds docks by object name, so they must exist.
    m_modelDock = makeDock(tr("Model"), QStringLiteral("modelDock"), nullptr);
    m_parametersDock = makeDock(tr("Parameters"), QStringLiteral("parametersDock"), nullptr);
    m_promptDock = makeDock(tr("Prompt"), QStringLiteral("promptDock"), nullptr);
    m_requestDock = makeDock(tr("Request"), QStringLiteral("requestDock"), nullptr);
    m_schemaDock = makeDock(tr("Schema"), QStringLiteral("schemaDock"), nullptr);
    m_toolsDock = makeDock(tr("Tools"), QStringLiteral("toolsDock"), nullptr);
    // Two tab groups, so that every tab keeps its whole name at the default width even in
    // Japanese (six tabs in one bar elide to "パラメ…"): on top the model and what depends on it
    // (structured output and tools it supports, what it costs), below the editors of what this
    // chat sends. Usage and the parameters can then be seen at once.
    m_usage = new UsageMeter(m_window, m_session, m_settings, this);
    m_window->tabifyDockWidget(m_modelDock, m_schemaDock);
    m_window->tabifyDockWidget(m_schemaDock, m_toolsDock);
    m_window->tabifyDockWidget(m_toolsDock, m_usage->dock());
    m_window->tabifyDockWidget(m_parametersDock, m_promptDock);
    m_window->tabifyDockWidget(m_promptDock, m_requestDock);
    m_usage->setComposer(m_composer);
    m_modelDock->raise();
    m_parametersDock->raise();
    m_window->resizeDocks({m_modelDock, m_parametersDock}, {320, 480}, Qt::Vertical);

    connect(m_session, &ChatSession::adjustmentsApplied, this,
            [this](const QList<RuleAdjustment> &adjustments) {
                m_adjustments = adjustments;
                if (m_parametersPanel)
                    m_parametersPanel->setAdjustments(adjustments);
            });

    // The preview is rebuilt at most every 150 ms, and only while someone can see it.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &SidePanels::updateRequestPreview);
    connect(m_promptDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensurePromptPanel();
    });
    connect(m_requestDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            ensureRequestPanel();
            scheduleRequestPreview();
        }
    });
    connect(m_schemaDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureSchemaPanel();
    });
    connect(m_toolsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            ensureToolsPanel();
    });
    // An answer that calls tools brings the Tools dock forward with a card per call.
    connect(m_session, &ChatSession::requestFinished, this, [this] {
        saveToolsLocalState(); // a new conversation has its id now
        if (!m_session->unansweredToolCalls().isEmpty()) {
            m_toolsDock->show();
            m_toolsDock->raise();
        }
        showPendingToolCalls();
    });
    connect(m_session->messages(), &QAbstractItemModel::rowsRemoved, this,
            &SidePanels::showPendingToolCalls);
    connect(m_composer, &Composer::draftChanged, this, &SidePanels::scheduleRequestPreview);
    connect(m_session, &ChatSession::settingsChanged, this, &SidePanels::scheduleRequestPreview);
    connect(m_session, &ChatSession::requestFinished, this, &SidePanels::scheduleRequestPreview);
    connect(m_session->messages(), &QAbstractItemModel::rowsRemoved, this,
            &SidePanels::scheduleRequestPreview);
}

QDockWidget *SidePanels::makeDock(const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setAccessibleName(title);
    if (content)
        dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

ModelPanel *SidePanels::modelPanel() const
{
    return const_cast<SidePanels *>(this)->ensureModelPanel();
}

ParametersPanel *SidePanels::parametersPanel() const
{
    return const_cast<SidePanels *>(this)->ensureParametersPanel();
}

PromptPanel *SidePanels::promptPanel() const
{
    return const_cast<SidePanels *>(this)->ensurePromptPanel();
}

RequestPanel *SidePanels::requestPanel() const
{
    return const_cast<SidePanels *>(this)->ensureRequestPanel();
}

SchemaPanel *SidePanels::schemaPanel() const
{
    return const_cast<SidePanels *>(this)->ensureSchemaPanel();
}

SchemaPanel *SidePanels::ensureSchemaPanel()
{
    if (m_schemaPanel)
        return m_schemaPanel;
    m_schemaPanel = new SchemaPanel(m_schemaDock);
    const ConversationInfo &info = m_session->info();
    m_schemaPanel->setModel(info.model);
    m_schemaPanel->setResponseFormat(info.parameters.value(QStringLiteral("response_format")));
    connect(m_schemaPanel, &SchemaPanel::responseFormatChanged, this,
            &SidePanels::onResponseFormatEdited);
    m_schemaDock->setWidget(m_schemaPanel);
    return m_schemaPanel;
}

ToolsPanel *SidePanels::toolsPanel() const
{
    return const_cast<SidePanels *>(this)->ensureToolsPanel();
}

ToolsPanel *SidePanels::ensureToolsPanel()
{
    if (m_toolsPanel)
        return m_toolsPanel;
    m_toolsPanel = new ToolsPanel(m_toolsDock);
    const ConversationInfo &info = m_session->info();
    m_toolsPanel->setModel(info.model);
    m_toolsPanel->setParameters(info.parameters);
    loadToolsLocalState();
    m_toolsPanel->setPendingCalls(m_session->unansweredToolCalls());
    connect(m_toolsPanel, &ToolsPanel::toolsChanged, this, &SidePanels::onToolsEdited);
    connect(m_toolsPanel, &ToolsPanel::localStateChanged, this, &SidePanels::saveToolsLocalState);
    connect(m_toolsPanel, &ToolsPanel::sendResultsRequested, this, &SidePanels::onSendToolResults);
    connect(m_toolsPanel, &ToolsPanel::dropCallsRequested, this, [this] {
        if (m_session->dropUnansweredToolCalls()) {
            showPendingToolCalls();
            scheduleRequestPreview();
        }
    });
    m_toolsDock->setWidget(m_toolsPanel);
    return m_toolsPanel;
}

void SidePanels::showPendingToolCalls()
{
    const QList<ToolCall> waiting =
        m_session->isBusy() ? QList<ToolCall>() : m_session->unansweredToolCalls();
    if (m_toolsPanel)
        m_toolsPanel->setPendingCalls(waiting);
    // The composer says which results are missing while calls wait.
    QPlainTextEdit *editor = m_composer->editor();
    if (waiting.isEmpty()) {
        if (!m_composerPlaceholder.isEmpty())
            editor->setPlaceholderText(m_composerPlaceholder);
        m_composerPlaceholder.clear();
        return;
    }
    if (m_composerPlaceholder.isEmpty())
        m_composerPlaceholder = editor->placeholderText();
    QStringList calls;
    for (const ToolCall &call : waiting)
        calls.append(tr("%1 (%2)").arg(call.name, call.id));
    editor->setPlaceholderText(tr("Waiting for tool results: %1. Answer them in the Tools dock, "
                                  "or drop the calls there; a message sent now leaves them out.")
                                   .arg(calls.join(QStringLiteral(", "))));
}

void SidePanels::loadToolsLocalState()
{
    const qint64 id = m_session->info().id;
    if (!m_toolsPanel || id == 0)
        return;
    m_toolsPanel->setLocalState(
        QJsonDocument::fromJson(m_settings->value(toolsStateKey(id)).toByteArray()).object());
}

void SidePanels::saveToolsLocalState()
{
    const qint64 id = m_session->info().id;
    if (!m_toolsPanel || id == 0)
        return;
    const QJsonObject state = m_toolsPanel->localState();
    if (state.isEmpty())
        m_settings->remove(toolsStateKey(id));
    else
        m_settings->setValue(toolsStateKey(id),
                             QJsonDocument(state).toJson(QJsonDocument::Compact));
}

void SidePanels::onToolsEdited()
{
    if (m_applying || !m_toolsPanel)
        return;
    ConversationInfo info = m_session->info();
    info.parameters = m_toolsPanel->applyTo(info.parameters);
    m_controller->updateSettings(info);
    if (m_parametersPanel) {
        m_applying = true;
        m_parametersPanel->setParameters(info.parameters);
        m_applying = false;
    }
}

void SidePanels::onSendToolResults()
{
    if (!m_toolsPanel)
        return;
    if (m_session->isBusy()) {
        m_toolsPanel->setCallsStatus(tr("Wait for the answer to end (or stop it) first."));
        return;
    }
    const QList<ChatMessage> results = m_toolsPanel->results();
    QStringList missing;
    for (const ToolCall &call : m_session->unansweredToolCalls()) {
        if (std::none_of(results.begin(), results.end(), [&call](const ChatMessage &result) {
                return result.toolCallId == call.id;
            }))
            missing.append(tr("%1 (%2)").arg(call.name, call.id));
    }
    if (!missing.isEmpty() || !m_session->sendToolResults(results)) {
        m_toolsPanel->setCallsStatus(
            tr("Every call needs a result before anything is sent (services refuse the request "
               "otherwise). Missing: %1.")
                .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    m_toolsPanel->setPendingCalls({});
}

ModelPanel *SidePanels::ensureModelPanel()
{
    if (m_modelPanel)
        return m_modelPanel;
    m_modelPanel = new ModelPanel(m_client, m_settings, m_modelDock);
    connect(m_modelPanel, &ModelPanel::modelChosen, this, &SidePanels::onModelChosen);
    connect(m_modelPanel, &ModelPanel::modelsLoaded, m_usage, &UsageMeter::setServiceModels);
    connect(m_modelPanel, &ModelPanel::priceEditRequested, m_usage, &UsageMeter::editPriceFor);
    if (!m_serviceProblem.isEmpty())
        m_modelPanel->setUnavailable(m_profileId, m_serviceProblem);
    else if (m_modelsWanted)
        m_modelPanel->setEndpoint(m_endpoint, m_profileId);
    m_modelPanel->setCurrentModel(m_session->info().model);
    m_modelDock->setWidget(m_modelPanel);
    return m_modelPanel;
}

ParametersPanel *SidePanels::ensureParametersPanel()
{
    if (m_parametersPanel)
        return m_parametersPanel;
    m_parametersPanel = new ParametersPanel(m_parametersDock);
    const ConversationInfo &info = m_session->info();
    m_applying = true;
    m_parametersPanel->setModel(info.model);
    m_parametersPanel->setParameters(info.parameters);
    m_parametersPanel->setApplyModelRules(m_session->applyModelRules());
    m_parametersPanel->setAdjustments(m_adjustments);
    m_parametersPanel->setDefaults(defaultParameters());
    m_applying = false;
    connect(m_parametersPanel, &ParametersPanel::defaultsSaved, this,
            &SidePanels::setDefaultParameters);
    connect(m_parametersPanel, &ParametersPanel::parametersChanged, this,
            &SidePanels::onSettingsEdited);
    connect(m_parametersPanel, &ParametersPanel::applyModelRulesChanged, m_session,
            &ChatSession::setApplyModelRules);
    m_parametersDock->setWidget(m_parametersPanel);
    return m_parametersPanel;
}

PromptPanel *SidePanels::ensurePromptPanel()
{
    if (m_promptPanel)
        return m_promptPanel;
    m_promptPanel = new PromptPanel(m_promptDock);
    const ConversationInfo &info = m_session->info();
    m_promptPanel->setPrompt(info.systemPrompt, info.systemRole);
    connect(m_promptPanel, &PromptPanel::promptChanged, this, &SidePanels::onSettingsEdited);
    m_promptDock->setWidget(m_promptPanel);
    return m_promptPanel;
}

RequestPanel *SidePanels::ensureRequestPanel()
{
    if (m_requestPanel)
        return m_requestPanel;
    m_requestPanel = new RequestPanel(m_requestDock);
    m_requestPanel->setKeyEnvironmentVariable(m_keyVariable);
    m_requestDock->setWidget(m_requestPanel);
    return m_requestPanel;
}

void SidePanels::createDeferredPanels()
{
    ensureModelPanel();
    ensureParametersPanel();
    ensurePromptPanel();
    ensureRequestPanel();
}

QList<QDockWidget *> SidePanels::docks() const
{
    return {m_modelDock,  m_parametersDock, m_promptDock,   m_requestDock,
            m_schemaDock, m_toolsDock,      m_usage->dock()};
}

QString SidePanels::lastModelFor(const QString &profileId) const
{
    return m_settings->value(lastModelKey(profileId)).toString();
}

QJsonObject SidePanels::defaultParameters() const
{
    return QJsonDocument::fromJson(m_settings->value(DefaultParametersKey).toByteArray()).object();
}

void SidePanels::setDefaultParameters(const QJsonObject &parameters)
{
    // JSON text: QSettings would turn nested objects (response_format) into lossy variants.
    m_settings->setValue(DefaultParametersKey,
                         QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    if (m_parametersPanel && m_parametersPanel->defaults() != parameters)
        m_parametersPanel->setDefaults(parameters);
}

void SidePanels::showConversationSettings()
{
    const ConversationInfo &info = m_session->info();
    m_applying = true;
    if (m_promptPanel)
        m_promptPanel->setPrompt(info.systemPrompt, info.systemRole);
    m_adjustments.clear();
    if (m_parametersPanel) {
        m_parametersPanel->setModel(info.model);
        m_parametersPanel->setParameters(info.parameters);
        m_parametersPanel->setAdjustments({});
        m_parametersPanel->setApplyModelRules(m_session->applyModelRules());
    }
    if (m_modelPanel)
        m_modelPanel->setCurrentModel(info.model);
    if (m_schemaPanel) {
        m_schemaPanel->setModel(info.model);
        m_schemaPanel->setResponseFormat(info.parameters.value(QStringLiteral("response_format")));
    }
    if (m_toolsPanel) {
        m_toolsPanel->setModel(info.model);
        m_toolsPanel->setParameters(info.parameters);
        loadToolsLocalState();
    }
    showPendingToolCalls();
    m_applying = false;
    scheduleRequestPreview();
}

void SidePanels::setEndpoint(const Endpoint &endpoint, const QString &profileId,
                             const QString &keyVariable, bool loadModels, const QString &problem)
{
    m_endpoint = endpoint;
    m_profileId = profileId;
    m_keyVariable = keyVariable;
    m_serviceProblem = problem;
    if (m_requestPanel)
        m_requestPanel->setKeyEnvironmentVariable(keyVariable);
    if (!problem.isEmpty()) {
        // Asking without the key would only add "host not found" or "401" to the same story.
        m_modelsWanted = false;
        if (m_modelPanel)
            m_modelPanel->setUnavailable(profileId, problem);
    } else if (loadModels) {
        m_modelsWanted = true;
        if (m_modelPanel) {
            m_modelPanel->setEndpoint(endpoint, profileId);
            m_modelPanel->setCurrentModel(m_session->info().model);
        }
    }
    scheduleRequestPreview();
}

void SidePanels::flush()
{
    if (m_promptPanel)
        m_promptPanel->flush();
}

void SidePanels::setEditingRow(int row)
{
    if (row == m_editingRow)
        return;
    m_editingRow = row;
    scheduleRequestPreview();
}

void SidePanels::onSettingsEdited()
{
    if (m_applying)
        return;
    ConversationInfo info = m_session->info();
    if (m_promptPanel) {
        info.systemPrompt = m_promptPanel->prompt();
        info.systemRole = m_promptPanel->role();
    }
    if (m_parametersPanel)
        info.parameters = m_parametersPanel->parameters();
    m_controller->updateSettings(info);
    if (m_schemaPanel)
        m_schemaPanel->setResponseFormat(info.parameters.value(QStringLiteral("response_format")));
    if (m_toolsPanel) {
        const QJsonObject local = m_toolsPanel->localState();
        m_toolsPanel->setParameters(info.parameters);
        m_toolsPanel->setLocalState(local);
    }
}

// The Schema dock edits one parameter, response_format, through the same path as the
// Parameters panel, which is told so that both show the same value.
void SidePanels::onResponseFormatEdited()
{
    if (m_applying || !m_schemaPanel)
        return;
    ConversationInfo info = m_session->info();
    const QJsonValue format = m_schemaPanel->responseFormat();
    if (format.isUndefined())
        info.parameters.remove(QStringLiteral("response_format"));
    else
        info.parameters.insert(QStringLiteral("response_format"), format);
    m_controller->updateSettings(info);
    if (m_parametersPanel) {
        m_applying = true;
        m_parametersPanel->setParameters(info.parameters);
        m_applying = false;
    }
}

void SidePanels::onModelChosen(const QString &model)
{
    ConversationInfo info = m_session->info();
    info.model = model;
    if (!m_profileId.isEmpty())
        info.profileId = m_profileId;
    m_controller->updateSettings(info);
    if (m_parametersPanel)
        m_parametersPanel->setModel(model);
    if (m_schemaPanel)
        m_schemaPanel->setModel(model);
    if (m_toolsPanel)
        m_toolsPanel->setModel(model);
    m_settings->setValue(lastModelKey(info.profileId), model);
    Q_EMIT modelChosen(model);
}

void SidePanels::focusModelPicker()
{
    m_modelDock->show();
    m_modelDock->raise();
    ensureModelPanel()->focusSearch();
}

void SidePanels::scheduleRequestPreview()
{
    if (!m_previewTimer->isActive())
        m_previewTimer->start();
}

void SidePanels::updateRequestPreview()
{
    if (!m_requestDock->isVisible() || m_requestDock->visibleRegion().isEmpty())
        return;
    if (m_previewSession) {
        ensureRequestPanel()->setRequest(m_previewSession->previewRequest(m_composer->message()),
                                         m_previewSession->endpoint());
        return;
    }
    ensureRequestPanel()->setRequest(m_session->previewRequest(m_composer->message(), m_editingRow),
                                     m_endpoint);
}

void SidePanels::setPreviewSession(ChatSession *session)
{
    m_previewSession = session;
    scheduleRequestPreview();
}

} // namespace Lineup
