#include "panels/ParameterRow.h"

#include "PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Lineup {

namespace {

// Slider positions are integers; this many positions per unit gives 0.01 resolution.
constexpr double kSliderScale = 100.0;

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isString())
        return value.toString();
    // Wrap scalars in an array to let QJsonDocument serialise them.
    QString text =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

} // namespace

ParameterRow::ParameterRow(const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_minimum(spec.minimum)
    , m_maximum(spec.maximum)
{
    setObjectName(QStringLiteral("param-") + spec.name);
    m_send = new QCheckBox(spec.name, this);
    m_send->setObjectName(QStringLiteral("param-%1-send").arg(spec.name));
    m_send->setAccessibleName(tr("Send %1").arg(spec.name));
    m_send->setToolTip(tr("Checked: %1 is sent with the request. Unchecked: it is left out and "
                          "the service uses its default.\n%2")
                           .arg(spec.name, spec.description));

    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("param-%1-reset").arg(spec.name));
    m_reset->setText(tr("Reset"));
    m_reset->setAutoRaise(true);
    m_reset->setAccessibleName(tr("Reset %1").arg(spec.name));
    m_reset->setToolTip(tr("Back to the default and not sent"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("param-%1-message").arg(spec.name));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Notes for %1").arg(spec.name));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    m_state = new QLabel(tr("not sent"), this);
    m_state->setObjectName(QStringLiteral("param-%1-state").arg(spec.name));
    // The palette's placeholder colour reads as "inactive" in light and dark themes alike.
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setAccessibleName(tr("%1 is not sent").arg(spec.name));
    m_state->setToolTip(tr("Left out of the request: the service uses its default. Edit the "
                           "value or check the box to send it."));

    buildEditor();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_send);
    header->addWidget(m_state, 1);
    header->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_editor);
    layout->addWidget(m_message);

    connect(m_send, &QCheckBox::toggled, this, [this] {
        if (m_updating)
            return;
        updateMessage();
        Q_EMIT changed();
    });
    connect(m_reset, &QToolButton::clicked, this, [this] {
        reset();
        Q_EMIT changed();
    });
    reset();
}

void ParameterRow::buildEditor()
{
    using T = ParameterSpec::Type;
    const QString accessible = tr("Value of %1").arg(m_spec.name);
    const QString tip = m_spec.description;
    switch (m_spec.type) {
    case T::Number: {
        auto *box = new QWidget(this);
        m_double = new QDoubleSpinBox(box);
        m_double->setDecimals(3);
        m_double->setSingleStep(m_spec.step > 0 ? m_spec.step : 0.1);
        m_double->setAccessibleName(accessible);
        m_double->setToolTip(tip);
        m_slider = new QSlider(Qt::Horizontal, box);
        m_slider->setAccessibleName(tr("%1 slider").arg(m_spec.name));
        m_slider->setToolTip(tip);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_slider, 1);
        row->addWidget(m_double);
        m_editor = box;
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            if (m_updating)
                return;
            m_double->setValue(position / kSliderScale);
        });
        connect(m_double, &QDoubleSpinBox::valueChanged, this, [this](double value) {
            if (!m_updating) {
                const QSignalBlocker blocker(m_slider);
                m_slider->setValue(int(std::lround(value * kSliderScale)));
            }
            onEdited();
        });
        break;
    }
    case T::Integer:
        // A double spin box with no decimals holds every integer JSON can carry exactly (2^53),
        // which an int spin box cannot (seed).
        m_double = new QDoubleSpinBox(this);
        m_double->setDecimals(0);
        m_double->setSingleStep(1);
        m_double->setAccessibleName(accessible);
        m_double->setToolTip(tip);
        m_editor = m_double;
        connect(m_double, &QDoubleSpinBox::valueChanged, this, &ParameterRow::onEdited);
        break;
    case T::Boolean:
        m_bool = new QCheckBox(tr("true"), this);
        m_bool->setAccessibleName(accessible);
        m_bool->setToolTip(tip);
        m_editor = m_bool;
        connect(m_bool, &QCheckBox::toggled, this, &ParameterRow::onEdited);
        break;
    case T::Enum:
        m_combo = new QComboBox(this);
        m_combo->addItems(m_spec.choices);
        m_combo->setAccessibleName(accessible);
        m_combo->setToolTip(tip);
        m_editor = m_combo;
        connect(m_combo, &QComboBox::currentIndexChanged, this, &ParameterRow::onEdited);
        break;
    case T::StringOrList:
    case T::String:
        m_line = new QLineEdit(this);
        m_line->setAccessibleName(accessible);
        if (m_spec.type == T::StringOrList) {
            m_line->setPlaceholderText(tr("END, ### or [\"a\", \"b\"]"));
            m_line->setToolTip(tip + QLatin1Char('\n') +
                               tr("Separate several sequences with commas, or write a JSON "
                                  "list (needed when a sequence contains a comma)."));
        } else {
            m_line->setToolTip(tip);
        }
        m_editor = m_line;
        connect(m_line, &QLineEdit::textEdited, this, &ParameterRow::onEdited);
        break;
    case T::JsonObject:
    case T::JsonArray:
    case T::JsonValue: {
        m_text = new QPlainTextEdit(this);
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_text->setTabChangesFocus(true);
        m_text->setAccessibleName(accessible);
        m_text->setToolTip(tip + QLatin1Char('\n') + tr("JSON; checked as you type."));
        const int lines = m_spec.type == T::JsonValue ? 2 : 5;
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * lines + 12);
        if (m_spec.name == QLatin1String("response_format"))
            m_text->setPlaceholderText(QStringLiteral(
                "{\"type\": \"json_schema\", \"json_schema\": {\"name\": \"answer\", "
                "\"strict\": true, \"schema\": {...}}}"));
        else if (m_spec.name == QLatin1String("tools"))
            m_text->setPlaceholderText(QStringLiteral(
                "[{\"type\": \"function\", \"function\": {\"name\": \"get_weather\", "
                "\"parameters\": {...}}}]"));
        else if (m_spec.name == QLatin1String("logit_bias"))
            m_text->setPlaceholderText(QStringLiteral("{\"50256\": -100}"));
        else if (m_spec.type == T::JsonValue && !m_spec.choices.isEmpty())
            m_text->setPlaceholderText(m_spec.choices.join(QLatin1String(" | ")));
        m_editor = m_text;
        connect(m_text, &QPlainTextEdit::textChanged, this, &ParameterRow::onEdited);
        break;
    }
    }
    m_editor->setObjectName(QStringLiteral("param-%1-editor").arg(m_spec.name));
}

