// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/DefinitionRegistry.h"

#include "security/AccessControl.h"
#include "security/Users.h"
#include "store/SqliteEventStore.h"
#include "workflow/DefinitionShapes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSysInfo>

#include <algorithm>

namespace eventdesk::workflow {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::workflow::DefinitionRegistry)
};

// $workflows is small (a few events per workflow), so it is read whole in pages.
constexpr int PageSize = 500;
// Two administrators loading at once: the loser decides again on the new state.
constexpr int MaxAttempts = 4;

QString shippedSource()
{
    return u"shipped"_s;
}
} // namespace

void DefinitionRegistry::add(Definition definition, const QString &source)
{
    // A loaded version replaces a shipped one of the same number: requests in this store
    // were submitted against what the store recorded.
    for (Entry &e : m_entries)
        if (e.definition.name == definition.name && e.definition.version == definition.version) {
            e = Entry{std::move(definition), source};
            return;
        }
    m_entries.append(Entry{std::move(definition), source});
    const QStringList order = workflowNames();
    std::stable_sort(m_entries.begin(), m_entries.end(), [&](const Entry &a, const Entry &b) {
        const qsizetype ia = order.indexOf(a.definition.name);
        const qsizetype ib = order.indexOf(b.definition.name);
        if (ia != ib)
            return ia < ib;
        return a.definition.version < b.definition.version;
    });
}

Result<DefinitionRegistry> DefinitionRegistry::load(SqliteEventStore &store)
{
    DefinitionRegistry registry;
    auto shipped = shippedDefinitions();
    if (!shipped)
        return shipped.error();
    for (const Definition &d : shipped.value())
        registry.add(d, shippedSource());

    const QString stream(WorkflowsStream);
    qint64 from = 0;
    for (;;) {
        auto slice = store.reader().readStream(stream, from, Direction::Forwards, PageSize);
        if (!slice)
            return slice.error();
        for (const RecordedEvent &e : slice->events) {
            registry.m_streamVersion = e.streamVersion;
            if (e.type != WorkflowDefinitionLoadedEvent)
                continue;
            const QJsonObject payload = e.payloadObject();
            const QString source = payload.value("source"_L1).toString();
            auto d = Definition::fromObject(payload.value("definition"_L1).toObject(),
                                            source.isEmpty() ? stream : source);
            // A recorded definition passed validation when it was loaded; one this build
            // refuses is a store from a newer program, which must not run on a guess.
            if (!d)
                return Error::internal(Text::tr("The definition recorded at position %1 of %2 "
                                                "cannot be read by this version: %3")
                                           .arg(e.globalPosition)
                                           .arg(stream, d.error().message));
            registry.add(std::move(d).value(), source);
        }
        if (slice->events.size() < PageSize)
            break;
        from = slice->events.constLast().streamVersion + 1;
    }
    return registry;
}

const Definition *DefinitionRegistry::latest(QStringView workflow) const
{
    const Definition *best = nullptr;
    for (const Entry &e : m_entries)
        if (e.definition.name == workflow && (!best || e.definition.version > best->version))
            best = &e.definition;
    return best;
}

const Definition *DefinitionRegistry::find(QStringView workflow, int version) const
{
    for (const Entry &e : m_entries)
        if (e.definition.name == workflow && e.definition.version == version)
            return &e.definition;
    return nullptr;
}

QList<Definition> DefinitionRegistry::all() const
{
    QList<Definition> list;
    list.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        list.append(e.definition);
    return list;
}

QString DefinitionRegistry::sourceOf(QStringView workflow, int version) const
{
    for (const Entry &e : m_entries)
        if (e.definition.name == workflow && e.definition.version == version)
            return e.source;
    return {};
}

Result<qint64> loadDefinition(SqliteEventStore &store, const QString &adminName,
                              const Definition &definition, const QString &sourceName)
{
    const QString operation = Text::tr("load a workflow definition");
    const QString source = QFileInfo(sourceName).fileName();
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        auto users = security::loadUserDirectory(store);
        if (!users)
            return users.error();
        const security::User *admin = users->find(adminName);
        if (!admin || !admin->isEnabledAdmin())
            return security::recordAccessDenied(store, adminName, operation,
                                                Text::tr("the admin role is required"),
                                                definition.name);
        auto registry = DefinitionRegistry::load(store);
        if (!registry)
            return registry.error();
        if (const Definition *current = registry->latest(definition.name)) {
            if (definition.version <= current->version)
                return Error::validation(
                    Text::tr("%1: version %2 of the %3 workflow is not newer than the current "
                             "version %4; give the definition a higher version.")
                        .arg(source.isEmpty() ? definition.name : source)
                        .arg(definition.version)
                        .arg(definition.name)
                        .arg(current->version));
        } else {
            return Error::validation(
                Text::tr("%1: unknown workflow \"%2\"; use one of %3")
                    .arg(source, definition.name, workflowNames().join(u", "_s)));
        }

        QJsonObject payload{{"name"_L1, definition.name},
                            {"version"_L1, definition.version},
                            {"definition"_L1, definition.toJson()},
                            {"source"_L1, source}};
        EventMetadata meta;
        meta.actor = adminName;
        meta.correlationId = QString(WorkflowsStream);
        meta.host = QSysInfo::machineHostName();
        AppendRequest request;
        request.streamId = QString(WorkflowsStream);
        request.expected = registry->streamVersion() < 0
                               ? ExpectedVersion::noStream()
                               : ExpectedVersion::exact(registry->streamVersion());
        request.events.append(
            NewEvent::make(QString(WorkflowDefinitionLoadedEvent), payload, meta));
        const AppendResult stored = store.append(std::move(request)).result();
        if (stored)
            return stored->lastPosition;
        if (stored.error().code != ErrorCode::Conflict)
            return stored.error();
    }
    return Error::conflict(Text::tr("Another administrator kept loading definitions at the same "
                                    "time; try again."));
}

} // namespace eventdesk::workflow
