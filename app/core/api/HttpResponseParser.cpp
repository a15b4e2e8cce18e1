#include "api/HttpResponseParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lineup {

namespace {

// A chunk-size line is a few hex digits and rarely an extension; this is far above any real one.
constexpr qsizetype MaxChunkLineBytes = 1024;
// 2^40 bytes: a length above this is a lie, whatever the service's reasons; refused before it
// can overflow anything.
constexpr qint64 MaxDeclaredLength = qint64(1) << 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("Lineup::HttpResponseParser", text);
}

// A non-negative decimal (Content-Length) or hex (chunk size) number, or -1 when the text is
// not one or names more than MaxDeclaredLength.
qint64 parseLength(QByteArrayView text, int base)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * base + digit;
        if (value > MaxDeclaredLength)
            return -1;
    }
    return value;
}

} // namespace

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponseParser::takeBody(qsizetype maxSize)
{
    if (maxSize >= m_body.size())
        return std::exchange(m_body, QByteArray());
    QByteArray piece = m_body.left(maxSize);
    m_body.remove(0, maxSize);
    return piece;
}

void HttpResponseParser::fail(const QString &reason)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_error = reason;
}

void HttpResponseParser::feed(const char *data, qsizetype size)
{
    while (size > 0 && (m_state == State::Head || m_state == State::Body)) {
        const qsizetype used = m_state == State::Head ? feedHead(data, size) : feedBody(data, size);
        data += used;
        size -= used;
    }
    // Bytes after a complete response are ignored: the request asked the server to close.
}

void HttpResponseParser::finish()
{
    if (m_state == State::Body && m_framing == BodyFraming::UntilClose) {
        m_state = State::Complete;
        return;
    }
    if (m_state == State::Head)
        fail(m_head.isEmpty() ? tr("The connection closed before the service answered.")
                              : tr("The connection closed in the middle of the response head."));
    else if (m_state == State::Body)
        fail(tr("The connection closed before the whole response arrived."));
}

qsizetype HttpResponseParser::feedHead(const char *data, qsizetype size)
{
    // The head ends at the first empty line; it may arrive split anywhere, even inside CRLF.
    const qsizetype before = m_head.size();
    const qsizetype room = MaxHeadBytes - before;
    m_head.append(data, std::min(size, room + 4));
    // The first terminator wins ("\r\n\r\n\n" ends after four bytes, not five).
    qsizetype start = -1;
    qsizetype end = -1;
    for (const char *terminator : {"\r\n\r\n", "\n\n"}) {
        const qsizetype at = m_head.indexOf(terminator, std::max<qsizetype>(0, before - 3));
        if (at >= 0 && (start < 0 || at < start)) {
            start = at;
            end = at + qsizetype(qstrlen(terminator));
        }
    }
    // Checked the same way whether the head arrived whole or in pieces.
    if ((end < 0 && m_head.size() > MaxHeadBytes) || end > MaxHeadBytes) {
        fail(tr("The response head is larger than %1 bytes.").arg(MaxHeadBytes));
        return size;
    }
    if (end < 0)
        return size;
    const qsizetype used = end - before;
    m_head.truncate(end);
    if (!parseHead())
        return size;
    m_head.clear();
    if (m_status < 200) {
        m_status = 0; // an interim 1xx answer: the real one follows
        m_headers.clear();
        return used;
    }
    if (chooseFraming())
        m_state = m_framing == BodyFraming::None ? State::Complete : State::Body;
    return used;
}