QJsonValue ParameterRow::defaultValue() const
{
    using T = ParameterSpec::Type;
    const QString &name = m_spec.name;
    switch (m_spec.type) {
    case T::Number:
        if (name == QLatin1String("temperature") || name == QLatin1String("top_p"))
            return qBound(m_minimum, 1.0, m_maximum);
        return qBound(m_minimum, 0.0, m_maximum);
    case T::Integer:
        if (name == QLatin1String("max_tokens") || name == QLatin1String("max_completion_tokens"))
            return 4096;
        return qBound(m_minimum, name == QLatin1String("n") ? 1.0 : 0.0, m_maximum);
    case T::Boolean:
        return false;
    case T::Enum:
        if (m_spec.choices.contains(QLatin1String("medium")))
            return QStringLiteral("medium");
        return m_spec.choices.value(0);
    case T::JsonObject:
        if (name == QLatin1String("response_format"))
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}};
        return QString();
    case T::JsonValue:
        return m_spec.choices.value(0);
    default:
        return QString();
    }
}

bool ParameterRow::isSent() const
{
    return m_send->isChecked();
}

void ParameterRow::setSent(bool sent)
{
    m_updating = true;
    m_send->setChecked(sent);
    m_updating = false;
    updateMessage();
}

void ParameterRow::showValue(const QJsonValue &value)
{
    m_updating = true;
    // The spin box shows a few decimals; the value given is kept exactly until it is edited.
    m_exactNumber.reset();
    if (m_spec.type == ParameterSpec::Type::Number && value.isDouble())
        m_exactNumber = value.toDouble();
    if (m_double) {
        m_double->setValue(value.toDouble());
        if (m_slider)
            m_slider->setValue(int(std::lround(m_double->value() * kSliderScale)));
    } else if (m_bool) {
        m_bool->setChecked(value.toBool());
    } else if (m_combo) {
        const int index = m_combo->findText(value.toString());
        if (index >= 0) {
            m_combo->setCurrentIndex(index);
        } else {
            // A value the catalog does not list is still shown and sent as given.
            m_combo->addItem(value.toString());
            m_combo->setCurrentIndex(m_combo->count() - 1);
        }
    } else if (m_line) {
        if (value.isArray())
            m_line->setText(
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        else
            m_line->setText(value.toString());
    } else if (m_text) {
        m_text->setPlainText(value.isNull() || value.isUndefined() ? QString()
                                                                   : compactJson(value));
    }
    m_updating = false;
}

void ParameterRow::setValue(const QJsonValue &value)
{
    showValue(value);
    setSent(true);
}

void ParameterRow::reset()
{
    showValue(defaultValue());
    setSent(false);
}

QString ParameterRow::editorText() const
{
    if (m_line)
        return m_line->text();
    if (m_text)
        return m_text->toPlainText();
    return {};
}

std::optional<QJsonValue> ParameterRow::value() const
{
    using T = ParameterSpec::Type;
    switch (m_spec.type) {
    case T::Number:
        // Unless a range clamp or an edit moved it away from what the box can show of it.
        if (m_exactNumber && std::abs(*m_exactNumber - m_double->value()) < 0.0005)
            return QJsonValue(*m_exactNumber);
        return QJsonValue(m_double->value());
    case T::Integer:
        return QJsonValue(qint64(std::llround(m_double->value())));
    case T::Boolean:
        return QJsonValue(m_bool->isChecked());
    case T::Enum:
        return QJsonValue(m_combo->currentText());
    case T::String:
        return QJsonValue(m_line->text());
    case T::StringOrList: {
        const QString text = m_line->text();
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('"')))
            return ParameterCatalog::parse(m_spec.name, text, nullptr);
        if (text.isEmpty())
            return std::nullopt;
        const QStringList items = text.split(QLatin1Char(','));
        if (items.size() == 1)
            return QJsonValue(text);
        QJsonArray array;
        for (const QString &item : items) {
            if (!item.trimmed().isEmpty())
                array.append(item.trimmed());
        }
        return QJsonValue(array);
    }
    case T::JsonObject:
    case T::JsonArray:
    case T::JsonValue: {
        const QString text = m_text->toPlainText();
        if (text.trimmed().isEmpty())
            return std::nullopt;
        auto parsed = ParameterCatalog::parse(m_spec.name, text, nullptr);
        if (!parsed || !ParameterCatalog::validate(m_spec.name, *parsed).isEmpty())
            return std::nullopt;
        return parsed;
    }
    }
    return std::nullopt;
}

