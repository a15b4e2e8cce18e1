#include "panels/ToolsPanel.h"

#include "api/RequestBuilder.h"
#include "chat/ToolRounds.h"
#include "panels/JsonEditor.h"
#include "schema/SchemaLint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {

QJsonObject functionOf(const QJsonValue &tool)
{
    return tool.toObject().value(QStringLiteral("function")).toObject();
}

QString prettyArguments(const QString &arguments)
{
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8());
    return document.isObject() ? QString::fromUtf8(document.toJson()).trimmed() : arguments;
}

} // namespace

ToolsPanel::ToolsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_strict(new QCheckBox(tr("Strict"), this))
    , m_parameters(new JsonEditor(this))
    , m_canned(new QPlainTextEdit(this))
    , m_lint(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_parallel(new QComboBox(this))
    , m_callsBox(new QWidget(this))
    , m_callsLayout(new QVBoxLayout)
    , m_callsStatus(new QLabel(this))
    , m_sendResults(new QPushButton(tr("&Send Results"), this))
    , m_dropCalls(new QPushButton(tr("Drop Ca&lls"), this))
{
    setObjectName(QStringLiteral("toolsPanel"));
    m_list->setObjectName(QStringLiteral("toolList"));
    m_list->setAccessibleName(tr("Tools"));
    m_list->setToolTip(tr("The conversation's function tools; untick one to stop offering it"));
    m_list->setMaximumHeight(90);
    m_name->setObjectName(QStringLiteral("toolName"));
    m_name->setAccessibleName(tr("Tool name"));
    m_name->setToolTip(tr("The function's name, as the model calls it"));
    m_description->setAccessibleName(tr("Tool description"));
    m_description->setToolTip(tr("What the function does, for the model"));
    m_strict->setToolTip(tr("Strict: the arguments are guaranteed to follow the parameters "
                            "schema, which must keep to the strict subset"));
    m_parameters->setObjectName(QStringLiteral("toolParameters"));
    m_parameters->setAccessibleName(tr("Tool parameters schema"));
    m_parameters->setToolTip(tr("The JSON Schema of the function's arguments"));
    m_lint->setWordWrap(true);
    m_canned->setObjectName(QStringLiteral("toolCannedResult"));
    m_canned->setAccessibleName(tr("Canned result"));
    m_canned->setToolTip(tr("Fills the result of every call of this tool (you can still edit it "
                            "before sending); never sent as part of the tool"));
    m_canned->setPlaceholderText(tr("Canned result (optional)"));
    m_canned->setTabChangesFocus(true);
    m_canned->setMaximumHeight(50);
    m_choice->setObjectName(QStringLiteral("toolChoice"));
    m_choice->setAccessibleName(tr("Tool choice"));
    m_choice->setToolTip(tr("auto: the model decides; none: no calls; required: at least one "
                            "call; or this one function"));
    m_parallel->setObjectName(QStringLiteral("parallelToolCalls"));
    m_parallel->setAccessibleName(tr("Parallel tool calls"));
    m_parallel->setToolTip(tr("Whether the model may call several tools at once"));
    m_parallel->addItem(tr("Service default (not sent)"));
    m_parallel->addItem(tr("Allowed"), true);
    m_parallel->addItem(tr("One call at a time"), false);
    m_callsStatus->setObjectName(QStringLiteral("toolCallsStatus"));
    m_callsStatus->setWordWrap(true);
    m_sendResults->setObjectName(QStringLiteral("sendToolResults"));
    m_sendResults->setToolTip(tr("Send a tool message with each result and continue"));
    m_dropCalls->setObjectName(QStringLiteral("dropToolCalls"));
    m_dropCalls->setToolTip(tr("Remove these calls from the answer and go on without their "
                               "results (the answer's text, tokens and cost stay)"));

    auto *add = new QPushButton(tr("&Add"), this);
    add->setToolTip(tr("Add a function tool"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setToolTip(tr("Remove the selected tool"));
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setToolTip(tr("Load a tool set (a JSON array in the API's tools format)"));
    auto *save = new QPushButton(tr("Sa&ve…"), this);
    save->setToolTip(tr("Save the tool set as a JSON file"));
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : {add, remove, open, save})
        listButtons->addWidget(button);
    listButtons->addStretch(1);

    auto *form = new QFormLayout;
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_strict);
    form->addRow(tr("Name:"), nameRow);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Tool &choice:"), m_choice);
    form->addRow(tr("&Parallel:"), m_parallel);

    auto *callsFrame = new QGroupBox(tr("Calls waiting for results"), m_callsBox);
    auto *callsFrameLayout = new QVBoxLayout(callsFrame);
    callsFrameLayout->addLayout(m_callsLayout);
    callsFrameLayout->addWidget(m_callsStatus);
    auto *callButtons = new QHBoxLayout;
    callButtons->addStretch(1);
    callButtons->addWidget(m_dropCalls);
    callButtons->addWidget(m_sendResults);
    callsFrameLayout->addLayout(callButtons);
    auto *callsBoxLayout = new QVBoxLayout(m_callsBox);
    callsBoxLayout->setContentsMargins(0, 0, 0, 0);
    callsBoxLayout->addWidget(callsFrame);
    m_callsBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_callsBox);
    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Parameters (JSON Schema):"), this));
    layout->addWidget(m_parameters, 1);
    layout->addWidget(m_lint);
    layout->addWidget(m_canned);

    connect(add, &QPushButton::clicked, this, [this] {
        storeEditedTool();
        m_tools.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("tool_%1").arg(m_tools.size() + 1)},
                 {QStringLiteral("description"), QString()},
                 {QStringLiteral("parameters"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                              {QStringLiteral("properties"), QJsonObject()},
                              {QStringLiteral("required"), QJsonArray()},
                              {QStringLiteral("additionalProperties"), false}}},
                 {QStringLiteral("strict"), true}}}});
        m_enabled.append(true);
        rebuildList();
        m_list->setCurrentRow(int(m_tools.size()) - 1);
        Q_EMIT toolsChanged();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_tools.size())
            return;
        m_current = -1;
        m_tools.removeAt(row);
        m_enabled.removeAt(row);
        rebuildList();
        Q_EMIT toolsChanged();
    });
    connect(open, &QPushButton::clicked, this, &ToolsPanel::askToOpen);
    connect(save, &QPushButton::clicked, this, &ToolsPanel::askToSave);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating)
            return;
        storeEditedTool();
        showTool(row);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const int row = m_list->row(item);
        if (row >= 0 && row < m_enabled.size()) {
            m_enabled[row] = item->checkState() == Qt::Checked;
            updateChoices();
            Q_EMIT toolsChanged();
            Q_EMIT localStateChanged();
        }
    });
    for (QLineEdit *edit : {m_name, m_description}) {
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            storeEditedTool();
            Q_EMIT toolsChanged();
        });
    }
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        if (m_updating)
            return;
        storeEditedTool();
        Q_EMIT toolsChanged();
    });
    connect(m_parameters, &JsonEditor::parseStateChanged, this, [this] {
        relintTool();
        if (m_updating || !m_parameters->parseError().isEmpty())
            return;
        storeEditedTool();
        Q_EMIT toolsChanged();
    });
    connect(m_canned, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating || m_current < 0 || m_current >= m_tools.size())
            return;
        const QString name =
            functionOf(m_tools.at(m_current)).value(QStringLiteral("name")).toString();
        if (m_canned->toPlainText().isEmpty())
            m_cannedResults.remove(name);
        else
            m_cannedResults.insert(name, m_canned->toPlainText());
        Q_EMIT localStateChanged();
    });
    connect(m_choice, &QComboBox::activated, this, [this] {
        m_choiceValue = m_choice->currentData().toString();
        Q_EMIT toolsChanged();
    });
    connect(m_parallel, &QComboBox::activated, this, [this] {
        m_parallelValue = m_parallel->currentData().isValid()
                              ? QJsonValue(m_parallel->currentData().toBool())
                              : QJsonValue(QJsonValue::Undefined);
        Q_EMIT toolsChanged();
    });
    connect(m_sendResults, &QPushButton::clicked, this, &ToolsPanel::sendResultsRequested);
    connect(m_dropCalls, &QPushButton::clicked, this, &ToolsPanel::dropCallsRequested);
    rebuildList();
}

