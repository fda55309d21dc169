#pragma once

#include "domain/Contact.h"

#include <QString>

namespace iq {

// Normalizes phone numbers with libphonenumber. Thread-safe: libphonenumber's PhoneNumberUtil is.
class PhoneNumbers final {
public:
    // The region used for numbers written without a country code, e.g. "US".
    explicit PhoneNumbers(QString defaultRegion);

    // Keeps the raw text whatever happens; fills E.164, type and validity when the number parses.
    ContactPhone normalize(const QString& raw, const QString& label = {}) const;

    QString defaultRegion() const { return m_defaultRegion; }
    // The system locale's country, or "US" when the locale names none.
    static QString systemRegion();

private:
    QString m_defaultRegion;
};

} // namespace iq
