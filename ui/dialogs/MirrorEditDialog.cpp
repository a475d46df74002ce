#include "MirrorEditDialog.h"

#include "ecosystems/EcosystemRegistry.h"
#include "probe/ProbeEngine.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

MirrorEditDialog::MirrorEditDialog(ProbeEngine *settingsSource, QWidget *parent)
    : QDialog(parent)
    , m_settingsSource(settingsSource)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_nameZh = new QLineEdit(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("mirrorUrl"));
    m_url->setMinimumWidth(380);
    for (QWidget *field : QList<QWidget *>{m_name, m_nameZh, m_url}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("mirrorCheckStatus"));
    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveAnyway = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveAnyway->setVisible(false);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // The Save button checks first; the dialog closes only when the check is done.
    connect(m_save, &QPushButton::clicked, this, &MirrorEditDialog::startCheck);
    connect(m_saveAnyway, &QPushButton::clicked, this, [this]() {
        Q_EMIT mirrorAccepted(mirror(), m_original.id);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, [this]() { m_saveAnyway->setVisible(false); });
    retranslateUi();
}

MirrorEditDialog::~MirrorEditDialog() = default;

void MirrorEditDialog::setMirror(const Mirror &mirror, const MirrorCatalog &catalog)
{
    m_original = mirror;
    m_catalog = catalog;
    m_name->setText(mirror.name);
    m_nameZh->setText(mirror.nameZh == mirror.name ? QString() : mirror.nameZh);
    m_url->setText(mirror.url);
    rebuildOptionFields();
    for (const OptionField &field : std::as_const(m_optionFields))
        field.edit->setText(mirror.option(field.key));
    m_status->clear();
    m_saveAnyway->setVisible(false);
    m_save->setEnabled(true);
    retranslateUi();
}

Mirror MirrorEditDialog::mirror() const
{
    Mirror result = m_original;
    result.userDefined = true;
    result.name = m_name->text().trimmed();
    result.nameZh = m_nameZh->text().trimmed();
    result.url = m_url->text().trimmed();
    for (const OptionField &field : m_optionFields)
        result.setOption(field.key, field.edit->text().trimmed());
    if (result.id.isEmpty())
        result.id = uniqueId(result.url);
    return result;
}

void MirrorEditDialog::rebuildOptionFields()
{
    for (const OptionField &field : std::as_const(m_optionFields))
        m_form->removeRow(field.edit);
    m_optionFields.clear();
    const Ecosystem *ecosystem = EcosystemRegistry::find(m_original.ecosystem);
    if (!ecosystem)
        return;
    QWidget *previous = m_url; // the rows are made after the buttons: keep Tab in reading order
    for (const MirrorOptionDescription &option : ecosystem->mirrorOptions) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("mirrorOption-") + option.key);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        setTabOrder(previous, edit);
        previous = edit;
        m_optionFields.append({option.key, edit});
    }
}

