// Reading the mirror page at a glance, on real widgets: the row in use is marked and the header
// says how that mirror is doing; throughput reads in one unit in the table, the chart and its
// tool-tip; "Use this mirror" on a GOPROXY chain keeps every entry and separator (judged by the
// real go command); a profile applied from the window is one previewed change over every tool's
// file, with linked history entries, judged by go, npm and pip.

#include "ShellFixture.h"

#include "MainWindow.h"
#include "dialogs/DiffPreviewDialog.h"
#include "dialogs/MirrorEditDialog.h"
#include "dialogs/ProfilesDialog.h"
#include "ecosystems/EcosystemRegistry.h"
#include "pages/ConfigService.h"
#include "pages/CurrentMirrorCard.h"
#include "pages/EcosystemPage.h"
#include "pages/editors/GoProxyChainEditor.h"
#include "pages/editors/GoSettingsEditor.h"
#include "pages/editors/NpmSettingsEditor.h"
#include "pages/editors/PipSettingsEditor.h"
#include "profiles/ProfileApplier.h"
#include "profiles/ProfileStore.h"
#include "unit/pip/PipTestSupport.h"
#include "widgets/LatencyChartView.h"
#include "widgets/MeasureFormat.h"
#include "widgets/MirrorPanel.h"
#include "widgets/MirrorTableModel.h"
#include "widgets/MirrorTableView.h"
#include "widgets/ThroughputChartView.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {

const QByteArray kPipeChain = "GOPROXY=http://127.0.0.1:9/go-b|https://backup.example,direct\n";

struct GoPage : ShellFixture
{
    std::unique_ptr<ConfigService> service;
    std::unique_ptr<EcosystemPage> page;

    GoPage()
    {
        home.writeFile(QStringLiteral(".config/go/env"), kPipeChain);
        service = std::make_unique<ConfigService>(QStringLiteral("go"), context);
        page = std::make_unique<EcosystemPage>(service.get(), nullptr);
        page->mirrorPanel()->setMirrors(context.catalog->byEcosystem(QStringLiteral("go")));
        page->resize(1000, 760);
        page->show();
    }
    ~GoPage()
    {
        page.reset();
        pool.waitForDone();
    }
    bool loaded()
    {
        service->reload();
        pool.waitForDone();
        QCoreApplication::processEvents();
        return waitFor([this]() { return service->hasSnapshot(); });
    }
    MirrorTableModel *model() const { return page->mirrorPanel()->model(); }
    QModelIndex cell(const QString &id, int column) const
    {
        return model()->index(model()->rowOf(id), column);
    }
};

ProbeResult result(const QString &id, bool ok, std::optional<bool> fresh, HealthState state,
                   std::optional<double> throughput = std::nullopt)
{
    ProbeResult r;
    r.mirrorId = id;
    r.ecosystem = QStringLiteral("go");
    r.ok = ok;
    r.latencyMs = ok ? std::optional<double>(42.0) : std::nullopt;
    r.fresh = fresh;
    r.state = state;
    r.throughputBps = throughput;
    if (!ok)
        r.error = ProbeErrorKind::Refused;
    return r;
}

HealthSnapshot health(HealthState state, std::optional<double> throughput = std::nullopt)
{
    HealthSnapshot h;
    h.state = state;
    h.samples = 3;
    h.p50LatencyMs = state == HealthState::Down ? std::nullopt : std::optional<double>(42.0);
    h.availabilityPercent = state == HealthState::Down ? 0 : 100;
    h.throughputBps = throughput;
    return h;
}

class EnglishLocale : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

} // namespace

