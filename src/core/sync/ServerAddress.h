#pragma once

#include "shared/util/Result.h"

#include <QString>
#include <QUrl>

namespace iq {

// The rule for where a token may be sent: https, or plain http only to this computer (a local iqmsgd).
// Over plain http to another host, anyone on the way reads the password and the tokens.
class ServerAddress final {
public:
    // Parses what a user typed or passed to iqm; refuses anything but https and loopback http.
    static Result<QUrl> parse(const QString& text);
    // Whether requests with credentials may go to url (a stored address is checked again before use).
    static Status check(const QUrl& url);
    static bool isLoopback(const QString& host);
};

} // namespace iq
