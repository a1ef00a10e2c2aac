// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include "security/AccessControl.h"
#include "security/Secret.h"
#include "util/Result.h"

#include <optional>

namespace eventdesk::cli {

// Signs in the user named by --as. The password comes from EVENTDESK_PASSWORD, else a
// prompt without echo on the terminal; with neither it is a usage error (exit 2). A wrong
// password or a locked account prints why and sets *exitCode (1).
std::optional<security::SignedInUser> signIn(Cli &cli, SqliteEventStore &store, int *exitCode);

// A new password: one line from standard input with --password-stdin (its line end
// removed), else typed twice at a prompt without echo on the terminal. Every error here
// means no password could be had: the caller reports it as a usage error (exit 2). The
// password policy is checked by core, not here.
Result<security::Secret> readNewPassword(Cli &cli, const QString &forUser = {});

// True when standard input is an interactive terminal.
bool standardInputIsTerminal();

} // namespace eventdesk::cli
