#pragma once

#include <QObject>
#include <QTimer>

namespace iq {

class Database;
class ChangeNotifier;

// Polls SQLite's data_version, which moves only when another connection commits, and announces that
// anything may have changed. Cheap enough to run every few hundred milliseconds.
class ExternalChangeWatcher final : public QObject {
    Q_OBJECT
public:
    ExternalChangeWatcher(Database& database, ChangeNotifier& notifier, QObject* parent = nullptr);
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void checkNow();

private:
    Database& m_database;
    ChangeNotifier& m_notifier;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace iq
