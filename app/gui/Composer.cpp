#include "Composer.h"

#include "ComposerEdit.h"
#include "Icons.h"
#include "usage/TokenEstimate.h"

#include "PlainText.h"

#include <QBuffer>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {

bool isWireImageType(const QString &mimeType)
{
    // Formats every vision model accepts as-is; anything else is converted to PNG.
    return mimeType == QLatin1String("image/png") || mimeType == QLatin1String("image/jpeg") ||
           mimeType == QLatin1String("image/gif") || mimeType == QLatin1String("image/webp");
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_chipRow(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chipRow))
    , m_notice(new QLabel(this))
    , m_estimate(new QLabel(this))
    , m_attachButton(new QToolButton(this))
    , m_sendButton(new QToolButton(this))
    , m_frame(new QWidget(this))
    , m_editBanner(new QWidget(this))
{
    setObjectName(QStringLiteral("composer"));
    setAcceptDrops(true);

    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setToolTip(tr("Write a message. Paste or drop images to attach them."));

    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(6);
    m_chipLayout->addStretch(1);
    m_chipRow->setVisible(false);
    m_chipRow->setAccessibleName(tr("Attachments"));

    m_notice->setObjectName(QStringLiteral("composerNotice"));
    m_notice->setWordWrap(true);
    showPlainText(m_notice);
    m_notice->setVisible(false);
    m_notice->setAccessibleName(tr("Attachment notice"));

    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setIcon(Icons::themed(QStringLiteral("attach")));
    m_attachButton->setAutoRaise(true);
    m_attachButton->setIconSize(QSize(20, 20));
    m_attachButton->setAccessibleName(tr("Attach images"));
    m_attachButton->setToolTip(tr("Attach images (you can also paste or drop them)"));
    connect(m_attachButton, &QToolButton::clicked, this, &Composer::openAttachDialog);

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sendButton->setIconSize(QSize(18, 18));
    m_sendButton->setAutoRaise(false);
    m_sendButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_sendButton, &QToolButton::clicked, this, &Composer::onSendClicked);

    connect(m_edit, &ComposerEdit::submitRequested, this, &Composer::submit);
    connect(m_edit, &ComposerEdit::stopRequested, this, [this] {
        if (m_busy) {
            Q_EMIT stopRequested();
        } else if (m_editing) {
            endEdit();
            Q_EMIT editCancelled();
        }
    });
    connect(m_edit, &ComposerEdit::imagesInserted, this, &Composer::addImagesFrom);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateSendButton();
        Q_EMIT draftChanged();
    });

    m_frame->setObjectName(QStringLiteral("composerFrame"));
    m_frame->setAttribute(Qt::WA_StyledBackground, true);
    auto *frameLayout = new QVBoxLayout(m_frame);
    frameLayout->setContentsMargins(8, 6, 6, 6);
    frameLayout->setSpacing(4);
    frameLayout->addWidget(m_chipRow);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_attachButton, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_sendButton, 0, Qt::AlignBottom);
    frameLayout->addLayout(row);

    m_estimate->setObjectName(QStringLiteral("requestEstimate"));
    m_estimate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_estimate->setAccessibleName(tr("Estimate of the next request"));
    m_estimate->setForegroundRole(QPalette::PlaceholderText);
    m_estimate->setVisible(false);

    m_editBanner->setObjectName(QStringLiteral("editBanner"));
    auto *bannerLayout = new QHBoxLayout(m_editBanner);
    bannerLayout->setContentsMargins(4, 0, 0, 0);
    auto *bannerText = new QLabel(
        tr("Editing an earlier message. Sending replaces it and every message after it."),
        m_editBanner);
    bannerText->setWordWrap(true);
    bannerLayout->addWidget(bannerText, 1);
    auto *cancelEdit = new QToolButton(m_editBanner);
    cancelEdit->setObjectName(QStringLiteral("cancelEditButton"));
    cancelEdit->setText(tr("Cancel"));
    cancelEdit->setAccessibleName(tr("Cancel editing"));
    cancelEdit->setToolTip(tr("Keep the conversation as it is (Esc)"));
    bannerLayout->addWidget(cancelEdit);
    connect(cancelEdit, &QToolButton::clicked, this, [this] {
        endEdit();
        Q_EMIT editCancelled();
    });
    m_editBanner->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_editBanner);
    layout->addWidget(m_notice);
    layout->addWidget(m_frame);
    layout->addWidget(m_estimate);

    applyFrameStyle();
    setCtrlEnterSends(false);
    updateSendButton();
    setFocusProxy(m_edit);
}

void Composer::beginEdit(const ChatMessage &message)
{
    clear();
    m_editing = true;
    m_editBanner->setVisible(true);
    setText(message.text());
    int index = 0;
    for (const ContentPart &part : message.parts) {
        if (part.type != ContentPart::Type::Image || part.imageData.isEmpty())
            continue;
        if (addImage(part.imageData, part.mimeType, tr("Image %1").arg(++index)))
            setAttachmentDetail(int(m_attachments.size()) - 1, part.detail);
    }
    focusEditor();
}

