#pragma once

#include <QString>
#include <QStringList>

namespace iq {
class Database;
}

namespace iq::test {

// Messages and calls as a sync pulls them: two campaigns ("Spring sale" by SMS, "Reminder call" by
// voice), three contacts, `messages` messages a minute apart from 2026-03-01 09:00 UTC cycling through
// delivered, failed (30003), undeliverable (30005) and sent, each with its status history, and one call
// per voice message. Answers false (with a warning) when a record was refused.
bool pullHistory(Database& database, int messages, QStringList* contactIds = nullptr);

} // namespace iq::test
