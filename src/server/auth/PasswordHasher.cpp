#include "server/auth/PasswordHasher.h"

#include "server/auth/Secrets.h"

#include <QMetaObject>

#include <algorithm>

namespace iq::server {

PasswordHasher::PasswordHasher(int threads) {
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setObjectName(QStringLiteral("argon2"));
}

PasswordHasher::~PasswordHasher() {
    m_pool.waitForDone();
}

void PasswordHasher::hash(const QString& password, QObject* context,
                          std::function<void(const QString& hash)> done) {
    m_pool.start([password, context = QPointer<QObject>(context), done = std::move(done)] {
        auto hashed = Secrets::hashPassword(password);
        const QString result = hashed ? hashed.value() : QString();
        if (context)
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

void PasswordHasher::verify(const QString& password, const QString& hash, QObject* context,
                            std::function<void(bool matches)> done) {
    m_pool.start([password, hash, context = QPointer<QObject>(context), done = std::move(done)] {
        const bool matches = Secrets::verifyPassword(password, hash);
        if (context)
            QMetaObject::invokeMethod(
                context, [done, matches] { done(matches); }, Qt::QueuedConnection);
    });
}

} // namespace iq::server
