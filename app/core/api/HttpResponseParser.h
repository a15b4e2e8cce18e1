#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Lineup {

// Reads one HTTP/1.1 response from the bytes a connection delivers, in whatever pieces they
// arrive: the status line, the headers, then the body framed by chunked transfer coding,
// Content-Length or the end of the connection. Interim 1xx responses are skipped. Every length
// the service names is checked before it is believed, so a hostile one can only make the parser
// hold the body bytes it actually sent and the caller did not take yet.
class HttpResponseParser
{
public:
    enum class State {
        Head,     // reading the status line and headers
        Body,     // the head is complete; body bytes follow
        Complete, // the whole response was read
        Failed,   // the bytes are not a valid response: errorString() says why
    };

    // A response head larger than this (status line, headers, or a chunked body's trailers) is
    // refused: real ones are a few hundred bytes.
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    // The connection ended: completes a body that runs until the close, fails any other
    // unfinished response.
    void finish();

    State state() const { return m_state; }
    bool hasHead() const { return m_status != 0; }
    int status() const { return m_status; }
    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    const QString &errorString() const { return m_error; }

    // Decoded body bytes not taken yet.
    qsizetype bodyBytesAvailable() const { return m_body.size(); }
    QByteArray takeBody(qsizetype maxSize);

private:
    enum class BodyFraming { None, Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailers };

    qsizetype feedHead(const char *data, qsizetype size);
    qsizetype feedBody(const char *data, qsizetype size);
    qsizetype feedChunked(const char *data, qsizetype size);
    // Appends bytes up to the next LF to m_line; true when the line is complete.
    bool takeLine(const char *data, qsizetype size, qsizetype *used);
    bool parseHead();
    bool chooseFraming();
    void fail(const QString &reason);

    State m_state = State::Head;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_head; // head bytes of the response being read
    QByteArray m_line; // a chunk-size or trailer line being read
    qsizetype m_trailerBytes = 0;
    BodyFraming m_framing = BodyFraming::None;
    ChunkStep m_chunkStep = ChunkStep::Size;
    qint64 m_remaining = 0; // body bytes (Length) or chunk bytes (Chunked) still to come
    QByteArray m_body;
    QString m_error;
};

} // namespace Lineup
