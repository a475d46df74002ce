#pragma once

// Python's tomllib as the judge of TOML files: one python3 process reads the given files and
// returns, per file, {"ok": true, "data": …} in the form TomlDocument::toCanonicalJson() writes,
// or {"ok": false, "line": N, "message": …}. A UTF-8 byte order mark is skipped first (tomllib
// refuses one; the native readers of TOML config files skip it). Tests that need it skip when
// python3 has no tomllib (Python < 3.11).

#include "support/TestHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tomllib {

inline const char *script()
{
    return R"PY(
import datetime, json, math, re, sys
try:
    import tomllib
except ImportError:
    print("no-tomllib")
    sys.exit(3)
def conv(v):
    if isinstance(v, dict):
        return {k: conv(x) for k, x in v.items()}
    if isinstance(v, list):
        return [conv(x) for x in v]
    if isinstance(v, bool):
        return {"type": "boolean", "value": "true" if v else "false"}
    if isinstance(v, int):
        return {"type": "integer", "value": str(v)}
    if isinstance(v, float):
        if math.isnan(v):
            s = "nan"
        elif math.isinf(v):
            s = "inf" if v > 0 else "-inf"
        else:
            s = format(v, ".17g")
        return {"type": "float", "value": s}
    if isinstance(v, str):
        return {"type": "string", "value": v}
    return {"type": "datetime", "value": ""}
out = []
for path in sys.argv[1:]:
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        out.append({"ok": False, "line": raw[:e.start].count(b"\n") + 1, "message": str(e)})
        continue
    try:
        out.append({"ok": True, "data": conv(tomllib.loads(text))})
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"at line (\d+)", str(e))
        line = int(m.group(1)) if m else text.replace("\r\n", "\n").count("\n") + 1
        out.append({"ok": False, "line": line, "message": str(e)})
print(json.dumps(out))
)PY";
}

// Empty when python3 or its tomllib is missing (the caller skips).
inline QJsonArray parse(const QStringList &paths, QString *whyNot = nullptr)
{
    TestHome home;
    const ProcessResult result =
        home.run(TestHome::pythonProgram(),
                 QStringList{QStringLiteral("-c"), QString::fromUtf8(script())} + paths);
    if (!result.started || result.exitCode != 0) {
        if (whyNot)
            *whyNot = result.started ? QString::fromUtf8(result.out + result.err)
                                     : QStringLiteral("python3 did not start");
        return {};
    }
    return QJsonDocument::fromJson(result.out).array();
}

inline QJsonObject parseOne(const QString &path, QString *whyNot = nullptr)
{
    const QJsonArray all = parse({path}, whyNot);
    return all.isEmpty() ? QJsonObject() : all.at(0).toObject();
}

} // namespace Tomllib
