// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RequestAggregate.h"
#include "services/ServicePort.h"
#include "store/Event.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "workflow/Definition.h"
#include "workflow/SagaState.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace eventdesk {
class SqliteEventStore;
}

namespace eventdesk::workflow {

// The actor of the saga engine's own events.
inline constexpr QLatin1String SagaActor{"$saga"};

// What the saga engine and the choreographed handlers read and write: a request and its
// saga stream, the saga's events with ids derived from what they record (so appending the
// same decision twice stores it once, also after a crash), the calls they put in the
// outbox, how those calls ended, and the outcomes they record in the request's stream.
class SagaRecorder final
{
public:
    SagaRecorder(SqliteEventStore &store, std::shared_ptr<const Clock> clock);

    SqliteEventStore &store() { return m_store; }
    qint64 now() const { return m_clock->nowMs(); }

    struct Request
    {
        QString stream;
        std::optional<domain::RequestAggregate> aggregate; // nullopt: not a workflow stream
        qint64 version = -1;

        bool exists() const { return aggregate && aggregate->exists(); }
    };
    Result<Request> loadRequest(const QString &stream);
    Result<SagaState> loadSaga(const QString &sagaStream);

    // A saga event whose id is derived from the saga stream and `idName`: the same name
    // always gives the same id.
    NewEvent sagaEvent(const QString &sagaStream, const QString &type, QJsonObject payload,
                       const QString &idName, const QString &causation = {}) const;
    // Appends to a saga stream; true when written now, false when stored before. A
    // conflict (someone else appended first) comes back as ErrorCode::Conflict.
    Result<bool> appendSaga(const QString &sagaStream, ExpectedVersion expected,
                            QList<NewEvent> events, QList<OutboxMessage> outbox = {});

    // The call of a step (or its compensation) and its outbox message. The idempotency key
    // and the message id are derived from the saga, the step and the operation, so a step
    // sent again after a crash is the same message with the same key.
    struct Call
    {
        ServiceCall call;
        OutboxMessage message;
    };
    Call callFor(const QString &sagaStream, const QString &requestStream, const StepSpec &step,
                 const ServiceCallSpec &spec, bool compensation, const domain::RequestInfo &info,
                 const QString &orderingKey) const;

    // How a message the saga sent has ended so far.
    struct CallEnd
    {
        enum class Kind
        {
            Pending,   // waiting, backing off, held by an open breaker, or under way
            Delivered, // the service took it
            Dead,      // parked in dead letters
            Missing    // no such message (never written)
        };
        Kind kind = Kind::Missing;
        QJsonValue response;
        QString adapter;
        QString cause;
        qint64 deadLetterId = 0;
        int attempts = 0;
        int shortCircuits = 0;
    };
    Result<CallEnd> callEnd(const QUuid &messageId);
    // The message a dead letter was re-queued as, once an administrator retried it (or
    // edited and retried it); nullopt while it is parked or when it was discarded.
    Result<std::optional<QUuid>> retriedAs(qint64 deadLetterId);

    // Records how a step ended in the request's stream through the decider: nothing when
    // the outcome is recorded already. The events' ids come from the message, so the same
    // outcome reported twice is stored once. A refusal by the decider writes nothing and
    // is put in *refusal; an error is the store's (a Conflict: the request moved on).
    Result<bool> recordOutcome(const Request &request, const Definition &definition,
                               const QString &step, domain::StepOutcome outcome,
                               const QString &cause, const QJsonValue &response,
                               const QString &adapter, const QString &source, QString *refusal);

    // Looks at a call of the saga that is in the outbox (record.phase Started) and, once it
    // has ended, records the outcome: in the request's stream through the decider (the
    // step's Succeeded or Failed, a compensation's Compensated or CompensationFailed), then
    // in the saga stream (SagaStepCompleted/Failed, SagaCompensationCompleted/Failed, and
    // SagaFailed when a compensation failed for good). True when it wrote something, false
    // while the call is still under way. A decider's refusal is noted in *problem and the
    // saga's own record still written, so the saga is never stuck on it.
    Result<bool> settleCall(const Request &request, const SagaState &saga,
                            const Definition &definition, const QString &step,
                            const SagaCallRecord &record, bool compensation,
                            ExpectedVersion expected, QString *problem);

private:
    SqliteEventStore &m_store;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace eventdesk::workflow
