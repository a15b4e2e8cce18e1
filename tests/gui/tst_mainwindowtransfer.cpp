// File > Export and Import in the chat window, offscreen: a conversation goes out through the
// real file dialog in the chosen format and comes back in as a distinguishable copy that opens;
// several conversations from the list's menu, all of them from the File menu; a broken file
// changes nothing and says exactly what is wrong.
#include "ConversationController.h"
#include "ConversationListPanel.h"
#include "ConversationTransfer.h"
#include "MainWindowHarness.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Lineup;
using namespace Lineup::Test;

class TestMainWindowTransfer : public MainWindowHarness
{
    Q_OBJECT

    QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    // The open one: a closed dialog lingers until its deferred delete.
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void exportThroughTheDialogAndImportBack()
    {
        exchange(QStringLiteral("Remember the tulips"), QStringLiteral("Tulips noted."));
        const qint64 id = m_window->controller()->conversationId();
        QTRY_COMPARE(m_window->store()->messages(id).size(), 2);

        // File > Export Conversation, Markdown chosen in the dialog.
        action("actionExport")->trigger();
        QFileDialog *dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameFilters().size(), 3);
        // It starts in Documents or home, named after the conversation (the format adds the
        // suffix).
        const QString start = dialog->directory().absolutePath();
        QVERIFY2(start == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) ||
                     start == QDir::homePath(),
                 qPrintable(start));
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).completeBaseName(),
                 QStringLiteral("Remember the tulips"));
        const QString markdown = m_dir->filePath(QStringLiteral("tulips.md"));
        dialog->selectNameFilter(ConversationTransfer::nameFilter(ExportFormat::Markdown));
        dialog->selectFile(markdown);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        const QByteArray text = readAll(markdown);
        QVERIFY2(text.contains("Remember the tulips") && text.contains("Tulips noted."),
                 text.constData());
        QVERIFY(!text.trimmed().startsWith('{'));

        // Lineup JSON through the dialog, then imported back.
        action("actionExport")->trigger();
        dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        const QString json = m_dir->filePath(QStringLiteral("tulips.json"));
        dialog->selectNameFilter(ConversationTransfer::nameFilter(ExportFormat::Lineup));
        dialog->selectFile(json);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QString error;
        const auto parsed = ConversationImporter::parse(readAll(json), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().messages.size(), 2);

        const int before = int(m_window->store()->conversations().size());
        action("actionImport")->trigger();
        QFileDialog *importDialog = visibleFileDialog("importDialog");
        QVERIFY(importDialog);
        QCOMPARE(importDialog->fileMode(), QFileDialog::ExistingFiles);
        importDialog->selectFile(json);
        static_cast<QDialog *>(importDialog)->accept();
        QCOMPARE(int(m_window->store()->conversations().size()), before + 1);
        // The copy opens, under a title that tells it from the original.
        const qint64 copy = m_window->controller()->conversationId();
        QVERIFY(copy != id);
        QCOMPARE(m_window->store()->conversation(copy)->title,
                 m_window->store()->conversation(id)->title + QStringLiteral(" (imported 2)"));
        QCOMPARE(session()->messages()->rowCount(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Imported 1")));
    }

    void suggestedNamesAreSafeFileNames()
    {
        exchange(QStringLiteral("question"), QStringLiteral("answer"));
        const qint64 id = m_window->controller()->conversationId();
        QVERIFY(m_window->store()->renameConversation(id, QStringLiteral("../a/b: c?*\"<>|")));
        action("actionExport")->trigger();
        QFileDialog *dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).completeBaseName(),
                 QStringLiteral("a b c"));
        dialog->reject();
        QVERIFY(m_window->store()->renameConversation(id, QStringLiteral("///")));
        action("actionExport")->trigger();
        dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).completeBaseName(),
                 QStringLiteral("conversations"));
        dialog->reject();
    }

    void severalFromTheListAndAllFromTheMenu()
    {
        exchange(QStringLiteral("first topic"), QStringLiteral("one"));
        const qint64 first = m_window->controller()->conversationId();
        m_window->newConversation();
        exchange(QStringLiteral("second topic"), QStringLiteral("two"));
        const qint64 second = m_window->controller()->conversationId();
        m_window->newConversation();
        exchange(QStringLiteral("third topic"), QStringLiteral("three"));

        // Two picked in the list (Ctrl+click) are what its Export asks for.
        QListWidget *list = m_window->conversationList()->list();
        QTRY_COMPARE(list->count(), 3);
        QSignalSpy asked(m_window->conversationList(), &ConversationListPanel::exportRequested);
        list->clearSelection();
        for (int row = 0; row < list->count(); ++row) {
            const qint64 id = list->item(row)->data(Qt::UserRole + 1).toLongLong();
            if (id == first || id == second)
                list->item(row)->setSelected(true);
        }
        QCOMPARE(list->selectedItems().size(), 2);
        const QPoint onSelected = list->visualItemRect(list->selectedItems().at(0)).center();
        Q_EMIT list->customContextMenuRequested(onSelected);
        QMenu *menu = m_window->conversationList()->findChild<QMenu *>();
        QVERIFY(menu);
        QAction *exportSelected = nullptr;
        const QList<QAction *> entries = menu->actions();
        for (QAction *entry : entries) {
            if (entry->text() == QStringLiteral("Export 2 Conversations…"))
                exportSelected = entry;
        }
        QVERIFY(exportSelected);
        exportSelected->trigger();
        menu->close();
        QCOMPARE(asked.count(), 1);
        const auto askedIds = asked.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(QSet<qint64>(askedIds.begin(), askedIds.end()), QSet<qint64>({first, second}));
        QFileDialog *dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1Char('2')));
        dialog->reject();

        // The OpenAI format of all three: an array of request bodies.
        const QString path = m_dir->filePath(QStringLiteral("all.json"));
        QList<qint64> ids;
        const QList<ConversationInfo> all = m_window->store()->conversations();
        for (const ConversationInfo &info : all)
            ids.append(info.id);
        QVERIFY(m_window->transfer()->exportTo(ids, ExportFormat::OpenAi, path));
        const QJsonArray bodies = QJsonDocument::fromJson(readAll(path)).array();
        QCOMPARE(bodies.size(), 3);
        QVERIFY(bodies.at(0).toObject().contains(QStringLiteral("messages")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("all.json")));
        action("actionExportAll")->trigger();
        dialog = visibleFileDialog("exportDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1Char('3')));
        dialog->reject();
    }

    void aBrokenFileChangesNothingAndSaysWhy()
    {
        exchange(QStringLiteral("keep me"), QStringLiteral("kept"));
        const QString path = m_dir->filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"lineup.conversations","version":1,"conversations":[)"
                   R"({"title":"x","messages":[{"role":"wizard","content":"hi"}]}]})");
        file.close();
        const int before = int(m_window->store()->conversations().size());
        const qint64 open = m_window->controller()->conversationId();
        QVERIFY(m_window->transfer()->importFiles({path}).isEmpty());
        QCOMPARE(int(m_window->store()->conversations().size()), before);
        QCOMPARE(m_window->controller()->conversationId(), open);
        const QString error = m_window->transfer()->lastError();
        QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("$.conversations[0].messages[0].role")),
                 qPrintable(error));
        QMessageBox *box = m_window->transfer()->errorBox();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), error);
        box->close();

        // Exporting with nothing saved says so instead of writing an empty file.
        m_window->newConversation();
        action("actionExport")->trigger();
        QVERIFY(!visibleFileDialog("exportDialog"));
        QVERIFY(
            m_window->transfer()->lastError().contains(QStringLiteral("no saved conversation")));
        QTRY_VERIFY(m_window->transfer()->errorBox());
        m_window->transfer()->errorBox()->close();
    }
};

QTEST_MAIN(TestMainWindowTransfer)
#include "tst_mainwindowtransfer.moc"
