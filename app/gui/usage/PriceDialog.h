#pragma once

#include "usage/Pricing.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace Lineup {

// Edits one model's entry of the price table (USD per 1M tokens; context length for services
// whose model list gives none). The same table `lineup-cli prices` edits.
class PriceDialog : public QDialog
{
    Q_OBJECT
public:
    PriceDialog(const QString &model, const std::optional<ModelPrice> &price,
                std::optional<qint64> contextLength, QWidget *parent = nullptr);

    ModelPrice price() const;
    std::optional<qint64> contextLength() const; // nullopt when left at 0

    // Test seams.
    QDoubleSpinBox *inputBox() const { return m_input; }
    QDoubleSpinBox *cachedBox() const { return m_cached; }
    QDoubleSpinBox *outputBox() const { return m_output; }
    QSpinBox *contextBox() const { return m_context; }

private:
    QDoubleSpinBox *m_input;
    QDoubleSpinBox *m_cached;
    QDoubleSpinBox *m_output;
    QSpinBox *m_context;
};

} // namespace Lineup
