#include "chatview/ChatViewAccessible.h"

#include "chat/ConversationModel.h"
#include "chatview/ChatView.h"
#include "chatview/MessageLayout.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QScrollBar>
#include <QWindow>

namespace Lineup {

namespace {

// A child of a message: one of its actions or one painted part.
struct PartRef
{
    bool isAction = true;
    ChatView::MessageAction action = ChatView::MessageAction::Copy;
    ChatView::Part part = ChatView::Part::BannerButton;
    int index = 0;

    bool operator==(const PartRef &other) const
    {
        return isAction == other.isAction &&
               (isAction ? action == other.action : part == other.part && index == other.index);
    }
};

QList<PartRef> partsOf(const ChatView *view, int row)
{
    QList<PartRef> parts;
    const QList<ChatView::MessageAction> actions = view->availableActions(row);
    for (ChatView::MessageAction action : actions)
        parts.append({true, action, {}, 0});
    // The banner's button is the Retry or error action above.
    for (ChatView::Part part : {ChatView::Part::ReasoningToggle, ChatView::Part::ChoiceTab,
                                ChatView::Part::CodeCopyButton, ChatView::Part::Link}) {
        for (int index = 0, count = view->partCount(row, part); index < count; ++index)
            parts.append({false, {}, part, index});
    }
    return parts;
}

QRect toGlobal(const ChatView *view, const QRect &viewportRect)
{
    if (viewportRect.isNull())
        return {};
    return QRect(view->viewport()->mapToGlobal(viewportRect.topLeft()), viewportRect.size());
}

QString statusText(const MessageRecord &record)
{
    switch (record.status) {
    case MessageStatus::Complete:
        return {};
    case MessageStatus::Streaming:
        return ChatView::tr("answering");
    case MessageStatus::Stopped:
        return ChatView::tr("stopped");
    case MessageStatus::Interrupted:
        return ChatView::tr("interrupted");
    case MessageStatus::Failed:
        return ChatView::tr("failed: %1").arg(record.error.humanMessage());
    }
    return {};
}

// Qt owns the interfaces it is handed; the view keeps the ids of those made for its messages and
// drops them when rows move, because an interface names its message by row.
class AccessibleRegistry : public QObject
{
public:
    static AccessibleRegistry *of(ChatView *view)
    {
        // Found by name: without Q_OBJECT, findChild<AccessibleRegistry *> would match any child.
        QObject *found =
            view->findChild<QObject *>(objectNameForRegistry(), Qt::FindDirectChildrenOnly);
        auto *registry =
            found ? static_cast<AccessibleRegistry *>(found) : new AccessibleRegistry(view);
        registry->watch(view->model());
        return registry;
    }

    ~AccessibleRegistry() override { clear(); }

    template <typename Make> QAccessibleInterface *get(int row, int child, Make make)
    {
        const QPair<int, int> key(row, child);
        if (const QAccessible::Id id = m_ids.value(key)) {
            if (QAccessibleInterface *existing = QAccessible::accessibleInterface(id))
                return existing;
        }
        QAccessibleInterface *created = make();
        m_ids.insert(key, QAccessible::registerAccessibleInterface(created));
        return created;
    }

    // The same key for something else now (the message's parts changed while streaming).
    template <typename Make> QAccessibleInterface *replace(int row, int child, Make make)
    {
        if (const QAccessible::Id id = m_ids.take(QPair<int, int>(row, child)))
            QAccessible::deleteAccessibleInterface(id);
        return get(row, child, make);
    }

    void clear()
    {
        const QHash<QPair<int, int>, QAccessible::Id> ids = std::exchange(m_ids, {});
        for (QAccessible::Id id : ids)
            QAccessible::deleteAccessibleInterface(id);
    }

private:
    explicit AccessibleRegistry(ChatView *view)
        : QObject(view)
    {
        setObjectName(objectNameForRegistry());
    }

    static QString objectNameForRegistry() { return QStringLiteral("lineupAccessibleRegistry"); }

    void watch(ConversationModel *model)
    {
        if (model == m_model && (model || m_connections.isEmpty()))
            return;
        clear();
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            disconnect(connection);
        m_connections.clear();
        m_model = model;
        if (!model)
            return;
        const auto drop = [this] { clear(); };
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this, drop)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, drop)
                      << connect(model, &QAbstractItemModel::modelReset, this, drop)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, drop);
    }

    QHash<QPair<int, int>, QAccessible::Id> m_ids; // (row, -1 message or child index) -> id
    QPointer<ConversationModel> m_model;
    QList<QMetaObject::Connection> m_connections;
};

