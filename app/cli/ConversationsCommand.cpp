#include "ConversationsCommand.h"

#include "UsageCommand.h"
#include "storage/ComparisonJson.h"
#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationRows.h"
#include "storage/ConversationStore.h"
#include "storage/RecordJson.h"
#include "util/TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace Lineup {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // lupdate files the tr() calls of this file's free functions under the namespace.
    return QCoreApplication::translate("Lineup", text, disambiguation, n);
}

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

struct Options
{
    QString dataDir;
    QString subcommand;
    QStringList positional;
    bool json = false;
    bool all = false;
    QString format;
    QString output;
    int limit = 20;
};

// Returns an error message for a usage error, empty when fine.
QString parse(const QStringList &arguments, Options *options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&](const QString &name, QString *out) -> bool {
            if (argument.startsWith(name + QLatin1Char('='))) {
                *out = argument.mid(name.size() + 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        auto is = [&](const char *name) {
            return argument == QLatin1String(name) ||
                   argument.startsWith(QLatin1String(name) + QLatin1Char('='));
        };
        if (is("--data-dir")) {
            if (!value(QStringLiteral("--data-dir"), &options->dataDir))
                return tr("--data-dir needs a directory");
        } else if (is("--format")) {
            if (!value(QStringLiteral("--format"), &options->format))
                return tr("--format needs lineup, openai or markdown");
        } else if (argument == QLatin1String("-o") || is("--output")) {
            if (!value(argument == QLatin1String("-o") ? QStringLiteral("-o")
                                                       : QStringLiteral("--output"),
                       &options->output))
                return tr("%1 needs a file name").arg(argument);
        } else if (is("--limit")) {
            QString text;
            bool ok = false;
            if (value(QStringLiteral("--limit"), &text))
                options->limit = text.toInt(&ok);
            if (!ok || options->limit <= 0)
                return tr("--limit needs a positive number");
        } else if (argument == QLatin1String("--json")) {
            options->json = true;
        } else if (argument == QLatin1String("--all")) {
            options->all = true;
        } else if (argument == QLatin1String("--")) {
            options->positional += arguments.mid(i + 1);
            break;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1 &&
                   !(options->subcommand == QLatin1String("search"))) {
            return tr("unknown option %1").arg(argument);
        } else if (options->subcommand.isEmpty()) {
            options->subcommand = argument;
        } else {
            options->positional.append(argument);
        }
    }
    return {};
}

std::optional<QList<qint64>> parseIds(const QStringList &texts, QString *error)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = tr("\"%1\" is not a conversation id (a positive number)").arg(text);
            return std::nullopt;
        }
        ids.append(id);
    }
    return ids;
}

