#pragma once

#include "server/api/ApiError.h"

namespace iq {
class Clock;
}

namespace iq::server {

class ServerDatabase;

// The demo account (docs/api.md): an e-mail and password a newcomer can sign in with, and a small
// shop's contacts, groups, memberships and message templates. Created once; left alone afterwards.
class DemoData final {
public:
    static constexpr const char* kEmail = "demo@iqmessaging.example";
    static constexpr const char* kPassword = "demo-password";

    static Outcome<QString> ensure(ServerDatabase& database, const Clock& clock);
};

} // namespace iq::server
