// The npm and pip settings editors write what they show (judged by the real npm and pip), and
// "Add mirror…" probes a URL before saving it: a loopback mirror that answers is accepted, one
// that refuses connections is not (unless the user says "Save anyway").

#include "ShellFixture.h"

#include <QCoreApplication>

#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/MirrorEditDialog.h"
#include "integration/probe/MirrorServerProcess.h"
#include "pages/ConfigService.h"
#include "pages/EcosystemPage.h"
#include "pages/MessageBanner.h"
#include "pages/editors/GoProxyChainEditor.h"
#include "pages/editors/NpmSettingsEditor.h"
#include "pages/editors/PipSettingsEditor.h"
#include "probe/ProbeEngine.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {

struct Page : ShellFixture
{
    std::unique_ptr<ConfigService> service;
    std::unique_ptr<EcosystemPage> page;

    explicit Page(const QString &ecosystem)
    {
        service = std::make_unique<ConfigService>(ecosystem, context);
        page = std::make_unique<EcosystemPage>(service.get(), nullptr);
        page->show();
        service->reload();
    }
    ~Page()
    {
        page.reset();
        pool.waitForDone();
    }
    bool loaded()
    {
        // The constructor's read may have run before the test wrote its files: read again, and
        // wait until that read (the last on the one-thread pool) has been delivered.
        service->reload();
        pool.waitForDone();
        QCoreApplication::processEvents();
        return waitFor([this]() { return service->hasSnapshot(); });
    }
    bool applyAndConfirm(const QString &expectInDiff)
    {
        if (!page->applyButton()->isEnabled())
            return false;
        page->applyButton()->click();
        if (!waitFor(
                [this]() { return page->previewDialog() && page->previewDialog()->isVisible(); }))
            return false;
        const bool diffOk = page->previewDialog()->diffText().contains(expectInDiff);
        EXPECT_TRUE(diffOk) << qPrintable(page->previewDialog()->diffText());
        page->previewDialog()->accept();
        return diffOk && waitFor([this]() { return !page->editor()->isModified(); });
    }
};

} // namespace

TEST(SettingsEditorsGui, Npm_ScopedRegistryAddedInEditorIsWhatNpmReads)
{
    Page f(QStringLiteral("npm"));
    f.home.writeFile(QStringLiteral(".npmrc"), "; mine\nregistry=http://127.0.0.1:9/npm-a/\n");
    ASSERT_TRUE(f.loaded());
    f.service->reload();
    ASSERT_TRUE(waitFor([&]() {
        return f.service->snapshot()
            .find(QStringLiteral("registry"))
            ->value.contains(QLatin1String("npm-a"));
    }));

    auto *table = f.page->editor()->findChild<QTableWidget *>(QStringLiteral("scopedRegistries"));
    ASSERT_NE(table, nullptr);
    QPushButton *add = nullptr;
    for (QPushButton *button : f.page->editor()->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Add scope"))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    add->click();
    ASSERT_EQ(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("@corp"));
    table->item(0, 1)->setText(QStringLiteral("http://127.0.0.1:9/corp/"));

    ASSERT_TRUE(f.applyAndConfirm(QStringLiteral("+@corp:registry=http://127.0.0.1:9/corp/")));
    const ProcessResult npm = f.home.npmConfigGet(QStringLiteral("@corp:registry"));
    ASSERT_TRUE(npm.started) << "npm is needed for this test";
    EXPECT_EQ(npm.outText(), QStringLiteral("http://127.0.0.1:9/corp/")) << npm.err.constData();
    // The comment and the registry line are untouched.
    EXPECT_TRUE(f.home.readFile(QStringLiteral(".npmrc"))
                    .startsWith("; mine\nregistry=http://127.0.0.1:9/npm-a/\n"));
}

TEST(SettingsEditorsGui, Pip_ExtraIndexUrlsOnePerLineAreWhatPipReads)
{
    Page f(QStringLiteral("pip"));
    f.home.writeFile(QStringLiteral(".config/pip/pip.conf"),
                     "[global]\nindex-url = https://pypi.example.org/simple\n");
    ASSERT_TRUE(f.loaded());
    auto *extra = f.page->editor()->findChild<QPlainTextEdit *>(QStringLiteral("extraIndexUrls"));
    ASSERT_NE(extra, nullptr);
    extra->setPlainText(
        QStringLiteral("https://a.example.org/simple\nhttps://b.example.org/simple\n"));

    ASSERT_TRUE(f.applyAndConfirm(QStringLiteral("https://b.example.org/simple")));
    const ProcessResult pip = f.home.pipConfigGet(QStringLiteral("global.extra-index-url"));
    ASSERT_TRUE(pip.started) << "python3 -m pip is needed for this test";
    EXPECT_EQ(pip.outText().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts),
              QStringList({QStringLiteral("https://a.example.org/simple"),
                           QStringLiteral("https://b.example.org/simple")}))
        << pip.err.constData();
}

