#include "core/sync/TokenStore.h"

#include <QCoreApplication>

namespace iq {

Result<QString> MemoryTokenStore::read(const QString& key) {
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("iq::TokenStore", "No sign-in is stored for %1.").arg(key));
    return *found;
}

Status MemoryTokenStore::write(const QString& key, const QString& secret) {
    m_secrets.insert(key, secret);
    return {};
}

Status MemoryTokenStore::remove(const QString& key) {
    m_secrets.remove(key);
    return {};
}

} // namespace iq
