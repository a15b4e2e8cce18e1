#include "PricesCommand.h"

#include "usage/Pricing.h"
#include "util/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace Lineup::Cli {

namespace {

QString usd(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QStringLiteral("-");
}

std::optional<double> readPrice(const QCommandLineParser &parser, const QString &name,
                                Console &console, bool *ok)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const double value = parser.value(name).toDouble(&parsed);
    if (!parsed || value < 0 || !qIsFinite(value)) {
        console.error(LineupCli::tr("--%1 needs a price in USD per 1M tokens (a number, 0 or "
                                    "more), not \"%2\".")
                          .arg(name, parser.value(name)));
        *ok = false;
        return std::nullopt;
    }
    return value;
}

int setPrice(const QStringList &arguments, Console &console)
{
    const QString usage =
        QStringLiteral("lineup-cli prices set MODEL --input USD --output USD [--cached-input USD] "
                       "[--context TOKENS]");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("input"), LineupCli::tr("USD per 1M prompt tokens."),
                      QStringLiteral("USD")});
    parser.addOption({QStringLiteral("output"), LineupCli::tr("USD per 1M completion tokens."),
                      QStringLiteral("USD")});
    parser.addOption({QStringLiteral("cached-input"),
                      LineupCli::tr("USD per 1M cached prompt tokens (default: the input price)."),
                      QStringLiteral("USD")});
    parser.addOption({QStringLiteral("context"),
                      LineupCli::tr("Context length in tokens, for a service that does not say."),
                      QStringLiteral("TOKENS")});
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().isEmpty()) {
        console.error(
            LineupCli::tr("prices set needs exactly one model id (usage: %1)").arg(usage));
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("input")) || !parser.isSet(QStringLiteral("output"))) {
        console.error(
            LineupCli::tr("prices set needs --input and --output (usage: %1)").arg(usage));
        return ExitUsage;
    }
    bool ok = true;
    ModelPrice price;
    price.input = readPrice(parser, QStringLiteral("input"), console, &ok);
    price.output = readPrice(parser, QStringLiteral("output"), console, &ok);
    price.cachedInput = readPrice(parser, QStringLiteral("cached-input"), console, &ok);
    price.source = PriceSource::PriceTable;
    std::optional<qint64> context;
    if (ok && parser.isSet(QStringLiteral("context"))) {
        const qint64 length = parser.value(QStringLiteral("context")).toLongLong(&ok);
        if (!ok || length <= 0) {
            console.error(LineupCli::tr("--context needs a number of tokens, not \"%1\".")
                              .arg(parser.value(QStringLiteral("context"))));
            ok = false;
        }
        context = length;
    }
    if (!ok)
        return ExitUsage;
    QSettings settings;
    PriceTable(settings).setPrice(positional.first(), price, context);
    if (settings.status() != QSettings::NoError) {
        console.error(LineupCli::tr("cannot write the settings file %1").arg(settings.fileName()));
        return ExitFailure;
    }
    return ExitSuccess;
}

int listPrices(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), LineupCli::tr("Print JSON."));
    parser.addOption(json);
    if (const int code = parseCommandLine(
            parser, arguments, QStringLiteral("lineup-cli prices list [--json]"), console);
        code >= 0)
        return code;
    QSettings settings;
    const PriceTable table(settings);
    const QList<QString> models = table.models();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const QString &model : models) {
            const ModelPrice price = table.price(model).value_or(ModelPrice());
            QJsonObject object = price.toJson();
            object.remove(QStringLiteral("source"));
            object.insert(QStringLiteral("model"), model);
            object.insert(QStringLiteral("currency"), QStringLiteral("USD"));
            object.insert(QStringLiteral("per_tokens"), 1000000);
            if (const auto context = table.contextLength(model))
                object.insert(QStringLiteral("context_length"), *context);
            array.append(object);
        }
        console.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QList<QStringList> rows{{LineupCli::tr("MODEL"), LineupCli::tr("INPUT"),
                             LineupCli::tr("CACHED INPUT"), LineupCli::tr("OUTPUT"),
                             LineupCli::tr("CONTEXT")}};
    for (const QString &model : models) {
        const ModelPrice price = table.price(model).value_or(ModelPrice());
        const auto context = table.contextLength(model);
        rows.append({model, usd(price.input), usd(price.cachedInput), usd(price.output),
                     context ? QString::number(*context) : QStringLiteral("-")});
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], terminalWidth(row.at(i)));
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += padToTerminalWidth(row.at(i), i + 1 < row.size() ? widths[i] + 2 : 0);
        text += line % u'\n';
    }
    text += LineupCli::tr("USD per 1M tokens.") % u'\n';
    console.out(text);
    return ExitSuccess;
}

int deletePrice(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QString usage = QStringLiteral("lineup-cli prices delete MODEL");
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        console.error(
            LineupCli::tr("prices delete needs exactly one model id (usage: %1)").arg(usage));
        return ExitUsage;
    }
    QSettings settings;
    const QString model = parser.positionalArguments().first();
    if (!PriceTable(settings).remove(model)) {
        console.error(LineupCli::tr("there is no price for \"%1\"; `lineup-cli prices list` "
                                    "shows the table.")
                          .arg(model));
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace

int runPricesCommand(const QStringList &arguments, Console &console)
{
    const QString usage = LineupCli::tr(
        "Usage: lineup-cli prices set MODEL --input USD --output USD [--cached-input USD] "
        "[--context TOKENS]\n"
        "       lineup-cli prices list [--json]\n"
        "       lineup-cli prices delete MODEL\n"
        "Prices are USD per 1M tokens, shared with the app; a price the service's model list "
        "gives wins over the table.\n");
    if (arguments.isEmpty()) {
        console.errRaw(usage);
        return ExitUsage;
    }
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("set"))
        return setPrice(rest, console);
    if (sub == QLatin1String("list"))
        return listPrices(rest, console);
    if (sub == QLatin1String("delete"))
        return deletePrice(rest, console);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        console.help(usage);
        return ExitSuccess;
    }
    console.error(
        LineupCli::tr("unknown prices command \"%1\"; use set, list or delete.").arg(sub));
    return ExitUsage;
}

} // namespace Lineup::Cli
