#include "storage/VoteStore.h"

#include "storage/ConversationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Lineup {

namespace {

QString outcomeName(VoteOutcome outcome)
{
    switch (outcome) {
    case VoteOutcome::Winner:
        return QStringLiteral("winner");
    case VoteOutcome::Tie:
        return QStringLiteral("tie");
    case VoteOutcome::BothBad:
        return QStringLiteral("both_bad");
    case VoteOutcome::Order:
        return QStringLiteral("order");
    }
    return {};
}

std::optional<VoteOutcome> outcomeFromName(const QString &name)
{
    for (VoteOutcome outcome :
         {VoteOutcome::Winner, VoteOutcome::Tie, VoteOutcome::BothBad, VoteOutcome::Order}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

QString contendersJson(const QList<VoteContender> &contenders)
{
    QJsonArray array;
    for (const VoteContender &contender : contenders)
        array.append(QJsonObject{{QStringLiteral("model"), contender.model},
                                 {QStringLiteral("profile"), contender.profileId}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<VoteContender> contendersFromJson(const QString &text)
{
    QList<VoteContender> contenders;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        contenders.append({object.value(QStringLiteral("model")).toString(),
                           object.value(QStringLiteral("profile")).toString()});
    }
    return contenders;
}

QString orderJson(const QList<int> &order)
{
    QJsonArray array;
    for (int pane : order)
        array.append(pane);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> orderFromJson(const QString &text)
{
    QList<int> order;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        order.append(value.toInt(-1));
    return order;
}

// QtSql binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString selectVotes()
{
    return QStringLiteral("SELECT id, comparison_id, prompt, contenders, outcome, winner,"
                          " pane_order, tag, created_at, identity_flagged, counted FROM votes");
}

// Null when the row does not make a vote (written by something else than this build).
std::optional<Vote> readVote(const QSqlQuery &query)
{
    Vote vote;
    vote.id = query.value(0).toLongLong();
    vote.comparisonId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    vote.prompt = query.value(2).toString();
    vote.contenders = contendersFromJson(query.value(3).toString());
    const std::optional<VoteOutcome> outcome = outcomeFromName(query.value(4).toString());
    if (!outcome)
        return std::nullopt;
    vote.outcome = *outcome;
    vote.winner = query.value(5).toInt();
    vote.order = orderFromJson(query.value(6).toString());
    vote.tag = query.value(7).toString();
    if (!query.value(8).isNull())
        vote.time = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    vote.identityFlagged = query.value(9).toBool();
    vote.counted = query.value(10).toBool();
    if (!vote.problem().isNull())
        return std::nullopt;
    return vote;
}

} // namespace

VoteStore::VoteStore(ConversationStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

bool VoteStore::insert(const Vote &vote, qint64 *id, bool keepId)
{
    if (const QString problem = vote.problem(); !problem.isNull()) {
        m_lastError = tr("not a vote: %1").arg(problem);
        return false;
    }
    // keepId: the row comes back as it was (undo), under its old id.
    QSqlQuery &query = m_store.preparedQuery(QStringLiteral(
        "INSERT OR REPLACE INTO votes (id, comparison_id, prompt, contenders, outcome, winner,"
        " pane_order, tag, created_at, identity_flagged, counted)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, keepId && vote.id > 0 ? QVariant(vote.id)
                                             : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(1, vote.comparisonId > 0 ? QVariant(vote.comparisonId)
                                             : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(2, text(vote.prompt));
    query.bindValue(3, contendersJson(vote.contenders));
    query.bindValue(4, outcomeName(vote.outcome));
    query.bindValue(5, vote.outcome == VoteOutcome::Tie || vote.outcome == VoteOutcome::BothBad
                           ? -1
                           : vote.winner);
    query.bindValue(6, orderJson(vote.outcome == VoteOutcome::Order ? vote.order : QList<int>()));
    query.bindValue(7, text(vote.tag));
    query.bindValue(8, vote.time.isValid() ? QVariant(vote.time.toMSecsSinceEpoch())
                                           : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(9, vote.identityFlagged);
    query.bindValue(10, vote.counted);
    if (!query.exec()) {
        m_lastError = tr("cannot store the vote: %1").arg(query.lastError().text());
        query.finish();
        return false;
    }
    *id = query.lastInsertId().toLongLong();
    query.finish();
    return true;
}

qint64 VoteStore::add(const Vote &vote)
{
    m_lastError.clear();
    qint64 id = 0;
    if (!insert(vote, &id))
        return 0;
    Q_EMIT votesChanged();
    return id;
}

bool VoteStore::addAll(const QList<Vote> &votes)
{
    return insertAll(votes, false);
}

bool VoteStore::insertAll(const QList<Vote> &votes, bool keepIds)
{
    m_lastError.clear();
    const bool ok = m_store.inTransaction([&] {
        for (const Vote &vote : votes) {
            qint64 id = 0;
            if (!insert(vote, &id, keepIds))
                return false;
        }
        return true;
    });
    if (!ok && m_lastError.isEmpty())
        m_lastError = m_store.lastError();
    if (ok && !votes.isEmpty())
        Q_EMIT votesChanged();
    return ok;
}

QList<Vote> VoteStore::votes(const VoteFilter &filter) const
{
    QList<Vote> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(selectVotes() + QStringLiteral(" ORDER BY id"))) {
        m_lastError = tr("cannot read the votes: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        std::optional<Vote> vote = readVote(query);
        if (vote && filter.matches(*vote))
            result.append(std::move(*vote));
    }
    return result;
}

QList<Vote> VoteStore::votesOf(qint64 comparisonId) const
{
    QList<Vote> result;
    QSqlQuery query(m_store.database());
    query.prepare(selectVotes() + QStringLiteral(" WHERE comparison_id = ? ORDER BY id"));
    query.addBindValue(comparisonId);
    if (!query.exec()) {
        m_lastError = tr("cannot read the votes: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        if (std::optional<Vote> vote = readVote(query))
            result.append(std::move(*vote));
    }
    return result;
}

int VoteStore::count() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM votes")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList VoteStore::tags() const
{
    QStringList result;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral(
            "SELECT tag FROM votes WHERE tag <> ''"
            " GROUP BY tag COLLATE NOCASE ORDER BY count(*) DESC, tag COLLATE NOCASE"))) {
        m_lastError = tr("cannot read the tags: %1").arg(query.lastError().text());
        return result;
    }
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool VoteStore::remove(qint64 voteId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM votes WHERE id = ?"));
    query.addBindValue(voteId);
    if (!query.exec()) {
        m_lastError = tr("cannot delete the vote: %1").arg(query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() <= 0)
        return false;
    Q_EMIT votesChanged();
    return true;
}

bool VoteStore::restore(const QList<Vote> &votes)
{
    return insertAll(votes, true);
}

int VoteStore::deleteVotesOf(qint64 comparisonId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM votes WHERE comparison_id = ?"));
    query.addBindValue(comparisonId);
    if (!query.exec()) {
        m_lastError = tr("cannot delete the comparison's votes: %1").arg(query.lastError().text());
        return -1;
    }
    const int deleted = query.numRowsAffected();
    if (deleted > 0)
        Q_EMIT votesChanged();
    return deleted;
}

int VoteStore::keepVotesOf(qint64 comparisonId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE votes SET comparison_id = NULL WHERE comparison_id = ?"));
    query.addBindValue(comparisonId);
    if (!query.exec()) {
        m_lastError = tr("cannot keep the comparison's votes: %1").arg(query.lastError().text());
        return -1;
    }
    const int kept = query.numRowsAffected();
    if (kept > 0)
        Q_EMIT votesChanged();
    return kept;
}

} // namespace Lineup