TEST_F(EnglishLocale, MirrorInUse_RowIsMarkedAndTheHeaderShowsItsStateWithTheFix)
{
    GoPage f;
    ASSERT_TRUE(f.loaded());
    // GOPROXY's first entry names go-b: its row, and only its row, is marked.
    ASSERT_TRUE(waitFor([&]() { return f.model()->inUse() == QStringLiteral("go-b"); }));
    EXPECT_TRUE(f.model()->data(f.cell("go-b", 0), MirrorTableModel::InUseRole).toBool());
    EXPECT_FALSE(f.model()->data(f.cell("go-a", 0), MirrorTableModel::InUseRole).toBool());
    EXPECT_TRUE(f.model()->data(f.cell("go-b", 0)).toString().startsWith(QStringLiteral("● ")));
    EXPECT_FALSE(f.model()->data(f.cell("go-a", 0)).toString().startsWith(QStringLiteral("● ")));
    EXPECT_TRUE(f.model()->data(f.cell("go-b", 0), Qt::ToolTipRole).toString().contains("In use"));
    EXPECT_EQ(f.page->card()->healthText(), QStringLiteral("Not measured yet"));

    // Healthy: state, latency, availability, freshness; not a problem.
    f.page->mirrorPanel()->applyResult(result("go-b", true, true, HealthState::Up),
                                       health(HealthState::Up));
    QString text = f.page->card()->healthText();
    EXPECT_TRUE(text.contains(QStringLiteral("42 ms")) && text.contains(QStringLiteral("100 %")) &&
                text.contains(QStringLiteral("Up to date")))
        << text.toStdString();
    EXPECT_FALSE(f.page->card()->healthIsProblem());

    // Stale in use: a problem, with the fix named.
    f.page->mirrorPanel()->applyResult(result("go-b", true, false, HealthState::Up),
                                       health(HealthState::Up));
    EXPECT_TRUE(f.page->card()->healthIsProblem());
    EXPECT_TRUE(f.page->card()->healthText().contains(QStringLiteral("stale")));
    EXPECT_TRUE(f.page->card()->healthText().contains(QStringLiteral("Use recommended")));

    // Down in use: a problem too.
    f.page->mirrorPanel()->applyResult(result("go-b", false, std::nullopt, HealthState::Down),
                                       health(HealthState::Down));
    EXPECT_TRUE(f.page->card()->healthIsProblem());
    EXPECT_TRUE(f.page->card()->healthText().contains(QStringLiteral("down")))
        << f.page->card()->healthText().toStdString();

    // A round in progress keeps the State text whole (the icon says "testing").
    f.page->mirrorPanel()->roundStarted();
    EXPECT_EQ(f.model()->data(f.cell("go-b", MirrorTableModel::StateColumn)).toString(),
              QStringLiteral("Down"));
    f.page->mirrorPanel()->roundFinished();
}

TEST_F(EnglishLocale, UseThisMirror_OnAPipeChainKeepsEveryEntryAndSeparatorForGo)
{
    if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty())
        GTEST_SKIP() << "the go command is not installed";
    GoPage f;
    ASSERT_TRUE(f.loaded());
    MirrorTableView *table = f.page->mirrorPanel()->tableView();
    ASSERT_TRUE(table->selectMirror(QStringLiteral("go-a")));
    table->useAction()->trigger();
    ASSERT_TRUE(
        waitFor([&]() { return f.page->previewDialog() && f.page->previewDialog()->isVisible(); }));
    DiffPreviewDialog *preview = f.page->previewDialog();
    // The preview says what changes: the first entry, nothing else.
    EXPECT_TRUE(preview->warningText().contains(QStringLiteral("keeps your chain")))
        << preview->warningText().toStdString();
    EXPECT_TRUE(preview->diffText().contains(
        QStringLiteral("+GOPROXY=http://127.0.0.1:9/go-a|https://backup.example,direct")))
        << preview->diffText().toStdString();
    preview->accept();
    ASSERT_TRUE(waitFor(
        [&]() { return f.home.readFile(QStringLiteral(".config/go/env")).contains("go-a|"); }));
    const ProcessResult go = f.home.goEnv(QStringLiteral("GOPROXY"));
    ASSERT_EQ(go.exitCode, 0) << go.err.constData();
    EXPECT_EQ(go.outText(),
              QStringLiteral("http://127.0.0.1:9/go-a|https://backup.example,direct"));
}

