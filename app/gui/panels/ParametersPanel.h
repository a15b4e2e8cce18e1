#pragma once

#include "api/RequestBuilder.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Lineup {

class ParameterRow;

// Every request parameter of ParameterCatalog with an editor fitting its type. Each row has a
// "send" checkbox: unchecked (the default) means the parameter is absent from the request. Ranges
// follow the selected model's family (ModelCapabilities), unless family rules are switched off.
// The family rules' adjustments from the window are shown next to the affected rows.
class ParametersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget *parent = nullptr);
    ~ParametersPanel() override;

    // Only the parameters marked to be sent and valid; parameters Lineup does not know (set
    // through setParameters) pass through unchanged.
    QJsonObject parameters() const;
    // Replaces every value; absent names become unset. Does not emit parametersChanged.
    void setParameters(const QJsonObject &parameters);

    // Updates the valid ranges for the model's family.
    void setModel(const QString &model);
    QString model() const { return m_model; }

    void setAdjustments(const QList<RuleAdjustment> &adjustments);
    void setApplyModelRules(bool apply);
    bool applyModelRules() const;

    // Test seams: the row's editor widgets carry objectNames "param-<name>-send",
    // "param-<name>-editor", "param-<name>-reset", "param-<name>-message".
    ParameterRow *row(const QString &name) const;
    QStringList parameterNames() const;
    // Text shown next to a parameter (adjustments, validation, family notes); empty if none.
    QString messageFor(const QString &name) const;
    QCheckBox *applyRulesCheckBox() const { return m_applyRules; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *defaultsLabel() const { return m_defaultsLabel; }

    // What a new chat starts from (shown in the panel; "Reset to defaults" applies them).
    void setDefaults(const QJsonObject &defaults);
    QJsonObject defaults() const { return m_defaults; }

public Q_SLOTS:
    void resetAll();        // every parameter unset; Undo brings them back
    void resetToDefaults(); // the saved defaults; Undo brings the previous values back
    void saveAsDefaults();  // this conversation's parameters become the defaults
    void undoReset();

Q_SIGNALS:
    void parametersChanged();
    void applyModelRulesChanged(bool apply);
    void defaultsSaved(const QJsonObject &defaults);

private:
    void updateRanges();
    void onRowChanged();
    void replaceAll(const QJsonObject &parameters, const QString &undoText);
    void updateDefaultsLabel();

    QString m_model;
    QList<ParameterRow *> m_rows;
    QJsonObject m_unknown; // names not in the catalog, kept as given
    QList<RuleAdjustment> m_adjustments;
    // Values the family's range lowered, with what was set: shown as a note and restored when a
    // later model or the rules switch accepts them again.
    QHash<QString, double> m_clampedFrom;
    QCheckBox *m_applyRules;
    QLabel *m_generalWarnings;
    QJsonObject m_defaults;
    std::optional<QJsonObject> m_beforeReset; // what Undo restores
    QLabel *m_defaultsLabel = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undo = nullptr;
    QWidget *m_undoBar = nullptr;
    bool m_updating = false;
};

} // namespace Lineup
