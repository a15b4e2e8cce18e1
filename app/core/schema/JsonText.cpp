#include "JsonText.h"

#include <QStringList>

#include <optional>

namespace Lineup::JsonText {

namespace {

// A single-pass reader over JSON text that records where each value starts and ends. It
// accepts what QJsonDocument accepts closely enough for answers that already parsed; on
// anything malformed it fails instead of guessing.
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(&text)
    {}

    void skipSpace()
    {
        while (m_pos < m_text->size() && isSpace(m_text->at(m_pos)))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text->size(); }
    int pos() const { return m_pos; }
    QChar peek() const { return atEnd() ? QChar() : m_text->at(m_pos); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // A string token starting at the current '"'; its decoded value when wanted.
    bool readString(QString *decoded = nullptr)
    {
        if (!take(u'"'))
            return false;
        while (!atEnd()) {
            const QChar c = m_text->at(m_pos++);
            if (c == u'"')
                return true;
            if (c != u'\\') {
                if (decoded)
                    decoded->append(c);
                continue;
            }
            if (atEnd())
                return false;
            const QChar e = m_text->at(m_pos++);
            if (e == u'u') {
                if (m_pos + 4 > m_text->size())
                    return false;
                bool ok = false;
                const ushort unit = m_text->mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                m_pos += 4;
                if (decoded)
                    decoded->append(QChar(unit));
                continue;
            }
            if (decoded) {
                switch (e.unicode()) {
                case 'n':
                    decoded->append(u'\n');
                    break;
                case 't':
                    decoded->append(u'\t');
                    break;
                case 'r':
                    decoded->append(u'\r');
                    break;
                case 'b':
                    decoded->append(u'\b');
                    break;
                case 'f':
                    decoded->append(u'\f');
                    break;
                default: // " \ /
                    decoded->append(e);
                }
            }
        }
        return false;
    }

    // Skips one value of any kind (the reader stands on its first character).
    bool skipValue()
    {
        const QChar c = peek();
        if (c == u'"')
            return readString();
        if (c == u'{' || c == u'[')
            return skipContainer();
        return readScalar();
    }

    // A number, true, false or null: the run of characters up to a delimiter.
    bool readScalar()
    {
        const int start = m_pos;
        while (!atEnd()) {
            const QChar c = m_text->at(m_pos);
            if (isSpace(c) || c == u',' || c == u']' || c == u'}' || c == u':' || c == u'"' ||
                c == u'[' || c == u'{')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

private:
    static bool isSpace(QChar c) { return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t'; }

    bool skipContainer()
    {
        const QChar close = peek() == u'{' ? u'}' : u']';
        const bool object = close == u'}';
        ++m_pos;
        skipSpace();
        if (take(close))
            return true;
        while (true) {
            skipSpace();
            if (object) {
                if (!readString())
                    return false;
                skipSpace();
                if (!take(u':'))
                    return false;
                skipSpace();
            }
            if (!skipValue())
                return false;
            skipSpace();
            if (take(close))
                return true;
            if (!take(u','))
                return false;
        }
    }

    const QString *m_text; // a pointer, so that readers can be copied and assigned
    int m_pos = 0;
};

QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst(); // before the leading '/'
    for (QString &token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return tokens;
}

// Inside the container at the reader (on its '{' or '['): moves to the member or element named
// `token` and returns where it starts (the key for a member); nullopt when there is none.
std::optional<int> enter(Reader &reader, const QString &token)
{
    const bool object = reader.peek() == u'{';
    if (!object && reader.peek() != u'[')
        return std::nullopt;
    const QChar close = object ? u'}' : u']';
    bool ok = true;
    const int wanted = object ? -1 : token.toInt(&ok);
    if (!ok || (!object && (wanted < 0 || token.startsWith(u'+'))))
        return std::nullopt;
    reader.take(reader.peek());
    reader.skipSpace();
    if (reader.take(close))
        return std::nullopt;
    for (int index = 0;; ++index) {
        reader.skipSpace();
        const int start = reader.pos();
        bool match = index == wanted;
        if (object) {
            QString key;
            if (!reader.readString(&key))
                return std::nullopt;
            match = key == token;
            reader.skipSpace();
            if (!reader.take(u':'))
                return std::nullopt;
            reader.skipSpace();
        }
        if (match)
            return start;
        if (!reader.skipValue())
            return std::nullopt;
        reader.skipSpace();
        if (reader.take(close) || !reader.take(u','))
            return std::nullopt;
    }
}

} // namespace

Range pointerRange(const QString &json, const QString &pointer)
{
    Reader reader(json);
    reader.skipSpace();
    Range range{reader.pos(), -1};
    Reader probe = reader;
    if (reader.atEnd() || !probe.skipValue())
        return {};
    range.end = probe.pos();
    if (pointer.isEmpty() || !pointer.startsWith(u'/'))
        return range;
    for (const QString &token : pointerTokens(pointer)) {
        Reader inner = reader;
        const std::optional<int> start = enter(inner, token);
        if (!start)
            break; // the deepest value on the way
        Reader value = inner;
        if (!value.skipValue())
            return {};
        range = {*start, value.pos()};
        reader = inner;
    }
    return range;
}

QString indented(const QString &json)
{
    Reader reader(json);
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out.append(u'\n');
        out.append(QString(depth * 2, u' '));
    };
    reader.skipSpace();
    while (!reader.atEnd()) {
        const QChar c = reader.peek();
        if (c == u'{' || c == u'[') {
            reader.take(c);
            reader.skipSpace();
            const QChar close = c == u'{' ? u'}' : u']';
            out.append(c);
            if (reader.take(close)) {
                out.append(close); // {} and [] stay on one line
            } else {
                ++depth;
                newline();
            }
        } else if (c == u'}' || c == u']') {
            if (depth == 0)
                return json;
            reader.take(c);
            --depth;
            newline();
            out.append(c);
        } else if (c == u',') {
            reader.take(c);
            out.append(c);
            newline();
        } else if (c == u':') {
            reader.take(c);
            out.append(QLatin1String(": "));
        } else {
            const int start = reader.pos();
            if (!(c == u'"' ? reader.readString() : reader.readScalar()))
                return json;
            out.append(QStringView(json).mid(start, reader.pos() - start));
        }
        reader.skipSpace();
        if (depth == 0 && !reader.atEnd())
            return json; // trailing text: not one value
    }
    return depth == 0 ? out : json;
}

} // namespace Lineup::JsonText
