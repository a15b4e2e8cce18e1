#include "VotesCommand.h"

#include "arena/Leaderboard.h"
#include "arena/VoteCodec.h"
#include "storage/ConversationStore.h"
#include "storage/VoteStore.h"
#include "util/TerminalText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Lineup::Cli {

namespace {

// How many bad lines an import names before it only counts the rest.
constexpr int ReportedLineErrors = 20;

std::unique_ptr<ConversationStore> openStore(Console &console)
{
    const QString dir = ConversationStore::defaultDataDir();
    QString error;
    auto store = ConversationStore::open(dir, &error);
    if (!store)
        console.error(
            LineupCli::tr("cannot open the conversation history in %1: %2").arg(dir, error));
    return store;
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("tag"), LineupCli::tr("Only votes with this tag (any case)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("since"),
                      LineupCli::tr("Only votes from this day (YYYY-MM-DD, local time) or time "
                                    "(ISO 8601) on."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"),
                      LineupCli::tr("Only votes up to the end of this day, or before this time."),
                      QStringLiteral("DATE")});
}

// A day means local midnight (--since) or the next local midnight (--until, so that the day
// itself is included); a date with a time means that moment.
std::optional<QDateTime> parseBound(const QString &text, bool until)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return (until ? day.addDays(1) : day).startOfDay().toUTC();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toUTC();
    return std::nullopt;
}

// Returns false after printing the usage error.
bool readFilter(const QCommandLineParser &parser, Console &console, VoteFilter *filter)
{
    filter->tag = parser.value(QStringLiteral("tag")).trimmed();
    for (const bool until : {false, true}) {
        const QString name = until ? QStringLiteral("until") : QStringLiteral("since");
        if (!parser.isSet(name))
            continue;
        const std::optional<QDateTime> bound = parseBound(parser.value(name), until);
        if (!bound) {
            console.error(LineupCli::tr("--%1 needs a date (2026-12-07) or an ISO 8601 time "
                                        "(2026-12-07T14:30:00Z), not \"%2\".")
                              .arg(name, parser.value(name)));
            return false;
        }
        (until ? filter->until : filter->since) = *bound;
    }
    return true;
}

// The votes the filter options select; an exit status when they cannot be read, else -1.
int readVotes(const QCommandLineParser &parser, Console &console, QList<Vote> *votes)
{
    VoteFilter filter;
    if (!readFilter(parser, console, &filter))
        return ExitUsage;
    const auto store = openStore(console);
    if (!store)
        return ExitFailure;
    *votes = VoteStore(*store).votes(filter);
    return -1;
}

QString verdictText(const Vote &vote)
{
    switch (vote.outcome) {
    case VoteOutcome::Tie:
        return LineupCli::tr("tie");
    case VoteOutcome::BothBad:
        return vote.paneCount() == 2 ? LineupCli::tr("both bad") : LineupCli::tr("all bad");
    case VoteOutcome::Winner:
        return vote.paneCount() == 2
                   ? LineupCli::tr("%1 better").arg(paneLetter(vote.winner).toUpper())
                   : LineupCli::tr("%1 best").arg(paneLetter(vote.winner).toUpper());
    case VoteOutcome::Order: {
        QStringList letters;
        for (int pane : vote.order)
            letters.append(paneLetter(pane).toUpper());
        return letters.join(QLatin1String(" > "));
    }
    }
    return {};
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], terminalWidth(row.at(i)));
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += padToTerminalWidth(row.at(i), i + 1 < row.size() ? widths[i] + 2 : 0);
        text += line % u'\n';
    }
    return text;
}

int listVotes(const QStringList &arguments, Console &console)
{
    const QString usage =
        QStringLiteral("lineup-cli votes list [--json] [--tag T] [--since DATE] [--until DATE]");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  LineupCli::tr("Print a JSON array (the export's objects with "
                                                "\"id\" and \"comparison_id\")."));
    parser.addOption(json);
    addFilterOptions(parser);
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    QList<Vote> votes;
    if (const int code = readVotes(parser, console, &votes); code >= 0)
        return code;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Vote &vote : votes) {
            QJsonObject object = QJsonDocument::fromJson(VoteCodec::toJsonLine(vote)).object();
            object.insert(QStringLiteral("id"), vote.id);
            object.insert(QStringLiteral("comparison_id"),
                          vote.comparisonId ? QJsonValue(vote.comparisonId) : QJsonValue());
            array.append(object);
        }
        console.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (votes.isEmpty()) {
        console.note(LineupCli::tr("no votes yet: vote in a blind comparison, or `lineup-cli "
                                   "votes import FILE`."));
        return ExitSuccess;
    }
    QList<QStringList> rows{{LineupCli::tr("ID"), LineupCli::tr("TIME"), LineupCli::tr("TAG"),
                             LineupCli::tr("VERDICT"), LineupCli::tr("MODELS (A, B, ...)"),
                             LineupCli::tr("NOTE")}};
    for (const Vote &vote : votes) {
        QStringList models;
        for (const VoteContender &contender : vote.contenders)
            models.append(contender.model);
        QStringList notes;
        if (vote.identityFlagged)
            notes.append(LineupCli::tr("named a model"));
        if (!vote.counted)
            notes.append(LineupCli::tr("left out"));
        rows.append({QString::number(vote.id),
                     vote.time.isValid()
                         ? vote.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QStringLiteral("-"),
                     vote.tag.isEmpty() ? QStringLiteral("-") : vote.tag, verdictText(vote),
                     models.join(QLatin1String(", ")), notes.join(QLatin1String(", "))});
    }
    console.out(table(rows));
    return ExitSuccess;
}

