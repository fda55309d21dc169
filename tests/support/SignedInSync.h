#pragma once

#include "core/sync/SyncApi.h"
#include "core/sync/SyncEngine.h"

namespace iq {
class Profile;
class TokenStore;
} // namespace iq

namespace iq::test {

// What a sync of a signed-in profile does in iqm and the application: the campaign sends that wait go
// out first, then the records; renewed tokens are kept in `tokens`. Fails when the sends cannot go.
// Sleeps between retries with QTest::qWait, so a proxy on this thread keeps serving.
Result<SyncReport> syncSendingFirst(Profile& profile, TokenStore& tokens, int timeoutMs,
                                    const RetryPolicy& retry);

} // namespace iq::test
