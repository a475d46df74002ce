#include "DiffPreviewDialog.h"

#include "DiffHighlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Neither Accepted nor Rejected: closing through the alternative applies nothing.
constexpr int kAlternativeResult = 2;

} // namespace

DiffPreviewDialog::DiffPreviewDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    QFont introFont = m_intro->font();
    introFont.setBold(true);
    m_intro->setFont(introFont);
    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    m_warnings->setObjectName(QStringLiteral("changeNotes"));
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; "
                                             "border: 1px solid #d9a520; border-radius: 4px; "
                                             "padding: 4px 8px; }"));
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setObjectName(QStringLiteral("diffText"));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    new DiffHighlighter(m_diff->document(), dark);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    m_alternative = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_alternative->setObjectName(QStringLiteral("alternativeButton"));
    m_alternative->setVisible(false);
    connect(m_alternative, &QPushButton::clicked, this, [this]() {
        // Closed without accepting: the caller plans the alternative and shows it anew.
        done(kAlternativeResult);
        Q_EMIT alternativeChosen();
    });

    layout->addWidget(m_intro);
    layout->addWidget(m_file);
    layout->addWidget(m_warnings);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_buttons);
    resize(720, 420);
    retranslateUi();
}

void DiffPreviewDialog::setChange(const QString &intro, const ConfigChange &change,
                                  const QString &diff)
{
    m_change = change;
    m_intro->setText(intro);
    m_diff->setPlainText(diff);
    // Extra warnings belong to the previous change; the caller sets new ones after this.
    m_extraWarnings.clear();
    updateWarnings();
    retranslateUi();
}

void DiffPreviewDialog::setWarnings(const QStringList &warnings)
{
    m_extraWarnings = warnings;
    updateWarnings();
}

void DiffPreviewDialog::updateWarnings()
{
    QStringList all = m_change.notes + m_extraWarnings;
    all.removeDuplicates();
    QStringList lines;
    for (const QString &warning : std::as_const(all))
        lines << QString(QChar(0x26A0)) + QLatin1Char(' ') + warning;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!all.isEmpty());
}

QString DiffPreviewDialog::warningText() const
{
    return m_warnings->text();
}

QString DiffPreviewDialog::diffText() const
{
    return m_diff->toPlainText();
}

void DiffPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DiffPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Review the change"));
    QString file = QDir::toNativeSeparators(m_change.filePath);
    if (!m_change.existedBefore)
        file = tr("%1 (new file)").arg(file);
    else if (!m_change.existsAfter)
        file = tr("%1 (will be removed)").arg(file);
    m_file->setText(tr("File: %1").arg(file));
    m_diff->setAccessibleName(tr("Changes to the file"));
    m_buttons->button(QDialogButtonBox::Apply)
        ->setText(m_acceptText.isEmpty() ? tr("&Apply") : m_acceptText);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void DiffPreviewDialog::setAcceptText(const QString &text)
{
    m_acceptText = text;
    retranslateUi();
}

void DiffPreviewDialog::setAlternative(const QString &text)
{
    m_alternative->setText(text);
    m_alternative->setVisible(!text.isEmpty());
}
