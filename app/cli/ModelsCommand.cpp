#include "ModelsCommand.h"

#include "api/ApiClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace Lineup::Cli {

namespace {

QJsonObject modelToJson(const ModelInfo &model)
{
    QJsonObject object{{QStringLiteral("id"), model.id}};
    object.insert(QStringLiteral("owned_by"),
                  model.ownedBy.isEmpty() ? QJsonValue() : QJsonValue(model.ownedBy));
    object.insert(QStringLiteral("created"),
                  model.created ? QJsonValue(model.created) : QJsonValue());
    object.insert(QStringLiteral("context_length"),
                  model.contextLength ? QJsonValue(*model.contextLength) : QJsonValue());
    object.insert(QStringLiteral("prompt_price_per_million"),
                  model.promptPricePerMillion ? QJsonValue(*model.promptPricePerMillion)
                                              : QJsonValue());
    object.insert(QStringLiteral("completion_price_per_million"),
                  model.completionPricePerMillion ? QJsonValue(*model.completionPricePerMillion)
                                                  : QJsonValue());
    object.insert(QStringLiteral("raw"), model.raw);
    return object;
}

QString price(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 6) : QStringLiteral("-");
}

// Ids alone when the service tells nothing more (scripts can `| while read id`), else columns.
QString modelTable(QList<ModelInfo> models)
{
    std::sort(models.begin(), models.end(),
              [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    const bool hasContext = std::any_of(models.cbegin(), models.cend(), [](const ModelInfo &m) {
        return m.contextLength.has_value();
    });
    const bool hasPrice = std::any_of(models.cbegin(), models.cend(), [](const ModelInfo &m) {
        return m.promptPricePerMillion || m.completionPricePerMillion;
    });
    QString text;
    if (!hasContext && !hasPrice) {
        for (const ModelInfo &model : std::as_const(models))
            text += model.id % u'\n';
        return text;
    }
    qsizetype idWidth = 2;
    for (const ModelInfo &model : std::as_const(models))
        idWidth = std::max(idWidth, model.id.size());
    QString header = QStringLiteral("ID").leftJustified(idWidth);
    if (hasContext)
        header += QStringLiteral("  ") % LineupCli::tr("CONTEXT").rightJustified(9);
    if (hasPrice)
        header += QStringLiteral("  ") % LineupCli::tr("IN $/1M").rightJustified(10) %
                  QStringLiteral("  ") % LineupCli::tr("OUT $/1M").rightJustified(10);
    text += header % u'\n';
    for (const ModelInfo &model : std::as_const(models)) {
        QString line = model.id.leftJustified(idWidth);
        if (hasContext)
            line +=
                QStringLiteral("  ") %
                (model.contextLength ? QString::number(*model.contextLength) : QStringLiteral("-"))
                    .rightJustified(9);
        if (hasPrice)
            line += QStringLiteral("  ") % price(model.promptPricePerMillion).rightJustified(10) %
                    QStringLiteral("  ") %
                    price(model.completionPricePerMillion).rightJustified(10);
        text += line % u'\n';
    }
    return text;
}

} // namespace

int runModelsCommand(const QStringList &arguments, const GlobalOptions &global, Console &console)
{
    Q_UNUSED(global);
    QCommandLineParser parser;
    addTargetOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  LineupCli::tr("Print a JSON array instead of a table."));
    parser.addOption(json);
    const QCommandLineOption retries(
        QStringLiteral("retries"),
        LineupCli::tr("Retries for 429, 5xx and connection failures (default 3)."),
        QStringLiteral("N"));
    parser.addOption(retries);
    const QString usage =
        QStringLiteral("lineup-cli models [--profile P | --base-url URL] [--json] [--retries N]");
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        console.error(LineupCli::tr("models takes no arguments (got \"%1\"); usage: %2")
                          .arg(parser.positionalArguments().constFirst(), usage));
        return ExitUsage;
    }

    Target target;
    if (const int code = prepareTarget(targetChoiceFrom(parser), console, &target);
        code != ExitSuccess)
        return code;

    ApiClient client;
    if (parser.isSet(retries)) {
        bool ok = false;
        ClientOptions options;
        options.maxRetries = parser.value(retries).toInt(&ok);
        if (!ok || options.maxRetries < 0 || options.maxRetries > 10) {
            console.error(LineupCli::tr("--retries needs a number from 0 to 10."));
            return ExitUsage;
        }
        client.setOptions(options);
    }
    QEventLoop loop;
    ModelListRequest *request = client.listModels(target.endpoint, &loop);
    QObject::connect(request, &ModelListRequest::finished, &loop, &QEventLoop::quit);
    if (!request->isFinished())
        loop.exec();

    if (request->error().isError()) {
        console.error(request->error().humanMessage());
        return exitCodeFor(request->error());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ModelInfo &model : request->models())
            array.append(modelToJson(model));
        console.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        console.out(modelTable(request->models()));
    }
    return ExitSuccess;
}

} // namespace Lineup::Cli
