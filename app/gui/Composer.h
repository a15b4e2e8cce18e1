#pragma once

#include "chat/ChatMessage.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QMimeData;
class QToolButton;
class QPlainTextEdit;

class QSettings;

namespace Lineup {

class ComposerEdit;

// Where the user writes the next message: text, image attachments (file dialog, paste, drop)
// with a detail level each, and the Send button that turns into Stop while an answer streams.
class Composer : public QWidget
{
    Q_OBJECT
public:
    // Where the image dialog remembers its folder; none: it always opens in Pictures.
    void setSettings(QSettings *settings) { m_settings = settings; }
    // Images above this size are refused: services reject them and they bloat the history.
    static constexpr qsizetype MaxImageBytes = 20 * 1024 * 1024;

    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // The draft as a user message (text first, then the images). Empty parts when no draft.
    ChatMessage message() const;
    bool isEmpty() const;
    void clear();

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setCtrlEnterSends(bool ctrlEnter);
    bool ctrlEnterSends() const;

    // Adds an image; returns false (and shows why) when it is not a usable image.
    bool addImage(const QByteArray &data, const QString &mimeType, const QString &name);
    bool addImageFile(const QString &path);
    int attachmentCount() const { return int(m_attachments.size()); }
    void setAttachmentDetail(int index, const QString &detail);
    // The chip's estimate of an attachment's prompt tokens at its detail level ("≈ 765 tokens").
    QString attachmentEstimate(int index) const;

    // The estimate of the next request shown under the draft (empty hides it).
    void setRequestEstimate(const QString &text, const QString &details);
    QLabel *requestEstimateLabel() const { return m_estimate; }

    // Editing an earlier user message: fills the draft with it and shows a banner with Cancel.
    void beginEdit(const ChatMessage &message);
    void endEdit();
    bool isEditing() const { return m_editing; }

    QPlainTextEdit *editor() const;
    QToolButton *sendButton() const { return m_sendButton; }
    QToolButton *attachButton() const { return m_attachButton; }

public Q_SLOTS:
    void focusEditor();
    void openAttachDialog();

Q_SIGNALS:
    void sendRequested(const Lineup::ChatMessage &message);
    void stopRequested();
    void draftChanged();
    void editCancelled();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Attachment
    {
        QByteArray data;
        QString mimeType;
        QString name;
        QComboBox *detail = nullptr;
        QWidget *chip = nullptr;
        QLabel *tokens = nullptr;
        QSize size;
    };

    void onSendClicked();
    void submit();
    void addImagesFrom(const QMimeData *source);
    void removeAttachment(QWidget *chip);
    void showNotice(const QString &text);
    void updateSendButton();
    void applyFrameStyle();
    void updateAttachmentEstimate(const Attachment &attachment);

    ComposerEdit *m_edit;
    QWidget *m_chipRow;
    QHBoxLayout *m_chipLayout;
    QLabel *m_notice;
    QLabel *m_estimate;
    QToolButton *m_attachButton;
    QToolButton *m_sendButton;
    QWidget *m_frame;
    QWidget *m_editBanner;
    QList<Attachment> m_attachments;
    bool m_busy = false;
    bool m_editing = false;
    QSettings *m_settings = nullptr;
};

} // namespace Lineup
