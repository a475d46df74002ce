#include "credentials/GitConfigEditor.h"

#include "config/LineDocument.h"

#include <QFileInfo>

namespace {

const QByteArray kResetLine = QByteArrayLiteral("\thelper =");

QByteArray quoted(const QString &text)
{
    // git config values: backslash and double quote are escaped inside double quotes; the quotes
    // also keep ';' and '#' from starting a comment.
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        out += c;
    }
    return out + '"';
}

bool isSectionHeader(const QByteArray &line)
{
    return line.trimmed().startsWith('[');
}

// The index of the first line of our block (its header) or -1.
int findBlock(const LineDocument &document, const QByteArray &header, const QByteArray &helper)
{
    for (int i = 0; i + 2 < document.lineCount(); ++i) {
        if (document.line(i).trimmed() == header && document.line(i + 1) == kResetLine &&
            document.line(i + 2) == helper)
            return i;
    }
    return -1;
}

} // namespace

QString GitConfigEditor::globalConfigPath(const ToolEnvironment &environment)
{
    if (environment.hasNonEmpty(QStringLiteral("GIT_CONFIG_GLOBAL")))
        return environment.value(QStringLiteral("GIT_CONFIG_GLOBAL"));
    const QString home =
        ToolEnvironment::joinPath(environment.homeDir(), QStringLiteral(".gitconfig"));
    if (QFileInfo::exists(home))
        return home;
    const QString xdgBase =
        environment.hasNonEmpty(QStringLiteral("XDG_CONFIG_HOME"))
            ? environment.value(QStringLiteral("XDG_CONFIG_HOME"))
            : ToolEnvironment::joinPath(environment.homeDir(), QStringLiteral(".config"));
    const QString xdg = xdgBase + QStringLiteral("/git/config");
    return QFileInfo::exists(xdg) ? xdg : home;
}

QString GitConfigEditor::helperCommand(const QString &cliPath)
{
    QString path = cliPath;
    path.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("!'%1' git-credential").arg(path);
}

QByteArray GitConfigEditor::header(const QString &url)
{
    return "[credential " + quoted(url) + "]";
}

QByteArray GitConfigEditor::helperLine(const QString &helperCommand)
{
    return "\thelper = " + quoted(helperCommand);
}

bool GitConfigEditor::hasHelper(const QByteArray &bytes, const QString &url,
                                const QString &helperCommand)
{
    return findBlock(LineDocument::fromBytes(bytes), header(url), helperLine(helperCommand)) >= 0;
}

QByteArray GitConfigEditor::withHelper(const QByteArray &bytes, const QString &url,
                                       const QString &helperCommand)
{
    LineDocument document = LineDocument::fromBytes(bytes);
    if (findBlock(document, header(url), helperLine(helperCommand)) >= 0)
        return bytes;
    // Appended at the end: git reads the file top to bottom, so the reset comes after any
    // helper the user configured and only this URL's list starts over.
    const int end = document.lineCount();
    document.insertLine(end, header(url));
    document.insertLine(end + 1, kResetLine);
    document.insertLine(end + 2, helperLine(helperCommand));
    return document.toBytes();
}

QByteArray GitConfigEditor::withoutHelper(const QByteArray &bytes, const QString &url,
                                          const QString &helperCommand)
{
    LineDocument document = LineDocument::fromBytes(bytes);
    const int start = findBlock(document, header(url), helperLine(helperCommand));
    if (start < 0)
        return bytes;
    document.removeLine(start + 2);
    document.removeLine(start + 1);
    // The header goes too unless the user has since put lines of their own under it.
    const bool othersBelow = start + 1 < document.lineCount() &&
                             !isSectionHeader(document.line(start + 1)) &&
                             !document.line(start + 1).trimmed().isEmpty();
    if (!othersBelow)
        document.removeLine(start);
    return document.toBytes();
}
