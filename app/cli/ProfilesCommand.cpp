#include "ProfilesCommand.h"

#include "providers/ProviderEndpoint.h"
#include "util/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace Lineup::Cli {

namespace {

QString keyDescription(const ProviderProfile &profile)
{
    if (!profile.requiresKey)
        return profile.keyRef.isEmpty() ? LineupCli::tr("none") : LineupCli::tr("optional");
    if (profile.envVar.isEmpty())
        return LineupCli::tr("keychain");
    return LineupCli::tr("keychain or %1").arg(profile.envVar);
}

QJsonObject profileToJson(const ProviderProfile &profile, bool isDefault)
{
    return {{QStringLiteral("id"), profile.id},
            {QStringLiteral("name"), profile.name},
            {QStringLiteral("base_url"), profile.baseUrl.toString()},
            {QStringLiteral("proxy"), profile.proxy},
            {QStringLiteral("kind"), providerKindName(profile.kind)},
            {QStringLiteral("env"), profile.envVar},
            {QStringLiteral("requires_key"), profile.requiresKey},
            {QStringLiteral("default"), isDefault}};
}

int listProfiles(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), LineupCli::tr("Print JSON."));
    parser.addOption(json);
    if (const int code = parseCommandLine(
            parser, arguments, QStringLiteral("lineup-cli profiles list [--json]"), console);
        code >= 0)
        return code;
    QSettings settings;
    const ProviderStore store(settings);
    const QList<ProviderProfile> profiles = store.profiles();
    const QString defaultId = store.defaultProfileId();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ProviderProfile &profile : profiles)
            array.append(profileToJson(profile, profile.id == defaultId));
        console.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QList<QStringList> rows{{LineupCli::tr("ID"), LineupCli::tr("NAME"), LineupCli::tr("BASE URL"),
                             LineupCli::tr("KIND"), LineupCli::tr("KEY")}};
    for (const ProviderProfile &profile : profiles)
        rows.append({profile.id, profile.name, profile.baseUrl.toString(),
                     providerKindName(profile.kind), keyDescription(profile)});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], terminalWidth(row.at(i)));
    QString text;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool isDefault = r > 0 && profiles.at(r - 1).id == defaultId;
        QString line = isDefault ? QStringLiteral("* ") : QStringLiteral("  ");
        for (qsizetype i = 0; i < rows.at(r).size(); ++i)
            line +=
                padToTerminalWidth(rows.at(r).at(i), i + 1 < rows.at(r).size() ? widths[i] + 2 : 0);
        text += line % u'\n';
    }
    console.out(text);
    return ExitSuccess;
}

