#pragma once

// What every page needs from the application, passed in (no singletons): the environment the
// tools see, the catalog, the change history, the user's mirror store, the settings and the
// serial worker pool that does all config-file disk work off the GUI thread.

#include "catalog/MirrorCatalog.h"
#include "config/ChangeHistory.h"
#include "platform/ToolEnvironment.h"

#include <QString>

#include <memory>

class AppServices;
class AppSettings;
class QThreadPool;
class UserMirrorStore;

struct AppContext
{
    ToolEnvironment environment;
    // Catalog plus the user's own mirrors; changed on the GUI thread only (add/edit/remove).
    std::shared_ptr<MirrorCatalog> catalog = std::make_shared<MirrorCatalog>();
    // Shared with the worker pool; only ever used from that (single-threaded) pool once the
    // window is up, so history reads and writes never race.
    std::shared_ptr<ChangeHistory> history;
    UserMirrorStore *userMirrors = nullptr; // may be null (tests)
    AppSettings *settings = nullptr;        // may be null (tests): nothing is saved then
    // One thread: config reads, plans and writes run in order and never on the GUI thread.
    QThreadPool *diskPool = nullptr;
    // Where the shared records live (profiles.json next to the history); empty in tests that
    // keep none.
    QString dataDirectory;

    // The window's view of the composition root: everything above from `services`, with
    // `catalog` (the catalog plus the user's mirrors AppServices::loadCatalog returned).
    static AppContext fromServices(AppServices &services, const MirrorCatalog &catalog);
};

// The resolved UI language as Mirror::displayName wants it ("zh_CN", "en"). main.cpp and the
// language switch (PreferencesApplier) set it; widgets read it when they name a mirror.
QString currentUiLanguage();
void setCurrentUiLanguage(const QString &language);
