#pragma once

// Shared helpers for the npm tests: running the real `npm config get` for several keys at once
// (npm prints key=value lines then), and writing/applying changes in a TestHome.

#include "config/ConfigWriter.h"
#include "support/TestHome.h"

#include <QMap>

#include <gtest/gtest.h>

namespace npmtest {

// `npm config get k1 k2 … --offline` in the test home; "undefined" for keys npm does not know.
inline QMap<QString, QString> npmGet(const TestHome &home, const QStringList &keys)
{
    QStringList arguments = {QStringLiteral("config"), QStringLiteral("get")};
    arguments << keys << QStringLiteral("--offline");
    const ProcessResult result = home.run(QStringLiteral("npm"), arguments);
    QMap<QString, QString> values;
    EXPECT_TRUE(result.started) << "npm did not start";
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
    const QString out = QString::fromUtf8(result.out);
    if (keys.size() == 1) {
        values.insert(keys.first(), out.trimmed());
        return values;
    }
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        for (const QString &key : keys) {
            if (line.startsWith(key + QLatin1Char('=')))
                values.insert(key, line.mid(key.size() + 1));
        }
    }
    return values;
}

inline QString npmGetOne(const TestHome &home, const QString &key)
{
    return npmGet(home, {key}).value(key);
}

inline void apply(const Expected<ConfigChange> &change)
{
    ASSERT_TRUE(change.hasValue()) << change.error().toString().toStdString();
    ConfigWriter writer(nullptr);
    const Expected<QString> written = writer.apply(*change);
    ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
}

} // namespace npmtest
