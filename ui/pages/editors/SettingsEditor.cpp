#include "SettingsEditor.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

SettingsEditor::SettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_sections(new QVBoxLayout(this))
{
    m_sections->setSpacing(12);
}

SettingsEditor::Section SettingsEditor::addSection()
{
    Section section;
    section.box = new QGroupBox(this);
    auto *layout = new QVBoxLayout(section.box);
    section.description = new QLabel(section.box);
    section.description->setWordWrap(true);
    section.description->setForegroundRole(QPalette::PlaceholderText);
    section.form = new QFormLayout;
    section.form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    section.form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(section.description);
    layout->addLayout(section.form);
    m_sections->addWidget(section.box);
    return section;
}

void SettingsEditor::finishSections()
{
    m_sections->addStretch(1);
}

bool SettingsEditor::hasErrors() const
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.value())
            return true;
    }
    return false;
}

void SettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString SettingsEditor::userFileValue(const ConfigSnapshot &snapshot, const QString &key)
{
    const std::optional<EffectiveSetting> setting = snapshot.find(key);
    if (!setting || setting->userFileLine <= 0)
        return {};
    // The effective value is the user file's only when the file is where it comes from;
    // otherwise (an environment variable wins) the file's own value is not reported, and the
    // field shows the effective value as a hint instead.
    if (setting->source.kind == SettingSource::Kind::File &&
        setting->source.filePath == setting->userFilePath)
        return setting->values.isEmpty() ? setting->value : setting->values.join(QLatin1Char('\n'));
    return {};
}

QStringList SettingsEditor::userFileValues(const ConfigSnapshot &snapshot, const QString &key)
{
    const QString value = userFileValue(snapshot, key);
    return value.isEmpty() ? QStringList() : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString SettingsEditor::effectiveHint(const ConfigSnapshot &snapshot, const QString &key)
{
    const std::optional<EffectiveSetting> setting = snapshot.find(key);
    if (!setting)
        return {};
    const QString value =
        setting->values.isEmpty() ? setting->value : setting->values.join(QLatin1String(", "));
    if (value.isEmpty())
        return tr("Not set");
    return tr("In effect: %1 (%2)").arg(value, setting->source.describe());
}

bool SettingsEditor::validateInto(const QString &key, const QString &value, QLabel *message)
{
    bool valid = true;
    QString text;
    if (!value.trimmed().isEmpty() && m_validator) {
        const Expected<void> result = m_validator(key, value);
        if (!result) {
            valid = false;
            text = QString(QChar(0x26A0)) + QLatin1Char(' ') + result.error().message;
        }
    }
    const bool wasError = m_errors.value(message, false);
    m_errors.insert(message, !valid);
    if (message) {
        message->setText(text);
        message->setVisible(!valid);
    }
    if (wasError != !valid)
        Q_EMIT edited();
    return valid;
}

QLabel *SettingsEditor::createMessageLabel()
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setObjectName(QStringLiteral("validationMessage"));
    // The text starts with a warning sign, so the message is not told by its colour alone.
    label->setStyleSheet(QStringLiteral("QLabel { color: white; "
                                        "background: #b3261e; border-radius: 4px; "
                                        "padding: 3px 6px; }"));
    return label;
}

void SettingsEditor::addEdit(QList<KeyEdit> &edits, const QString &key, const QString &baseline,
                             const QString &value) const
{
    const QString trimmed = value.trimmed();
    if (trimmed == baseline.trimmed())
        return;
    if (trimmed.isEmpty())
        edits.append({key, QString(), true});
    else
        edits.append({key, trimmed, false});
}

void SettingsEditor::offerMirrors(QLineEdit *field, const QList<Mirror> &mirrors)
{
    QStringList urls;
    for (const Mirror &mirror : mirrors) {
        if (!urls.contains(mirror.url))
            urls << mirror.url;
    }
    if (urls.isEmpty())
        return;
    auto *completer = new QCompleter(new QStringListModel(urls, field), field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    field->setCompleter(completer);
    QAction *list = field->addAction(field->style()->standardIcon(QStyle::SP_ArrowDown),
                                     QLineEdit::TrailingPosition);
    list->setObjectName(QStringLiteral("catalogMirrors"));
    list->setToolTip(tr("Choose one of the catalog's mirrors"));
    connect(list, &QAction::triggered, field, [completer]() {
        completer->setCompletionPrefix(QString());
        completer->complete();
    });
}
