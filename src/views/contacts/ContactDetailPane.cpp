#include "views/contacts/ContactDetailPane.h"

#include "core/actions/ConsentActions.h"
#include "core/actions/ContactActions.h"
#include "models/ColourRoles.h"
#include "models/ContactTimelineModel.h"
#include "shared/phone/PhoneNumbers.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace iq {
namespace {

QString phoneTypeText(const QString& type) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("iq::ContactDetailPane", "mobile")},
        {QStringLiteral("fixed_line"), QT_TRANSLATE_NOOP("iq::ContactDetailPane", "landline")},
        {QStringLiteral("fixed_line_or_mobile"),
         QT_TRANSLATE_NOOP("iq::ContactDetailPane", "mobile or landline")},
        {QStringLiteral("toll_free"), QT_TRANSLATE_NOOP("iq::ContactDetailPane", "toll free")},
        {QStringLiteral("voip"), QT_TRANSLATE_NOOP("iq::ContactDetailPane", "VoIP")},
    };
    const char* name = names.value(type, nullptr);
    return name ? QCoreApplication::translate("iq::ContactDetailPane", name) : type;
}

QString methodText(ConsentMethod method) {
    switch (method) {
    case ConsentMethod::Import:
        return ContactDetailPane::tr("imported");
    case ConsentMethod::Keyword:
        return ContactDetailPane::tr("keyword reply");
    case ConsentMethod::WebForm:
        return ContactDetailPane::tr("web form");
    case ConsentMethod::Paper:
        return ContactDetailPane::tr("paper form");
    case ConsentMethod::Manual:
        return ContactDetailPane::tr("in person or by phone");
    case ConsentMethod::Sync:
        return ContactDetailPane::tr("from another device");
    case ConsentMethod::Merge:
        return ContactDetailPane::tr("merged contacts");
    }
    return toStorage(method);
}

QString channelText(Channel channel) {
    switch (channel) {
    case Channel::Sms:
        return ContactDetailPane::tr("All SMS");
    case Channel::Email:
        return ContactDetailPane::tr("All e-mail");
    case Channel::Voice:
        return ContactDetailPane::tr("All voice calls");
    }
    return toStorage(channel);
}

} // namespace

