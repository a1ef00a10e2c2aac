// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/SagaRecorder.h"

#include "messaging/DeadLetters.h"
#include "messaging/Inbox.h"
#include "messaging/Messages.h"
#include "messaging/Outbox.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"
#include "workflow/SagaEvents.h"

#include <QCoreApplication>

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::workflow)
};

constexpr int PageSize = 1000;

template<typename Fold>
Result<qint64> readWhole(SqliteEventStore &store, const QString &stream, Fold fold)
{
    qint64 from = 0;
    qint64 last = -1;
    for (;;) {
        auto slice = store.reader().readStream(stream, from, Direction::Forwards, PageSize);
        if (!slice)
            return slice.error();
        for (const RecordedEvent &e : std::as_const(slice->events)) {
            fold(e);
            last = e.streamVersion;
        }
        if (slice->events.size() < PageSize)
            return last;
        from = last + 1;
    }
}
} // namespace

SagaRecorder::SagaRecorder(SqliteEventStore &store, std::shared_ptr<const Clock> clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

Result<SagaRecorder::Request> SagaRecorder::loadRequest(const QString &stream)
{
    Request r;
    r.stream = stream;
    r.aggregate =
        domain::RequestAggregate::forWorkflow(domain::RequestAggregate::workflowOfStream(stream));
    if (!r.aggregate)
        return r;
    auto last = readWhole(m_store, stream, [&r](const RecordedEvent &e) { r.aggregate->apply(e); });
    if (!last)
        return last.error();
    r.version = last.value();
    return r;
}

Result<SagaState> SagaRecorder::loadSaga(const QString &sagaStream)
{
    SagaState s;
    auto last = readWhole(m_store, sagaStream, [&s](const RecordedEvent &e) { s.apply(e); });
    if (!last)
        return last.error();
    s.version = last.value();
    return s;
}

NewEvent SagaRecorder::sagaEvent(const QString &sagaStream, const QString &type,
                                 QJsonObject payload, const QString &idName,
                                 const QString &causation) const
{
    payload.insert("at"_L1, now());
    EventMetadata meta;
    meta.actor = QString(SagaActor);
    meta.correlationId = requestStreamOfSaga(sagaStream);
    meta.causationId = causation;
    return NewEvent::make(
        type, payload, meta, 1,
        messaging::messagingUuid(u"saga-event/"_s + sagaStream + u'/' + type + u'/' + idName));
}

Result<bool> SagaRecorder::appendSaga(const QString &sagaStream, ExpectedVersion expected,
                                      QList<NewEvent> events, QList<OutboxMessage> outbox)
{
    AppendRequest request;
    request.streamId = sagaStream;
    request.expected = expected;
    request.events = std::move(events);
    request.outbox = std::move(outbox);
    const AppendResult appended = m_store.append(std::move(request)).result();
    if (!appended)
        return appended.error();
    return !appended->alreadyStored;
}

SagaRecorder::Call SagaRecorder::callFor(const QString &sagaStream, const QString &requestStream,
                                         const StepSpec &step, const ServiceCallSpec &spec,
                                         bool compensation, const domain::RequestInfo &info,
                                         const QString &orderingKey) const
{
    Call c;
    const QString name =
        sagaStream + u'/' + step.id + (compensation ? u"/undo/"_s : u"/"_s) + spec.operation;
    c.call.service = spec.service;
    c.call.operation = spec.operation;
    c.call.idempotencyKey = name;
    c.call.correlationId = requestStream;
    // The saga's context travels with the call, so a dead letter says which saga and step
    // it stopped. Nothing time-dependent: a step sent again must be the same request.
    QJsonObject body{{"requestId"_L1, requestStream},
                     {"sagaId"_L1, sagaStream},
                     {"step"_L1, step.id},
                     {"amount"_L1, info.amount.toJson()}};
    if (compensation)
        body.insert("compensates"_L1, step.call ? step.call->operation : QString());
    if (spec.service == u"notification"_s) {
        body.insert("to"_L1, info.requester);
        body.insert("subject"_L1, info.title);
    }
    c.call.body = body;
    c.message = messaging::outboxMessageFor(c.call, orderingKey,
                                            messaging::messagingUuid(u"saga-call/"_s + name));
    return c;
}

Result<SagaRecorder::CallEnd> SagaRecorder::callEnd(const QUuid &messageId)
{
    CallEnd end;
    auto entry = messaging::findOutboxMessage(m_store, messageId);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return end;
    const messaging::OutboxEntry &e = **entry;
    end.attempts = e.attempts;
    end.shortCircuits = e.shortCircuits;
    end.adapter = e.adapter;
    switch (e.status) {
    case messaging::OutboxStatus::Pending:
        end.kind = CallEnd::Kind::Pending;
        return end;
    case messaging::OutboxStatus::Delivered: {
        end.kind = CallEnd::Kind::Delivered;
        CallResult r;
        r.responseBody = e.response;
        end.response = recordedResponse(r);
        return end;
    }
    case messaging::OutboxStatus::Dead:
        break;
    }
    end.kind = CallEnd::Kind::Dead;
    auto q = sqlite::exec(m_store.readDatabase(),
                          u"SELECT id, error FROM dead_letters WHERE message_id = ?"_s,
                          {messageId.toRfc4122()});
    if (!q)
        return q.error();
    if (q->next()) {
        end.deadLetterId = q->value(0).toLongLong();
        end.cause = q->value(1).toString();
    }
    if (end.cause.trimmed().isEmpty())
        end.cause = e.lastError.trimmed().isEmpty()
                        ? Text::tr("The %1 service refused the call for good.").arg(e.destination)
                        : e.lastError;
    return end;
}

Result<std::optional<QUuid>> SagaRecorder::retriedAs(qint64 deadLetterId)
{
    if (deadLetterId <= 0)
        return std::optional<QUuid>();
    auto letter = messaging::DeadLetters(m_store).find(deadLetterId);
    if (!letter)
        return letter.error().code == ErrorCode::NotFound
                   ? Result<std::optional<QUuid>>(std::optional<QUuid>())
                   : Result<std::optional<QUuid>>(letter.error());
    using State = messaging::DeadLetter::State;
    if ((letter->state == State::Retried || letter->state == State::Edited) &&
        !letter->retryMessageId.isNull())
        return std::optional<QUuid>(letter->retryMessageId);
    return std::optional<QUuid>();
}

Result<bool> SagaRecorder::recordOutcome(const Request &request, const Definition &definition,
                                         const QString &step, domain::StepOutcome outcome,
                                         const QString &cause, const QJsonValue &response,
                                         const QString &adapter, const QString &source,
                                         QString *refusal)
{
    domain::RecordStepOutcome command{step, outcome, cause, response, now()};
    const domain::Decision decided = request.aggregate->decide(command, definition);
    if (!decided) {
        if (refusal)
            *refusal = decided.error().message;
        return false;
    }
    if (decided->isEmpty())
        return false;
    AppendRequest append;
    append.streamId = request.stream;
    append.expected = ExpectedVersion::exact(request.version);
    EventMetadata meta;
    meta.actor = QString(SagaActor);
    meta.correlationId = request.stream;
    meta.causationId = source;
    meta.adapter = adapter;
    const QString handler = u"saga-outcome/"_s + step + u'/' + QString::number(int(outcome));
    for (qsizetype i = 0; i < decided->size(); ++i) {
        const domain::DomainEvent &e = decided->at(i);
        append.events.append(NewEvent::make(e.type, e.payload, meta, 1,
                                            messaging::Inbox::eventIdFor(handler, source, int(i))));
    }
    const AppendResult appended = m_store.append(std::move(append)).result();
    if (!appended)
        return appended.error();
    return !appended->alreadyStored;
}

} // namespace eventdesk::workflow

