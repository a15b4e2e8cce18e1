#pragma once

#include "CliCommon.h"

#include "chat/ChatMessage.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Lineup::Cli {

// Options that shape a chat request, shared by `chat` and `compare`. Each loader prints its own
// error and returns ExitSuccess or the exit code (ExitUsage).

// --param name=value: typed by the parameter catalog; `option` names the option in errors
// ("--param", "--pane-param 2:"). Refuses model, messages and stream. With `allowNull`, the
// value `null` stands for "not sent" (a pane override).
int parseParameter(const QString &option, const QString &argument, Console &console, QString *name,
                   QJsonValue *value, bool allowNull = false);
// --schema FILE: a bare JSON Schema or the whole {"name","schema","strict"} object, as a
// response_format.
int loadSchema(const QString &path, Console &console, QJsonObject *responseFormat);
// --tools FILE: an array of tools (or {"tools": [...]}); bare function definitions are wrapped.
int loadTools(const QString &path, Console &console, QJsonArray *tools);
// --image FILE[:low|high|auto].
int loadImage(const QString &argument, Console &console, QList<ContentPart> *parts);
// --NAME SEC into milliseconds (unchanged when the option is not set).
int parseSeconds(const QCommandLineParser &parser, const QString &name, Console &console,
                 int *milliseconds);
// The prompt from the positional arguments, or stdin for a lone "-".
QString readPrompt(const QStringList &positional, bool *fromStdin);
// Reads a file, "-" being stdin.
bool readInputFile(const QString &path, QByteArray *data, QString *error);

// --param, --schema and --tools into `parameters` (in that order, each checked against the
// others). Sets *expectJsonAnswer when the answer must be JSON (--schema, json_* format).
// --schema, --tools and --image, as chat and compare both offer them (read back by
// loadParameterOptions and loadUserTurn).
void addPayloadOptions(QCommandLineParser &parser);
int loadParameterOptions(const QCommandLineParser &parser, Console &console,
                         QJsonObject *parameters, bool *expectJsonAnswer);
// The user's turn: the prompt (positional or stdin) with the --image attachments.
int loadUserTurn(const QCommandLineParser &parser, Console &console, ChatMessage *user);

} // namespace Lineup::Cli
