#pragma once

// What a mirror is probed with, as named values each protocol defines for itself (Go:
// "latency-module", "latency-version" …): a small metadata object for latency, a known artifact
// for throughput, a fast-moving package for freshness. Each protocol registers defaults;
// ProbeSettings::targets may override single values.

#include <QHash>
#include <QString>

class ProbeTargets
{
public:
    QString value(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    bool isEmpty() const { return m_values.isEmpty(); }

    // These targets with every value `overrides` sets replaced.
    ProbeTargets overriddenBy(const ProbeTargets &overrides) const
    {
        ProbeTargets result = *this;
        for (auto it = overrides.m_values.cbegin(); it != overrides.m_values.cend(); ++it)
            result.m_values.insert(it.key(), it.value());
        return result;
    }

private:
    QHash<QString, QString> m_values;
};
