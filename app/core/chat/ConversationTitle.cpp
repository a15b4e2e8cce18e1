#include "chat/ConversationTitle.h"

#include <QStringList>

namespace Lineup {

QString conversationTitleFromPrompt(const QString &prompt)
{
    const QStringList lines = prompt.split(QLatin1Char('\n'));
    QString line;
    for (const QString &candidate : lines) {
        line = candidate.simplified();
        if (!line.isEmpty())
            break;
    }
    if (line.size() <= ConversationTitleMaxLength)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), ConversationTitleMaxLength);
    if (cut < ConversationTitleMaxLength / 2)
        cut = ConversationTitleMaxLength;
    return line.left(cut).trimmed() + QChar(0x2026);
}

} // namespace Lineup
