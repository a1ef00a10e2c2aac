// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceSettings.h"

#include "security/Users.h"
#include "services/ServicePort.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <functional>

namespace eventdesk::services {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(eventdesk::services)
};

QString modeHint()
{
    return Text::tr("use up, down, flaky:RATE (RATE from 0 to 1, e.g. flaky:0.3) or slow:MS (e.g. "
                    "slow:250)");
}

// What the table holds and what folding the newer settings events into it gives.
struct Loaded
{
    QList<ServiceSettings> settings;       // in knownServices() order
    qint64 lastEventPosition = 0;          // of the newest settings event read
    QHash<QString, qint64> tablePositions; // applied_position as the table has it
};

void applyEvent(QList<ServiceSettings> &settings, qint64 position, const QString &streamId,
                const QString &type, const QByteArray &payloadBytes)
{
    const QJsonObject payload = QJsonDocument::fromJson(payloadBytes).object();
    const QString service = payload.value("service"_L1).toString();
    if (streamId != healthStream(service))
        return;
    for (ServiceSettings &s : settings) {
        if (s.name != service || s.appliedPosition >= position)
            continue;
        if (type == ServiceEvents::ServiceModeChanged) {
            if (auto mode = FaultMode::parse(payload.value("mode"_L1).toString()))
                s.mode = mode.value();
        } else if (type == ServiceEvents::ServiceUrlChanged) {
            s.adapter = payload.value("adapter"_L1).toString() == HttpAdapterKind
                            ? QString(HttpAdapterKind)
                            : QString(SimulatedAdapterKind);
            s.url = s.adapter == HttpAdapterKind ? payload.value("url"_L1).toString() : QString();
        } else if (type == ServiceEvents::ServiceTimeoutChanged) {
            const qint64 ms = payload.value("timeoutMs"_L1).toInteger();
            if (ms >= MinTimeoutMs && ms <= MaxTimeoutMs)
                s.timeoutMs = int(ms);
        }
        s.appliedPosition = position;
    }
}

// The two reads of a load, prepared once per connection.
struct Reads
{
    QSqlQuery rows;
    QSqlQuery events;

    Status prepare(QSqlDatabase &db)
    {
        rows = QSqlQuery(db);
        events = QSqlQuery(db);
        rows.setForwardOnly(true);
        events.setForwardOnly(true);
        if (!rows.prepare(u"SELECT service, adapter, url, mode, timeout_ms, applied_position "
                          "FROM service_settings"_s))
            return sqlite::describe(rows.lastError(), db.databaseName(),
                                    Text::tr("read the services"));
        // The type index ends with the position: a short range scan per type.
        if (!events.prepare(u"SELECT global_position, stream_id, type, payload FROM events "
                            "WHERE type IN (?, ?, ?) AND global_position > ? "
                            "ORDER BY global_position"_s))
            return sqlite::describe(events.lastError(), db.databaseName(),
                                    Text::tr("read the services"));
        return success();
    }
};

Result<Loaded> loadFrom(QSqlDatabase &db, Reads &reads)
{
    Loaded loaded;
    for (const QString &name : knownServices()) {
        ServiceSettings s;
        s.name = name;
        loaded.settings.append(s);
        loaded.tablePositions.insert(name, -1); // no row yet
    }
    QSqlQuery &rows = reads.rows;
    if (!rows.exec())
        return sqlite::describe(rows.lastError(), db.databaseName(), Text::tr("read the services"));
    while (rows.next()) {
        const QString name = rows.value(0).toString();
        for (ServiceSettings &s : loaded.settings) {
            if (s.name != name)
                continue;
            s.adapter = rows.value(1).toString() == HttpAdapterKind ? QString(HttpAdapterKind)
                                                                    : QString(SimulatedAdapterKind);
            s.url = s.adapter == HttpAdapterKind ? rows.value(2).toString() : QString();
            if (auto mode = FaultMode::parse(rows.value(3).toString()))
                s.mode = mode.value();
            const int timeout = rows.value(4).toInt();
            s.timeoutMs =
                timeout >= MinTimeoutMs && timeout <= MaxTimeoutMs ? timeout : DefaultTimeoutMs;
            s.appliedPosition = rows.value(5).toLongLong();
            loaded.tablePositions.insert(name, s.appliedPosition);
        }
    }
    rows.finish();

    qint64 from = std::numeric_limits<qint64>::max();
    for (const ServiceSettings &s : std::as_const(loaded.settings))
        from = std::min(from, s.appliedPosition);
    QSqlQuery &events = reads.events;
    events.bindValue(0, QString(ServiceEvents::ServiceModeChanged));
    events.bindValue(1, QString(ServiceEvents::ServiceUrlChanged));
    events.bindValue(2, QString(ServiceEvents::ServiceTimeoutChanged));
    events.bindValue(3, from);
    if (!events.exec())
        return sqlite::describe(events.lastError(), db.databaseName(),
                                Text::tr("read the services"));
    while (events.next()) {
        const qint64 position = events.value(0).toLongLong();
        applyEvent(loaded.settings, position, events.value(1).toString(),
                   events.value(2).toString(), events.value(3).toByteArray());
        loaded.lastEventPosition = std::max(loaded.lastEventPosition, position);
    }
    events.finish();
    return loaded;
}