TEST_F(EnglishLocale, Throughput_OneUnitInTheTableTheChartAndTheToolTip)
{
    MirrorPanel panel;
    panel.setMirrors(loopbackCatalog().mid(0, 2));
    panel.resize(1000, 700);
    panel.show();
    // 3.84 MB/s next to 2 GB/s: both in MB/s, the same figure everywhere.
    panel.applyResult(result("go-a", true, true, HealthState::Up, 3.84e6),
                      health(HealthState::Up, 3.84e6));
    panel.applyResult(result("go-b", true, true, HealthState::Up, 2.0e9),
                      health(HealthState::Up, 2.0e9));
    panel.throughputChart()->flushNow();
    MirrorTableModel *model = panel.model();
    const auto text = [model](const char *id) {
        return model
            ->data(model->index(model->rowOf(QString::fromLatin1(id)),
                                MirrorTableModel::ThroughputColumn))
            .toString();
    };
    EXPECT_EQ(text("go-a"), QStringLiteral("3.84 MB/s"));
    EXPECT_EQ(text("go-b"), QStringLiteral("2,000 MB/s"));
    EXPECT_DOUBLE_EQ(panel.throughputChart()->barValue(QStringLiteral("go-a")), 3.84);
    EXPECT_DOUBLE_EQ(panel.throughputChart()->barValue(QStringLiteral("go-b")), 2000.0);
    EXPECT_TRUE(panel.throughputChart()->toolTipFor(QStringLiteral("go-a")).contains(text("go-a")));
    EXPECT_TRUE(panel.throughputChart()->toolTipFor(QStringLiteral("go-b")).contains(text("go-b")));

    // A stale mirror has no figure, and the tool-tip says why.
    MirrorTableModel staleModel;
    staleModel.setMirrors(loopbackCatalog().mid(0, 1));
    staleModel.applyResult(result("go-a", true, false, HealthState::Up), health(HealthState::Up));
    const QModelIndex staleCell = staleModel.index(0, MirrorTableModel::ThroughputColumn);
    EXPECT_EQ(staleModel.data(staleCell).toString(), MeasureFormat::missing());
    EXPECT_TRUE(staleModel.data(staleCell, Qt::ToolTipRole).toString().contains("stale"));
}

TEST(ProfilesGui, ApplyFromTheWindowPreviewsEveryFileAndIsOneLinkedChangeForTheClients)
{
    if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        GTEST_SKIP() << "go or npm is not installed";
    ShellFixture f;
    PipHome pipTool; // only for its python(): the pip the tests judge with
    const auto run = [&f](const QString &program, const QStringList &args) {
        const ProcessResult r = f.home.run(program, args);
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        return r.outText();
    };
    const QString python = pipTool.python();
    const auto configure = [&](const QString &tag) {
        run(QStringLiteral("go"),
            {QStringLiteral("env"), QStringLiteral("-w"),
             QStringLiteral("GOPROXY=https://%1.example/go|https://backup.example,direct").arg(tag),
             QStringLiteral("GOPRIVATE=*.%1.example").arg(tag)});
        run(QStringLiteral("npm"),
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("registry"),
             QStringLiteral("https://%1.example/npm/").arg(tag)});
        run(python, {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("config"),
                     QStringLiteral("set"), QStringLiteral("global.index-url"),
                     QStringLiteral("https://%1.example/simple").arg(tag)});
    };
    const auto observed = [&]() {
        return QStringList{
            run(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("GOPROXY")}),
            run(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("GOPRIVATE")}),
            run(QStringLiteral("npm"),
                {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("registry")}),
            run(python, {QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("config"),
                         QStringLiteral("get"), QStringLiteral("global.index-url")})};
    };

    configure(QStringLiteral("office"));
    const QStringList office = observed();
    ProfilesDialog dialog(f.context,
                          ProfileStore::defaultPath(f.home.path(QStringLiteral("data"))));
    dialog.show();
    QSignalSpy listChanged(&dialog, &ProfilesDialog::listChanged);
    ASSERT_TRUE(listChanged.wait(15000));
    dialog.saveCurrentAs(QStringLiteral("Office"));
    ASSERT_TRUE(waitFor([&]() { return dialog.profileNames() == QStringList{"Office"}; }));

    configure(QStringLiteral("home"));
    const QStringList homeValues = observed();
    ASSERT_NE(homeValues, office);
    const QByteArray npmrc = f.home.readFile(QStringLiteral(".npmrc"));

    dialog.applyProfile(QStringLiteral("Office"));
    ASSERT_TRUE(waitFor([&]() { return dialog.preview() && dialog.preview()->isVisible(); }));
    // Every file's diff, before anything is written.
    const QString diff = dialog.preview()->diffText();
    EXPECT_EQ(diff.count(QStringLiteral("+++ ")), 3) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("+registry=https://office.example/npm/")));
    EXPECT_EQ(f.home.readFile(QStringLiteral(".npmrc")), npmrc);

    QSignalSpy applied(&dialog, &ProfilesDialog::profileApplied);
    dialog.preview()->accept();
    ASSERT_TRUE(applied.wait(20000)) << dialog.statusText().toStdString();
    EXPECT_EQ(observed(), office);

    // One linked entry per file.
    f.pool.waitForDone();
    QStringList groups;
    for (const QString &eco :
         {QStringLiteral("go"), QStringLiteral("npm"), QStringLiteral("pip")}) {
        const auto entries = f.context.history->entries(eco);
        ASSERT_TRUE(entries);
        ASSERT_EQ(entries->size(), 1) << eco.toStdString();
        groups << entries->first().group;
    }
    EXPECT_FALSE(groups.first().isEmpty());
    EXPECT_EQ(groups.count(groups.first()), 3);
}

