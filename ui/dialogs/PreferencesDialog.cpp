#include "PreferencesDialog.h"

#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *spinFor(AppSettings::Key key, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    const AppSettings::Spec &spec = AppSettings::spec(key);
    spin->setRange(int(spec.minimum), int(qMin<qlonglong>(spec.maximum, INT_MAX)));
    return spin;
}
} // namespace

PreferencesDialog::PreferencesDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_interval = spinFor(AppSettings::Key::ProbeIntervalSec, this);
    m_timeout = spinFor(AppSettings::Key::RequestTimeoutSec, this);
    m_good = spinFor(AppSettings::Key::LatencyGoodMs, this);
    m_warning = spinFor(AppSettings::Key::LatencyWarningMs, this);
    m_maxFails = spinFor(AppSettings::Key::MaxFails, this);
    m_failTimeout = spinFor(AppSettings::Key::FailTimeoutSec, this);
    m_proxyMode = new QComboBox(this);
    m_proxyMode->addItems({QString(), QString(), QString()});
    m_proxyUrl = new QLineEdit(this);
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QStringLiteral("system"));
    // Each language is named in itself, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_liveInterval = spinFor(AppSettings::Key::LiveIntervalSec, this);
    m_liveInterval->setObjectName(QStringLiteral("liveInterval"));
    m_startupRound = new QComboBox(this);
    m_startupRound->setObjectName(QStringLiteral("startupRound"));
    m_startupRound->addItem(QString(), int(AppSettings::StartupRound::LatencyOnly));
    m_startupRound->addItem(QString(), int(AppSettings::StartupRound::Full));
    m_startupRound->addItem(QString(), int(AppSettings::StartupRound::None));
    m_showTray = new QCheckBox(this);
    m_showTray->setObjectName(QStringLiteral("showTrayIcon"));
    m_leftClick = new QComboBox(this);
    m_leftClick->setObjectName(QStringLiteral("trayLeftClick"));
    m_leftClick->addItem(QString(), int(AppSettings::TrayLeftClick::Menu));
    m_leftClick->addItem(QString(), int(AppSettings::TrayLeftClick::Window));
    m_autoFailover = new QCheckBox(this);
    m_autoFailover->setObjectName(QStringLiteral("autoFailover"));
    m_failoverStable = spinFor(AppSettings::Key::FailoverStableSec, this);
    m_failoverStable->setObjectName(QStringLiteral("failoverStable"));
    m_startMinimised = new QCheckBox(this);
    m_launchAtLogin = new QCheckBox(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; "
                                          "border-radius: 4px; padding: 3px 6px; }"));

    // Three groups, each a form; explicit labels with buddies (Alt+letter and screen readers find
    // the fields). Texts are set in retranslateUi.
    auto addGroup = [this](QGroupBox *&box, const QList<QWidget *> &fields) {
        box = new QGroupBox(this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (QWidget *field : fields) {
            if (qobject_cast<QCheckBox *>(field)) {
                form->addRow(field);
                continue;
            }
            auto *label = new QLabel(box);
            label->setBuddy(field);
            form->addRow(label, field);
            m_labels.insert(field, label);
        }
        m_form->addRow(box);
    };
    addGroup(m_measureGroup, {m_interval, m_liveInterval, m_startupRound, m_timeout, m_good,
                              m_warning, m_maxFails, m_failTimeout});
    addGroup(m_networkGroup, {m_proxyMode, m_proxyUrl});
    addGroup(m_trayGroup, {m_showTray, m_leftClick, m_autoFailover, m_failoverStable});
    addGroup(m_appGroup, {m_language, m_startMinimised, m_launchAtLogin});
    setMinimumWidth(480);
    // Tab follows the reading order, whatever order the fields were created in.
    const QList<QWidget *> order = {
        m_interval,       m_liveInterval, m_startupRound, m_timeout,        m_good,
        m_warning,        m_maxFails,     m_failTimeout,  m_proxyMode,      m_proxyUrl,
        m_showTray,       m_leftClick,    m_autoFailover, m_failoverStable, m_language,
        m_startMinimised, m_launchAtLogin};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxyUrl->setEnabled(index == 2); });

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load();
    retranslateUi();
}

void PreferencesDialog::load()
{
    m_interval->setValue(m_settings->probeIntervalSec());
    m_timeout->setValue(m_settings->requestTimeoutSec());
    m_good->setValue(m_settings->latencyGoodMs());
    m_warning->setValue(m_settings->latencyWarningMs());
    m_maxFails->setValue(m_settings->maxFails());
    m_failTimeout->setValue(m_settings->failTimeoutSec());
    m_proxyMode->setCurrentIndex(int(m_settings->proxyMode()));
    m_proxyUrl->setText(m_settings->manualProxyUrl());
    m_proxyUrl->setEnabled(m_settings->proxyMode() == AppSettings::ProxyMode::Manual);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_startMinimised->setChecked(m_settings->startMinimised());
    m_launchAtLogin->setChecked(m_settings->launchAtLogin());
    m_liveInterval->setValue(m_settings->liveIntervalSec());
    m_startupRound->setCurrentIndex(
        qMax(0, m_startupRound->findData(int(m_settings->startupRound()))));
    m_showTray->setChecked(m_settings->showTrayIcon());
    m_leftClick->setCurrentIndex(qMax(0, m_leftClick->findData(int(m_settings->trayLeftClick()))));
    m_autoFailover->setChecked(m_settings->autoFailover());
    m_failoverStable->setValue(m_settings->failoverStableSec());
}

