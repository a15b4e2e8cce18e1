#include "SidePanels.h"

#include "Composer.h"
#include "ConversationController.h"
#include "chat/ChatSession.h"
#include "panels/ModelPanel.h"
#include "panels/ParametersPanel.h"
#include "panels/PromptPanel.h"
#include "panels/RequestPanel.h"
#include "usage/UsageMeter.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

namespace Lineup {

namespace {
QString lastModelKey(const QString &profileId)
{
    return QStringLiteral("chat/lastModel/") + profileId;
}
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
    // Model on top; the three editors share the space below as tabs.
    m_window->tabifyDockWidget(m_parametersDock, m_promptDock);
    m_window->tabifyDockWidget(m_promptDock, m_requestDock);
    m_usage = new UsageMeter(m_window, m_session, m_settings, this);
    m_window->tabifyDockWidget(m_requestDock, m_usage->dock());
    m_usage->setComposer(m_composer);
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

ModelPanel *SidePanels::ensureModelPanel()
{
    if (m_modelPanel)
        return m_modelPanel;
    m_modelPanel = new ModelPanel(m_client, m_settings, m_modelDock);
    connect(m_modelPanel, &ModelPanel::modelChosen, this, &SidePanels::onModelChosen);
    connect(m_modelPanel, &ModelPanel::modelsLoaded, m_usage, &UsageMeter::setServiceModels);
    connect(m_modelPanel, &ModelPanel::priceEditRequested, m_usage, &UsageMeter::editPriceFor);
    if (m_modelsWanted)
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
    m_applying = false;
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
    return {m_modelDock, m_parametersDock, m_promptDock, m_requestDock, m_usage->dock()};
}

QString SidePanels::lastModelFor(const QString &profileId) const
{
    return m_settings->value(lastModelKey(profileId)).toString();
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
    m_applying = false;
    scheduleRequestPreview();
}

void SidePanels::setEndpoint(const Endpoint &endpoint, const QString &profileId,
                             const QString &keyVariable, bool loadModels)
{
    m_endpoint = endpoint;
    m_profileId = profileId;
    m_keyVariable = keyVariable;
    if (m_requestPanel)
        m_requestPanel->setKeyEnvironmentVariable(keyVariable);
    if (loadModels) {
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
    ensureRequestPanel()->setRequest(m_session->previewRequest(m_composer->message()), m_endpoint);
}

} // namespace Lineup