QString MirrorEditDialog::uniqueId(const QString &url) const
{
    QString base = QUrl(url).host().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = QStringLiteral("user-") + (base.isEmpty() ? QStringLiteral("mirror") : base);
    QString id = base;
    for (int n = 2; m_catalog.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString MirrorEditDialog::statusText() const
{
    return m_status->text();
}

bool MirrorEditDialog::isProbing() const
{
    return m_probe && m_probe->isRunning();
}

QString MirrorEditDialog::validateFields() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the mirror a name.");
    // A protocol may wrap the http(s) address in a form of its own ("kind+https://…").
    const QUrl url(EcosystemRegistry::probedUrl(EcosystemRegistry::protocolOf(m_original.ecosystem),
                                                m_url->text())
                       .toString(),
                   QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return tr("The URL must start with https:// or http:// and name a host, e.g. "
                  "https://mirrors.example.com/pypi/simple");
    if (const Ecosystem *ecosystem = EcosystemRegistry::find(m_original.ecosystem)) {
        for (const OptionField &field : m_optionFields) {
            const MirrorOptionDescription *option = ecosystem->mirrorOption(field.key);
            const QString value = field.edit->text().trimmed();
            if (value.isEmpty() || !option || !option->validate)
                continue;
            if (const Expected<void> valid = option->validate(value); !valid)
                return valid.error().message;
        }
    }
    const std::optional<Mirror> same = m_catalog.findByUrl(m_original.ecosystem, url.toString());
    if (same && same->id != m_original.id)
        return tr("This URL is already listed as “%1”.").arg(same->name);
    return {};
}

void MirrorEditDialog::startCheck()
{
    const QString problem = validateFields();
    if (!problem.isEmpty()) {
        m_status->setText(QString(QChar(0x26A0)) + QLatin1Char(' ') + problem);
        return;
    }
    const Mirror candidate = mirror();
    ProbeSettings settings = m_settingsSource ? m_settingsSource->settings() : ProbeSettings();
    settings.workerThreads = 1;
    // A fresh engine: its health state must not mix with the real one.
    m_probe = std::make_unique<ProbeEngine>(settings);
    m_probe->setMirrors({candidate});
    m_checkingId = candidate.id;
    m_gotResult = false;
    connect(m_probe.get(), &ProbeEngine::resultReady, this, &MirrorEditDialog::onResult);
    connect(m_probe.get(), &ProbeEngine::roundFinished, this, [this]() {
        if (!m_gotResult)
            finishCheck(false, tr("The check ended without an answer."));
    });
    m_save->setEnabled(false);
    m_saveAnyway->setVisible(false);
    m_status->setText(tr("Checking that %1 answers…").arg(candidate.url));
    RoundOptions options;
    options.download = false;
    if (!m_probe->startRound(candidate.ecosystem, options))
        finishCheck(false, tr("MirrorDeck cannot check mirrors of this tool."));
}

void MirrorEditDialog::onResult(const ProbeResult &result)
{
    if (result.mirrorId != m_checkingId)
        return;
    m_gotResult = true;
    if (result.ok) {
        finishCheck(true, {});
        return;
    }
    QString detail =
        result.errorMessage.isEmpty() ? ProbeError::describe(result.error) : result.errorMessage;
    finishCheck(false, detail);
}

void MirrorEditDialog::finishCheck(bool ok, const QString &message)
{
    m_save->setEnabled(true);
    if (ok) {
        m_status->setText(tr("The mirror answers. Saved."));
        Q_EMIT mirrorAccepted(mirror(), m_original.id);
        accept();
        return;
    }
    m_status->setText(QString(QChar(0x26A0)) + QLatin1Char(' ') +
                      tr("The mirror did not answer as expected: %1 Check the URL (and the "
                         "proxy in Preferences), or save it anyway.")
                          .arg(message));
    m_saveAnyway->setVisible(true);
}

void MirrorEditDialog::done(int result)
{
    if (m_probe)
        m_probe->cancel();
    QDialog::done(result);
}

void MirrorEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MirrorEditDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("Add mirror") : tr("Edit mirror"));
    const QList<QPair<QWidget *, QString>> labels = {
        {m_name, tr("Name")},
        {m_nameZh, tr("Chinese name")},
        {m_url, tr("URL")},
    };
    for (const auto &[widget, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(widget)))
            label->setText(text);
        widget->setAccessibleName(text);
    }
    m_nameZh->setPlaceholderText(tr("Optional"));
    m_url->setPlaceholderText(tr("e.g. https://mirrors.example.com/npm/"));
    if (const Ecosystem *ecosystem = EcosystemRegistry::find(m_original.ecosystem)) {
        for (const OptionField &field : std::as_const(m_optionFields)) {
            const MirrorOptionDescription *option = ecosystem->mirrorOption(field.key);
            if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field.edit)))
                label->setText(option->label());
            field.edit->setAccessibleName(option->label());
            field.edit->setPlaceholderText(option->placeholder());
        }
    }
    m_save->setText(tr("Check and save"));
    m_saveAnyway->setText(tr("Save anyway"));
}
