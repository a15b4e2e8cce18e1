#include "panels/ModelPanel.h"

#include "Icons.h"

#include "api/ApiClient.h"
#include "panels/ModelListModel.h"

#include "PlainText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Lineup {

namespace {
constexpr int kMaxRecent = 8;
}

ModelPanel::ModelPanel(ApiClient *client, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_settings(settings)
    , m_model(new ModelListModel(this))
    , m_proxy(new ModelSortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_refresh(new QToolButton(this))
    , m_favourite(new QToolButton(this))
    , m_price(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("modelPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(ModelListModel::IdColumn);

    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setPlaceholderText(tr("Search or type a model id"));
    Icons::addClearAction(m_search);
    m_search->setAccessibleName(tr("Model search"));
    m_search->setToolTip(tr("Filter the list as you type (Ctrl+K). Enter picks the only match, "
                            "or uses the text as a model id when it is not in the list."));
    m_search->installEventFilter(this);

    m_refresh->setObjectName(QStringLiteral("modelRefresh"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(Icons::themed(QStringLiteral("refresh")));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setAccessibleName(tr("Refresh model list"));
    m_refresh->setToolTip(tr("Ask the service again for the models your key can use"));

    m_favourite->setObjectName(QStringLiteral("modelFavourite"));
    m_favourite->setCheckable(true);
    m_favourite->setText(QStringLiteral("\u2606"));
    m_favourite->setAccessibleName(tr("Favourite"));
    m_favourite->setToolTip(tr("Mark the selected model as a favourite; favourites are listed "
                               "first"));
    m_favourite->setEnabled(false);

    m_view->setObjectName(QStringLiteral("modelList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // constant-time layout for long lists
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Models"));
    m_view->setToolTip(tr("Click or press Enter to use a model"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ModelListModel::IdColumn, QHeaderView::Stretch);
    for (int column = ModelListModel::ContextColumn; column < ModelListModel::ColumnCount;
         ++column) {
        // Sized from sample text, not ResizeToContents: that measures every row on each
        // re-sort, which costs tens of milliseconds with thousands of models.
        const QString sample = column == ModelListModel::ContextColumn ? QStringLiteral("0000K")
                                                                       : QStringLiteral("$00.000");
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int width = qMax(m_view->fontMetrics().horizontalAdvance(sample),
                               m_view->fontMetrics().horizontalAdvance(title)) +
                          16;
        m_view->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->header()->resizeSection(column, width);
        m_view->setColumnHidden(column, true);
    }

    m_status->setObjectName(QStringLiteral("modelStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Model list status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_favourite);
    top->addWidget(m_price);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_pickedWithArrows = false;
        m_proxy->setSearchText(text);
        updateCountText();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ModelPanel::onSearchReturn);
    connect(m_refresh, &QToolButton::clicked, this, &ModelPanel::refresh);
    connect(m_favourite, &QToolButton::clicked, this, &ModelPanel::toggleFavouriteOfCurrent);
    m_price->setObjectName(QStringLiteral("modelPrice"));
    m_price->setText(QStringLiteral("$"));
    m_price->setAccessibleName(tr("Set price"));
    m_price->setToolTip(tr("Set the price (USD per 1M tokens) and context length of the "
                           "selected model, or of the one in use, in your price table"));
    connect(m_price, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const QString id = current.isValid() ? current.data(ModelListModel::ModelIdRole).toString()
                                             : m_currentModel;
        if (!id.isEmpty())
            Q_EMIT priceEditRequested(id);
    });
    // One click picks, as does Enter (activated); a double click is the same model twice.
    const auto pick = [this](const QModelIndex &index) {
        const QString id = index.data(ModelListModel::ModelIdRole).toString();
        if (!id.isEmpty())
            chooseModel(id);
    };
    connect(m_view, &QTreeView::clicked, this, pick);
    connect(m_view, &QTreeView::activated, this, [this, pick](const QModelIndex &index) {
        if (index.data(ModelListModel::ModelIdRole).toString() != m_currentModel)
            pick(index);
    });
    m_view->viewport()->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ModelPanel::updateFavouriteButton);

    setState(State::Idle, tr("No service selected."));
}

ModelPanel::~ModelPanel() = default;

void ModelPanel::setEndpoint(const Endpoint &endpoint, const QString &profileId)
{
    m_endpoint = endpoint;
    m_profileId = profileId;
    loadPreferences();
    refresh();
}

void ModelPanel::setUnavailable(const QString &profileId, const QString &reason)
{
    if (m_request)
        m_request->deleteLater();
    m_request = nullptr;
    m_endpoint = {};
    m_profileId = profileId;
    loadPreferences();
    m_model->setModels({});
    m_refresh->setEnabled(true);
    setState(State::Idle, reason);
}

void ModelPanel::setModels(const QList<ModelInfo> &models)
{
    m_model->setModels(models);
    m_view->setColumnHidden(ModelListModel::ContextColumn, !m_model->hasContextLengths());
    m_view->setColumnHidden(ModelListModel::InputPriceColumn, !m_model->hasPrices());
    m_view->setColumnHidden(ModelListModel::OutputPriceColumn, !m_model->hasPrices());
    setCurrentModel(m_currentModel);
    setState(State::Loaded, countText());
    Q_EMIT modelsLoaded(models);
}

QString ModelPanel::countText() const
{
    // Two sentences rather than %n: English plurals would otherwise need a translation file.
    const int total = m_model->rowCount();
    const QString search = m_search->text().trimmed();
    if (search.isEmpty())
        return total == 1 ? tr("1 model available.") : tr("%1 models available.").arg(total);
    const int shown = m_proxy->rowCount();
    if (shown == 0)
        return tr("No model matches “%1”. Enter uses it as a model id.").arg(search);
    return shown == 1 ? tr("1 of %1 models matches.").arg(total)
                      : tr("%1 of %2 models match.").arg(shown).arg(total);
}

void ModelPanel::updateCountText()
{
    if (m_state == State::Loaded)
        setState(State::Loaded, countText());
}

void ModelPanel::applyPendingOrder()
{
    if (!std::exchange(m_orderPending, false))
        return;
    m_model->setRecent(m_recentIds);
    setCurrentModel(m_currentModel);
}

void ModelPanel::setCurrentModel(const QString &modelId)
{
    m_currentModel = modelId;
    const int row = m_model->rowOf(modelId);
    if (row < 0) {
        m_view->clearSelection();
        updateFavouriteButton();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    updateFavouriteButton();
}

void ModelPanel::refresh()
{
    if (!m_client || !m_endpoint.baseUrl.isValid()) {
        setState(State::Idle, tr("No service selected."));
        return;
    }
    if (m_request)
        m_request->deleteLater(); // its owner guard aborts it
    m_request = m_client->listModels(m_endpoint, this);
    connect(m_request, &ModelListRequest::finished, this, &ModelPanel::onListFinished);
    m_refresh->setEnabled(false);
    setState(State::Loading, tr("Loading models from %1…").arg(m_endpoint.baseUrl.host()));
}

void ModelPanel::onListFinished()
{
    auto *request = qobject_cast<ModelListRequest *>(sender());
    if (!request || request != m_request)
        return;
    m_request = nullptr;
    request->deleteLater();
    m_refresh->setEnabled(true);
    if (request->error().isError()) {
        setState(State::Failed,
                 tr("Could not load the model list: %1 You can still type a model id.")
                     .arg(request->error().humanMessage()));
        return;
    }
    setModels(request->models());
}

void ModelPanel::focusSearch()
{
    applyPendingOrder();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ModelPanel::chooseModel(const QString &modelId)
{
    const QString id = modelId.trimmed();
    if (id.isEmpty())
        return;
    m_recentIds.removeAll(id);
    m_recentIds.prepend(id);
    while (m_recentIds.size() > kMaxRecent)
        m_recentIds.removeLast();
    // The list is re-sorted (recent first) once the pointer has left it, not under it.
    if (m_pointerInList)
        m_orderPending = true;
    else
        m_model->setRecent(m_recentIds);
    storePreferences();
    setCurrentModel(id);
    Q_EMIT modelChosen(id);
}

void ModelPanel::onSearchReturn()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            chooseModel(current.data(ModelListModel::ModelIdRole).toString());
        return;
    }
    if (m_model->rowOf(text) >= 0) {
        chooseModel(text);
        return;
    }
    if (m_pickedWithArrows && m_view->currentIndex().isValid()) {
        chooseModel(m_view->currentIndex().data(ModelListModel::ModelIdRole).toString());
        return;
    }
    // A single match is what the person was looking for; otherwise the text is a hand-typed id
    // (the list may be incomplete, or the service may accept ids it does not list).
    if (m_proxy->rowCount() == 1) {
        chooseModel(m_proxy->index(0, 0).data(ModelListModel::ModelIdRole).toString());
        return;
    }
    if (!text.contains(QLatin1Char(' ')))
        chooseModel(text);
}

bool ModelPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Enter)
        m_pointerInList = true;
    if (watched == m_view->viewport() && event->type() == QEvent::Leave) {
        m_pointerInList = false;
        applyPendingOrder();
    }
    // Arrow keys in the search box move through the list, so the keyboard never has to leave it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_proxy->rowCount();
            if (rows == 0)
                return true;
            int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
            row = key->key() == Qt::Key_Down ? qMin(row + 1, rows - 1) : qMax(row - 1, 0);
            m_view->setCurrentIndex(m_proxy->index(row, 0));
            m_pickedWithArrows = true;
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModelPanel::toggleFavouriteOfCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id =
        current.isValid() ? current.data(ModelListModel::ModelIdRole).toString() : m_currentModel;
    if (!id.isEmpty())
        setFavourite(id, !isFavourite(id));
}

void ModelPanel::setFavourite(const QString &modelId, bool favourite)
{
    m_favouriteIds.removeAll(modelId);
    if (favourite)
        m_favouriteIds.append(modelId);
    m_model->setFavourites(QSet<QString>(m_favouriteIds.cbegin(), m_favouriteIds.cend()));
    storePreferences();
    updateFavouriteButton();
}

bool ModelPanel::isFavourite(const QString &modelId) const
{
    return m_favouriteIds.contains(modelId);
}

QStringList ModelPanel::favourites() const
{
    return m_favouriteIds;
}

QStringList ModelPanel::recentModels() const
{
    return m_recentIds;
}

void ModelPanel::updateFavouriteButton()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id =
        current.isValid() ? current.data(ModelListModel::ModelIdRole).toString() : QString();
    m_favourite->setEnabled(!id.isEmpty());
    const bool favourite = !id.isEmpty() && isFavourite(id);
    m_favourite->setChecked(favourite);
    m_favourite->setText(favourite ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
    m_favourite->setToolTip(favourite ? tr("Remove %1 from favourites").arg(id)
                                      : tr("Mark the selected model as a favourite; favourites "
                                           "are listed first"));
}

void ModelPanel::setState(State state, const QString &text)
{
    m_status->setText(text);
    m_status->setToolTip(plainToolTip(text));
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString ModelPanel::statusText() const
{
    return m_status->text();
}

QStringList ModelPanel::visibleModelIds() const
{
    QStringList ids;
    ids.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(ModelListModel::ModelIdRole).toString());
    return ids;
}

QString ModelPanel::settingsKey(const QString &leaf) const
{
    // Profile ids are short identifiers; '/' would create a nested group, so it is replaced.
    QString profile = m_profileId;
    profile.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("models/") + profile + QLatin1Char('/') + leaf;
}

void ModelPanel::loadPreferences()
{
    m_favouriteIds.clear();
    m_recentIds.clear();
    if (m_settings && !m_profileId.isEmpty()) {
        m_favouriteIds =
            m_settings->value(settingsKey(QStringLiteral("favourites"))).toStringList();
        m_recentIds = m_settings->value(settingsKey(QStringLiteral("recent"))).toStringList();
    }
    m_model->setFavourites(QSet<QString>(m_favouriteIds.cbegin(), m_favouriteIds.cend()));
    m_model->setRecent(m_recentIds);
    m_orderPending = false;
    m_proxy->invalidate();
}

void ModelPanel::storePreferences()
{
    if (!m_settings || m_profileId.isEmpty())
        return;
    m_settings->setValue(settingsKey(QStringLiteral("favourites")), m_favouriteIds);
    m_settings->setValue(settingsKey(QStringLiteral("recent")), m_recentIds);
}

} // namespace Lineup