void ToolsPanel::setParameters(const QJsonObject &parameters)
{
    m_tools = parameters.value(QStringLiteral("tools")).toArray();
    m_enabled = QList<bool>(m_tools.size(), true);
    const QJsonValue choice = parameters.value(QStringLiteral("tool_choice"));
    m_choiceValue = choice.isString() ? choice.toString()
                                      : functionOf(choice).value(QStringLiteral("name")).toString();
    m_parallelValue = parameters.value(QStringLiteral("parallel_tool_calls"));
    m_current = -1;
    rebuildList();
}

QJsonArray ToolsPanel::enabledTools() const
{
    QJsonArray tools;
    for (qsizetype i = 0; i < m_tools.size(); ++i) {
        if (m_enabled.value(i, true))
            tools.append(m_tools.at(i));
    }
    return tools;
}

QJsonObject ToolsPanel::applyTo(QJsonObject parameters) const
{
    const QJsonArray tools = enabledTools();
    if (tools.isEmpty()) {
        parameters.remove(QStringLiteral("tools"));
        parameters.remove(QStringLiteral("tool_choice"));
        parameters.remove(QStringLiteral("parallel_tool_calls"));
        return parameters;
    }
    parameters.insert(QStringLiteral("tools"), tools);
    const QStringList keywords{QStringLiteral("auto"), QStringLiteral("none"),
                               QStringLiteral("required")};
    if (m_choiceValue.isEmpty())
        parameters.remove(QStringLiteral("tool_choice"));
    else if (keywords.contains(m_choiceValue))
        parameters.insert(QStringLiteral("tool_choice"), m_choiceValue);
    else
        parameters.insert(QStringLiteral("tool_choice"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                      {QStringLiteral("function"),
                                       QJsonObject{{QStringLiteral("name"), m_choiceValue}}}});
    if (m_parallelValue.isBool() && m_parallelSupported)
        parameters.insert(QStringLiteral("parallel_tool_calls"), m_parallelValue);
    else
        parameters.remove(QStringLiteral("parallel_tool_calls"));
    return parameters;
}