int addProfile(const QStringList &arguments, Console &console)
{
    const QString usage = QStringLiteral(
        "lineup-cli profiles add --id ID --name NAME --base-url URL [--proxy URL|none] "
        "[--kind KIND] [--env VAR] [--no-key] [--replace] [--default]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("id"), LineupCli::tr("Short id, used in profile/model."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("name"), LineupCli::tr("Name shown to people."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("base-url"), LineupCli::tr("OpenAI-compatible base URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("proxy"),
                      LineupCli::tr("http://host:port, socks5://host:port, or none (default: "
                                    "the system proxy)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("kind"), LineupCli::tr("Service kind (default custom)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("env"),
                      LineupCli::tr("Environment variable holding the key when none is stored."),
                      QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("no-key"), LineupCli::tr("The service needs no API key.")});
    parser.addOption({QStringLiteral("allow-http-key"),
                      LineupCli::tr("Send the key even though the base URL is plain http:// to "
                                    "another computer (it travels unencrypted).")});
    parser.addOption({QStringLiteral("replace"), LineupCli::tr("Replace a profile with this id.")});
    parser.addOption({QStringLiteral("default"), LineupCli::tr("Make it the default profile.")});
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    const auto usageError = [&](const QString &message) {
        console.error(message % u' ' % LineupCli::tr("(usage: %1)").arg(usage));
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usageError(LineupCli::tr("unexpected argument \"%1\".")
                              .arg(parser.positionalArguments().constFirst()));

    ProviderProfile profile;
    profile.id = parser.value(QStringLiteral("id"));
    if (!ProviderStore::isValidId(profile.id))
        return usageError(LineupCli::tr("--id needs letters, digits, '.', '_' or '-' (got \"%1\").")
                              .arg(profile.id));
    profile.name = parser.value(QStringLiteral("name"));
    if (profile.name.isEmpty())
        profile.name = profile.id;
    const QString baseUrl = parser.value(QStringLiteral("base-url"));
    profile.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    if (baseUrl.isEmpty() || !profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty() ||
        (profile.baseUrl.scheme() != QLatin1String("http") &&
         profile.baseUrl.scheme() != QLatin1String("https")))
        return usageError(LineupCli::tr("--base-url needs an http:// or https:// address (got "
                                        "\"%1\").")
                              .arg(baseUrl));
    profile.proxy = parser.value(QStringLiteral("proxy"));
    QString proxyError;
    proxyFromSetting(profile.proxy, &proxyError);
    if (!proxyError.isEmpty())
        return usageError(proxyError);
    profile.allowPlainHttpKey = parser.isSet(QStringLiteral("allow-http-key"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const std::optional<ProviderKind> kind =
            providerKindFromName(parser.value(QStringLiteral("kind")));
        if (!kind)
            return usageError(LineupCli::tr("unknown --kind \"%1\"; known kinds: cometapi, "
                                            "openai, openrouter, litellm, ollama, lmstudio, "
                                            "llamacpp, vllm, custom.")
                                  .arg(parser.value(QStringLiteral("kind"))));
        profile.kind = *kind;
    }
    profile.envVar = parser.value(QStringLiteral("env"));
    profile.requiresKey = !parser.isSet(QStringLiteral("no-key"));
    profile.keyRef = profile.requiresKey ? ProviderStore::keyRefFor(profile.id) : QString();

    QSettings settings;
    ProviderStore store(settings);
    if (const auto existing = store.profile(profile.id);
        existing && !parser.isSet(QStringLiteral("replace")))
        return usageError(LineupCli::tr("a profile \"%1\" already exists; add --replace to "
                                        "replace it.")
                              .arg(existing->id));
    store.save(profile);
    if (parser.isSet(QStringLiteral("default")))
        store.setDefaultProfileId(profile.id);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        console.error(
            LineupCli::tr("could not write the settings file %1.").arg(settings.fileName()));
        return ExitFailure;
    }
    console.out(
        LineupCli::tr("Added profile %1 (%2).").arg(profile.id, profile.baseUrl.toString()) %
        u'\n');
    return ExitSuccess;
}

// `remove ID` and `set-default ID`.
int changeProfile(const QString &action, const QStringList &arguments, Console &console)
{
    const QString usage = QStringLiteral("lineup-cli profiles %1 ID").arg(action);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), LineupCli::tr("Profile id."));
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        console.error(LineupCli::tr("give exactly one profile id (usage: %1).").arg(usage));
        return ExitUsage;
    }
    const QString id = parser.positionalArguments().constFirst();
    QSettings settings;
    ProviderStore store(settings);
    const std::optional<ProviderProfile> profile = store.profile(id);
    if (!profile) {
        console.error(LineupCli::tr("there is no profile \"%1\"; `lineup-cli profiles list` "
                                    "shows the profiles.")
                          .arg(id));
        return ExitUsage;
    }
    QString message;
    if (action == QLatin1String("remove")) {
        if (!store.remove(profile->id)) {
            console.error(LineupCli::tr("could not remove profile \"%1\".").arg(profile->id));
            return ExitFailure;
        }
        message = LineupCli::tr("Removed profile %1.").arg(profile->id);
        if (!profile->keyRef.isEmpty())
            message += u' ' % LineupCli::tr("A key stored for it stays in the keychain until "
                                            "`lineup-cli keys delete %1`.")
                                  .arg(profile->id);
    } else {
        store.setDefaultProfileId(profile->id);
        message = LineupCli::tr("%1 is now the default profile.").arg(profile->id);
    }
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        console.error(
            LineupCli::tr("could not write the settings file %1.").arg(settings.fileName()));
        return ExitFailure;
    }
    console.out(message % u'\n');
    return ExitSuccess;
}

} // namespace

int runProfilesCommand(const QStringList &arguments, Console &console)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("list"))
        return listProfiles(rest, console);
    if (action == QLatin1String("add"))
        return addProfile(rest, console);
    if (action == QLatin1String("remove") || action == QLatin1String("set-default"))
        return changeProfile(action, rest, console);
    const QString usage = LineupCli::tr("Usage: lineup-cli profiles list|add|remove|set-default "
                                        "(`lineup-cli profiles add --help` for details)");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        console.help(usage % u'\n');
        return ExitSuccess;
    }
    console.error(action.isEmpty()
                      ? LineupCli::tr("profiles needs an action: list, add, remove or set-default.")
                      : LineupCli::tr("unknown profiles action \"%1\"; use list, add, remove or "
                                      "set-default.")
                            .arg(action));
    return ExitUsage;
}

} // namespace Lineup::Cli