TEST_F(EnglishLocale, ChoosingADownOrStaleMirrorAsksFirstAndSaysWhy)
{
    GoPage f;
    ASSERT_TRUE(f.loaded());
    f.page->mirrorPanel()->applyResult(result("go-a", false, std::nullopt, HealthState::Down),
                                       health(HealthState::Down));
    MirrorTableView *table = f.page->mirrorPanel()->tableView();
    ASSERT_TRUE(table->selectMirror(QStringLiteral("go-a")));
    table->useAction()->trigger();
    ASSERT_TRUE(waitFor([&]() { return f.page->riskQuestion() != nullptr; }));
    EXPECT_TRUE(f.page->riskQuestion()->text().contains(QStringLiteral("is down")))
        << f.page->riskQuestion()->text().toStdString();
    // Cancel: nothing is planned, nothing written.
    f.page->riskQuestion()->reject();
    QTest::qWait(200);
    EXPECT_EQ(f.page->previewDialog(), nullptr);
    EXPECT_EQ(f.home.readFile(QStringLiteral(".config/go/env")), kPipeChain);

    // Stale: asked too; "Yes" goes on to the usual preview.
    f.page->mirrorPanel()->applyResult(result("go-a", true, false, HealthState::Up),
                                       health(HealthState::Up));
    table->useAction()->trigger();
    ASSERT_TRUE(
        waitFor([&]() { return f.page->riskQuestion() && f.page->riskQuestion()->isVisible(); }));
    EXPECT_TRUE(f.page->riskQuestion()->text().contains(QStringLiteral("stale")));
    f.page->riskQuestion()->accept();
    ASSERT_TRUE(
        waitFor([&]() { return f.page->previewDialog() && f.page->previewDialog()->isVisible(); }));
    f.page->previewDialog()->reject();
}

