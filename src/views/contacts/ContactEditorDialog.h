#pragma once

#include "shared/domain/Contact.h"

#include <QDialog>
#include <QList>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace iq {

class PhoneNumbers;
class PhoneNumberRow;
class EmailRow;

// Adds or edits one contact: names, several numbers and e-mails with labels (numbers formatted as
// they are typed and checked with libphonenumber), custom fields and notes. An invalid number may
// be kept, as typed, with a warning; an e-mail without "@" or a contact without a name, number or
// e-mail cannot be saved.
class ContactEditorDialog final : public QDialog {
    Q_OBJECT
public:
    ContactEditorDialog(const PhoneNumbers& phoneNumbers, Contact contact, QWidget* parent = nullptr);
    ~ContactEditorDialog() override;

    // The contact as edited; numbers normalized, empty rows left out.
    Contact contact() const;
    // Why it cannot be saved yet; empty when it can.
    QString problem() const;

    QLineEdit* givenNameField() const { return m_given; }
    QLineEdit* familyNameField() const { return m_family; }
    QLineEdit* organizationField() const { return m_organization; }
    QPlainTextEdit* notesField() const { return m_notes; }
    QTableWidget* customFields() const { return m_custom; }
    // Adds an empty number or e-mail row and returns its text field.
    QLineEdit* addPhoneRow(const ContactPhone& phone = {});
    QLineEdit* addEmailRow(const ContactEmail& email = {});
    QList<QLineEdit*> phoneFields() const;
    QList<QLineEdit*> emailFields() const;
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();

    const PhoneNumbers& m_phoneNumbers;
    Contact m_original;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_middle = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_display = nullptr;
    QLineEdit* m_organization = nullptr;
    QVBoxLayout* m_phoneRows = nullptr;
    QVBoxLayout* m_emailRows = nullptr;
    QList<PhoneNumberRow*> m_phones;
    QList<EmailRow*> m_emails;
    QTableWidget* m_custom = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace iq