TEST(SettingsEditorsGui, Pip_InvalidIndexUrlShowsCoreMessageAndBlocksApply)
{
    Page f(QStringLiteral("pip"));
    ASSERT_TRUE(f.loaded());
    auto *index = f.page->editor()->findChild<QLineEdit *>(QStringLiteral("indexUrl"));
    ASSERT_NE(index, nullptr);
    index->setText(QStringLiteral("not a url"));
    EXPECT_TRUE(f.page->editor()->hasErrors());
    EXPECT_FALSE(f.page->applyButton()->isEnabled());
    index->setText(QStringLiteral("https://pypi.example.org/simple"));
    EXPECT_FALSE(f.page->editor()->hasErrors());
    EXPECT_TRUE(f.page->applyButton()->isEnabled());
}

TEST(MirrorEditDialogGui, AddMirror_ProbesBeforeSaving)
{
    MirrorServerProcess server;
    ASSERT_TRUE(
        server.start({QStringLiteral("npm-ok:npm"), QStringLiteral("npm-gone:npm:fault=refused")},
                     {QStringLiteral("--artifact-size"), QStringLiteral("20000")}))
        << qPrintable(server.errorString());

    ProbeSettings settings;
    settings.timeoutMs = 3000;
    settings.proxyMode = ProbeSettings::ProxyMode::None;
    ProbeEngine engine(settings);
    MirrorEditDialog dialog(&engine);
    QList<Mirror> accepted;
    QObject::connect(&dialog, &MirrorEditDialog::mirrorAccepted,
                     [&accepted](const Mirror &mirror, const QString &) { accepted << mirror; });
    Mirror fresh;
    fresh.ecosystem = QStringLiteral("npm");
    dialog.setMirror(fresh, MirrorCatalog(loopbackCatalog()));
    dialog.open();

    // Refused: not saved, the reason is shown and "Save anyway" is offered.
    dialog.nameEdit()->setText(QStringLiteral("Gone"));
    dialog.urlEdit()->setText(server.url(QStringLiteral("npm-gone")));
    dialog.saveButton()->click();
    ASSERT_TRUE(waitFor([&]() {
        return !dialog.isProbing() && dialog.statusText().contains(QChar(0x26A0));
    })) << qPrintable(dialog.statusText());
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.isVisible());

    // Answers: saved with the URL as typed and a generated id.
    dialog.nameEdit()->setText(QStringLiteral("Company registry"));
    dialog.urlEdit()->setText(server.url(QStringLiteral("npm-ok")));
    dialog.saveButton()->click();
    ASSERT_TRUE(waitFor([&]() { return accepted.count() == 1; }))
        << qPrintable(dialog.statusText());
    const Mirror saved = accepted.first();
    EXPECT_EQ(saved.url, server.url(QStringLiteral("npm-ok")));
    EXPECT_TRUE(saved.userDefined);
    EXPECT_TRUE(saved.id.startsWith(QLatin1String("user-")));
    EXPECT_FALSE(dialog.isVisible());
}

