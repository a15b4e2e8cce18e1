#include "chatview/SafeTextDocument.h"

namespace Lineup {

SafeTextDocument::SafeTextDocument(qint64 *requests, const QImage &placeholder, QObject *parent)
    : QTextDocument(parent)
    , m_requests(requests)
    , m_placeholder(placeholder)
{
    setUndoRedoEnabled(false);
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    if (m_requests)
        ++*m_requests;
    if (type == QTextDocument::ImageResource)
        return m_placeholder;
    return {};
}

} // namespace Lineup