bool PreferencesDialog::save()
{
    QStringList errors;
    auto check = [&errors](const Expected<void> &result) {
        if (!result)
            errors << result.error().message;
    };
    check(m_settings->setProbeIntervalSec(m_interval->value()));
    check(m_settings->setRequestTimeoutSec(m_timeout->value()));
    check(m_settings->setLatencyThresholds(m_good->value(), m_warning->value()));
    check(m_settings->setMaxFails(m_maxFails->value()));
    check(m_settings->setFailTimeoutSec(m_failTimeout->value()));
    check(m_settings->setManualProxyUrl(m_proxyUrl->text().trimmed()));
    if (errors.isEmpty())
        m_settings->setProxyMode(AppSettings::ProxyMode(m_proxyMode->currentIndex()));
    m_settings->setStartMinimised(m_startMinimised->isChecked());
    m_settings->setLaunchAtLogin(m_launchAtLogin->isChecked());
    check(m_settings->setLiveIntervalSec(m_liveInterval->value()));
    m_settings->setStartupRound(AppSettings::StartupRound(m_startupRound->currentData().toInt()));
    m_settings->setShowTrayIcon(m_showTray->isChecked());
    m_settings->setTrayLeftClick(AppSettings::TrayLeftClick(m_leftClick->currentData().toInt()));
    m_settings->setAutoFailover(m_autoFailover->isChecked());
    check(m_settings->setFailoverStableSec(m_failoverStable->value()));
    // Last: switching the language retranslates this dialog too.
    check(m_settings->setLanguage(m_language->currentData().toString()));
    m_settings->sync();
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    return errors.isEmpty();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_intro->setText(tr("Changes apply as soon as you press OK; a new language applies at once, "
                        "without a restart."));
    const QList<QPair<QWidget *, QString>> labels = {
        {m_interval, tr("Measure every")},
        {m_timeout, tr("Request timeout")},
        {m_good, tr("Good latency below")},
        {m_warning, tr("Slow latency above")},
        {m_maxFails, tr("Down after failures")},
        {m_failTimeout, tr("Retry a down mirror after")},
        {m_proxyMode, tr("Proxy")},
        {m_proxyUrl, tr("Proxy URL")},
        {m_language, tr("Language")},
        {m_startMinimised, QString()},
        {m_launchAtLogin, QString()},
        {m_liveInterval, tr("While a mirror page is shown, every")},
        {m_startupRound, tr("At start-up")},
        {m_leftClick, tr("Left click on the tray icon")},
        {m_failoverStable, tr("A mirror left must be healthy for")},
    };
    m_trayGroup->setTitle(tr("Tray and failover"));
    m_measureGroup->setTitle(tr("Measurements"));
    m_networkGroup->setTitle(tr("Network"));
    m_appGroup->setTitle(tr("Application"));
    for (const auto &[widget, text] : labels) {
        if (QLabel *label = m_labels.value(widget))
            label->setText(text);
        if (!text.isEmpty())
            widget->setAccessibleName(text);
    }
    const QString seconds = tr(" s", "unit suffix");
    m_interval->setSuffix(seconds);
    m_timeout->setSuffix(seconds);
    m_failTimeout->setSuffix(seconds);
    m_liveInterval->setSuffix(seconds);
    m_failoverStable->setSuffix(seconds);
    m_startupRound->setItemText(0, tr("Measure latency only (downloads wait for the interval)"));
    m_startupRound->setItemText(1, tr("Measure everything, downloads included"));
    m_startupRound->setItemText(2, tr("Measure nothing until the first interval"));
    m_leftClick->setItemText(0, tr("Opens the menu"));
    m_leftClick->setItemText(1, tr("Shows or hides the window"));
    m_showTray->setText(tr("Show an icon in the system tray"));
    m_showTray->setAccessibleName(m_showTray->text());
    m_autoFailover->setText(tr("Switch automatically when the mirror in use goes down"));
    m_autoFailover->setAccessibleName(m_autoFailover->text());
    m_good->setSuffix(tr(" ms", "unit suffix"));
    m_warning->setSuffix(tr(" ms", "unit suffix"));
    m_maxFails->setSuffix(QString());
    m_proxyMode->setItemText(0, tr("System settings"));
    m_proxyMode->setItemText(1, tr("No proxy"));
    m_proxyMode->setItemText(2, tr("Manual"));
    m_language->setItemText(0, tr("System"));
    m_startMinimised->setText(tr("Start minimised (hidden in the tray when there is one)"));
    m_startMinimised->setAccessibleName(tr("Start minimised"));
    m_launchAtLogin->setText(tr("Launch at login"));
    m_launchAtLogin->setAccessibleName(tr("Launch at login"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}
