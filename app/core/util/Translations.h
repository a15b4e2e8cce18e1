#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Lineup {

// The settings key of the language chosen in the app (Settings → Language); its values are
// those of languageChoices(): "" follows the system, "en", "ja", "zh_CN".
inline constexpr char kLanguageSettingKey[] = "ui/language";

struct LanguageChoice
{
    QString code; // the value stored under kLanguageSettingKey
    QString name; // in its own language ("日本語"), except the system default (empty: caller's)
};
QList<LanguageChoice> languageChoices();

// The locale whose messages the user asked for: LC_ALL, else LC_MESSAGES, else LANG, with the
// priority list in LANGUAGE (e.g. "ja:en") honoured unless that locale is C or POSIX, as GNU
// gettext does; the system's language elsewhere.
QLocale systemMessagesLocale();

// The locale for a value of kLanguageSettingKey; an empty or unknown value means the system's.
QLocale localeForLanguage(const QString &code);

// Installs Qt's own and Lineup's catalogues for `locale` (the system's by default), for the app
// and the CLI alike; Lineup's are built into the core library. Returns whether Lineup's was
// found: English needs none, and a language without a catalogue stays English.
bool installTranslations(QCoreApplication &app, const QLocale &locale = systemMessagesLocale());

} // namespace Lineup
