// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// qcustomplot.h iterates with `foreach` in its inline templates, which QT_NO_FOREACH (on
// for the whole project) removes. A range-for stands in while the header is read, and
// only then.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#else
#include <qcustomplot.h>
#endif
