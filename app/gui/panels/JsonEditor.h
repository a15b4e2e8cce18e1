#pragma once

#include <QPlainTextEdit>

namespace Lineup {

// A plain-text JSON editor: syntax colours, the bracket matching the one at the cursor, and a
// live error mark (wavy underline at the line and column where parsing stops).
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonEditor(QWidget *parent = nullptr);

    // Empty when the text is valid JSON (or empty); else "line L, column C: what".
    QString parseError() const { return m_error; }
    int errorLine() const { return m_errorLine; }     // 1-based, 0 without error
    int errorColumn() const { return m_errorColumn; } // 1-based, 0 without error
    // Re-indents the text when it is valid JSON; returns false (and changes nothing) otherwise.
    bool format();
    // The text as JSON (undefined when it does not parse or is empty).
    QJsonValue value() const;
    void setValue(const QJsonValue &value);

Q_SIGNALS:
    void parseStateChanged();

private:
    void recheck();
    void updateSelections();

    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    int m_errorOffset = -1;
};

} // namespace Lineup
