#pragma once

// Preferences: probe interval (and the faster live one), the start-up round, timeouts, health
// thresholds, proxy, language, start minimised, launch at login, the tray (icon shown, left click)
// and failover (automatic, how long a mirror left must stay healthy). Reads from and writes to
// AppSettings; the rest of the app follows its changed() signal (a new language applies at once,
// without a restart).

#include <QDialog>
#include <QHash>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

    // Writes the fields; false (and the message shown) when one is refused.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();

    AppSettings *m_settings;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_good = nullptr;
    QSpinBox *m_warning = nullptr;
    QSpinBox *m_maxFails = nullptr;
    QSpinBox *m_failTimeout = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyUrl = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QCheckBox *m_launchAtLogin = nullptr;
    QSpinBox *m_liveInterval = nullptr;
    QComboBox *m_startupRound = nullptr;
    QCheckBox *m_showTray = nullptr;
    QComboBox *m_leftClick = nullptr;
    QCheckBox *m_autoFailover = nullptr;
    QSpinBox *m_failoverStable = nullptr;
    QGroupBox *m_trayGroup = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_intro = nullptr;
    QGroupBox *m_measureGroup = nullptr;
    QGroupBox *m_networkGroup = nullptr;
    QGroupBox *m_appGroup = nullptr;
    QHash<QWidget *, QLabel *> m_labels;
    QDialogButtonBox *m_buttons = nullptr;
};
