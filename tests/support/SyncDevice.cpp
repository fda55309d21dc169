#include "SyncDevice.h"

#include "core/store/Outbox.h"

#include <QFileInfo>
#include <QTest>
#include <QUuid>

namespace iq::test {

SyncDevice::SyncDevice(const QUrl& serverUrl, const QUrl& syncUrl, int timeoutMs)
    : m_profile(std::move(Profile::open(m_dir.path()).value()))
    , m_accounts(std::make_unique<HttpClient>(serverUrl, 60000))
    , m_sync(std::make_unique<HttpClient>(syncUrl.isEmpty() ? serverUrl : syncUrl, timeoutMs))
    , m_timeoutMs(timeoutMs) {}

QString SyncDevice::deviceId() const {
    return QStringLiteral("dev-") + QFileInfo(m_dir.path()).fileName();
}

bool SyncDevice::signUp(const QString& email) {
    SyncApi api(*m_accounts, {});
    auto session = api.signUp(email, QStringLiteral("Owner"), password(), deviceId(), QStringLiteral("Test"));
    m_tokens = api.tokens();
    if (!session)
        qWarning("sign-up failed: %s", qPrintable(session.errorMessage()));
    return session.ok();
}

bool SyncDevice::signIn(const QString& email, const QString& password) {
    SyncApi api(*m_accounts, {});
    auto session = api.signIn(email, password, deviceId(), QStringLiteral("Test"));
    m_tokens = api.tokens();
    if (!session)
        qWarning("sign-in failed: %s", qPrintable(session.errorMessage()));
    return session.ok();
}

void SyncDevice::setServer(const QUrl& url) {
    m_accounts = std::make_unique<HttpClient>(url, 60000);
    m_sync = std::make_unique<HttpClient>(url, m_timeoutMs);
}

Result<SyncReport> SyncDevice::sync() {
    SyncApi api(*m_sync, m_tokens, policy);
    // Waits with the event loop running, so a proxy on this thread keeps serving.
    api.sleep = [this](int ms) {
        m_sleeps.append(ms);
        QTest::qWait(ms);
    };
    SyncEngine engine(db(), api, options);
    engine.onProgress = onProgress;
    auto report = engine.run();
    m_tokens = api.tokens();
    return report;
}

int SyncDevice::outbox() {
    return Outbox::pendingCount(db()).value();
}

QString uniqueEmail(const char* stem) {
    return QStringLiteral("%1-%2@example.com")
        .arg(QLatin1String(stem), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace iq::test
