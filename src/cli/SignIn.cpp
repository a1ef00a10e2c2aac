// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignIn.h"

#include "security/Authenticator.h"
#include "security/Password.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace eventdesk::cli {

using namespace Qt::Literals::StringLiterals;
using security::Secret;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli::SignIn", text);
}

// Turns the terminal's echo off for as long as it lives.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

// One byte from standard input without stdio's buffer, so a password is not kept in a
// buffer nobody wipes; -1 at the end of input.
int readByte()
{
#ifdef Q_OS_WIN
    return std::fgetc(stdin);
#else
    unsigned char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1)
            return c;
        if (n < 0 && errno == EINTR)
            continue;
        return -1;
    }
#endif
}

// One line of standard input as a Secret, without its "\n" or "\r\n".
Result<Secret> readLine()
{
    char buffer[security::Password::MaxBytes + 1];
    qsizetype length = 0;
    bool tooLong = false;
    bool sawAnything = false;
    for (;;) {
        const int c = readByte();
        if (c < 0 || c == '\n')
            break;
        sawAnything = true;
        if (length < qsizetype(sizeof buffer))
            buffer[length++] = char(c);
        else
            tooLong = true;
    }
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    Secret secret{QByteArrayView(buffer, length)};
    volatile char *wipe = buffer;
    for (qsizetype i = 0; i < qsizetype(sizeof buffer); ++i)
        wipe[i] = 0;
    if (!sawAnything)
        return Error::validation(tr("no password on standard input"));
    if (tooLong)
        return Error::validation(
            tr("the password is longer than %1 bytes").arg(security::Password::MaxBytes));
    return secret;
}

Result<Secret> prompt(const QString &text)
{
    QTextStream err(stderr);
    // Echo goes off before the prompt shows, so nothing typed after it can echo, and
    // nothing typed already is thrown away (TCSANOW, not TCSAFLUSH).
    Result<Secret> line = [&err, &text] {
        EchoOff quiet;
        err << text;
        err.flush();
        return readLine();
    }();
    err << u'\n';
    err.flush();
    return line;
}
} // namespace

bool standardInputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<security::SignedInUser> signIn(Cli &cli, SqliteEventStore &store, int *exitCode)
{
    if (!cli.require(u"as"_s, exitCode))
        return std::nullopt;
    const QString name = cli.value(u"as"_s);
    QByteArray fromEnvironment = qgetenv("EVENTDESK_PASSWORD");
    Secret password = Secret::take(fromEnvironment);
    if (password.isEmpty()) {
        if (!standardInputIsTerminal()) {
            *exitCode = cli.fail(ExitUsage, tr("no password for %1: set EVENTDESK_PASSWORD, or run "
                                               "the command in a terminal to be asked for it.")
                                                .arg(name));
            return std::nullopt;
        }
        auto typed = prompt(tr("Password for %1: ").arg(name));
        if (!typed || typed->isEmpty()) {
            *exitCode = cli.fail(ExitUsage,
                                 tr("no password for %1 was typed; nothing was done.").arg(name));
            return std::nullopt;
        }
        password = std::move(typed).value();
    }
    security::Authenticator authenticator(store);
    auto user = authenticator.signIn(name, password);
    if (!user) {
        *exitCode = cli.fail(user.error());
        return std::nullopt;
    }
    return std::move(user).value();
}

Result<Secret> readNewPassword(Cli &cli, const QString &forUser)
{
    if (cli.isSet(u"password-stdin"_s)) {
        auto line = readLine();
        if (!line)
            return Error::validation(tr("%1; write the new password as one line to standard input.")
                                         .arg(line.error().message));
        return line;
    }
    if (!standardInputIsTerminal())
        return Error::validation(
            tr("no password: pass --password-stdin and write the new password to standard "
               "input, or run the command in a terminal to be asked for it."));
    const QString who = forUser.isEmpty() ? QString() : forUser;
    auto first =
        prompt(who.isEmpty() ? tr("New password: ") : tr("New password for %1: ").arg(who));
    if (!first)
        return Error::validation(tr("no password was typed; nothing was done."));
    auto second = prompt(tr("Type it again: "));
    if (!second)
        return Error::validation(tr("no password was typed; nothing was done."));
    if (!first->equals(second.value()))
        return Error::validation(tr("the two passwords differ; nothing was done."));
    return first;
}

} // namespace eventdesk::cli
