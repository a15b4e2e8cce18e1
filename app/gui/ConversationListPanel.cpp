#include "ConversationListPanel.h"

#include "Icons.h"
#include "storage/ConversationStore.h"

#include "PlainText.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int MessageIdRole = Qt::UserRole + 2;
constexpr int PinnedRole = Qt::UserRole + 3;
constexpr int SubtitleRole = Qt::UserRole + 4;
constexpr int KindRole = Qt::UserRole + 5; // true: a comparison

// Two lines per row: the title, and under it in a quieter colour when it was last used (or the
// matching text, for search results).
class TwoLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!index.data(SubtitleRole).toString().isEmpty())
            size.setHeight(2 * option.fontMetrics.lineSpacing() + 10);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString subtitle = index.data(SubtitleRole).toString();
        if (subtitle.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect text =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 4, -2, -4);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
        QColor titleColor =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor subtitleColor = titleColor;
        subtitleColor.setAlphaF(selected ? 0.8f : 0.6f);

        painter->save();
        const QFontMetrics metrics(opt.font);
        const int line = metrics.lineSpacing();
        painter->setFont(opt.font);
        painter->setPen(titleColor);
        painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(title, Qt::ElideRight, text.width()));
        painter->setPen(subtitleColor);
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(subtitle.simplified(), Qt::ElideRight, text.width()));
        painter->restore();
    }
};

// Spelled out for English too: without an English translation file "%n message(s)" would show
// the parentheses.
QString messageCountText(int count)
{
    return count == 1 ? QCoreApplication::translate("Lineup::ConversationListPanel", "1 message")
                      : QCoreApplication::translate("Lineup::ConversationListPanel", "%1 messages")
                            .arg(count);
}

QString whenText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today.addDays(-1))
        return QCoreApplication::translate("Lineup::ConversationListPanel", "Yesterday");
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString displayTitle(const ConversationInfo &info)
{
    return info.title.trimmed().isEmpty()
               ? QCoreApplication::translate("Lineup::ConversationListPanel", "New chat")
               : info.title;
}

} // namespace

ConversationListPanel::ConversationListPanel(ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_newButton(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_results(new QListWidget(this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoTimer(new QTimer(this))
    , m_searchTimer(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("conversationList"));
    setAccessibleName(tr("Conversations"));

    m_newButton->setObjectName(QStringLiteral("newChatButton"));
    m_newButton->setIcon(Icons::themed(QStringLiteral("new-chat")));
    m_newButton->setText(tr("New chat"));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_newButton->setAccessibleName(tr("New chat"));
    m_newButton->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    connect(m_newButton, &QToolButton::clicked, this,
            &ConversationListPanel::newConversationRequested);

    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search all conversations"));
    Icons::addClearAction(m_search);
    m_search->addAction(Icons::themed(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setToolTip(tr("Find messages in every conversation; every word must match"));

    m_list->setObjectName(QStringLiteral("conversationListView"));
    m_list->setAccessibleName(tr("Conversation list"));
    m_list->setToolTip(tr("Your conversations. Right-click to rename, pin or delete."));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, for export
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new TwoLineDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setToolTip(tr("Messages that match the search; open one to jump to it"));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setItemDelegate(new TwoLineDelegate(m_results));
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_results);

    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 4, 6, 4);
    m_undoLabel->setWordWrap(true);
    undoLayout->addWidget(m_undoLabel, 1);
    auto *undoButton = new QPushButton(tr("Undo"), m_undoBar);
    undoButton->setObjectName(QStringLiteral("undoDeleteButton"));
    undoButton->setAccessibleName(tr("Undo delete"));
    undoButton->setToolTip(tr("Bring the deleted conversation back"));
    undoLayout->addWidget(undoButton);
    m_undoBar->setVisible(false);
    connect(undoButton, &QPushButton::clicked, this, &ConversationListPanel::undoDelete);

    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(UndoWindowMs);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_undoBar->setVisible(false);
        m_lastDeleted = 0;
    });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ConversationListPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            Q_EMIT m_results->itemActivated(m_results->item(0));
        }
    });

    // Storage signals come in bursts while an answer is checkpointed; one reload is enough.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(50);
    connect(m_reloadTimer, &QTimer::timeout, this, &ConversationListPanel::reload);
    if (m_store) {
        connect(m_store, &ConversationStore::conversationsChanged, this,
                [this] { m_reloadTimer->start(); });
    }

    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(IdRole).toLongLong();
        m_current = id;
        Q_EMIT conversationActivated(id);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(IdRole).toLongLong();
        m_current = id;
        Q_EMIT conversationActivated(id);
    });
    connect(m_list, &QListWidget::itemChanged, this, &ConversationListPanel::onItemChanged);
    connect(m_list, &QListWidget::customContextMenuRequested, this,
            &ConversationListPanel::showContextMenu);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT searchHitActivated(item->data(IdRole).toLongLong(),
                                  item->data(MessageIdRole).toLongLong(), m_search->text());
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT searchHitActivated(item->data(IdRole).toLongLong(),
                                  item->data(MessageIdRole).toLongLong(), m_search->text());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_newButton);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_undoBar);

    auto *rename = new QAction(tr("Rename"), m_list);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetShortcut);
    connect(rename, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            renameConversation(item->data(IdRole).toLongLong());
    });
    m_list->addAction(rename);
    auto *remove = new QAction(tr("Delete"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            deleteConversation(item->data(IdRole).toLongLong());
    });
    m_list->addAction(remove);

    reload();
}

