#include "probedb/LatencyHistogram.h"

#include <QtEndian>

#include <cmath>

namespace {

constexpr double kMinMs = 0.1;
constexpr double kGrowth = 1.05;
constexpr int kBinCount = 288; // 0.1 ms × 1.05^287 ≈ 120 s

} // namespace

int LatencyHistogram::binOf(double latencyMs)
{
    if (!(latencyMs > kMinMs)) // also NaN
        return 0;
    const int bin = 1 + int(std::floor(std::log(latencyMs / kMinMs) / std::log(kGrowth)));
    return std::min(bin, kBinCount - 1);
}

double LatencyHistogram::valueOf(int bin)
{
    if (bin <= 0)
        return kMinMs;
    // Bin b holds (0.1·1.05^(b-1), 0.1·1.05^b]: its geometric middle.
    return kMinMs * std::pow(kGrowth, double(bin) - 0.5);
}

void LatencyHistogram::add(double latencyMs, quint32 count)
{
    if (count == 0)
        return;
    m_bins[binOf(latencyMs)] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (auto it = other.m_bins.cbegin(); it != other.m_bins.cend(); ++it)
        m_bins[it.key()] += it.value();
    m_total += other.m_total;
}

std::optional<double> LatencyHistogram::percentile(double percent) const
{
    if (m_total == 0)
        return std::nullopt;
    const quint64 rank =
        std::max<quint64>(1, quint64(std::ceil(percent / 100.0 * double(m_total) - 1e-9)));
    quint64 seen = 0;
    for (auto it = m_bins.cbegin(); it != m_bins.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return valueOf(it.key());
    }
    return valueOf(m_bins.lastKey());
}

QByteArray LatencyHistogram::toBlob() const
{
    QByteArray blob(qsizetype(m_bins.size()) * 6, Qt::Uninitialized);
    uchar *out = reinterpret_cast<uchar *>(blob.data());
    for (auto it = m_bins.cbegin(); it != m_bins.cend(); ++it) {
        qToLittleEndian<quint16>(quint16(it.key()), out);
        qToLittleEndian<quint32>(quint32(std::min<quint64>(it.value(), 0xffffffffu)), out + 2);
        out += 6;
    }
    return blob;
}

LatencyHistogram LatencyHistogram::fromBlob(const QByteArray &blob, bool *ok)
{
    LatencyHistogram histogram;
    const bool valid = blob.size() % 6 == 0;
    if (ok)
        *ok = valid;
    if (!valid)
        return histogram;
    const uchar *in = reinterpret_cast<const uchar *>(blob.constData());
    for (qsizetype i = 0; i < blob.size(); i += 6) {
        const int bin = qFromLittleEndian<quint16>(in + i);
        const quint32 count = qFromLittleEndian<quint32>(in + i + 2);
        if (bin >= kBinCount) {
            if (ok)
                *ok = false;
            return {};
        }
        histogram.m_bins[bin] += count;
        histogram.m_total += count;
    }
    return histogram;
}
