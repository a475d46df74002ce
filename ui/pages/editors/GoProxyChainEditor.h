#pragma once

// GOPROXY as what it is: an ordered chain of proxies, each with its fallback rule to the next
// (`,` falls back only on "not found", `|` on any error), ending in `direct` or not; or `off`.
// Entries can be added, removed and reordered; the text form is what goes into the file.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class GoProxyChainEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GoProxyChainEditor(QWidget *parent = nullptr);

    // "https://goproxy.cn|https://proxy.golang.org,direct" ↔ the rows.
    void setChain(const QString &value);
    QString chain() const;
    void setPlaceholder(const QString &text);

Q_SIGNALS:
    void chainChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addEntry(const QString &entry, QChar separator = QLatin1Char(','));
    void insertRow(int row, const QString &entry, QChar separator);
    void moveSelected(int delta);
    void updateButtons();
    void orderFocusChain();
    QChar separatorAt(int row) const;
    // The "Then" combo of a row (inside its cell's holder widget).
    QComboBox *separatorCombo(int row) const;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_newEntry = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addDirect = nullptr;
    QPushButton *m_setOff = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QString m_placeholder;
    bool m_updating = false;
};
