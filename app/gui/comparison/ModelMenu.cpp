#include "ModelMenu.h"

#include "EndpointManager.h"
#include "PaneEndpoints.h"
#include "api/ApiClient.h"

#include <QLineEdit>
#include <QWidgetAction>

namespace Lineup {

namespace {
// A menu longer than this is hard to read; the field above the list finds the rest.
constexpr int MaxListedModels = 60;
} // namespace

ModelCatalog::ModelCatalog(ApiClient *client, PaneEndpoints *endpoints, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(endpoints)
{
    connect(m_endpoints, &PaneEndpoints::resolved, this, [this](const QString &profileId) {
        if (m_requests.contains(profileId) && !m_requests.value(profileId)) {
            m_requests.remove(profileId);
            request(profileId);
        }
    });
}

void ModelCatalog::request(const QString &profileId)
{
    if (m_models.contains(profileId) || m_requests.contains(profileId))
        return;
    if (!m_endpoints->prepare({profileId})) {
        m_requests.insert(profileId, nullptr); // asked again once the key is known
        return;
    }
    ModelListRequest *request = m_client->listModels(m_endpoints->endpoint(profileId), this);
    m_requests.insert(profileId, request);
    connect(request, &ModelListRequest::finished, this, [this, profileId, request] {
        m_requests.remove(profileId);
        QStringList ids;
        for (const ModelInfo &model : request->models())
            ids.append(model.id);
        ids.sort(Qt::CaseInsensitive);
        m_models.insert(profileId, ids);
        request->deleteLater();
        Q_EMIT modelsChanged(profileId);
    });
}

void ModelCatalog::setModels(const QString &profileId, const QStringList &models)
{
    m_models.insert(profileId, models);
    Q_EMIT modelsChanged(profileId);
}

ModelMenu::ModelMenu(EndpointManager *endpoints, ModelCatalog *catalog, QWidget *parent)
    : QMenu(parent)
    , m_endpoints(endpoints)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("paneModelMenu"));
    connect(this, &QMenu::aboutToShow, this, &ModelMenu::rebuild);
}

void ModelMenu::rebuild()
{
    clear();
    const QList<ProviderProfile> profiles = m_endpoints->profiles();
    for (const ProviderProfile &profile : profiles) {
        QMenu *sub = addMenu(profile.name.isEmpty() ? profile.id : profile.name);
        sub->setObjectName(QStringLiteral("profileMenu_") + profile.id);
        const QString id = profile.id;
        connect(sub, &QMenu::aboutToShow, this, [this, sub, id] { fillProfileMenu(sub, id); });
    }
}

void ModelMenu::fillProfileMenu(QMenu *menu, const QString &profileId)
{
    menu->clear();
    m_catalog->request(profileId);
    auto *fieldAction = new QWidgetAction(menu);
    auto *field = new QLineEdit(menu);
    field->setObjectName(QStringLiteral("paneModelField"));
    field->setPlaceholderText(tr("Type a model name, Enter to use it"));
    field->setAccessibleName(tr("Model name"));
    field->setMinimumWidth(260);
    fieldAction->setDefaultWidget(field);
    menu->addAction(fieldAction);
    connect(field, &QLineEdit::returnPressed, this, [this, field, profileId] {
        const QString model = field->text().trimmed();
        if (model.isEmpty())
            return;
        Q_EMIT modelChosen(profileId, model);
        close();
    });
    menu->addSeparator();
    const QStringList models = m_catalog->models(profileId);
    if (models.isEmpty()) {
        QAction *note = menu->addAction(m_catalog->isLoading(profileId)
                                            ? tr("Loading the model list…")
                                            : tr("No model list: type a name above"));
        note->setEnabled(false);
    }
    int listed = 0;
    for (const QString &model : models) {
        if (++listed > MaxListedModels) {
            QAction *more = menu->addAction(
                tr("%n more: type a name above", nullptr, int(models.size()) - MaxListedModels));
            more->setEnabled(false);
            break;
        }
        menu->addAction(model, this,
                        [this, profileId, model] { Q_EMIT modelChosen(profileId, model); });
    }
    // The list arrives later: show it in the open menu.
    connect(
        m_catalog, &ModelCatalog::modelsChanged, menu,
        [this, menu, profileId](const QString &changed) {
            if (changed == profileId && menu->isVisible())
                fillProfileMenu(menu, profileId);
        },
        Qt::SingleShotConnection);
    field->setFocus();
}

} // namespace Lineup
