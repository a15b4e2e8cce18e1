#pragma once

// The chat window end to end against the local FakeServer, for the MainWindow suites: a window
// on a fresh data folder and settings, and helpers to type, send, and read back the history the
// server received.
#include "ChunkBuilders.h"
#include "Composer.h"
#include "FakeServer.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "chat/ChatSession.h"
#include "panels/ModelPanel.h"

#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Lineup::Test {

inline QByteArray chunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return TestChunks::delta(delta, finish, QStringLiteral("test-model"));
}

inline FakeResponse answer(const QStringList &pieces, int delayMs = 0, bool done = true)
{
    QList<QByteArray> events;
    for (const QString &piece : pieces)
        events.append(chunk({{QStringLiteral("content"), piece}}));
    if (done)
        events.append(chunk({}, QStringLiteral("stop")));
    return FakeResponse::sse(events, delayMs, done);
}

class MainWindowHarness : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    const QByteArray m_chatPath = "/v1/chat/completions";

    LaunchOptions options() const { return Test::fakeServiceLaunch(*m_dir); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(options());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The model list is fetched when the endpoint is known; wait so that it is done.
        QTRY_COMPARE(m_window->modelPanel()->state(), ModelPanel::State::Loaded);
    }

    QList<FakeRequest> chatRequests() const
    {
        QList<FakeRequest> result;
        const QList<FakeRequest> all = m_server->requests();
        for (const FakeRequest &request : all) {
            if (request.path == m_chatPath)
                result.append(request);
        }
        return result;
    }

    // The window's open file dialog of that object name ("exportDialog", "importDialog"), if any.
    QFileDialog *visibleFileDialog(const char *name) const
    {
        const QList<QFileDialog *> dialogs =
            m_window->findChildren<QFileDialog *>(QString::fromLatin1(name));
        for (QFileDialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    ChatSession *session() const { return m_window->session(); }
    QPlainTextEdit *editor() const { return m_window->composer()->editor(); }

    void typeAndSend(const QString &text)
    {
        editor()->setFocus();
        QTest::keyClicks(editor(), text);
        QTest::keyClick(editor(), Qt::Key_Return);
    }

    bool waitIdle(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (session()->isBusy() && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return !session()->isBusy();
    }

    void exchange(const QString &prompt, const QString &reply)
    {
        m_server->setRoute("POST", m_chatPath, answer({reply}));
        typeAndSend(prompt);
        QVERIFY(waitIdle());
    }

    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<FakeServer>();
        m_server->setRoute(
            "GET", "/v1/models",
            FakeResponse::json(QByteArray(R"({"data":[{"id":"test-model"},{"id":"other"}]})")));
        Test::saveFakeProfile(*m_dir, m_server->baseUrl());
        openWindow();
    }

    void tearDown()
    {
        m_window.reset();
        m_server.reset();
        m_dir.reset();
    }
};

} // namespace Lineup::Test
