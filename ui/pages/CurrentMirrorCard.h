#pragma once

// The "mirror in use" card of a tool: the effective value and its mirror's name, where the value
// comes from, a warning with file and line for everything that shadows the user file, and the
// recommended mirror with a one-click "Use recommended", and how this tool's setting relates to
// other tools' (one shares it, one ignores it).

#include "catalog/Mirror.h"
#include "config/EffectiveSetting.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

// Inside a QFrame, "Shadow" names QFrame's enum; moc's signatures need a name that cannot.
using ShadowWarning = Shadow;

class CurrentMirrorCard : public QFrame
{
    Q_OBJECT

public:
    explicit CurrentMirrorCard(QWidget *parent = nullptr);

    // `inUse` is the catalog mirror whose URL the effective value is, if any.
    void setCurrent(const EffectiveSetting &setting, const std::optional<Mirror> &inUse);
    void setLoadError(const QString &message);
    // `detail`: "score 92 · p50 34 ms"; no mirror: measurements are not in yet.
    void setRecommended(const std::optional<Mirror> &mirror, const QString &detail);

    // How the mirror in use is doing ("Up · 42 ms · 100 % available · Up to date"); `problem`
    // (Down, stale) shows it as a warning next to the one-click fix, "Use recommended".
    void setHealth(const QString &summary, bool problem);
    QString healthText() const;
    bool healthIsProblem() const { return m_healthProblem; }

    QPushButton *useRecommendedButton() const { return m_useRecommended; }
    // Shown when the value in use names no catalog or user mirror: adds it as one of yours.
    QPushButton *addToMyMirrorsButton() const { return m_addInUse; }
    QString currentValueText() const;
    QStringList shadowTexts() const;

    // Translated sentences about the tools that share or ignore this setting; none hides them.
    void setRelationNotes(const QStringList &notes);
    QStringList relationNotes() const { return m_relationNotes; }
    // The one line the card shows (elided to its width; the tool-tip has the notes whole).
    QString relationNotesShown() const;

Q_SIGNALS:
    void useRecommendedClicked();
    void addToMyMirrorsClicked();
    // The fixes offered next to a shadow warning: open its file at the line, copy the command
    // that drops the variable from a terminal, comment out its export line (shell start-up only).
    void openShadowFileRequested(const ShadowWarning &shadow);
    void copyShadowCommandRequested(const ShadowWarning &shadow);
    void commentOutShadowRequested(const ShadowWarning &shadow);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void elideRelationNotes();
    void elideValueAndSource();
    void retranslateUi();
    void refresh();
    void addShadowActions(QWidget *row, const ::Shadow &shadow);

    std::optional<EffectiveSetting> m_setting;
    std::optional<Mirror> m_inUse;
    std::optional<Mirror> m_recommended;
    QString m_recommendedDetail;
    QString m_loadError;

    QLabel *m_heading = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_health = nullptr;
    bool m_healthProblem = false;
    QString m_valueText;  // whole; the label may show it elided
    QString m_sourceText; // likewise
    QLabel *m_relations = nullptr;
    QStringList m_relationNotes;
    QVBoxLayout *m_shadows = nullptr;
    QLabel *m_recommendedLabel = nullptr;
    QPushButton *m_useRecommended = nullptr;
    QPushButton *m_addInUse = nullptr;
};
