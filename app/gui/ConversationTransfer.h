#pragma once

#include "storage/ConversationExporter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace Lineup {

class ConversationStore;

// File > Export and Import for the window: asks for a file without blocking (QFileDialog::open)
// and runs the core's exporter or importer on the window's store. Success goes to `finished` as
// a sentence for the status bar; an error also opens a message box naming the file, the JSON
// path and the problem. An import is one transaction per file: a bad file changes nothing.
class ConversationTransfer : public QObject
{
    Q_OBJECT
public:
    ConversationTransfer(QWidget *window, ConversationStore *store);

    // What the file dialogs call, and tests directly.
    bool exportTo(const QList<qint64> &ids, ExportFormat format, const QString &path);
    // The new conversation ids of every file; stops at the first file that cannot be imported
    // (the ones before it stay imported).
    QList<qint64> importFiles(const QStringList &paths);

    void chooseExportFile(const QList<qint64> &ids);
    void chooseImportFiles();

    QString lastError() const { return m_lastError; }
    QMessageBox *errorBox() const { return m_errorBox; }

    // Name filters of the export dialog, one per format.
    static QString nameFilter(ExportFormat format);

Q_SIGNALS:
    void finished(const QString &message);
    void imported(const QList<qint64> &ids);

private:
    void fail(const QString &title, const QString &message);

    QWidget *m_window;
    ConversationStore *m_store;
    QString m_lastError;
    QPointer<QMessageBox> m_errorBox;
};

} // namespace Lineup
