#include "UnifiedDiff.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace {

struct DiffLine
{
    char op; // ' ', '-', '+'
    QByteArray text;
    bool terminated;
};

QList<QByteArray> splitKeepingTerminators(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

// Line-level edit script. The common prefix and suffix are peeled off first: config edits touch a
// line or two, so the quadratic part only ever sees a handful of lines.
std::vector<DiffLine> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<DiffLine> script;
    auto push = [&script](char op, const QByteArray &line) {
        const bool terminated = line.endsWith('\n');
        QByteArray text = line;
        if (terminated)
            text.chop(1);
        if (text.endsWith('\r'))
            text.chop(1);
        script.push_back({op, text, terminated});
    };
    for (qsizetype i = 0; i < prefix; ++i)
        push(' ', a[i]);

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > 4'000'000) {
        // Too large for an exact LCS; a block replacement is still a correct diff.
        for (qsizetype i = 0; i < n; ++i)
            push('-', a[prefix + i]);
        for (qsizetype j = 0; j < m; ++j)
            push('+', b[prefix + j]);
    } else {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i)][size_t(j)] =
                    a[prefix + i] == b[prefix + j]
                        ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                        : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                push(' ', a[prefix + i]);
                ++i;
                ++j;
            } else if (i < n &&
                       (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                // Removals before additions, as diff -u prints them.
                push('-', a[prefix + i]);
                ++i;
            } else {
                push('+', b[prefix + j]);
                ++j;
            }
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        push(' ', a[k]);
    return script;
}

QString range(int start, int count)
{
    if (count == 1)
        return QString::number(start);
    return QStringLiteral("%1,%2").arg(count == 0 ? start - 1 : start).arg(count);
}

} // namespace

QString UnifiedDiff::compute(const QByteArray &before, const QByteArray &after,
                             const QString &fromLabel, const QString &toLabel, int context)
{
    const std::vector<DiffLine> script =
        editScript(splitKeepingTerminators(before), splitKeepingTerminators(after));
    QString out;
    const int total = int(script.size());
    int index = 0;
    bool headerWritten = false;
    while (index < total) {
        // Find the next change.
        int firstChange = index;
        while (firstChange < total && script[size_t(firstChange)].op == ' ')
            ++firstChange;
        if (firstChange == total)
            break;
        int hunkStart = std::max(index, firstChange - context);
        // Extend the hunk while changes are within 2*context lines of each other.
        int hunkEnd = firstChange;
        int scan = firstChange;
        while (scan < total) {
            if (script[size_t(scan)].op != ' ') {
                hunkEnd = scan;
                ++scan;
                continue;
            }
            int run = scan;
            while (run < total && script[size_t(run)].op == ' ')
                ++run;
            if (run == total || run - scan > 2 * context)
                break;
            scan = run;
        }
        const int hunkStop = std::min(total, hunkEnd + context + 1);

        int oldLine = 1;
        int newLine = 1;
        for (int k = 0; k < hunkStart; ++k) {
            if (script[size_t(k)].op != '+')
                ++oldLine;
            if (script[size_t(k)].op != '-')
                ++newLine;
        }
        int oldCount = 0;
        int newCount = 0;
        for (int k = hunkStart; k < hunkStop; ++k) {
            if (script[size_t(k)].op != '+')
                ++oldCount;
            if (script[size_t(k)].op != '-')
                ++newCount;
        }
        if (!headerWritten) {
            out += QStringLiteral("--- %1\n+++ %2\n").arg(fromLabel, toLabel);
            headerWritten = true;
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(oldLine, oldCount), range(newLine, newCount));
        for (int k = hunkStart; k < hunkStop; ++k) {
            const DiffLine &line = script[size_t(k)];
            out += QLatin1Char(line.op) + QString::fromUtf8(line.text) + QLatin1Char('\n');
            if (!line.terminated)
                out += QStringLiteral("\\ No newline at end of file\n");
        }
        index = hunkStop;
    }
    return out;
}