void ToolsPanel::setModel(const QString &model)
{
    const ModelFamily family = ModelCapabilities::forModel(model).family;
    // Only OpenAI's GPT models document parallel_tool_calls; others may refuse it.
    m_parallelSupported = family == ModelFamily::OpenAiGpt || family == ModelFamily::Other;
    m_parallel->setEnabled(m_parallelSupported);
    m_parallel->setToolTip(m_parallelSupported
                               ? tr("Whether the model may call several tools at once")
                               : tr("%1 models do not take parallel_tool_calls: not sent")
                                     .arg(modelFamilyName(family)));
}

void ToolsPanel::setTools(const QJsonArray &tools)
{
    m_tools = tools;
    m_enabled = QList<bool>(tools.size(), true);
    m_current = -1;
    rebuildList();
    Q_EMIT toolsChanged();
}

void ToolsPanel::rebuildList()
{
    m_updating = true;
    m_list->clear();
    for (qsizetype i = 0; i < m_tools.size(); ++i) {
        auto *item = new QListWidgetItem(
            functionOf(m_tools.at(i)).value(QStringLiteral("name")).toString(), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_enabled.value(i, true) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateChoices();
    if (!m_tools.isEmpty())
        m_list->setCurrentRow(std::clamp(m_current, 0, int(m_tools.size()) - 1));
    showTool(m_list->currentRow());
}

void ToolsPanel::updateChoices()
{
    m_choice->clear();
    m_choice->addItem(tr("Service default (auto, not sent)"), QString());
    m_choice->addItem(QStringLiteral("auto"), QStringLiteral("auto"));
    m_choice->addItem(QStringLiteral("none"), QStringLiteral("none"));
    m_choice->addItem(QStringLiteral("required"), QStringLiteral("required"));
    const QJsonArray tools = enabledTools();
    for (const QJsonValue &tool : tools) {
        const QString name = functionOf(tool).value(QStringLiteral("name")).toString();
        m_choice->addItem(tr("Call %1").arg(name), name);
    }
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(m_choiceValue)));
    m_parallel->setCurrentIndex(m_parallelValue.isBool() ? (m_parallelValue.toBool() ? 1 : 2) : 0);
}