class MessageAccessible;

// One message action or painted part, pressable.
class PartAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PartAccessible(ChatView *view, int row, PartRef ref)
        : m_view(view)
        , m_row(row)
        , m_ref(ref)
    {}

    bool isValid() const override
    {
        return m_view && m_view->model() && m_row < m_view->model()->rowCount() &&
               partsOf(m_view, m_row).contains(m_ref);
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_ref.isAction ? m_view->actionLabel(m_row, m_ref.action)
                                  : m_view->partLabel(m_row, m_ref.part, m_ref.index);
        if (t == QAccessible::Description && !m_ref.isAction &&
            m_ref.part == ChatView::Part::Link) {
            const QString target = m_view->linkTarget(m_row, m_ref.index);
            return MessageLayout::isAnswerLink(target) ? MessageLayout::answerLinkToolTip(target)
                                                       : ChatView::tr("Opens in the web browser");
        }
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        // Actions live in the hover toolbar, which only one message shows at a time.
        if (!m_view || m_ref.isAction)
            return {};
        return toGlobal(m_view, m_view->hitRect(m_row, m_ref.part, m_ref.index));
    }

    QAccessible::Role role() const override
    {
        if (m_ref.isAction)
            return QAccessible::Button;
        switch (m_ref.part) {
        case ChatView::Part::ChoiceTab:
            return QAccessible::PageTab;
        case ChatView::Part::Link:
            return QAccessible::Link;
        case ChatView::Part::ReasoningToggle:
            return QAccessible::CheckBox;
        case ChatView::Part::BannerButton:
        case ChatView::Part::CodeCopyButton:
            break;
        }
        return QAccessible::Button;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_view || m_ref.isAction)
            return state;
        if (m_ref.part == ChatView::Part::ReasoningToggle) {
            state.checkable = true;
            state.checked = m_view->isReasoningExpanded(m_row);
        } else if (m_ref.part == ChatView::Part::ChoiceTab) {
            state.selectable = true;
            state.selected = m_view->shownChoice(m_row) == m_ref.index;
        }
        const QRect shown = m_view->hitRect(m_row, m_ref.part, m_ref.index);
        state.offscreen = shown.isNull() || !m_view->viewport()->rect().intersects(shown);
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override
    {
        const bool toggle = !m_ref.isAction && m_ref.part == ChatView::Part::ReasoningToggle;
        return {toggle ? toggleAction() : pressAction()};
    }
    void doAction(const QString &name) override
    {
        if (!isValid() || !actionNames().contains(name))
            return;
        if (m_ref.isAction)
            m_view->triggerAction(m_row, m_ref.action);
        else
            m_view->activatePart(m_row, m_ref.part, m_ref.index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    int row() const { return m_row; }
    const PartRef &ref() const { return m_ref; }

private:
    QPointer<ChatView> m_view;
    int m_row;
    PartRef m_ref;
};

// One message: its role, model and status as the name, its text as the description.
class MessageAccessible : public QAccessibleInterface
{
public:
    MessageAccessible(ChatView *view, int row)
        : m_view(view)
        , m_row(row)
    {}

    bool isValid() const override
    {
        return m_view && m_view->model() && m_row < m_view->model()->rowCount();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view->viewport()) : nullptr;
    }
    int childCount() const override { return isValid() ? int(partsOf(m_view, m_row).size()) : 0; }
    QAccessibleInterface *child(int index) const override
    {
        if (!isValid())
            return nullptr;
        const QList<PartRef> parts = partsOf(m_view, m_row);
        if (index < 0 || index >= parts.size())
            return nullptr;
        ChatView *view = m_view;
        const int row = m_row;
        const PartRef ref = parts.at(index);
        const auto make = [view, row, ref] { return new PartAccessible(view, row, ref); };
        AccessibleRegistry *registry = AccessibleRegistry::of(view);
        QAccessibleInterface *found = registry->get(row, index, make);
        if (static_cast<PartAccessible *>(found)->ref() == ref)
            return found;
        return registry->replace(row, index, make);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *part = dynamic_cast<const PartAccessible *>(child);
        if (!part || part->row() != m_row || !isValid())
            return -1;
        return int(partsOf(m_view, m_row).indexOf(part->ref()));
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0, count = childCount(); i < count; ++i) {
            QAccessibleInterface *candidate = child(i);
            if (candidate && candidate->rect().contains(x, y))
                return candidate;
        }
        return nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const MessageRecord &record = m_view->model()->record(m_row);
        if (t == QAccessible::Name) {
            QStringList name{MessageLayout::roleLabel(record.message.role)};
            if (record.message.role == Role::Assistant && !record.model.isEmpty() &&
                !m_view->modelsHidden())
                name.append(record.model);
            const QString status = statusText(record);
            if (!status.isEmpty())
                name.append(status);
            return name.join(QStringLiteral(", "));
        }
        if (t == QAccessible::Description)
            return MessageLayout::contentText(
                MessageLayout::choiceMessage(record, m_view->shownChoice(m_row)));
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        return m_view ? toGlobal(m_view, m_view->rowRect(m_row)) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.focusable = true;
        state.focused = m_view && m_view->hasFocus() && m_view->currentMessage() == m_row;
        state.offscreen = !m_view || !m_view->viewport()->rect().intersects(m_view->rowRect(m_row));
        return state;
    }

    int row() const { return m_row; }

