#pragma once

// Go's settings beyond the one-click switch: the GOPROXY chain, GOSUMDB (default, off, or through
// a mirror) and the private-module patterns (GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE).

#include "SettingsEditor.h"
#include "catalog/Mirror.h"

class GoProxyChainEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

class GoSettingsEditor : public SettingsEditor
{
    Q_OBJECT

public:
    explicit GoSettingsEditor(QWidget *parent = nullptr);

    void load(const ConfigSnapshot &snapshot) override;
    QList<KeyEdit> pendingEdits() const override;

    GoProxyChainEditor *proxyChain() const { return m_proxy; }
    QComboBox *sumDbMode() const { return m_sumDbMode; }
    // Mirrors that proxy the checksum database become choices "Through <mirror>".
    void setSumDbMirrors(const QList<Mirror> &mirrors);

protected:
    void retranslateUi() override;

private:
    void applyHints();
    // Fixed choices first; "through a mirror" choices follow, their GOSUMDB value as item data.
    enum SumDbMode
    {
        SumDbDefault,
        SumDbOff,
        SumDbCustom,
        SumDbFirstMirror
    };
    void selectSumDb(const QString &value);
    QString sumDbValue() const;
    void revalidate();

    ConfigSnapshot m_snapshot;
    QHash<QString, QString> m_baseline;
    GoProxyChainEditor *m_proxy = nullptr;
    QLabel *m_proxyMessage = nullptr;
    QComboBox *m_sumDbMode = nullptr;
    QLineEdit *m_sumDb = nullptr;
    QLabel *m_sumDbMessage = nullptr;
    QList<QLineEdit *> m_patterns; // GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE
    QList<QLabel *> m_patternMessages;
    Section m_proxySection;
    Section m_sumSection;
    Section m_privateSection;
};
