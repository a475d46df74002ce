// Write safety in the window: the window and the CLI writing one file at once lose nothing, and a
// restore after later edits keeps them — with the whole-file restore offered as a clear choice.

#include "ShellFixture.h"

#include "dialogs/DiffPreviewDialog.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"

#include <QDirIterator>
#include <QPushButton>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace {

QString cliHistoryDirectory(const TestHome &home)
{
    QDirIterator it(home.path(QStringLiteral(".local/share")), {QStringLiteral("go.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? QFileInfo(it.next()).absolutePath() : QString();
}

// Applies `edits` through the window's service like a user would: plan, review, apply; and when
// the file changed under the preview, reload and apply again.
bool applyThroughWindow(ConfigService &service, const QList<KeyEdit> &edits)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::optional<PlannedChange> plan;
        const QMetaObject::Connection planned = QObject::connect(
            &service, &ConfigService::planned, [&](const PlannedChange &p) { plan = p; });
        service.planEdits(edits);
        const bool gotPlan = waitFor([&]() { return plan.has_value(); });
        QObject::disconnect(planned);
        if (!gotPlan || !plan->change)
            return false;
        bool done = false;
        bool ok = false;
        const QMetaObject::Connection applied =
            QObject::connect(&service, &ConfigService::applied, [&]() { done = ok = true; });
        const QMetaObject::Connection failed =
            QObject::connect(&service, &ConfigService::applyFailed, [&](const CoreError &error) {
                done = true;
                EXPECT_EQ(error.kind, CoreError::Kind::Conflict) << error.toString().toStdString();
            });
        service.apply(*plan->change);
        waitFor([&]() { return done; });
        QObject::disconnect(applied);
        QObject::disconnect(failed);
        if (ok)
            return true;
    }
    return false;
}

} // namespace

TEST(WriteSafetyGui, WindowAndCliWritingOneFileAtOnceLoseNothing)
{
    ShellFixture f;
    ASSERT_EQ(f.home
                  .cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOINSECURE"),
                        QStringLiteral("insecure.example")})
                  .exitCode,
              0);
    const QString historyDirectory = cliHistoryDirectory(f.home);
    ASSERT_FALSE(historyDirectory.isEmpty());
    // One data directory: the window records into the history the CLI uses.
    f.context.history = std::make_shared<ChangeHistory>(historyDirectory);
    ConfigService service(QStringLiteral("go"), f.context);

    const QStringList cliKeys = {QStringLiteral("GOPRIVATE"), QStringLiteral("GONOSUMDB"),
                                 QStringLiteral("GONOPROXY")};
    std::vector<ProcessResult> results(size_t(cliKeys.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < cliKeys.size(); ++i)
        threads.emplace_back([&, i]() {
            results[size_t(i)] =
                f.home.cli({QStringLiteral("set"), QStringLiteral("go"), cliKeys.at(i),
                            QStringLiteral("cli%1.example").arg(i)});
        });
    const bool windowWrote = applyThroughWindow(
        service, {KeyEdit::set(QStringLiteral("GOPROXY"), QStringLiteral("https://window.example")),
                  KeyEdit::set(QStringLiteral("GOSUMDB"), QStringLiteral("off"))});
    for (std::thread &thread : threads)
        thread.join();
    ASSERT_TRUE(windowWrote);
    for (const ProcessResult &result : results)
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();

    EXPECT_EQ(f.home.goEnv(QStringLiteral("GOPROXY")).outText(),
              QStringLiteral("https://window.example"));
    EXPECT_EQ(f.home.goEnv(QStringLiteral("GOSUMDB")).outText(), QStringLiteral("off"));
    EXPECT_EQ(f.home.goEnv(QStringLiteral("GOINSECURE")).outText(),
              QStringLiteral("insecure.example"));
    for (qsizetype i = 0; i < cliKeys.size(); ++i)
        EXPECT_EQ(f.home.goEnv(cliKeys.at(i)).outText(), QStringLiteral("cli%1.example").arg(i));

    // One unbroken history: 1 + 3 CLI entries + 1 window entry, each before = previous after.
    const Expected<QList<HistoryEntry>> entries = f.context.history->entries(QStringLiteral("go"));
    ASSERT_TRUE(entries.hasValue());
    ASSERT_EQ(entries->size(), 5);
    for (qsizetype i = 0; i + 1 < entries->size(); ++i) {
        EXPECT_EQ(entries->at(i).id.toInt(), entries->at(i + 1).id.toInt() + 1);
        EXPECT_EQ(entries->at(i).before, entries->at(i + 1).after);
    }
}

