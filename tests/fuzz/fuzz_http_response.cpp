// libFuzzer target: arbitrary bytes as an HTTP/1.1 response through HttpResponseParser, fed
// whole and in pieces (lengths drawn from the input's first bytes), with the body taken in
// pieces in between. Beyond "never crash or hang" it aborts when
//  1. the outcome (state, status, headers, body, error) depends on where the bytes were split;
//  2. the parser yields more body bytes than it was given.

#include "FuzzSupport.h"
#include "api/HttpResponseParser.h"

#include <cstdint>

using namespace Lineup;
using Lineup::Fuzz::fail;
using Lineup::Fuzz::Splitter;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    int status;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error;

    bool operator==(const Outcome &other) const
    {
        return state == other.state && status == other.status && headers == other.headers &&
               body == other.body && error == other.error;
    }
};

// Takes the rest of the parser's body into `body` first.
Outcome outcomeOf(HttpResponseParser &parser, QByteArray &body)
{
    body += parser.takeBody(parser.bodyBytesAvailable());
    return {parser.state(), parser.status(), parser.headers(), body, parser.errorString()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    Splitter splitter{quint32(data[0]) << 8 | data[1]};
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    HttpResponseParser whole;
    QByteArray wholeBody;
    whole.feed(input.data(), input.size());
    const Outcome wholeOpen = outcomeOf(whole, wholeBody);
    whole.finish();
    const Outcome wholeClosed = outcomeOf(whole, wholeBody);

    HttpResponseParser pieces;
    QByteArray body;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const quint32 draw = splitter.next();
        const qsizetype length = std::min<qsizetype>(input.size() - pos, 1 + draw % 97);
        pieces.feed(input.data() + pos, length);
        pos += length;
        body += pieces.takeBody((draw >> 8) % 64);
    }
    if (!(outcomeOf(pieces, body) == wholeOpen))
        fail("the outcome depends on where the response was split");
    pieces.finish();
    if (!(outcomeOf(pieces, body) == wholeClosed))
        fail("the outcome after the close depends on where the response was split");
    if (wholeClosed.body.size() > input.size())
        fail("more body bytes than input bytes");
    return 0;
}
