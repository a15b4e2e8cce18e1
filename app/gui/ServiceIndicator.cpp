#include "ServiceIndicator.h"

#include "EndpointManager.h"
#include "Icons.h"

#include "PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace Lineup {

ServiceIndicator::ServiceIndicator(EndpointManager *endpoints, QWidget *parent)
    : QWidget(parent)
    , m_endpoints(endpoints)
    , m_warning(new QLabel(this))
    , m_profile(new QToolButton(this))
    , m_model(new QLabel(this))
{
    m_warning->setObjectName(QStringLiteral("statusWarning"));
    m_warning->setAccessibleName(tr("Connection warning"));
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setVisible(false);
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x50, 0x20));
    m_warning->setPalette(palette);
    connect(m_warning, &QLabel::linkActivated, this, &ServiceIndicator::settingsRequested);

    m_profile->setObjectName(QStringLiteral("statusProfile"));
    m_profile->setAccessibleName(tr("Provider"));
    m_profile->setAutoRaise(true);
    m_profile->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_profile);
    menu->setObjectName(QStringLiteral("profileMenu"));
    m_profile->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ServiceIndicator::fillProfileMenu);

    m_model->setObjectName(QStringLiteral("statusModel"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setToolTip(tr("The model the next message goes to (Ctrl+K to change)"));
    m_model->setContentsMargins(4, 0, 8, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_warning);
    layout->addWidget(m_profile);
    layout->addWidget(m_model);
}

void ServiceIndicator::setModel(const QString &model)
{
    m_model->setText(model.isEmpty() ? tr("No model chosen") : model);
}

void ServiceIndicator::refresh()
{
    const ProviderProfile &profile = m_endpoints->profile();
    m_profile->setText(profile.name.isEmpty() ? profile.id : profile.name);
    m_profile->setToolTip(tr("Provider: %1 (%2). Click to switch.")
                              .arg(profile.name, profile.baseUrl.toDisplayString()));

    QStringList warnings;
    const QString insecure = m_endpoints->endpoint().insecureTransportWarning();
    if (!insecure.isEmpty())
        warnings.append(insecure);
    if (!m_endpoints->proxyError().isEmpty())
        warnings.append(m_endpoints->proxyError());
    const bool keyMissing = !m_endpoints->isResolving() && !m_endpoints->keyUsable() &&
                            !m_endpoints->keyMessage().isEmpty();
    if (keyMissing)
        warnings.append(m_endpoints->keyMessage());

    m_warning->setVisible(!warnings.isEmpty());
    m_warning->setToolTip(plainToolTip(warnings.join(QLatin1Char('\n'))));
    // The full sentences go to the tooltip; the bar only has room for the gist. A key about to
    // travel in clear text is the one warning that must stay readable.
    if (!insecure.isEmpty())
        m_warning->setText(QStringLiteral("⚠ ") + insecure.toHtmlEscaped());
    else if (keyMissing)
        m_warning->setText(QStringLiteral("⚠ ") + tr("No API key") +
                           QStringLiteral(" — <a href=\"settings\">") + tr("add one in Settings") +
                           QStringLiteral("</a>"));
    else if (!warnings.isEmpty())
        m_warning->setText(QStringLiteral("⚠ ") + warnings.first().toHtmlEscaped());
}

void ServiceIndicator::fillProfileMenu()
{
    QMenu *menu = m_profile->menu();
    menu->clear();
    const QString current = m_endpoints->profile().id;
    const QList<ProviderProfile> profiles = m_endpoints->profiles();
    for (const ProviderProfile &profile : profiles) {
        QAction *action = menu->addAction(profile.name.isEmpty() ? profile.id : profile.name);
        action->setCheckable(true);
        action->setChecked(profile.id == current);
        action->setToolTip(plainToolTip(profile.baseUrl.toDisplayString()));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT profileSelected(id); });
    }
    menu->addSeparator();
    menu->addAction(Icons::themed(QStringLiteral("settings")), tr("Providers and Keys…"), this,
                    &ServiceIndicator::settingsRequested);
}

} // namespace Lineup
