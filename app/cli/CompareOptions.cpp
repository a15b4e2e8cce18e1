#include "CompareOptions.h"

#include "RequestOptions.h"

#include "comparison/Comparison.h"

namespace Lineup::Cli {

namespace {

// --pane-param N:name=value (N counts the --model options from 1).
int parsePaneParameter(const QString &argument, Console &console, CompareInvocation *compare)
{
    const qsizetype colon = argument.indexOf(u':');
    bool ok = false;
    const int pane = colon > 0 ? argument.left(colon).toInt(&ok) : 0;
    if (!ok || pane < 1 || pane > compare->models.size()) {
        console.error(LineupCli::tr("--pane-param needs N:name=value with N from 1 to %1, the "
                                    "position of a --model (got \"%2\").")
                          .arg(compare->models.size())
                          .arg(argument));
        return ExitUsage;
    }
    QString name;
    QJsonValue value;
    const QString option = QStringLiteral("--pane-param %1:").arg(pane);
    if (const int code =
            parseParameter(option, argument.mid(colon + 1), console, &name, &value, true))
        return code;
    compare->paneOverrides[pane - 1].insert(name, value);
    return ExitSuccess;
}

} // namespace

QString compareUsageLine()
{
    return QStringLiteral(
        "lineup-cli compare --model M --model M... [--profile P | --base-url URL] "
        "[--param name=value]... [--pane-param N:name=value]... [--system TEXT] [--schema FILE] "
        "[--tools FILE] [--image FILE[:low|high|auto]]... [--no-rules] [--idle-timeout SEC] "
        "[--save] [--json] PROMPT|-");
}

int parseCompareInvocation(const QStringList &arguments, Console &console,
                           CompareInvocation *compare)
{
    QCommandLineParser parser;
    addTargetOptions(parser);
    const auto add = [&parser](const QString &name, const char *description,
                               const QString &valueName = {}) {
        parser.addOption(QCommandLineOption(name, LineupCli::tr(description), valueName));
    };
    add(QStringLiteral("model"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Model id, or profile/model; one per pane, 2 to 8. Repeatable."),
        QStringLiteral("M"));
    add(QStringLiteral("param"),
        QT_TRANSLATE_NOOP("LineupCli", "Request parameter sent to every model. Repeatable."),
        QStringLiteral("name=value"));
    add(QStringLiteral("pane-param"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Request parameter for the Nth --model only (value null: not sent "
                          "there). Repeatable."),
        QStringLiteral("N:name=value"));
    add(QStringLiteral("system"),
        QT_TRANSLATE_NOOP("LineupCli", "System message sent to every model."),
        QStringLiteral("TEXT"));
    addPayloadOptions(parser);
    add(QStringLiteral("no-rules"),
        QT_TRANSLATE_NOOP(
            "LineupCli",
            "Send the parameters exactly as given, without model-family adjustments."));
    add(QStringLiteral("idle-timeout"),
        QT_TRANSLATE_NOOP("LineupCli", "Abort a stream silent for this long (default 60)."),
        QStringLiteral("SEC"));
    add(QStringLiteral("save"),
        QT_TRANSLATE_NOOP("LineupCli", "Save the comparison in the conversation history."));
    add(QStringLiteral("json"),
        QT_TRANSLATE_NOOP("LineupCli",
                          "Print {\"comparison_id\", \"results\": [...]} at the end, one result "
                          "per --model as chat --json prints it, plus model and profile."));
    parser.addPositionalArgument(QStringLiteral("prompt"),
                                 LineupCli::tr("The prompt, or - to read it from stdin."),
                                 QStringLiteral("PROMPT|-"));

    if (const int code = parseCommandLine(parser, arguments, compareUsageLine(), console);
        code >= 0)
        return code;
    const auto usageError = [&console](const QString &message) {
        console.error(message);
        return int(ExitUsage);
    };

    compare->target = targetChoiceFrom(parser);
    compare->models = parser.values(QStringLiteral("model"));
    if (compare->models.size() < Comparison::MinPanes ||
        compare->models.size() > Comparison::MaxPanes)
        return usageError(LineupCli::tr("compare needs %1 to %2 --model options, one per model "
                                        "to compare (got %3).")
                              .arg(Comparison::MinPanes)
                              .arg(Comparison::MaxPanes)
                              .arg(compare->models.size()));
    for (const QString &model : std::as_const(compare->models)) {
        if (model.trimmed().isEmpty())
            return usageError(LineupCli::tr("--model needs a model id (e.g. gpt-5 or "
                                            "cometapi/gpt-5)."));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(LineupCli::tr("compare needs a prompt (or - to read it from stdin); "
                                        "usage: %1")
                              .arg(compareUsageLine()));
    if (positional.size() > 1 && positional.contains(QStringLiteral("-")))
        return usageError(LineupCli::tr("give the prompt either as text or as - (stdin), not "
                                        "both."));

    compare->json = parser.isSet(QStringLiteral("json"));
    compare->save = parser.isSet(QStringLiteral("save"));
    compare->applyModelRules = !parser.isSet(QStringLiteral("no-rules"));
    if (const int code = parseSeconds(parser, QStringLiteral("idle-timeout"), console,
                                      &compare->clientOptions.idleTimeoutMs))
        return code;
    if (const int code =
            loadParameterOptions(parser, console, &compare->parameters, &compare->expectJsonAnswer))
        return code;
    compare->paneOverrides = QList<QJsonObject>(compare->models.size());
    const QStringList paneParams = parser.values(QStringLiteral("pane-param"));
    for (const QString &paneParam : paneParams) {
        if (const int code = parsePaneParameter(paneParam, console, compare))
            return code;
    }
    if (parser.isSet(QStringLiteral("system")))
        compare->systemText = parser.value(QStringLiteral("system"));
    if (const int code = loadUserTurn(parser, console, &compare->user))
        return code;
    return -1;
}

} // namespace Lineup::Cli
