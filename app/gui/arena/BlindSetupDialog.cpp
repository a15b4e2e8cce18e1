#include "arena/BlindSetupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lineup {

namespace {
constexpr int ProfileRole = Qt::UserRole + 1;
constexpr int ModelRole = Qt::UserRole + 2;
} // namespace

BlindSetupDialog::BlindSetupDialog(const QList<Profile> &profiles,
                                   const QList<PoolModel> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_profile(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_panes(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("blindSetupDialog"));
    setWindowTitle(tr("New Blind Comparison"));
    auto *intro = new QLabel(tr("Each round asks models drawn at random from this pool, in random "
                                "panes labelled Model A, Model B…; you vote before you learn "
                                "which was which."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Models in the pool"));
    for (const Profile &profile : profiles)
        m_profile->addItem(profile.name.isEmpty() ? profile.id : profile.name, profile.id);
    m_profile->setAccessibleName(tr("Profile"));
    m_model->setPlaceholderText(tr("model name"));
    m_model->setAccessibleName(tr("Model to add"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("blindAddModel"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_profile);
    addRow->addWidget(m_model, 1);
    addRow->addWidget(add);
    m_panes->setRange(Vote::MinPanes, Vote::MaxPanes);
    m_panes->setValue(2);
    m_panes->setAccessibleName(tr("Panes per round"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Panes per round:"), m_panes);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (const PoolModel &candidate : candidates)
        addModel(candidate.profileId, candidate.model, true);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString model = m_model->text().trimmed();
        if (model.isEmpty())
            return;
        addModel(m_profile->currentData().toString(), model);
        m_model->clear();
    });
    connect(m_model, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_list, &QListWidget::itemChanged, this, &BlindSetupDialog::updateState);
    connect(m_panes, &QSpinBox::valueChanged, this, &BlindSetupDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(480, 420);
}

QString BlindSetupDialog::profileName(const QString &id) const
{
    for (const Profile &profile : m_profiles)
        if (profile.id == id)
            return profile.name.isEmpty() ? profile.id : profile.name;
    return id;
}

void BlindSetupDialog::addModel(const QString &profileId, const QString &model, bool ticked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->data(ProfileRole) == profileId && item->data(ModelRole) == model)
            return;
    }
    auto *item = new QListWidgetItem(tr("%1 — %2").arg(model, profileName(profileId)), m_list);
    item->setData(ProfileRole, profileId);
    item->setData(ModelRole, model);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    updateState();
}

QList<PoolModel> BlindSetupDialog::pool() const
{
    QList<PoolModel> pool;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            pool.append({item->data(ProfileRole).toString(), item->data(ModelRole).toString()});
    }
    return pool;
}

int BlindSetupDialog::panes() const
{
    return m_panes->value();
}

void BlindSetupDialog::updateState()
{
    QSet<QString> names;
    const QList<PoolModel> chosen = pool();
    for (const PoolModel &entry : chosen)
        names.insert(entry.model);
    const bool ok = names.size() >= m_panes->value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(
        ok ? tr("%n models in the pool.", nullptr, int(names.size()))
           : tr("Tick at least %n different models (one per pane).", nullptr, m_panes->value()));
}

} // namespace Lineup
