#pragma once

// pip's settings beyond the one-click switch: the index URL, extra index URLs and trusted hosts
// (one per line, as pip.conf writes multi-line values).

#include "SettingsEditor.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

class PipSettingsEditor : public SettingsEditor
{
    Q_OBJECT

public:
    explicit PipSettingsEditor(QWidget *parent = nullptr);

    void load(const ConfigSnapshot &snapshot) override;
    QList<KeyEdit> pendingEdits() const override;
    void setCatalogMirrors(const QList<Mirror> &mirrors) override;

protected:
    void retranslateUi() override;

private:
    void applyHints();
    void revalidate();
    static QString lines(const QPlainTextEdit *edit);

    QHash<QString, QString> m_baseline;
    QLineEdit *m_index = nullptr;
    QLabel *m_indexMessage = nullptr;
    QPlainTextEdit *m_extra = nullptr;
    QLabel *m_extraMessage = nullptr;
    QPlainTextEdit *m_trusted = nullptr;
    QLabel *m_trustedMessage = nullptr;
    QLabel *m_extraLabel = nullptr;
    QLabel *m_trustedLabel = nullptr;
    Section m_indexSection;
    Section m_trustSection;
    ConfigSnapshot m_snapshot; // the last read, for the hints
};