Result<Loaded> loadFrom(QSqlDatabase &db)
{
    Reads reads;
    if (auto prepared = reads.prepare(db); !prepared)
        return prepared.error();
    return loadFrom(db, reads);
}

// Brings the table up to the settings events; runs on the writer thread.
Status catchUp(QSqlDatabase &db, qint64 nowMs)
{
    auto loaded = loadFrom(db);
    if (!loaded)
        return loaded.error();
    for (ServiceSettings &s : loaded->settings) {
        // Every row has now seen every settings event up to the newest: the next load
        // reads no event at all until another change.
        s.appliedPosition = std::max(s.appliedPosition, loaded->lastEventPosition);
        if (s.appliedPosition <= loaded->tablePositions.value(s.name, -1))
            continue;
        if (auto st = sqlite::execStatus(
                db,
                u"INSERT OR REPLACE INTO service_settings (service, adapter, url, mode, "
                "timeout_ms, applied_position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {s.name, s.adapter, s.url, s.mode.toText(), s.timeoutMs, s.appliedPosition, nowMs});
            !st)
            return st;
    }
    return success();
}
} // namespace

QString healthStream(const QString &service)
{
    return u"$health-"_s + service;
}

bool isKnownService(const QString &name)
{
    return knownServices().contains(name);
}

Error unknownService(const QString &name)
{
    return Error::validation(Text::tr("There is no service named \"%1\"; the services are %2.")
                                 .arg(name, knownServices().join(u", "_s)));
}

// ---------------------------------------------------------------------------------------
QString FaultMode::toText() const
{
    switch (kind) {
    case Kind::Up:
        return u"up"_s;
    case Kind::Down:
        return u"down"_s;
    case Kind::Flaky:
        return u"flaky:"_s + QString::number(failureRate, 'g', 15);
    case Kind::Slow:
        return u"slow:"_s + QString::number(delayMs);
    }
    return u"up"_s;
}

QString FaultMode::problem() const
{
    if (kind == Kind::Flaky && !(failureRate >= 0 && failureRate <= 1))
        return Text::tr("The failure rate of flaky must be from 0 to 1, e.g. flaky:0.3.");
    if (kind == Kind::Slow && (delayMs < 0 || delayMs > MaxSlowMs))
        return Text::tr("The delay of slow must be from 0 to %1 milliseconds.").arg(MaxSlowMs);
    return {};
}

