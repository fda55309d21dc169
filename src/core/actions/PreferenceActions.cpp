#include "core/actions/PreferenceActions.h"

#include "core/account/SyncController.h"
#include "core/campaign/CampaignPreflight.h"
#include "core/profile/Profile.h"
#include "core/store/Database.h"
#include "core/store/Settings.h"
#include "shared/phone/PhoneNumbers.h"

#include <QLocale>
#include <QRegularExpression>

namespace iq {
namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

} // namespace

bool ProfilePreferences::operator==(const ProfilePreferences& other) const {
    return defaultRegion == other.defaultRegion && sendWindow == other.sendWindow &&
           syncIntervalMinutes == other.syncIntervalMinutes && retentionMonths == other.retentionMonths;
}

ProfilePreferences PreferenceActions::load() {
    ProfilePreferences preferences;
    preferences.defaultRegion = m_profile.setting(PhoneNumbers::regionSettingKey()).trimmed().toUpper();
    // The pre-flight's own reading, so the dialog shows the window campaigns use.
    preferences.sendWindow = PreflightSettings::load(m_profile).quietHours;
    bool ok = false;
    const int minutes = m_profile.setting(SyncController::intervalSettingKey()).toInt(&ok);
    if (ok && minutes > 0)
        preferences.syncIntervalMinutes = minutes;
    const int months = m_profile.setting(retentionSettingKey()).toInt(&ok);
    if (ok && months >= 0)
        preferences.retentionMonths = months;
    return preferences;
}

Status PreferenceActions::validate(const ProfilePreferences& preferences) {
    static const QRegularExpression regionCode(QStringLiteral("^[A-Z]{2}$"));
    if (!preferences.defaultRegion.isEmpty() && !regionCode.match(preferences.defaultRegion).hasMatch())
        return Error::make(Error::Code::InvalidInput,
                           tr("The default region must be a two-letter country code such as US, not \"%1\".")
                               .arg(preferences.defaultRegion));
    if (!preferences.sendWindow.isValid())
        return Error::make(Error::Code::InvalidInput,
                           tr("Quiet hours: the sending window must start before it ends (%1 to %2).")
                               .arg(preferences.sendWindow.start.toString(kTimeFormat),
                                    preferences.sendWindow.end.toString(kTimeFormat)));
    if (preferences.syncIntervalMinutes < 1 || preferences.syncIntervalMinutes > kMaxSyncIntervalMinutes)
        return Error::make(
            Error::Code::InvalidInput,
            tr("The sync interval must be between 1 and %1 minutes.").arg(kMaxSyncIntervalMinutes));
    if (preferences.retentionMonths < 0 || preferences.retentionMonths > kMaxRetentionMonths)
        return Error::make(
            Error::Code::InvalidInput,
            tr("Message history is kept between 1 and %1 months, or for ever.").arg(kMaxRetentionMonths));
    return {};
}

Status PreferenceActions::save(const ProfilePreferences& preferences) {
    if (Status valid = validate(preferences); !valid)
        return valid;
    Database& database = m_profile.database();
    return database.transaction([&]() -> Status {
        Settings settings(database);
        const QString window = preferences.sendWindow.start.toString(kTimeFormat) + QLatin1Char('-') +
                               preferences.sendWindow.end.toString(kTimeFormat);
        for (const auto& [key, value] :
             {std::pair{PhoneNumbers::regionSettingKey(), preferences.defaultRegion},
              std::pair{PreflightSettings::quietHoursKey(), window},
              std::pair{SyncController::intervalSettingKey(),
                        QString::number(preferences.syncIntervalMinutes)},
              std::pair{retentionSettingKey(), QString::number(preferences.retentionMonths)}}) {
            if (Status saved = settings.setValue(key, value); !saved)
                return saved;
        }
        return {};
    });
}

} // namespace iq
