#include "Application.h"

#include "DarkCheckBoxStyle.h"
#include "FontConfigWarmup.h"
#include "KeyboardContextMenu.h"
#include "MainWindow.h"
#include "providers/ProviderProfile.h"
#include "util/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Lineup {

namespace {

// For desktops that do not pass their dark theme on to Qt (and for screenshots): Fusion with a
// dark palette.
void applyDarkPalette(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x52));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xa7, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(palette);
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

// Parses the command line. Returns an exit code when the program should end (errors; --help
// and --version exit inside QCommandLineParser::process), else -1.
int parseCommandLine(const QCoreApplication &app, LaunchOptions *options, bool *dark)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lineup::Application", "A native playground for OpenAI-compatible chat APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("Lineup::Application",
                                    "Chat with the provider profile <id> (see Settings)."),
        QStringLiteral("id"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate(
            "Lineup::Application",
            "Chat with the OpenAI-compatible service at <url> (for example "
            "http://localhost:11434/v1) for this run; its key, if any, is read from "
            "LINEUP_API_KEY."),
        QStringLiteral("url"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QCoreApplication::translate("Lineup::Application", "Start new chats with model <id>."),
        QStringLiteral("id"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("Lineup::Application",
                                    "Keep conversations in <dir> instead of the default place."),
        QStringLiteral("dir"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QCoreApplication::translate("Lineup::Application",
                                    "Use a dark theme even if the desktop does not ask for one."));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        QCoreApplication::translate(
            "Lineup::Application",
            "Open a comparison with a pane for model <id> (repeat for each pane, 2 to 8; "
            "profile/model picks the service; with --base-url every pane uses that service)."),
        QStringLiteral("id"));
    parser.addOptions(
        {profileOption, baseUrlOption, modelOption, dataDirOption, darkOption, compareOption});
    parser.process(app);

    if (parser.isSet(profileOption) && parser.isSet(baseUrlOption)) {
        printLine(stderr,
                  QCoreApplication::translate("Lineup::Application",
                                              "Use either --profile or --base-url, not both."));
        return 2;
    }
    options->profileId = parser.value(profileOption).trimmed();
    if (parser.isSet(baseUrlOption)) {
        const QUrl url = QUrl::fromUserInput(parser.value(baseUrlOption));
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            printLine(stderr,
                      QCoreApplication::translate("Lineup::Application",
                                                  "“%1” is not an http or https address. Example: "
                                                  "--base-url http://localhost:11434/v1")
                          .arg(parser.value(baseUrlOption)));
            return 2;
        }
        options->baseUrl = url;
    }
    options->model = parser.value(modelOption).trimmed();
    options->compareModels = parser.values(compareOption);
    if (options->compareModels.size() > 8) {
        printLine(stderr, QCoreApplication::translate("Lineup::Application",
                                                      "A comparison has at most 8 panes."));
        return 2;
    }
    if (parser.isSet(dataDirOption))
        options->dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    *dark = parser.isSet(darkOption);
    return -1;
}

// A host-name lookup still running (the model list asked of a service whose DNS does not answer)
// held the exit for seconds: QHostInfo's thread pool waits for getaddrinfo() when the application
// object goes. Once the window is gone everything is saved; only a clipboard the app still owns
// needs the full teardown, which hands its text to the clipboard manager.
void exitWithoutWaiting(int code)
{
    if (QGuiApplication::clipboard()->ownsClipboard())
        return;
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

} // namespace

int runApplication(int argc, char *argv[], const std::function<void(MainWindow *)> &afterShow)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lineup"));
    QCoreApplication::setApplicationName(QStringLiteral("Lineup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINEUP_VERSION));

    LaunchOptions options;
    bool dark = false;
    QLocale language;
    {
        // The command line is read before any display is needed, so --help, --version and
        // option errors work over ssh and in scripts.
        QCoreApplication commandLine(argc, argv);
        // Settings → Language, read once: a change applies at the next start.
        const QString chosen = QSettings().value(QLatin1String(kLanguageSettingKey)).toString();
        language = localeForLanguage(chosen);
        if (!chosen.isEmpty())
            QLocale::setDefault(language); // dates and numbers follow the chosen language
        installTranslations(commandLine, language);
        const int exitCode = parseCommandLine(commandLine, &options, &dark);
        if (exitCode >= 0)
            return exitCode;
        if (!options.profileId.isEmpty()) {
            QSettings settings;
            const QList<ProviderProfile> known = ProviderStore(settings).profiles();
            if (!ProviderStore(settings).profile(options.profileId)) {
                QStringList ids;
                for (const ProviderProfile &profile : known)
                    ids.append(profile.id);
                printLine(stderr, QCoreApplication::translate(
                                      "Lineup::Application",
                                      "There is no provider profile “%1”. Known profiles: %2.")
                                      .arg(options.profileId, ids.join(QStringLiteral(", "))));
                return 2;
            }
        }
    }

    FontConfigWarmup fonts; // runs while the application object is created
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lineup.Lineup"));
    QApplication app(argc, argv);
    installTranslations(app, language);
    installShiftF10ContextMenu(&app);
    if (dark)
        applyDarkPalette(app);
    // Same look; unchecked boxes stay visible on a dark palette.
    app.setStyle(new DarkCheckBoxStyle(QStyleFactory::create(QApplication::style()->name())));

    fonts.wait(); // the window measures text from here on
    auto window = std::make_unique<MainWindow>(options);
    if (!window->profileError().isEmpty()) {
        printLine(stderr, window->profileError());
        return 2;
    }
    window->show();
    if (afterShow)
        afterShow(window.get());
    const int code = app.exec();
    window.reset(); // the conversation store and the settings are written and closed here
    exitWithoutWaiting(code);
    return code;
}

} // namespace Lineup
