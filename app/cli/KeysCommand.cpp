#include "KeysCommand.h"

#include "secrets/KeyStore.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Lineup::Cli {

namespace {

// Reads the key from stdin; on a terminal it asks for it without echoing it.
QString readKeyFromStdin(const QString &profileId, Console &console)
{
    QByteArray bytes;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        console.errRaw(LineupCli::tr("API key for %1 (input hidden): ").arg(profileId));
        termios saved = {};
        const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerm) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        char buffer[4096];
        if (std::fgets(buffer, sizeof buffer, stdin))
            bytes = QByteArray(buffer);
        if (haveTerm)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        console.errRaw(QStringLiteral("\n"));
    } else
#endif
    {
        Q_UNUSED(profileId);
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            bytes = in.readAll();
    }
    QString key = QString::fromUtf8(bytes);
    while (key.endsWith(u'\n') || key.endsWith(u'\r'))
        key.chop(1);
    return key;
}

KeyResult runJob(const std::function<void(KeyStore &, QObject *, KeyStore::Callback)> &start)
{
    KeyStore keys;
    KeyResult result;
    result.status = KeyResult::Status::Failed;
    QEventLoop loop;
    start(keys, &loop, [&](const KeyResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

int reportFailure(const KeyResult &result, const ProviderProfile &profile, Console &console)
{
    QString message;
    switch (result.status) {
    case KeyResult::Status::NoBackend:
        message = LineupCli::tr("no keychain is available (no Secret Service is running): the key "
                                "was not stored.");
        if (!profile.envVar.isEmpty())
            message +=
                u' ' % LineupCli::tr("Start a keyring (e.g. gnome-keyring) or set %1 instead.")
                           .arg(profile.envVar);
        else
            message += u' ' % LineupCli::tr("Start a keyring (e.g. gnome-keyring) and try again.");
        break;
    case KeyResult::Status::AccessDenied:
        message = LineupCli::tr("the keychain refused access (locked, or the request was "
                                "denied).");
        break;
    default:
        message = LineupCli::tr("the keychain failed.");
        break;
    }
    if (!result.message.isEmpty())
        message += u' ' % LineupCli::tr("(%1)").arg(result.message);
    console.error(message);
    return ExitKey;
}

} // namespace

int runKeysCommand(const QStringList &arguments, Console &console)
{
    const QString usage = QStringLiteral("printf %s \"$KEY\" | lineup-cli keys set PROFILE | "
                                         "lineup-cli keys delete PROFILE");
    const QString action = arguments.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        console.help(LineupCli::tr("Usage: %1").arg(usage) % u'\n' %
                     LineupCli::tr("The key is read from stdin (hidden when typed on a "
                                   "terminal), never from an argument.") %
                     u'\n');
        return ExitSuccess;
    }
    if (action != QLatin1String("set") && action != QLatin1String("delete")) {
        console.error(
            LineupCli::tr("keys needs set or delete and a profile (usage: %1).").arg(usage));
        return ExitUsage;
    }
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty() || rest.constFirst().startsWith(u'-')) {
        console.error(LineupCli::tr("keys %1 needs a profile id (usage: %2).").arg(action, usage));
        return ExitUsage;
    }
    if (rest.size() > 1) {
        // Never echo the extra argument: it is probably the key itself.
        console.error(action == QLatin1String("set")
                          ? LineupCli::tr("the key is read from stdin, never from an argument "
                                          "(arguments are visible to other users and stay in "
                                          "shell history); use: printf %s \"$KEY\" | lineup-cli "
                                          "keys set PROFILE")
                          : LineupCli::tr("keys delete takes only a profile id."));
        return ExitUsage;
    }

    const QString id = rest.constFirst();
    QSettings settings;
    const ProviderStore store(settings);
    std::optional<ProviderProfile> profile = store.profile(id);
    if (!profile && action == QLatin1String("delete") && ProviderStore::isValidId(id)) {
        // The profile may be gone already; its key can still be cleaned up.
        profile = ProviderProfile{};
        profile->id = id;
    }
    if (!profile) {
        console.error(LineupCli::tr("there is no profile \"%1\"; `lineup-cli profiles list` "
                                    "shows the profiles.")
                          .arg(id));
        return ExitUsage;
    }
    const QString keyRef =
        profile->keyRef.isEmpty() ? ProviderStore::keyRefFor(profile->id) : profile->keyRef;

    if (action == QLatin1String("set")) {
        const QString key = readKeyFromStdin(profile->id, console);
        if (key.trimmed().isEmpty()) {
            console.error(LineupCli::tr("no key arrived on stdin (usage: %1).").arg(usage));
            return ExitUsage;
        }
        if (key.contains(u'\n') || key.contains(u'\r')) {
            console.error(LineupCli::tr("the key read from stdin spans several lines; give one "
                                        "line."));
            return ExitUsage;
        }
        const KeyResult result = runJob([&](KeyStore &keys, QObject *context, auto callback) {
            keys.write(keyRef, key, context, callback);
        });
        if (!result.ok())
            return reportFailure(result, *profile, console);
        console.out(LineupCli::tr("Stored the key for %1 in the keychain.").arg(profile->id) %
                    u'\n');
        return ExitSuccess;
    }

    const KeyResult result = runJob([&](KeyStore &keys, QObject *context, auto callback) {
        keys.remove(keyRef, context, callback);
    });
    if (result.status == KeyResult::Status::NotFound) {
        console.out(LineupCli::tr("No key was stored for %1.").arg(profile->id) % u'\n');
        return ExitSuccess;
    }
    if (!result.ok())
        return reportFailure(result, *profile, console);
    console.out(LineupCli::tr("Deleted the key for %1 from the keychain.").arg(profile->id) %
                u'\n');
    return ExitSuccess;
}

} // namespace Lineup::Cli
