#pragma once

#include <QObject>
#include <QStringList>

namespace iq {

enum class Entity { Contact, Group, Membership, Consent, Content, Campaign, Message, CallLog, Account, Any };

// Tells models and windows that stored records changed. Repositories announce their own writes after
// they commit; ExternalChangeWatcher announces writes made by other processes (iqm, a sync worker).
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // ids empty means "anything of that kind may have changed".
    void announce(Entity entity, const QStringList& ids = {}) { Q_EMIT changed(entity, ids); }

Q_SIGNALS:
    void changed(iq::Entity entity, const QStringList& ids);
};

} // namespace iq
