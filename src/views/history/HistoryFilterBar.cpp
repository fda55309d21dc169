#include "views/history/HistoryFilterBar.h"

#include "core/actions/CampaignActions.h"
#include "core/profile/Profile.h"
#include "core/store/ChangeNotifier.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace iq {
namespace {

// A date field whose lowest date stands for "no limit", shown as the special text.
QDateEdit* makeDateField(const QString& accessibleName, QWidget* parent) {
    auto* field = new QDateEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setCalendarPopup(true);
    field->setMinimumDate(QDate(2000, 1, 1));
    field->setSpecialValueText(HistoryFilterBar::tr("Any date"));
    field->setDate(field->minimumDate());
    // The text field inside takes the focus: it carries the name too.
    if (auto* text = field->findChild<QLineEdit*>())
        text->setAccessibleName(accessibleName);
    return field;
}

QDate chosenDate(const QDateEdit* field) {
    return field->date() == field->minimumDate() ? QDate() : field->date();
}

} // namespace

HistoryFilterBar::HistoryFilterBar(Profile& profile, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile) {
    m_campaign = new QComboBox(this);
    m_campaign->setAccessibleName(tr("Campaign filter"));
    // Long campaign names are cut rather than pushing the other filters out of the row.
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(14);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(kind == Kind::Messages ? tr("Status filter") : tr("Outcome filter"));
    addStatuses(kind);
    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel filter"));
    m_channel->addItem(tr("All channels"), QString());
    m_channel->addItem(tr("SMS"), QStringLiteral("sms"));
    m_channel->addItem(tr("E-mail"), QStringLiteral("email"));
    m_channel->addItem(tr("Voice"), QStringLiteral("voice"));
    m_channel->setVisible(kind == Kind::Messages);
    m_since = makeDateField(tr("From date"), this);
    m_until = makeDateField(tr("To date"), this);
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(kind == Kind::Messages ? tr("Search name, number, address or text")
                                                        : tr("Search name or number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 14);
    m_error = new QPushButton(this);
    m_error->hide();
    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setAccessibleName(tr("Clear filters"));

    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_since);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_until);
    for (QLabel* label : {fromLabel, toLabel}) {
        // A little room after the text: a kerned "To" is measured narrower than it is drawn.
        label->setMinimumWidth(label->sizeHint().width() + label->fontMetrics().averageCharWidth());
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_campaign);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_channel);
    layout->addWidget(fromLabel);
    layout->addWidget(m_since);
    layout->addWidget(toLabel);
    layout->addWidget(m_until);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_clear);

    reloadCampaigns();
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &HistoryFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    for (QComboBox* box : {m_campaign, m_status, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    for (QDateEdit* field : {m_since, m_until})
        connect(field, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    connect(m_clear, &QPushButton::clicked, this, &HistoryFilterBar::clear);
    connect(m_error, &QPushButton::clicked, this, [this] {
        setErrorCode({}, {});
        changed();
    });
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity) {
        if (entity == Entity::Campaign || entity == Entity::Any)
            reloadCampaigns();
    });
}

void HistoryFilterBar::addStatuses(Kind kind) {
    if (kind == Kind::Messages) {
        m_status->addItem(tr("Any status"), QString());
        m_status->addItem(tr("Delivered"), QStringLiteral("delivered"));
        m_status->addItem(tr("Failed or undeliverable"), QStringLiteral("failed,undeliverable"));
        m_status->addItem(tr("Sent, not confirmed yet"), QStringLiteral("sent"));
        m_status->addItem(tr("Queued"), QStringLiteral("queued"));
        m_status->addItem(tr("Held for quiet hours"), QStringLiteral("held"));
        m_status->addItem(tr("Not sent"), QStringLiteral("skipped"));
        return;
    }
    m_status->addItem(tr("Any call"), QString());
    m_status->addItem(tr("Answered"), QStringLiteral("answered"));
    m_status->addItem(tr("Left on voicemail"), QStringLiteral("voicemail"));
    m_status->addItem(tr("Not answered or busy"), QStringLiteral("no_answer,busy"));
    m_status->addItem(tr("Incoming"), QStringLiteral("inbound"));
    m_status->addItem(tr("Outgoing"), QStringLiteral("outbound,campaign"));
    m_status->addItem(tr("Missed"), QStringLiteral("missed"));
}

void HistoryFilterBar::reloadCampaigns() {
    const QString chosen = m_campaign->currentData().toString();
    auto campaigns = CampaignActions(m_profile, nullptr).list();
    m_quiet = true;
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"), QString());
    if (campaigns) {
        for (const Campaign& c : std::as_const(campaigns.value())) {
            if (c.status != QLatin1String("draft") || c.waitingToSend)
                m_campaign->addItem(c.name, c.id);
        }
    }
    const int index = m_campaign->findData(chosen);
    m_campaign->setCurrentIndex(qMax(0, index));
    m_quiet = false;
    if (index < 0 && !chosen.isEmpty())
        changed(); // the chosen campaign is gone
}

void HistoryFilterBar::clear() {
    m_quiet = true;
    m_campaign->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_since->setDate(m_since->minimumDate());
    m_until->setDate(m_until->minimumDate());
    m_search->clear();
    m_typing.stop();
    setErrorCode({}, {});
    m_quiet = false;
    changed();
}

HistoryFilter HistoryFilterBar::filter() const {
    HistoryFilter filter;
    filter.campaignId = m_campaign->currentData().toString();
    filter.statuses = m_status->currentData().toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (m_channel->isVisibleTo(this))
        filter.channel = m_channel->currentData().toString();
    if (const QDate since = chosenDate(m_since); since.isValid())
        filter.since = since.startOfDay();
    // The To date includes its whole day.
    if (const QDate until = chosenDate(m_until); until.isValid())
        filter.until = until.addDays(1).startOfDay();
    filter.search = m_search->text().trimmed();
    if (!m_errorCode.isEmpty())
        filter.errorCodes = {m_errorCode};
    return filter;
}

void HistoryFilterBar::showOnly(const QStringList& statuses, const QString& label, const QString& errorCode,
                                const QString& errorLabel) {
    m_quiet = true;
    const QString wanted = statuses.join(QLatin1Char(','));
    int index = m_status->findData(wanted);
    if (index < 0) {
        m_status->addItem(label, wanted);
        index = m_status->count() - 1;
    }
    m_status->setCurrentIndex(index);
    setErrorCode(errorCode, errorLabel);
    m_quiet = false;
    changed();
}

void HistoryFilterBar::setErrorCode(const QString& code, const QString& label) {
    m_errorCode = code;
    const QString meaning = label.isEmpty() || label == code ? code : tr("%1 (%2)").arg(label, code);
    m_error->setText(tr("Error %1 ✕").arg(code));
    m_error->setToolTip(
        tr("Only messages that failed with: %1. Press to show every error again.").arg(meaning));
    m_error->setAccessibleName(tr("Error filter: %1. Press to remove it").arg(meaning));
    m_error->setVisible(!code.isEmpty());
}

void HistoryFilterBar::changed() {
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

} // namespace iq
