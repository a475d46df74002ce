#pragma once

// The world the tools see: environment variables, home directory, working directory and the
// operating system whose rules apply. Everything that computes a config path or an effective
// value takes one of these instead of reading the process state, so tests (and paths for other
// operating systems) are just another ToolEnvironment.

#include <QProcessEnvironment>
#include <QString>

class ToolEnvironment
{
public:
    enum class Os
    {
        Linux,
        MacOS,
        Windows
    };

    ToolEnvironment() = default;
    ToolEnvironment(QProcessEnvironment variables, QString homeDir, QString workingDir, Os os);

    // The running process: its environment, QDir::homePath(), QDir::currentPath(), this OS.
    static ToolEnvironment fromSystem();
    static Os currentOs();

    const QProcessEnvironment &variables() const { return m_variables; }
    QProcessEnvironment &variables() { return m_variables; }
    QString homeDir() const { return m_homeDir; }
    QString workingDir() const { return m_workingDir; }
    Os os() const { return m_os; }

    // The raw value, or an empty string when unset.
    QString value(const QString &name) const { return m_variables.value(name); }
    // Set and non-empty: the rule Go, npm and pip share for "the variable counts".
    bool hasNonEmpty(const QString &name) const { return !m_variables.value(name).isEmpty(); }

    // Joins path segments with '/' (Qt accepts '/' on every OS; paths shown to Windows users are
    // converted with QDir::toNativeSeparators at display time).
    static QString joinPath(const QString &base, const QString &child);

private:
    QProcessEnvironment m_variables;
    QString m_homeDir;
    QString m_workingDir;
    Os m_os = Os::Linux;
};
