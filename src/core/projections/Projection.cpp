// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/Projection.h"

#include "workflow/DefinitionRegistry.h"

#include <QDateTime>
#include <QJsonObject>

namespace eventdesk::projections {

using namespace Qt::Literals::StringLiterals;

RequestFolds makeRequestFolds()
{
    return RequestFolds(
        [](const QString &streamId) -> std::optional<domain::RequestAggregate> {
            if (streamId.startsWith(u'$'))
                return std::nullopt;
            return domain::RequestAggregate::forWorkflow(
                domain::RequestAggregate::workflowOfStream(streamId));
        },
        [](domain::RequestAggregate &request, const RecordedEvent &event) {
            request.apply(event);
        });
}

const workflow::Definition *DefinitionLookup::find(const QString &workflow, int version,
                                                   EventRows &rows)
{
    auto lookup = [&]() -> const workflow::Definition * {
        for (const workflow::Definition &d : std::as_const(m_definitions))
            if (d.name == workflow && d.version == version)
                return &d;
        return nullptr;
    };
    // A failed read leaves the shipped definitions, and the next head tries again.
    if (m_loadedAt < 0)
        static_cast<void>(load(rows));
    if (const auto *d = lookup())
        return d;
    // A definition loaded since: read $workflows again, once per new head.
    auto head = rows.head();
    if (head && *head != m_loadedAt) {
        static_cast<void>(load(rows));
        if (const auto *d = lookup())
            return d;
    }
    // A request on a version this store does not know: the newest one of its workflow,
    // so the model still shows it (the same on a rebuild as incrementally).
    const workflow::Definition *latest = nullptr;
    for (const workflow::Definition &d : std::as_const(m_definitions))
        if (d.name == workflow && (!latest || d.version > latest->version))
            latest = &d;
    return latest;
}

Status DefinitionLookup::load(EventRows &rows)
{
    m_definitions.clear();
    auto head = rows.head();
    m_loadedAt = head ? *head : 0;
    if (auto shipped = workflow::shippedDefinitions())
        m_definitions = shipped.value();
    auto loaded = rows.streamUpTo(QString(workflow::WorkflowsStream), 0);
    if (!loaded)
        return loaded.error();
    for (const RecordedEvent &e : std::as_const(loaded.value())) {
        if (e.type != workflow::WorkflowDefinitionLoadedEvent)
            continue;
        auto d =
            workflow::Definition::fromObject(e.payloadObject().value("definition"_L1).toObject(),
                                             e.payloadObject().value("source"_L1).toString());
        if (d)
            m_definitions.append(d.value());
    }
    return success();
}

qint64 roleMask(const security::RoleSet &roles)
{
    qint64 mask = 0;
    int index = 0;
    for (security::Role role : security::AllRoles) {
        if (roles.has(role))
            mask |= qint64(1) << index;
        ++index;
    }
    return mask;
}

qint64 eventTime(const RecordedEvent &event, const QJsonObject &payload)
{
    const QJsonValue at = payload.value("at"_L1);
    return at.isDouble() ? at.toInteger() : event.recordedAt;
}

QString utcDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace eventdesk::projections
