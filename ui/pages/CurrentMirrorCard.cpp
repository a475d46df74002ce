#include "CurrentMirrorCard.h"

#include "AppContext.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

CurrentMirrorCard::CurrentMirrorCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("currentMirrorCard"));
    setStyleSheet(QStringLiteral("#currentMirrorCard { background: palette(base); border: 1px "
                                 "solid palette(mid); border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(3);
    layout->setContentsMargins(10, 6, 10, 6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    m_name = new QLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("inUseHealth"));
    m_health->setWordWrap(true);
    m_health->setVisible(false);
    m_value = new QLabel(this);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setWordWrap(true);
    m_shadows = new QVBoxLayout;
    m_shadows->setSpacing(2);
    m_relations = new QLabel(this);
    m_relations->setObjectName(QStringLiteral("relationNotes"));
    // One line, elided: the notes are read once, and the tabs below need the height. The whole
    // text is in the tool-tip and the accessible description.
    m_relations->setWordWrap(false);
    m_relations->setTextFormat(Qt::PlainText);
    m_relations->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_relations->setForegroundRole(QPalette::PlaceholderText);
    m_relations->setVisible(false);

    auto *recommendRow = new QHBoxLayout;
    m_recommendedLabel = new QLabel(this);
    m_recommendedLabel->setWordWrap(true);
    m_useRecommended = new QPushButton(this);
    m_useRecommended->setObjectName(QStringLiteral("useRecommended"));
    m_useRecommended->setEnabled(false);
    m_addInUse = new QPushButton(this);
    m_addInUse->setObjectName(QStringLiteral("addInUseToMyMirrors"));
    m_addInUse->setVisible(false);
    recommendRow->addWidget(m_recommendedLabel, 1);
    recommendRow->addWidget(m_addInUse);
    recommendRow->addWidget(m_useRecommended);

    // Compact: the caption beside the name, the value beside where it comes from (both elided
    // to the card's width, whole in their tool-tips), so the tabs below keep their height.
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    // One label for the value and its source: eliding them to the card's width never changes
    // the layout.
    m_value->setWordWrap(false);
    m_value->setTextFormat(Qt::RichText);
    m_value->setFont(font());
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_heading, 0, Qt::AlignBaseline);
    nameRow->addSpacing(6);
    nameRow->addWidget(m_name, 1, Qt::AlignBaseline);
    layout->addLayout(nameRow);
    layout->addWidget(m_health);
    layout->addWidget(m_value);
    layout->addLayout(m_shadows);
    layout->addWidget(m_relations);
    layout->addSpacing(4);
    layout->addLayout(recommendRow);

    connect(m_useRecommended, &QPushButton::clicked, this,
            &CurrentMirrorCard::useRecommendedClicked);
    connect(m_addInUse, &QPushButton::clicked, this, &CurrentMirrorCard::addToMyMirrorsClicked);
    // Reading order: it sits left of "Use recommended".
    setTabOrder(m_addInUse, m_useRecommended);
    retranslateUi();
}

void CurrentMirrorCard::setCurrent(const EffectiveSetting &setting,
                                   const std::optional<Mirror> &inUse)
{
    m_setting = setting;
    m_inUse = inUse;
    m_loadError.clear();
    refresh();
}

void CurrentMirrorCard::setLoadError(const QString &message)
{
    m_loadError = message;
    refresh();
}

void CurrentMirrorCard::setRecommended(const std::optional<Mirror> &mirror, const QString &detail)
{
    m_recommended = mirror;
    m_recommendedDetail = detail;
    refresh();
}

void CurrentMirrorCard::setHealth(const QString &summary, bool problem)
{
    m_healthProblem = problem;
    m_health->setVisible(!summary.isEmpty());
    // The sign makes it a problem without relying on the colour.
    m_health->setText(problem ? QString(QChar(0x26A0)) + QLatin1Char(' ') + summary : summary);
    m_health->setStyleSheet(problem
                                ? QStringLiteral("QLabel { background: #fde7e7; color: #7a1010; "
                                                 "border: 1px solid #d04040; border-radius: "
                                                 "4px; padding: 4px 8px; }")
                                : QString());
    // The fix is one click away: the recommended mirror's button gets the focus ring.
    m_useRecommended->setDefault(problem);
}

