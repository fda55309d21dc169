#include "shared/domain/Consent.h"

namespace iq {

QString toStorage(ConsentState state) {
    switch (state) {
    case ConsentState::OptedIn:
        return QStringLiteral("opted_in");
    case ConsentState::OptedOut:
        return QStringLiteral("opted_out");
    case ConsentState::Pending:
        return QStringLiteral("pending");
    case ConsentState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString toStorage(Channel channel) {
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Voice:
        return QStringLiteral("voice");
    case Channel::Sms:
        break;
    }
    return QStringLiteral("sms");
}

QString toStorage(ConsentMethod method) {
    switch (method) {
    case ConsentMethod::Import:
        return QStringLiteral("import");
    case ConsentMethod::Keyword:
        return QStringLiteral("keyword");
    case ConsentMethod::WebForm:
        return QStringLiteral("web_form");
    case ConsentMethod::Paper:
        return QStringLiteral("paper");
    case ConsentMethod::Sync:
        return QStringLiteral("sync");
    case ConsentMethod::Merge:
        return QStringLiteral("merge");
    case ConsentMethod::Manual:
        break;
    }
    return QStringLiteral("manual");
}

std::optional<ConsentState> consentStateFromStorage(const QString& text) {
    for (ConsentState state : kConsentStates) {
        if (toStorage(state) == text)
            return state;
    }
    return std::nullopt;
}

std::optional<Channel> channelFromStorage(const QString& text) {
    for (Channel channel : {Channel::Sms, Channel::Email, Channel::Voice}) {
        if (toStorage(channel) == text)
            return channel;
    }
    return std::nullopt;
}

std::optional<ConsentMethod> consentMethodFromStorage(const QString& text) {
    for (ConsentMethod method :
         {ConsentMethod::Import, ConsentMethod::Keyword, ConsentMethod::WebForm, ConsentMethod::Paper,
          ConsentMethod::Manual, ConsentMethod::Sync, ConsentMethod::Merge}) {
        if (toStorage(method) == text)
            return method;
    }
    return std::nullopt;
}

std::optional<ConsentState> parseConsentState(QString text) {
    return consentStateFromStorage(text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
}

QStringList consentDisplayNames() {
    QStringList names;
    for (ConsentState state : kConsentStates)
        names << displayName(state);
    return names;
}

QString displayName(ConsentState state) {
    switch (state) {
    case ConsentState::OptedIn:
        return QCoreApplication::translate("iq::Consent", "Opted in");
    case ConsentState::OptedOut:
        return QCoreApplication::translate("iq::Consent", "Opted out");
    case ConsentState::Pending:
        return QCoreApplication::translate("iq::Consent", "Pending");
    case ConsentState::Unknown:
        break;
    }
    return QCoreApplication::translate("iq::Consent", "Unknown");
}

ConsentState stricter(ConsentState a, ConsentState b) {
    auto rank = [](ConsentState s) {
        switch (s) {
        case ConsentState::OptedOut:
            return 3;
        case ConsentState::Pending:
            return 2;
        case ConsentState::Unknown:
            return 1;
        case ConsentState::OptedIn:
            break;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace iq
