#include "GenericSettingsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

struct GenericSettingsEditor::Field
{
    ConfigKeyInfo info;
    ConfigKeyDescription type;
    QString baseline; // the tool's value in the user file, "" when the file does not set it
    QLineEdit *line = nullptr;
    QPlainTextEdit *lines = nullptr;
    QComboBox *choice = nullptr;
    QLabel *message = nullptr;

    QWidget *widget() const
    {
        return line    ? static_cast<QWidget *>(line)
               : lines ? static_cast<QWidget *>(lines)
                       : static_cast<QWidget *>(choice);
    }

    // The value as the tool spells it: list entries joined with the key's separator.
    QString value() const
    {
        if (line)
            return line->text().trimmed();
        if (choice)
            return choice->currentData().toString();
        return entries(lines->toPlainText(), QStringLiteral("\n")).join(type.separator);
    }

    void setValue(const QString &value)
    {
        const QSignalBlocker block(widget());
        if (line)
            line->setText(value);
        else if (choice)
            choice->setCurrentIndex(qMax(0, choice->findData(value)));
        else
            lines->setPlainText(entries(value, type.separator).join(QLatin1Char('\n')));
    }

    // The non-blank entries of a list, trimmed.
    static QStringList entries(const QString &value, const QString &separator)
    {
        QStringList result;
        for (const QString &entry : value.split(separator, Qt::SkipEmptyParts)) {
            if (!entry.trimmed().isEmpty())
                result << entry.trimmed();
        }
        return result;
    }
};

GenericSettingsEditor::GenericSettingsEditor(const QList<ConfigKeyInfo> &keys,
                                             const QList<ConfigKeyDescription> &types,
                                             QWidget *parent)
    : SettingsEditor(parent)
{
    m_section = addSection();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto field = std::make_unique<Field>();
        field->info = keys.at(i);
        field->type = i < types.size() ? types.at(i) : ConfigKeyDescription{keys.at(i).key};
        if (field->type.type == ConfigKeyType::Bool) {
            field->choice = new QComboBox(this);
            field->choice->addItem(QString(), QString());
            field->choice->addItem(QStringLiteral("true"), QStringLiteral("true"));
            field->choice->addItem(QStringLiteral("false"), QStringLiteral("false"));
            connect(field->choice, &QComboBox::currentIndexChanged, this,
                    &GenericSettingsEditor::revalidate);
        } else if (field->type.isList() || field->info.multiValued) {
            field->lines = new QPlainTextEdit(this);
            field->lines->setTabChangesFocus(true);
            field->lines->setMaximumHeight(80);
            connect(field->lines, &QPlainTextEdit::textChanged, this,
                    &GenericSettingsEditor::revalidate);
        } else {
            field->line = new QLineEdit(this);
            connect(field->line, &QLineEdit::textChanged, this, &GenericSettingsEditor::revalidate);
        }
        field->widget()->setObjectName(field->info.key);
        field->message = createMessageLabel();
        auto *box = new QVBoxLayout;
        box->addWidget(field->widget());
        box->addWidget(field->message);
        m_section.form->addRow(new QLabel(field->info.key, this), box);
        m_fields.push_back(std::move(field));
    }
    finishSections();
    retranslateUi();
}

GenericSettingsEditor::~GenericSettingsEditor() = default;

QWidget *GenericSettingsEditor::field(const QString &key) const
{
    for (const auto &field : m_fields) {
        if (field->info.key == key)
            return field->widget();
    }
    return nullptr;
}

void GenericSettingsEditor::load(const ConfigSnapshot &snapshot)
{
    m_snapshot = snapshot;
    for (const auto &field : m_fields) {
        // Multi-valued keys come one entry per line; the field re-joins them the same way.
        const QString value = userFileValue(snapshot, field->info.key);
        field->setValue(field->info.multiValued
                            ? value.split(QLatin1Char('\n')).join(field->type.separator)
                            : value);
        field->baseline = field->value();
    }
    retranslateUi();
    revalidate();
}

QList<KeyEdit> GenericSettingsEditor::pendingEdits() const
{
    QList<KeyEdit> edits;
    for (const auto &field : m_fields)
        addEdit(edits, field->info.key, field->baseline, field->value());
    return edits;
}

void GenericSettingsEditor::revalidate()
{
    for (const auto &field : m_fields)
        validateInto(field->info.key, field->value(), field->message);
    Q_EMIT edited();
}

void GenericSettingsEditor::retranslateUi()
{
    m_section.box->setTitle(tr("Settings"));
    m_section.description->setText(
        tr("The values in the file MirrorDeck edits; an empty field removes the key from it. "
           "Lists take one entry per line."));
    for (const auto &field : m_fields) {
        const QString hint = effectiveHint(m_snapshot, field->info.key);
        if (field->line)
            field->line->setPlaceholderText(hint);
        else if (field->lines)
            field->lines->setPlaceholderText(hint);
        else
            field->choice->setItemText(0, hint.isEmpty() ? tr("Not set") : hint);
        field->widget()->setAccessibleName(field->info.key);
        field->widget()->setToolTip(field->info.description);
    }
}
