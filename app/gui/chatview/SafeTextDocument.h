#pragma once

#include <QImage>
#include <QTextDocument>

namespace Lineup {

// A QTextDocument that never loads anything: Markdown from a model may name remote images
// (tracking pixels) or local files; every resource is answered with a placeholder instead.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    // `requests` (may be null) counts resource requests; `placeholder` is what images show.
    SafeTextDocument(qint64 *requests, const QImage &placeholder, QObject *parent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    qint64 *m_requests;
    QImage m_placeholder;
};

} // namespace Lineup
