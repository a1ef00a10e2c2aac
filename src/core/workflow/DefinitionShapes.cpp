// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/DefinitionShapes.h"

namespace eventdesk::workflow {

QStringList WorkflowShape::stepIds() const
{
    QStringList ids;
    for (const StepShape &s : steps)
        ids.append(QString(s.id));
    return ids;
}

const QList<WorkflowShape> &workflowShapes()
{
    using namespace Qt::Literals::StringLiterals;
    static const QList<StepShape> approvalSteps{
        {Steps::ManagerApproval,
         StepKind::Approval,
         {Actions::Approve, Actions::Reject},
         {Actions::Approve},
         {}},
        {Steps::FinanceApproval,
         StepKind::Approval,
         {Actions::Approve, Actions::Reject},
         {Actions::Approve},
         {}},
    };
    static const QList<WorkflowShape> shapes{
        {"purchase"_L1, Coordination::Orchestrated,
         approvalSteps +
             QList<StepShape>{
                 {Steps::Payment, StepKind::Service, {}, {}, "payment"_L1, true, true, false}}},
        {"expense"_L1, Coordination::Orchestrated,
         approvalSteps + QList<StepShape>{{Steps::Reimbursement,
                                           StepKind::Service,
                                           {},
                                           {},
                                           "payment"_L1,
                                           true,
                                           false,
                                           false}}},
        {"order"_L1,
         Coordination::Orchestrated,
         {
             {Steps::ReserveStock, StepKind::Service, {}, {}, "inventory"_L1, true, true, true},
             {Steps::Pack, StepKind::Task, {Actions::Pack, Actions::Cancel}, {Actions::Pack}, {}},
             {Steps::Ship, StepKind::Task, {Actions::Ship, Actions::Cancel}, {Actions::Ship}, {}},
             {Steps::Deliver, StepKind::Task, {Actions::Deliver}, {Actions::Deliver}, {}},
         }},
        {"transfer"_L1,
         Coordination::Choreographed,
         {
             {Steps::Balances, StepKind::Handler, {}, {}, "ledger"_L1, true, false, false},
             {Steps::Notify, StepKind::Handler, {}, {}, "notification"_L1, true, false, false},
             {Steps::Audit, StepKind::Handler, {}, {}, {}, false, false, false},
         }},
    };
    return shapes;
}

const WorkflowShape *workflowShape(QStringView name)
{
    for (const WorkflowShape &shape : workflowShapes())
        if (name == shape.name)
            return &shape;
    return nullptr;
}

QStringList workflowNames()
{
    QStringList names;
    for (const WorkflowShape &shape : workflowShapes())
        names.append(QString(shape.name));
    return names;
}

} // namespace eventdesk::workflow
