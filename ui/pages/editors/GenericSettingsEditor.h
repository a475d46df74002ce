#pragma once

// The settings editor of a tool without a bespoke one: a field per key of the tool, its kind
// taken from the descriptor's typed keys (a line for a string or URL, one entry per line for a URL,
// host or glob list, a choice for a bool), validated by the tool itself as the user types.

#include "SettingsEditor.h"
#include "ecosystems/Ecosystem.h"

class SettingsEditorField;

class GenericSettingsEditor : public SettingsEditor
{
    Q_OBJECT

public:
    // `types` holds the type of each of `keys`, in the same order.
    GenericSettingsEditor(const QList<ConfigKeyInfo> &keys,
                          const QList<ConfigKeyDescription> &types, QWidget *parent = nullptr);
    ~GenericSettingsEditor() override;

    void load(const ConfigSnapshot &snapshot) override;
    QList<KeyEdit> pendingEdits() const override;

    // The field of `key` (a QLineEdit, QPlainTextEdit or QComboBox named after the key).
    QWidget *field(const QString &key) const;

protected:
    void retranslateUi() override;

private:
    struct Field;
    void revalidate();

    std::vector<std::unique_ptr<Field>> m_fields;
    Section m_section;
    ConfigSnapshot m_snapshot;
};
