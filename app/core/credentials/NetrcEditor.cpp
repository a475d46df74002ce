#include "credentials/NetrcEditor.h"

#include "config/LineDocument.h"

namespace {

bool isLineFor(const QByteArray &line, const QString &host, const QString &login)
{
    const QList<QByteArray> words = line.simplified().split(' ');
    return words.size() >= 4 && words.at(0) == "machine" && words.at(1) == host.toUtf8() &&
           words.at(2) == "login" && words.at(3) == login.toUtf8();
}

} // namespace

QString NetrcEditor::path(const ToolEnvironment &environment)
{
    if (environment.hasNonEmpty(QStringLiteral("NETRC")))
        return environment.value(QStringLiteral("NETRC"));
    return ToolEnvironment::joinPath(environment.homeDir(), QStringLiteral(".netrc"));
}

QByteArray NetrcEditor::withMachine(const QByteArray &bytes, const QString &host,
                                    const QString &login, const QString &password)
{
    LineDocument document = LineDocument::fromBytes(withoutMachine(bytes, host, login));
    document.insertLine(document.lineCount(), "machine " + host.toUtf8() + " login " +
                                                  login.toUtf8() + " password " +
                                                  password.toUtf8());
    return document.toBytes();
}

QByteArray NetrcEditor::withoutMachine(const QByteArray &bytes, const QString &host,
                                       const QString &login)
{
    LineDocument document = LineDocument::fromBytes(bytes);
    for (int i = document.lineCount() - 1; i >= 0; --i) {
        if (isLineFor(document.line(i), host, login))
            document.removeLine(i);
    }
    return document.toBytes();
}
