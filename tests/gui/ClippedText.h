#pragma once

// Finds text that does not fit where it is shown (the CJK layout suites, tst_i18nlayout and
// tst_i18narena), and installs a catalogue for the length of a test.
#include <QtTest>
#include <QtWidgets>

namespace Lineup::Test {

// The width a tab draws its text in: QTabBar elides its text to this rectangle, which is its
// tab minus the style's padding, icon and buttons (comparing with the whole tab lets an elided
// "パラメ…" pass).
inline int tabTextWidth(const QTabBar *tabs, int index)
{
    QStyleOptionTab option;
    option.initFrom(tabs);
    option.rect = tabs->tabRect(index);
    option.text = tabs->tabText(index);
    option.shape = tabs->shape();
    option.documentMode = tabs->documentMode();
    option.icon = tabs->tabIcon(index);
    option.iconSize = tabs->iconSize();
    if (const QWidget *button = tabs->tabButton(index, QTabBar::LeftSide))
        option.leftButtonSize = button->size();
    if (const QWidget *button = tabs->tabButton(index, QTabBar::RightSide))
        option.rightButtonSize = button->size();
    return tabs->style()->subElementRect(QStyle::SE_TabBarTabText, &option, tabs).width();
}

// Every text that does not fit where it is shown, as "class name: text (needs N, has M)".
inline QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    const auto describe = [](QWidget *w, const QString &text, int need, int have) {
        return QStringLiteral("%1 %2: \"%3\" needs %4 px, has %5")
            .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text)
            .arg(need)
            .arg(have);
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            // An ElidedLabel ends in "…" by design, as an eliding tab does.
            if (label->text().isEmpty() || label->wordWrap() || !label->pixmap().isNull() ||
                label->inherits("Lineup::ElidedLabel"))
                continue;
            const int need = label->sizeHint().width();
            if (label->width() + 1 < need)
                found.append(describe(w, label->text(), need, label->width()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty() || w->inherits("QToolBarExtension"))
                continue;
            const int need = button->minimumSizeHint().width();
            if (button->width() + 1 < need)
                found.append(describe(w, button->text(), need, button->width()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int need =
                    tabs->fontMetrics().size(Qt::TextShowMnemonic, tabs->tabText(i)).width();
                const int have = tabTextWidth(tabs, i);
                if (have < need)
                    found.append(describe(w, tabs->tabText(i), need, have));
            }
        }
    }
    return found;
}

// With LINEUP_SCREENSHOT_DIR set, saves what a test looked at as NAME-SCALEx.png there.
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LINEUP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    widget->grab().save(dir + u'/' + name + u'-' + scale + QStringLiteral("x.png"));
}

// The app's catalogue for `language` ("ja", "zh_CN") installed, and the default locale set to
// it as the app does (dates, numbers, list separators), until this goes out of scope.
class InstalledCatalogue
{
public:
    explicit InstalledCatalogue(const QString &language)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/lineup_") + language);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~InstalledCatalogue()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previousLocale);
    }
    InstalledCatalogue(const InstalledCatalogue &) = delete;
    InstalledCatalogue &operator=(const InstalledCatalogue &) = delete;
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    QLocale m_previousLocale;
    bool m_loaded = false;
};

// The test is about CJK glyphs, so they must not fall back to boxes.
inline bool hasCjkFont(const QString &language)
{
    return !QFontDatabase::families(language == QLatin1String("ja")
                                        ? QFontDatabase::Japanese
                                        : QFontDatabase::SimplifiedChinese)
                .isEmpty();
}

} // namespace Lineup::Test
