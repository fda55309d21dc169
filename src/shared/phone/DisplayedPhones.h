#pragma once

#include "shared/phone/PhoneNumbers.h"

#include <QHash>
#include <QString>

#include <memory>

namespace iq {

// Stored numbers (E.164, or the raw text of an invalid one) as lists show them: "+1 415-555-0123".
// Formatting costs libphonenumber tens of microseconds a number, and a list shows the same people
// again and again while scrolling or searching, so each number is formatted once.
class DisplayedPhones final {
public:
    // "" shows numbers as stored.
    void setRegion(const QString& region);
    QString shown(const QString& stored);

private:
    static constexpr int kMaxRemembered = 20000;
    std::unique_ptr<PhoneNumbers> m_phoneNumbers;
    QHash<QString, QString> m_shown;
};

} // namespace iq
