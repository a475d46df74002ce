#pragma once

// The common part of the per-tool settings editors: what the user file holds now (the baseline),
// the edits the user made since (pendingEdits), and inline validation with the core's own
// messages shown under each field.

#include "Expected.h"
#include "catalog/Mirror.h"
#include "pages/ConfigService.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

class SettingsEditor : public QWidget
{
    Q_OBJECT

public:
    using Validator = std::function<Expected<void>(const QString &key, const QString &value)>;

    explicit SettingsEditor(QWidget *parent = nullptr);

    void setValidator(Validator validator) { m_validator = std::move(validator); }
    // The catalog's mirrors of this tool, offered in its mirror field (completion and a list
    // button) next to free text. Editors without such a field ignore it.
    virtual void setCatalogMirrors(const QList<Mirror> &mirrors) { Q_UNUSED(mirrors); }

    // Fills the fields from a fresh read; pending edits are dropped.
    virtual void load(const ConfigSnapshot &snapshot) = 0;
    // Set or unset per key, in a stable order; empty when nothing changed.
    virtual QList<KeyEdit> pendingEdits() const = 0;

    bool isModified() const { return !pendingEdits().isEmpty(); }
    // True while any field holds a value the core rejects.
    bool hasErrors() const;

Q_SIGNALS:
    // A field changed (its value or its validity).
    void edited();

protected:
    // A titled group of fields with a one-line explanation; titles are set in retranslateUi.
    struct Section
    {
        QGroupBox *box = nullptr;
        QLabel *description = nullptr;
        QFormLayout *form = nullptr;
    };
    Section addSection();
    // Call once at the end of the constructor: keeps the sections at the top.
    void finishSections();

    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    // Completion from `mirrors`' URLs (matching anywhere, any case) plus a trailing button that
    // lists them all; typing anything else stays possible.
    static void offerMirrors(QLineEdit *field, const QList<Mirror> &mirrors);

    // The value MirrorDeck's user file holds for `key`, or "" when the file does not set it (the
    // value in effect may then come from the environment or the default).
    static QString userFileValue(const ConfigSnapshot &snapshot, const QString &key);
    static QStringList userFileValues(const ConfigSnapshot &snapshot, const QString &key);
    // "In effect: …" placeholder text for an empty field.
    static QString effectiveHint(const ConfigSnapshot &snapshot, const QString &key);

    // Validates `value` for `key` (an empty value means "remove from the file" and is always
    // fine) and shows the message in `message`; returns whether it is valid.
    bool validateInto(const QString &key, const QString &value, QLabel *message);
    // A label for validation messages: hidden while valid, icon + text (never colour alone).
    QLabel *createMessageLabel();
    void addEdit(QList<KeyEdit> &edits, const QString &key, const QString &baseline,
                 const QString &value) const;

private:
    QVBoxLayout *m_sections = nullptr;
    Validator m_validator;
    QHash<QLabel *, bool> m_errors;
};