void ToolsPanel::showTool(int row)
{
    m_updating = true;
    m_current = row;
    const bool valid = row >= 0 && row < m_tools.size();
    const QJsonObject function = valid ? functionOf(m_tools.at(row)) : QJsonObject();
    m_name->setText(function.value(QStringLiteral("name")).toString());
    m_description->setText(function.value(QStringLiteral("description")).toString());
    m_strict->setChecked(function.value(QStringLiteral("strict")).toBool());
    m_parameters->setValue(valid ? function.value(QStringLiteral("parameters"))
                                 : QJsonValue(QJsonValue::Undefined));
    m_canned->setPlainText(
        m_cannedResults.value(function.value(QStringLiteral("name")).toString()).toString());
    for (QWidget *widget : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_description),
                            static_cast<QWidget *>(m_strict), static_cast<QWidget *>(m_parameters),
                            static_cast<QWidget *>(m_canned)})
        widget->setEnabled(valid);
    m_updating = false;
    relintTool();
}

void ToolsPanel::storeEditedTool()
{
    if (m_updating || m_current < 0 || m_current >= m_tools.size())
        return;
    QJsonObject function = functionOf(m_tools.at(m_current));
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        function.insert(QStringLiteral("name"), name);
    function.insert(QStringLiteral("description"), m_description->text());
    if (m_strict->isChecked())
        function.insert(QStringLiteral("strict"), true);
    else
        function.remove(QStringLiteral("strict"));
    if (m_parameters->value().isObject())
        function.insert(QStringLiteral("parameters"), m_parameters->value());
    m_tools[m_current] = QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                     {QStringLiteral("function"), function}};
    if (QListWidgetItem *item = m_list->item(m_current)) {
        m_updating = true;
        item->setText(function.value(QStringLiteral("name")).toString());
        m_updating = false;
    }
    updateChoices();
}

void ToolsPanel::relintTool()
{
    QString text;
    if (!m_parameters->parseError().isEmpty()) {
        text = tr("Not JSON: %1").arg(m_parameters->parseError());
    } else if (m_parameters->value().isObject()) {
        QStringList lines;
        const SchemaProblems problems =
            SchemaLint::lint(m_parameters->value(), m_strict->isChecked());
        for (const SchemaProblem &problem : problems)
            lines.append(schemaProblemLine(problem));
        text = lines.join(u'\n');
    }
    m_lint->setText(text);
    m_lint->setVisible(!text.isEmpty());
}

QJsonObject ToolsPanel::localState() const
{
    QJsonArray disabled;
    for (qsizetype i = 0; i < m_tools.size(); ++i) {
        if (!m_enabled.value(i, true))
            disabled.append(m_tools.at(i));
    }
    QJsonObject state;
    if (!disabled.isEmpty())
        state.insert(QStringLiteral("disabled"), disabled);
    if (!m_cannedResults.isEmpty())
        state.insert(QStringLiteral("canned"), m_cannedResults);
    return state;
}

