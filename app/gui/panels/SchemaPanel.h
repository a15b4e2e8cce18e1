#pragma once

#include "schema/SchemaProblem.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QToolButton;

namespace Lineup {

class JsonEditor;

// The conversation's structured output: mode (none, JSON object, JSON schema), the schema's
// name and strict flag, a JSON editor with live lint (meta-schema, strict subset, each problem
// with its JSON pointer), Format, Make strict, Schema from example, templates, and schema files.
// What it reports is the `response_format` parameter exactly as it is sent.
class SchemaPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { None, JsonObject, JsonSchema };

    explicit SchemaPanel(QWidget *parent = nullptr);

    // The conversation's response_format (undefined or anything else: none). Emits nothing.
    void setResponseFormat(const QJsonValue &responseFormat);
    // The response_format to send; undefined for none, or while the schema text is not JSON.
    QJsonValue responseFormat() const;
    // The model decides which warnings apply (families without json_object, unknown families).
    void setModel(const QString &model);

    Mode mode() const;
    void setMode(Mode mode);
    SchemaProblems problems() const { return m_problems; }

    // Replace the schema with a strict one built from a JSON example (the text of one).
    bool applyExample(const QString &exampleJson, QString *error = nullptr);
    void makeStrict();
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr) const;

    JsonEditor *editor() const { return m_editor; }
    QListWidget *problemList() const { return m_problemList; }
    QLabel *warningLabel() const { return m_warning; }

Q_SIGNALS:
    void responseFormatChanged();

private:
    void relint();
    void emitChange();
    void askForExample();
    void askToOpen();
    void askToSave();
    void showStatus(const QString &text, bool error);

    QComboBox *m_mode;
    QLineEdit *m_name;
    QCheckBox *m_strict;
    JsonEditor *m_editor;
    QLabel *m_status;
    QLabel *m_warning;
    QListWidget *m_problemList;
    QPushButton *m_format;
    QPushButton *m_makeStrict;
    QPushButton *m_fromExample;
    QToolButton *m_templates;
    QToolButton *m_files;
    QTimer *m_debounce;
    QString m_model;
    SchemaProblems m_problems;
    bool m_updating = false;
};

} // namespace Lineup
