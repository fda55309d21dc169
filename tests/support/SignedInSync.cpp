#include "SignedInSync.h"

#include "core/account/AccountService.h"
#include "core/profile/Profile.h"
#include "core/sync/CampaignApi.h"
#include "core/sync/HttpClient.h"
#include "core/sync/TokenStore.h"

#include <QTest>

namespace iq::test {

Result<SyncReport> syncSendingFirst(Profile& profile, TokenStore& tokenStore, int timeoutMs,
                                    const RetryPolicy& retry) {
    AccountService accounts(profile, tokenStore);
    auto tokens = accounts.storedTokens();
    if (!tokens)
        return tokens.error();
    HttpClient http(QUrl(accounts.connection().server), timeoutMs);
    SyncApi api(http, tokens.value(), retry);
    api.sleep = [](int ms) {
        QTest::qWait(ms);
    };
    api.onTokensRefreshed = [&](const SessionTokens& fresh) {
        accounts.storeTokens(fresh);
    };
    auto flushed = CampaignSendQueue(profile.database(), api).flush();
    if (!flushed)
        return flushed.error();
    return SyncEngine(profile.database(), api).run();
}

} // namespace iq::test