int exportVotes(const QStringList &arguments, Console &console)
{
    const QString usage =
        QStringLiteral("lineup-cli votes export [-o FILE] [--tag T] [--since DATE] [--until DATE]");
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    LineupCli::tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    addFilterOptions(parser);
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    QList<Vote> votes;
    if (const int code = readVotes(parser, console, &votes); code >= 0)
        return code;
    const QByteArray data = VoteCodec::toJsonLines(votes);
    if (!parser.isSet(output)) {
        console.out(QString::fromUtf8(data));
        return ExitSuccess;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        console.error(
            LineupCli::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return ExitFailure;
    }
    return ExitSuccess;
}

int importVotes(const QStringList &arguments, Console &console)
{
    const QString usage = QStringLiteral("lineup-cli votes import FILE|-");
    QCommandLineParser parser;
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        console.error(LineupCli::tr("votes import needs one file (usage: %1)").arg(usage));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        console.error(LineupCli::tr("cannot read %1: %2").arg(path, file.errorString()));
        return ExitUsage;
    }
    const QString source = path == QLatin1String("-") ? LineupCli::tr("standard input") : path;
    const VoteCodec::ParseResult parsed = VoteCodec::fromJsonLines(file.readAll());
    if (!parsed.ok()) {
        for (int i = 0; i < std::min(int(parsed.errors.size()), ReportedLineErrors); ++i) {
            const VoteCodec::LineError &error = parsed.errors.at(i);
            console.error(
                LineupCli::tr("%1, line %2: %3").arg(source).arg(error.line).arg(error.reason));
        }
        if (parsed.errors.size() > ReportedLineErrors)
            console.error(LineupCli::tr("bad lines not shown: %1")
                              .arg(parsed.errors.size() - ReportedLineErrors));
        console.error(
            LineupCli::tr("nothing was imported; fix the lines above and import the file again."));
        return ExitFailure;
    }
    const auto store = openStore(console);
    if (!store)
        return ExitFailure;
    VoteStore votes(*store);
    if (!votes.addAll(parsed.votes)) {
        console.error(LineupCli::tr("nothing was imported: %1").arg(votes.lastError()));
        return ExitFailure;
    }
    // Spelled out for English too (there is no English catalogue for "%n vote(s)").
    console.note(parsed.votes.size() == 1
                     ? LineupCli::tr("imported 1 vote")
                     : LineupCli::tr("imported %n votes", nullptr, int(parsed.votes.size())));
    return ExitSuccess;
}

double rounded(double value)
{
    return std::round(value * 10) / 10;
}

QJsonObject leaderboardJson(const LeaderboardResult &result, const LeaderboardOptions &options)
{
    QJsonArray models;
    QJsonObject winRates;
    for (int row = 0; row < result.entries.size(); ++row) {
        const LeaderboardEntry &entry = result.entries.at(row);
        models.append(QJsonObject{{QStringLiteral("model"), entry.model},
                                  {QStringLiteral("rating"), rounded(entry.rating)},
                                  {QStringLiteral("ci_low"), rounded(entry.ciLow)},
                                  {QStringLiteral("ci_high"), rounded(entry.ciHigh)},
                                  {QStringLiteral("rank"), entry.rank},
                                  {QStringLiteral("votes"), entry.votes},
                                  {QStringLiteral("wins"), entry.wins},
                                  {QStringLiteral("losses"), entry.losses},
                                  {QStringLiteral("ties"), entry.ties}});
        QJsonObject against;
        for (int column = 0; column < result.entries.size(); ++column) {
            if (const std::optional<double> rate = result.winRate(row, column))
                against.insert(result.entries.at(column).model, std::round(*rate * 1000) / 1000);
        }
        winRates.insert(entry.model, against);
    }
    return {{QStringLiteral("models"), models},
            {QStringLiteral("win_rates"), winRates},
            {QStringLiteral("vote_count"), result.voteCount},
            {QStringLiteral("seed"), qint64(options.seed)},
            {QStringLiteral("bootstrap_rounds"), options.bootstrapRounds}};
}

} // namespace

