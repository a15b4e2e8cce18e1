// libFuzzer target: arbitrary bytes as an SSE stream through SseDecoder and ChunkAssembler into a
// ConversationModel row, exactly as ChatSession feeds the view while an answer streams
// (ConversationModel::applyStreamDelta). Aborts when what the view shows while streaming differs
// from what the assembler assembled: for every choice, the row's message (choice 0) or
// alternative (choice k) must hold the same text, reasoning, refusal and tool calls. At the end
// the finished record (applyCompletion) must hold choice 0 as its message when there is one.

#include "FuzzSupport.h"
#include "api/ChunkAssembler.h"
#include "chat/ConversationModel.h"
#include "sse/SseDecoder.h"

#include <cstdint>

using namespace Lineup;
using Lineup::Fuzz::fail;

namespace {

bool sameOutput(const ChatMessage &shown, const ChatMessage &assembled)
{
    return shown.text() == assembled.text() && shown.reasoning == assembled.reasoning &&
           shown.refusal == assembled.refusal && shown.toolCalls == assembled.toolCalls;
}

void checkShownMatchesAssembled(const MessageRecord &shown, const Completion &completion)
{
    for (const CompletionChoice &choice : completion.choices) {
        if (choice.index == 0) {
            if (!sameOutput(shown.message, choice.message))
                fail("choice 0 shown while streaming differs from the assembled choice");
        } else if (choice.index - 1 < shown.alternatives.size()) {
            if (!sameOutput(shown.alternatives.at(choice.index - 1), choice.message))
                fail("an alternative shown while streaming differs from the assembled choice");
        } else if (!choice.message.text().isEmpty() || !choice.message.reasoning.isEmpty() ||
                   !choice.message.refusal.isEmpty() || !choice.message.toolCalls.isEmpty()) {
            fail("an assembled choice with output is missing from the view");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int maxPiece = 1 + (data[0] & 0x3F);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseDecoder decoder;
    ChunkAssembler assembler;
    ConversationModel model;
    MessageRecord answer;
    answer.message.role = Role::Assistant;
    answer.status = MessageStatus::Streaming;
    const int row = model.append(answer);

    for (qsizetype pos = 0; pos < input.size(); pos += maxPiece) {
        const QList<SseEvent> events =
            decoder.feed(input.sliced(pos, std::min<qsizetype>(maxPiece, input.size() - pos)));
        for (const SseEvent &event : events) {
            for (const StreamDelta &delta : assembler.addEvent(event))
                model.applyStreamDelta(row, delta, assembler.completion());
        }
        checkShownMatchesAssembled(model.record(row), assembler.completion());
    }
    decoder.finish();
    assembler.finish();
    checkShownMatchesAssembled(model.record(row), assembler.completion());

    MessageRecord finished = model.record(row);
    applyCompletion(finished, assembler.completion());
    if (const CompletionChoice *first = assembler.completion().choice(0)) {
        if (!sameOutput(finished.message, first->message))
            fail("the finished record does not hold choice 0");
        if (finished.alternatives.size() != assembler.completion().choices.size() - 1)
            fail("the finished record lost or invented alternatives");
    }
    if (finished.message.role != Role::Assistant)
        fail("the finished record is not an assistant message");
    return 0;
}
