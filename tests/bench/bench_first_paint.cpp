// Launch to first paint: the real Lineup app against a bare Qt Widgets window, each started as a
// fresh process RUNS times (interleaved, after one discarded warm-up each), under the current
// QPA platform. Both report through the same probe (app/gui/FirstPaintProbe.h): milliseconds
// from just before the process was started to the end of the window's first paint, and VmRSS.
// Prints one JSON object: median/p90/min per variant, CPU time and VmRSS at first paint,
// app/bare ratios, target 1.3 (on the medians).
//
//   xvfb-run -a -s '-screen 0 1280x800x24' bench_first_paint [--runs N] [--conversations N]
//   QT_QPA_PLATFORM=offscreen bench_first_paint --runs 3
//
// Variants:
//   app              lineup with settings and a data dir holding --conversations conversations
//                    (setup done, so no welcome dialog): an ordinary launch
//   app_first_run    lineup with an empty HOME and data dir: its window's first paint (the
//                    welcome dialog opens right after it)
//   app_first_run_welcome  the same launch, timed to the welcome dialog's first paint
//   bare             launch_bare_window: QApplication + QMainWindow + QLabel, Qt Widgets only
//   bare_same_libs   the same window from this executable (--bare-window), which links every
//                    library Lineup links: the cost of loading them
#include "BareWindow.h"

#include "chat/MessageRecord.h"
#include "storage/ConversationStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Lineup;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct Sample
{
    double firstPaintMs = -1;
    double exitMs = -1;
    qint64 rssKb = -1;
    double cpuMs = -1;
};

struct Variant
{
    QString name;
    QString program;
    QStringList arguments;
    QString home; // empty: a fresh HOME and data dir per run (first run)
    QList<Sample> samples;
    int failures = 0;
    QString paintWindow = {}; // time this top-level window's first paint instead
};

