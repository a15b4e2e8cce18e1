#include "comparison/Comparison.h"

#include <QJsonValue>

#include <algorithm>

namespace Lineup {

namespace {

const QLatin1String ParametersKey("parameters");
const QLatin1String SystemPromptKey("system_prompt");

} // namespace

QJsonObject PaneOverrides::toJson() const
{
    QJsonObject object;
    if (!parameters.isEmpty())
        object.insert(ParametersKey, parameters);
    if (systemPrompt)
        object.insert(SystemPromptKey, *systemPrompt);
    return object;
}

PaneOverrides PaneOverrides::fromJson(const QJsonObject &object)
{
    PaneOverrides overrides;
    overrides.parameters = object.value(ParametersKey).toObject();
    const QJsonValue prompt = object.value(SystemPromptKey);
    if (prompt.isString())
        overrides.systemPrompt = prompt.toString();
    return overrides;
}

ConversationInfo effectiveSettings(const ConversationInfo &shared, const ComparisonPane &pane)
{
    ConversationInfo info = pane.conversation;
    info.kind = ConversationKind::Conversation;
    info.paneCount = 0;
    if (shared.id != 0)
        info.comparisonId = shared.id;
    info.systemRole = shared.systemRole;
    info.systemPrompt = pane.overrides.systemPrompt.value_or(shared.systemPrompt);
    info.parameters = shared.parameters;
    for (auto it = pane.overrides.parameters.constBegin();
         it != pane.overrides.parameters.constEnd(); ++it) {
        // null: the pane leaves out a parameter the shared settings send.
        if (it.value().isNull())
            info.parameters.remove(it.key());
        else
            info.parameters.insert(it.key(), it.value());
    }
    return info;
}

QStringList overriddenKeys(const ConversationInfo &shared, const ComparisonPane &pane)
{
    QStringList keys;
    for (auto it = pane.overrides.parameters.constBegin();
         it != pane.overrides.parameters.constEnd(); ++it) {
        const bool differs = it.value().isNull() ? shared.parameters.contains(it.key())
                                                 : shared.parameters.value(it.key()) != it.value();
        if (differs)
            keys.append(it.key());
    }
    if (pane.overrides.systemPrompt && *pane.overrides.systemPrompt != shared.systemPrompt)
        keys.append(SystemPromptKey);
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace Lineup
