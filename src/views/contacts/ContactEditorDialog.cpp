#include "views/contacts/ContactEditorDialog.h"

#include "shared/phone/PhoneNumbers.h"
#include "views/common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace iq {

// One number: its label, the number (formatted while typed) and what libphonenumber says about it.
class PhoneNumberRow final : public QWidget {
public:
    PhoneNumberRow(const PhoneNumbers& numbers, const ContactPhone& phone, QWidget* parent)
        : QWidget(parent)
        , m_numbers(numbers)
        , m_formatter(numbers.defaultRegion()) {
        label = new QComboBox(this);
        label->setEditable(true);
        label->addItems({tr("mobile"), tr("home"), tr("work"), tr("shop"), tr("other")});
        label->setCurrentText(phone.label.isEmpty() ? tr("mobile") : phone.label);
        label->setAccessibleName(tr("Number label"));
        field = new QLineEdit(phone.raw, this);
        field->setAccessibleName(tr("Phone number"));
        field->setPlaceholderText(tr("Number, e.g. (415) 555-0123 or +44 7400 123456"));
        status = new QLabel(this);
        status->setAccessibleName(tr("Number check"));
        status->setMinimumWidth(180);
        remove = new QToolButton(this);
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove this number"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(field, 1);
        layout->addWidget(status);
        layout->addWidget(remove);
        QObject::connect(field, &QLineEdit::textEdited, this, [this](const QString& text) {
            // Reformat only while typing at the end, so editing in the middle keeps the cursor.
            if (field->cursorPosition() == text.size()) {
                const QString formatted = m_formatter.format(text);
                if (formatted != text)
                    field->setText(formatted);
            }
        });
        QObject::connect(field, &QLineEdit::textChanged, this, [this] { check(); });
        check();
    }

    void check() {
        const QString text = field->text().trimmed();
        if (text.isEmpty()) {
            status->clear();
            return;
        }
        const PhoneNumberInfo info = m_numbers.parse(text);
        status->setText(info.valid ? QStringLiteral("✓ ") + info.international
                                   : QStringLiteral("⚠ ") + info.problemText());
        status->setToolTip(info.valid ? info.e164 : tr("Kept as typed; it will not be messaged."));
        setErrorText(status, !info.valid);
    }

    QComboBox* label = nullptr;
    QLineEdit* field = nullptr;
    QLabel* status = nullptr;
    QToolButton* remove = nullptr;

private:
    const PhoneNumbers& m_numbers;
    PhoneAsYouTypeFormatter m_formatter;
};

class EmailRow final : public QWidget {
public:
    EmailRow(const ContactEmail& email, QWidget* parent)
        : QWidget(parent) {
        label = new QComboBox(this);
        label->setEditable(true);
        label->addItems({tr("personal"), tr("work"), tr("other")});
        label->setCurrentText(email.label.isEmpty() ? tr("personal") : email.label);
        label->setAccessibleName(tr("E-mail label"));
        field = new QLineEdit(email.address, this);
        field->setAccessibleName(tr("E-mail address"));
        field->setPlaceholderText(tr("name@example.com"));
        remove = new QToolButton(this);
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove this e-mail address"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(field, 1);
        layout->addWidget(remove);
    }
    QComboBox* label = nullptr;
    QLineEdit* field = nullptr;
    QToolButton* remove = nullptr;
};

