#pragma once

// Time source of the health windows and fail_timeout, injectable so tests drive time by hand.

#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // milliseconds since the epoch
};

class SystemClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that only moves when told to: for tests.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1700000000000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};
