#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace iq {

class PhoneNumbers;
class Profile;

// The selected person: names, numbers (formatted, with their type or why they are invalid),
// e-mails, groups with consent, custom fields, notes and the consent history from the ledger.
class ContactDetailPane final : public QWidget {
    Q_OBJECT
public:
    ContactDetailPane(Profile& profile, const PhoneNumbers& phoneNumbers, QWidget* parent = nullptr);

    void showContact(const QString& contactId);
    QString contactId() const { return m_contactId; }
    QLabel* summary() const { return m_summary; }
    QTreeWidget* history() const { return m_history; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitHistoryRows();

    Profile& m_profile;
    const PhoneNumbers& m_phoneNumbers;
    QString m_contactId;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_history = nullptr;
};

} // namespace iq