// Several edits of one file become one change (one diff, one history entry) for every tool.
TEST(SettingsEditorsGui, SeveralEditsArePlannedAsOneChangeForEveryTool)
{
    struct Case
    {
        QString ecosystem;
        QString file;
        QByteArray before;
        QList<KeyEdit> edits;
        QStringList expected;
    };
    const QList<Case> cases = {
        {QStringLiteral("go"),
         QStringLiteral(".config/go/env"),
         "GOPROXY=https://a.example\n",
         {{QStringLiteral("GOPROXY"), QStringLiteral("https://b.example,direct")},
          {QStringLiteral("GONOSUMDB"), QStringLiteral("*.corp.example")}},
         {QStringLiteral("GOPROXY=https://b.example,direct"),
          QStringLiteral("GONOSUMDB=*.corp.example")}},
        {QStringLiteral("npm"),
         QStringLiteral(".npmrc"),
         "registry=https://a.example/\n",
         {{QStringLiteral("registry"), QStringLiteral("https://b.example/")},
          {QStringLiteral("@corp:registry"), QStringLiteral("https://corp.example/")}},
         {QStringLiteral("registry=https://b.example/"),
          QStringLiteral("@corp:registry=https://corp.example/")}},
        {QStringLiteral("pip"),
         QStringLiteral(".config/pip/pip.conf"),
         "[global]\nindex-url = https://a.example/simple\n",
         {{QStringLiteral("global.index-url"), QStringLiteral("https://b.example/simple")},
          {QStringLiteral("global.timeout"), QStringLiteral("60")}},
         {QStringLiteral("https://b.example/simple"), QStringLiteral("timeout")}},
    };
    for (const Case &c : cases) {
        ShellFixture f;
        f.home.writeFile(c.file, c.before);
        const PlannedChange plan =
            ConfigService::planEditsNow(c.ecosystem, f.context.environment, c.edits);
        ASSERT_TRUE(plan.change.hasValue())
            << qPrintable(c.ecosystem) << ": " << qPrintable(plan.change.error().toString());
        EXPECT_EQ(plan.change->before, c.before);
        EXPECT_EQ(QFileInfo(plan.change->filePath).absoluteFilePath(),
                  QFileInfo(f.home.path(c.file)).absoluteFilePath());
        for (const QString &text : c.expected)
            EXPECT_TRUE(plan.change->after.contains(text.toUtf8()))
                << qPrintable(c.ecosystem) << ": " << plan.change->after.constData();
        EXPECT_EQ(plan.change->keyChanges.size(), c.edits.size()) << qPrintable(c.ecosystem);
    }
}

