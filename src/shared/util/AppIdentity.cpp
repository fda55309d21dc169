#include "shared/util/AppIdentity.h"

#include <QCoreApplication>

namespace iq {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("IQMessaging"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("iqmessaging.example"));
    QCoreApplication::setApplicationName(QStringLiteral("iqmessaging"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IQ_VERSION));
}

} // namespace iq
