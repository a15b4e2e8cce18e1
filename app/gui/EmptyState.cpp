#include "EmptyState.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lineup {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_hints(new QLabel(this))
    , m_compare(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    setAccessibleName(tr("New conversation"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = Icons::application().pixmap(QSize(56, 56) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    m_icon->setPixmap(pixmap);
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setText(tr("What would you like to ask?"));
    m_title->setAlignment(Qt::AlignCenter);

    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);

    m_hints->setAlignment(Qt::AlignCenter);
    m_hints->setWordWrap(true);
    m_hints->setForegroundRole(QPalette::PlaceholderText);
    m_hints->setText(tr("Ctrl+K choose a model · Ctrl+N new chat · Ctrl+F find · "
                        "paste or drop images to attach them"));

    m_compare->setObjectName(QStringLiteral("newComparisonButton"));
    m_compare->setText(tr("Compare Models"));
    m_compare->setIcon(Icons::themed(QStringLiteral("compare")));
    m_compare->setToolTip(tr("Ask several models the same question at once (Ctrl+Shift+N)"));
    connect(m_compare, &QPushButton::clicked, this, &EmptyState::newComparisonRequested);
    auto *compareRow = new QHBoxLayout;
    compareRow->addStretch(1);
    compareRow->addWidget(m_compare);
    compareRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(12);
    layout->addWidget(m_hints);
    layout->addSpacing(16);
    layout->addLayout(compareRow);
    layout->addStretch(3);
}

void EmptyState::setService(const QString &profileName, const QString &model,
                            const QString &problem)
{
    // Only what is known: a connection is never claimed before one was made.
    if (!problem.isEmpty())
        m_detail->setText(problem);
    else if (model.isEmpty())
        m_detail->setText(tr("Messages go to %1. Choose a model on the right (Ctrl+K) to start.")
                              .arg(profileName));
    else
        m_detail->setText(tr("Your message goes to %1 on %2.").arg(model, profileName));
}

QString EmptyState::detailText() const
{
    return m_detail->text();
}

} // namespace Lineup
