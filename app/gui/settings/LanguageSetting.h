#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;

namespace Lineup {

// Settings → Language: the system's, English, 日本語 or 简体中文, each named in its own language.
// The choice is saved at once and applies the next time Lineup starts, which the row says as
// soon as the choice differs from the language the app is running in.
class LanguageSetting : public QWidget
{
    Q_OBJECT
public:
    LanguageSetting(QSettings *settings, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QLabel *restartNote() const { return m_note; }

private:
    void choose(int index);

    QSettings *m_settings;
    QString m_atStart; // the value the running app was started with
    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Lineup
