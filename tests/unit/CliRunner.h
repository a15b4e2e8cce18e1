#pragma once

// Runs the built lineup-cli (LINEUP_CLI_PATH) as a child process with HOME and the XDG
// directories in a private temporary directory, spinning the event loop while it runs so that a
// FakeServer in the test process can answer. Header-only; shared by tst_cli and tst_keychain_cli.

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace Lineup::Test {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return errText().split(u'\n', Qt::SkipEmptyParts); }
    QString describe() const
    {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"), outText(), errText());
    }
};

class CliRunner
{
public:
    // Called with the process and everything read from stdout so far, after each read.
    using OutputHook = std::function<void(QProcess &, const QByteArray &)>;

    explicit CliRunner(const QString &home)
        : m_home(home)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), home);
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"),
                             home + QStringLiteral("/.local/share"));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // Nothing from the developer's own setup may leak into a test: keys, data, proxies.
        for (const char *name :
             {"COMETAPI_KEY", "OPENAI_API_KEY", "OPENROUTER_API_KEY", "LINEUP_DATA_DIR",
              "LINEUP_CONFIG_DIR", "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY",
              "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            m_environment.remove(QLatin1String(name));
    }

    void setEnv(const QString &name, const QString &value) { m_environment.insert(name, value); }
    void unsetEnv(const QString &name) { m_environment.remove(name); }
    QString home() const { return m_home; }

    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const OutputHook &hook = {}, int timeoutMs = 20000) const
    {
        return runProgram(QStringLiteral(LINEUP_CLI_PATH), arguments, input, hook, timeoutMs);
    }

    // The same for another program (the app's --help, for instance).
    CliRun runProgram(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {}, const OutputHook &hook = {},
                      int timeoutMs = 20000) const
    {
        CliRun result;
        QProcess process;
        process.setProcessEnvironment(m_environment);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
            result.out += process.readAllStandardOutput();
            if (hook)
                hook(process, result.out);
        });
        QObject::connect(&process, &QProcess::finished, &loop, [&] {
            result.finished = true;
            loop.quit();
        });
        QObject::connect(&process, &QProcess::errorOccurred, &loop,
                         [&](QProcess::ProcessError error) {
                             if (error == QProcess::FailedToStart)
                                 loop.quit();
                         });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        // The event loop, not waitForFinished(): the FakeServer lives in this thread.
        loop.exec();
        if (!result.finished) {
            process.kill();
            process.waitForFinished(2000);
        }
        result.out += process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitCode();
        result.exitStatus = process.exitStatus();
        return result;
    }

private:
    QString m_home;
    QProcessEnvironment m_environment;
};

} // namespace Lineup::Test
