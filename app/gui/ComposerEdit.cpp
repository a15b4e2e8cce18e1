#include "ComposerEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

namespace Lineup {

namespace {
constexpr int MaxVisibleLines = 10;
constexpr int MinVisibleLines = 2;
} // namespace

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFrameShape(QFrame::NoFrame);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { updateGeometry(); });
}

int ComposerEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins() + viewportMargins();
    return lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
           margins.top() + margins.bottom() + 2;
}

QSize ComposerEdit::sizeHint() const
{
    // QPlainTextDocumentLayout measures its height in (wrapped) lines.
    const int lines = qBound(MinVisibleLines, int(document()->size().height()), MaxVisibleLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize ComposerEdit::minimumSizeHint() const
{
    return {100, heightForLines(MinVisibleLines)};
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (m_composing || m_compositionJustEnded)) {
        // This Enter confirms an input-method composition: it never sends, and it must not
        // add a line break either.
        event->accept();
        return;
    }
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool sends = m_ctrlEnterSends ? mods == Qt::ControlModifier : mods == Qt::NoModifier;
        if (sends) {
            event->accept();
            Q_EMIT submitRequested();
            return;
        }
        if (mods == Qt::ShiftModifier || mods == Qt::NoModifier) {
            // Shift+Enter would insert a paragraph separator in some styles; insert a plain
            // newline instead.
            textCursor().insertText(QStringLiteral("\n"));
            ensureCursorVisible();
            event->accept();
            return;
        }
    }
    // Esc during a composition is the input method's (it cancels the composition).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !m_composing) {
        event->accept();
        Q_EMIT stopRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ComposerEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const bool wasComposing = m_composing;
    m_composing = !event->preeditString().isEmpty();
    if (wasComposing && !m_composing) {
        m_compositionJustEnded = true;
        QTimer::singleShot(0, this, [this] { m_compositionJustEnded = false; });
    }
    QPlainTextEdit::inputMethodEvent(event);
}

bool ComposerEdit::mimeHasImages(const QMimeData *source)
{
    if (!source)
        return false;
    if (source->hasImage())
        return true;
    if (!source->hasUrls())
        return false;
    static const QMimeDatabase mimes;
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() &&
            mimes.mimeTypeForFile(url.toLocalFile()).name().startsWith(QLatin1String("image/")))
            return true;
    }
    return false;
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return mimeHasImages(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    if (mimeHasImages(source)) {
        Q_EMIT imagesInserted(source);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace Lineup