TEST(MirrorColours, TableMarkerLatencyLineAndThroughputBarShareTheMirrorsColourNeverRed)
{
    MirrorPanel panel;
    QList<Mirror> mirrors;
    for (int i = 0; i < 14; ++i)
        mirrors << testMirror(QStringLiteral("m%1").arg(i), QStringLiteral("go"),
                              QStringLiteral("http://127.0.0.1:9/m%1").arg(i),
                              QStringLiteral("Mirror %1").arg(i));
    panel.setMirrors(mirrors);
    for (const Mirror &mirror : std::as_const(mirrors)) {
        const int row = panel.model()->rowOf(mirror.id);
        const QColor table = panel.model()
                                 ->data(panel.model()->index(row, 0), MirrorTableModel::ColorRole)
                                 .value<QColor>();
        const QLineSeries *line = panel.latencyChart()->seriesFor(mirror.id);
        ASSERT_NE(line, nullptr);
        EXPECT_EQ(table, line->pen().color()) << mirror.id.toStdString();
        EXPECT_EQ(table, panel.throughputChart()->barColor(mirror.id)) << mirror.id.toStdString();
        // The marker is drawn: a decoration in that colour next to the name.
        EXPECT_FALSE(panel.model()
                         ->data(panel.model()->index(row, 0), Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
        // Red is Down's colour: a healthy mirror is never drawn in it.
        const int hue = table.hslHue();
        EXPECT_FALSE(table.hslSaturation() > 80 && (hue < 20 || hue > 330))
            << mirror.id.toStdString() << " " << table.name().toStdString();
    }
}

TEST(ChainEditor, NoThenControlAfterDirectOrOff)
{
    GoProxyChainEditor chain;
    chain.setChain(QStringLiteral("https://a.example|https://b.example,direct"));
    chain.show();
    auto *table = chain.findChild<QTableWidget *>();
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 3);
    const auto thenShown = [&](int row) {
        QWidget *holder = table->cellWidget(row, 1);
        auto *combo = holder ? holder->findChild<QComboBox *>() : nullptr;
        return combo && combo->isVisibleTo(&chain);
    };
    EXPECT_TRUE(thenShown(0));
    EXPECT_TRUE(thenShown(1));
    EXPECT_FALSE(thenShown(2)); // the last entry, "direct"
    // An entry typed as "direct" ends the chain there: its "Then" goes away.
    table->item(0, 0)->setText(QStringLiteral("direct"));
    EXPECT_FALSE(thenShown(0));
    EXPECT_TRUE(thenShown(1));
}

TEST(GoSettingsEditorGui, ExplicitSumGolangOrgIsShownAsTheDefaultAndIsNoEdit)
{
    TestHome home;
    home.writeFile(QStringLiteral(".config/go/env"), "GOSUMDB=sum.golang.org\n");
    const ConfigSnapshot snapshot =
        ConfigService::readSnapshot(QStringLiteral("go"), home.toolEnvironment());
    GoSettingsEditor editor;
    editor.load(snapshot);
    QComboBox *mode = nullptr;
    for (QComboBox *combo : editor.findChildren<QComboBox *>()) {
        if (combo->findText(QStringLiteral("Default (sum.golang.org)")) >= 0)
            mode = combo;
    }
    ASSERT_NE(mode, nullptr);
    EXPECT_EQ(mode->currentText(), QStringLiteral("Default (sum.golang.org)"));
    EXPECT_TRUE(editor.pendingEdits().isEmpty());
}

TEST(NpmSettingsEditorGui, AddScopeShowsNoErrorBeforeTheUserTypes)
{
    TestHome home;
    home.writeFile(QStringLiteral(".npmrc"), "registry=http://127.0.0.1:9/npm-a/\n");
    NpmSettingsEditor editor;
    // The core's own validation, as the page wires it.
    const auto npm = EcosystemRegistry::create(QStringLiteral("npm"), home.toolEnvironment());
    ASSERT_TRUE(npm);
    editor.setValidator(
        [&npm](const QString &key, const QString &value) { return npm->validate(key, value); });
    editor.load(ConfigService::readSnapshot(QStringLiteral("npm"), home.toolEnvironment()));
    editor.show();
    QPushButton *add = nullptr;
    for (QPushButton *button : editor.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Add scope"))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    add->click();
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("scopedRegistries"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_FALSE(editor.hasErrors());
    EXPECT_FALSE(editor.isModified());
    // What the user types is judged as before.
    table->item(0, 0)->setText(QStringLiteral("@corp"));
    table->item(0, 1)->setText(QStringLiteral("not a url"));
    EXPECT_TRUE(editor.hasErrors());
}

TEST(SettingsEditorsGui, RegistryAndIndexFieldsOfferTheCatalogsMirrors)
{
    NpmSettingsEditor npm;
    npm.setCatalogMirrors({loopbackCatalog().at(2)}); // npm-a
    PipSettingsEditor pip;
    pip.setCatalogMirrors({loopbackCatalog().at(3)}); // pip-a
    for (const auto &[editor, name, url] :
         {std::tuple<QWidget *, QString, QString>{&npm, QStringLiteral("registry"),
                                                  QStringLiteral("http://127.0.0.1:9/npm-a/")},
          std::tuple<QWidget *, QString, QString>{
              &pip, QStringLiteral("indexUrl"),
              QStringLiteral("http://127.0.0.1:9/pip-a/simple")}}) {
        auto *field = editor->findChild<QLineEdit *>(name);
        ASSERT_NE(field, nullptr) << name.toStdString();
        ASSERT_NE(field->completer(), nullptr);
        EXPECT_EQ(field->completer()->model()->data(field->completer()->model()->index(0, 0)), url);
        EXPECT_NE(field->findChild<QAction *>(QStringLiteral("catalogMirrors")), nullptr);
        // Free text stays possible.
        field->setText(QStringLiteral("https://own.example/"));
        EXPECT_EQ(field->text(), QStringLiteral("https://own.example/"));
    }
}

TEST_F(EnglishLocale, MirrorInUseNotInTheCatalog_OffersAddToMyMirrorsPrefilled)
{
    GoPage f;
    f.home.writeFile(QStringLiteral(".config/go/env"),
                     "GOPROXY=https://athens.corp.example|https://backup.example,direct\n");
    ASSERT_TRUE(f.loaded());
    ASSERT_TRUE(waitFor([&]() { return f.page->card()->addToMyMirrorsButton()->isVisible(); }));
    // No listed row is in use: the ad-hoc entry the owner measures is (MirrorPanelMonitorTest).
    EXPECT_EQ(f.model()->inUse(), QStringLiteral("in-use-go"));
    f.page->card()->addToMyMirrorsButton()->click();
    ASSERT_NE(f.page->mirrorDialog(), nullptr);
    EXPECT_TRUE(f.page->mirrorDialog()->isVisible());
    EXPECT_EQ(f.page->mirrorDialog()->mirror().url, QStringLiteral("https://athens.corp.example"));
    f.page->mirrorDialog()->reject();

    // A catalog mirror in use: no such button.
    f.home.writeFile(QStringLiteral(".config/go/env"), kPipeChain);
    ASSERT_TRUE(f.loaded());
    ASSERT_TRUE(waitFor([&]() { return f.model()->inUse() == QStringLiteral("go-b"); }));
    EXPECT_FALSE(f.page->card()->addToMyMirrorsButton()->isVisible());
}

TEST(MainWindowGui, ClosingWithUnsavedEditsAsksSaveDiscardCancel)
{
    ShellFixture f;
    MainWindow window(f.context, loopbackCatalog(), nullptr);
    window.show();
    ASSERT_TRUE(
        waitFor([&]() { return window.configService(QStringLiteral("npm"))->hasSnapshot(); }));
    auto *registry =
        window.ecosystemPage(QStringLiteral("npm"))->editor()->findChild<QLineEdit *>("registry");
    ASSERT_NE(registry, nullptr);
    registry->setText(QStringLiteral("http://127.0.0.1:9/npm-a/"));
    ASSERT_TRUE(window.ecosystemPage(QStringLiteral("npm"))->editor()->isModified());

    // Cancel: the window stays, the edit too.
    window.close();
    ASSERT_NE(window.unsavedEditsQuestion(), nullptr);
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(window.unsavedEditsQuestion()->text().contains(QStringLiteral("npm")));
    window.unsavedEditsQuestion()->button(QMessageBox::Cancel)->click();
    ASSERT_TRUE(waitFor([&]() { return window.unsavedEditsQuestion() == nullptr; }));
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(window.ecosystemPage(QStringLiteral("npm"))->editor()->isModified());

    // Save: the usual preview of the change, window still open.
    window.close();
    ASSERT_NE(window.unsavedEditsQuestion(), nullptr);
    window.unsavedEditsQuestion()->button(QMessageBox::Save)->click();
    ASSERT_TRUE(waitFor([&]() {
        auto *page = window.ecosystemPage(QStringLiteral("npm"));
        return page->previewDialog() && page->previewDialog()->isVisible();
    }));
    EXPECT_TRUE(window.isVisible());
    window.ecosystemPage(QStringLiteral("npm"))->previewDialog()->reject();

    // Discard: edits dropped, the window closes, nothing written.
    window.close();
    ASSERT_NE(window.unsavedEditsQuestion(), nullptr);
    window.unsavedEditsQuestion()->button(QMessageBox::Discard)->click();
    ASSERT_TRUE(waitFor([&]() { return !window.isVisible(); }));
    EXPECT_FALSE(QFile::exists(f.home.path(QStringLiteral(".npmrc"))));
}

TEST(MainWindowGui, PreferencesHasAShortcutInTheMenu)
{
    ShellFixture f;
    MainWindow window(f.context, loopbackCatalog(), nullptr);
    QAction *preferences = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->menuRole() == QAction::PreferencesRole)
            preferences = action;
    }
    ASSERT_NE(preferences, nullptr);
    EXPECT_FALSE(preferences->shortcut().isEmpty());
}

namespace {

QColor centreOf(const QVariant &decoration)
{
    const QImage image = decoration.value<QIcon>().pixmap(16, 16).toImage();
    return image.isNull() ? QColor() : image.pixelColor(8, 10);
}

} // namespace

TEST_F(EnglishLocale, LatencyIsGradedByThePreferencesThresholdsInTheTableAndTheChart)
{
    MirrorPanel panel;
    QList<Mirror> mirrors;
    for (const char *id : {"fast", "middling", "slow", "silent"})
        mirrors << testMirror(QString::fromLatin1(id), QStringLiteral("go"),
                              QStringLiteral("http://127.0.0.1:9/") + QString::fromLatin1(id),
                              QString::fromLatin1(id));
    panel.setMirrors(mirrors);
    panel.resize(900, 700);
    panel.show();
    const QList<std::pair<QString, double>> latencies = {{QStringLiteral("fast"), 42},
                                                         {QStringLiteral("middling"), 150},
                                                         {QStringLiteral("slow"), 420}};
    for (const auto &[id, ms] : latencies) {
        ProbeResult r = result(id, true, true, HealthState::Up);
        r.latencyMs = ms;
        HealthSnapshot h = health(HealthState::Up);
        h.p50LatencyMs = ms;
        h.p95LatencyMs = ms;
        panel.applyResult(r, h);
    }
    MirrorTableModel *model = panel.model();
    const auto decoration = [model](const char *id) {
        return model->data(
            model->index(model->rowOf(QString::fromLatin1(id)), MirrorTableModel::P50Column),
            Qt::DecorationRole);
    };
    // The seed's thresholds: under 100 ms good, up to 200 ms warning, beyond slow.
    EXPECT_EQ(
        model->latencyGrade(model->rowOf(QStringLiteral("fast")), MirrorTableModel::P50Column),
        LatencyGrade::Good);
    EXPECT_EQ(centreOf(decoration("fast")), LatencyGrade::color(LatencyGrade::Good));
    EXPECT_EQ(centreOf(decoration("middling")), LatencyGrade::color(LatencyGrade::Warning));
    EXPECT_EQ(centreOf(decoration("slow")), LatencyGrade::color(LatencyGrade::Slow));
    // Not measured: no mark at all next to the "—".
    EXPECT_FALSE(decoration("silent").isValid());
    const QString tip = model
                            ->data(model->index(model->rowOf(QStringLiteral("middling")),
                                                MirrorTableModel::P50Column),
                                   Qt::ToolTipRole)
                            .toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("100 ms"))) << tip.toStdString();

    // Preferences changed: the same numbers are graded again.
    panel.setLatencyThresholds({30, 50});
    EXPECT_EQ(centreOf(decoration("fast")), LatencyGrade::color(LatencyGrade::Warning));
    EXPECT_EQ(centreOf(decoration("middling")), LatencyGrade::color(LatencyGrade::Slow));

    // The chart draws the thresholds as dashed lines in the grades' colours, "good" below
    // "warning".
    panel.setLatencyThresholds({100, 200});
    LatencyChartView *chart = panel.latencyChart();
    chart->flushNow();
    const std::optional<int> good = chart->thresholdLineY(100);
    const std::optional<int> warning = chart->thresholdLineY(200);
    ASSERT_TRUE(good && warning);
    EXPECT_GT(*good, *warning);
    const QImage shot = chart->grab().toImage();
    const auto rowHas = [&shot](int y, const QColor &colour) {
        for (int x = 0; x < shot.width(); ++x) {
            for (int dy = -1; dy <= 1; ++dy) {
                if (y + dy >= 0 && y + dy < shot.height() && shot.pixelColor(x, y + dy) == colour)
                    return true;
            }
        }
        return false;
    };
    EXPECT_TRUE(rowHas(*good, LatencyGrade::color(LatencyGrade::Good)));
    EXPECT_TRUE(rowHas(*warning, LatencyGrade::color(LatencyGrade::Warning)));
}

