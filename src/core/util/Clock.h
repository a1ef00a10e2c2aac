// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace eventdesk {

// Where "now" comes from. Production uses the system clock; tests inject a fake one
// so recorded_at, lockouts and deadlines are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;  // UTC milliseconds since the epoch
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'767'225'600'000) : m_now(startMs) {}  // 2026-01-01
    qint64 nowMs() const override { return m_now.load(); }
    void set(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace eventdesk
