#pragma once

// Shared by the ChunkAssembler suites: stream fixtures, and decoding plus assembling a stream fed
// in pieces as ChatStream does.
#include "api/ChunkAssembler.h"
#include "sse/SseDecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lineup::Test {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(LINEUP_TEST_FIXTURES "/streams/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct Assembled
{
    ChunkAssembler assembler;
    QList<StreamDelta> deltas;
};

// Decodes the stream fed in the given pieces and assembles every event, like ChatStream does.
inline void assemblePieces(Assembled &result, const QList<QByteArray> &pieces, bool finish = true)
{
    SseDecoder decoder;
    for (const QByteArray &piece : pieces) {
        const QList<SseEvent> events = decoder.feed(piece);
        for (const SseEvent &event : events)
            result.deltas.append(result.assembler.addEvent(event));
    }
    decoder.finish();
    if (finish)
        result.assembler.finish();
}

// One `data:` event per chunk object, then [DONE].
inline QByteArray streamOf(const QList<QByteArray> &chunks, bool done = true)
{
    QByteArray stream;
    for (const QByteArray &chunk : chunks)
        stream += "data: " + chunk + "\n\n";
    if (done)
        stream += "data: [DONE]\n\n";
    return stream;
}

inline SseEvent dataEvent(const QString &data, const QString &type = QStringLiteral("message"))
{
    SseEvent event;
    event.type = type;
    event.data = data;
    return event;
}

inline QString text(const ChunkAssembler &assembler, int choice = 0)
{
    const CompletionChoice *c = assembler.completion().choice(choice);
    return c ? c->message.text() : QStringLiteral("<no choice>");
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Lineup::Test
