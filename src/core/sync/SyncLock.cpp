#include "core/sync/SyncLock.h"

#include <QCoreApplication>
#include <QDir>

namespace iq {

SyncLock::SyncLock(const QString& profileDirectory)
    : m_file(fileName(profileDirectory)) {
    // A sync may run for minutes: only a holder that is gone makes the lock stale, never its age.
    m_file.setStaleLockTime(0);
}

SyncLock::~SyncLock() = default;

QString SyncLock::fileName(const QString& profileDirectory) {
    return QDir(profileDirectory).filePath(QStringLiteral("sync.lock"));
}

Status SyncLock::acquire(int timeoutMs) {
    if (m_file.isLocked())
        return {};
    if (m_file.tryLock(timeoutMs))
        return {};
    if (m_file.error() == QLockFile::LockFailedError)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("iq::SyncLock",
                                                       "A sync of this profile is already running (in IQ "
                                                       "Messaging or iqm); try again when it has finished."));
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate("iq::SyncLock", "Cannot create the sync lock %1.")
                           .arg(QDir::toNativeSeparators(m_file.fileName())));
}

void SyncLock::release() {
    if (m_file.isLocked())
        m_file.unlock();
}

} // namespace iq
