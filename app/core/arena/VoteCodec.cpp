#include "arena/VoteCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Lineup::VoteCodec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::VoteCodec", text);
}

QLatin1String winnerTie()
{
    return QLatin1String("tie");
}
QLatin1String winnerBothBad()
{
    return QLatin1String("both_bad");
}

QString modelKey(int pane)
{
    return QStringLiteral("model_") + paneLetter(pane);
}
QString profileKey(int pane)
{
    return QStringLiteral("profile_") + paneLetter(pane);
}

// One value as compact JSON text (QJsonDocument only writes arrays and objects).
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Written by hand rather than through QJsonObject, which sorts its keys: the line reads in the
// order the format is documented in (models, winner, tag, time).
class LineWriter
{
public:
    void add(const QString &key, const QJsonValue &value)
    {
        m_line += (m_line.size() > 1 ? "," : "") + jsonText(key) + ':' + jsonText(value);
    }
    QByteArray finish() { return m_line + '}'; }

private:
    QByteArray m_line = "{";
};

QString winnerText(const Vote &vote)
{
    switch (vote.outcome) {
    case VoteOutcome::Tie:
        return winnerTie();
    case VoteOutcome::BothBad:
        return winnerBothBad();
    case VoteOutcome::Winner:
    case VoteOutcome::Order:
        break;
    }
    return paneLetter(vote.winner);
}

QString timeText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

bool isKnownKey(const QString &key)
{
    static const QSet<QString> fixed{QStringLiteral("winner"), QStringLiteral("tag"),
                                     QStringLiteral("time"),   QStringLiteral("order"),
                                     QStringLiteral("prompt"), QStringLiteral("identity_flag"),
                                     QStringLiteral("counted")};
    if (fixed.contains(key))
        return true;
    for (const QLatin1String prefix : {QLatin1String("model_"), QLatin1String("profile_")}) {
        if (key.startsWith(prefix) && paneFromLetter(QStringView(key).mid(prefix.size())) >= 0)
            return true;
    }
    return false;
}

std::optional<Vote> fail(QString *reason, const QString &why)
{
    if (reason)
        *reason = why;
    return std::nullopt;
}

// Reads "winner" (and "order") into the vote whose contenders are already known.
QString readOutcome(const QJsonObject &object, Vote &vote)
{
    const QJsonValue winnerValue = object.value(QStringLiteral("winner"));
    if (winnerValue.isUndefined())
        return tr("\"winner\" is missing");
    const QString winner = winnerValue.toString();
    const QString allowed = vote.paneCount() == 2
                                ? tr("\"a\", \"b\", \"tie\" or \"both_bad\"")
                                : tr("a model letter (\"a\" to \"%1\"), \"tie\" or \"both_bad\"")
                                      .arg(paneLetter(vote.paneCount() - 1));
    if (!winnerValue.isString())
        return tr("\"winner\" must be %1").arg(allowed);
    if (winner == winnerTie()) {
        vote.outcome = VoteOutcome::Tie;
    } else if (winner == winnerBothBad()) {
        vote.outcome = VoteOutcome::BothBad;
    } else {
        const int pane = paneFromLetter(winner);
        if (pane < 0 || pane >= vote.paneCount())
            return tr("\"winner\" is \"%1\"; it must be %2").arg(winner, allowed);
        vote.outcome = VoteOutcome::Winner;
        vote.winner = pane;
    }

    const QJsonValue orderValue = object.value(QStringLiteral("order"));
    if (orderValue.isUndefined())
        return {};
    if (vote.outcome != VoteOutcome::Winner)
        return tr("\"order\" cannot go with a winner of \"%1\"").arg(winner);
    if (!orderValue.isArray())
        return tr("\"order\" must be an array of model letters");
    vote.outcome = VoteOutcome::Order;
    for (const QJsonValue &letter : orderValue.toArray()) {
        const int pane = paneFromLetter(letter.toString());
        if (!letter.isString() || pane < 0 || pane >= vote.paneCount())
            return tr("\"order\" must list the model letters \"a\" to \"%1\"")
                .arg(paneLetter(vote.paneCount() - 1));
        vote.order.append(pane);
    }
    return {};
}

} // namespace

