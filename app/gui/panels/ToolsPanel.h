#pragma once

#include "chat/ChatMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Lineup {

class JsonEditor;

// The conversation's function tools and the answers to their calls. Tools: name, description,
// parameters (the schema editor with strict lint), strict, each enabled or not; tool_choice;
// parallel_tool_calls where the family takes it; tool sets as JSON files in the API's `tools`
// format. Calls: one card per call of the last answer still waiting (name, pretty arguments,
// the arguments checked against the tool's schema, a result editor), Send results and Drop
// calls.
class ToolsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ToolsPanel(QWidget *parent = nullptr);

    // Loads tools, tool_choice and parallel_tool_calls of the conversation. Emits nothing.
    void setParameters(const QJsonObject &parameters);
    // `parameters` with this panel's tools (enabled ones), tool_choice and parallel_tool_calls
    // set or removed.
    QJsonObject applyTo(QJsonObject parameters) const;
    void setModel(const QString &model);

    // Every tool, enabled or not, in the API's format.
    QJsonArray allTools() const { return m_tools; }
    QJsonArray enabledTools() const;
    void setTools(const QJsonArray &tools); // all enabled; emits toolsChanged
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveFile(const QString &path, QString *error = nullptr) const;

    // What the API never sees: the tools switched off and each tool's canned result, as
    // {"disabled": [tool, ...], "canned": {name: text}}. setLocalState adds the disabled tools
    // after the enabled ones (call it after setParameters). Emits nothing.
    QJsonObject localState() const;
    void setLocalState(const QJsonObject &state);
    QPlainTextEdit *cannedEdit() const { return m_canned; }

    // The calls waiting for results; an empty list hides the cards.
    void setPendingCalls(const QList<ToolCall> &calls);
    // A `tool` message for each pending call whose result editor holds text.
    QList<ChatMessage> results() const;
    QList<QPlainTextEdit *> resultEditors() const { return m_resultEditors; }
    QList<QLabel *> argumentChecks() const { return m_argumentChecks; }
    QListWidget *toolList() const { return m_list; }
    JsonEditor *parametersEditor() const { return m_parameters; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *sendResultsButton() const { return m_sendResults; }
    QPushButton *dropCallsButton() const { return m_dropCalls; }
    QLabel *callsStatus() const { return m_callsStatus; }
    void setCallsStatus(const QString &text);

Q_SIGNALS:
    void toolsChanged();
    void localStateChanged();
    void sendResultsRequested();
    void dropCallsRequested();

private:
    void showTool(int row);
    void storeEditedTool();
    void rebuildList();
    void updateChoices();
    void relintTool();
    void askToOpen();
    void askToSave();

    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_strict;
    JsonEditor *m_parameters;
    QPlainTextEdit *m_canned;
    QJsonObject m_cannedResults; // tool name -> canned result
    QLabel *m_lint;
    QComboBox *m_choice;
    QComboBox *m_parallel;
    QWidget *m_callsBox;
    QVBoxLayout *m_callsLayout;
    QLabel *m_callsStatus;
    QPushButton *m_sendResults;
    QPushButton *m_dropCalls;
    QJsonArray m_tools;
    QList<bool> m_enabled;
    QList<ToolCall> m_pending;
    QList<QPlainTextEdit *> m_resultEditors;
    QList<QLabel *> m_argumentChecks;
    QList<QWidget *> m_cards;
    int m_current = -1;
    bool m_updating = false;
    bool m_parallelSupported = true;
    QString m_choiceValue;      // "", "auto", "none", "required" or a function name
    QJsonValue m_parallelValue; // undefined (not sent), true or false
};

} // namespace Lineup
