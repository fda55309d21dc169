#include "views/contacts/ContactsController.h"

#include "core/actions/ConsentActions.h"
#include "core/profile/Profile.h"
#include "models/ContactEdits.h"
#include "models/ContactsModel.h"
#include "shared/phone/PhoneNumbers.h"
#include "views/import/ContactExportTask.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace iq {

namespace {

// Who the consent ledger says recorded what this page changes.
QString actor() {
    return QStringLiteral("desktop");
}

} // namespace

ContactsController::ContactsController(Profile& profile, ContactsModel& model, QUndoStack& undoStack,
                                       QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_model(model)
    , m_undo(undoStack)
    , m_phoneNumbers(std::make_unique<PhoneNumbers>(profile.setting(PhoneNumbers::regionSettingKey()))) {
    m_model.setPhoneRegion(m_phoneNumbers->defaultRegion());
}

ContactsController::~ContactsController() = default;

ContactActions ContactsController::actions() const {
    return ContactActions(m_profile, actor());
}

EditTarget ContactsController::editTarget() {
    return EditTarget{m_profile.database(), m_profile.notifier(), [this](const QString& message) {
                          reportError(message);
                      }};
}

void ContactsController::reportError(const QString& message) {
    m_error = message;
    Q_EMIT errorChanged(message);
}

void ContactsController::setDefaultRegion(const QString& region) {
    // Assigned in place: the detail pane reads numbers through the same object.
    *m_phoneNumbers = PhoneNumbers(region);
    m_model.setPhoneRegion(m_phoneNumbers->defaultRegion());
    Q_EMIT detailsChanged({});
}

bool ContactsController::addContact(const Contact& contact) {
    reportError({});
    auto* edit = new AddContactEdit(editTarget(), contact);
    m_undo.push(edit);
    if (!edit->succeeded())
        return false;
    m_model.refresh();
    Q_EMIT contactToSelect(edit->contactId());
    return true;
}

bool ContactsController::editContact(const Contact& before, const Contact& after) {
    reportError({});
    m_undo.push(new EditContactEdit(editTarget(), before, after));
    m_model.refresh();
    Q_EMIT detailsChanged(after.id);
    return m_error.isEmpty();
}

void ContactsController::deleteContacts(const QStringList& ids) {
    if (ids.isEmpty())
        return;
    reportError({});
    m_undo.push(new DeleteContactsEdit(editTarget(), ids));
    m_model.refresh();
}

bool ContactsController::addToGroup(const QStringList& ids, const QString& groupName, ConsentState consent,
                                    const QString& source) {
    reportError({});
    auto group = actions().findOrAddGroup(groupName);
    if (!group) {
        reportError(group.errorMessage());
        return false;
    }
    m_undo.push(new AddToGroupEdit(editTarget(), group.value().id, group.value().name, ids, consent, source));
    m_model.refresh();
    return m_error.isEmpty();
}

void ContactsController::removeFromGroup(const QStringList& ids, const QString& groupId) {
    reportError({});
    auto group = actions().findGroup(groupId);
    if (!group) {
        reportError(group.errorMessage());
        return;
    }
    m_undo.push(new RemoveFromGroupEdit(editTarget(), groupId, group.value().name, ids));
    m_model.refresh();
}

bool ContactsController::optOut(const QStringList& ids, const QString& source) {
    reportError({});
    if (Status status = ConsentActions(m_profile, actor()).optOut(ids, source); !status) {
        reportError(status.errorMessage());
        return false;
    }
    m_model.refresh();
    Q_EMIT detailsChanged({});
    return true;
}

bool ContactsController::recordConsent(const QStringList& ids, const QString& groupId,
                                       std::optional<Channel> channel, ConsentState state,
                                       ConsentMethod method, const QString& source) {
    reportError({});
    if (Status status =
            ConsentActions(m_profile, actor()).record(ids, groupId, channel, state, method, source);
        !status) {
        reportError(status.errorMessage());
        return false;
    }
    m_model.refresh();
    Q_EMIT detailsChanged({});
    return true;
}

std::optional<Contact> ContactsController::contact(const QString& id) {
    auto found = actions().get(id);
    if (!found) {
        reportError(found.errorMessage());
        return std::nullopt;
    }
    return found.value();
}

QList<Group> ContactsController::groups() {
    auto groups = actions().groups();
    return groups ? groups.value() : QList<Group>();
}

// The messages below keep the page's translation context: they were the page's, and the catalogues
// translate them under it.
std::optional<ContactsController::MergePair> ContactsController::mergePair(const QString& firstId,
                                                                           const QString& secondId) {
    ContactActions contacts = actions();
    auto first = contacts.get(firstId);
    auto second = contacts.get(secondId);
    auto firstGroups = contacts.memberships(firstId);
    auto secondGroups = contacts.memberships(secondId);
    if (!first || !second || !firstGroups || !secondGroups) {
        reportError(
            QCoreApplication::translate("iq::ContactsPage", "Could not read the contacts to merge: %1")
                .arg(!first         ? first.errorMessage()
                     : !second      ? second.errorMessage()
                     : !firstGroups ? firstGroups.errorMessage()
                                    : secondGroups.errorMessage()));
        return std::nullopt;
    }
    return MergePair{first.value(), second.value(), firstGroups.value(), secondGroups.value()};
}

bool ContactsController::mergeContacts(const QString& keptId, const QString& otherId,
                                       const MergeChoices& choices) {
    auto merged = actions().merge(keptId, otherId, choices);
    if (!merged) {
        reportError(QCoreApplication::translate("iq::ContactsPage", "Could not merge the contacts: %1")
                        .arg(merged.errorMessage()));
        return false;
    }
    reportError({});
    Q_EMIT contactToSelect(keptId);
    return true;
}

ContactExportTask* ContactsController::exportContacts(bool onlyShown, const QString& path,
                                                      ContactExporter::Format format, QWidget* window) {
    auto* task = new ContactExportTask(m_profile, window);
    connect(task, &ContactExportTask::finished, this, [this](bool ok, qint64, const QString& message) {
        if (ok)
            Q_EMIT statusMessage(message);
        else
            reportError(message);
    });
    reportError({});
    task->start(onlyShown ? m_model.filter() : ContactFilter{}, path, format);
    return task;
}

} // namespace iq