QByteArray toJsonLine(const Vote &vote)
{
    LineWriter line;
    for (int pane = 0; pane < vote.paneCount(); ++pane)
        line.add(modelKey(pane), vote.contenders.at(pane).model);
    line.add(QStringLiteral("winner"), winnerText(vote));
    if (vote.outcome == VoteOutcome::Order) {
        QJsonArray order;
        for (int pane : vote.order)
            order.append(paneLetter(pane));
        line.add(QStringLiteral("order"), order);
    }
    if (!vote.tag.isEmpty())
        line.add(QStringLiteral("tag"), vote.tag);
    if (vote.time.isValid())
        line.add(QStringLiteral("time"), timeText(vote.time));
    for (int pane = 0; pane < vote.paneCount(); ++pane) {
        if (!vote.contenders.at(pane).profileId.isEmpty())
            line.add(profileKey(pane), vote.contenders.at(pane).profileId);
    }
    if (!vote.prompt.isEmpty())
        line.add(QStringLiteral("prompt"), vote.prompt);
    if (vote.identityFlagged)
        line.add(QStringLiteral("identity_flag"), true);
    if (!vote.counted)
        line.add(QStringLiteral("counted"), false);
    return line.finish();
}

std::optional<Vote> fromJsonLine(QByteArrayView line, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(reason, tr("not JSON: %1 at character %2")
                                .arg(parseError.errorString())
                                .arg(parseError.offset + 1));
    if (!document.isObject())
        return fail(reason, tr("a vote must be a JSON object"));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isKnownKey(it.key()))
            return fail(reason, tr("unknown key \"%1\"").arg(it.key()));
    }

    Vote vote;
    for (int pane = 0; pane < Vote::MaxPanes; ++pane) {
        const QJsonValue model = object.value(modelKey(pane));
        if (model.isUndefined())
            break;
        if (!model.isString() || model.toString().trimmed().isEmpty())
            return fail(reason, tr("\"%1\" must be a model name").arg(modelKey(pane)));
        const QJsonValue profile = object.value(profileKey(pane));
        if (!profile.isUndefined() && !profile.isString())
            return fail(reason, tr("\"%1\" must be a string").arg(profileKey(pane)));
        vote.contenders.append({model.toString(), profile.toString()});
    }
    if (vote.paneCount() < 2)
        return fail(reason, tr("\"model_a\" and \"model_b\" are required"));
    for (int pane = vote.paneCount(); pane < Vote::MaxPanes; ++pane) {
        for (const QString &key : {modelKey(pane), profileKey(pane)}) {
            if (object.contains(key))
                return fail(reason, tr("\"%1\" without \"%2\"").arg(key, modelKey(pane - 1)));
        }
    }

    if (const QString problem = readOutcome(object, vote); !problem.isNull())
        return fail(reason, problem);

    const QJsonValue tag = object.value(QStringLiteral("tag"));
    if (!tag.isUndefined() && !tag.isString())
        return fail(reason, tr("\"tag\" must be a string"));
    vote.tag = tag.toString().trimmed();

    const QJsonValue time = object.value(QStringLiteral("time"));
    if (!time.isUndefined()) {
        vote.time = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
        if (!time.isString() || !vote.time.isValid())
            return fail(reason, tr("\"time\" must be an ISO 8601 date and time, such as "
                                   "2026-12-07T11:25:00Z"));
        vote.time = vote.time.toUTC();
    }

    const QJsonValue prompt = object.value(QStringLiteral("prompt"));
    if (!prompt.isUndefined() && !prompt.isString())
        return fail(reason, tr("\"prompt\" must be a string"));
    vote.prompt = prompt.toString();

    const QJsonValue flag = object.value(QStringLiteral("identity_flag"));
    const QJsonValue counted = object.value(QStringLiteral("counted"));
    if ((!flag.isUndefined() && !flag.isBool()) || (!counted.isUndefined() && !counted.isBool()))
        return fail(reason, tr("\"identity_flag\" and \"counted\" must be true or false"));
    vote.identityFlagged = flag.toBool(false);
    vote.counted = counted.toBool(true);

    if (const QString problem = vote.problem(); !problem.isNull())
        return fail(reason, problem);
    return vote;
}

QByteArray toJsonLines(const QList<Vote> &votes)
{
    QByteArray data;
    for (const Vote &vote : votes)
        data += toJsonLine(vote) + '\n';
    return data;
}

ParseResult fromJsonLines(const QByteArray &data)
{
    ParseResult result;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        if (line.isEmpty())
            continue;
        QString reason;
        if (std::optional<Vote> vote = fromJsonLine(line, &reason))
            result.votes.append(*vote);
        else
            result.errors.append({int(index + 1), reason});
    }
    return result;
}

} // namespace Lineup::VoteCodec
