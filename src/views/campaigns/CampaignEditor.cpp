#include "views/campaigns/CampaignEditor.h"

#include "core/actions/ContentActions.h"
#include "core/profile/Profile.h"
#include "core/store/GroupBrowser.h"
#include "models/CampaignListModel.h"
#include "shared/sms/SmsSegments.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace iq {
namespace {

QListWidget* makeGroupList(const QString& accessibleName, QWidget* parent) {
    auto* list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    list->setMinimumHeight(90);
    list->setMaximumHeight(200);
    return list;
}

QStringList checkedIds(const QListWidget* list) {
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

// The next full hour at least an hour from now: a sensible first schedule.
QDateTime nextFullHour() {
    QDateTime when = QDateTime::currentDateTime().addSecs(3600);
    when.setTime(QTime(when.time().hour(), 0));
    return when;
}

} // namespace

CampaignEditor::CampaignEditor(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile) {
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setPlaceholderText(tr("Spring sale, appointment reminder…"));

    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel"));
    for (Channel channel : {Channel::Sms, Channel::Email, Channel::Voice})
        m_channel->addItem(CampaignListModel::channelName(channel), int(channel));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of message"));
    m_kind->addItem(tr("Marketing: needs consent, waits for quiet hours to end"),
                    int(campaign::CampaignKind::Marketing));
    m_kind->addItem(tr("Transactional: reminders and notices, sent at once"),
                    int(campaign::CampaignKind::Transactional));

    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Saved template"));
    m_subjectLabel = new QLabel(tr("Subj&ect:"), this);
    m_subject = new QLineEdit(this);
    m_subject->setAccessibleName(tr("E-mail subject"));
    m_subjectLabel->setBuddy(m_subject);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(
        tr("Hi {{first_name}}, …  Fields in double braces are filled in for each person."));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(200);
    m_counter = new QLabel(this);
    m_counter->setAccessibleName(tr("Length of the message"));
    m_counter->setWordWrap(true);

    m_groups = makeGroupList(tr("Groups to send to"), this);
    m_exclude = makeGroupList(tr("Groups to leave out"), this);
    m_singleContacts = new QLabel(this);
    m_singleContacts->setAccessibleName(tr("Single contacts"));
    m_singleContacts->hide();

    m_schedule = new QCheckBox(tr("Send &later, at:"), this);
    m_schedule->setAccessibleName(tr("Schedule for later"));
    m_when = new QDateTimeEdit(nextFullHour(), this);
    m_when->setAccessibleName(tr("Send at"));
    m_when->setCalendarPopup(true);
    m_when->setEnabled(false);
    m_zone = new QComboBox(this);
    m_zone->setAccessibleName(tr("Time zone of the schedule"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    m_zone->addItem(QString::fromUtf8(systemZone));
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds()) {
        if (zone != systemZone)
            m_zone->addItem(QString::fromUtf8(zone));
    }
    m_zone->setEnabled(false);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);

    auto* channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel);
    channelRow->addWidget(m_kind, 1);
    auto* audience = new QGridLayout;
    auto* includeLabel = new QLabel(tr("Send to the mem&bers of:"), this);
    includeLabel->setBuddy(m_groups);
    auto* excludeLabel = new QLabel(tr("But n&ot to the members of:"), this);
    excludeLabel->setBuddy(m_exclude);
    audience->addWidget(includeLabel, 0, 0);
    audience->addWidget(excludeLabel, 0, 1);
    audience->addWidget(m_groups, 1, 0);
    audience->addWidget(m_exclude, 1, 1);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_schedule);
    whenRow->addWidget(m_when);
    whenRow->addWidget(m_zone, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Channel:"), channelRow);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(QString(), m_counter);
    form->addRow(tr("Audience:"), audience);
    form->addRow(QString(), m_singleContacts);
    form->addRow(tr("When:"), whenRow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &CampaignEditor::markChanged);
    connect(m_subject, &QLineEdit::textEdited, this, &CampaignEditor::markChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        markChanged();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        updateChannel();
        markChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignEditor::markChanged);
    connect(m_template, &QComboBox::activated, this, &CampaignEditor::applyTemplate);
    connect(m_groups, &QListWidget::itemChanged, this, &CampaignEditor::markChanged);
    connect(m_exclude, &QListWidget::itemChanged, this, &CampaignEditor::markChanged);
    connect(m_schedule, &QCheckBox::toggled, this, [this](bool later) {
        m_when->setEnabled(later && m_schedule->isEnabled());
        m_zone->setEnabled(later && m_schedule->isEnabled());
        markChanged();
    });
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &CampaignEditor::markChanged);
    connect(m_zone, &QComboBox::currentTextChanged, this, &CampaignEditor::markChanged);
    clear();
}

void CampaignEditor::markChanged() {
    if (m_loading)
        return;
    m_modified = true;
    Q_EMIT changed();
}

void CampaignEditor::clear() {
    Campaign fresh;
    fresh.name = tr("New campaign");
    setCampaign(fresh);
}

