#include "AfterFirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Lineup {

namespace {

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, QObject *context, std::function<void()> work)
        : QObject(widget)
        , m_context(context)
        , m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            if (m_context)
                QTimer::singleShot(0, m_context, std::move(m_work));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QObject> m_context;
    std::function<void()> m_work;
};

} // namespace

void afterFirstPaint(QWidget *widget, QObject *context, std::function<void()> work)
{
    new FirstPaintWatcher(widget, context, std::move(work));
}

} // namespace Lineup
