#pragma once

#include "api/Endpoint.h"
#include "api/ModelInfo.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;
class QTreeView;

namespace Lineup {

class ApiClient;
class ModelListModel;
class ModelSortFilterProxy;
class ModelListRequest;

// The model picker: the service's GET /models list, filtered as you type, favourites and recently
// used models first, context length and prices when the service gives them. Favourites and recent
// ids are stored per profile in the QSettings passed in (model ids only). Reusable: everything it
// needs is passed in, so a comparison pane can host a second one.
class ModelPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Failed };

    ModelPanel(ApiClient *client, QSettings *settings, QWidget *parent = nullptr);
    ~ModelPanel() override;

    // Sets the service and the profile whose favourites/recents are shown, then loads the list.
    void setEndpoint(const Endpoint &endpoint, const QString &profileId);
    // The service cannot be asked (no key): no list, `reason` as the status.
    void setUnavailable(const QString &profileId, const QString &reason);
    // Shows a list without asking the service (e.g. a cached list).
    void setModels(const QList<ModelInfo> &models);
    // Marks the model in use (highlighted, not emitted).
    void setCurrentModel(const QString &modelId);
    QString currentModel() const { return m_currentModel; }

    void setFavourite(const QString &modelId, bool favourite);
    bool isFavourite(const QString &modelId) const;
    QStringList favourites() const;
    QStringList recentModels() const; // most recent first

    State state() const { return m_state; }
    QString statusText() const;
    // Model ids in display order after filtering (favourites, recent, then the rest).
    QStringList visibleModelIds() const;

    // Test seams.
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    QToolButton *refreshButton() const { return m_refresh; }
    QToolButton *favouriteButton() const { return m_favourite; }
    QToolButton *priceButton() const { return m_price; }

public Q_SLOTS:
    void refresh();
    void focusSearch(); // Ctrl+K
    // Chooses a model (as if activated in the list): records it as recent and emits modelChosen.
    void chooseModel(const QString &modelId);

Q_SIGNALS:
    void modelChosen(const QString &modelId);
    void stateChanged(Lineup::ModelPanel::State state);
    // A model list arrived (with the context lengths and prices the service gives).
    void modelsLoaded(const QList<Lineup::ModelInfo> &models);
    // The user wants to set the price-table entry of this model (USD per 1M tokens).
    void priceEditRequested(const QString &modelId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onListFinished();
    void onSearchReturn();
    void toggleFavouriteOfCurrent();
    void updateFavouriteButton();
    void setState(State state, const QString &text);
    QString countText() const; // "N models available", or how many match the search
    void updateCountText();
    void applyPendingOrder(); // a choice made under the pointer moves its row now
    void loadPreferences();
    void storePreferences();
    QString settingsKey(const QString &leaf) const;

    ApiClient *m_client;
    QSettings *m_settings;
    Endpoint m_endpoint;
    QString m_profileId;
    QString m_currentModel;
    QStringList m_favouriteIds;
    QStringList m_recentIds; // most recent first
    QPointer<ModelListRequest> m_request;
    State m_state = State::Idle;
    bool m_pointerInList = false;
    bool m_orderPending = false;     // recent order waits until the pointer leaves the list
    bool m_pickedWithArrows = false; // Enter in the search box takes the row chosen with arrows

    ModelListModel *m_model;
    ModelSortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QToolButton *m_refresh;
    QToolButton *m_favourite;
    QToolButton *m_price;
    QLabel *m_status;
};

} // namespace Lineup
