#include "api/AnswerLimits.h"

namespace Lineup::AnswerLimits {

bool jsonNestsDeeperThan(const char *json, qsizetype size, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace Lineup::AnswerLimits
