#include "usage/PriceDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Lineup {

namespace {

QDoubleSpinBox *priceBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100000);
    box->setDecimals(4);
    box->setSuffix(QStringLiteral(" USD"));
    box->setAccessibleName(name);
    return box;
}

} // namespace

PriceDialog::PriceDialog(const QString &model, const std::optional<ModelPrice> &price,
                         std::optional<qint64> contextLength, QWidget *parent)
    : QDialog(parent)
    , m_input(priceBox(this, tr("Input price")))
    , m_cached(priceBox(this, tr("Cached input price")))
    , m_output(priceBox(this, tr("Output price")))
    , m_context(new QSpinBox(this))
{
    setWindowTitle(tr("Price of %1").arg(model));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("USD per 1M tokens, used when the service's model list gives no "
                                "price. Answers keep the price they were charged at."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Input:"), m_input);
    form->addRow(tr("&Cached input:"), m_cached);
    form->addRow(tr("&Output:"), m_output);
    m_context->setRange(0, std::numeric_limits<int>::max());
    m_context->setSpecialValueText(tr("unknown"));
    m_context->setSuffix(tr(" tokens"));
    m_context->setAccessibleName(tr("Context length"));
    form->addRow(tr("Context &length:"), m_context);
    m_cached->setToolTip(tr("Leave equal to the input price when the model has no cache "
                            "discount."));
    if (price) {
        m_input->setValue(price->input.value_or(0));
        m_output->setValue(price->output.value_or(0));
        m_cached->setValue(price->cachedInput.value_or(price->input.value_or(0)));
    }
    if (contextLength)
        m_context->setValue(int(qMin<qint64>(*contextLength, std::numeric_limits<int>::max())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ModelPrice PriceDialog::price() const
{
    ModelPrice price;
    price.input = m_input->value();
    price.cachedInput = m_cached->value();
    price.output = m_output->value();
    price.source = PriceSource::PriceTable;
    return price;
}

std::optional<qint64> PriceDialog::contextLength() const
{
    if (m_context->value() <= 0)
        return std::nullopt;
    return m_context->value();
}

} // namespace Lineup
