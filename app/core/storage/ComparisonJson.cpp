#include "storage/ComparisonJson.h"

#include "storage/RecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Lineup::ComparisonJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::ComparisonJson", text);
}

bool fail(QString *error, const QString &path, const QString &what)
{
    if (error)
        *error = path + QStringLiteral(": ") + what;
    return false;
}

} // namespace

QJsonObject toJson(const ConversationInfo &shared, const QList<ComparisonPaneData> &panes,
                   bool withIds)
{
    QJsonObject object = RecordJson::conversationToJson(shared, {}, withIds);
    // The shared row's own profile, model and messages are unused: each pane has its own.
    for (const char *unused : {"messages", "profile_id", "model"})
        object.remove(QLatin1String(unused));
    object.insert(QStringLiteral("kind"), QStringLiteral("comparison"));
    QJsonArray array;
    for (const ComparisonPaneData &data : panes) {
        QJsonObject pane =
            RecordJson::conversationToJson(data.pane.conversation, data.messages, withIds);
        pane.insert(QStringLiteral("position"), data.pane.position);
        pane.insert(QStringLiteral("overrides"), data.pane.overrides.toJson());
        array.append(pane);
    }
    object.insert(QStringLiteral("panes"), array);
    return object;
}

bool isComparison(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("kind")).toString() == QLatin1String("comparison");
}

std::optional<ConversationInfo> fromJson(const QJsonValue &value, const QString &path,
                                         QList<ComparisonPaneData> *panes, QString *error)
{
    if (!value.isObject()) {
        fail(error, path, tr("must be an object"));
        return std::nullopt;
    }
    // The shared settings read like a conversation's head (which needs a messages array).
    QJsonObject head = value.toObject();
    head.insert(QStringLiteral("messages"), QJsonArray());
    QJsonArray ignored;
    auto shared = RecordJson::conversationHeadFromJson(head, path, &ignored, error);
    if (!shared)
        return std::nullopt;
    shared->kind = ConversationKind::Comparison;
    shared->profileId.clear();
    shared->model.clear();
    const QString panesPath = path + QStringLiteral(".panes");
    const QJsonValue paneValues = value.toObject().value(QStringLiteral("panes"));
    if (!paneValues.isArray()) {
        fail(error, panesPath,
             paneValues.isUndefined() ? tr("is required") : tr("must be an array"));
        return std::nullopt;
    }
    const QJsonArray array = paneValues.toArray();
    if (array.size() < Comparison::MinPanes || array.size() > Comparison::MaxPanes) {
        fail(error, panesPath,
             tr("must hold %1 to %2 panes").arg(Comparison::MinPanes).arg(Comparison::MaxPanes));
        return std::nullopt;
    }
    panes->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString panePath = panesPath + QStringLiteral("[%1]").arg(i);
        ComparisonPaneData data;
        const auto info =
            RecordJson::conversationFromJson(array.at(i), panePath, &data.messages, error);
        if (!info)
            return std::nullopt;
        data.pane.conversation = *info;
        const QJsonObject object = array.at(i).toObject();
        const QJsonValue position = object.value(QStringLiteral("position"));
        if (position.isUndefined()) {
            data.pane.position = int(i);
        } else if (!position.isDouble() || position.toDouble() != double(position.toInt()) ||
                   position.toInt() < 0) {
            fail(error, panePath + QStringLiteral(".position"),
                 tr("must be a non-negative integer"));
            return std::nullopt;
        } else {
            data.pane.position = position.toInt();
        }
        const QJsonValue overrides = object.value(QStringLiteral("overrides"));
        if (!overrides.isUndefined() && !overrides.isNull() && !overrides.isObject()) {
            fail(error, panePath + QStringLiteral(".overrides"), tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject overrideObject = overrides.toObject();
        const QJsonValue overrideParameters = overrideObject.value(QStringLiteral("parameters"));
        if (!overrideParameters.isUndefined() && !overrideParameters.isObject()) {
            fail(error, panePath + QStringLiteral(".overrides.parameters"),
                 tr("must be an object"));
            return std::nullopt;
        }
        const QJsonValue overridePrompt = overrideObject.value(QStringLiteral("system_prompt"));
        if (!overridePrompt.isUndefined() && !overridePrompt.isString()) {
            fail(error, panePath + QStringLiteral(".overrides.system_prompt"),
                 tr("must be a string"));
            return std::nullopt;
        }
        data.pane.overrides = PaneOverrides::fromJson(overrideObject);
        panes->append(data);
    }
    std::stable_sort(panes->begin(), panes->end(),
                     [](const ComparisonPaneData &a, const ComparisonPaneData &b) {
                         return a.pane.position < b.pane.position;
                     });
    for (qsizetype i = 1; i < panes->size(); ++i) {
        if (panes->at(i).pane.position == panes->at(i - 1).pane.position) {
            fail(error, panesPath,
                 tr("two panes have position %1").arg(panes->at(i).pane.position));
            return std::nullopt;
        }
    }
    return shared;
}

} // namespace Lineup::ComparisonJson
