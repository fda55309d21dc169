#pragma once

#include "shared/domain/Consent.h"
#include "shared/domain/Contact.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace iq {

// Asks before opting people out: it is recorded in the ledger for good, with where it came from.
class OptOutDialog final : public QDialog {
    Q_OBJECT
public:
    OptOutDialog(int contactCount, const QString& firstName, QWidget* parent = nullptr);
    QString source() const;
    QLineEdit* sourceField() const { return m_source; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLineEdit* m_source = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// A new consent record: for a group or a whole channel, with how it was given and its source, which
// is required (opting someone back in must say where the consent came from).
class RecordConsentDialog final : public QDialog {
    Q_OBJECT
public:
    RecordConsentDialog(const QList<Group>& groups, QWidget* parent = nullptr);

    QString groupId() const; // empty when a channel was chosen
    std::optional<Channel> channel() const;
    ConsentState state() const;
    ConsentMethod method() const;
    QString source() const;

    QComboBox* scopeField() const { return m_scope; }
    QComboBox* stateField() const { return m_state; }
    QComboBox* methodField() const { return m_method; }
    QLineEdit* sourceField() const { return m_source; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QComboBox* m_scope = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_source = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Which group to add the selection to (a new name creates it) and the consent newcomers get.
class AddToGroupDialog final : public QDialog {
    Q_OBJECT
public:
    AddToGroupDialog(const QList<Group>& groups, int contactCount, QWidget* parent = nullptr);

    QString groupName() const;
    ConsentState consent() const;
    QString source() const;

    QComboBox* groupField() const { return m_group; }
    QComboBox* consentField() const { return m_consent; }
    QLineEdit* sourceField() const { return m_source; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();
    QComboBox* m_group = nullptr;
    QComboBox* m_consent = nullptr;
    QLineEdit* m_source = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace iq