bool ParameterRow::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    if (!m_double)
        return false;
    const double before = m_double->value();
    m_updating = true;
    m_double->setRange(minimum, maximum);
    if (m_slider)
        m_slider->setRange(int(std::lround(minimum * kSliderScale)),
                           int(std::lround(maximum * kSliderScale)));
    if (m_slider)
        m_slider->setValue(int(std::lround(m_double->value() * kSliderScale)));
    m_updating = false;
    m_double->setToolTip(
        m_spec.description + QLatin1Char('\n') +
        tr("Valid range: %1 to %2")
            .arg(QLocale().toString(minimum, 'g', 6), QLocale().toString(maximum, 'g', 16)));
    return !qFuzzyCompare(before + 1.0, m_double->value() + 1.0);
}

void ParameterRow::setNotes(const QStringList &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    updateMessage();
}

void ParameterRow::onEdited()
{
    if (m_updating)
        return;
    m_exactNumber.reset();
    // Editing a value means the person wants it sent.
    if (!m_send->isChecked()) {
        m_updating = true;
        m_send->setChecked(true);
        m_updating = false;
    }
    updateMessage();
    Q_EMIT changed();
}

QString ParameterRow::messageText() const
{
    return m_message->text();
}

void ParameterRow::updateMessage()
{
    m_state->setVisible(!isSent());
    QStringList lines;
    if (isSent()) {
        using T = ParameterSpec::Type;
        const QString text = editorText();
        QString problem;
        if ((m_line && m_spec.type == T::StringOrList) || m_text) {
            if (text.trimmed().isEmpty()) {
                problem = tr("Enter a value, or uncheck %1 to leave it out.").arg(m_spec.name);
            } else if (m_text || text.trimmed().startsWith(QLatin1Char('[')) ||
                       text.trimmed().startsWith(QLatin1Char('"'))) {
                const auto parsed = ParameterCatalog::parse(m_spec.name, text, &problem);
                if (parsed)
                    problem = ParameterCatalog::validate(m_spec.name, *parsed);
            }
        }
        if (!problem.isEmpty())
            lines.append(tr("\u26a0 %1 Not sent until fixed.").arg(problem));
    }
    for (const QString &note : std::as_const(m_notes))
        lines.append(QStringLiteral("\u26a0 ") + note);
    const QString message = lines.join(QLatin1Char('\n'));
    m_message->setText(message);
    m_message->setToolTip(plainToolTip(message));
    m_message->setVisible(!message.isEmpty());
}

} // namespace Lineup
