#include "ScreenshotHook.h"

#include "Composer.h"
#include "MainWindow.h"
#include "chat/ChatSession.h"
#include "chatview/ChatView.h"
#include "comparison/ComparisonView.h"
#include "comparison/ComparisonWorkspace.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include <QApplication>
#include <QDialog>
#include <QMouseEvent>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace Lineup {

namespace {

QPixmap grabWithDialogs(MainWindow *window)
{
    // On a real display the screen holds the window and any dialog above it; offscreen it does
    // not, and the window alone is the best we can do.
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        if (QScreen *screen = window->screen()) {
            const QRect frame = window->frameGeometry();
            const QPixmap shot =
                screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
            if (!shot.isNull())
                return shot;
        }
    }
    return window->grab();
}

// Clicks the "Reasoning" line of the last answer so that the picture shows it open.
void expandLastReasoning(MainWindow *window)
{
    ChatView *view = window->chatView();
    const int row = window->session()->messages()->rowCount() - 1;
    const QRect toggle = view->hitRect(row, ChatView::Part::ReasoningToggle);
    if (row < 0 || toggle.isNull() || view->isReasoningExpanded(row))
        return;
    const QPointF at = toggle.center();
    const QPointF global = view->viewport()->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &release);
}

} // namespace

void installScreenshotHook(MainWindow *window)
{
    const QString path = qEnvironmentVariable("LINEUP_SCREENSHOT");
    if (path.isEmpty())
        return;
    bool ok = false;
    int delay = qEnvironmentVariableIntValue("LINEUP_SCREENSHOT_DELAY", &ok);
    if (!ok)
        delay = 2000;

    const QString size = qEnvironmentVariable("LINEUP_SCREENSHOT_SIZE");
    if (const qsizetype x = size.indexOf(QLatin1Char('x')); x > 0)
        window->resize(size.left(x).toInt(), size.mid(x + 1).toInt());

    const QString prompt = qEnvironmentVariable("LINEUP_SCREENSHOT_PROMPT");
    if (!prompt.isEmpty())
        QTimer::singleShot(400, window, [window, prompt] { window->sendMessage(prompt); });

    const QString open = qEnvironmentVariable("LINEUP_SCREENSHOT_OPEN");
    QTimer::singleShot(300, window, [window, open] {
        if (open == QLatin1String("settings"))
            window->openSettings();
        else if (open == QLatin1String("welcome"))
            window->openWelcome();
        else if (open == QLatin1String("find"))
            window->showFindBar();
    });

    // A comparison (--compare): mark what the first two panes' answers say differently.
    if (qEnvironmentVariableIsSet("LINEUP_SCREENSHOT_DIFF"))
        QTimer::singleShot(qMax(0, delay - 500), window, [window] {
            if (window->comparison())
                window->comparison()->view()->showDiff(0, 1);
        });

    if (qEnvironmentVariableIsSet("LINEUP_SCREENSHOT_EXPAND_REASONING"))
        QTimer::singleShot(qMax(0, delay - 600), window, [window] { expandLastReasoning(window); });

    QTimer::singleShot(delay, window, [window, path] {
        QWidget *dialog = window->settingsDialog();
        if (!dialog)
            dialog = window->welcomeDialog();
        const bool dialogOnly =
            qEnvironmentVariable("LINEUP_SCREENSHOT_TARGET") == QLatin1String("dialog");
        const QPixmap shot = dialogOnly && dialog ? dialog->grab() : grabWithDialogs(window);
        if (!shot.save(path))
            std::fprintf(stderr, "screenshot: could not write %s\n", qPrintable(path));
        QCoreApplication::quit();
    });
}

} // namespace Lineup
