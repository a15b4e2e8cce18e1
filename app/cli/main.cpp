// lineup-cli: the command-line companion of Lineup. Same profiles (QSettings), keychain and
// conversation history as the app. Exit statuses are listed in CliCommon.h.

#include "ChatCommand.h"
#include "CliCommon.h"
#include "CompareCommand.h"
#include "ConversationsCommand.h"
#include "KeysCommand.h"
#include "ModelsCommand.h"
#include "PricesCommand.h"
#include "ProfilesCommand.h"
#include "SchemaCommand.h"
#include "VotesCommand.h"
#include "util/TerminalText.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace Lineup::Cli;

namespace {

QString usageText()
{
    QString text = LineupCli::tr(
        "Usage: lineup-cli [--data-dir DIR] [--config-dir DIR] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  models          list the models a service offers\n"
        "  chat            send a prompt and stream the answer to stdout\n"
        "  profiles        list, add, remove service profiles or choose the default\n"
        "  keys            store or delete a profile's API key in the keychain (read from stdin)\n"
        "  conversations   list, show, export or delete saved conversations; their usage\n"
        "  prices          the price table (USD per 1M tokens) shared with the app\n"
        "  schema          check a JSON Schema, validate a value against one, infer one\n"
        "  votes           list, export or import the blind arena's votes (JSON lines)\n"
        "  leaderboard     rank the models by the votes (Bradley-Terry, 95% intervals)\n"
        "\n"
        "Global options:\n"
        "  --data-dir DIR    conversation history location (default: the app's; or "
        "LINEUP_DATA_DIR)\n"
        "  --config-dir DIR  settings location (default: the app's; or LINEUP_CONFIG_DIR)\n"
        "  --help, --version\n"
        "\n"
        "`lineup-cli COMMAND --help` describes a command.\n"
        "\n"
        "Exit status: 0 success, 1 other failure (I/O, storage), 2 usage error, 3 service error,\n"
        "4 network error, 5 incomplete answer (stalled, dropped, stopped), 6 key or keychain "
        "error,\n8 schema mismatch (the answer or instance does not match, or schema check "
        "found problems).\n");
    // A line of its own after `chat`, so that the catalogues' translation of the text above keeps
    // matching while this one waits for its translation.
    const qsizetype chat = text.indexOf(QLatin1String("\n  chat "));
    const qsizetype lineEnd = chat < 0 ? -1 : text.indexOf(u'\n', chat + 1);
    text.insert(lineEnd < 0 ? text.size() : lineEnd + 1,
                LineupCli::tr("  compare         ask several models at once; their answers and "
                              "numbers side by side\n"));
    return Lineup::wrapToTerminalWidth(text);
}

// Takes the global options out of the argument list, wherever they stand before a `--`.
bool extractGlobalOptions(QStringList &arguments, GlobalOptions &global, QString *configDir,
                          QString *error)
{
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        QString *target = nullptr;
        QString name;
        if (argument == QLatin1String("--data-dir") ||
            argument.startsWith(QLatin1String("--data-dir="))) {
            target = &global.dataDir;
            name = QStringLiteral("--data-dir");
        } else if (argument == QLatin1String("--config-dir") ||
                   argument.startsWith(QLatin1String("--config-dir="))) {
            target = configDir;
            name = QStringLiteral("--config-dir");
        }
        if (!target) {
            ++i;
            continue;
        }
        if (argument.contains(u'=')) {
            *target = argument.mid(argument.indexOf(u'=') + 1);
            arguments.removeAt(i);
        } else if (i + 1 < arguments.size()) {
            *target = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else {
            *error = LineupCli::tr("%1 needs a directory.").arg(name);
            return false;
        }
        if (target->isEmpty()) {
            *error = LineupCli::tr("%1 needs a directory.").arg(name);
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so QSettings finds the same profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("Lineup"));
    QCoreApplication::setApplicationName(QStringLiteral("Lineup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINEUP_VERSION));
    Lineup::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Console console(out, err);

    QStringList arguments = app.arguments().mid(1);
    GlobalOptions global;
    QString configDir = qEnvironmentVariable("LINEUP_CONFIG_DIR");
    QString error;
    if (!extractGlobalOptions(arguments, global, &configDir, &error)) {
        console.error(error);
        return ExitUsage;
    }
    if (!configDir.isEmpty()) {
        const QString dir = QDir(configDir).absolutePath();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    }
    if (!global.dataDir.isEmpty()) {
        global.dataDir = QDir(global.dataDir).absolutePath();
        // ConversationStore::defaultDataDir() honours it, so every command agrees.
        qputenv("LINEUP_DATA_DIR", QFile::encodeName(global.dataDir));
    }

    if (arguments.isEmpty()) {
        console.errRaw(usageText());
        return ExitUsage;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        console.out(usageText());
        return ExitSuccess;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        console.out(QStringLiteral("lineup-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }
    if (command == QLatin1String("models"))
        return runModelsCommand(arguments, global, console);
    if (command == QLatin1String("chat"))
        return runChatCommand(arguments, global, console);
    if (command == QLatin1String("compare"))
        return runCompareCommand(arguments, global, console);
    if (command == QLatin1String("profiles"))
        return runProfilesCommand(arguments, console);
    if (command == QLatin1String("prices"))
        return runPricesCommand(arguments, console);
    if (command == QLatin1String("keys"))
        return runKeysCommand(arguments, console);
    if (command == QLatin1String("schema"))
        return runSchemaCommand(arguments, console);
    if (command == QLatin1String("votes"))
        return runVotesCommand(arguments, console);
    if (command == QLatin1String("leaderboard"))
        return runLeaderboardCommand(arguments, console);
    if (command == QLatin1String("conversations")) {
        // Its own --data-dir is already applied through LINEUP_DATA_DIR above.
        return Lineup::runConversationsCommand(arguments, out, err);
    }
    console.error(LineupCli::tr("unknown command \"%1\"; `lineup-cli --help` lists the commands.")
                      .arg(command));
    return ExitUsage;
}
