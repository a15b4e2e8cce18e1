#include "panels/ParametersPanel.h"

#include "panels/ParameterRow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lineup {

ParametersPanel::ParametersPanel(QWidget *parent)
    : QWidget(parent)
    , m_applyRules(new QCheckBox(tr("Apply model-family rules"), this))
    , m_generalWarnings(new QLabel(this))
{
    setObjectName(QStringLiteral("parametersPanel"));
    m_applyRules->setObjectName(QStringLiteral("applyModelRules"));
    m_applyRules->setChecked(true);
    m_applyRules->setAccessibleName(tr("Apply model-family rules"));
    m_applyRules->setToolTip(tr("Checked: values a model family does not accept are adjusted "
                                "before sending (for example temperature above 1 for Claude), "
                                "and each change is shown. Unchecked: exactly what you set is "
                                "sent."));

    auto *resetAllButton = new QPushButton(tr("Reset all"), this);
    resetAllButton->setObjectName(QStringLiteral("parametersResetAll"));
    resetAllButton->setAccessibleName(tr("Reset all parameters"));
    resetAllButton->setToolTip(tr("Leave every parameter out of the request (Undo brings "
                                  "them back)"));
    auto *saveDefaults = new QPushButton(tr("Save as default"), this);
    saveDefaults->setObjectName(QStringLiteral("parametersSaveDefaults"));
    saveDefaults->setAccessibleName(tr("Save as default parameters"));
    saveDefaults->setToolTip(tr("New chats start with the parameters set here"));
    auto *resetDefaults = new QPushButton(tr("Reset to defaults"), this);
    resetDefaults->setObjectName(QStringLiteral("parametersResetDefaults"));
    resetDefaults->setAccessibleName(tr("Reset to the default parameters"));
    resetDefaults->setToolTip(tr("Use the default parameters in this chat (Undo brings the "
                                 "current ones back)"));
    m_defaultsLabel = new QLabel(this);
    m_defaultsLabel->setObjectName(QStringLiteral("parametersDefaults"));
    m_defaultsLabel->setWordWrap(true);
    m_defaultsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_defaultsLabel->setAccessibleName(tr("Default parameters"));

    m_undoBar = new QWidget(this);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setObjectName(QStringLiteral("parametersUndoText"));
    m_undo = new QPushButton(tr("Undo"), m_undoBar);
    m_undo->setObjectName(QStringLiteral("parametersUndo"));
    m_undo->setAccessibleName(tr("Undo the reset"));
    m_undo->setToolTip(tr("Bring back the parameters as they were before the reset"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->setVisible(false);

    m_generalWarnings->setObjectName(QStringLiteral("parametersWarnings"));
    m_generalWarnings->setWordWrap(true);
    m_generalWarnings->setTextFormat(Qt::PlainText);
    m_generalWarnings->setAccessibleName(tr("Model-family notes"));
    m_generalWarnings->setVisible(false);

    auto *content = new QWidget;
    auto *rowsLayout = new QVBoxLayout(content);
    rowsLayout->setContentsMargins(4, 4, 4, 4);
    for (const ParameterSpec &spec : ParameterCatalog::all()) {
        auto *row = new ParameterRow(spec, content);
        m_rows.append(row);
        rowsLayout->addWidget(row);
        connect(row, &ParameterRow::changed, this, &ParametersPanel::onRowChanged);
    }
    rowsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("parametersScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setAccessibleName(tr("Request parameters"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_applyRules, 1);
    top->addWidget(resetAllButton);
    auto *defaultsRow = new QHBoxLayout;
    defaultsRow->addWidget(saveDefaults);
    defaultsRow->addWidget(resetDefaults);
    defaultsRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(defaultsRow);
    layout->addWidget(m_defaultsLabel);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_generalWarnings);
    layout->addWidget(scroll, 1);

    connect(m_applyRules, &QCheckBox::toggled, this, [this](bool apply) {
        updateRanges();
        Q_EMIT applyModelRulesChanged(apply);
    });
    connect(resetAllButton, &QPushButton::clicked, this, &ParametersPanel::resetAll);
    connect(saveDefaults, &QPushButton::clicked, this, &ParametersPanel::saveAsDefaults);
    connect(resetDefaults, &QPushButton::clicked, this, &ParametersPanel::resetToDefaults);
    connect(m_undo, &QPushButton::clicked, this, &ParametersPanel::undoReset);
    updateRanges();
    updateDefaultsLabel();
}

ParametersPanel::~ParametersPanel() = default;

QJsonObject ParametersPanel::parameters() const
{
    QJsonObject result = m_unknown;
    for (const ParameterRow *row : m_rows) {
        if (!row->isSent())
            continue;
        if (const auto value = row->value())
            result.insert(row->name(), *value);
    }
    return result;
}

void ParametersPanel::setParameters(const QJsonObject &parameters)
{
    // Another conversation, or the reset itself: an earlier Undo no longer applies.
    m_beforeReset.reset();
    m_undoBar->setVisible(false);
    m_updating = true;
    m_unknown = parameters;
    QHash<QString, double> clamped;
    for (ParameterRow *row : std::as_const(m_rows)) {
        const auto it = parameters.constFind(row->name());
        if (it == parameters.constEnd()) {
            row->reset();
        } else {
            row->setValue(it.value());
            m_unknown.remove(row->name());
            if (it.value().isDouble() && row->value() &&
                row->value()->toDouble() != it.value().toDouble())
                clamped.insert(row->name(), it.value().toDouble());
        }
    }
    m_clampedFrom = clamped;
    updateRanges(); // notes for clamped values; restores them if the rules switch widens later
    m_updating = false;
}

void ParametersPanel::resetAll()
{
    replaceAll({}, tr("Every parameter was reset."));
}

void ParametersPanel::resetToDefaults()
{
    replaceAll(m_defaults, tr("The default parameters are set."));
}

void ParametersPanel::replaceAll(const QJsonObject &parameters, const QString &undoText)
{
    // Typed JSON (response_format, tools) is work: the reset can be taken back.
    const QJsonObject before = this->parameters();
    setParameters(parameters);
    if (before != this->parameters()) {
        m_beforeReset = before;
        m_undoLabel->setText(undoText);
        m_undoBar->setVisible(true);
    }
    Q_EMIT parametersChanged();
}

void ParametersPanel::undoReset()
{
    if (!m_beforeReset)
        return;
    const QJsonObject before = *std::exchange(m_beforeReset, std::nullopt);
    setParameters(before);
    Q_EMIT parametersChanged();
}

void ParametersPanel::saveAsDefaults()
{
    m_defaults = parameters();
    updateDefaultsLabel();
    Q_EMIT defaultsSaved(m_defaults);
}

void ParametersPanel::setDefaults(const QJsonObject &defaults)
{
    m_defaults = defaults;
    updateDefaultsLabel();
}

void ParametersPanel::updateDefaultsLabel()
{
    QStringList names = m_defaults.keys();
    m_defaultsLabel->setText(
        names.isEmpty()
            ? tr("These parameters belong to this chat. New chats start from your defaults: "
                 "none set (nothing is sent).")
            : tr("These parameters belong to this chat. New chats start from your defaults: "
                 "%1.")
                  .arg(names.join(QStringLiteral(", "))));
}

void ParametersPanel::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    updateRanges();
}

void ParametersPanel::setApplyModelRules(bool apply)
{
    m_applyRules->setChecked(apply); // emits through the toggled connection when it changes
}

bool ParametersPanel::applyModelRules() const
{
    return m_applyRules->isChecked();
}

void ParametersPanel::setAdjustments(const QList<RuleAdjustment> &adjustments)
{
    m_adjustments = adjustments;
    updateRanges();
}

ParameterRow *ParametersPanel::row(const QString &name) const
{
    for (ParameterRow *row : m_rows) {
        if (row->name() == name)
            return row;
    }
    return nullptr;
}

QStringList ParametersPanel::parameterNames() const
{
    QStringList names;
    for (const ParameterRow *row : m_rows)
        names.append(row->name());
    return names;
}

QString ParametersPanel::messageFor(const QString &name) const
{
    const ParameterRow *found = row(name);
    return found ? found->messageText() : QString();
}

// Ranges and notes both depend on the model family, the rules switch and the adjustments, so
// they are recomputed together.
void ParametersPanel::updateRanges()
{
    const ModelCapabilities caps = ModelCapabilities::forModel(m_model);
    const bool rules = m_applyRules->isChecked();
    const QString family = modelFamilyName(caps.family);
    bool valuesChanged = false;
    QStringList general;
    QSet<QString> shown;

    for (ParameterRow *row : std::as_const(m_rows)) {
        const QString &name = row->name();
        const ParameterSpec &spec = row->spec();
        QStringList notes;
        double maximum = spec.maximum;
        if (rules && name == QLatin1String("temperature"))
            maximum = qMin(maximum, caps.temperatureMax);
        if (rules && name == QLatin1String("n"))
            maximum = qMin(maximum, double(caps.nMax));
        if (spec.type == ParameterSpec::Type::Number || spec.type == ParameterSpec::Type::Integer) {
            const bool wasSent = row->isSent();
            const double before = row->value().value_or(QJsonValue()).toDouble();
            if (row->setRange(spec.minimum, maximum) && wasSent) {
                valuesChanged = true;
                if (!m_clampedFrom.contains(name))
                    m_clampedFrom.insert(name, before);
            }
            // A value lowered for one family comes back when the range allows it again.
            const auto clamped = m_clampedFrom.constFind(name);
            if (clamped != m_clampedFrom.constEnd()) {
                if (!row->isSent()) {
                    m_clampedFrom.remove(name);
                } else if (*clamped <= maximum) {
                    row->setValue(*clamped);
                    m_clampedFrom.remove(name);
                    valuesChanged = true;
                } else {
                    notes.append(tr("%1 lowered to %2: %3 accepts %4 to %5.")
                                     .arg(QLocale().toString(*clamped), QLocale().toString(maximum),
                                          family, QLocale().toString(spec.minimum),
                                          QLocale().toString(maximum)));
                }
            }
        }
        if (caps.family != ModelFamily::Other) {
            if (name == QLatin1String("logprobs") && !caps.supportsLogprobs)
                notes.append(tr("%1 models do not accept logprobs.").arg(family));
            if (name == QLatin1String("top_logprobs") && !caps.supportsLogprobs)
                notes.append(tr("%1 models do not accept top_logprobs.").arg(family));
            if (name == QLatin1String("reasoning_effort") && !caps.supportsReasoningEffort)
                notes.append(tr("This model does not accept reasoning_effort."));
            if (name == QLatin1String("max_tokens") && caps.usesMaxCompletionTokens)
                notes.append(tr("This model expects max_completion_tokens instead."));
            if (name == QLatin1String("stop") && row->isSent()) {
                const auto value = row->value();
                if (value && value->isArray() && value->toArray().size() > caps.stopMax)
                    notes.append(tr("%1 accepts at most %2 stop sequences; the rest are "
                                    "dropped.")
                                     .arg(family)
                                     .arg(caps.stopMax));
            }
            if (name == QLatin1String("response_format") && !caps.supportsJsonObject)
                notes.append(tr("%1 accepts only json_schema here, not json_object.").arg(family));
        }
        for (const RuleAdjustment &adjustment : std::as_const(m_adjustments)) {
            if (adjustment.parameter == name) {
                notes.append(adjustment.message);
                shown.insert(adjustment.message);
            }
        }
        row->setNotes(notes);
    }
    for (const RuleAdjustment &adjustment : std::as_const(m_adjustments)) {
        if (!shown.contains(adjustment.message))
            general.append(QStringLiteral("\u26a0 ") + adjustment.message);
    }
    m_generalWarnings->setText(general.join(QLatin1Char('\n')));
    m_generalWarnings->setVisible(!general.isEmpty());
    if (valuesChanged && !m_updating)
        Q_EMIT parametersChanged();
}

void ParametersPanel::onRowChanged()
{
    if (m_updating)
        return;
    auto *changedRow = qobject_cast<ParameterRow *>(sender());
    if (changedRow && m_clampedFrom.remove(changedRow->name()) > 0)
        updateRanges(); // the person chose a value: no "lowered" note any more
    if (changedRow && changedRow->name() == QLatin1String("stop"))
        updateRanges(); // the stop-count note depends on the value
    Q_EMIT parametersChanged();
}

} // namespace Lineup
