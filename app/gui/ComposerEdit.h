#pragma once

#include <QPlainTextEdit>

class QMimeData;

namespace Lineup {

// The composer's text field: decides which key sends, stops or breaks the line, grows with its
// text up to a limit, and hands images that are pasted or dropped to the composer instead of
// inserting them as text.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    // false: Enter sends, Shift+Enter breaks the line. true: Ctrl+Enter sends, Enter breaks.
    void setCtrlEnterSends(bool ctrlEnter) { m_ctrlEnterSends = ctrlEnter; }
    bool ctrlEnterSends() const { return m_ctrlEnterSends; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static bool mimeHasImages(const QMimeData *source);

    // True while an input method (Japanese, Chinese, ...) is composing text in the field.
    bool isComposing() const { return m_composing; }

Q_SIGNALS:
    void submitRequested();
    void stopRequested();
    void imagesInserted(const QMimeData *source);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int heightForLines(int lines) const;

    bool m_ctrlEnterSends = false;
    bool m_composing = false;
    // Set when a composition ends, until control returns to the event loop: some input methods
    // deliver the Enter that confirmed the composition as a key press right after the commit.
    bool m_compositionJustEnded = false;
};

} // namespace Lineup
