#include "shared/campaign/DeliveryErrors.h"

#include <QCoreApplication>

namespace iq::campaign {
namespace {

const DeliveryError* find(const QString& code) {
    for (const QList<DeliveryError>* list : {&carrierErrors(), &callErrors()}) {
        for (const DeliveryError& error : *list) {
            if (code == QLatin1String(error.code))
                return &error;
        }
    }
    return nullptr;
}

} // namespace

const QList<DeliveryError>& carrierErrors() {
    static const QList<DeliveryError> errors = {
        {"30003", QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors", "The handset was off or out of reach"),
         false},
        {"30008", QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors", "The carrier reported an unknown error"),
         false},
        {"30005", QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors", "The number is not in service"), true},
        {"30006",
         QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors",
                           "The number is a landline or its carrier cannot take messages"),
         true},
        {"30007", QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors", "Blocked by the carrier as spam"), true},
    };
    return errors;
}

const QList<DeliveryError>& callErrors() {
    static const QList<DeliveryError> errors = {
        {"busy", QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors", "The line was busy"), false},
        {"no_answer", QT_TRANSLATE_NOOP("iq::campaign::DeliveryErrors", "Nobody answered the call"), false},
    };
    return errors;
}

QString errorMeaning(const QString& code) {
    const DeliveryError* error = find(code);
    return error ? QString::fromLatin1(error->meaning) : QString();
}

QString displayMeaning(const QString& code) {
    const DeliveryError* error = find(code);
    return error ? QCoreApplication::translate("iq::campaign::DeliveryErrors", error->meaning) : QString();
}

} // namespace iq::campaign
