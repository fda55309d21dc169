#pragma once

#include "shared/util/Result.h"

#include <QLockFile>
#include <QString>

namespace iq {

// One sync of a profile at a time, across processes (the application and iqm): a lock file in the
// profile folder, held from reading the tokens to keeping the refreshed ones. Two syncs at once would
// both refresh with one refresh token, and the server takes the second for a stolen token. A lock left
// by a process that died is taken over.
class SyncLock final {
public:
    explicit SyncLock(const QString& profileDirectory);
    ~SyncLock();
    Q_DISABLE_COPY_MOVE(SyncLock)

    // Waits up to timeoutMs for a sync that holds the lock; Error::Code::Conflict when it still does.
    Status acquire(int timeoutMs);
    void release();
    bool isHeld() const { return m_file.isLocked(); }

    static QString fileName(const QString& profileDirectory);

private:
    QLockFile m_file;
};

} // namespace iq
