#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace iq::server {

// Argon2 work off the thread that serves requests: one hash costs tens of milliseconds and 64 MiB, so
// on the request thread a few sign-ins a second would stall every other request. The threads are few
// (each hash holds its memory while it runs); more requests wait their turn in the pool's queue.
// Nothing here touches the database, whose connection belongs to the serving thread: each result is
// handed to a callback run on the thread of `context`, which must outlive this object.
class PasswordHasher final {
public:
    explicit PasswordHasher(int threads);
    // Waits for the hashes under way; their callbacks are then never run.
    ~PasswordHasher();
    Q_DISABLE_COPY_MOVE(PasswordHasher)

    // hash: empty when hashing failed (out of memory).
    void hash(const QString& password, QObject* context, std::function<void(const QString& hash)> done);
    void verify(const QString& password, const QString& hash, QObject* context,
                std::function<void(bool matches)> done);

private:
    QThreadPool m_pool;
};

} // namespace iq::server