TEST(GoProxyChainEditorGui, ReorderRemoveAndFallbackPerLinkEditTheChain)
{
    GoProxyChainEditor chain;
    chain.setChain(QStringLiteral("https://a.example,https://b.example|direct"));
    EXPECT_EQ(chain.chain(), QStringLiteral("https://a.example,https://b.example|direct"));

    auto *table = chain.findChild<QTableWidget *>(QStringLiteral("goproxyChain"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 3);
    auto button = [&chain](const QString &accessibleOrText) -> QPushButton * {
        for (QPushButton *b : chain.findChildren<QPushButton *>()) {
            if (b->text() == accessibleOrText || b->accessibleName() == accessibleOrText)
                return b;
        }
        return nullptr;
    };

    // Each entry keeps its own fallback rule when it moves.
    table->setCurrentCell(1, 0);
    button(QStringLiteral("Move up"))->click();
    EXPECT_EQ(chain.chain(), QStringLiteral("https://b.example|https://a.example,direct"));

    // The rule of one link changes on its own.
    auto *rule = table->cellWidget(1, 1)->findChild<QComboBox *>();
    ASSERT_NE(rule, nullptr);
    rule->setCurrentIndex(rule->findData(QStringLiteral("|")));
    EXPECT_EQ(chain.chain(), QStringLiteral("https://b.example|https://a.example|direct"));

    table->setCurrentCell(0, 0);
    button(QStringLiteral("Remove"))->click();
    EXPECT_EQ(chain.chain(), QStringLiteral("https://a.example|direct"));

    // New proxies go before a trailing "direct".
    auto *entry = chain.findChild<QLineEdit *>();
    ASSERT_NE(entry, nullptr);
    table->setCurrentCell(-1, -1);
    entry->setText(QStringLiteral("https://c.example"));
    button(QStringLiteral("Add"))->click();
    EXPECT_EQ(chain.chain(), QStringLiteral("https://a.example|https://c.example,direct"));

    button(QStringLiteral("Set “off”"))->click();
    EXPECT_EQ(chain.chain(), QStringLiteral("off"));
}

// The core's notes about a change (npm: the token stays with the old registry host) are shown
// above the diff, so the user reads them before applying.
TEST(DiffPreviewGui, NpmRegistrySwitch_ShowsTokenNoteAboveTheDiff)
{
    Page f(QStringLiteral("npm"));
    f.home.writeFile(QStringLiteral(".npmrc"), "registry=https://old.host/\n"
                                               "//old.host/:_authToken=${NPM_TOKEN}\n");
    ASSERT_TRUE(f.loaded());
    f.service->reload();
    ASSERT_TRUE(waitFor([&]() {
        const auto registry = f.service->snapshot().find(QStringLiteral("registry"));
        return registry && registry->value.contains(QLatin1String("old.host"));
    }));

    const auto mirror = f.context.catalog->find(QStringLiteral("npm-a"));
    ASSERT_TRUE(mirror.has_value());
    f.page->useMirror(*mirror);
    ASSERT_TRUE(
        waitFor([&]() { return f.page->previewDialog() && f.page->previewDialog()->isVisible(); }));
    DiffPreviewDialog *preview = f.page->previewDialog();
    const QString warning = preview->warningText();
    EXPECT_TRUE(warning.contains(QLatin1String("old.host"))) << qPrintable(warning);
    EXPECT_TRUE(warning.contains(QLatin1String("npm login"))) << qPrintable(warning);
    auto *banner = preview->findChild<QLabel *>(QStringLiteral("changeNotes"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    // Above the diff, where it is read first.
    EXPECT_LT(banner->geometry().top(),
              preview->findChild<QWidget *>(QStringLiteral("diffText"))->geometry().top());
    preview->reject();
}

// A file the tool refuses is reported in the window with the core's reason, the file, and what to
// do next (fix it, then F5), with buttons for the folder and for reading it again.
TEST(ErrorsGui, FileTheToolRefuses_BannerSaysWhatToDoNextAndOffersReadAgain)
{
    Page f(QStringLiteral("pip"));
    f.home.writeFile(QStringLiteral(".config/pip/pip.conf"),
                     "\xEF\xBB\xBF[global]\nindex-url = https://pypi.example.org/simple\n");
    f.service->reload();
    ASSERT_TRUE(waitFor([&]() {
        return f.page->banner()->isVisible() &&
               f.page->banner()->kind() == MessageBanner::Kind::Error;
    }));
    const QString text = f.page->banner()->text();
    EXPECT_TRUE(text.contains(QLatin1String("pip.conf"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("F5"))) << "says what to do next: " << qPrintable(text);
    QPushButton *readAgain = nullptr;
    QStringList buttons;
    for (QPushButton *button : f.page->banner()->findChildren<QPushButton *>()) {
        buttons << button->text();
        if (button->text() == QLatin1String("Read again"))
            readAgain = button;
    }
    EXPECT_TRUE(buttons.contains(QStringLiteral("Open folder"))) << qPrintable(buttons.join(','));
    ASSERT_NE(readAgain, nullptr) << qPrintable(buttons.join(','));

    // Fixed in an editor, read again: the error goes away.
    f.home.writeFile(QStringLiteral(".config/pip/pip.conf"),
                     "[global]\nindex-url = https://pypi.example.org/simple\n");
    readAgain->click();
    ASSERT_TRUE(waitFor([&]() {
        return !f.page->banner()->isVisible() ||
               f.page->banner()->kind() != MessageBanner::Kind::Error;
    })) << qPrintable(f.page->banner()->text());
}
