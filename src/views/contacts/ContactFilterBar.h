#pragma once

#include "core/store/ContactBrowser.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace iq {

class Profile;

// The search field and the group and consent filters above the contacts table. Typing is applied
// after a short pause so a fast typist costs one query, not one per key.
class ContactFilterBar final : public QWidget {
    Q_OBJECT
public:
    ContactFilterBar(Profile& profile, QWidget* parent = nullptr);

    ContactFilter filter() const;
    QLineEdit* searchField() const { return m_search; }
    QComboBox* groupFilter() const { return m_group; }
    QComboBox* consentFilter() const { return m_consent; }
    // Applies what is typed now rather than after the pause.
    void applyNow();
    void reloadGroups();

Q_SIGNALS:
    void filterChanged(const iq::ContactFilter& filter);

private:
    Profile& m_profile;
    QLineEdit* m_search = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_consent = nullptr;
    QTimer m_typing;
};

} // namespace iq
