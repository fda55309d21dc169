#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace iq {

class Profile;
class ProfileWorker;

// Undoes one import as a whole on worker's thread (the window never waits for it), then, on context's
// thread, tells the window's models what changed and calls done with a sentence for the user: the
// counts of what was undone, or why nothing was. context must own worker (or otherwise outlive its
// jobs): destroying the worker waits for the job, so the answer never reaches a deleted context.
// The import wizard's report page and the import history share it.
void undoImport(ProfileWorker& worker, Profile& profile, QObject* context, const QString& importId,
                std::function<void(bool ok, const QString& message)> done);

} // namespace iq
