// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/PageRegistry.h"

#include "admin/AdministrationPage.h"
#include "audit/AuditPage.h"
#include "deadletters/DeadLettersPage.h"
#include "health/HealthPage.h"
#include "requests/ApprovalsPage.h"
#include "requests/RequestsPage.h"
#include "sagas/SagasPage.h"
#include "timeline/TimelinePage.h"

namespace eventdesk::gui {

QList<Page *> createPages(QWidget *parent)
{
    return {new RequestsPage(parent), new ApprovalsPage(parent),     new TimelinePage(parent),
            new SagasPage(parent),    new DeadLettersPage(parent),   new HealthPage(parent),
            new AuditPage(parent),    new AdministrationPage(parent)};
}

} // namespace eventdesk::gui
