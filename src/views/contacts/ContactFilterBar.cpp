#include "views/contacts/ContactFilterBar.h"

#include "core/actions/ContactActions.h"
#include "core/profile/Profile.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace iq {

ContactFilterBar::ContactFilterBar(Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile) {
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, numbers and e-mails (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setClearButtonEnabled(true);

    m_group = new QComboBox(this);
    m_group->setAccessibleName(tr("Filter by group"));
    m_group->setMinimumContentsLength(16);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_consent = new QComboBox(this);
    m_consent->setAccessibleName(tr("Filter by consent"));
    m_consent->addItem(tr("Any consent"), QString());
    for (ConsentState state :
         {ConsentState::OptedIn, ConsentState::Pending, ConsentState::OptedOut, ConsentState::Unknown})
        m_consent->addItem(displayName(state), toStorage(state));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_group);
    layout->addWidget(m_consent);

    m_typing.setSingleShot(true);
    m_typing.setInterval(120);
    connect(&m_typing, &QTimer::timeout, this, &ContactFilterBar::applyNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, &ContactFilterBar::applyNow);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &ContactFilterBar::applyNow);
    connect(&profile.notifier(), &ChangeNotifier::changed, this, [this](Entity entity, const QStringList&) {
        if (entity == Entity::Group || entity == Entity::Any)
            reloadGroups();
    });
    reloadGroups();
}

void ContactFilterBar::reloadGroups() {
    const QString current = m_group->currentData().toString();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    auto groups = ContactActions(m_profile, QStringLiteral("desktop")).groups();
    if (groups) {
        for (const Group& group : groups.value())
            m_group->addItem(group.name, group.id);
    }
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        applyNow();
}

ContactFilter ContactFilterBar::filter() const {
    ContactFilter filter;
    filter.search = m_search->text();
    filter.groupId = m_group->currentData().toString();
    filter.consent = consentStateFromStorage(m_consent->currentData().toString());
    return filter;
}

void ContactFilterBar::applyNow() {
    m_typing.stop();
    Q_EMIT filterChanged(filter());
}

} // namespace iq
