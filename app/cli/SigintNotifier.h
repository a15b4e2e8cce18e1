#pragma once

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

#include <functional>

namespace Lineup::Cli {

// Turns the first SIGINT (Ctrl+C) into a callback in the event loop, so a running stream can be
// stopped cleanly and its partial answer printed. A second Ctrl+C kills the process as usual.
// Unix only; elsewhere it does nothing.
class SigintNotifier
{
public:
    SigintNotifier(QObject *context, std::function<void()> onInterrupt);
    ~SigintNotifier();

    SigintNotifier(const SigintNotifier &) = delete;
    SigintNotifier &operator=(const SigintNotifier &) = delete;

private:
    QPointer<QSocketNotifier> m_notifier; // a child of the context object
    std::function<void()> m_onInterrupt;
};

} // namespace Lineup::Cli