void CampaignEditor::setCampaign(const Campaign& campaign) {
    m_loading = true;
    m_name->setText(campaign.name);
    m_channel->setCurrentIndex(m_channel->findData(int(campaign.channel)));
    m_kind->setCurrentIndex(m_kind->findData(int(campaign.kind)));
    m_subject->setText(campaign.subject);
    m_text->setPlainText(campaign.body);
    loadTemplates(campaign.contentId);
    loadGroups(campaign.audience.groups, campaign.audience.excludeGroups);
    m_contacts = campaign.audience.contacts;
    m_singleContacts->setVisible(!m_contacts.isEmpty());
    m_singleContacts->setText(tr("And %n single contact(s).", nullptr, int(m_contacts.size())));
    m_schedule->setChecked(campaign.scheduledAt.isValid());
    const QTimeZone zone(campaign.timeZone.toUtf8());
    if (campaign.scheduledAt.isValid())
        m_when->setDateTime(zone.isValid() ? campaign.scheduledAt.toTimeZone(zone)
                                           : campaign.scheduledAt.toLocalTime());
    else
        m_when->setDateTime(nextFullHour());
    m_zone->setCurrentText(campaign.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                                       : campaign.timeZone);
    updateChannel();
    updateCounter();
    m_loading = false;
    m_modified = false;
}

void CampaignEditor::loadGroups(const QStringList& included, const QStringList& excluded) {
    auto groups = GroupBrowser(m_profile.database()).summaries();
    for (QListWidget* list : {m_groups, m_exclude}) {
        const QSignalBlocker blocker(list);
        list->clear();
        if (!groups)
            continue;
        const QStringList& checked = list == m_groups ? included : excluded;
        for (const GroupSummary& group : groups.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 (%n member(s))", nullptr, group.members).arg(group.name), list);
            item->setData(Qt::UserRole, group.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(group.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void CampaignEditor::loadTemplates(const QString& selectedId) {
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    m_template->addItem(tr("New text (no template)"), QString());
    auto items = ContentActions(m_profile).list();
    if (items) {
        for (const ContentItem& item : items.value()) {
            if (item.kind == ContentItem::Kind::Snippet)
                continue;
            m_template->addItem(tr("%1 (%2)").arg(item.name, displayName(item.kind)), item.id);
        }
    }
    const int index = m_template->findData(selectedId);
    m_template->setCurrentIndex(index < 0 ? 0 : index);
}

void CampaignEditor::applyTemplate() {
    const QString id = m_template->currentData().toString();
    if (id.isEmpty()) {
        markChanged();
        return;
    }
    auto item = ContentActions(m_profile).get(id);
    if (!item)
        return;
    m_text->setPlainText(item.value().body);
    if (!item.value().subject.isEmpty())
        m_subject->setText(item.value().subject);
    if (item.value().kind == ContentItem::Kind::Email)
        m_channel->setCurrentIndex(m_channel->findData(int(Channel::Email)));
    else if (item.value().kind == ContentItem::Kind::Voice)
        m_channel->setCurrentIndex(m_channel->findData(int(Channel::Voice)));
    else
        m_channel->setCurrentIndex(m_channel->findData(int(Channel::Sms)));
    markChanged();
}

void CampaignEditor::updateChannel() {
    const bool email = Channel(m_channel->currentData().toInt()) == Channel::Email;
    m_subject->setVisible(email);
    m_subjectLabel->setVisible(email);
    updateCounter();
}

void CampaignEditor::updateCounter() {
    const QString text = m_text->toPlainText();
    if (Channel(m_channel->currentData().toInt()) != Channel::Sms) {
        m_counter->setText(tr("%n character(s)", nullptr, int(text.size())));
        return;
    }
    const sms::SegmentCount count = sms::countSegments(text);
    m_counter->setText(tr("%1 characters, %n SMS segment(s) before personalization (%2); the pre-flight "
                          "counts each person's.",
                          nullptr, count.segments)
                           .arg(count.characters)
                           .arg(count.encoding == sms::Encoding::Gsm7 ? tr("GSM-7") : tr("Unicode")));
}

CampaignInput CampaignEditor::input() const {
    CampaignInput input;
    input.name = m_name->text().trimmed();
    input.channel = Channel(m_channel->currentData().toInt());
    input.kind = campaign::CampaignKind(m_kind->currentData().toInt());
    input.text = m_text->toPlainText();
    input.subject = m_subject->text();
    input.groups = checkedIds(m_groups);
    input.excludeGroups = checkedIds(m_exclude);
    input.contacts = m_contacts;
    if (m_schedule->isChecked()) {
        const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
        QDateTime when = m_when->dateTime();
        if (zone.isValid()) {
            when = QDateTime(when.date(), when.time(), zone);
            input.timeZone = m_zone->currentText().trimmed();
        }
        input.scheduledAt = when.toUTC();
    }
    return input;
}

void CampaignEditor::setEditable(bool editable) {
    for (QWidget* widget : std::initializer_list<QWidget*>{m_name, m_channel, m_kind, m_template, m_subject,
                                                           m_groups, m_exclude, m_schedule})
        widget->setEnabled(editable);
    m_text->setReadOnly(!editable);
    m_when->setEnabled(editable && m_schedule->isChecked());
    m_zone->setEnabled(editable && m_schedule->isChecked());
}

} // namespace iq
