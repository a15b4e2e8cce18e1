#pragma once

#include "api/AnswerLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

struct SseEvent
{
    QString type = QStringLiteral("message"); // `event:` field, "message" when absent
    QString data;                             // `data:` lines joined with '\n'
    QString lastEventId;                      // the decoder's last event ID at dispatch

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// Incremental decoder for the WHATWG "server-sent events" event stream format
// (html.spec.whatwg.org, "Interpreting an event stream"). Bytes may be split anywhere: inside a
// CRLF pair, inside a multi-byte UTF-8 sequence, inside a field name.
class SseDecoder
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 8 * 1024 * 1024;

    explicit SseDecoder(qsizetype maxLineBytes = DefaultMaxLineBytes,
                        qsizetype maxEventBytes = AnswerLimits::MaxEventBytes);

    // Feeds the next bytes of the stream; returns the events dispatched by them, in order.
    // After an error (line too long) further input is ignored.
    QList<SseEvent> feed(QByteArrayView bytes);
    // End of stream. Per the standard an event that was not terminated by a blank line is
    // discarded; returns true if such an unfinished event was dropped.
    bool finish();

    std::optional<int> retryMs() const { return m_retryMs; }
    QString lastEventId() const { return m_lastEventId; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The error is a crossed bound (line or event size), not a malformed stream.
    bool limitExceeded() const { return m_limitExceeded; }
    qint64 bytesConsumed() const { return m_bytesConsumed; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void failLineTooLong();
    void failEventTooLarge();

    qsizetype m_maxLineBytes;
    qsizetype m_maxEventBytes;
    bool m_limitExceeded = false;
    QByteArray m_line; // bytes of the current, unterminated line
    bool m_bomChecked = false;
    bool m_lastWasCR = false; // a CR ended the previous chunk: swallow a leading LF
    QByteArray m_data;        // raw data buffer; decoded once at dispatch (see .cpp)
    QString m_eventType;
    QString m_lastEventId;
    bool m_pendingFields = false; // any field was seen since the last dispatch
    std::optional<int> m_retryMs;
    QString m_error;
    qint64 m_bytesConsumed = 0;
};

} // namespace Lineup