QString CurrentMirrorCard::healthText() const
{
    return m_health->isVisibleTo(this) ? m_health->text() : QString();
}

QString CurrentMirrorCard::currentValueText() const
{
    return m_valueText;
}

void CurrentMirrorCard::elideValueAndSource()
{
    const int width = m_value->width() > 40 ? m_value->width() : contentsRect().width() - 20;
    if (width <= 40)
        return;
    // The value first (in the fixed font, up to 60 % of the line), its source in the rest.
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics plain(m_value->font());
    const int gap = plain.horizontalAdvance(QStringLiteral("    "));
    const int valueWidth = std::min(mono.horizontalAdvance(m_valueText) + 2,
                                    m_sourceText.isEmpty() ? width : width * 3 / 5);
    const QString value = mono.elidedText(m_valueText, Qt::ElideMiddle, valueWidth);
    const QString source = plain.elidedText(
        m_sourceText, Qt::ElideMiddle,
        std::max(40, width - (value.isEmpty() ? 0 : mono.horizontalAdvance(value) + gap) - 4));
    QString html;
    if (!value.isEmpty())
        html += QStringLiteral("<span style=\"font-family:'%1'\">%2</span>")
                    .arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
                         value.toHtmlEscaped());
    if (!value.isEmpty() && !source.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    if (!source.isEmpty())
        html += QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(palette().color(QPalette::PlaceholderText).name(), source.toHtmlEscaped());
    m_value->setText(html);
    m_value->setToolTip(m_sourceText.isEmpty() ? m_valueText
                                               : m_valueText + QLatin1Char('\n') + m_sourceText);
}

void CurrentMirrorCard::setRelationNotes(const QStringList &notes)
{
    m_relationNotes = notes;
    m_relations->setToolTip(notes.join(QLatin1Char('\n')));
    m_relations->setAccessibleDescription(notes.join(QLatin1Char('\n')));
    m_relations->setVisible(!notes.isEmpty());
    elideRelationNotes();
}

QString CurrentMirrorCard::relationNotesShown() const
{
    return m_relations->text();
}

void CurrentMirrorCard::elideRelationNotes()
{
    const QString line = m_relationNotes.join(QStringLiteral("  ·  "));
    const int width = m_relations->width() > 20 ? m_relations->width() : 600;
    m_relations->setText(
        m_relations->fontMetrics().elidedText(QStringLiteral("ⓘ ") + line, Qt::ElideRight, width));
}

void CurrentMirrorCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideRelationNotes();
    elideValueAndSource();
}

QStringList CurrentMirrorCard::shadowTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_shadows->count(); ++i) {
        QWidget *row = m_shadows->itemAt(i)->widget();
        if (auto *label = row ? row->findChild<QLabel *>(QStringLiteral("shadowText")) : nullptr)
            texts << label->text();
    }
    return texts;
}

void CurrentMirrorCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void CurrentMirrorCard::retranslateUi()
{
    m_heading->setText(tr("Mirror in use"));
    m_useRecommended->setText(tr("Use recommended"));
    m_addInUse->setText(tr("Add to my mirrors"));
    m_addInUse->setToolTip(tr("Keep the mirror in use in your own list, so it is measured and "
                              "can be chosen again"));
    m_useRecommended->setAccessibleName(tr("Use the recommended mirror"));
    refresh();
}

