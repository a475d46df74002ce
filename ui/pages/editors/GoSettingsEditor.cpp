#include "GoSettingsEditor.h"

#include "AppContext.h"
#include "GoProxyChainEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
const QStringList &patternKeys()
{
    static const QStringList keys = {QStringLiteral("GOPRIVATE"), QStringLiteral("GONOPROXY"),
                                     QStringLiteral("GONOSUMDB"), QStringLiteral("GOINSECURE")};
    return keys;
}

QWidget *fieldWithMessage(QWidget *parent, QWidget *field, QLabel *message)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}
} // namespace

GoSettingsEditor::GoSettingsEditor(QWidget *parent)
    : SettingsEditor(parent)
{
    m_proxySection = addSection();
    m_proxy = new GoProxyChainEditor(this);
    m_proxyMessage = createMessageLabel();
    m_proxySection.form->addRow(fieldWithMessage(this, m_proxy, m_proxyMessage));

    m_sumSection = addSection();
    m_sumDbMode = new QComboBox(this);
    m_sumDbMode->addItems({QString(), QString(), QString()});
    m_sumDb = new QLineEdit(this);
    m_sumDbMessage = createMessageLabel();
    auto *sumRow = new QWidget(this);
    auto *sumLayout = new QHBoxLayout(sumRow);
    sumLayout->setContentsMargins(0, 0, 0, 0);
    sumLayout->addWidget(m_sumDbMode);
    sumLayout->addWidget(m_sumDb, 1);
    m_sumSection.form->addRow(QStringLiteral("GOSUMDB"),
                              fieldWithMessage(this, sumRow, m_sumDbMessage));

    m_privateSection = addSection();
    for (const QString &key : patternKeys()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        QLabel *message = createMessageLabel();
        m_privateSection.form->addRow(key, fieldWithMessage(this, edit, message));
        m_patterns << edit;
        m_patternMessages << message;
        connect(edit, &QLineEdit::textChanged, this, &GoSettingsEditor::revalidate);
    }
    finishSections();

    connect(m_proxy, &GoProxyChainEditor::chainChanged, this, &GoSettingsEditor::revalidate);
    connect(m_sumDbMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_sumDb->setEnabled(index == SumDbCustom);
        if (index >= SumDbFirstMirror) {
            const QSignalBlocker block(m_sumDb);
            m_sumDb->setText(m_sumDbMode->itemData(index).toString());
        }
        revalidate();
    });
    connect(m_sumDb, &QLineEdit::textChanged, this, &GoSettingsEditor::revalidate);
    m_sumDb->setEnabled(false);
    retranslateUi();
}

void GoSettingsEditor::load(const ConfigSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_baseline.clear();
    const QString proxy = userFileValue(snapshot, QStringLiteral("GOPROXY"));
    m_baseline.insert(QStringLiteral("GOPROXY"), proxy);
    {
        const QSignalBlocker blockProxy(m_proxy);
        m_proxy->setChain(proxy);
    }

    const QString sumdb = userFileValue(snapshot, QStringLiteral("GOSUMDB"));
    m_baseline.insert(QStringLiteral("GOSUMDB"), sumdb);
    selectSumDb(sumdb);

    for (int i = 0; i < patternKeys().size(); ++i) {
        const QString &key = patternKeys().at(i);
        const QString value = userFileValue(snapshot, key);
        m_baseline.insert(key, value);
        const QSignalBlocker block(m_patterns.at(i));
        m_patterns.at(i)->setText(value);
    }
    applyHints();
    revalidate();
}

void GoSettingsEditor::applyHints()
{
    // Sentences built from the last read: redone on a language switch, without touching edits.
    m_proxy->setPlaceholder(effectiveHint(m_snapshot, QStringLiteral("GOPROXY")));
    m_sumDb->setPlaceholderText(effectiveHint(m_snapshot, QStringLiteral("GOSUMDB")));
    for (int i = 0; i < patternKeys().size(); ++i)
        m_patterns.at(i)->setPlaceholderText(effectiveHint(m_snapshot, patternKeys().at(i)));
}

void GoSettingsEditor::selectSumDb(const QString &value)
{
    const QSignalBlocker blockMode(m_sumDbMode);
    const QSignalBlocker blockText(m_sumDb);
    // "sum.golang.org" written out is the default database, and shown as the default it is.
    int index = value.isEmpty() || value == QLatin1String("sum.golang.org") ? SumDbDefault
                : value == QLatin1String("off")                             ? SumDbOff
                                                                            : SumDbCustom;
    for (int i = SumDbFirstMirror; i < m_sumDbMode->count() && index == SumDbCustom; ++i) {
        if (m_sumDbMode->itemData(i).toString() == value)
            index = i;
    }
    m_sumDbMode->setCurrentIndex(index);
    m_sumDb->setText(index == SumDbCustom || index >= SumDbFirstMirror ? value : QString());
    m_sumDb->setEnabled(index == SumDbCustom);
}