void Composer::endEdit()
{
    if (!m_editing)
        return;
    m_editing = false;
    m_editBanner->setVisible(false);
    clear();
}

QPlainTextEdit *Composer::editor() const
{
    return m_edit;
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

ChatMessage Composer::message() const
{
    ChatMessage message;
    message.role = Role::User;
    const QString draft = text();
    if (!draft.trimmed().isEmpty())
        message.parts.append(ContentPart::fromText(draft));
    for (const Attachment &attachment : m_attachments) {
        message.parts.append(ContentPart::fromImageData(
            attachment.data, attachment.mimeType, attachment.detail->currentData().toString()));
    }
    return message;
}

bool Composer::isEmpty() const
{
    return text().trimmed().isEmpty() && m_attachments.isEmpty();
}

void Composer::clear()
{
    m_edit->clear();
    while (!m_attachments.isEmpty())
        removeAttachment(m_attachments.constLast().chip);
    m_notice->setVisible(false);
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    updateSendButton();
}

void Composer::setCtrlEnterSends(bool ctrlEnter)
{
    m_edit->setCtrlEnterSends(ctrlEnter);
    m_edit->setPlaceholderText(
        ctrlEnter ? tr("Message the model — Ctrl+Enter to send, Enter for a new line")
                  : tr("Message the model — Enter to send, Shift+Enter for a new line"));
    updateSendButton();
}

bool Composer::ctrlEnterSends() const
{
    return m_edit->ctrlEnterSends();
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void Composer::updateSendButton()
{
    if (m_busy) {
        m_sendButton->setIcon(Icons::themed(QStringLiteral("stop")));
        m_sendButton->setText(tr("Stop"));
        m_sendButton->setAccessibleName(tr("Stop"));
        m_sendButton->setToolTip(tr("Stop the answer, keeping what arrived (Esc)"));
        m_sendButton->setEnabled(true);
        return;
    }
    m_sendButton->setIcon(Icons::themed(QStringLiteral("send")));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setToolTip(ctrlEnterSends() ? tr("Send the message (Ctrl+Enter)")
                                              : tr("Send the message (Enter)"));
    m_sendButton->setEnabled(!isEmpty());
}

void Composer::onSendClicked()
{
    if (m_busy)
        Q_EMIT stopRequested();
    else
        submit();
}

void Composer::submit()
{
    if (m_busy || isEmpty())
        return;
    const ChatMessage draft = message();
    clear();
    Q_EMIT sendRequested(draft);
}

void Composer::openAttachDialog()
{
    // The folder of the last images attached (kept for the next start), else Pictures.
    QString folder = m_settings
                         ? m_settings->value(QStringLiteral("composer/imageFolder")).toString()
                         : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto *dialog = new QFileDialog(this, tr("Attach images"), folder,
                                   tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"));
    dialog->setObjectName(QStringLiteral("attachDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        if (!files.isEmpty() && m_settings)
            m_settings->setValue(QStringLiteral("composer/imageFolder"),
                                 QFileInfo(files.first()).absolutePath());
        for (const QString &file : files)
            addImageFile(file);
        focusEditor();
    });
    dialog->open();
}

bool Composer::addImageFile(const QString &path)
{
    QFile file(path);
    if (file.size() > MaxImageBytes) {
        showNotice(tr("“%1” is larger than 20 MB; services refuse images that big. Attach a "
                      "smaller version.")
                       .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(
            tr("Could not read “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return addImage(file.readAll(), {}, QFileInfo(path).fileName());
}

bool Composer::addImage(const QByteArray &data, const QString &mimeType, const QString &name)
{
    static const QMimeDatabase mimes;
    QByteArray bytes = data;
    QString type = mimeType.isEmpty() ? mimes.mimeTypeForData(bytes).name() : mimeType;
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        showNotice(
            tr("“%1” is not an image Lineup can read. Use PNG, JPEG, GIF or WebP.").arg(name));
        return false;
    }
    if (!isWireImageType(type)) {
        QBuffer buffer(&bytes);
        bytes.clear();
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        type = QStringLiteral("image/png");
    }
    if (bytes.size() > MaxImageBytes) {
        showNotice(tr("“%1” is larger than 20 MB; services refuse images that big.").arg(name));
        return false;
    }

    auto *chip = new QFrame(m_chipRow);
    chip->setObjectName(QStringLiteral("attachmentChip"));
    chip->setFrameShape(QFrame::StyledPanel);
    chip->setAccessibleName(tr("Attached image %1").arg(name));
    chip->setToolTip(tr("%1 — %2 × %3 px").arg(name).arg(image.width()).arg(image.height()));
    auto *chipLayout = new QHBoxLayout(chip);
    chipLayout->setContentsMargins(4, 2, 2, 2);
    chipLayout->setSpacing(4);

    auto *thumbnail = new QLabel(chip);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(QSize(28, 28) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    thumbnail->setPixmap(pixmap);
    thumbnail->setAccessibleName(tr("Thumbnail"));
    chipLayout->addWidget(thumbnail);

    auto *label = new QLabel(fontMetrics().elidedText(name, Qt::ElideMiddle, 140), chip);
    chipLayout->addWidget(label);

    auto *detail = new QComboBox(chip);
    detail->addItem(tr("Auto detail"), QStringLiteral("auto"));
    detail->addItem(tr("Low detail"), QStringLiteral("low"));
    detail->addItem(tr("High detail"), QStringLiteral("high"));
    detail->setAccessibleName(tr("Image detail"));
    detail->setToolTip(tr("How closely the model looks at this image: low is faster and cheaper, "
                          "high reads fine print, auto lets the model decide"));
    chipLayout->addWidget(detail);

    auto *tokens = new QLabel(chip);
    tokens->setObjectName(QStringLiteral("attachmentTokens"));
    tokens->setForegroundRole(QPalette::PlaceholderText);
    tokens->setAccessibleName(tr("Estimated tokens"));
    chipLayout->addWidget(tokens);

    auto *remove = new QToolButton(chip);
    remove->setIcon(Icons::themed(QStringLiteral("close")));
    remove->setAutoRaise(true);
    remove->setAccessibleName(tr("Remove %1").arg(name));
    remove->setToolTip(tr("Remove this image"));
    chipLayout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, chip] { removeAttachment(chip); });

    m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
    m_chipRow->setVisible(true);
    m_attachments.append({bytes, type, name, detail, chip, tokens, image.size()});
    updateAttachmentEstimate(m_attachments.constLast());
    connect(detail, &QComboBox::currentIndexChanged, this, [this, chip] {
        for (const Attachment &attachment : std::as_const(m_attachments)) {
            if (attachment.chip == chip)
                updateAttachmentEstimate(attachment);
        }
        Q_EMIT draftChanged();
    });
    m_notice->setVisible(false);
    updateSendButton();
    Q_EMIT draftChanged();
    return true;
}

void Composer::setAttachmentDetail(int index, const QString &detail)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    QComboBox *combo = m_attachments.at(index).detail;
    const int item = combo->findData(detail);
    if (item >= 0)
        combo->setCurrentIndex(item);
}

void Composer::updateAttachmentEstimate(const Attachment &attachment)
{
    const QString detail = attachment.detail->currentData().toString();
    const qint64 tokens = TokenEstimate::imageTokens(attachment.size, detail);
    attachment.tokens->setText(tr("≈ %1 tokens").arg(QLocale().toString(tokens)));
    attachment.tokens->setToolTip(
        detail == QLatin1String("low")
            ? tr("Estimate: low detail costs 85 tokens.")
            : tr("Estimate by OpenAI's rule: scaled to fit 2048 × 2048, then to 768 px on the "
                 "short side; 170 tokens per 512-px tile plus 85. Auto is counted as high."));
}

QString Composer::attachmentEstimate(int index) const
{
    if (index < 0 || index >= m_attachments.size())
        return {};
    return m_attachments.at(index).tokens->text();
}

void Composer::setRequestEstimate(const QString &text, const QString &details)
{
    m_estimate->setText(text);
    m_estimate->setToolTip(details);
    m_estimate->setAccessibleDescription(details);
    m_estimate->setVisible(!text.isEmpty());
}

void Composer::removeAttachment(QWidget *chip)
{
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        if (m_attachments.at(i).chip == chip) {
            m_attachments.removeAt(i);
            break;
        }
    }
    chip->deleteLater();
    m_chipRow->setVisible(!m_attachments.isEmpty());
    updateSendButton();
    Q_EMIT draftChanged();
}

void Composer::addImagesFrom(const QMimeData *source)
{
    if (source->hasUrls()) {
        const QList<QUrl> urls = source->urls();
        bool added = false;
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                added = addImageFile(url.toLocalFile()) || added;
        }
        if (added || !source->hasImage())
            return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        addImage(bytes, QStringLiteral("image/png"), tr("Pasted image"));
    }
}

void Composer::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(true);
    QTimer::singleShot(8000, m_notice, [notice = m_notice, text] {
        if (notice->text() == text)
            notice->setVisible(false);
    });
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (ComposerEdit::mimeHasImages(event->mimeData()))
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    addImagesFrom(event->mimeData());
    event->acceptProposedAction();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyFrameStyle();
    QWidget::changeEvent(event);
}

void Composer::applyFrameStyle()
{
    const QPalette pal = palette();
    const QString border = pal.color(QPalette::Mid).name();
    const QString base = pal.color(QPalette::Base).name();
    m_frame->setStyleSheet(
        QStringLiteral("#composerFrame { border: 1px solid %1; border-radius: 10px;"
                       " background: %2; }")
            .arg(border, base));
}

} // namespace Lineup
