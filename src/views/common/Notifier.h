#pragma once

#include "core/actions/ActivityFeed.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QSystemTrayIcon;

namespace iq {

class Profile;

// Where a desktop notification goes.
class NotificationSink {
public:
    virtual ~NotificationSink() = default;
    virtual void show(const QString& title, const QString& body) = 0;
};

// The desktop's notifications: the freedesktop notification service over D-Bus where one runs, else a
// balloon of a tray icon where there is a tray, else nothing.
class SystemNotifications final : public NotificationSink {
public:
    SystemNotifications();
    ~SystemNotifications() override;
    Q_DISABLE_COPY_MOVE(SystemNotifications)

    void show(const QString& title, const QString& body) override;

private:
    bool showOverDBus(const QString& title, const QString& body);
    std::unique_ptr<QSystemTrayIcon> m_tray;
};

// Tells the owner, by a desktop notification, when a campaign finishes or fails and when opt-outs
// arrive by sync. Each kind can be turned off with its setting (QSettings, true by default). Looks when
// the profile says campaigns or consent changed, once a burst of changes has passed.
class Notifier final : public QObject {
    Q_OBJECT
public:
    static QString campaignFinishedKey() { return QStringLiteral("notifications/campaignFinished"); }
    static QString optOutsKey() { return QStringLiteral("notifications/optOuts"); }

    // What is in the profile now is not news. sink outlives the notifier.
    Notifier(Profile& profile, NotificationSink& sink, QObject* parent = nullptr);

    // The words of the notifications.
    static QString campaignTitle(const CampaignEnded& campaign);
    static QString campaignBody(const CampaignEnded& campaign);
    static QString optOutTitle(const QList<OptOutArrival>& arrivals);
    static QString optOutBody(const QList<OptOutArrival>& arrivals);

public Q_SLOTS:
    // Looks for news now.
    void check();

private:
    static bool enabled(const QString& key);

    ActivityFeed m_feed;
    NotificationSink& m_sink;
    QTimer m_settle;
};

} // namespace iq
