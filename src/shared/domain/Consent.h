#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace iq {

enum class ConsentState { Unknown, OptedIn, OptedOut, Pending };
enum class Channel { Sms, Email, Voice };
// How a consent change was obtained, as the ledger records it.
enum class ConsentMethod { Import, Keyword, WebForm, Paper, Manual, Sync, Merge };

// Stored and wire spellings ("opted_in", "sms", "web_form"), stable across versions.
QString toStorage(ConsentState state);
QString toStorage(Channel channel);
QString toStorage(ConsentMethod method);
std::optional<ConsentState> consentStateFromStorage(const QString& text);
std::optional<Channel> channelFromStorage(const QString& text);
std::optional<ConsentMethod> consentMethodFromStorage(const QString& text);
// Accepts the storage spelling and the command-line one ("opted-in").
std::optional<ConsentState> parseConsentState(QString text);

// Every consent state.
inline constexpr ConsentState kConsentStates[] = {ConsentState::Unknown, ConsentState::OptedIn,
                                                  ConsentState::OptedOut, ConsentState::Pending};

// Words for a person; translated.
QString displayName(ConsentState state);
// The words of every state, in the order of kConsentStates.
QStringList consentDisplayNames();

// When two records disagree, the one that protects the person wins.
ConsentState stricter(ConsentState a, ConsentState b);

} // namespace iq