Result<FaultMode> FaultMode::parse(QStringView text, bool *malformed)
{
    if (malformed)
        *malformed = false;
    const auto wrongForm = [&] {
        if (malformed)
            *malformed = true;
        return Error::validation(
            Text::tr("\"%1\" is no mode; %2.").arg(text.toString(), modeHint()));
    };
    if (text == u"up")
        return FaultMode::up();
    if (text == u"down")
        return FaultMode::down();
    // Numbers in plain decimal only: no exponent, no sign but a minus, no spaces.
    static const QRegularExpression decimal(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    static const QRegularExpression whole(u"^-?[0-9]+$"_s);
    FaultMode mode;
    if (text.startsWith(u"flaky:")) {
        const QString value = text.mid(6).toString();
        if (!decimal.match(value).hasMatch())
            return wrongForm();
        mode = FaultMode::flaky(value.toDouble());
    } else if (text.startsWith(u"slow:")) {
        const QString value = text.mid(5).toString();
        if (!whole.match(value).hasMatch())
            return wrongForm();
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (!ok || ms < 0 || ms > MaxSlowMs)
            return Error::validation(
                Text::tr("The delay of slow must be from 0 to %1 milliseconds.").arg(MaxSlowMs));
        mode = FaultMode::slow(int(ms));
    } else {
        return wrongForm();
    }
    if (const QString p = mode.problem(); !p.isEmpty())
        return Error::validation(p);
    return mode;
}

// ---------------------------------------------------------------------------------------
bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString urlProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (scheme != u"http"_s && scheme != u"https"_s))
        return Text::tr("\"%1\" is no http:// or https:// URL with a host.")
            .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return Text::tr("A service URL may not hold a user name or password; credentials are kept "
                        "out of the store (see docs/SERVICES.md).");
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return Text::tr("Plain http:// is allowed only for a loopback address (127.0.0.1, ::1, "
                        "localhost); use https:// for %1.")
            .arg(url.host());
    return {};
}

Result<ServiceEndpoint> ServiceEndpoint::parse(const QString &text, bool *malformed)
{
    if (malformed)
        *malformed = false;
    if (text == SimulatedAdapterKind)
        return ServiceEndpoint{};
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.trimmed() != text || !url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (scheme != u"http"_s && scheme != u"https"_s) || url.hasFragment()) {
        if (malformed)
            *malformed = true;
        return Error::validation(Text::tr("\"%1\" is not a service URL; give an absolute https:// "
                                          "URL (http:// only for a loopback address), or "
                                          "\"simulated\".")
                                     .arg(text));
    }
    if (const QString p = urlProblem(url); !p.isEmpty())
        return Error::validation(p);
    ServiceEndpoint endpoint;
    endpoint.adapter = QString(HttpAdapterKind);
    endpoint.url = url.adjusted(QUrl::NormalizePathSegments);
    return endpoint;
}

// ---------------------------------------------------------------------------------------
ServiceEndpoint ServiceSettings::endpoint() const
{
    ServiceEndpoint e;
    e.adapter = adapter;
    if (isHttp())
        e.url = QUrl(url, QUrl::StrictMode);
    return e;
}

bool ServiceSettings::sameEffect(const ServiceSettings &other) const
{
    return name == other.name && adapter == other.adapter && url == other.url &&
           mode == other.mode && timeoutMs == other.timeoutMs;
}

// ---------------------------------------------------------------------------------------
struct ServiceSettingsStore::Change
{
    bool changed = false;
    QString type;
    QJsonObject payload;
};

struct ServiceSettingsStore::PreparedReads
{
    QString connection;
    Reads reads;
};

ServiceSettingsStore::ServiceSettingsStore(SqliteEventStore &store)
    : m_store(store)
{}

ServiceSettingsStore::~ServiceSettingsStore() = default;

Result<QList<ServiceSettings>> ServiceSettingsStore::load()
{
    QSqlDatabase &db = m_store.readDatabase();
    if (!db.isValid() || !db.isOpen())
        return Error::storeUnavailable(
            Text::tr("The store %1 cannot be read.").arg(m_store.location()));
    // Prepared once: a directory loads before every batch of calls.
    if (!m_prepared || m_prepared->connection != db.connectionName()) {
        auto prepared = std::make_unique<PreparedReads>();
        prepared->connection = db.connectionName();
        if (auto s = prepared->reads.prepare(db); !s)
            return s.error();
        m_prepared = std::move(prepared);
    }
    auto loaded = loadFrom(db, m_prepared->reads);
    if (!loaded) {
        m_prepared.reset();
        return loaded.error();
    }
    return loaded->settings;
}

Result<ServiceSettings> ServiceSettingsStore::find(const QString &service)
{
    if (!isKnownService(service))
        return unknownService(service);
    auto all = load();
    if (!all)
        return all.error();
    for (const ServiceSettings &s : all.value())
        if (s.name == service)
            return s;
    return unknownService(service);
}