namespace eventdesk::workflow {

Result<bool> SagaRecorder::settleCall(const Request &request, const SagaState &saga,
                                      const Definition &definition, const QString &step,
                                      const SagaCallRecord &record, bool compensation,
                                      ExpectedVersion expected, QString *problem)
{
    auto end = callEnd(record.messageId);
    if (!end)
        return end.error();
    if (end->kind == CallEnd::Kind::Pending || end->kind == CallEnd::Kind::Missing)
        return false;
    const bool delivered = end->kind == CallEnd::Kind::Delivered;
    using domain::StepOutcome;
    const StepOutcome outcome =
        compensation ? (delivered ? StepOutcome::Compensated : StepOutcome::CompensationFailed)
                     : (delivered ? StepOutcome::Succeeded : StepOutcome::Failed);
    const QString message = uuidText(record.messageId);
    auto recorded =
        recordOutcome(request, definition, step, outcome, delivered ? QString() : end->cause,
                      delivered ? end->response : QJsonValue(), end->adapter, message, problem);
    if (!recorded)
        return recorded.error(); // e.g. the request moved on meanwhile: look again
    const QString sagaStream = sagaStreamOf(request.stream);
    QJsonObject payload{{"step"_L1, step}, {"messageId"_L1, message}};
    QList<NewEvent> events;
    namespace E = SagaEvents;
    if (delivered) {
        const QLatin1String type =
            compensation ? E::SagaCompensationCompleted : E::SagaStepCompleted;
        events.append(sagaEvent(sagaStream, QString(type), payload, u"done/"_s + message, message));
    } else {
        payload.insert("cause"_L1, end->cause);
        if (end->deadLetterId > 0)
            payload.insert("deadLetterId"_L1, end->deadLetterId);
        const QLatin1String type = compensation ? E::SagaCompensationFailed : E::SagaStepFailed;
        events.append(
            sagaEvent(sagaStream, QString(type), payload, u"failed/"_s + message, message));
        if (compensation)
            events.append(sagaEvent(sagaStream, QString(E::SagaFailed),
                                    QJsonObject{{"cause"_L1, end->cause}, {"step"_L1, step}},
                                    u"failed/"_s + message, message));
    }
    Q_UNUSED(saga)
    auto appended = appendSaga(sagaStream, expected, events);
    if (!appended)
        return appended.error();
    return true;
}

} // namespace eventdesk::workflow
