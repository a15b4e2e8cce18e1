#pragma once

#include "CliCommon.h"

#include "api/Endpoint.h"
#include "chat/ChatMessage.h"

#include <QJsonObject>
#include <QList>

namespace Lineup::Cli {

// Everything `lineup-cli compare` was asked to do, checked and loaded before any network traffic.
struct CompareInvocation
{
    TargetChoice target;              // shared --profile / --base-url / --key-env
    QStringList models;               // --model, in order (each may carry a profile/ prefix)
    QList<QJsonObject> paneOverrides; // per model: --pane-param N:name=value (null: not sent)
    QJsonObject parameters;           // shared: --param, --schema, --tools
    std::optional<QString> systemText;
    ChatMessage user; // the prompt with its images
    ClientOptions clientOptions;
    bool json = false;
    bool save = false;
    bool expectJsonAnswer = false;
    bool applyModelRules = true;
};

// Parses and loads `compare` arguments. Returns -1 to go on, else the exit code of a usage error
// or --help (already printed).
int parseCompareInvocation(const QStringList &arguments, Console &console,
                           CompareInvocation *compare);

QString compareUsageLine();

} // namespace Lineup::Cli
