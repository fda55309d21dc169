#include "views/contacts/MergeContactsDialog.h"

#include "shared/phone/DisplayedPhones.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace iq {
namespace {

QString shown(const QString& value) {
    return value.trimmed().isEmpty() ? MergeContactsDialog::tr("(empty)") : value;
}

QLabel* wrappingLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MergeContactsDialog::MergeContactsDialog(Contact first, Contact second,
                                         const QList<GroupMembership>& firstGroups,
                                         const QList<GroupMembership>& secondGroups,
                                         const QString& phoneRegion, QWidget* parent)
    : QDialog(parent)
    , m_first(std::move(first))
    , m_second(std::move(second)) {
    setWindowTitle(tr("Merge contacts"));
    setAccessibleName(tr("Merge contacts"));

    auto* intro = wrappingLabel(
        tr("<b>%1</b> and <b>%2</b> look like the same person. Choose what the merged contact keeps.")
            .arg(m_first.shownName().toHtmlEscaped(), m_second.shownName().toHtmlEscaped()),
        this);
    intro->setTextFormat(Qt::RichText);

    const MergeChoices defaults = MergeChoices::preferFilled(m_first, m_second);
    auto* fields = new QGroupBox(tr("Details"), this);
    auto* grid = new QGridLayout(fields);
    int row = 0;
    for (MergeField field : allMergeFields()) {
        const QString firstValue = fieldValue(m_first, field);
        const QString secondValue = fieldValue(m_second, field);
        if (firstValue.trimmed() == secondValue.trimmed())
            continue;
        auto* name = new QLabel(displayName(field), fields);
        auto* firstButton = new QRadioButton(shown(firstValue), fields);
        auto* secondButton = new QRadioButton(shown(secondValue), fields);
        firstButton->setAccessibleName(tr("%1: keep “%2”").arg(displayName(field), shown(firstValue)));
        secondButton->setAccessibleName(tr("%1: keep “%2”").arg(displayName(field), shown(secondValue)));
        auto* group = new QButtonGroup(fields);
        group->addButton(firstButton);
        group->addButton(secondButton);
        (defaults.side(field) == MergeSide::Other ? secondButton : firstButton)->setChecked(true);
        grid->addWidget(name, row, 0);
        grid->addWidget(firstButton, row, 1);
        grid->addWidget(secondButton, row, 2);
        m_secondChoices.insert(field, secondButton);
        ++row;
    }
    if (row == 0)
        grid->addWidget(new QLabel(tr("Both contacts have the same names and details."), fields), 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    const Contact merged = mergedContact(m_first, m_second, defaults);
    DisplayedPhones displayedPhones;
    displayedPhones.setRegion(phoneRegion);
    QStringList numbers;
    for (const ContactPhone& phone : merged.phones)
        numbers << (phone.valid ? displayedPhones.shown(phone.e164)
                                : tr("%1 (not a valid number)").arg(phone.raw));
    QStringList emails;
    for (const ContactEmail& email : merged.emails)
        emails << email.address;
    QStringList groups;
    QSet<QString> seen;
    for (const GroupMembership& membership : firstGroups + secondGroups) {
        if (!seen.contains(membership.groupId)) {
            seen.insert(membership.groupId);
            groups << membership.groupName;
        }
    }

    auto* combined = new QGroupBox(tr("Combined"), this);
    auto* form = new QFormLayout(combined);
    m_numbers = wrappingLabel(numbers.isEmpty() ? tr("none") : numbers.join(QStringLiteral(", ")), combined);
    m_numbers->setAccessibleName(tr("Numbers"));
    form->addRow(tr("Numbers:"), m_numbers);
    form->addRow(tr("E-mails:"),
                 wrappingLabel(emails.isEmpty() ? tr("none") : emails.join(QStringLiteral(", ")), combined));
    form->addRow(tr("Groups:"),
                 wrappingLabel(groups.isEmpty() ? tr("none") : groups.join(QStringLiteral(", ")), combined));
    form->addRow(tr("Consent:"),
                 wrappingLabel(tr("Both consent histories are kept. Where the two disagree for a group or "
                                  "a channel, the stricter answer wins: an opt-out always stays."),
                               combined));

    auto* warning = wrappingLabel(
        tr("%1 will be deleted after the merge. A merge cannot be undone.").arg(m_second.shownName()), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* merge = m_buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setAccessibleName(tr("Merge the two contacts"));
    merge->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the merge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(fields);
    layout->addWidget(combined);
    layout->addWidget(warning);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
}

MergeChoices MergeContactsDialog::choices() const {
    MergeChoices result;
    for (auto it = m_secondChoices.cbegin(); it != m_secondChoices.cend(); ++it)
        result.sides.insert(it.key(), it.value()->isChecked() ? MergeSide::Other : MergeSide::Kept);
    return result;
}

} // namespace iq
