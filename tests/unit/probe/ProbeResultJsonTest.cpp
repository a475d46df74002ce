// The JSON form of a result: the schema `mirrordeck-cli probe --json` promises.

#include "probe/ProbeResult.h"

#include <QJsonArray>

#include <gtest/gtest.h>

TEST(ProbeResultJson, Ok_ErrorIsNullAndUnknownsAreNull)
{
    ProbeResult r;
    r.mirrorId = "tuna";
    r.ecosystem = "pip";
    r.ok = true;
    r.state = HealthState::Up;
    r.latencyMs = 12.3456;
    r.timings.dnsMs = 0.0;
    r.score = 87.54;
    const QJsonObject o = probeResultToJson(r);
    EXPECT_EQ(o.value("id").toString(), "tuna");
    EXPECT_EQ(o.value("state").toString(), "up");
    EXPECT_TRUE(o.value("error").isNull());
    EXPECT_DOUBLE_EQ(o.value("latency_ms").toDouble(), 12.346);
    EXPECT_DOUBLE_EQ(o.value("dns_ms").toDouble(), 0.0);
    EXPECT_FALSE(o.value("dns_ms").isNull());
    for (const char *key : {"connect_ms", "tls_ms", "ttfb_ms", "throughput_bps", "latest", "fresh"})
        EXPECT_TRUE(o.value(QLatin1String(key)).isNull()) << key;
    EXPECT_DOUBLE_EQ(o.value("score").toDouble(), 87.5);
}

TEST(ProbeResultJson, Failure_ErrorHasKindMessageAndStatus)
{
    ProbeResult r;
    r.mirrorId = "m";
    r.error = ProbeErrorKind::HttpStatus;
    r.errorMessage = "HTTP 503";
    r.httpStatus = 503;
    r.state = HealthState::Down;
    r.fresh = false;
    r.lacks = QStringList{"2.0.1", "2.0.0"};
    const QJsonObject o = probeResultToJson(r);
    EXPECT_FALSE(o.value("ok").toBool());
    EXPECT_EQ(o.value("state").toString(), "down");
    const QJsonObject error = o.value("error").toObject();
    EXPECT_EQ(error.value("kind").toString(), "http_status");
    EXPECT_EQ(error.value("message").toString(), "HTTP 503");
    EXPECT_EQ(error.value("http_status").toInt(), 503);
    EXPECT_EQ(o.value("fresh"), QJsonValue(false));
    EXPECT_EQ(o.value("lacks").toArray().size(), 2);
}

TEST(ProbeResultJson, ErrorCodes_AreStableNames)
{
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::DnsFailure), "dns");
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::Refused), "refused");
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::Reset), "reset");
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::Timeout), "timeout");
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::Tls), "tls");
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::RedirectLoop), "redirect_loop");
    EXPECT_EQ(ProbeError::code(ProbeErrorKind::Oversize), "oversize");
}
