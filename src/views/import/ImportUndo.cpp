#include "views/import/ImportUndo.h"

#include "core/import/ImportEngine.h"
#include "core/import/ImportHistory.h"
#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"
#include "views/common/ProfileWorker.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace iq {

void undoImport(ProfileWorker& worker, Profile& profile, QObject* context, const QString& importId,
                std::function<void(bool ok, const QString& message)> done) {
    worker.post([&profile, context, importId, done = std::move(done)](Database* database,
                                                                      const QString& openError) {
        QString message = openError;
        bool ok = false;
        if (database) {
            const Result<QJsonObject> result = ImportHistory(*database).rollback(importId);
            ok = result.ok();
            if (ok) {
                const QJsonObject& counts = result.value();
                message = QCoreApplication::translate("iq::ImportWizard",
                                                      "The import was rolled back: %1 contacts removed, %2 "
                                                      "restored as they were, %3 group memberships removed.")
                              .arg(counts.value(QStringLiteral("contactsRemoved")).toInteger())
                              .arg(counts.value(QStringLiteral("contactsRestored")).toInteger())
                              .arg(counts.value(QStringLiteral("membershipsRemoved")).toInteger());
            } else {
                message = result.errorMessage();
            }
        }
        QMetaObject::invokeMethod(
            context,
            [&profile, ok, message, done] {
                if (ok) {
                    // The change came from the worker's connection: tell this window's models now rather
                    // than when the change watcher next polls.
                    profile.notifier().announce(Entity::Contact);
                    profile.notifier().announce(Entity::Group);
                    profile.notifier().announce(Entity::Membership);
                }
                done(ok, message);
            },
            Qt::QueuedConnection);
    });
}

} // namespace iq
