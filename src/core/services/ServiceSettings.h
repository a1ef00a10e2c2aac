// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/AccessControl.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <functional>
#include <memory>

namespace eventdesk {
class SqliteEventStore;
} // namespace eventdesk

namespace eventdesk::services {

// Limits of the settings (docs/SERVICES.md says why).
inline constexpr int DefaultTimeoutMs = 10'000;
inline constexpr int MinTimeoutMs = 100;
inline constexpr int MaxTimeoutMs = 300'000;
inline constexpr int MaxSlowMs = 600'000;

// The event types that record a change of a service's settings, in $health-<service>.
namespace ServiceEvents {
inline constexpr QLatin1String ServiceModeChanged{"ServiceModeChanged"};
inline constexpr QLatin1String ServiceUrlChanged{"ServiceUrlChanged"};
inline constexpr QLatin1String ServiceTimeoutChanged{"ServiceTimeoutChanged"};
} // namespace ServiceEvents

inline constexpr QLatin1String SimulatedAdapterKind{"simulated"};
inline constexpr QLatin1String HttpAdapterKind{"http"};

// "$health-payment": the system stream of a service's settings and breaker history.
QString healthStream(const QString &service);
bool isKnownService(const QString &name);
// The validation error for a name that is not one of knownServices().
Error unknownService(const QString &name);

// The fault the simulated adapter injects (shared/design/CLI.md: up, down, flaky:RATE,
// slow:MS). Only the simulated adapter uses it; an HTTP service is as the real one is.
struct FaultMode
{
    enum class Kind
    {
        Up,
        Down,
        Flaky,
        Slow
    };

    Kind kind = Kind::Up;
    double failureRate = 0; // Flaky: the share of calls that fail, 0 to 1
    int delayMs = 0;        // Slow: how long each answer takes

    static FaultMode up() { return {}; }
    static FaultMode down() { return {Kind::Down, 0, 0}; }
    static FaultMode flaky(double rate) { return {Kind::Flaky, rate, 0}; }
    static FaultMode slow(int ms) { return {Kind::Slow, 0, ms}; }

    // "up", "down", "flaky:0.3", "slow:250": the form the CLI takes and the store keeps.
    QString toText() const;
    // Text of the wrong form (flaky:abc, a word that is no mode) sets *malformed; a
    // well-formed value out of range (flaky:1.5, slow:-1) does not. Both are errors.
    static Result<FaultMode> parse(QStringView text, bool *malformed = nullptr);
    // Empty when the values are in range, else what is wrong.
    QString problem() const;

    friend bool operator==(const FaultMode &, const FaultMode &) = default;
};

// Where a service's calls go: the simulated adapter, or an HTTP endpoint.
struct ServiceEndpoint
{
    QString adapter = QString(SimulatedAdapterKind); // "simulated" or "http"
    QUrl url;                                        // http only

    bool isHttp() const { return adapter == HttpAdapterKind; }
    // "simulated", or an https:// URL, or an http:// URL of a loopback host. A text that
    // is no absolute http(s) URL sets *malformed; a well-formed URL EventDesk refuses
    // (plain http to another host, a user name or password in it) does not.
    static Result<ServiceEndpoint> parse(const QString &text, bool *malformed = nullptr);

    friend bool operator==(const ServiceEndpoint &, const ServiceEndpoint &) = default;
};

// 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);
// What forbids calling this URL, or empty when it may be called: checked when the URL is
// set and again before every call, so a URL written into the store by other means is
// refused too.
QString urlProblem(const QUrl &url);

// One service's settings as the store keeps them.
struct ServiceSettings
{
    QString name;
    QString adapter = QString(SimulatedAdapterKind);
    QString url; // empty for the simulated adapter
    FaultMode mode;
    int timeoutMs = DefaultTimeoutMs;
    qint64 appliedPosition = 0; // settings events up to this position are folded in

    ServiceEndpoint endpoint() const;
    bool isHttp() const { return adapter == HttpAdapterKind; }
    // Equal in everything that decides how calls are made.
    bool sameEffect(const ServiceSettings &other) const;
};

// The service_settings table: a projection of the settings events in $health-<service>.
// A change appends its event first (the event is the truth), then brings the table up to
// date on the writer thread; load() folds in any settings event the table has not
// caught up with (a crash between the two), so every process sees the same settings.
class ServiceSettingsStore final
{
public:
    explicit ServiceSettingsStore(SqliteEventStore &store);
    ~ServiceSettingsStore();
    Q_DISABLE_COPY_MOVE(ServiceSettingsStore)

    // All four services, in the order of knownServices(). Two small indexed reads,
    // prepared once on the calling thread's connection (so keep one object per thread):
    // cheap enough to call before every batch.
    Result<QList<ServiceSettings>> load();
    Result<ServiceSettings> find(const QString &service);

    // Admin-only changes, refused in core and recorded as AccessDenied for anyone else.
    // Each is validated before anything is written and audited as an event with the
    // actor. true: changed; false: the setting was already so and nothing was written.
    Result<bool> setMode(const security::SignedInUser &actor, const QString &service,
                         const FaultMode &mode);
    Result<bool> setEndpoint(const security::SignedInUser &actor, const QString &service,
                             const ServiceEndpoint &endpoint);
    Result<bool> setTimeout(const security::SignedInUser &actor, const QString &service,
                            int timeoutMs);

private:
    struct Change;
    Result<bool> change(const security::SignedInUser &actor, const QString &service,
                        const QString &operation,
                        const std::function<Result<Change>(const ServiceSettings &)> &decide);

    struct PreparedReads;
    SqliteEventStore &m_store;
    std::unique_ptr<PreparedReads> m_prepared;
};

} // namespace eventdesk::services