QProcessEnvironment environmentFor(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("LINEUP_DATA_DIR"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LINEUP_FIRST_PAINT_REPORT"), QStringLiteral("1"));
    env.insert(QStringLiteral("LINEUP_FIRST_PAINT_EXIT"), QStringLiteral("1"));
    env.remove(QStringLiteral("LINEUP_SCREENSHOT"));
    env.remove(QStringLiteral("LINEUP_API_KEY"));
    return env;
}

// Settings that say setup is done (no welcome) and a data dir with some history, as an
// ordinary user has.
bool seedHome(const QString &home, int conversations)
{
    if (!QDir().mkpath(home + QStringLiteral("/.config/Lineup")))
        return false;
    QFile settings(home + QStringLiteral("/.config/Lineup/Lineup.conf"));
    if (!settings.open(QIODevice::WriteOnly) || settings.write("[app]\nsetupDone=true\n") < 0)
        return false;
    settings.close();
    QString error;
    auto store = ConversationStore::open(home + QStringLiteral("/data"), &error);
    if (!store) {
        std::fprintf(stderr, "bench_first_paint: %s\n", qPrintable(error));
        return false;
    }
    return store->inTransaction([&] {
        for (int i = 0; i < conversations; ++i) {
            ConversationInfo info;
            info.title = QStringLiteral("Conversation %1 about launch times").arg(i);
            info.model = QStringLiteral("bench-model");
            QList<MessageRecord> messages;
            for (int m = 0; m < 6; ++m) {
                MessageRecord record;
                record.message = ChatMessage::fromText(
                    m % 2 ? Role::Assistant : Role::User,
                    QStringLiteral("Message %1 of conversation %2, with **some** Markdown "
                                   "and a list:\n\n- one\n- two\n")
                        .arg(m)
                        .arg(i));
                messages.append(record);
            }
            if (store->insertConversationWithMessages(info, messages) == 0)
                return false;
        }
        return true;
    });
}

bool runOnce(Variant &variant, const QString &work, bool keep)
{
    QString home = variant.home;
    static int freshCount = 0;
    if (home.isEmpty()) {
        home = work + QStringLiteral("/fresh-%1").arg(++freshCount);
        QDir().mkpath(home);
    }
    QProcessEnvironment env = environmentFor(home);
    QProcess process;
    process.setProgram(variant.program);
    process.setArguments(variant.arguments);
    const qint64 startNs = monotonicNs();
    env.insert(QStringLiteral("LINEUP_LAUNCH_T0_NS"), QString::number(startNs));
    if (!variant.paintWindow.isEmpty())
        env.insert(QStringLiteral("LINEUP_FIRST_PAINT_WINDOW"), variant.paintWindow);
    process.setProcessEnvironment(env);
    process.start();
    const bool finished = process.waitForFinished(30000);
    const double exitMs = double(monotonicNs() - startNs) / 1e6;
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    Sample sample;
    sample.exitMs = exitMs;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject report = QJsonDocument::fromJson(line).object();
        if (report.contains(QStringLiteral("first_paint_ms"))) {
            sample.firstPaintMs = report.value(QStringLiteral("first_paint_ms")).toDouble();
            sample.rssKb = report.value(QStringLiteral("rss_kb")).toInteger();
            sample.cpuMs = report.value(QStringLiteral("cpu_ms")).toDouble(-1);
        }
    }
    if (!finished || process.exitCode() != 0 || sample.firstPaintMs < 0) {
        std::fprintf(stderr,
                     "bench_first_paint: %s did not report a first paint (%s, exit %d): %s\n",
                     qPrintable(variant.name),
                     qPrintable(process.error() == QProcess::UnknownError ? QStringLiteral("ran")
                                                                          : process.errorString()),
                     process.exitCode(), process.readAllStandardError().right(800).constData());
        ++variant.failures;
        return false;
    }
    if (keep)
        variant.samples.append(sample);
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const qsizetype rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double round1(double value)
{
    return std::round(value * 10) / 10;
}

QJsonObject summary(const Variant &variant)
{
    QList<double> paint;
    QList<double> exit;
    QList<double> rss;
    QList<double> cpu;
    QJsonArray samples;
    for (const Sample &sample : variant.samples) {
        paint.append(sample.firstPaintMs);
        exit.append(sample.exitMs);
        rss.append(double(sample.rssKb));
        cpu.append(sample.cpuMs);
        samples.append(round1(sample.firstPaintMs));
    }
    return QJsonObject{
        {QStringLiteral("first_paint_ms_median"), round1(percentile(paint, 0.5))},
        {QStringLiteral("first_paint_ms_p90"), round1(percentile(paint, 0.9))},
        {QStringLiteral("first_paint_ms_min"), round1(percentile(paint, 0))},
        {QStringLiteral("cpu_ms_median"), round1(percentile(cpu, 0.5))},
        {QStringLiteral("process_exit_ms_median"), round1(percentile(exit, 0.5))},
        {QStringLiteral("rss_kb_median"), qint64(percentile(rss, 0.5))},
        {QStringLiteral("first_paint_ms_samples"), samples},
        {QStringLiteral("failures"), variant.failures},
    };
}

double ratio(const QJsonObject &a, const QJsonObject &b, const QString &key)
{
    const double denominator = b.value(key).toDouble();
    return denominator > 0 ? std::round(a.value(key).toDouble() / denominator * 100) / 100 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--bare-window") == 0)
            return LineupBench::runBareWindow(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Launch to first paint of Lineup against a bare Qt window; prints one JSON object."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Launches per variant (default 10)."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption conversationsOption(
        QStringLiteral("conversations"),
        QStringLiteral("Conversations in the ordinary launch's data dir (default 50)."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The Lineup executable to launch."),
                                       QStringLiteral("path"), QStringLiteral(LINEUP_APP_PATH));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("The bare-window executable (launch_bare_window)."),
        QStringLiteral("path"), QStringLiteral(LINEUP_BARE_WINDOW_PATH));
    const QCommandLineOption noFirstRunOption(QStringLiteral("no-first-run"),
                                              QStringLiteral("Skip the first-run variant."));
    const QCommandLineOption bareWindowOption(
        QStringLiteral("bare-window"),
        QStringLiteral("Internal: be the bare window (the bare_same_libs variant)."));
    parser.addOptions({runsOption, conversationsOption, appOption, bareOption, noFirstRunOption,
                       bareWindowOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir work;
    const QString home = work.filePath(QStringLiteral("home"));
    if (!work.isValid() || !seedHome(home, parser.value(conversationsOption).toInt())) {
        std::fprintf(stderr, "bench_first_paint: cannot prepare %s\n", qPrintable(home));
        return 1;
    }
    // Without a display the children would fail; the offscreen platform still measures
    // everything but the X server round trips.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = work.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }

    QList<Variant> variants{
        {QStringLiteral("app"), parser.value(appOption), {}, home, {}, 0},
        {QStringLiteral("bare"), parser.value(bareOption), {}, home, {}, 0},
        {QStringLiteral("bare_same_libs"),
         QCoreApplication::applicationFilePath(),
         {QStringLiteral("--bare-window")},
         home,
         {},
         0},
    };
    if (!parser.isSet(noFirstRunOption)) {
        variants.append({QStringLiteral("app_first_run"), parser.value(appOption), {}, {}, {}, 0});
        variants.append(
            {QStringLiteral("app_first_run_welcome"), parser.value(appOption), {}, {}, {}, 0});
        variants.last().paintWindow = QStringLiteral("welcomeDialog");
    }

    // A discarded warm-up each (page cache, font cache, the app's first saved window state),
    // then the variants interleaved so that noise from the shared machine hits all alike.
    for (Variant &variant : variants)
        runOnce(variant, work.path(), false);
    for (int run = 0; run < runs; ++run) {
        for (Variant &variant : variants)
            runOnce(variant, work.path(), true);
    }

    QJsonObject result;
    result.insert(QStringLiteral("runs"), runs);
    result.insert(QStringLiteral("qpa_platform"),
                  qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                      ? QStringLiteral("default (DISPLAY=%1)").arg(qEnvironmentVariable("DISPLAY"))
                      : qEnvironmentVariable("QT_QPA_PLATFORM"));
    bool failed = false;
    for (const Variant &variant : std::as_const(variants)) {
        result.insert(variant.name, summary(variant));
        failed = failed || variant.samples.isEmpty();
    }
    const QJsonObject appSummary = result.value(QStringLiteral("app")).toObject();
    const QJsonObject bareSummary = result.value(QStringLiteral("bare")).toObject();
    const QString median = QStringLiteral("first_paint_ms_median");
    const double appRatio = ratio(appSummary, bareSummary, median);
    result.insert(QStringLiteral("ratio_app_vs_bare"), appRatio);
    result.insert(QStringLiteral("ratio_app_vs_bare_p90"),
                  ratio(appSummary, bareSummary, QStringLiteral("first_paint_ms_p90")));
    result.insert(
        QStringLiteral("ratio_app_vs_bare_same_libs"),
        ratio(appSummary, result.value(QStringLiteral("bare_same_libs")).toObject(), median));
    // Less disturbed by other load on the machine than the medians.
    result.insert(QStringLiteral("ratio_app_vs_bare_min"),
                  ratio(appSummary, bareSummary, QStringLiteral("first_paint_ms_min")));
    result.insert(QStringLiteral("ratio_app_vs_bare_cpu"),
                  ratio(appSummary, bareSummary, QStringLiteral("cpu_ms_median")));
    if (!parser.isSet(noFirstRunOption)) {
        result.insert(
            QStringLiteral("ratio_app_first_run_vs_bare"),
            ratio(result.value(QStringLiteral("app_first_run")).toObject(), bareSummary, median));
        result.insert(QStringLiteral("ratio_app_first_run_welcome_vs_bare"),
                      ratio(result.value(QStringLiteral("app_first_run_welcome")).toObject(),
                            bareSummary, median));
    }
    result.insert(QStringLiteral("target_ratio"), 1.3);
    result.insert(QStringLiteral("meets_target"), !failed && appRatio > 0 && appRatio <= 1.3);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failed ? 1 : 0;
}