int runVotesCommand(const QStringList &arguments, Console &console)
{
    const QString usage = LineupCli::tr(
        "Usage: lineup-cli votes list [--json] [--tag T] [--since DATE] [--until DATE]\n"
        "       lineup-cli votes export [-o FILE] [--tag T] [--since DATE] [--until DATE]\n"
        "       lineup-cli votes import FILE|-\n"
        "Blind arena votes as JSON lines, one vote each:\n"
        "  {\"model_a\": \"...\", \"model_b\": \"...\", \"winner\": \"a\"|\"b\"|\"tie\"|"
        "\"both_bad\", \"tag\": \"...\", \"time\": \"ISO 8601\"}\n"
        "Import checks every line first; on any bad line it names the line and the problem and "
        "changes nothing.\n");
    if (arguments.isEmpty()) {
        console.errRaw(usage);
        return ExitUsage;
    }
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return listVotes(rest, console);
    if (sub == QLatin1String("export"))
        return exportVotes(rest, console);
    if (sub == QLatin1String("import"))
        return importVotes(rest, console);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        console.help(usage);
        return ExitSuccess;
    }
    console.error(
        LineupCli::tr("unknown votes command \"%1\"; use list, export or import.").arg(sub));
    return ExitUsage;
}

int runLeaderboardCommand(const QStringList &arguments, Console &console)
{
    const QString usage = QStringLiteral("lineup-cli leaderboard [--tag T] [--since DATE] "
                                         "[--until DATE] [--seed N] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  LineupCli::tr("Print JSON: {\"models\": [{\"model\", \"rating\", "
                                                "\"ci_low\", \"ci_high\", \"rank\", \"votes\", "
                                                "\"wins\", \"losses\", \"ties\"}], ...}."));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        LineupCli::tr("Seed of the bootstrap resampling (default 1): the same votes and seed "
                      "give the same intervals."),
        QStringLiteral("N"));
    parser.addOption(json);
    parser.addOption(seed);
    addFilterOptions(parser);
    if (const int code = parseCommandLine(parser, arguments, usage, console); code >= 0)
        return code;
    VoteFilter filter;
    if (!readFilter(parser, console, &filter))
        return ExitUsage;
    LeaderboardOptions options;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok) {
            console.error(LineupCli::tr("--seed needs a whole number from 0 to 4294967295, not "
                                        "\"%1\".")
                              .arg(parser.value(seed)));
            return ExitUsage;
        }
    }
    const auto store = openStore(console);
    if (!store)
        return ExitFailure;
    const LeaderboardResult result =
        Leaderboard::compute(VoteStore(*store).votes(filter), filter, options);
    if (parser.isSet(json)) {
        console.out(QString::fromUtf8(
            QJsonDocument(leaderboardJson(result, options)).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (result.entries.isEmpty()) {
        console.note(LineupCli::tr("no votes to rank (votes left out of the leaderboard and "
                                   "votes outside the filters do not count)."));
        return ExitSuccess;
    }
    QList<QStringList> rows{{LineupCli::tr("RANK"), LineupCli::tr("MODEL"), LineupCli::tr("RATING"),
                             LineupCli::tr("95% INTERVAL"), LineupCli::tr("VOTES"),
                             LineupCli::tr("WINS"), LineupCli::tr("LOSSES"),
                             LineupCli::tr("TIES")}};
    for (const LeaderboardEntry &entry : result.entries) {
        rows.append({QString::number(entry.rank), entry.model,
                     QString::number(qRound(entry.rating)),
                     QStringLiteral("%1 – %2").arg(qRound(entry.ciLow)).arg(qRound(entry.ciHigh)),
                     QString::number(entry.votes), QString::number(entry.wins),
                     QString::number(entry.losses), QString::number(entry.ties)});
    }
    console.out(table(rows) %
                LineupCli::tr("Votes counted: %1. Bradley-Terry fit, Elo scale (mean 1000), "
                              "95% intervals from %2 bootstrap resamples (seed %3).")
                    .arg(result.voteCount)
                    .arg(options.bootstrapRounds)
                    .arg(options.seed) %
                u'\n');
    return ExitSuccess;
}

} // namespace Lineup::Cli