bool HttpResponseParser::parseHead()
{
    QList<QByteArrayView> lines;
    QByteArrayView rest(m_head);
    while (!rest.isEmpty()) {
        qsizetype lf = rest.indexOf('\n');
        if (lf < 0)
            lf = rest.size();
        QByteArrayView line = rest.first(lf);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
        rest = rest.sliced(std::min(rest.size(), lf + 1));
    }
    // "HTTP/1.1 200 OK": the reason phrase is optional and ignored.
    const QByteArrayView statusLine = lines.isEmpty() ? QByteArrayView() : lines.first();
    const qint64 status = statusLine.startsWith("HTTP/1.") && statusLine.size() >= 12 &&
                                  statusLine.at(8) == ' ' &&
                                  (statusLine.size() == 12 || statusLine.at(12) == ' ')
                              ? parseLength(statusLine.sliced(9, 3), 10)
                              : -1;
    if (status < 100 || status > 999) {
        fail(tr("The service did not answer with HTTP/1.1 (the first line was \"%1\").")
                 .arg(QString::fromLatin1(
                     statusLine.first(std::min<qsizetype>(80, statusLine.size())))));
        return false;
    }
    m_status = int(status);
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(tr("The response has a malformed header line."));
            return false;
        }
        m_headers.append({line.first(colon).trimmed().toByteArray(),
                          line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return true;
}

bool HttpResponseParser::chooseFraming()
{
    if (m_status == 204 || m_status == 304) {
        m_framing = BodyFraming::None;
        return true;
    }
    const QByteArray transferEncoding = header("Transfer-Encoding").trimmed().toLower();
    if (!transferEncoding.isEmpty()) {
        // RFC 9112: with a transfer coding, Content-Length is ignored; chunked must come last.
        if (!transferEncoding.endsWith("chunked")) {
            fail(tr("The response uses a transfer coding Lineup does not read (\"%1\").")
                     .arg(QString::fromLatin1(transferEncoding.left(80))));
            return false;
        }
        m_framing = BodyFraming::Chunked;
        m_chunkStep = ChunkStep::Size;
        return true;
    }
    QByteArray length;
    for (const auto &[key, value] : m_headers) {
        if (key.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!length.isNull() && value != length) {
            fail(tr("The response names two different Content-Length values."));
            return false;
        }
        length = value;
    }
    if (length.isNull()) {
        m_framing = BodyFraming::UntilClose;
        return true;
    }
    m_remaining = parseLength(length, 10);
    if (m_remaining < 0) {
        fail(tr("The response has an invalid Content-Length (\"%1\").")
                 .arg(QString::fromLatin1(length.left(80))));
        return false;
    }
    m_framing = m_remaining == 0 ? BodyFraming::None : BodyFraming::Length;
    return true;
}

qsizetype HttpResponseParser::feedBody(const char *data, qsizetype size)
{
    switch (m_framing) {
    case BodyFraming::UntilClose:
        m_body.append(data, size);
        return size;
    case BodyFraming::Length: {
        const qsizetype used = qsizetype(std::min<qint64>(size, m_remaining));
        m_body.append(data, used);
        m_remaining -= used;
        if (m_remaining == 0)
            m_state = State::Complete;
        return used;
    }
    case BodyFraming::Chunked:
        return feedChunked(data, size);
    case BodyFraming::None:
        break;
    }
    m_state = State::Complete;
    return size;
}

bool HttpResponseParser::takeLine(const char *data, qsizetype size, qsizetype *used)
{
    const char *lf = static_cast<const char *>(memchr(data, '\n', size_t(size)));
    *used = lf ? qsizetype(lf - data) + 1 : size;
    m_line.append(data, *used);
    return lf != nullptr;
}

qsizetype HttpResponseParser::feedChunked(const char *data, qsizetype size)
{
    qsizetype used = 0;
    switch (m_chunkStep) {
    case ChunkStep::Size: {
        const bool complete = takeLine(data, size, &used);
        if (m_line.size() > MaxChunkLineBytes) {
            fail(tr("A chunk-size line of the response is longer than %1 bytes.")
                     .arg(MaxChunkLineBytes));
            return size;
        }
        if (!complete)
            return used;
        QByteArrayView sizeText = QByteArrayView(m_line).trimmed();
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText = sizeText.first(extension).trimmed();
        m_remaining = parseLength(sizeText, 16);
        m_line.clear();
        if (m_remaining < 0) {
            fail(tr("The response has an invalid chunk size."));
            return size;
        }
        m_chunkStep = m_remaining == 0 ? ChunkStep::Trailers : ChunkStep::Data;
        return used;
    }
    case ChunkStep::Data:
        used = qsizetype(std::min<qint64>(size, m_remaining));
        m_body.append(data, used);
        m_remaining -= used;
        if (m_remaining == 0)
            m_chunkStep = ChunkStep::DataEnd;
        return used;
    case ChunkStep::DataEnd: {
        const bool complete = takeLine(data, size, &used);
        if (!QByteArrayView(m_line).trimmed().isEmpty()) {
            fail(tr("A chunk of the response is longer than its declared size."));
            return size;
        }
        if (complete) {
            m_line.clear();
            m_chunkStep = ChunkStep::Size;
        }
        return used;
    }
    case ChunkStep::Trailers: {
        const bool complete = takeLine(data, size, &used);
        m_trailerBytes += used;
        if (m_trailerBytes > MaxHeadBytes) {
            fail(tr("The response's trailers are larger than %1 bytes.").arg(MaxHeadBytes));
            return size;
        }
        if (!complete)
            return used;
        const bool last = QByteArrayView(m_line).trimmed().isEmpty();
        m_line.clear();
        if (last)
            m_state = State::Complete;
        return used;
    }
    }
    return size;
}

} // namespace Lineup