ContactDetailPane::ContactDetailPane(Profile& profile, const PhoneNumbers& phoneNumbers, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_phoneNumbers(phoneNumbers) {
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Contact details"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setTextFormat(Qt::RichText);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Contact details"));

    auto* historyTitle = new QLabel(tr("<b>Consent history</b>"), this);
    m_history = new QTreeWidget(this);
    m_history->setAccessibleName(tr("Consent history"));
    m_history->setRootIsDecorated(false);
    // The pane is narrow and the sources are sentences: one entry a row, its parts on lines of their
    // own that wrap, rather than five columns that cannot all show.
    m_history->setColumnCount(1);
    m_history->setHeaderHidden(true);
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->header()->setStretchLastSection(true);
    m_history->viewport()->installEventFilter(this);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(scroll, 3);
    detailsLayout->addWidget(historyTitle);
    detailsLayout->addWidget(m_history, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Contact"));
    m_tabs->tabBar()->setAccessibleName(tr("Details or timeline"));
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(makeTimeline(), tr("Timeline"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_tabs);
    showContact({});
}

QWidget* ContactDetailPane::makeTimeline() {
    m_timelineModel = new ContactTimelineModel(m_profile, this);
    m_timeline = new QTreeView(this);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setAccessibleDescription(
        tr("Everything between the business and this person, newest first: messages, calls, replies, "
           "consent changes, imports and merges."));
    m_timeline->setModel(m_timelineModel);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->header()->setSectionResizeMode(ContactTimelineModel::Time, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(ContactTimelineModel::Kind, QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    return m_timeline;
}

void ContactDetailPane::showContact(const QString& contactId) {
    m_contactId = contactId;
    m_timelineModel->setContactId(contactId);
    m_history->clear();
    if (contactId.isEmpty()) {
        m_summary->setText(tr("<p>Select a contact to see their numbers, groups and consent.</p>"));
        return;
    }
    ContactActions contacts(m_profile, QStringLiteral("desktop"));
    auto contact = contacts.get(contactId);
    if (!contact) {
        m_summary->setText(contact.errorMessage().toHtmlEscaped());
        return;
    }
    const Contact& c = contact.value();
    QString html = QStringLiteral("<h2>%1</h2>").arg(c.shownName().toHtmlEscaped());
    if (!c.organization.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(c.organization.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Numbers"));
    if (c.phones.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No numbers."));
    for (const ContactPhone& phone : c.phones) {
        const PhoneNumberInfo info = m_phoneNumbers.parse(phone.raw);
        QString line = (info.valid ? info.international : phone.raw).toHtmlEscaped();
        if (!phone.label.isEmpty())
            line = phone.label.toHtmlEscaped() + QStringLiteral(": ") + line;
        line +=
            info.valid
                ? QStringLiteral(" <i>(%1)</i>").arg(phoneTypeText(info.type))
                : QStringLiteral(" ") +
                      colouredHtml(ColourRole::ErrorText,
                                   tr("Invalid, kept as typed: %1").arg(info.problemText()).toHtmlEscaped());
        html += QStringLiteral("<div>%1</div>").arg(line);
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("E-mail"));
    if (c.emails.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No e-mail addresses."));
    for (const ContactEmail& email : c.emails)
        html +=
            QStringLiteral("<div>%1%2</div>")
                .arg(email.label.isEmpty() ? QString() : email.label.toHtmlEscaped() + QStringLiteral(": "),
                     email.address.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Groups"));
    auto memberships = contacts.memberships(contactId);
    if (!memberships || memberships.value().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("In no group."));
    else
        for (const GroupMembership& membership : memberships.value())
            html += QStringLiteral("<div>%1 — %2</div>")
                        .arg(membership.groupName.toHtmlEscaped(),
                             displayName(membership.consent).toHtmlEscaped());
    if (!c.customFields.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Custom fields"));
        for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
            html += QStringLiteral("<div>%1: %2</div>")
                        .arg(it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
    }
    if (!c.notes.isEmpty())
        html +=
            QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Notes"), c.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_summary->setText(html);

    auto history = ConsentActions(m_profile, QStringLiteral("desktop")).history(contactId);
    if (!history)
        return;
    // Newest first: the current state is at the top.
    for (auto entry = history.value().crbegin(); entry != history.value().crend(); ++entry) {
        const ConsentChange& change = entry->change;
        QString scope;
        if (change.channel)
            scope = channelText(*change.channel);
        else
            scope = entry->groupName.isEmpty() ? tr("(deleted group)") : entry->groupName;
        QStringList lines = {
            tr("%1 — %2").arg(displayName(change.state), scope),
            tr("%1, %2").arg(QLocale().toString(change.recordedAt.toLocalTime(), QLocale::ShortFormat),
                             methodText(change.method))};
        if (!change.source.isEmpty())
            lines << change.source;
        auto* item = new QTreeWidgetItem(m_history, {lines.join(QLatin1Char('\n'))});
        item->setToolTip(0, lines.join(QLatin1Char('\n')));
    }
    fitHistoryRows();
}

void ContactDetailPane::fitHistoryRows() {
    // Each entry as tall as its lines wrapped at the list's width: the view's own estimate is made
    // before the width is known and cuts the last lines off.
    const int margin = m_history->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_history) + 1;
    const int width = std::max(40, m_history->viewport()->width() - 2 * margin - 2);
    const QFontMetrics metrics(m_history->font());
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_history->topLevelItem(i);
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                                  Qt::TextWordWrap | Qt::TextWrapAnywhere, item->text(0));
        const QSize hint(width, bounds.height() + 2 * margin);
        if (item->sizeHint(0) != hint)
            item->setSizeHint(0, hint);
    }
}

bool ContactDetailPane::eventFilter(QObject* watched, QEvent* event) {
    // Wrapped entries take another height at another width: lay them out again.
    if (watched == m_history->viewport() && event->type() == QEvent::Resize)
        fitHistoryRows();
    return QWidget::eventFilter(watched, event);
}

void ContactDetailPane::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Another theme: the invalid numbers' words take its error colour.
    if (event->type() == QEvent::PaletteChange && m_summary)
        showContact(m_contactId);
}

} // namespace iq
