#include "models/CampaignReportModel.h"

#include "core/profile/Profile.h"

#include <QLocale>

namespace iq {

CampaignReportModel::CampaignReportModel(Profile& profile, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actions(profile.database()) {
    // A sync brings statuses in bursts: one reload after them.
    m_reload.setSingleShot(true);
    m_reload.setInterval(200);
    connect(&m_reload, &QTimer::timeout, this, &CampaignReportModel::reload);
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity) {
        if (!m_campaignId.isEmpty() && (entity == Entity::Message || entity == Entity::Consent ||
                                        entity == Entity::Campaign || entity == Entity::Any)) {
            if (m_active)
                m_reload.start();
            else
                m_stale = true;
        }
    });
}

void CampaignReportModel::setCampaign(const QString& campaignId) {
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    if (m_active)
        reload();
    else
        m_stale = true;
}

void CampaignReportModel::setActive(bool active) {
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void CampaignReportModel::reload() {
    m_reload.stop();
    m_stale = false;
    beginResetModel();
    m_report = CampaignReport();
    QString failure;
    if (!m_campaignId.isEmpty()) {
        auto report = m_actions.report(m_campaignId);
        if (report)
            m_report = report.value();
        else
            failure = report.errorMessage();
    }
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

QStringList CampaignReportModel::statusesOf(Row row) {
    switch (row) {
    case Delivered:
        return {QStringLiteral("delivered")};
    case Failed:
        return {QStringLiteral("failed")};
    case Undeliverable:
        return {QStringLiteral("undeliverable")};
    case Pending:
        return {QStringLiteral("queued"), QStringLiteral("held"), QStringLiteral("sent")};
    case Skipped:
        return {QStringLiteral("skipped")};
    default:
        return {};
    }
}

QString CampaignReportModel::figureName(Row row) {
    switch (row) {
    case Delivered:
        return tr("Delivered");
    case Failed:
        return tr("Failed");
    case Undeliverable:
        return tr("Undeliverable");
    case Pending:
        return tr("Still pending");
    case Skipped:
        return tr("Not sent");
    case OptedOut:
        return tr("Opted out since");
    case Replied:
        return tr("Replied");
    default:
        return {};
    }
}

QString CampaignReportModel::rateText(double percent) {
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
}

int CampaignReportModel::countOf(Row row) const {
    switch (row) {
    case Delivered:
        return m_report.delivered;
    case Failed:
        return m_report.failed;
    case Undeliverable:
        return m_report.undeliverable;
    case Pending:
        return m_report.pending;
    case Skipped:
        return m_report.skipped;
    case OptedOut:
        return m_report.optedOut;
    case Replied:
        return m_report.replies;
    default:
        return 0;
    }
}

// Message outcomes are shares of the messages; opt-outs and replies, of those delivered.
int CampaignReportModel::wholeOf(Row row) const {
    return row == OptedOut || row == Replied ? m_report.delivered : m_report.messages;
}

int CampaignReportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_campaignId.isEmpty() ? 0 : RowCount;
}

int CampaignReportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignReportModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = Row(index.row());
    if (role == StatusesRole)
        return statusesOf(row);
    if (role == Qt::TextAlignmentRole && index.column() != Figure)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Figure:
        return figureName(row);
    case Count:
        return QLocale().toString(countOf(row));
    case Rate:
        return rateText(CampaignReport::rate(countOf(row), wholeOf(row)));
    default:
        return {};
    }
}

QVariant CampaignReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Figure:
        return tr("Figure");
    case Count:
        return tr("Count");
    case Rate:
        return tr("Rate");
    default:
        return {};
    }
}

} // namespace iq
