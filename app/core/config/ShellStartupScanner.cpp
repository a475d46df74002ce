#include "ShellStartupScanner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    // Drop a trailing "; …" or " # comment" of simple one-liners.
    if (!value.startsWith(QLatin1Char('"')) && !value.startsWith(QLatin1Char('\''))) {
        const qsizetype cut = value.indexOf(QRegularExpression(QStringLiteral("\\s+(#|;)|;")));
        if (cut >= 0)
            value.truncate(cut);
        return value.trimmed();
    }
    const QChar quote = value.front();
    const qsizetype close = value.indexOf(quote, 1);
    return close > 0 ? value.mid(1, close - 1) : value.mid(1);
}

bool nameMatches(const QString &name, const QStringList &variables, bool caseInsensitive)
{
    return variables.contains(name, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive);
}

} // namespace

ShellStartupScanner::ShellStartupScanner(const ToolEnvironment &environment)
    : m_environment(environment)
{}

QStringList ShellStartupScanner::startupFiles() const
{
    const QString home = m_environment.homeDir();
    QString zdotdir = m_environment.value(QStringLiteral("ZDOTDIR"));
    if (zdotdir.isEmpty())
        zdotdir = home;
    QString xdgConfig = m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (xdgConfig.isEmpty() || QDir::isRelativePath(xdgConfig))
        xdgConfig = home + QStringLiteral("/.config");

    QStringList files = {
        home + QStringLiteral("/.profile"),    home + QStringLiteral("/.bash_profile"),
        home + QStringLiteral("/.bash_login"), home + QStringLiteral("/.bashrc"),
        zdotdir + QStringLiteral("/.zshenv"),  zdotdir + QStringLiteral("/.zprofile"),
        zdotdir + QStringLiteral("/.zshrc"),   xdgConfig + QStringLiteral("/fish/config.fish"),
    };
    const QDir environmentD(xdgConfig + QStringLiteral("/environment.d"));
    const QStringList confs =
        environmentD.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name);
    for (const QString &conf : confs)
        files << environmentD.filePath(conf);
    files.removeDuplicates();
    return files;
}

QList<ShellExport> ShellStartupScanner::findExports(const QStringList &variables,
                                                    bool caseInsensitive) const
{
    QList<ShellExport> found;
    const QStringList files = startupFiles();
    for (const QString &path : files) {
        QFile file(path);
        // Start-up files are small; a huge one is not worth reading for this hint.
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        found +=
            scanText(path, text, path.endsWith(QLatin1String(".fish")),
                     path.contains(QLatin1String("/environment.d/")), variables, caseInsensitive);
    }
    return found;
}

QList<ShellExport> ShellStartupScanner::scanText(const QString &filePath, const QString &text,
                                                 bool fishSyntax, bool environmentDSyntax,
                                                 const QStringList &variables, bool caseInsensitive)
{
    // sh family: `export NAME=v`, `declare -x NAME=v`, `typeset -x NAME=v`, or a plain `NAME=v`
    // that is exported elsewhere in the same file (`export NAME`).
    static const QRegularExpression exportAssign(QStringLiteral(
        R"(^\s*(?:export|declare\s+-[a-zA-Z]*x[a-zA-Z]*|typeset\s+-[a-zA-Z]*x[a-zA-Z]*)\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$)"));
    static const QRegularExpression plainAssign(
        QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$)"));
    // `export NAME`, alone or after an assignment on the same line (`NAME=v; export NAME`).
    static const QRegularExpression exportNames(
        QStringLiteral(R"((?:^|;)\s*export\s+([A-Za-z_][A-Za-z0-9_ \t]*)\s*$)"));
    // fish: `set -x NAME v`, `set -gx`, `set --export --global`, `set -Ux` …
    static const QRegularExpression fishSet(
        QStringLiteral(R"(^\s*set\s+((?:-{1,2}[A-Za-z-]+\s+)+)([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$)"));

    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList exportedLater;
    if (!fishSyntax && !environmentDSyntax) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            const QRegularExpressionMatch match = exportNames.match(line);
            if (match.hasMatch())
                exportedLater += match.captured(1).split(QRegularExpression(QStringLiteral("\\s+")),
                                                         Qt::SkipEmptyParts);
        }
    }

    QList<ShellExport> found;
    for (int index = 0; index < lines.size(); ++index) {
        QString line = lines.at(index);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        QString name;
        QString value;
        if (fishSyntax) {
            const QRegularExpressionMatch match = fishSet.match(line);
            if (!match.hasMatch())
                continue;
            const QString flags = match.captured(1);
            const bool exported =
                flags.contains(QLatin1String("--export")) ||
                QRegularExpression(QStringLiteral("(^|\\s)-[A-Za-z]*x")).match(flags).hasMatch();
            if (!exported)
                continue;
            name = match.captured(2);
            value = match.captured(3);
        } else if (environmentDSyntax) {
            const QRegularExpressionMatch match = plainAssign.match(line);
            if (!match.hasMatch())
                continue;
            name = match.captured(1);
            value = match.captured(2);
        } else {
            QRegularExpressionMatch match = exportAssign.match(line);
            if (match.hasMatch()) {
                name = match.captured(1);
                value = match.captured(2);
            } else {
                match = plainAssign.match(line);
                if (!match.hasMatch() ||
                    !exportedLater.contains(match.captured(1), caseInsensitive ? Qt::CaseInsensitive
                                                                               : Qt::CaseSensitive))
                    continue;
                name = match.captured(1);
                value = match.captured(2);
            }
        }
        if (!nameMatches(name, variables, caseInsensitive))
            continue;
        found.append({filePath, index + 1, name, unquote(value)});
    }
    return found;
}

QList<Shadow> ShellStartupScanner::findShadows(const QStringList &variables,
                                               bool caseInsensitive) const
{
    QList<Shadow> shadows;
    const QList<ShellExport> exports = findExports(variables, caseInsensitive);
    for (const ShellExport &found : exports) {
        Shadow shadow;
        shadow.kind = Shadow::Kind::ShellStartup;
        shadow.variable = found.variable;
        shadow.value = found.value;
        shadow.filePath = found.filePath;
        shadow.line = found.line;
        shadows.append(shadow);
    }
    return shadows;
}