ContactEditorDialog::ContactEditorDialog(const PhoneNumbers& phoneNumbers, Contact contact, QWidget* parent)
    : QDialog(parent)
    , m_phoneNumbers(phoneNumbers)
    , m_original(std::move(contact)) {
    setWindowTitle(m_original.id.isEmpty() ? tr("New contact") : tr("Edit %1").arg(m_original.shownName()));
    setAccessibleName(windowTitle());

    auto makeField = [this](const QString& text, const QString& name) {
        auto* field = new QLineEdit(text, this);
        field->setAccessibleName(name);
        connect(field, &QLineEdit::textChanged, this, &ContactEditorDialog::validate);
        return field;
    };
    m_given = makeField(m_original.givenName, tr("First name"));
    m_middle = makeField(m_original.middleName, tr("Middle name"));
    m_family = makeField(m_original.familyName, tr("Last name"));
    m_display = makeField(m_original.displayName, tr("Display name"));
    m_display->setPlaceholderText(tr("Made from the names when empty"));
    m_organization = makeField(m_original.organization, tr("Organization"));

    auto* names = new QFormLayout;
    names->addRow(tr("&First name:"), m_given);
    names->addRow(tr("&Middle name:"), m_middle);
    names->addRow(tr("&Last name:"), m_family);
    names->addRow(tr("&Display name:"), m_display);
    names->addRow(tr("&Organization:"), m_organization);

    m_phoneRows = new QVBoxLayout;
    auto* addPhone = new QPushButton(tr("Add &number"), this);
    addPhone->setAccessibleName(tr("Add a phone number"));
    connect(addPhone, &QPushButton::clicked, this, [this] { addPhoneRow()->setFocus(); });
    m_emailRows = new QVBoxLayout;
    auto* addEmail = new QPushButton(tr("Add &e-mail"), this);
    addEmail->setAccessibleName(tr("Add an e-mail address"));
    connect(addEmail, &QPushButton::clicked, this, [this] { addEmailRow()->setFocus(); });

    m_custom = new QTableWidget(0, 2, this);
    m_custom->setAccessibleName(tr("Custom fields"));
    m_custom->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_custom->horizontalHeader()->setStretchLastSection(true);
    m_custom->verticalHeader()->hide();
    m_custom->setMinimumHeight(90);
    for (auto it = m_original.customFields.cbegin(); it != m_original.customFields.cend(); ++it) {
        const int row = m_custom->rowCount();
        m_custom->insertRow(row);
        m_custom->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_custom->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
    }
    auto* addField = new QPushButton(tr("Add &field"), this);
    addField->setAccessibleName(tr("Add a custom field"));
    connect(addField, &QPushButton::clicked, this, [this] {
        m_custom->insertRow(m_custom->rowCount());
        m_custom->editItem(nullptr);
    });

    m_notes = new QPlainTextEdit(m_original.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);

    m_problem = new QLabel(this);
    m_problem->setAccessibleName(tr("What needs fixing"));
    setTextRole(m_problem, ColourRole::ErrorText);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* content = new QWidget(this);
    auto* form = new QVBoxLayout(content);
    form->addLayout(names);
    form->addWidget(new QLabel(tr("<b>Phone numbers</b>"), content));
    form->addLayout(m_phoneRows);
    form->addWidget(addPhone, 0, Qt::AlignLeft);
    form->addWidget(new QLabel(tr("<b>E-mail addresses</b>"), content));
    form->addLayout(m_emailRows);
    form->addWidget(addEmail, 0, Qt::AlignLeft);
    form->addWidget(new QLabel(tr("<b>Custom fields</b>"), content));
    form->addWidget(m_custom);
    form->addWidget(addField, 0, Qt::AlignLeft);
    form->addWidget(new QLabel(tr("<b>Notes</b>"), content));
    form->addWidget(m_notes);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (const ContactPhone& phone : m_original.phones)
        addPhoneRow(phone);
    if (m_original.phones.isEmpty())
        addPhoneRow();
    for (const ContactEmail& email : m_original.emails)
        addEmailRow(email);
    if (m_original.emails.isEmpty())
        addEmailRow();
    resize(640, 680);
    validate();
}

ContactEditorDialog::~ContactEditorDialog() = default;

QLineEdit* ContactEditorDialog::addPhoneRow(const ContactPhone& phone) {
    auto* row = new PhoneNumberRow(m_phoneNumbers, phone, this);
    m_phones.append(row);
    m_phoneRows->addWidget(row);
    connect(row->field, &QLineEdit::textChanged, this, &ContactEditorDialog::validate);
    connect(row->remove, &QToolButton::clicked, this, [this, row] {
        m_phones.removeOne(row);
        row->deleteLater();
        row->hide();
        validate();
    });
    return row->field;
}

QLineEdit* ContactEditorDialog::addEmailRow(const ContactEmail& email) {
    auto* row = new EmailRow(email, this);
    m_emails.append(row);
    m_emailRows->addWidget(row);
    connect(row->field, &QLineEdit::textChanged, this, &ContactEditorDialog::validate);
    connect(row->remove, &QToolButton::clicked, this, [this, row] {
        m_emails.removeOne(row);
        row->deleteLater();
        row->hide();
        validate();
    });
    return row->field;
}

QList<QLineEdit*> ContactEditorDialog::phoneFields() const {
    QList<QLineEdit*> fields;
    for (PhoneNumberRow* row : m_phones)
        fields << row->field;
    return fields;
}

QList<QLineEdit*> ContactEditorDialog::emailFields() const {
    QList<QLineEdit*> fields;
    for (EmailRow* row : m_emails)
        fields << row->field;
    return fields;
}

Contact ContactEditorDialog::contact() const {
    Contact contact = m_original;
    contact.givenName = m_given->text().trimmed();
    contact.middleName = m_middle->text().trimmed();
    contact.familyName = m_family->text().trimmed();
    contact.displayName = m_display->text().trimmed();
    contact.organization = m_organization->text().trimmed();
    contact.notes = m_notes->toPlainText();
    contact.phones.clear();
    for (PhoneNumberRow* row : m_phones) {
        const QString raw = row->field->text().trimmed();
        if (!raw.isEmpty())
            contact.phones.append(m_phoneNumbers.normalize(raw, row->label->currentText().trimmed()));
    }
    contact.emails.clear();
    for (EmailRow* row : m_emails) {
        const QString address = row->field->text().trimmed();
        if (!address.isEmpty())
            contact.emails.append({address, row->label->currentText().trimmed()});
    }
    contact.customFields.clear();
    for (int row = 0; row < m_custom->rowCount(); ++row) {
        const QString key = m_custom->item(row, 0) ? m_custom->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            contact.customFields.insert(key,
                                        m_custom->item(row, 1) ? m_custom->item(row, 1)->text() : QString());
    }
    return contact;
}

QString ContactEditorDialog::problem() const {
    const Contact edited = contact();
    for (const ContactEmail& email : edited.emails) {
        const qsizetype at = email.address.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == email.address.size() - 1 || email.address.contains(QLatin1Char(' ')))
            return tr("\"%1\" is not an e-mail address.").arg(email.address);
    }
    if (edited.shownName().isEmpty())
        return tr("Give a name, an organization, a phone number or an e-mail address.");
    return {};
}

void ContactEditorDialog::validate() {
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
}

} // namespace iq
