#pragma once

#include "core/contacts/ContactMerger.h"
#include "shared/domain/Contact.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace iq {

// Lets the user pick, field by field, what the merged contact keeps. Numbers, e-mails and groups of
// both are combined and shown; consent is combined by the stricter-wins rule, which is said plainly.
// The first contact's record is the one that stays (its id, so its sync history). Numbers show as the
// contact list shows them, formatted for phoneRegion.
class MergeContactsDialog final : public QDialog {
    Q_OBJECT
public:
    MergeContactsDialog(Contact first, Contact second, const QList<GroupMembership>& firstGroups,
                        const QList<GroupMembership>& secondGroups, const QString& phoneRegion,
                        QWidget* parent = nullptr);

    QString keptId() const { return m_first.id; }
    QString otherId() const { return m_second.id; }
    MergeChoices choices() const;

    // The button choosing the second contact's value of a field; null when both have the same value.
    QRadioButton* secondChoice(MergeField field) const { return m_secondChoices.value(field); }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // The numbers the merged contact will have.
    QLabel* numbersLabel() const { return m_numbers; }

private:
    Contact m_first;
    Contact m_second;
    QHash<MergeField, QRadioButton*> m_secondChoices;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_numbers = nullptr;
};

} // namespace iq
