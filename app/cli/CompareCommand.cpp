#include "CompareCommand.h"

#include "ChatOutcome.h"
#include "ChatPrinter.h"
#include "CompareOptions.h"
#include "ComparePrinter.h"
#include "CompareSaver.h"
#include "ServicePrices.h"
#include "SigintNotifier.h"

#include "api/ApiClient.h"
#include "chat/StreamStatus.h"
#include "comparison/PaneFigures.h"
#include "usage/Charges.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>

#include <map>
#include <memory>
#include <vector>

namespace Lineup::Cli {

namespace {

// One model of the comparison. Each has its own ApiClient, so its own network manager: Qt opens
// at most 6 connections per host and manager, and 8 models on one local server must not queue.
struct Pane
{
    Target target;
    ChatRequest request;
    BuiltRequest built;
    QStringList warnings;
    PaneOverrides overrides;
    std::unique_ptr<ApiClient> client;
    QPointer<ChatStream> stream;
    AnswerValidation validation;

    QString profileId() const { return target.profile ? target.profile->id : QString(); }
    QString label() const
    {
        return target.profile ? QStringLiteral("%1 (%2)").arg(target.model, target.profile->id)
                              : target.model;
    }
};

// The answer as the app would keep it, for its figures.
MessageRecord answerRecord(const Pane &pane, const PriceBook &prices)
{
    const ChatStream &stream = *pane.stream;
    MessageRecord record;
    record.message.role = Role::Assistant;
    record.model = pane.request.model;
    record.profileId = pane.profileId();
    applyCompletion(record, stream.completion());
    record.status = messageStatusFor(stream.status());
    record.timings = stream.timings();
    record.error = stream.error();
    applyCharges(record, stream.completion(), pane.request.model, &prices);
    return record;
}

// Targets already prepared, by profile id (empty: --base-url).
using ResolvedTargets = std::map<QString, Target>;

// prepareTarget() once per service: models of one profile share its endpoint and key, so the
// keychain is asked, and a warning about the service printed, only once.
int prepareTarget(const TargetChoice &choice, ResolvedTargets &resolved, Console &console,
                  Target *target)
{
    QSettings settings;
    ProviderStore store(settings);
    Target probe;
    if (const int code = resolveTarget(choice, store, console, &probe); code != ExitSuccess)
        return code;
    const QString key = probe.profile ? probe.profile->id : QString();
    if (const auto known = resolved.find(key); known != resolved.end()) {
        *target = known->second;
        target->model = probe.model;
        return ExitSuccess;
    }
    if (const int code = prepareTarget(choice, console, target); code != ExitSuccess)
        return code;
    resolved.emplace(key, *target);
    return ExitSuccess;
}

} // namespace

int runCompareCommand(const QStringList &arguments, const GlobalOptions &global, Console &console)
{
    CompareInvocation compare;
    if (const int code = parseCompareInvocation(arguments, console, &compare); code >= 0)
        return code;

    ConversationInfo shared;
    shared.kind = ConversationKind::Comparison;
    shared.parameters = compare.parameters;
    shared.systemPrompt = compare.systemText.value_or(QString());

    // Every target and key is resolved before anything is sent, each service's once.
    ResolvedTargets resolved;
    std::vector<Pane> panes(compare.models.size());
    for (qsizetype i = 0; i < compare.models.size(); ++i) {
        Pane &pane = panes.at(i);
        TargetChoice choice = compare.target;
        choice.model = compare.models.at(i);
        if (const int code = prepareTarget(choice, resolved, console, &pane.target))
            return code;
        pane.overrides.parameters = compare.paneOverrides.at(i);
        // What the pane sends: the shared settings with its overrides, as the app derives it.
        const ConversationInfo effective =
            effectiveSettings(shared, ComparisonPane{{}, int(i), pane.overrides});
        pane.request.model = pane.target.model;
        pane.request.parameters = effective.parameters;
        pane.request.applyModelRules = compare.applyModelRules;
        if (!effective.systemPrompt.isEmpty())
            pane.request.messages.append(
                ChatMessage::fromText(effective.systemRole, effective.systemPrompt));
        pane.request.messages.append(compare.user);
        pane.built = RequestBuilder::build(pane.request);
        pane.warnings = reportRequestAdjustments(pane.built, console, pane.label() + u": ");
    }

    // The cost is always in the figures: every listing service's prices are fetched.
    ServicePrices prices;
    CompareSaver saver;
    if (compare.save) {
        if (const int code = saver.open(global.dataDir, console))
            return code;
    }

    QEventLoop loop;
    for (Pane &pane : panes) {
        pane.client = std::make_unique<ApiClient>();
        pane.client->setOptions(compare.clientOptions);
        prices.fetch(*pane.client, pane.target, &loop);
    }

    if (compare.save) {
        QList<CompareSaver::PaneRequest> requests;
        for (const Pane &pane : panes)
            requests.append({pane.built.body, pane.profileId(), pane.overrides,
                             &prices.book(pane.profileId())});
        if (const int code = saver.begin(shared, requests, console))
            return code;
    }

    ComparePrinter printer(console);
    int running = 0;
    for (qsizetype i = 0; i < qsizetype(panes.size()); ++i) {
        Pane &pane = panes.at(i);
        pane.stream = pane.client->startChat(pane.target.endpoint, pane.built.body, &loop);
        ++running;
        QObject::connect(pane.stream, &ChatStream::finished, &loop, [&, i] {
            if (!compare.json)
                printer.printAnswer(int(i), panes.at(i).label(), *panes.at(i).stream);
            if (--running == 0)
                loop.quit();
        });
        if (compare.save)
            saver.follow(int(i), pane.stream);
    }
    {
        // Ctrl+C stops every answer; the partial ones are kept and printed (exit status 5).
        const SigintNotifier sigint(&loop, [&panes] {
            for (Pane &pane : panes) {
                if (pane.stream)
                    pane.stream->cancel();
            }
        });
        if (running > 0)
            loop.exec();
    }
    prices.waitBriefly();

    int code = ExitSuccess;
    QList<const ChatStream *> streams;
    for (Pane &pane : panes) {
        streams.append(pane.stream);
        const QString prefix = pane.label() + u": ";
        for (const QString &warning : pane.stream->warnings()) {
            console.warning(prefix + warning);
            pane.warnings.append(warning);
        }
        if (compare.expectJsonAnswer)
            pane.validation =
                checkAnswer(*pane.stream, pane.request.parameters, console, &pane.warnings, prefix);
        int paneCode = exitCodeForStream(*pane.stream);
        if (paneCode != ExitSuccess) {
            const ApiError &error = pane.stream->error();
            console.error(prefix + (error.isError() ? error.humanMessage()
                                                    : LineupCli::tr("the answer was stopped "
                                                                    "before it ended.")));
        } else if (pane.validation.requested() && !pane.validation.isValid()) {
            console.error(prefix + LineupCli::tr("the answer does not match the requested "
                                                 "format (%1).")
                                       .arg(pane.validation.summary()));
            paneCode = ExitSchemaMismatch;
        }
        code = moreSeriousExitCode(code, paneCode);
    }
    if (compare.save)
        code = moreSeriousExitCode(code, saver.finish(streams, console));

    QStringList labels;
    QList<PaneFigures> figures;
    QJsonArray results;
    for (qsizetype i = 0; i < qsizetype(panes.size()); ++i) {
        const Pane &pane = panes.at(i);
        const PriceBook &book = prices.book(pane.profileId());
        const UsageTurn usage = answerUsage(pane.request, *pane.stream, book);
        PaneFigures paneFigures = PaneFigures::of(answerRecord(pane, book));
        // The cost as `chat --json` reports it (estimated from the text without usage).
        paneFigures.costUsd = usage.cost.source == PriceSource::None
                                  ? std::nullopt
                                  : std::optional<double>(usage.cost.total());
        paneFigures.costEstimated = usage.cost.estimated;
        labels.append(pane.label());
        figures.append(paneFigures);
        if (!compare.json)
            continue;
        QJsonObject extra{{QStringLiteral("model"), pane.request.model},
                          {QStringLiteral("profile"),
                           pane.target.profile ? QJsonValue(pane.profileId()) : QJsonValue()},
                          {QStringLiteral("response_model"), pane.stream->completion().model},
                          {QStringLiteral("overrides"), pane.overrides.toJson()},
                          {QStringLiteral("cost"), usage.cost.toJson()},
                          {QStringLiteral("figures"), paneFigures.toJson()}};
        if (compare.save)
            extra.insert(QStringLiteral("conversation_id"), saver.paneConversationId(int(i)));
        if (pane.validation.requested())
            extra.insert(QStringLiteral("schema_validation"), pane.validation.toJson());
        results.append(ChatPrinter::resultJson(*pane.stream, pane.warnings, extra));
    }
    if (compare.json) {
        const QJsonObject object{{QStringLiteral("comparison_id"),
                                  compare.save ? QJsonValue(saver.comparisonId()) : QJsonValue()},
                                 {QStringLiteral("results"), results}};
        console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        printer.printFigures(labels, figures);
    }
    return code;
}

} // namespace Lineup::Cli