Result<bool>
ServiceSettingsStore::change(const security::SignedInUser &actor, const QString &service,
                             const QString &operation,
                             const std::function<Result<Change>(const ServiceSettings &)> &decide)
{
    auto current = find(service);
    if (!current)
        return current.error();
    // Validation first: a refused value writes nothing.
    auto change = decide(current.value());
    if (!change)
        return change.error();
    auto directory = security::loadUserDirectory(m_store);
    if (!directory)
        return directory.error();
    const security::User *acting = directory->find(actor.name);
    if (!acting || !acting->isEnabledAdmin())
        return security::recordAccessDenied(m_store, actor.name, operation,
                                            Text::tr("the admin role is required"), service);
    if (!change->changed)
        return false;

    change->payload.insert("service"_L1, service);
    EventMetadata meta;
    meta.actor = actor.name;
    meta.host = QSysInfo::machineHostName();
    AppendRequest request;
    request.streamId = healthStream(service);
    request.expected = ExpectedVersion::any();
    request.events.append(NewEvent::make(change->type, change->payload, meta));
    const AppendResult appended = m_store.append(std::move(request)).result();
    if (!appended)
        return appended.error();

    // The event is the truth; should this fail, load() still folds the event in, and the
    // next change brings the table up to date.
    const qint64 now = m_store.options().effectiveClock().nowMs();
    const Status caught =
        m_store.runWrite([now](QSqlDatabase &db) { return catchUp(db, now); }).result();
    if (!caught)
        qWarning("eventdesk: service settings table not brought up to date: %s",
                 qPrintable(caught.error().message));
    return true;
}

Result<bool> ServiceSettingsStore::setMode(const security::SignedInUser &actor,
                                           const QString &service, const FaultMode &mode)
{
    return change(
        actor, service, Text::tr("change the mode of the %1 service").arg(service),
        [&mode](const ServiceSettings &current) -> Result<Change> {
            if (const QString p = mode.problem(); !p.isEmpty())
                return Error::validation(p);
            Change c;
            c.changed = current.mode != mode;
            c.type = QString(ServiceEvents::ServiceModeChanged);
            c.payload = {{"mode"_L1, mode.toText()}, {"previousMode"_L1, current.mode.toText()}};
            return c;
        });
}

Result<bool> ServiceSettingsStore::setEndpoint(const security::SignedInUser &actor,
                                               const QString &service,
                                               const ServiceEndpoint &endpoint)
{
    return change(actor, service, Text::tr("change the URL of the %1 service").arg(service),
                  [&endpoint](const ServiceSettings &current) -> Result<Change> {
                      QString url;
                      if (endpoint.isHttp()) {
                          if (const QString p = urlProblem(endpoint.url); !p.isEmpty())
                              return Error::validation(p);
                          url = endpoint.url.toString(QUrl::FullyEncoded);
                      } else if (endpoint.adapter != SimulatedAdapterKind) {
                          return Error::validation(
                              Text::tr("An adapter is \"simulated\" or \"http\"."));
                      }
                      Change c;
                      c.changed = current.adapter != endpoint.adapter || current.url != url;
                      c.type = QString(ServiceEvents::ServiceUrlChanged);
                      c.payload = {{"adapter"_L1, endpoint.adapter},
                                   {"url"_L1, url},
                                   {"previousAdapter"_L1, current.adapter},
                                   {"previousUrl"_L1, current.url}};
                      return c;
                  });
}

Result<bool> ServiceSettingsStore::setTimeout(const security::SignedInUser &actor,
                                              const QString &service, int timeoutMs)
{
    return change(
        actor, service, Text::tr("change the timeout of the %1 service").arg(service),
        [timeoutMs](const ServiceSettings &current) -> Result<Change> {
            if (timeoutMs < MinTimeoutMs || timeoutMs > MaxTimeoutMs)
                return Error::validation(Text::tr("A timeout must be from %1 to %2 milliseconds.")
                                             .arg(MinTimeoutMs)
                                             .arg(MaxTimeoutMs));
            Change c;
            c.changed = current.timeoutMs != timeoutMs;
            c.type = QString(ServiceEvents::ServiceTimeoutChanged);
            c.payload = {{"timeoutMs"_L1, timeoutMs}, {"previousTimeoutMs"_L1, current.timeoutMs}};
            return c;
        });
}

} // namespace eventdesk::services
