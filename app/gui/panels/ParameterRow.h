#pragma once

#include "api/ParameterCatalog.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QToolButton;

namespace Lineup {

// One parameter of the Parameters panel: a "send" checkbox (unchecked: not sent), an editor that
// fits the parameter's type, a reset button and a line for warnings and validation messages.
class ParameterRow : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterRow(const ParameterSpec &spec, QWidget *parent = nullptr);

    const ParameterSpec &spec() const { return m_spec; }
    QString name() const { return m_spec.name; }

    bool isSent() const;
    void setSent(bool sent);
    // The editor's value when it is valid, else nullopt (the validation message says why).
    std::optional<QJsonValue> value() const;
    // Shows the value in the editor and marks the row as sent. Emits nothing.
    void setValue(const QJsonValue &value);
    // Default value, not sent. Emits nothing.
    void reset();

    // Valid range for Number and Integer rows (the family's limits). Values outside are clamped;
    // returns true when the current value had to change.
    bool setRange(double minimum, double maximum);
    double maximum() const { return m_maximum; }
    // Notes from outside (family rules, adjustments), shown under the editor.
    void setNotes(const QStringList &notes);
    // Everything shown under the editor: validation problem first, then notes.
    QString messageText() const;

    QCheckBox *sendCheck() const { return m_send; }
    QWidget *editor() const { return m_editor; }
    QToolButton *resetButton() const { return m_reset; }

Q_SIGNALS:
    void changed();

private:
    void buildEditor();
    void onEdited();
    void updateMessage();
    QString editorText() const;
    QJsonValue defaultValue() const;
    void showValue(const QJsonValue &value);

    ParameterSpec m_spec;
    double m_minimum = 0;
    double m_maximum = 0;
    QStringList m_notes;
    bool m_updating = false;
    std::optional<double> m_exactNumber; // a Number as given by setValue, before display rounding

    QCheckBox *m_send = nullptr;
    QToolButton *m_reset = nullptr;
    QWidget *m_editor = nullptr;
    QDoubleSpinBox *m_double = nullptr;
    QSlider *m_slider = nullptr;
    QCheckBox *m_bool = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_state = nullptr; // "not sent"
};

} // namespace Lineup
