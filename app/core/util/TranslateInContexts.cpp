#include "util/TranslateInContexts.h"

#include <QCoreApplication>

namespace Lineup {

QString translateInContexts(std::initializer_list<const char *> contexts, const char *text,
                            const char *disambiguation, int n)
{
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        // Without n, a catalogue without the message answers with the source itself.
        if (QCoreApplication::translate(context, text, disambiguation) != source)
            return QCoreApplication::translate(context, text, disambiguation, n);
    }
    return QCoreApplication::translate(*contexts.begin(), text, disambiguation, n);
}

} // namespace Lineup
