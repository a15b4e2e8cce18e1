#pragma once

#include "CliCommon.h"

#include "api/Endpoint.h"
#include "api/RequestBuilder.h"

namespace Lineup::Cli {

// Everything `lineup-cli chat` was asked to do, checked and loaded (files read, parameters
// typed) before any network traffic.
struct ChatInvocation
{
    TargetChoice target;
    ChatRequest request; // model and messages filled in; the model may still carry a prefix
    ClientOptions clientOptions;
    bool json = false;
    QString eventsPath; // "-" for stdout, empty for none
    bool save = false;
    qint64 conversationId = 0;     // --conversation: continue this saved conversation
    bool expectJsonAnswer = false; // --schema or response_format json_*: check the answer
    // --tool-result CALL_ID=TEXT|@FILE: results for the saved conversation's last tool calls,
    // in the order given; no prompt then.
    QList<QPair<QString, QString>> toolResults;
    QString systemText;
    QString developerText;
};

// Parses and loads `chat` arguments. Returns -1 to go on, else the exit code of a usage error
// or --help (already printed).
int parseChatInvocation(const QStringList &arguments, Console &console, ChatInvocation *chat);

QString chatUsageLine();

} // namespace Lineup::Cli