QString compactJson(const QJsonValue &value)
{
    return value.isObject()
               ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
               : QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QString kindName(ConversationKind kind)
{
    return kind == ConversationKind::Comparison ? QStringLiteral("comparison")
                                                : QStringLiteral("conversation");
}

int list(ConversationStore &store, const Options &options, QTextStream &out)
{
    QList<ConversationInfo> conversations = store.conversations();
    std::stable_sort(conversations.begin(), conversations.end(),
                     [](const ConversationInfo &a, const ConversationInfo &b) {
                         return a.updatedAt > b.updatedAt;
                     });
    if (options.json) {
        QJsonArray array;
        for (const ConversationInfo &info : std::as_const(conversations)) {
            QJsonObject entry{
                {QStringLiteral("id"), double(info.id)},
                {QStringLiteral("title"), info.title},
                {QStringLiteral("updated_at"), RecordJson::timeToString(info.updatedAt)},
                {QStringLiteral("created_at"), RecordJson::timeToString(info.createdAt)},
                {QStringLiteral("message_count"), info.messageCount},
                {QStringLiteral("pinned"), info.pinned},
                {QStringLiteral("model"), info.model},
                {QStringLiteral("profile_id"), info.profileId},
                {QStringLiteral("kind"), kindName(info.kind)}};
            if (info.kind == ConversationKind::Comparison)
                entry.insert(QStringLiteral("panes"), info.paneCount);
            if (info.blind != BlindState::None)
                entry.insert(QStringLiteral("blind"), ConversationRows::blindStateName(info.blind));
            array.append(entry);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const ConversationInfo &info : std::as_const(conversations)) {
        out << qSetFieldWidth(6) << Qt::right << info.id << qSetFieldWidth(0) << Qt::left << "  "
            << info.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << qSetFieldWidth(5) << Qt::right << info.messageCount << qSetFieldWidth(0) << Qt::left
            << "  " << (info.pinned ? QStringLiteral("* ") : QString())
            << (info.kind == ConversationKind::Comparison
                    ? tr("[comparison of %1] ").arg(info.paneCount)
                    : QString())
            << info.title << '\n';
    }
    return ExitOk;
}

// "created: …  updated: …  pinned" under a conversation's title.
QString createdLine(const ConversationInfo &info)
{
    QString line = tr("created: %1").arg(RecordJson::timeToString(info.createdAt)) +
                   QStringLiteral("  ") +
                   tr("updated: %1").arg(RecordJson::timeToString(info.updatedAt));
    if (info.pinned)
        line += QStringLiteral("  ") + tr("pinned");
    return line;
}

// One message with every stored field; field names are those of `show --json`.
void printMessage(const MessageRecord &record, QTextStream &out)
{
    const ChatMessage &message = record.message;
    out << "--- #" << record.id << ' ' << roleName(message.role) << " ["
        << messageStatusName(record.status) << "] " << RecordJson::timeToString(record.createdAt)
        << '\n';
    auto field = [&out](const char *name, const QString &value) {
        if (!value.isEmpty())
            out << name << ": " << value << '\n';
    };
    field("model", record.model);
    field("profile", record.profileId);
    field("finish_reason", record.finishReason);
    field("tool_call_id", message.toolCallId);
    field("name", message.name);
    if (!record.parameters.isEmpty())
        field("parameters", compactJson(record.parameters));
    if (record.usage.isPresent() || record.usage.promptTokens)
        field("usage", compactJson(record.usage.toJson()));
    if (record.price.isKnown())
        field("price", compactJson(record.price.toJson()));
    if (record.logprobs.isObject())
        field(
            "logprobs",
            tr("%1 tokens")
                .arg(record.logprobs.toObject().value(QStringLiteral("content")).toArray().size()));
    if (record.timings != Timings())
        field("timings", compactJson(record.timings.toJson()));
    if (record.error.isError())
        field("error", compactJson(RecordJson::errorToJson(record.error)));
    if (!message.reasoning.isEmpty())
        out << tr("reasoning:") << '\n' << message.reasoning << '\n';
    for (const ContentPart &part : message.parts) {
        if (part.type == ContentPart::Type::Text)
            out << part.text << '\n';
        else if (!part.imageData.isEmpty())
            out << '['
                << (part.detail.isEmpty()
                        ? tr("image %1, %n bytes", nullptr, int(part.imageData.size()))
                              .arg(part.mimeType)
                        : tr("image %1, %n bytes, detail %2", nullptr, int(part.imageData.size()))
                              .arg(part.mimeType, part.detail))
                << "]\n";
        else
            out << '[' << tr("image %1").arg(part.imageUrl) << "]\n";
    }
    field("refusal", message.refusal);
    for (const ToolCall &call : message.toolCalls)
        out << "tool_call " << call.id << ' ' << call.name << ' ' << call.arguments << '\n';
    for (qsizetype i = 0; i < record.alternatives.size(); ++i)
        out << "alternative " << (i + 1) << ": " << record.alternatives.at(i).text() << '\n';
}

// A comparison: its shared settings, then each pane (model, profile, what it overrides) with its
// messages.
int showComparison(ConversationStore &store, const ConversationInfo &info, bool json,
                   QTextStream &out, QTextStream &err)
{
    const std::optional<Comparison> comparison = store.comparison(info.id);
    if (!comparison) {
        err << tr("comparison %1 cannot be read: %2").arg(info.id).arg(store.lastError()) << '\n';
        return ExitFailure;
    }
    QList<ComparisonPaneData> panes;
    for (const ComparisonPane &pane : comparison->panes)
        panes.append({pane, store.messages(pane.conversation.id)});
    if (json) {
        ConversationInfo shared = comparison->shared;
        shared.id = info.id;
        QJsonObject object = ComparisonJson::toJson(shared, panes, true);
        int messageCount = 0;
        QJsonArray paneArray = object.value(QStringLiteral("panes")).toArray();
        for (qsizetype i = 0; i < paneArray.size(); ++i) {
            QJsonObject pane = paneArray.at(i).toObject();
            pane.insert(QStringLiteral("message_count"), int(panes.at(i).messages.size()));
            messageCount += int(panes.at(i).messages.size());
            paneArray[i] = pane;
        }
        object.insert(QStringLiteral("panes"), paneArray);
        object.insert(QStringLiteral("message_count"), messageCount);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out << "# " << info.title << " (#" << info.id << ", "
        << tr("comparison of %1").arg(panes.size()) << ")\n";
    out << createdLine(info) << '\n';
    if (!comparison->shared.parameters.isEmpty())
        out << tr("parameters: %1").arg(compactJson(comparison->shared.parameters)) << '\n';
    if (!comparison->shared.systemPrompt.isEmpty())
        out << roleName(comparison->shared.systemRole) << ": " << comparison->shared.systemPrompt
            << '\n';
    for (const ComparisonPaneData &data : std::as_const(panes)) {
        const ConversationInfo &pane = data.pane.conversation;
        out << "\n## " << tr("pane %1").arg(data.pane.position + 1) << " (#" << pane.id
            << "): " << pane.model;
        if (!pane.profileId.isEmpty())
            out << "  " << tr("profile: %1").arg(pane.profileId);
        out << '\n';
        if (!data.pane.overrides.isEmpty())
            out << tr("overrides: %1").arg(compactJson(data.pane.overrides.toJson())) << '\n';
        for (const MessageRecord &record : data.messages)
            printMessage(record, out);
    }
    return ExitOk;
}

int show(ConversationStore &store, const Options &options, QTextStream &out, QTextStream &err)
{
    QString error;
    if (options.positional.size() != 1) {
        err << tr("show needs exactly one conversation id") << '\n';
        return ExitUsage;
    }
    const auto ids = parseIds(options.positional, &error);
    if (!ids) {
        err << error << '\n';
        return ExitUsage;
    }
    const auto info = store.conversation(ids->first());
    if (!info) {
        err << tr("there is no conversation %1").arg(ids->first()) << '\n';
        return ExitFailure;
    }
    if (store.hidesModels(info->id)) {
        err << tr("conversation %1 is a blind comparison not voted on yet: vote on it in Lineup "
                  "first (showing it would name its models)")
                   .arg(info->id)
            << '\n';
        return ExitFailure;
    }
    if (info->kind == ConversationKind::Comparison)
        return showComparison(store, *info, options.json, out, err);
    const QList<MessageRecord> messages = store.messages(info->id);
    if (options.json) {
        QJsonObject object = RecordJson::conversationToJson(*info, messages, true);
        object.insert(QStringLiteral("message_count"), int(messages.size()));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out << "# " << info->title << " (#" << info->id << ")\n";
    out << createdLine(*info) << '\n';
    if (!info->model.isEmpty() || !info->profileId.isEmpty())
        out << tr("model: %1").arg(info->model) << "  " << tr("profile: %1").arg(info->profileId)
            << '\n';
    if (!info->parameters.isEmpty())
        out << tr("parameters: %1").arg(compactJson(info->parameters)) << '\n';
    if (!info->systemPrompt.isEmpty())
        out << roleName(info->systemRole) << ": " << info->systemPrompt << '\n';
    for (const MessageRecord &record : messages)
        printMessage(record, out);
    return ExitOk;
}

int search(ConversationStore &store, const Options &options, QTextStream &out, QTextStream &err)
{
    const QString query = options.positional.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        err << tr("search needs a query") << '\n';
        return ExitUsage;
    }
    const QList<SearchHit> hits = store.search(query, options.limit);
    if (options.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            QJsonArray highlights;
            for (const auto &[offset, length] : hit.highlights)
                highlights.append(QJsonArray{offset, length});
            QJsonObject entry{
                {QStringLiteral("conversation_id"), double(hit.conversationId)},
                {QStringLiteral("message_id"), double(hit.messageId)},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("role"), roleName(hit.role)},
                {QStringLiteral("created_at"), RecordJson::timeToString(hit.createdAt)},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("highlights"), highlights},
                {QStringLiteral("marked_snippet"),
                 hit.markedSnippet(QStringLiteral("["), QStringLiteral("]"))}};
            // A hit in a comparison names the comparison, and the pane it was found in.
            if (hit.paneConversationId != 0)
                entry.insert(QStringLiteral("pane_conversation_id"),
                             double(hit.paneConversationId));
            array.append(entry);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const SearchHit &hit : hits) {
        out << hit.conversationId << ':' << hit.messageId << "  " << hit.title << "  ("
            << roleName(hit.role) << ")\n    "
            << hit.markedSnippet(QStringLiteral("["), QStringLiteral("]")).simplified() << '\n';
    }
    return ExitOk;
}

int exportCommand(ConversationStore &store, const Options &options, QTextStream &out,
                  QTextStream &err)
{
    QString error;
    const auto format =
        exportFormatFromName(options.format.isEmpty() ? QStringLiteral("lineup") : options.format);
    if (!format) {
        err << tr("unknown format \"%1\": use lineup, openai or markdown").arg(options.format)
            << '\n';
        return ExitUsage;
    }
    auto ids = parseIds(options.positional, &error);
    if (!ids) {
        err << error << '\n';
        return ExitUsage;
    }
    if (options.all) {
        const QList<ConversationInfo> conversations = store.conversations();
        int blind = 0;
        for (const ConversationInfo &info : conversations) {
            // Everything else is exported; a blind round not voted on would name its models.
            if (info.blind == BlindState::Unvoted) {
                ++blind;
                continue;
            }
            if (!ids->contains(info.id))
                ids->append(info.id);
        }
        if (blind > 0)
            err << QCoreApplication::translate("Lineup",
                                               "left out %n blind comparisons not voted on yet (an "
                                               "export would name their models)",
                                               nullptr, blind)
                << '\n';
    } else if (ids->isEmpty()) {
        err << tr("export needs conversation ids or --all") << '\n';
        return ExitUsage;
    }
    const auto data = ConversationExporter(store).exportConversations(*ids, *format, &error);
    if (!data) {
        err << error << '\n';
        return ExitFailure;
    }
    if (options.output.isEmpty() || options.output == QLatin1String("-")) {
        out << QString::fromUtf8(*data);
        return ExitOk;
    }
    QSaveFile file(options.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        err << tr("cannot write %1: %2").arg(options.output, file.errorString()) << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

int importCommand(ConversationStore &store, const Options &options, QTextStream &out,
                  QTextStream &err)
{
    if (options.positional.isEmpty()) {
        err << tr("import needs at least one file") << '\n';
        return ExitUsage;
    }
    int result = ExitOk;
    ConversationImporter importer(store);
    for (const QString &path : options.positional) {
        QString error;
        const auto ids = importer.importFile(path, &error);
        if (!ids) {
            err << error << '\n';
            result = ExitFailure;
            continue;
        }
        for (qint64 id : *ids)
            out << id << '\n';
    }
    return result;
}

int deleteCommand(ConversationStore &store, const Options &options, QTextStream &err)
{
    QString error;
    const auto ids = parseIds(options.positional, &error);
    if (!ids || ids->isEmpty()) {
        err << (ids ? tr("delete needs conversation ids") : error) << '\n';
        return ExitUsage;
    }
    int result = ExitOk;
    for (qint64 id : *ids) {
        if (!store.deleteConversationPermanently(id)) {
            err << tr("cannot delete conversation %1: %2").arg(id).arg(store.lastError()) << '\n';
            result = ExitFailure;
        }
    }
    return result;
}

} // namespace

QString conversationsCommandUsage()
{
    return tr(
        "Usage: lineup-cli conversations [--data-dir DIR] COMMAND\n"
        "  list [--json]                 conversations, newest first\n"
        "  show ID [--json]              every message with every stored field\n"
        "  usage ID [--json]             requests, tokens, cost and context fill\n"
        "  search QUERY [--json] [--limit N]\n"
        "                                full-text search, matches in [brackets]\n"
        "  export ID... | --all [--format lineup|openai|markdown] [-o FILE]\n"
        "  import FILE...                Lineup JSON or OpenAI request bodies; prints new ids\n"
        "  delete ID...                  delete for good\n"
        "The database is the app's: --data-dir, else LINEUP_DATA_DIR, else the platform "
        "data directory.\n");
}

int runConversationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    const QString usageError = parse(arguments, &options);
    if (options.subcommand == QLatin1String("help") ||
        arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        out << wrapToTerminalWidth(conversationsCommandUsage());
        return ExitOk;
    }
    if (!usageError.isEmpty()) {
        err << usageError << '\n';
        return ExitUsage;
    }
    static const QStringList known{QStringLiteral("list"),   QStringLiteral("show"),
                                   QStringLiteral("usage"),  QStringLiteral("search"),
                                   QStringLiteral("export"), QStringLiteral("import"),
                                   QStringLiteral("delete")};
    if (!known.contains(options.subcommand)) {
        err << (options.subcommand.isEmpty()
                    ? tr("conversations needs a command: list, show, usage, search, export, "
                         "import, delete (see --help)")
                    : tr("unknown conversations command \"%1\" (see --help)")
                          .arg(options.subcommand))
            << '\n';
        return ExitUsage;
    }
    QString error;
    const QString dataDir =
        options.dataDir.isEmpty() ? ConversationStore::defaultDataDir() : options.dataDir;
    const auto store = ConversationStore::open(dataDir, &error);
    if (!store) {
        err << error << '\n';
        return ExitFailure;
    }
    if (options.subcommand == QLatin1String("list"))
        return list(*store, options, out);
    if (options.subcommand == QLatin1String("show"))
        return show(*store, options, out, err);
    if (options.subcommand == QLatin1String("usage")) {
        const auto ids = parseIds(options.positional, &error);
        if (!ids || ids->size() != 1) {
            err << (ids ? tr("usage needs exactly one conversation id") : error) << '\n';
            return ExitUsage;
        }
        return printConversationUsage(*store, ids->first(), options.json, out, err);
    }
    if (options.subcommand == QLatin1String("search"))
        return search(*store, options, out, err);
    if (options.subcommand == QLatin1String("export"))
        return exportCommand(*store, options, out, err);
    if (options.subcommand == QLatin1String("import"))
        return importCommand(*store, options, out, err);
    return deleteCommand(*store, options, err);
}

} // namespace Lineup
