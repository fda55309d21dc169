#pragma once

#include "shared/campaign/QuietHours.h"
#include "shared/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iq {

class Profile;

// What belongs to a profile rather than to the computer, kept in its `settings` table where the
// readers already look: numbers without a country code, the hours marketing may be sent in, how
// often the account syncs, and how long message history is kept.
struct ProfilePreferences {
    QString defaultRegion;                 // ISO 3166 code, e.g. "US"; empty: the system's country
    campaign::QuietHoursPolicy sendWindow; // marketing goes out only inside it (recipient's time)
    int syncIntervalMinutes = 5;
    int retentionMonths = 0; // 0: keep the message history for ever

    bool operator==(const ProfilePreferences& other) const;
};

// Reads and saves a profile's preferences for the settings dialog (and any front end), with the
// checks that make a value usable by its reader.
class PreferenceActions final {
    Q_DECLARE_TR_FUNCTIONS(iq::PreferenceActions)
public:
    explicit PreferenceActions(Profile& profile)
        : m_profile(profile) {}

    ProfilePreferences load();
    // One transaction; InvalidInput naming the value when one is unusable, nothing saved then.
    Status save(const ProfilePreferences& preferences);
    static Status validate(const ProfilePreferences& preferences);

    static QString retentionSettingKey() { return QStringLiteral("history.retention_months"); }
    static constexpr int kMaxSyncIntervalMinutes = 24 * 60;
    static constexpr int kMaxRetentionMonths = 120;

private:
    Profile& m_profile;
};

} // namespace iq