private:
    QPointer<ChatView> m_view;
    int m_row;
};

QAccessibleInterface *PartAccessible::parent() const
{
    if (!m_view)
        return nullptr;
    ChatView *view = m_view;
    const int row = m_row;
    return AccessibleRegistry::of(view)->get(
        row, -1, [view, row] { return new MessageAccessible(view, row); });
}

// The viewport: its own widgets (hover toolbar), then one item per message.
class ViewportAccessible : public QAccessibleWidget
{
public:
    explicit ViewportAccessible(ChatView *view)
        : QAccessibleWidget(view->viewport(), QAccessible::List)
        , m_view(view)
    {}

    int childCount() const override { return QAccessibleWidget::childCount() + messageCount(); }
    QAccessibleInterface *child(int index) const override
    {
        const int widgets = QAccessibleWidget::childCount();
        if (index < widgets)
            return QAccessibleWidget::child(index);
        return message(index - widgets);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (const auto *item = dynamic_cast<const MessageAccessible *>(child))
            return item->isValid() ? QAccessibleWidget::childCount() + item->row() : -1;
        return QAccessibleWidget::indexOfChild(child);
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (QAccessibleInterface *widget = QAccessibleWidget::childAt(x, y))
            return widget;
        if (!m_view)
            return nullptr;
        const QPoint local = m_view->viewport()->mapFromGlobal(QPoint(x, y));
        // Rows are stacked top to bottom: binary search on their tops.
        int low = 0;
        int high = messageCount() - 1;
        while (low <= high) {
            const int mid = (low + high) / 2;
            const QRect rect = m_view->rowRect(mid);
            if (local.y() < rect.top())
                high = mid - 1;
            else if (local.y() > rect.bottom())
                low = mid + 1;
            else
                return message(mid);
        }
        return nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!m_view)
            return {};
        if (t == QAccessible::Name)
            return m_view->accessibleName();
        if (t == QAccessible::Description)
            return m_view->accessibleDescription();
        return QAccessibleWidget::text(t);
    }

private:
    int messageCount() const { return m_view && m_view->model() ? m_view->model()->rowCount() : 0; }
    QAccessibleInterface *message(int row) const
    {
        if (!m_view || row < 0 || row >= messageCount())
            return nullptr;
        ChatView *view = m_view;
        return AccessibleRegistry::of(view)->get(
            row, -1, [view, row] { return new MessageAccessible(view, row); });
    }

    QPointer<ChatView> m_view;
};

QAccessibleInterface *chatViewFactory(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *view = qobject_cast<ChatView *>(object->parent());
    if (view && view->viewport() == object)
        return new ViewportAccessible(view);
    return nullptr;
}

} // namespace

void notifyCurrentMessage(ChatView *view, int row)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface *viewport = QAccessible::queryAccessibleInterface(view->viewport());
    if (!viewport || !view->model())
        return;
    const int first = viewport->childCount() - view->model()->rowCount();
    if (QAccessibleInterface *item = viewport->child(first + row)) {
        QAccessibleEvent event(item, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

void installChatViewAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chatViewFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace Lineup
