// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/SagaList.h"

#include "domain/RequestAggregate.h"
#include "messaging/Outbox.h"
#include "store/SqliteEventStore.h"
#include "workflow/SagaEvents.h"
#include "workflow/SagaState.h"

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;

namespace {
template<typename Fold> Status readWhole(SqliteEventStore &store, const QString &stream, Fold fold)
{
    qint64 from = 0;
    for (;;) {
        auto slice = store.reader().readStream(stream, from, Direction::Forwards, 1000);
        if (!slice)
            return slice.error();
        for (const RecordedEvent &e : std::as_const(slice->events))
            fold(e);
        if (slice->events.size() < 1000)
            return success();
        from = slice->events.constLast().streamVersion + 1;
    }
}

// How the saga's call in the outbox fares: waiting for the service once a call failed or
// an open breaker held it back; running while it simply has not gone yet.
Result<QString> callStatus(SqliteEventStore &store, const SagaCallRecord &record)
{
    auto entry = messaging::findOutboxMessage(store, record.messageId);
    if (!entry)
        return entry.error();
    if (entry->has_value() && ((*entry)->attempts > 0 || (*entry)->shortCircuits > 0))
        return QString(SagaStatus::WaitingForService);
    return QString(SagaStatus::Running);
}
} // namespace

QJsonObject SagaSummary::toJson() const
{
    return QJsonObject{
        {"saga_id"_L1, sagaId},  {"workflow"_L1, workflow},
        {"request"_L1, request}, {"step"_L1, step.isEmpty() ? QJsonValue() : QJsonValue(step)},
        {"status"_L1, status},   {"definition_version"_L1, definitionVersion}};
}

Result<QList<SagaSummary>> listSagas(SqliteEventStore &store)
{
    QList<SagaSummary> list;
    ReadAllQuery query;
    query.category = u"$saga"_s;
    query.type = QString(SagaEvents::SagaStarted);
    query.maxCount = 1000;
    for (;;) {
        auto started = store.reader().readAll(query);
        if (!started)
            return started.error();
        for (const RecordedEvent &e : std::as_const(started.value())) {
            SagaState saga;
            if (Status s =
                    readWhole(store, e.streamId, [&](const RecordedEvent &x) { saga.apply(x); });
                !s)
                return s.error();
            auto request = domain::RequestAggregate::forWorkflow(saga.workflow);
            if (request)
                if (Status s = readWhole(store, saga.request,
                                         [&](const RecordedEvent &x) { request->apply(x); });
                    !s)
                    return s.error();
            SagaSummary summary;
            summary.sagaId = e.streamId;
            summary.workflow = saga.workflow;
            summary.request = saga.request;
            summary.definitionVersion = saga.definitionVersion;
            summary.step = saga.lastStep;
            const SagaCallRecord *inFlight = nullptr;
            QString inFlightStep;
            for (const bool compensation : {true, false}) {
                const auto &records = compensation ? saga.compensations : saga.steps;
                for (auto it = records.cbegin(); it != records.cend() && !inFlight; ++it)
                    if (it->phase == SagaCallRecord::Phase::Started) {
                        inFlight = &it.value();
                        inFlightStep = it.key();
                    }
            }
            const bool requestOver = !request || domain::isFinal(request->status());
            if (saga.ended) {
                summary.status = QString(saga.failed ? SagaStatus::Failed : SagaStatus::Completed);
            } else if (inFlight) {
                summary.step = inFlightStep;
                if (saga.compensating && saga.compensations.contains(inFlightStep) &&
                    saga.compensations.value(inFlightStep).phase ==
                        SagaCallRecord::Phase::Started) {
                    summary.status = QString(SagaStatus::Compensating);
                } else {
                    auto status = callStatus(store, *inFlight);
                    if (!status)
                        return status.error();
                    summary.status = status.value();
                }
            } else if (saga.compensating && requestOver) {
                summary.status = QString(SagaStatus::Compensating);
            } else if (!requestOver) {
                summary.status = QString(SagaStatus::WaitingForPerson);
                if (!request->step().isEmpty())
                    summary.step = request->step();
            } else {
                summary.status = QString(SagaStatus::Running);
            }
            list.append(summary);
        }
        if (started->size() < query.maxCount)
            break;
        query.fromPosition = started->constLast().globalPosition + 1;
    }
    return list;
}

} // namespace eventdesk::workflow
