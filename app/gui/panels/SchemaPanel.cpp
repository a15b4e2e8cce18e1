#include "panels/SchemaPanel.h"

#include "api/RequestBuilder.h"
#include "panels/JsonEditor.h"
#include "schema/SchemaLint.h"
#include "schema/SchemaTools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lineup {

namespace {

struct Template
{
    const char *title;
    const char *json;
};

const Template templates[] = {
    {QT_TRANSLATE_NOOP("SchemaPanel", "Object with a few fields"),
     R"({"type":"object","properties":{"title":{"type":"string"},"count":{"type":"integer"},)"
     R"("done":{"type":"boolean"}},"required":["title","count","done"],)"
     R"("additionalProperties":false})"},
    {QT_TRANSLATE_NOOP("SchemaPanel", "List of items"),
     R"({"type":"object","properties":{"items":{"type":"array","items":{"type":"object",)"
     R"("properties":{"name":{"type":"string"},"price":{"type":"number"}},)"
     R"("required":["name","price"],"additionalProperties":false}}},"required":["items"],)"
     R"("additionalProperties":false})"},
    {QT_TRANSLATE_NOOP("SchemaPanel", "Classification (enum)"),
     R"({"type":"object","properties":{"label":{"type":"string","enum":["positive",)"
     R"("negative","neutral"]},"confidence":{"type":"number"}},"required":["label",)"
     R"("confidence"],"additionalProperties":false})"},
    {QT_TRANSLATE_NOOP("SchemaPanel", "Optional field (nullable)"),
     R"({"type":"object","properties":{"name":{"type":"string"},"nickname":{"type":)"
     R"(["string","null"]}},"required":["name","nickname"],"additionalProperties":false})"},
};

QString schemaNameFrom(const QString &text)
{
    QString name = text;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return name.left(64);
}

} // namespace

SchemaPanel::SchemaPanel(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_strict(new QCheckBox(tr("&Strict"), this))
    , m_editor(new JsonEditor(this))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_problemList(new QListWidget(this))
    , m_format(new QPushButton(tr("&Format"), this))
    , m_makeStrict(new QPushButton(tr("Make s&trict"), this))
    , m_fromExample(new QPushButton(tr("From &example…"), this))
    , m_templates(new QToolButton(this))
    , m_files(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("schemaPanel"));
    m_mode->setObjectName(QStringLiteral("schemaMode"));
    m_mode->addItem(tr("None (text)"), int(Mode::None));
    m_mode->addItem(tr("JSON object"), int(Mode::JsonObject));
    m_mode->addItem(tr("JSON schema"), int(Mode::JsonSchema));
    m_mode->setAccessibleName(tr("Response format"));
    m_mode->setToolTip(tr("None: plain text. JSON object: any valid JSON. JSON schema: JSON "
                          "following the schema below (strict: guaranteed by the service)."));
    m_name->setObjectName(QStringLiteral("schemaName"));
    m_name->setText(QStringLiteral("response"));
    m_name->setAccessibleName(tr("Schema name"));
    m_name->setToolTip(tr("The schema's name as sent (letters, digits, _ and -; up to 64)."));
    m_strict->setObjectName(QStringLiteral("schemaStrict"));
    m_strict->setChecked(true);
    m_strict->setToolTip(tr("Strict: the service guarantees the schema, and the schema must keep "
                            "to the strict subset (checked below)."));
    m_editor->setObjectName(QStringLiteral("schemaEditor"));
    m_editor->setAccessibleName(tr("JSON schema"));
    m_editor->setToolTip(tr("The JSON Schema the answer must follow"));
    m_editor->setPlaceholderText(tr("{\"type\": \"object\", …} — or start from a template"));
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("schemaWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_problemList->setObjectName(QStringLiteral("schemaProblems"));
    m_problemList->setAccessibleName(tr("Schema problems"));
    m_problemList->setToolTip(tr("Each problem with its JSON pointer; click one to find it"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(110);
    m_format->setToolTip(tr("Re-indent the JSON"));
    m_makeStrict->setObjectName(QStringLiteral("schemaMakeStrict"));
    m_makeStrict->setToolTip(tr("Fix what is mechanical: additionalProperties false, every "
                                "property required (optional ones nullable), drop unsupported "
                                "validation keywords"));
    m_fromExample->setObjectName(QStringLiteral("schemaFromExample"));
    m_fromExample->setToolTip(tr("Paste a JSON value and get a strict schema that accepts it"));
    m_templates->setText(tr("Templates"));
    m_templates->setAccessibleName(tr("Schema templates"));
    m_templates->setToolTip(tr("Start from a template"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    auto *templateMenu = new QMenu(m_templates);
    for (const Template &entry : templates) {
        const QString json = QString::fromUtf8(entry.json);
        templateMenu->addAction(tr(entry.title), this, [this, json] {
            setMode(Mode::JsonSchema);
            m_editor->setValue(QJsonDocument::fromJson(json.toUtf8()).object());
        });
    }
    m_templates->setMenu(templateMenu);
    m_files->setText(tr("File"));
    m_files->setAccessibleName(tr("Schema file"));
    m_files->setToolTip(tr("Open or save the schema as a JSON file"));
    m_files->setPopupMode(QToolButton::InstantPopup);
    auto *fileMenu = new QMenu(m_files);
    fileMenu->addAction(tr("Open Schema…"), this, &SchemaPanel::askToOpen);
    fileMenu->addAction(tr("Save Schema As…"), this, &SchemaPanel::askToSave);
    m_files->setMenu(fileMenu);

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_strict);
    form->addRow(tr("Name:"), nameRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_format);
    buttons->addWidget(m_makeStrict);
    buttons->addWidget(m_fromExample);
    buttons->addStretch(1);
    buttons->addWidget(m_templates);
    buttons->addWidget(m_files);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_warning);
    layout->addWidget(m_problemList);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &SchemaPanel::emitChange);
    connect(m_editor, &JsonEditor::parseStateChanged, this, [this] {
        relint();
        if (!m_updating)
            m_debounce->start();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        relint();
        if (!m_updating)
            emitChange();
    });
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        relint();
        if (!m_updating)
            emitChange();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    connect(m_format, &QPushButton::clicked, this, [this] {
        if (!m_editor->format())
            showStatus(tr("Fix the JSON first: %1").arg(m_editor->parseError()), true);
    });
    connect(m_makeStrict, &QPushButton::clicked, this, &SchemaPanel::makeStrict);
    connect(m_fromExample, &QPushButton::clicked, this, &SchemaPanel::askForExample);
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        // Find the pointer's last key in the text: a good enough place to look.
        const QString pointer = item->data(Qt::UserRole).toString();
        QString key = pointer.section(u'/', -1);
        if (key.isEmpty())
            return;
        const QTextCursor found =
            m_editor->document()->find(u'"' +
                                       key.replace(QLatin1String("~1"), QLatin1String("/"))
                                           .replace(QLatin1String("~0"), QLatin1String("~")) +
                                       u'"');
        if (!found.isNull()) {
            m_editor->setTextCursor(found);
            m_editor->setFocus();
        }
    });
    connect(m_problemList, &QListWidget::itemClicked, m_problemList, &QListWidget::itemActivated);
    relint();
}

