#include "ConversationTransfer.h"

#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"

#include "PlainText.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lineup {

namespace {

// Documents when there is such a folder, else home: never the folder the app was started from.
QString startDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

// A title as a file name: characters that file systems or shells trip over become spaces.
QString fileNameFor(const QString &title, const QString &fallback)
{
    QString name = title;
    for (QChar &ch : name) {
        if (ch.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(ch))
            ch = QLatin1Char(' ');
    }
    // No hidden file either.
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    name = name.simplified().left(80).trimmed();
    return name.isEmpty() ? fallback : name;
}

} // namespace

ConversationTransfer::ConversationTransfer(QWidget *window, ConversationStore *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{}

QString ConversationTransfer::nameFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Lineup:
        return tr("Lineup JSON (*.json)");
    case ExportFormat::OpenAi:
        return tr("OpenAI request body (*.json)");
    case ExportFormat::Markdown:
        return tr("Markdown (*.md)");
    }
    return {};
}

bool ConversationTransfer::exportTo(const QList<qint64> &ids, ExportFormat format,
                                    const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!m_store || ids.isEmpty()) {
        fail(tr("Nothing to export"), tr("There is no saved conversation to export yet."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const std::optional<QByteArray> data =
        ConversationExporter(*m_store).exportConversations(ids, format, &error);
    QApplication::restoreOverrideCursor();
    if (!data) {
        fail(tr("Export failed"), tr("Could not export: %1").arg(error));
        return false;
    }
    // Written whole or not at all: an existing file is only replaced once the new one is done.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        fail(tr("Export failed"),
             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_lastError.clear();
    Q_EMIT finished(
        ids.size() == 1
            ? tr("Exported the conversation to %1.").arg(fileName)
            : tr("Exported %n conversations to %1.", nullptr, int(ids.size())).arg(fileName));
    return true;
}

QList<qint64> ConversationTransfer::importFiles(const QStringList &paths)
{
    QList<qint64> all;
    if (!m_store)
        return all;
    ConversationImporter importer(*m_store);
    for (const QString &path : paths) {
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const std::optional<QList<qint64>> ids = importer.importFile(path, &error);
        QApplication::restoreOverrideCursor();
        if (!ids) {
            const QString message =
                all.isEmpty() ? tr("Nothing was imported. %1").arg(error)
                              : tr("%1\n\nThe files before this one were imported.").arg(error);
            fail(tr("Import failed"), message);
            if (!all.isEmpty())
                Q_EMIT imported(all);
            return all;
        }
        all += *ids;
    }
    m_lastError.clear();
    Q_EMIT finished(all.size() == 1 ? tr("Imported 1 conversation.")
                                    : tr("Imported %n conversations.", nullptr, int(all.size())));
    Q_EMIT imported(all);
    return all;
}

void ConversationTransfer::chooseExportFile(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        fail(tr("Nothing to export"), tr("There is no saved conversation to export yet."));
        return;
    }
    // Refused rather than written without the names (the CLI's export refuses it too).
    for (qint64 id : ids) {
        if (m_store && m_store->hidesModels(id)) {
            const std::optional<ConversationInfo> info = m_store->conversation(id);
            fail(tr("Vote First"),
                 tr("“%1” is a blind comparison not voted on yet: open it and vote, then export "
                    "it. An export now would name its models.")
                     .arg(info ? info->title : QString::number(id)));
            return;
        }
    }
    auto *dialog = new QFileDialog(
        m_window, ids.size() == 1 ? tr("Export Conversation")
                                  : tr("Export %n Conversations", nullptr, int(ids.size())));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDirectory(startDirectory());
    // A name to start from, without a suffix: the chosen format adds its own.
    QString suggested = tr("conversations");
    if (ids.size() == 1 && m_store) {
        if (const std::optional<ConversationInfo> info = m_store->conversation(ids.first()))
            suggested = fileNameFor(info->title, suggested);
    }
    dialog->selectFile(suggested);
    const QList<ExportFormat> formats{ExportFormat::Lineup, ExportFormat::OpenAi,
                                      ExportFormat::Markdown};
    QStringList filters;
    for (ExportFormat format : formats)
        filters.append(nameFilter(format));
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &f) {
        dialog->setDefaultSuffix(f == filters.last() ? QStringLiteral("md")
                                                     : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, ids, formats, filters](const QString &path) {
                const int index = int(filters.indexOf(dialog->selectedNameFilter()));
                exportTo(ids, formats.value(index, ExportFormat::Lineup), path);
            });
    dialog->open();
}

void ConversationTransfer::chooseImportFiles()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Conversations"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setDirectory(startDirectory());
    dialog->setNameFilters(
        {tr("Lineup JSON or OpenAI request bodies (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &paths) { importFiles(paths); });
    dialog->open();
}

void ConversationTransfer::fail(const QString &title, const QString &message)
{
    m_lastError = message;
    Q_EMIT finished(title);
    if (m_errorBox)
        m_errorBox->close();
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("transferError"));
    showPlainText(box); // file names and JSON paths come from outside
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    box->open();
}

} // namespace Lineup
