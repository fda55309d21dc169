#include "core/store/ExternalChangeWatcher.h"

#include "core/store/ChangeNotifier.h"
#include "core/store/Database.h"

namespace iq {

ExternalChangeWatcher::ExternalChangeWatcher(Database& database, ChangeNotifier& notifier, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier) {
    m_lastVersion = m_database.dataVersion();
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::checkNow);
    m_timer.start();
}

void ExternalChangeWatcher::checkNow() {
    const qint64 version = m_database.dataVersion();
    if (version == m_lastVersion)
        return;
    m_lastVersion = version;
    m_notifier.announce(Entity::Any);
}

} // namespace iq
