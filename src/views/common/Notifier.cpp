#include "views/common/Notifier.h"

#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QSystemTrayIcon>

#ifdef IQ_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#endif

namespace iq {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");

// One entry per person: a person may opt out of several channels at once.
QList<OptOutArrival> people(const QList<OptOutArrival>& arrivals) {
    QList<OptOutArrival> result;
    QStringList seen;
    for (const OptOutArrival& arrival : arrivals) {
        if (seen.contains(arrival.contactId))
            continue;
        seen << arrival.contactId;
        result << arrival;
    }
    return result;
}

} // namespace

SystemNotifications::SystemNotifications() = default;
SystemNotifications::~SystemNotifications() = default;

void SystemNotifications::show(const QString& title, const QString& body) {
    if (showOverDBus(title, body))
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = std::make_unique<QSystemTrayIcon>(QApplication::windowIcon());
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

bool SystemNotifications::showOverDBus(const QString& title, const QString& body) {
#ifdef IQ_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService).value())
        return false;
    QDBusInterface notifications(kService, QStringLiteral("/org/freedesktop/Notifications"), kService, bus);
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout); the answer
    // (the notification's id) is not needed, so the call does not wait for it.
    notifications.asyncCall(QStringLiteral("Notify"), QApplication::applicationDisplayName(), 0u,
                            QStringLiteral("iqmessaging"), title, body, QStringList(), QVariantMap(), -1);
    return true;
#else
    Q_UNUSED(title)
    Q_UNUSED(body)
    return false;
#endif
}

Notifier::Notifier(Profile& profile, NotificationSink& sink, QObject* parent)
    : QObject(parent)
    , m_feed(profile.database())
    , m_sink(sink) {
    m_feed.prime();
    // A sync brings many changes in a row: one look after them.
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &Notifier::check);
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity) {
        if (entity == Entity::Campaign || entity == Entity::Consent || entity == Entity::Any)
            m_settle.start();
    });
}

bool Notifier::enabled(const QString& key) {
    return QSettings().value(key, true).toBool();
}

void Notifier::check() {
    m_settle.stop();
    // The feed moves on whether or not a kind is shown: turning it on later does not bring old news.
    auto ended = m_feed.endedCampaigns();
    if (ended && enabled(campaignFinishedKey())) {
        for (const CampaignEnded& campaign : std::as_const(ended.value()))
            m_sink.show(campaignTitle(campaign), campaignBody(campaign));
    }
    auto optOuts = m_feed.newOptOuts();
    if (optOuts && !optOuts.value().isEmpty() && enabled(optOutsKey()))
        m_sink.show(optOutTitle(optOuts.value()), optOutBody(optOuts.value()));
}

QString Notifier::campaignTitle(const CampaignEnded& campaign) {
    return campaign.failed ? tr("Campaign failed") : tr("Campaign sent");
}

QString Notifier::campaignBody(const CampaignEnded& campaign) {
    if (campaign.failed)
        return tr("\"%1\" could not be sent. The Campaigns page says why.").arg(campaign.name);
    const QLocale locale;
    const int delivered = campaign.counts.value(QStringLiteral("delivered")).toInt();
    const int failed = campaign.counts.value(QStringLiteral("failed")).toInt() +
                       campaign.counts.value(QStringLiteral("undeliverable")).toInt();
    return tr("\"%1\" has finished: %2 delivered, %3 not delivered.")
        .arg(campaign.name, locale.toString(delivered), locale.toString(failed));
}

QString Notifier::optOutTitle(const QList<OptOutArrival>& arrivals) {
    return tr("%n new opt-out(s)", nullptr, int(people(arrivals).size()));
}

QString Notifier::optOutBody(const QList<OptOutArrival>& arrivals) {
    const QList<OptOutArrival> who = people(arrivals);
    QStringList names;
    for (qsizetype i = 0; i < who.size() && i < 3; ++i)
        names << (who.at(i).name.isEmpty() ? tr("a contact without a name") : who.at(i).name);
    const int others = int(who.size()) - int(names.size());
    const QString list = QLocale().createSeparatedList(names);
    return others > 0 ? tr("%1 and %n other(s) opted out.", nullptr, others).arg(list)
                      : tr("%1 opted out.").arg(list);
}

} // namespace iq