void ToolsPanel::setLocalState(const QJsonObject &state)
{
    m_cannedResults = state.value(QStringLiteral("canned")).toObject();
    const QJsonArray disabled = state.value(QStringLiteral("disabled")).toArray();
    for (const QJsonValue &tool : disabled) {
        m_tools.append(tool);
        m_enabled.append(false);
    }
    rebuildList();
}

void ToolsPanel::setPendingCalls(const QList<ToolCall> &calls)
{
    const QList<ChatMessage> kept = results();
    qDeleteAll(m_cards);
    m_cards.clear();
    m_resultEditors.clear();
    m_argumentChecks.clear();
    m_pending = calls;
    for (const ToolCall &call : calls) {
        auto *card = new QGroupBox(tr("%1 — %2").arg(call.name, call.id), m_callsBox);
        card->setAccessibleName(tr("Tool call %1").arg(call.name));
        auto *cardLayout = new QVBoxLayout(card);
        auto *arguments = new QLabel(prettyArguments(call.arguments), card);
        arguments->setTextInteractionFlags(Qt::TextSelectableByMouse);
        arguments->setFont(m_parameters->font());
        const SchemaProblems problems = ToolRounds::checkArguments(m_tools, call);
        QStringList lines;
        for (const SchemaProblem &problem : problems)
            lines.append(schemaProblemLine(problem));
        auto *check =
            new QLabel(problems.isEmpty() ? tr("Arguments match the tool's parameters.")
                                          : tr("Arguments do not match: %1").arg(lines.join(u'\n')),
                       card);
        check->setWordWrap(true);
        if (!problems.isEmpty()) {
            QPalette palette = check->palette();
            palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
            check->setPalette(palette);
        }
        auto *result = new QPlainTextEdit(card);
        result->setAccessibleName(tr("Result of %1").arg(call.id));
        result->setToolTip(tr("The text sent back as the tool message for this call"));
        result->setPlaceholderText(tr("Result of %1").arg(call.name));
        result->setTabChangesFocus(true);
        result->setMaximumHeight(70);
        result->setPlainText(m_cannedResults.value(call.name).toString());
        for (const ChatMessage &previous : kept) {
            if (previous.toolCallId == call.id)
                result->setPlainText(previous.text());
        }
        cardLayout->addWidget(arguments);
        cardLayout->addWidget(check);
        cardLayout->addWidget(result);
        m_callsLayout->addWidget(card);
        m_cards.append(card);
        m_resultEditors.append(result);
        m_argumentChecks.append(check);
    }
    m_callsStatus->clear();
    m_callsBox->setVisible(!calls.isEmpty());
}

void ToolsPanel::setCallsStatus(const QString &text)
{
    m_callsStatus->setText(text);
}

QList<ChatMessage> ToolsPanel::results() const
{
    QList<ChatMessage> messages;
    for (qsizetype i = 0; i < m_pending.size() && i < m_resultEditors.size(); ++i) {
        if (!m_resultEditors.at(i)->toPlainText().isEmpty())
            messages.append(
                ToolRounds::resultMessage(m_pending.at(i), m_resultEditors.at(i)->toPlainText()));
    }
    return messages;
}

bool ToolsPanel::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QJsonArray tools = document.array();
    if (document.isObject())
        tools = document.object().value(QStringLiteral("tools")).toArray();
    for (const QJsonValue &tool : std::as_const(tools)) {
        if (functionOf(tool).value(QStringLiteral("name")).toString().isEmpty()) {
            if (error)
                *error = tr("%1 is not a tool set: expected [{\"type\": \"function\", "
                            "\"function\": {\"name\", …}}, …].")
                             .arg(path);
            return false;
        }
    }
    setTools(tools);
    return true;
}

bool ToolsPanel::saveFile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(m_tools).toJson()) < 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ToolsPanel::askToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Tool Set"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        m_lint->setText(error);
}

void ToolsPanel::askToSave()
{
    storeEditedTool();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Tool Set"), QStringLiteral("tools.json"), tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveFile(path, &error))
        m_lint->setText(error);
}

} // namespace Lineup
