#pragma once

#include "api/ApiError.h"
#include "api/Endpoint.h"
#include "providers/ProviderProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Translation context of every lineup-cli message (lupdate sees `LineupCli::tr`).
struct LineupCli
{
    Q_DECLARE_TR_FUNCTIONS(LineupCli)
};

namespace Lineup::Cli {

// Exit statuses of lineup-cli. Scripts rely on them, so they never change meaning:
//   0  success
//   1  any other failure (file I/O, storage)
//   2  usage error (unknown option, missing or malformed argument, unreadable input file)
//   3  the service answered with an error (HTTP error status, an error event in the stream)
//   4  network error (connection refused, DNS, TLS, timeout)
//   5  incomplete answer (stalled, dropped, ended without [DONE], stopped with Ctrl+C);
//      the partial answer is still printed
//   6  key or keychain error (missing key, no Secret Service, access denied)
//   8  schema mismatch: the answer (or instance) does not match its JSON Schema, or
//      `schema check` found problems
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitService = 3,
    ExitNetwork = 4,
    ExitIncomplete = 5,
    ExitKey = 6,
    ExitSchemaMismatch = 8,
};

int exitCodeFor(const ApiError &error);

// Options that apply to every command and are taken out of the argument list first.
struct GlobalOptions
{
    QString dataDir; // empty: the app's default data location
};

// Writes to stdout/stderr and flushes at once, so a pipe sees each piece as it is produced.
class Console
{
public:
    Console(QTextStream &out, QTextStream &err);

    void out(const QString &text);
    // Help text on stdout, each line broken to fit 80 terminal columns (wrapToTerminalWidth).
    void help(const QString &text);
    // Queues text for stdout without flushing; flushOut() (or the next out()) sends it.
    void outQueued(const QString &text) { m_out << text; }
    void flushOut() { m_out.flush(); }
    void errRaw(const QString &text);
    // One line on stderr: "lineup-cli: error: <message>".
    void error(const QString &message);
    void warning(const QString &message);
    void note(const QString &message);
    // Text on stderr dimmed with ANSI escapes when stderr is a terminal.
    void dimmed(const QString &text);
    bool stderrIsTerminal() const { return m_errTty; }
    bool stdoutIsTerminal() const { return m_outTty; }

    QTextStream &outStream() { return m_out; }
    QTextStream &errStream() { return m_err; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_outTty = false;
    bool m_errTty = false;
};

// The service a command talks to, chosen by --profile, --base-url or a `profile/model` string.
struct Target
{
    std::optional<ProviderProfile> profile; // nullopt with --base-url
    Endpoint endpoint;                      // key filled in by resolveKey()
    QString model;                          // model id as sent on the wire
};

struct TargetChoice
{
    QString profileId;              // --profile
    QString baseUrl;                // --base-url
    QString model;                  // --model (may carry a profile/ prefix)
    QString keyEnv;                 // --key-env: variable holding the key for --base-url
    bool allowPlainHttpKey = false; // --allow-http-key
};

// Resolves the profile and base URL. Returns ExitSuccess or prints one error and returns the
// exit code.
int resolveTarget(const TargetChoice &choice, ProviderStore &store, Console &console,
                  Target *target);
// Fills target->endpoint.apiKey: --key-env, else (profiles only) keychain, then the profile's
// environment variable. Prints the error and returns ExitKey when a required key is missing.
int resolveKey(const TargetChoice &choice, Console &console, Target *target);

// --profile, --base-url and --key-env, shared by `models` and `chat`.
void addTargetOptions(QCommandLineParser &parser);
TargetChoice targetChoiceFrom(const QCommandLineParser &parser);
// resolveTarget + resolveKey + the clear-text warning. Returns ExitSuccess or the printed
// failure's exit code.
int prepareTarget(const TargetChoice &choice, Console &console, Target *target);

// Parses a sub-command's arguments. Returns -1 to go on, else the exit code (after --help or
// a usage error, both already printed).
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &usageLine, Console &console);

} // namespace Lineup::Cli
