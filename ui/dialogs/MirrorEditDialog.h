#pragma once

// "Add mirror…" / "Edit…" for the user's own mirrors: name (English and Chinese), URL and the
// fields the mirror's ecosystem adds (Go: the checksum database it proxies), as its descriptor
// lists them. Before saving, the URL is probed the way the tool would use
// it (a one-mirror round of a private ProbeEngine with the app's probe settings); only a mirror
// that answers is saved — or, after a failure, when the user explicitly says "Save anyway".

#include "catalog/Mirror.h"
#include "catalog/MirrorCatalog.h"
#include "probe/ProbeResult.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ProbeEngine;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class MirrorEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `settingsSource` provides the probe settings (timeouts, proxy); may be null.
    explicit MirrorEditDialog(ProbeEngine *settingsSource, QWidget *parent = nullptr);
    ~MirrorEditDialog() override;

    // An empty id means "add".
    void setMirror(const Mirror &mirror, const MirrorCatalog &catalog);
    Mirror mirror() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;
    bool isProbing() const;

Q_SIGNALS:
    void mirrorAccepted(const Mirror &mirror, const QString &previousId);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void startCheck();
    void onResult(const ProbeResult &result);
    void finishCheck(bool ok, const QString &message);
    QString validateFields() const;
    QString uniqueId(const QString &url) const;
    void rebuildOptionFields();

    // One row per option of the mirror's ecosystem (Go's "sumdb").
    struct OptionField
    {
        QString key;
        QLineEdit *edit = nullptr;
    };

    QPointer<ProbeEngine> m_settingsSource;
    std::unique_ptr<ProbeEngine> m_probe;
    Mirror m_original;
    MirrorCatalog m_catalog;
    QString m_checkingId;
    bool m_gotResult = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QLineEdit *m_url = nullptr;
    QList<OptionField> m_optionFields;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAnyway = nullptr;
};
