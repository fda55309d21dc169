// Feeds arbitrary bytes to every parser of the server's replies (session, push results, pull pages,
// errors, Retry-After) and the record payloads inside them to the contact and group readers. A reply
// is either understood completely or refused with an error; nothing may crash or read half a page.
#include "core/sync/SyncProtocol.h"
#include "shared/json/ContactJson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

void checkPayload(const iq::wire::Record& record) {
    if (record.entity.isEmpty() || record.id.isEmpty() || record.version < 0)
        abort();
    if (record.entity == QLatin1String("contact")) {
        auto contact = iq::ContactJson::fromJson(record.payload);
        if (contact.ok() && contact.value().id.isEmpty())
            abort();
        if (!contact.ok() && contact.errorMessage().isEmpty())
            abort();
    } else if (record.entity == QLatin1String("group")) {
        auto group = iq::groupFromJson(record.payload);
        if (!group.ok() && group.errorMessage().isEmpty())
            abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));

    if (auto session = iq::wire::parseSession(body); session.ok()) {
        if (session.value().accessToken.isEmpty() || session.value().refreshToken.isEmpty())
            abort();
    } else if (session.errorMessage().isEmpty()) {
        abort();
    }
    if (auto results = iq::wire::parsePushReply(body); results.ok()) {
        for (const iq::wire::PushResult& result : results.value()) {
            if (result.status == QLatin1String("conflict") && !result.record)
                abort();
            if (result.record)
                checkPayload(*result.record);
        }
    } else if (results.errorMessage().isEmpty()) {
        abort();
    }
    if (auto page = iq::wire::parsePullReply(body); page.ok()) {
        for (const iq::wire::Record& record : page.value().records) {
            if (!iq::wire::isKnownEntity(record.entity))
                abort();
            checkPayload(record);
        }
    } else if (page.errorMessage().isEmpty()) {
        abort();
    }
    iq::wire::parseError(body);
    if (auto seconds = iq::wire::parseRetryAfter(body.left(64));
        seconds && (*seconds < 0 || *seconds > 86400))
        abort();
    return 0;
}
