#pragma once

#include "storage/ConversationExporter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lineup {

class ConversationStore;

// Reads Lineup JSON exports (version 1, and 2 with comparisons, which are imported whole) and
// OpenAI request bodies (one object or an array of them) into the store, in one transaction: an
// invalid file changes nothing. The document and each conversation's settings are checked before
// anything is written, a long conversation's messages while its rows are written (a bad one rolls
// everything back). Errors name the file, the JSON path and the problem:
//   "chats.json: $.conversations[2].messages[5].content[1].image_url.url: must be ..."
// Each import creates new conversations; a title already in use gets " (imported N)" so a file
// imported twice gives two distinguishable copies, never a silent merge.
class ConversationImporter
{
public:
    explicit ConversationImporter(ConversationStore &store);

    // Returns the new conversation ids in file order.
    std::optional<QList<qint64>> importFile(const QString &path, QString *error);
    std::optional<QList<qint64>> importData(const QByteArray &data, const QString &sourceName,
                                            QString *error);

    // Parsing alone (ConversationParser::parse); errors start with the JSON path ("$...: ..."),
    // except a JSON syntax error, which names the line and column.
    static std::optional<QList<ConversationData>> parse(const QByteArray &data, QString *error);
    // `title` when unused, else "title (imported N)" with the smallest free N >= 2.
    static QString uniqueTitle(const QString &title, const QStringList &taken);

private:
    ConversationStore &m_store;
};

} // namespace Lineup
