#pragma once

// The window running blind rounds against the FakeServer (each model answers from its own
// script), and the walk over everything a user or assistive technology can meet in the window,
// for the blind arena suites.
#include "ComparisonHarness.h"
#include "arena/ArenaController.h"
#include "arena/BlindArena.h"
#include "arena/VoteBar.h"
#include "storage/VoteStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

namespace Lineup::Test {

inline const QStringList &poolNames()
{
    static const QStringList names{QStringLiteral("kestrel-1"), QStringLiteral("osprey-2"),
                                   QStringLiteral("heron-3")};
    return names;
}

// Every piece of text the user or assistive technology can meet in the visible window: titles,
// tooltips, accessible names and descriptions, labels, buttons, fields, combo items, the text
// of every role of the item views' rows (the conversation list's subtitles and tooltips), and
// the accessibility tree, where the chat views expose their painted messages.
inline QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) && widget != root)
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription()
              << widget->statusTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text();
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto *items = qobject_cast<QAbstractItemView *>(widget); items && items->model()) {
            const QAbstractItemModel *model = items->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int role = 0; role <= Qt::UserRole + 16; ++role)
                    if (const QVariant value = model->index(row, 0).data(role);
                        value.typeId() == QMetaType::QString)
                        texts << value.toString();
        }
    }
    QList<QAccessibleInterface *> pending{QAccessible::queryAccessibleInterface(root)};
    int visited = 0;
    while (!pending.isEmpty() && visited++ < 20000) {
        QAccessibleInterface *node = pending.takeLast();
        if (!node)
            continue;
        if (node->state().invisible)
            continue;
        texts << node->text(QAccessible::Name) << node->text(QAccessible::Description);
        for (int i = 0; i < node->childCount(); ++i)
            pending.append(node->child(i));
    }
    return texts;
}

inline QStringList leaks(QWidget *root, const QStringList &names)
{
    QStringList found;
    const QStringList texts = visibleTexts(root);
    for (const QString &text : texts)
        for (const QString &name : names)
            if (text.contains(name))
                found.append(text);
    return found;
}

class BlindArenaHarness : public ComparisonHarness
{
protected:
    BlindArena *blind() const { return m_window->arena()->blind(); }
    VoteStore *votes() const { return m_window->arena()->votes(); }
    VoteBar *bar() const { return blind()->voteBar(); }

    QList<PoolModel> pool() const
    {
        QList<PoolModel> entries;
        for (const QString &name : poolNames())
            entries.append({QStringLiteral("fake"), name});
        return entries;
    }

    void startRounds(int panes = 2)
    {
        QVERIFY(blind()->start(pool(), panes, 7));
        QVERIFY(m_window->isComparing());
        QCOMPARE(comparisonSession()->paneCount(), panes);
    }

    // Every pane of the round answers `answers[i]` (the drawn models answer from their
    // scripts); returns once the vote is open.
    void answerRound(const QString &prompt, const QStringList &answers = {})
    {
        const QList<PoolModel> round = blind()->upcomingRound();
        for (int i = 0; i < round.size(); ++i)
            m_server->enqueueForModel(
                round.at(i).model,
                modelAnswer(round.at(i).model,
                            {answers.value(i, QStringLiteral("Answer number %1.").arg(i + 1))}));
        QSignalSpy opened(blind(), &BlindArena::voteOpened);
        sendToAll(prompt);
        QVERIFY(opened.wait(8000));
        QCOMPARE(blind()->state(), BlindArena::State::Voting);
    }
};

} // namespace Lineup::Test
