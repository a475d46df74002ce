#include "PipSettingsEditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
const QString kIndex = QStringLiteral("global.index-url");
const QString kExtra = QStringLiteral("global.extra-index-url");
const QString kTrusted = QStringLiteral("global.trusted-host");
} // namespace

PipSettingsEditor::PipSettingsEditor(QWidget *parent)
    : SettingsEditor(parent)
{
    auto addField = [](const Section &section, QWidget *field, QLabel *message, QWidget *label) {
        auto *box = new QVBoxLayout;
        box->addWidget(field);
        box->addWidget(message);
        section.form->addRow(label, box);
    };
    m_indexSection = addSection();
    m_index = new QLineEdit(this);
    m_index->setObjectName(QStringLiteral("indexUrl"));
    m_indexMessage = createMessageLabel();
    addField(m_indexSection, m_index, m_indexMessage,
             new QLabel(QStringLiteral("index-url"), this));
    m_extra = new QPlainTextEdit(this);
    m_extra->setObjectName(QStringLiteral("extraIndexUrls"));
    m_extra->setTabChangesFocus(true);
    m_extra->setMaximumHeight(80);
    m_extraMessage = createMessageLabel();
    m_extraLabel = new QLabel(QStringLiteral("extra-index-url"), this);
    addField(m_indexSection, m_extra, m_extraMessage, m_extraLabel);

    m_trustSection = addSection();
    m_trusted = new QPlainTextEdit(this);
    m_trusted->setObjectName(QStringLiteral("trustedHosts"));
    m_trusted->setTabChangesFocus(true);
    m_trusted->setMaximumHeight(80);
    m_trustedMessage = createMessageLabel();
    m_trustedLabel = new QLabel(QStringLiteral("trusted-host"), this);
    addField(m_trustSection, m_trusted, m_trustedMessage, m_trustedLabel);
    finishSections();

    connect(m_index, &QLineEdit::textChanged, this, &PipSettingsEditor::revalidate);
    connect(m_extra, &QPlainTextEdit::textChanged, this, &PipSettingsEditor::revalidate);
    connect(m_trusted, &QPlainTextEdit::textChanged, this, &PipSettingsEditor::revalidate);
    retranslateUi();
}

QString PipSettingsEditor::lines(const QPlainTextEdit *edit)
{
    QStringList values;
    const QStringList raw = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            values << line.trimmed();
    }
    return values.join(QLatin1Char('\n'));
}

void PipSettingsEditor::load(const ConfigSnapshot &snapshot)
{
    m_baseline.clear();
    m_baseline.insert(kIndex, userFileValue(snapshot, kIndex));
    m_baseline.insert(kExtra, userFileValues(snapshot, kExtra).join(QLatin1Char('\n')));
    m_baseline.insert(kTrusted, userFileValues(snapshot, kTrusted).join(QLatin1Char('\n')));
    {
        const QSignalBlocker b1(m_index);
        const QSignalBlocker b2(m_extra);
        const QSignalBlocker b3(m_trusted);
        m_index->setText(m_baseline.value(kIndex));
        m_extra->setPlainText(m_baseline.value(kExtra));
        m_trusted->setPlainText(m_baseline.value(kTrusted));
    }
    m_snapshot = snapshot;
    applyHints();
    revalidate();
}

QList<KeyEdit> PipSettingsEditor::pendingEdits() const
{
    QList<KeyEdit> edits;
    addEdit(edits, kIndex, m_baseline.value(kIndex), m_index->text());
    addEdit(edits, kExtra, m_baseline.value(kExtra), lines(m_extra));
    addEdit(edits, kTrusted, m_baseline.value(kTrusted), lines(m_trusted));
    return edits;
}

void PipSettingsEditor::revalidate()
{
    validateInto(kIndex, m_index->text(), m_indexMessage);
    validateInto(kExtra, lines(m_extra), m_extraMessage);
    validateInto(kTrusted, lines(m_trusted), m_trustedMessage);
    Q_EMIT edited();
}

void PipSettingsEditor::applyHints()
{
    // Built from the last read: redone on a language switch, without touching edits.
    m_index->setPlaceholderText(effectiveHint(m_snapshot, kIndex));
    m_extra->setPlaceholderText(effectiveHint(m_snapshot, kExtra));
    m_trusted->setPlaceholderText(effectiveHint(m_snapshot, kTrusted));
}

void PipSettingsEditor::retranslateUi()
{
    applyHints();
    m_indexSection.box->setTitle(tr("Package indexes"));
    m_indexSection.description->setText(
        tr("pip installs from the index URL and also searches the extra indexes (one URL per "
           "line)."));
    m_trustSection.box->setTitle(tr("Trusted hosts"));
    m_trustSection.description->setText(
        tr("Hosts pip may use over plain HTTP or without a verified certificate, one per line. "
           "Switching to an http:// mirror adds its host here automatically."));
    m_index->setAccessibleName(tr("Index URL"));
    m_index->setToolTip(tr("The package index pip installs from, e.g. "
                           "https://pypi.tuna.tsinghua.edu.cn/simple"));
    m_extra->setAccessibleName(tr("Extra index URLs"));
    m_extra->setToolTip(tr("More indexes pip also searches, one URL per line"));
    m_trusted->setAccessibleName(tr("Trusted hosts"));
    m_trusted->setToolTip(tr("Hosts pip may reach over plain HTTP or with an unverified "
                             "certificate, one per line"));
}

void PipSettingsEditor::setCatalogMirrors(const QList<Mirror> &mirrors)
{
    offerMirrors(m_index, mirrors);
}