TEST(WriteSafetyGui, RestoreAfterLaterEditsKeepsThemAndOffersTheWholeFile)
{
    ShellFixture f;
    f.home.writeFile(QStringLiteral(".config/go/env"), "GOPROXY=https://old.example\n");
    const auto cliSet = [&](const QString &value) {
        return f.home
            .cli({QStringLiteral("set"), QStringLiteral("go"), QStringLiteral("GOPROXY"), value})
            .exitCode;
    };
    ASSERT_EQ(cliSet(QStringLiteral("https://new.example")), 0);
    f.context.history = std::make_shared<ChangeHistory>(cliHistoryDirectory(f.home));
    ConfigService service(QStringLiteral("go"), f.context);
    EcosystemPage page(&service, nullptr);
    page.resize(1000, 760);
    page.show();
    // A later hand edit.
    f.home.writeFile(QStringLiteral(".config/go/env"),
                     "GOPROXY=https://new.example\nGOPRIVATE=corp.example\n");

    const Expected<HistoryEntry> first =
        f.context.history->entry(QStringLiteral("go"), QStringLiteral("1"));
    ASSERT_TRUE(first.hasValue());
    page.restore(*first);
    ASSERT_TRUE(
        waitFor([&]() { return page.previewDialog() && page.previewDialog()->isVisible(); }));
    DiffPreviewDialog *preview = page.previewDialog();
    EXPECT_TRUE(preview->warningText().contains(QLatin1String("later edits are kept")))
        << preview->warningText().toStdString();
    QPushButton *whole = preview->findChild<QPushButton *>(QStringLiteral("alternativeButton"));
    ASSERT_NE(whole, nullptr);
    EXPECT_TRUE(whole->isVisible());
    bool restoreButton = false;
    for (QPushButton *button : preview->findChildren<QPushButton *>())
        restoreButton = restoreButton || button->text() == QLatin1String("&Restore");
    EXPECT_TRUE(restoreButton) << "the restore dialog's button says Restore";

    // The default keeps GOPRIVATE.
    preview->accept();
    ASSERT_TRUE(waitFor([&]() {
        return f.home.readFile(QStringLiteral(".config/go/env")) ==
               QByteArray("GOPROXY=https://old.example\nGOPRIVATE=corp.example\n");
    })) << f.home.readFile(QStringLiteral(".config/go/env")).toStdString();

    // The whole-file choice names what it drops, and drops it only when chosen.
    ASSERT_EQ(cliSet(QStringLiteral("https://third.example")), 0);
    page.restore(*first);
    ASSERT_TRUE(waitFor([&]() { return preview->isVisible(); }));
    ASSERT_TRUE(whole->isVisible());
    whole->click();
    ASSERT_TRUE(waitFor([&]() {
        return preview->isVisible() &&
               preview->warningText().contains(QLatin1String("GOPRIVATE=corp.example"));
    })) << preview->warningText().toStdString();
    EXPECT_FALSE(whole->isVisible());
    preview->accept();
    ASSERT_TRUE(waitFor([&]() {
        return f.home.readFile(QStringLiteral(".config/go/env")) ==
               QByteArray("GOPROXY=https://old.example\n");
    }));
}
