#include "SigintNotifier.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Lineup::Cli {

#ifdef Q_OS_UNIX
namespace {
// Self-pipe: the signal handler may only write(); the event loop reads the other end.
int g_pipe[2] = {-1, -1};

extern "C" void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    ::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the process at once
}
} // namespace
#endif

SigintNotifier::SigintNotifier(QObject *context, std::function<void()> onInterrupt)
    : m_onInterrupt(std::move(onInterrupt))
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0) {
        if (::pipe(g_pipe) != 0)
            return;
        ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, context);
    QObject::connect(m_notifier, &QSocketNotifier::activated, context, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_pipe[0], &byte, 1);
        m_notifier->setEnabled(false);
        if (m_onInterrupt)
            m_onInterrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
#else
    Q_UNUSED(context);
#endif
}

SigintNotifier::~SigintNotifier()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier.data();
#endif
}

} // namespace Lineup::Cli