void CurrentMirrorCard::addShadowActions(QWidget *row, const ::Shadow &shadow)
{
    auto *layout = qobject_cast<QHBoxLayout *>(row->layout());
    const auto addButton = [this, row, layout](const QString &name, const QString &text,
                                               const QString &toolTip) {
        auto *button = new QPushButton(text, row);
        button->setObjectName(name);
        button->setToolTip(toolTip);
        layout->addWidget(button, 0, Qt::AlignTop);
        return button;
    };
    if (!shadow.filePath.isEmpty() && shadow.line > 0) {
        QPushButton *open = addButton(QStringLiteral("openShadowFile"), tr("Open file"),
                                      tr("Opens %1 at line %2")
                                          .arg(QDir::toNativeSeparators(shadow.filePath))
                                          .arg(shadow.line));
        connect(open, &QPushButton::clicked, this,
                [this, shadow]() { Q_EMIT openShadowFileRequested(shadow); });
    }
    if (!shadow.variable.isEmpty() && shadow.kind != ::Shadow::Kind::HigherLevelFile) {
        QPushButton *copy =
            addButton(QStringLiteral("copyShadowCommand"), tr("Copy command"),
                      tr("Copies the command that drops %1 from a terminal that already has it")
                          .arg(shadow.variable));
        connect(copy, &QPushButton::clicked, this,
                [this, shadow]() { Q_EMIT copyShadowCommandRequested(shadow); });
    }
    if (shadow.kind == ::Shadow::Kind::ShellStartup) {
        QPushButton *comment = addButton(
            QStringLiteral("commentOutShadow"), tr("Comment out…"),
            tr("Shows the change first: “# ” in front of line %1 of %2; it can be restored "
               "from the history")
                .arg(shadow.line)
                .arg(QDir::toNativeSeparators(shadow.filePath)));
        connect(comment, &QPushButton::clicked, this,
                [this, shadow]() { Q_EMIT commentOutShadowRequested(shadow); });
    }
}

void CurrentMirrorCard::refresh()
{
    while (QLayoutItem *item = m_shadows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString language = currentUiLanguage();
    if (!m_loadError.isEmpty()) {
        m_name->setText(tr("Cannot read the settings"));
        m_valueText.clear();
        m_sourceText = m_loadError;
    } else if (!m_setting) {
        m_name->setText(tr("Reading…"));
        m_valueText.clear();
        m_sourceText.clear();
    } else {
        m_name->setText(
            m_inUse ? m_inUse->displayName(language)
                    : (m_setting->isDefault ? tr("Tool default") : tr("Not a catalog mirror")));
        m_valueText = m_setting->value;
        m_addInUse->setVisible(!m_inUse && !m_setting->isDefault && !m_setting->value.isEmpty());
        m_sourceText = tr("Set by: %1").arg(m_setting->source.describe());
        for (const ::Shadow &shadow : m_setting->shadows) {
            auto *row = new QWidget(this);
            row->setObjectName(QStringLiteral("shadowRow"));
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto *label = new QLabel(row);
            label->setObjectName(QStringLiteral("shadowText"));
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            // The sign makes it a warning without relying on the colour.
            label->setText(QString(QChar(0x26A0)) + QLatin1Char(' ') + shadow.describe());
            label->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; "
                                                "border: 1px solid #d9a520; border-radius: 4px; "
                                                "padding: 3px 6px; }"));
            rowLayout->addWidget(label, 1);
            addShadowActions(row, shadow);
            m_shadows->addWidget(row);
        }
    }

    elideValueAndSource();

    const bool alreadyInUse = m_recommended && m_inUse && m_recommended->id == m_inUse->id;
    if (m_recommended) {
        const QString name = m_recommended->displayName(language).toHtmlEscaped();
        QString text = alreadyInUse ? tr("Recommended: <b>%1</b> (already in use)").arg(name)
                                    : tr("Recommended: <b>%1</b>").arg(name);
        if (!m_recommendedDetail.isEmpty())
            text += QStringLiteral(" — ") + m_recommendedDetail.toHtmlEscaped();
        m_recommendedLabel->setText(text);
    } else {
        m_recommendedLabel->setText(tr("No recommendation yet: it appears after the first "
                                       "measurement round (F5 measures now)."));
    }
    m_useRecommended->setEnabled(m_recommended.has_value() && !alreadyInUse &&
                                 m_loadError.isEmpty());
}
