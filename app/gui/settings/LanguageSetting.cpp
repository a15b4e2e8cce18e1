#include "settings/LanguageSetting.h"

#include "util/Translations.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace Lineup {

LanguageSetting::LanguageSetting(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_atStart(settings->value(QLatin1String(kLanguageSettingKey)).toString())
{
    setObjectName(QStringLiteral("languageSetting"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->setAccessibleName(tr("Language"));
    m_combo->setToolTip(tr("The language of Lineup's menus and messages; applies when Lineup "
                           "starts again"));
    for (const LanguageChoice &choice : languageChoices())
        m_combo->addItem(choice.code.isEmpty() ? tr("System default") : choice.name, choice.code);
    const int current = m_combo->findData(m_atStart);
    m_combo->setCurrentIndex(current < 0 ? 0 : current);

    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_combo);
    m_note = new QLabel(tr("Applies when Lineup starts again."), this);
    m_note->setObjectName(QStringLiteral("languageRestartNote"));
    m_note->setAccessibleName(tr("Language note"));
    m_note->setVisible(false);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_combo);
    row->addWidget(m_note);
    row->addStretch(1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageSetting::choose);
}

void LanguageSetting::choose(int index)
{
    const QString code = m_combo->itemData(index).toString();
    if (code.isEmpty())
        m_settings->remove(QLatin1String(kLanguageSettingKey));
    else
        m_settings->setValue(QLatin1String(kLanguageSettingKey), code);
    m_note->setVisible(code != m_atStart);
}

} // namespace Lineup