SchemaPanel::Mode SchemaPanel::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void SchemaPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void SchemaPanel::setResponseFormat(const QJsonValue &responseFormat)
{
    m_updating = true;
    const QJsonObject format = responseFormat.toObject();
    const QString type = format.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("json_schema")) {
        const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
        setMode(Mode::JsonSchema);
        m_name->setText(jsonSchema.value(QStringLiteral("name")).toString());
        m_strict->setChecked(jsonSchema.value(QStringLiteral("strict")).toBool());
        m_editor->setValue(jsonSchema.value(QStringLiteral("schema")));
    } else {
        setMode(type == QLatin1String("json_object") ? Mode::JsonObject : Mode::None);
    }
    m_updating = false;
    m_debounce->stop();
    relint();
}

QJsonValue SchemaPanel::responseFormat() const
{
    switch (mode()) {
    case Mode::None:
        break;
    case Mode::JsonObject:
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}};
    case Mode::JsonSchema: {
        const QJsonValue schema = m_editor->value();
        if (!schema.isObject())
            break;
        QJsonObject jsonSchema{{QStringLiteral("name"), m_name->text().trimmed().isEmpty()
                                                            ? QStringLiteral("response")
                                                            : m_name->text().trimmed()},
                               {QStringLiteral("schema"), schema}};
        if (m_strict->isChecked())
            jsonSchema.insert(QStringLiteral("strict"), true);
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                           {QStringLiteral("json_schema"), jsonSchema}};
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void SchemaPanel::setModel(const QString &model)
{
    m_model = model;
    relint();
}

