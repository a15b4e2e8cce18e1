#pragma once

#include <QHash>
#include <QMenu>
#include <QPointer>
#include <QStringList>

namespace Lineup {

class ApiClient;
class EndpointManager;
class ModelListRequest;
class PaneEndpoints;

// The model lists of every profile, asked for once per profile when a pane's picker first shows
// it (the window's own list covers the current profile). Shared by all panes of a comparison.
class ModelCatalog : public QObject
{
    Q_OBJECT
public:
    ModelCatalog(ApiClient *client, PaneEndpoints *endpoints, QObject *parent = nullptr);

    QStringList models(const QString &profileId) const { return m_models.value(profileId); }
    bool isLoading(const QString &profileId) const { return m_requests.contains(profileId); }
    // Starts loading a profile's list unless it is known or on its way.
    void request(const QString &profileId);
    void setModels(const QString &profileId, const QStringList &models);

Q_SIGNALS:
    void modelsChanged(const QString &profileId);

private:
    ApiClient *m_client;
    PaneEndpoints *m_endpoints;
    QHash<QString, QStringList> m_models;
    QHash<QString, QPointer<ModelListRequest>> m_requests;
};

// A pane's model picker: one submenu per profile with a field to type any model name and the
// profile's model list once loaded. Panes may use different services.
class ModelMenu : public QMenu
{
    Q_OBJECT
public:
    ModelMenu(EndpointManager *endpoints, ModelCatalog *catalog, QWidget *parent = nullptr);

Q_SIGNALS:
    void modelChosen(const QString &profileId, const QString &model);

private:
    void rebuild();
    void fillProfileMenu(QMenu *menu, const QString &profileId);

    EndpointManager *m_endpoints;
    ModelCatalog *m_catalog;
};

} // namespace Lineup
