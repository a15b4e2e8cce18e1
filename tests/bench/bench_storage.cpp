// Storage benchmark: prints one JSON object.
//   open_10k_ms            open the store and load a 10,000-message conversation (first paint)
//   export_10k_ms          Lineup JSON export of it;  import_10k_ms: importing that file
//   search_100k_ms         FTS5 search over 100,000 messages (median of several queries)
//   search_100k_cjk_no_match_ms  a CJK word found nowhere: the substring scan's worst case
//   checkpoint_ms          one streaming checkpoint (updateMessage) in that database
//   bytes_per_1000_messages database size per 1,000 messages (~450 characters each)
//   fts_integrity_ok       FTS5 'integrity-check' passes after the imports
// --import-only stops after the import measurements (for profiling).
#include "storage/ChatRecorder.h"
#include "storage/ConversationExporter.h"
#include "storage/ConversationImporter.h"
#include "storage/ConversationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace Lineup;

namespace {

QStringList vocabulary()
{
    QStringList words;
    QRandomGenerator random(7);
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    for (int i = 0; i < 5000; ++i) {
        QString word;
        const int length = 3 + int(random.bounded(8));
        for (int c = 0; c < length; ++c)
            word += letters.at(int(random.bounded(26)));
        words.append(word);
    }
    return words;
}

QString sentence(QRandomGenerator &random, const QStringList &words, int count)
{
    QStringList picked;
    for (int i = 0; i < count; ++i) {
        // Zipf-like: low indexes are common words.
        const double u = random.generateDouble();
        picked.append(words.at(int(u * u * u * (words.size() - 1))));
    }
    return picked.join(QLatin1Char(' '));
}

MessageRecord message(QRandomGenerator &random, const QStringList &words, int i)
{
    MessageRecord record;
    record.message = ChatMessage::fromText(i % 2 == 0 ? Role::User : Role::Assistant,
                                           sentence(random, words, 60));
    if (i % 2 == 1) {
        record.model = QStringLiteral("gpt-4.1-nano");
        record.usage = Usage::fromJson(QJsonObject{{QStringLiteral("prompt_tokens"), 100 + i},
                                                   {QStringLiteral("completion_tokens"), 80},
                                                   {QStringLiteral("total_tokens"), 180 + i}});
        record.timings.totalMs = 900;
        record.finishReason = QStringLiteral("stop");
    }
    return record;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared machine wall time also counts other processes.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timed
{
    QList<double> wallMs;
    QList<double> cpuMs;
};

template <typename Work> Timed repeatTimed(int times, Work work)
{
    Timed timed;
    QElapsedTimer timer;
    for (int repeat = 0; repeat < times; ++repeat) {
        const double cpu = cpuMs();
        timer.start();
        work();
        timed.wallMs.append(double(timer.nsecsElapsed()) / 1e6);
        timed.cpuMs.append(cpuMs() - cpu);
    }
    return timed;
}

// <name>_ms (median), <name>_max_ms, <name>_cpu_ms (median).
void insertMedians(QJsonObject &result, const QString &name, Timed timed)
{
    std::sort(timed.wallMs.begin(), timed.wallMs.end());
    result.insert(name + QStringLiteral("_ms"), median(timed.wallMs));
    result.insert(name + QStringLiteral("_max_ms"), timed.wallMs.last());
    result.insert(name + QStringLiteral("_cpu_ms"), median(timed.cpuMs));
}

qint64 databaseBytes(ConversationStore &store)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return QFileInfo(store.databasePath()).size() +
           QFileInfo(store.databasePath() + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // --import-only stops after the 10,000-message export/import, for profiling that path.
    const bool importOnly = app.arguments().contains(QStringLiteral("--import-only"));
    constexpr int importRepeats = 5; // exports too
    QTemporaryDir dir;
    const QStringList words = vocabulary();
    QRandomGenerator random(42);
    QJsonObject result;
    QString error;

    // --- a 10,000-message conversation ---------------------------------------------------------
    const QString bigDir = dir.filePath(QStringLiteral("big"));
    qint64 bigId = 0;
    {
        auto store = ConversationStore::open(bigDir, &error);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ConversationInfo info;
        info.title = QStringLiteral("big");
        QList<MessageRecord> messages;
        for (int i = 0; i < 10'000; ++i)
            messages.append(message(random, words, i));
        bigId = store->insertConversationWithMessages(info, messages);
        result.insert(QStringLiteral("bytes_per_1000_messages"),
                      double(databaseBytes(*store)) / 10.0);
    }
    QElapsedTimer timer;
    double openCpu = cpuMs();
    timer.start();
    auto store = ConversationStore::open(bigDir, &error);
    const QList<MessageRecord> loaded = store->messages(bigId);
    result.insert(QStringLiteral("open_10k_ms"), ms(timer));
    result.insert(QStringLiteral("open_10k_cpu_ms"), cpuMs() - openCpu);
    result.insert(QStringLiteral("open_10k_messages"), int(loaded.size()));

    // Medians of several runs: each one is a few hundred ms, so one run is mostly noise.
    std::optional<QByteArray> exported;
    insertMedians(result, QStringLiteral("export_10k"), repeatTimed(importRepeats, [&] {
                      exported = ConversationExporter(*store).exportConversations(
                          {bigId}, ExportFormat::Lineup, &error);
                  }));
    result.insert(QStringLiteral("export_10k_bytes"), double(exported->size()));
    bool imported = true;
    insertMedians(result, QStringLiteral("import_10k"), repeatTimed(importRepeats, [&] {
                      imported =
                          imported && ConversationImporter(*store)
                                          .importData(*exported, QStringLiteral("bench"), &error)
                                          .has_value();
                  }));

    // Where the time goes.
    timer.restart();
    const auto data = ConversationExporter(*store).load({bigId}, &error);
    result.insert(QStringLiteral("export_10k_load_ms"), ms(timer));
    timer.restart();
    const QByteArray rendered = ConversationExporter::render(*data, ExportFormat::Lineup);
    result.insert(QStringLiteral("export_10k_render_ms"), ms(timer));
    timer.restart();
    const auto parsed = ConversationImporter::parse(rendered, &error);
    result.insert(QStringLiteral("import_10k_parse_ms"), ms(timer));
    timer.restart();
    store->insertConversationWithMessages(parsed->first().info, parsed->first().messages);
    result.insert(QStringLiteral("import_10k_write_ms"), ms(timer));
    if (!imported)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    {
        // The bulk import path must leave the full-text index matching the rows exactly.
        QSqlQuery check(store->database());
        result.insert(QStringLiteral("fts_integrity_ok"),
                      check.exec(QStringLiteral(
                          "INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")));
    }

    if (importOnly) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        return imported ? 0 : 1;
    }

    // --- streaming checkpoints ------------------------------------------------------------------
    {
        ChatRecorder recorder(*store);
        ConversationInfo settings;
        MessageRecord user;
        user.message = ChatMessage::fromText(Role::User, QStringLiteral("go"));
        recorder.begin(bigId, settings, user, &error);
        MessageRecord answer = *store->message(recorder.assistantMessageId());
        QList<double> times;
        QList<double> cpuTimes;
        QString text;
        for (int i = 0; i < 200; ++i) {
            text += sentence(random, words, 10) + QLatin1Char(' ');
            answer.message.parts = {ContentPart::fromText(text)};
            const double start = cpuMs();
            timer.restart();
            store->updateMessage(answer);
            times.append(ms(timer));
            cpuTimes.append(cpuMs() - start);
        }
        std::sort(cpuTimes.begin(), cpuTimes.end());
        result.insert(QStringLiteral("checkpoint_cpu_median_ms"), median(cpuTimes));
        result.insert(QStringLiteral("checkpoint_cpu_max_ms"), cpuTimes.last());
        result.insert(QStringLiteral("checkpoint_final_text_chars"), int(text.size()));
        std::sort(times.begin(), times.end());
        result.insert(QStringLiteral("checkpoint_median_ms"), median(times));
        result.insert(QStringLiteral("checkpoint_p99_ms"), times.at(int(times.size() * 0.99)));
        result.insert(QStringLiteral("checkpoint_max_ms"), times.last());
    }
    store.reset();

    // --- 100,000 messages for search
    // --------------------------------------------------------------
    const QString searchDir = dir.filePath(QStringLiteral("search"));
    {
        auto big = ConversationStore::open(searchDir, &error);
        for (int c = 0; c < 100; ++c) {
            ConversationInfo info;
            info.title = QStringLiteral("conversation %1").arg(c);
            QList<MessageRecord> messages;
            for (int i = 0; i < 1000; ++i)
                messages.append(message(random, words, i));
            big->insertConversationWithMessages(info, messages);
        }
        result.insert(QStringLiteral("bytes_per_1000_messages_100k"),
                      double(databaseBytes(*big)) / 100.0);
    }
    auto searchStore = ConversationStore::open(searchDir, &error);
    QJsonObject perQuery;
    QList<double> searchTimes;
    const QStringList queries{words.at(0),                                  // the most common word
                              words.at(2500),                               // a rare word
                              words.at(10).left(3),                         // a prefix
                              words.at(1) + QLatin1Char(' ') + words.at(3), // two words
                              QStringLiteral("zzzzqqq")};                   // no match
    for (const QString &query : queries) {
        QList<double> times;
        int hits = 0;
        for (int repeat = 0; repeat < 5; ++repeat) {
            timer.restart();
            hits = int(searchStore->search(query, 50).size());
            times.append(ms(timer));
        }
        perQuery.insert(query, QJsonObject{{QStringLiteral("median_ms"), median(times)},
                                           {QStringLiteral("hits"), hits}});
        searchTimes.append(median(times));
    }
    result.insert(QStringLiteral("search_100k_ms"), median(searchTimes));
    result.insert(QStringLiteral("search_100k_worst_ms"),
                  *std::max_element(searchTimes.begin(), searchTimes.end()));
    result.insert(QStringLiteral("search_100k_queries"), perQuery);
    // A Chinese/Japanese word is matched as a substring by scanning messages newest first; one
    // that matches nothing reads all 100,000 (the worst case).
    {
        QList<double> times;
        for (int repeat = 0; repeat < 5; ++repeat) {
            timer.restart();
            searchStore->search(QStringLiteral("東京"), 50);
            times.append(ms(timer));
        }
        result.insert(QStringLiteral("search_100k_cjk_no_match_ms"), median(times));
    }

    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