TEST(ProfilesGui, RestoringOneEntryOfAProfileFromTheWindowRestoresEveryFileOfIt)
{
    if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        GTEST_SKIP() << "go or npm is not installed";
    ShellFixture f;
    const QByteArray goBefore = "GOPROXY=https://home.example/go\n";
    const QByteArray npmBefore = "; mine\nregistry=https://home.example/npm/\n";
    f.home.writeFile(QStringLiteral(".config/go/env"), goBefore);
    f.home.writeFile(QStringLiteral(".npmrc"), npmBefore);
    Profile office;
    office.name = QStringLiteral("Office");
    office.settings = {{QStringLiteral("go"), QStringLiteral("GOPROXY"),
                        QStringLiteral("https://office.example/go"), false},
                       {QStringLiteral("npm"), QStringLiteral("registry"),
                        QStringLiteral("https://office.example/npm/"), false}};
    const ProfileApplier applier(f.context.environment);
    const auto planned = applier.plan(office);
    ASSERT_TRUE(planned) << planned.error().toString().toStdString();
    const auto written = applier.apply(*planned, *f.context.history);
    ASSERT_TRUE(written) << written.error().toString().toStdString();
    ASSERT_EQ(written->size(), 2);

    f.context.dataDirectory = f.home.path(QStringLiteral("data"));
    MainWindow window(f.context, loopbackCatalog(), nullptr);
    window.show();
    const auto goEntries = f.context.history->entries(QStringLiteral("go"));
    ASSERT_TRUE(goEntries && goEntries->size() == 1);
    // The user restores the Go entry from the Go page's history.
    window.ecosystemPage(QStringLiteral("go"))->restore(goEntries->first());
    ASSERT_TRUE(waitFor([&]() {
        return window.profilesDialog() && window.profilesDialog()->preview() &&
               window.profilesDialog()->preview()->isVisible();
    }));
    const QString diff = window.profilesDialog()->preview()->diffText();
    EXPECT_EQ(diff.count(QStringLiteral("+++ ")), 2) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("+registry=https://home.example/npm/")));
    QSignalSpy applied(window.profilesDialog(), &ProfilesDialog::profileApplied);
    window.profilesDialog()->preview()->accept();
    ASSERT_TRUE(applied.wait(20000)) << window.profilesDialog()->statusText().toStdString();
    EXPECT_EQ(f.home.readFile(QStringLiteral(".config/go/env")), goBefore);
    EXPECT_EQ(f.home.readFile(QStringLiteral(".npmrc")), npmBefore);
    // The real clients read the restored values.
    EXPECT_EQ(f.home.run(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("GOPROXY")})
                  .outText(),
              QStringLiteral("https://home.example/go"));
    EXPECT_EQ(f.home
                  .run(QStringLiteral("npm"), {QStringLiteral("config"), QStringLiteral("get"),
                                               QStringLiteral("registry")})
                  .outText(),
              QStringLiteral("https://home.example/npm/"));
}
