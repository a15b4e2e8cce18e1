// ConversationStore: full-text search. Words in scripts written without spaces (Chinese,
// Japanese, Korean) cannot be found inside FTS5's unicode61 tokens, which run to the next
// punctuation; those words are matched as substrings instead.
#include "storage/ConversationStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Lineup {

namespace {

const QChar MatchOpen(0xE000);
const QChar MatchClose(0xE001);
const QChar Ellipsis(0x2026);
constexpr int SnippetBefore = 16; // characters of context before a substring match
constexpr int SnippetLength = 64;

bool isUnspacedScript(QChar ch)
{
    switch (ch.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

struct SearchTerms
{
    QStringList indexed;    // found through the FTS index, as prefixes
    QStringList substrings; // CJK words, found anywhere in the text
};

SearchTerms splitTerms(const QString &text)
{
    SearchTerms terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (std::any_of(word.cbegin(), word.cend(), isUnspacedScript)) {
            terms.substrings.append(word);
            continue;
        }
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms.indexed.append(word);
    }
    return terms;
}

// Every word becomes a quoted prefix term, so user input never reaches FTS5 query syntax.
QString ftsQuery(const QStringList &words)
{
    QStringList terms;
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

// FTS5's snippet() output: plain text with the matches between the private-use markers.
void readMarkedSnippet(const QString &marked, SearchHit *hit)
{
    int open = -1;
    for (QChar ch : marked) {
        if (ch == MatchOpen) {
            open = int(hit->snippet.size());
        } else if (ch == MatchClose && open >= 0) {
            hit->highlights.append({open, int(hit->snippet.size()) - open});
            open = -1;
        } else {
            hit->snippet += ch;
        }
    }
}

// A snippet around the first substring match, with every query word highlighted in it (an
// indexed word as FTS5 would: the whole word it is a prefix of).
void buildSnippet(const QString &text, const SearchTerms &terms, SearchHit *hit)
{
    const qsizetype first = text.indexOf(terms.substrings.constFirst(), 0, Qt::CaseInsensitive);
    const qsizetype start = qMax<qsizetype>(0, first - SnippetBefore);
    const qsizetype end = qMin(text.size(), start + SnippetLength);
    const QString window = text.mid(start, end - start);
    const int offset = start > 0 ? 1 : 0;
    hit->snippet = (start > 0 ? QString(Ellipsis) : QString()) + window +
                   (end < text.size() ? QString(Ellipsis) : QString());
    QList<QPair<int, int>> ranges;
    for (const QString &word : terms.substrings) {
        for (qsizetype at = window.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = window.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(word.size())});
    }
    for (const QString &word : terms.indexed) {
        for (qsizetype at = window.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = window.indexOf(word, at + 1, Qt::CaseInsensitive)) {
            if (at > 0 && window.at(at - 1).isLetterOrNumber())
                continue;
            qsizetype wordEnd = at + word.size();
            while (wordEnd < window.size() && window.at(wordEnd).isLetterOrNumber())
                ++wordEnd;
            ranges.append({int(at), int(wordEnd - at)});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    int coveredTo = 0;
    for (const auto &[at, length] : std::as_const(ranges)) {
        if (at < coveredTo)
            continue; // overlaps the previous highlight
        hit->highlights.append({at + offset, length});
        coveredTo = at + length;
    }
}

} // namespace

QList<SearchHit> ConversationStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const SearchTerms terms = splitTerms(text);
    if ((terms.indexed.isEmpty() && terms.substrings.isEmpty()) || limit <= 0)
        return hits;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (terms.substrings.isEmpty()) {
        query.prepare(QStringLiteral(
            "SELECT m.id, m.conversation_id, coalesce(parent.title, c.title), m.role,"
            " m.created_at, c.comparison_id,"
            " snippet(messages_fts, -1, :open, :close, :ellipsis, 16)"
            " FROM messages_fts"
            " JOIN messages m ON m.id = messages_fts.rowid"
            " JOIN conversations c ON c.id = m.conversation_id"
            " LEFT JOIN conversations parent ON parent.id = c.comparison_id"
            " WHERE messages_fts MATCH :match AND c.deleted_at IS NULL"
            // Newest first: FTS5 walks its doclists backwards and stops at the limit, where
            // ORDER BY rank would score every match (hundreds of ms for a common word in 100k).
            " ORDER BY messages_fts.rowid DESC LIMIT :limit"));
        query.bindValue(QStringLiteral(":open"), QString(MatchOpen));
        query.bindValue(QStringLiteral(":close"), QString(MatchClose));
        query.bindValue(QStringLiteral(":ellipsis"), QString(Ellipsis));
    } else {
        // Messages newest first (CROSS JOIN keeps them the outer loop, so the scan stops at the
        // limit), filtered by the index for the other words.
        QString sql = QStringLiteral(
            "SELECT m.id, m.conversation_id, coalesce(parent.title, c.title), m.role,"
            " m.created_at, c.comparison_id, m.text, m.reasoning"
            " FROM messages m CROSS JOIN conversations c"
            " LEFT JOIN conversations parent ON parent.id = c.comparison_id"
            " WHERE c.id = m.conversation_id AND c.deleted_at IS NULL");
        if (!terms.indexed.isEmpty())
            sql += QStringLiteral(
                " AND m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match)");
        for (int i = 0; i < terms.substrings.size(); ++i)
            sql += QStringLiteral(" AND (m.text LIKE :t%1 ESCAPE '\\'"
                                  " OR m.reasoning LIKE :r%1 ESCAPE '\\')")
                       .arg(i);
        sql += QStringLiteral(" ORDER BY m.id DESC LIMIT :limit");
        query.prepare(sql);
        for (int i = 0; i < terms.substrings.size(); ++i) {
            const QString pattern = likePattern(terms.substrings.at(i));
            query.bindValue(QStringLiteral(":t%1").arg(i), pattern);
            query.bindValue(QStringLiteral(":r%1").arg(i), pattern);
        }
    }
    if (!terms.indexed.isEmpty())
        query.bindValue(QStringLiteral(":match"), ftsQuery(terms.indexed));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        setError(query.lastError().text());
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toLongLong();
        hit.title = query.value(2).toString();
        hit.role = roleFromName(query.value(3).toString()).value_or(Role::User);
        hit.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        // A hit in a pane opens its comparison, at that pane.
        if (const qint64 comparisonId = query.value(5).toLongLong(); comparisonId > 0) {
            hit.paneConversationId = hit.conversationId;
            hit.conversationId = comparisonId;
        }
        if (terms.substrings.isEmpty()) {
            readMarkedSnippet(query.value(6).toString(), &hit);
        } else {
            const QString messageText = query.value(6).toString();
            const bool inText =
                messageText.contains(terms.substrings.constFirst(), Qt::CaseInsensitive);
            buildSnippet(inText ? messageText : query.value(7).toString(), terms, &hit);
        }
        hits.append(hit);
    }
    return hits;
}

} // namespace Lineup