void ConversationListPanel::reload()
{
    if (!m_store)
        return;
    m_reloading = true;
    const QList<ConversationInfo> conversations = m_store->conversations();
    const QLocale locale;
    m_list->clear();
    for (const ConversationInfo &info : conversations) {
        auto *item = new QListWidgetItem(displayTitle(info), m_list);
        item->setData(IdRole, info.id);
        const bool comparison = info.kind == ConversationKind::Comparison;
        QString count = comparison ? tr("%n panes", nullptr, info.paneCount)
                                   : messageCountText(info.messageCount);
        if (info.blind == BlindState::Unvoted)
            count = tr("%1 · blind, not voted yet").arg(count);
        item->setData(SubtitleRole,
                      QString(whenText(info.updatedAt) + QStringLiteral(" · ") + count));
        item->setData(PinnedRole, info.pinned);
        item->setData(KindRole, comparison);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        // A comparison keeps its own icon even when pinned (pinned ones are listed first).
        if (comparison)
            item->setIcon(Icons::themed(QStringLiteral("compare")));
        else if (info.pinned)
            item->setIcon(Icons::themed(QStringLiteral("pin")));
        const QString when = locale.toString(info.updatedAt.toLocalTime(), QLocale::ShortFormat);
        item->setToolTip(tr("%1\nLast changed %2 · %3")
                             .arg(displayTitle(info), when, messageCountText(info.messageCount)));
        if (info.id == m_current)
            m_list->setCurrentItem(item);
    }
    m_reloading = false;
}

void ConversationListPanel::setCurrentConversation(qint64 id)
{
    m_current = id;
    m_reloading = true;
    if (QListWidgetItem *item = itemFor(id))
        m_list->setCurrentItem(item);
    else
        m_list->setCurrentItem(nullptr);
    m_reloading = false;
}

QListWidgetItem *ConversationListPanel::itemFor(qint64 id) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == id)
            return m_list->item(i);
    }
    return nullptr;
}

void ConversationListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationListPanel::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() || !m_store) {
        m_stack->setCurrentWidget(m_list);
        if (query.isEmpty())
            Q_EMIT searchCleared();
        return;
    }
    m_results->clear();
    const QList<SearchHit> hits = m_store->search(query, 50);
    for (const SearchHit &hit : hits) {
        const QString title = hit.title.trimmed().isEmpty() ? tr("New chat") : hit.title;
        auto *item = new QListWidgetItem(title, m_results);
        item->setData(SubtitleRole, hit.snippet);
        item->setData(IdRole, hit.conversationId);
        item->setData(MessageIdRole, hit.messageId);
        item->setToolTip(plainToolTip(hit.snippet));
    }
    if (hits.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No message matches “%1”.").arg(query), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
    m_stack->setCurrentWidget(m_results);
}

void ConversationListPanel::renameConversation(qint64 id)
{
    if (QListWidgetItem *item = itemFor(id)) {
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    }
}

void ConversationListPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_reloading || !m_store)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const QString title = item->text().simplified();
    if (title.isEmpty()) {
        m_reloadTimer->start(); // an empty name is not a rename: show the old one again
        return;
    }
    m_store->renameConversation(id, title);
}

void ConversationListPanel::deleteConversation(qint64 id)
{
    if (!m_store || id <= 0)
        return;
    const std::optional<ConversationInfo> info = m_store->conversation(id);
    if (!m_store->deleteConversation(id))
        return;
    m_lastDeleted = id;
    m_undoLabel->setText(tr("Deleted “%1”.").arg(info ? displayTitle(*info) : QString()));
    m_undoBar->setVisible(true);
    m_undoTimer->start();
    reload();
    Q_EMIT conversationDeleted(id);
}

void ConversationListPanel::undoDelete()
{
    if (!m_store || m_lastDeleted == 0)
        return;
    const qint64 id = m_lastDeleted;
    m_lastDeleted = 0;
    m_undoTimer->stop();
    m_undoBar->setVisible(false);
    if (m_store->restoreConversation(id)) {
        reload();
        Q_EMIT conversationRestored(id);
    }
}

void ConversationListPanel::togglePinned(qint64 id)
{
    if (!m_store)
        return;
    if (const std::optional<ConversationInfo> info = m_store->conversation(id)) {
        m_store->setPinned(id, !info->pinned);
        reload();
    }
}

void ConversationListPanel::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const bool pinned = item->data(PinnedRole).toBool();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(Icons::themed(QStringLiteral("rename")), tr("Rename"), this,
                    [this, id] { renameConversation(id); });
    menu->addAction(Icons::themed(QStringLiteral("pin")), pinned ? tr("Unpin") : tr("Pin to top"),
                    this, [this, id] { togglePinned(id); });
    QList<qint64> chosen{id};
    if (item->isSelected()) {
        chosen.clear();
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->isSelected())
                chosen.append(m_list->item(row)->data(IdRole).toLongLong());
        }
    }
    menu->addAction(chosen.size() == 1
                        ? tr("Export…")
                        : tr("Export %n Conversations…", nullptr, int(chosen.size())),
                    this, [this, chosen] { Q_EMIT exportRequested(chosen); });
    menu->addSeparator();
    menu->addAction(Icons::themed(QStringLiteral("delete")), tr("Delete"), this,
                    [this, id] { deleteConversation(id); });
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

} // namespace Lineup
