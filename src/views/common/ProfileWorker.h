#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace iq {

class Database;

// Runs long profile work (reading a file, planning or committing an import, exporting) one job after
// another on a thread of its own, with its own connection to the profile: a SQLite connection
// belongs to the thread that opened it, and the window must never wait for the work.
class ProfileWorker final : public QObject {
    Q_OBJECT
public:
    // database is null when the profile could not be opened; openError then says why.
    using Job = std::function<void(Database* database, const QString& openError)>;

    explicit ProfileWorker(QString databasePath, QObject* parent = nullptr);
    // Waits for the jobs already posted: whoever posted them must have asked them to stop first.
    ~ProfileWorker() override;
    Q_DISABLE_COPY_MOVE(ProfileWorker)

    void post(Job job);

private:
    QString m_databasePath;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs run as its queued calls
    std::unique_ptr<Database> m_database;
    QString m_openError;
    bool m_opened = false;
};

} // namespace iq
