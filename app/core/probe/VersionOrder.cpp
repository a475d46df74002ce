#include "probe/VersionOrder.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>
#include <vector>

namespace {

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

QString semverCore(const QString &version)
{
    QString v = version.trimmed();
    if (v.startsWith(QLatin1Char('v')))
        v.remove(0, 1);
    const int plus = v.indexOf(QLatin1Char('+'));
    return plus >= 0 ? v.left(plus) : v;
}

int compareIdentifier(const QString &a, const QString &b)
{
    bool aNum = false;
    bool bNum = false;
    const qint64 an = a.toLongLong(&aNum);
    const qint64 bn = b.toLongLong(&bNum);
    if (aNum && bNum)
        return compareNumbers(an, bn);
    if (aNum != bNum)
        return aNum ? -1 : 1; // numeric identifiers sort before alphanumeric ones
    return QString::compare(a, b);
}

struct Pep440
{
    bool valid = false;
    qint64 epoch = 0;
    std::vector<qint64> release;
    qint64 preKind = 0; // 0 alpha, 1 beta, 2 rc; meaningful when hasPre
    qint64 preNumber = 0;
    bool hasPre = false;
    qint64 post = -1; // -1: none
    qint64 dev = -1;  // -1: none
};

Pep440 parsePep440(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?)"
            R"((?:(?:-(\d+))|(?:[-_.]?(?:post|rev|r)[-_.]?(\d*)))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+.*)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    Pep440 v;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return v;
    v.valid = true;
    v.epoch = m.captured(1).toLongLong();
    for (const QString &part : m.captured(2).split(QLatin1Char('.')))
        v.release.push_back(part.toLongLong());
    while (v.release.size() > 1 && v.release.back() == 0)
        v.release.pop_back();
    if (!m.captured(3).isEmpty()) {
        const QString kind = m.captured(3).toLower();
        v.hasPre = true;
        v.preKind =
            kind.startsWith(QLatin1Char('a')) ? 0 : (kind.startsWith(QLatin1Char('b')) ? 1 : 2);
        v.preNumber = m.captured(4).toLongLong();
    }
    if (m.capturedLength(5) > 0)
        v.post = m.captured(5).toLongLong();
    else if (m.capturedStart(6) >= 0)
        v.post = m.captured(6).toLongLong();
    if (m.capturedStart(7) >= 0)
        v.dev = m.captured(7).toLongLong();
    return v;
}

// PEP 440 ordering key of the suffixes: a dev release of a final version sorts before its
// pre-releases; a final version after them.
std::vector<qint64> suffixKey(const Pep440 &v)
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    std::vector<qint64> key;
    if (!v.hasPre && v.post < 0 && v.dev >= 0) {
        key.push_back(lowest);
        key.push_back(0);
    } else if (!v.hasPre) {
        key.push_back(highest);
        key.push_back(0);
    } else {
        key.push_back(v.preKind);
        key.push_back(v.preNumber);
    }
    key.push_back(v.post < 0 ? lowest : v.post);
    key.push_back(v.dev < 0 ? highest : v.dev);
    return key;
}

} // namespace

namespace VersionOrder {

int compareSemver(const QString &a, const QString &b)
{
    const QString ca = semverCore(a);
    const QString cb = semverCore(b);
    const int dashA = ca.indexOf(QLatin1Char('-'));
    const int dashB = cb.indexOf(QLatin1Char('-'));
    const QStringList numsA = (dashA >= 0 ? ca.left(dashA) : ca).split(QLatin1Char('.'));
    const QStringList numsB = (dashB >= 0 ? cb.left(dashB) : cb).split(QLatin1Char('.'));
    for (int i = 0; i < 3; ++i) {
        const int c = compareIdentifier(numsA.value(i, QStringLiteral("0")),
                                        numsB.value(i, QStringLiteral("0")));
        if (c != 0)
            return c;
    }
    if ((dashA < 0) != (dashB < 0))
        return dashA < 0 ? 1 : -1; // a release sorts after its pre-releases
    if (dashA < 0)
        return 0;
    const QStringList preA = ca.mid(dashA + 1).split(QLatin1Char('.'));
    const QStringList preB = cb.mid(dashB + 1).split(QLatin1Char('.'));
    for (int i = 0; i < std::min(preA.size(), preB.size()); ++i) {
        const int c = compareIdentifier(preA.at(i), preB.at(i));
        if (c != 0)
            return c;
    }
    return compareNumbers(preA.size(), preB.size());
}

bool isSemverPrerelease(const QString &version)
{
    return semverCore(version).contains(QLatin1Char('-'));
}

int comparePep440(const QString &a, const QString &b)
{
    const Pep440 va = parsePep440(a);
    const Pep440 vb = parsePep440(b);
    if (!va.valid || !vb.valid) {
        if (va.valid != vb.valid)
            return va.valid ? 1 : -1; // legacy versions sort first, as in pip
        return QString::compare(a, b);
    }
    if (int c = compareNumbers(va.epoch, vb.epoch))
        return c;
    const size_t n = std::max(va.release.size(), vb.release.size());
    for (size_t i = 0; i < n; ++i) {
        const qint64 x = i < va.release.size() ? va.release[i] : 0;
        const qint64 y = i < vb.release.size() ? vb.release[i] : 0;
        if (int c = compareNumbers(x, y))
            return c;
    }
    const std::vector<qint64> ka = suffixKey(va);
    const std::vector<qint64> kb = suffixKey(vb);
    for (size_t i = 0; i < ka.size(); ++i) {
        if (int c = compareNumbers(ka[i], kb[i]))
            return c;
    }
    return 0;
}

bool isPep440Prerelease(const QString &version)
{
    const Pep440 v = parsePep440(version);
    return v.valid && (v.hasPre || v.dev >= 0);
}

} // namespace VersionOrder
