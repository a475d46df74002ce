#include "ToolEnvironment.h"

#include <QDir>

ToolEnvironment::ToolEnvironment(QProcessEnvironment variables, QString homeDir, QString workingDir,
                                 Os os)
    : m_variables(std::move(variables))
    , m_homeDir(std::move(homeDir))
    , m_workingDir(std::move(workingDir))
    , m_os(os)
{}

ToolEnvironment ToolEnvironment::fromSystem()
{
    return ToolEnvironment(QProcessEnvironment::systemEnvironment(), QDir::homePath(),
                           QDir::currentPath(), currentOs());
}

ToolEnvironment::Os ToolEnvironment::currentOs()
{
#if defined(Q_OS_WIN)
    return Os::Windows;
#elif defined(Q_OS_MACOS)
    return Os::MacOS;
#else
    return Os::Linux;
#endif
}

QString ToolEnvironment::joinPath(const QString &base, const QString &child)
{
    if (base.isEmpty())
        return child;
    if (base.endsWith(QLatin1Char('/')) || base.endsWith(QLatin1Char('\\')))
        return base + child;
    return base + QLatin1Char('/') + child;
}
