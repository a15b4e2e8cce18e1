#include "CliCommon.h"

#include "api/ServiceRequest.h"
#include "providers/ProviderEndpoint.h"
#include "secrets/KeyResolver.h"
#include "util/TerminalText.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Lineup::Cli {

int exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitSuccess;
    case Kind::Unauthorized:
    case Kind::NotFound:
    case Kind::BadRequest:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::HttpError:
    case Kind::StreamError:
    case Kind::ProtocolError:
    case Kind::Refused:
        return ExitService;
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::TlsError:
    case Kind::Timeout:
    case Kind::NetworkError:
        return ExitNetwork;
    case Kind::Stalled:
    case Kind::Cancelled:
    case Kind::IncompleteStream:
    case Kind::LimitExceeded:
        return ExitIncomplete;
    }
    return ExitFailure;
}

static bool isTerminal(FILE *file)
{
#ifdef Q_OS_UNIX
    return ::isatty(::fileno(file)) == 1;
#else
    Q_UNUSED(file);
    return false;
#endif
}

Console::Console(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_outTty(isTerminal(stdout))
    , m_errTty(isTerminal(stderr))
{}

void Console::out(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Console::help(const QString &text)
{
    out(wrapToTerminalWidth(text));
}

void Console::errRaw(const QString &text)
{
    m_err << text;
    m_err.flush();
}

void Console::error(const QString &message)
{
    errRaw(QStringLiteral("lineup-cli: ") % LineupCli::tr("error: ") % message % u'\n');
}

void Console::warning(const QString &message)
{
    errRaw(QStringLiteral("lineup-cli: ") % LineupCli::tr("warning: ") % message % u'\n');
}

void Console::note(const QString &message)
{
    errRaw(QStringLiteral("lineup-cli: ") % message % u'\n');
}

void Console::dimmed(const QString &text)
{
    if (m_errTty)
        errRaw(QStringLiteral("\x1b[2m") % text % QStringLiteral("\x1b[0m"));
    else
        errRaw(text);
}

int resolveTarget(const TargetChoice &choice, ProviderStore &store, Console &console,
                  Target *target)
{
    if (!choice.profileId.isEmpty() && !choice.baseUrl.isEmpty()) {
        console.error(
            LineupCli::tr("--profile and --base-url cannot be used together; choose one."));
        return ExitUsage;
    }
    target->model = choice.model;
    if (!choice.baseUrl.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(choice.baseUrl);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            console.error(LineupCli::tr("--base-url \"%1\" is not an http:// or https:// address.")
                              .arg(choice.baseUrl));
            return ExitUsage;
        }
        target->endpoint.baseUrl = url;
        return ExitSuccess;
    }

    QString profileId = choice.profileId;
    if (profileId.isEmpty() && !choice.model.isEmpty()) {
        const ModelRef ref = parseModelRef(choice.model, store.profiles());
        if (!ref.profileId.isEmpty()) {
            profileId = ref.profileId;
            target->model = ref.model;
        }
    }
    if (profileId.isEmpty())
        profileId = store.defaultProfileId();
    const std::optional<ProviderProfile> profile = store.profile(profileId);
    if (!profile) {
        console.error(
            LineupCli::tr("there is no profile \"%1\"; `lineup-cli profiles list` shows the "
                          "profiles, `lineup-cli profiles add` adds one.")
                .arg(profileId));
        return ExitUsage;
    }
    target->profile = profile;
    QString proxyError;
    target->endpoint = endpointForProfile(*profile, &proxyError);
    if (!proxyError.isEmpty()) {
        console.error(LineupCli::tr("profile \"%1\": %2").arg(profile->id, proxyError));
        return ExitUsage;
    }
    return ExitSuccess;
}

int resolveKey(const TargetChoice &choice, Console &console, Target *target)
{
    if (!choice.keyEnv.isEmpty()) {
        const QString key = qEnvironmentVariable(choice.keyEnv.toLocal8Bit().constData());
        if (key.isEmpty()) {
            console.error(LineupCli::tr("--key-env names %1, but that environment variable is "
                                        "empty or not set.")
                              .arg(choice.keyEnv));
            return ExitKey;
        }
        target->endpoint.apiKey = key.trimmed();
        return ExitSuccess;
    }
    // A bare --base-url never borrows a profile's key: it would leak it to another host.
    if (!target->profile)
        return ExitSuccess;

    KeyStore keys;
    const KeyResolver resolver(keys);
    const ResolvedKey resolved = resolver.resolveBlocking(*target->profile);
    if (!resolved.ok()) {
        console.error(resolved.message);
        return ExitKey;
    }
    // A note that the keychain was unreachable does not matter once the environment supplied
    // the key (headless servers would see it on every call).
    if (!resolved.message.isEmpty() && resolved.source != ResolvedKey::Source::Environment)
        console.warning(resolved.message);
    target->endpoint.apiKey = resolved.key;
    return ExitSuccess;
}

void addTargetOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"),
                      LineupCli::tr("Service profile to use (default: the default profile, or "
                                    "the prefix of a profile/model string)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("base-url"),
                      LineupCli::tr("Talk to this OpenAI-compatible base URL instead of a "
                                    "profile (no key unless --key-env)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("key-env"),
                      LineupCli::tr("Read the API key from this environment variable."),
                      QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("allow-http-key"),
                      LineupCli::tr("Send the key even to a plain http:// address on another "
                                    "computer (it travels unencrypted).")});
}

TargetChoice targetChoiceFrom(const QCommandLineParser &parser)
{
    TargetChoice choice;
    choice.profileId = parser.value(QStringLiteral("profile"));
    choice.baseUrl = parser.value(QStringLiteral("base-url"));
    choice.keyEnv = parser.value(QStringLiteral("key-env"));
    choice.allowPlainHttpKey = parser.isSet(QStringLiteral("allow-http-key"));
    return choice;
}

int prepareTarget(const TargetChoice &choice, Console &console, Target *target)
{
    QSettings settings;
    ProviderStore store(settings);
    if (const int code = resolveTarget(choice, store, console, target); code != ExitSuccess)
        return code;
    if (const int code = resolveKey(choice, console, target); code != ExitSuccess)
        return code;
    if (choice.allowPlainHttpKey)
        target->endpoint.allowPlainHttpKey = true;
    if (const std::optional<ApiError> refused = ServiceRequest::refusal(target->endpoint)) {
        console.error(refused->humanMessage());
        return ExitKey;
    }
    if (const QString warning = target->endpoint.insecureTransportWarning(); !warning.isEmpty())
        console.warning(warning);
    return ExitSuccess;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &usageLine, Console &console)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  LineupCli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("lineup-cli")} + arguments)) {
        console.error(parser.errorText() % u' ' % LineupCli::tr("(usage: %1)").arg(usageLine));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt's own usage line names the binary only; ours names the command too.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        console.help(LineupCli::tr("Usage: %1").arg(usageLine) % u'\n' % text);
        return ExitSuccess;
    }
    return -1;
}

} // namespace Lineup::Cli
