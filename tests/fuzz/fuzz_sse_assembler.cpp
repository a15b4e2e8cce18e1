// libFuzzer target: arbitrary bytes through SseDecoder (split at positions derived from the
// first input bytes) and every event through ChunkAssembler, then completion().toJson().
// Beyond "never crash or hang" it checks two properties and aborts when one fails:
//  1. the events and decoder state do not depend on where the stream was split;
//  2. the fast chunk parser and the QJsonDocument reference path assemble identical results.
// The same bytes also go through ApiError::fromHttp as an HTTP error body.

#include "FuzzSupport.h"
#include "api/ApiError.h"
#include "api/ChunkAssembler.h"
#include "sse/SseDecoder.h"

#include <QJsonDocument>

#include <cstdint>

using namespace Lineup;
using Lineup::Fuzz::fail;
using Lineup::Fuzz::Splitter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const quint8 mode = data[0];
    Splitter splitter{quint32(data[1]) << 8 | data[2]};
    const QByteArrayView input(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    // Sometimes a tiny line limit, to exercise the line-too-long path.
    const qsizetype maxLine = (mode & 0x80) ? 64 + (mode & 0x3F) : SseDecoder::DefaultMaxLineBytes;
    const int maxPiece = 1 + (mode & 0x1F);

    // Whole-input decode: the reference event list.
    SseDecoder whole(maxLine);
    const QList<SseEvent> wholeEvents = whole.feed(input);
    const bool wholeDropped = whole.finish();

    SseDecoder decoder(maxLine);
    ChunkAssembler fast;
    ChunkAssembler reference;
    reference.setFastPathEnabled(false);
    QList<SseEvent> pieceEvents;
    qsizetype pos = 0;
    while (pos < input.size()) {
        // Pieces of 0..maxPiece bytes; an empty feed must change nothing, and every piece
        // after one is at least one byte long, so the loop always ends.
        const quint32 draw = splitter.next();
        const qsizetype length = std::min<qsizetype>(
            input.size() - pos, qsizetype(draw % 8 == 0 ? 0 : 1 + (draw >> 3) % maxPiece));
        const QList<SseEvent> events = decoder.feed(input.sliced(pos, length));
        pos += length;
        for (const SseEvent &event : events) {
            pieceEvents.append(event);
            const QList<StreamDelta> a = fast.addEvent(event);
            const QList<StreamDelta> b = reference.addEvent(event);
            if (a.size() != b.size())
                fail("fast and reference paths report different deltas");
        }
    }
    const bool pieceDropped = decoder.finish();
    fast.finish();
    reference.finish();

    if (pieceEvents != wholeEvents)
        fail("events depend on the split positions");
    if (pieceDropped != wholeDropped || decoder.hasError() != whole.hasError() ||
        decoder.retryMs() != whole.retryMs() || decoder.lastEventId() != whole.lastEventId())
        fail("decoder state depends on the split positions");
    if (!(fast.completion() == reference.completion()))
        fail("fast and reference paths assemble different completions");
    if (fast.warnings() != reference.warnings())
        fail("fast and reference paths warn differently");
    if (fast.streamError().kind != reference.streamError().kind ||
        fast.streamError().serviceMessage != reference.streamError().serviceMessage ||
        fast.isDone() != reference.isDone() || fast.hasOutput() != reference.hasOutput())
        fail("fast and reference paths disagree on errors or state");

    const QByteArray json = QJsonDocument(fast.completion().toJson()).toJson();
    (void)json;
    (void)fast.streamError().toJson();

    // The same bytes as an HTTP error body.
    const ApiError httpError =
        ApiError::fromHttp(400 + (mode % 200), input.toByteArray(),
                           input.first(std::min<qsizetype>(32, input.size())).toByteArray());
    (void)httpError.humanMessage();
    (void)httpError.toJson();
    return 0;
}
