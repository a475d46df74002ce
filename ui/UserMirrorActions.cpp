#include "UserMirrorActions.h"

#include "UiLog.h"

#include "catalog/UserMirrorStore.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// The store's answer, and the mirrors it holds afterwards (also after a failure: the catalog
// shows what is really stored).
struct StoreOutcome
{
    Expected<void> result;
    QList<Mirror> userMirrors;
};

StoreOutcome reloadAfter(const Expected<void> &result, UserMirrorStore *store)
{
    StoreOutcome outcome{result, {}};
    const Expected<QList<Mirror>> loaded = store->load();
    if (loaded)
        outcome.userMirrors = *loaded;
    else if (outcome.result)
        outcome.result = loaded.error();
    return outcome;
}
} // namespace

UserMirrorActions::UserMirrorActions(const AppContext &context, QList<Mirror> baseCatalog,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_base(std::move(baseCatalog))
{}

void UserMirrorActions::save(const Mirror &mirror, const QString &previousId)
{
    UserMirrorStore *store = m_context.userMirrors;
    if (!store) {
        // No store (tests, or the config dir is unusable): keep the mirror for this session only.
        QList<Mirror> user;
        for (const Mirror &m : m_context.catalog->mirrors()) {
            if (m.userDefined && m.id != previousId)
                user << m;
        }
        user << mirror;
        finish({}, user);
        return;
    }
    auto *watcher = new QFutureWatcher<StoreOutcome>(this);
    connect(watcher, &QFutureWatcher<StoreOutcome>::finished, this, [this, watcher]() {
        finish(watcher->result().result, watcher->result().userMirrors);
        watcher->deleteLater();
    });
    QThreadPool *pool = m_context.diskPool ? m_context.diskPool : QThreadPool::globalInstance();
    watcher->setFuture(QtConcurrent::run(pool, [store, mirror, previousId]() {
        return reloadAfter(
            previousId.isEmpty() ? store->add(mirror) : store->update(previousId, mirror), store);
    }));
}

void UserMirrorActions::remove(const Mirror &mirror)
{
    UserMirrorStore *store = m_context.userMirrors;
    if (!store) {
        QList<Mirror> user;
        for (const Mirror &m : m_context.catalog->mirrors()) {
            if (m.userDefined && m.id != mirror.id)
                user << m;
        }
        finish({}, user);
        return;
    }
    auto *watcher = new QFutureWatcher<StoreOutcome>(this);
    connect(watcher, &QFutureWatcher<StoreOutcome>::finished, this, [this, watcher]() {
        finish(watcher->result().result, watcher->result().userMirrors);
        watcher->deleteLater();
    });
    QThreadPool *pool = m_context.diskPool ? m_context.diskPool : QThreadPool::globalInstance();
    const QString id = mirror.id;
    watcher->setFuture(
        QtConcurrent::run(pool, [store, id]() { return reloadAfter(store->remove(id), store); }));
}

void UserMirrorActions::finish(const Expected<void> &result, const QList<Mirror> &userMirrors)
{
    MirrorCatalog rebuilt(m_base);
    rebuilt.addUserMirrors(userMirrors);
    *m_context.catalog = rebuilt;
    qCDebug(lcUi) << "catalog rebuilt with" << userMirrors.size() << "user mirrors"
                  << (result ? "" : "after an error");
    Q_EMIT catalogChanged();
    if (!result)
        Q_EMIT failed(result.error());
}
