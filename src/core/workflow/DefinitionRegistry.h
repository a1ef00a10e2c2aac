// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "workflow/Definition.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::workflow {

// The system stream that records the definitions an administrator loaded, and its event.
inline constexpr QLatin1String WorkflowsStream{"$workflows"};
// {name, version, definition: the canonical JSON object, source: the file name}
inline constexpr QLatin1String WorkflowDefinitionLoadedEvent{"WorkflowDefinitionLoaded"};

// Shipped definitions plus those an administrator loaded into this store. A request runs
// on the version it was submitted with, so every version stays findable.
class DefinitionRegistry
{
public:
    static Result<DefinitionRegistry> load(SqliteEventStore &store); // reads $workflows
    const Definition *latest(QStringView workflow) const;            // nullptr if unknown
    const Definition *find(QStringView workflow, int version) const; // nullptr if unknown
    QList<Definition> all() const;                                   // every version

    // The version of $workflows this registry was read at; -1 when nothing was loaded.
    qint64 streamVersion() const { return m_streamVersion; }
    // Where a definition came from: "shipped", or the file name an administrator loaded.
    QString sourceOf(QStringView workflow, int version) const;

private:
    struct Entry
    {
        Definition definition;
        QString source;
    };
    void add(Definition definition, const QString &source);

    QList<Entry> m_entries; // by name, then version
    qint64 m_streamVersion = -1;
};

// Appends WorkflowDefinitionLoaded to $workflows. Only an enabled administrator may
// (a refusal is recorded as AccessDenied); a version not newer than the latest one for
// that workflow is a Validation error. Returns the global position of the event.
Result<qint64> loadDefinition(SqliteEventStore &store, const QString &adminName,
                              const Definition &definition, const QString &sourceName);

} // namespace eventdesk::workflow
