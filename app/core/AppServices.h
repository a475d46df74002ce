#pragma once

// The composition root both executables start from: it applies the one AppIdentity, merges the
// data an earlier release kept under another name (LegacyDataMerge), and owns what the window
// and the CLI share — the environment the tools see, the settings, the history folder, the
// catalog plus the user's own mirrors, and the serial disk pool. main() creates one and passes it
// on (the window through AppContext, the CLI through CliContext); nothing reaches it globally.

#include "Expected.h"
#include "catalog/MirrorCatalog.h"
#include "catalog/UserMirrorStore.h"
#include "platform/ToolEnvironment.h"

#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class AppSettings;

class AppServices
{
public:
    // What loadCatalog() found: the catalog alone (the window rebuilds from it when the user's
    // mirrors change), the catalog plus the user's mirrors, and why a user mirror was left out.
    struct Catalog
    {
        QList<Mirror> base;
        MirrorCatalog merged;
        QStringList warnings;
    };

    // Needs the QCoreApplication (or QApplication) to exist already.
    explicit AppServices(ToolEnvironment environment);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    const ToolEnvironment &environment() const { return m_environment; }
    AppSettings &settings() { return *m_settings; }

    QString dataDirectory() const;   // history and other records
    QString configDirectory() const; // the user's own mirrors
    QString historyDirectory() const;
    // The measured history (ProbeStore), shared by the window and mirrordeck-cli probe.
    QString probeDatabasePath() const;

    // `catalogPath` (--catalog FILE) or the built-in catalog, plus the user's own mirrors. A user
    // mirror that cannot be added (or an unreadable mirror file) is a warning, not a failure.
    Expected<Catalog> loadCatalog(const QString &catalogPath);
    // The store of the user's own mirrors; it knows the ids of the last catalog loaded.
    UserMirrorStore &userMirrors() { return *m_userMirrors; }

    // One thread: config reads, plans and writes run in order and never on the GUI thread.
    QThreadPool &diskPool() { return m_diskPool; }

    // What the start-up merge of older data could not do; shown once, never fatal.
    const QStringList &startupWarnings() const { return m_startupWarnings; }

private:
    ToolEnvironment m_environment;
    QStringList m_startupWarnings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<UserMirrorStore> m_userMirrors;
    QThreadPool m_diskPool;
};