void SchemaPanel::relint()
{
    const bool schemaMode = mode() == Mode::JsonSchema;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_strict),
          static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_format),
          static_cast<QWidget *>(m_makeStrict), static_cast<QWidget *>(m_fromExample)})
        widget->setEnabled(schemaMode);
    m_problems.clear();
    m_problemList->clear();
    QString warning;
    const ModelCapabilities capabilities = ModelCapabilities::forModel(m_model);
    if (mode() == Mode::JsonObject && !capabilities.supportsJsonObject)
        warning = tr("%1 models accept json_schema only: {\"type\": \"json_object\"} will be "
                     "sent as it is and may be refused. Choose JSON schema instead.")
                      .arg(modelFamilyName(capabilities.family));
    else if (mode() != Mode::None && capabilities.family == ModelFamily::Other &&
             !m_model.isEmpty())
        warning = tr("Lineup does not know whether \"%1\" supports response_format: it is sent "
                     "as shown in the Request panel; a service may ignore it.")
                      .arg(m_model);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    if (!schemaMode) {
        showStatus(QString(), false);
        m_problemList->hide();
        return;
    }
    if (m_editor->toPlainText().trimmed().isEmpty()) {
        showStatus(tr("Write a schema, or start from a template or an example."), false);
        m_problemList->hide();
        return;
    }
    if (!m_editor->parseError().isEmpty()) {
        showStatus(tr("Not JSON: %1 (not sent until fixed)").arg(m_editor->parseError()), true);
        m_problemList->hide();
        return;
    }
    const QJsonValue schema = m_editor->value();
    if (!schema.isObject())
        m_problems.append({QString(), tr("a schema for response_format must be a JSON object.")});
    else
        m_problems = SchemaLint::lint(schema, m_strict->isChecked());
    for (const SchemaProblem &problem : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(schemaProblemLine(problem), m_problemList);
        item->setData(Qt::UserRole, problem.pointer);
    }
    m_problemList->setVisible(!m_problems.isEmpty());
    if (m_problems.isEmpty())
        showStatus(m_strict->isChecked() ? tr("Valid strict schema.") : tr("Valid JSON Schema."),
                   false);
    else
        showStatus(m_problems.size() == 1 ? tr("1 problem: the service may refuse this schema.")
                                          : tr("%n problems: the service may refuse this schema.",
                                               nullptr, int(m_problems.size())),
                   true);
}

void SchemaPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x39, 0x2b)
                                                 : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void SchemaPanel::emitChange()
{
    m_debounce->stop();
    Q_EMIT responseFormatChanged();
}

void SchemaPanel::makeStrict()
{
    const QJsonValue schema = m_editor->value();
    if (!schema.isObject()) {
        showStatus(tr("Fix the JSON first: %1").arg(m_editor->parseError()), true);
        return;
    }
    m_strict->setChecked(true);
    m_editor->setValue(SchemaTools::makeStrict(schema));
}

bool SchemaPanel::applyExample(const QString &exampleJson, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson('[' + exampleJson.toUtf8() + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error)
            *error = tr("The example is not JSON: %1").arg(parseError.errorString());
        return false;
    }
    setMode(Mode::JsonSchema);
    m_strict->setChecked(true);
    m_editor->setValue(SchemaTools::inferFromExample(document.array().first()));
    return true;
}

void SchemaPanel::askForExample()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Schema from Example"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlaceholderText(tr("Paste a JSON value the answer should look like"));
    text->setAccessibleName(tr("Example JSON"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!applyExample(text->toPlainText(), &error))
        showStatus(error, true);
}

bool SchemaPanel::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    // A bare schema, {name, schema, strict} or a whole response_format.
    QJsonObject object = document.object();
    if (object.value(QStringLiteral("type")) == QJsonValue(QStringLiteral("json_schema")))
        object = object.value(QStringLiteral("json_schema")).toObject();
    setMode(Mode::JsonSchema);
    if (object.value(QStringLiteral("schema")).isObject() &&
        object.contains(QStringLiteral("name"))) {
        m_name->setText(object.value(QStringLiteral("name")).toString());
        m_strict->setChecked(object.value(QStringLiteral("strict")).toBool());
        m_editor->setValue(object.value(QStringLiteral("schema")));
    } else {
        m_name->setText(schemaNameFrom(QFileInfo(path).completeBaseName()));
        m_editor->setValue(object);
    }
    return true;
}

bool SchemaPanel::saveFile(const QString &path, QString *error) const
{
    const QJsonValue schema = m_editor->value();
    if (!schema.isObject()) {
        if (error)
            *error = tr("The schema is not a JSON object yet.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(schema.toObject()).toJson()) < 0) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SchemaPanel::askToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Schema"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openFile(path, &error))
        showStatus(error, true);
}

void SchemaPanel::askToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Schema"),
                                                      m_name->text() + QLatin1String(".json"),
                                                      tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveFile(path, &error))
        showStatus(error, true);
}

} // namespace Lineup