void GoSettingsEditor::setSumDbMirrors(const QList<Mirror> &mirrors)
{
    const QString current = sumDbValue();
    {
        const QSignalBlocker block(m_sumDbMode);
        while (m_sumDbMode->count() > SumDbFirstMirror)
            m_sumDbMode->removeItem(SumDbFirstMirror);
        for (const Mirror &mirror : mirrors) {
            if (!mirror.option(QStringLiteral("sumdb")).isEmpty())
                m_sumDbMode->addItem(tr("Through %1").arg(mirror.displayName(currentUiLanguage())),
                                     mirror.option(QStringLiteral("sumdb")));
        }
    }
    selectSumDb(current);
}

QString GoSettingsEditor::sumDbValue() const
{
    if (m_sumDbMode->currentIndex() >= SumDbFirstMirror)
        return m_sumDbMode->currentData().toString();
    switch (m_sumDbMode->currentIndex()) {
    case SumDbOff:
        return QStringLiteral("off");
    case SumDbCustom:
        return m_sumDb->text().trimmed();
    default:
        // Keep an explicit "sum.golang.org" as written: choosing "Default" is not an edit.
        return m_baseline.value(QStringLiteral("GOSUMDB")) == QLatin1String("sum.golang.org")
                   ? QStringLiteral("sum.golang.org")
                   : QString();
    }
}

QList<KeyEdit> GoSettingsEditor::pendingEdits() const
{
    QList<KeyEdit> edits;
    addEdit(edits, QStringLiteral("GOPROXY"), m_baseline.value(QStringLiteral("GOPROXY")),
            m_proxy->chain());
    addEdit(edits, QStringLiteral("GOSUMDB"), m_baseline.value(QStringLiteral("GOSUMDB")),
            sumDbValue());
    for (int i = 0; i < patternKeys().size(); ++i)
        addEdit(edits, patternKeys().at(i), m_baseline.value(patternKeys().at(i)),
                m_patterns.at(i)->text());
    return edits;
}

void GoSettingsEditor::revalidate()
{
    validateInto(QStringLiteral("GOPROXY"), m_proxy->chain(), m_proxyMessage);
    validateInto(QStringLiteral("GOSUMDB"), sumDbValue(), m_sumDbMessage);
    for (int i = 0; i < patternKeys().size(); ++i)
        validateInto(patternKeys().at(i), m_patterns.at(i)->text(), m_patternMessages.at(i));
    Q_EMIT edited();
}

void GoSettingsEditor::retranslateUi()
{
    applyHints();
    m_proxySection.box->setTitle(tr("Module proxies (GOPROXY)"));
    m_proxySection.description->setText(
        tr("The go command asks these proxies in order. After “,” it tries the next one only "
           "when a module is not found; after “|” on any error. “direct” fetches from the "
           "source repository; “off” forbids downloads."));
    m_sumSection.box->setTitle(tr("Checksum database"));
    m_sumSection.description->setText(
        tr("Verifies downloaded modules. A mirror can proxy it: “sum.golang.org "
           "https://mirror.example/sumdb/sum.golang.org”."));
    m_privateSection.box->setTitle(tr("Private modules"));
    m_privateSection.description->setText(
        tr("Comma-separated patterns such as *.corp.example.com,github.com/my-org/*."));

    m_sumDbMode->setItemText(SumDbDefault, tr("Default (sum.golang.org)"));
    m_sumDbMode->setItemText(SumDbOff, tr("Off — do not verify checksums"));
    m_sumDbMode->setItemText(SumDbCustom, tr("Custom or through a mirror"));
    m_sumDbMode->setAccessibleName(tr("Checksum database mode"));
    m_sumDb->setAccessibleName(tr("GOSUMDB value"));
    const QStringList descriptions = {
        tr("Private modules: neither proxied nor checked against the checksum database"),
        tr("Modules fetched directly, not through GOPROXY (defaults to GOPRIVATE)"),
        tr("Modules not checked against the checksum database (defaults to GOPRIVATE)"),
        tr("Modules that may be fetched over insecure HTTP"),
    };
    for (int i = 0; i < m_patterns.size(); ++i) {
        m_patterns.at(i)->setToolTip(descriptions.at(i));
        m_patterns.at(i)->setAccessibleName(patternKeys().at(i));
        m_patterns.at(i)->setAccessibleDescription(descriptions.at(i));
    }
    m_proxy->setAccessibleName(QStringLiteral("GOPROXY"));
}
