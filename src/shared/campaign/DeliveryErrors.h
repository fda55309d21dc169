#pragma once

#include <QList>
#include <QString>

namespace iq::campaign {

// An error a provider reports for a message that did not arrive, with its meaning in plain words.
struct DeliveryError {
    const char* code;
    const char* meaning; // English; displayMeaning() translates it
    bool undeliverable;  // the address itself is the problem: trying again will not help
};

// The carrier codes of the common REST messaging APIs for SMS and e-mail, in a fixed order (the
// simulator draws from it by position, so a seed gives the same errors from one release to the next).
const QList<DeliveryError>& carrierErrors();
// What a call can end with when nobody took it.
const QList<DeliveryError>& callErrors();

// A code's meaning in English (the server's words for programs and logs), or "" when it is unknown.
QString errorMeaning(const QString& code);
// The same meaning in the user's language, or "" when the code is unknown.
QString displayMeaning(const QString& code);

} // namespace iq::campaign
