#pragma once

#include "core/import/ImportEngine.h"
#include "core/store/ConsentLedger.h"
#include "core/store/ContactRepository.h"
#include "core/store/Database.h"
#include "core/store/GroupRepository.h"
#include "shared/domain/Contact.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace iq::test {

// A fresh profile database in a temporary folder, with helpers to look at what an import left.
struct ImportFixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    ImportFixture() {
        auto opened = Database::open(dir.filePath(QStringLiteral("profile.sqlite")));
        if (opened)
            db = std::move(opened).value();
    }

    Result<ImportReport> import(const QString& path, ImportOptions options, bool commit = true,
                                QList<PlannedRow>* rows = nullptr) {
        ImportEngine engine(*db);
        const auto sink = [rows](const PlannedRow& row) {
            if (rows)
                rows->append(row);
        };
        return commit ? engine.commit(path, options, sink) : engine.plan(path, options, sink);
    }

    QList<Contact> contacts() {
        auto list = ContactRepository(*db).list(0, 100000);
        return list ? list.value() : QList<Contact>();
    }

    Contact byName(const QString& name) {
        for (const Contact& contact : contacts()) {
            if (contact.shownName() == name)
                return contact;
        }
        return {};
    }

    QStringList groupsOf(const QString& contactId) {
        QStringList names;
        auto memberships = ContactRepository(*db).memberships(contactId);
        for (const GroupMembership& membership : memberships.value())
            names << membership.groupName;
        return names;
    }

    ConsentState effective(const QString& contactId, const QString& groupName, Channel channel) {
        auto group = GroupRepository(*db).find(groupName);
        return ConsentLedger(*db).effective(contactId, group ? group.value().id : QString(), channel).value();
    }

    int count(const QString& sql) {
        auto query = db->exec(sql);
        if (!query || !query.value().next())
            return -1;
        return query.value().value(0).toInt();
    }

    // Everything a profile holds about people, as text, to compare before and after.
    QString snapshot() {
        QString out;
        for (const QString& table :
             {QStringLiteral("contacts"), QStringLiteral("contact_phones"), QStringLiteral("contact_emails"),
              QStringLiteral("groups"), QStringLiteral("group_members"), QStringLiteral("channel_consent")}) {
            auto query = db->exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
            while (query && query.value().next()) {
                QStringList cells;
                for (int i = 0; i < query.value().record().count(); ++i)
                    cells << query.value().value(i).toString();
                out += table + QLatin1Char(':') + cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return out;
    }
};

inline QStringList phonesOf(const Contact& contact) {
    QStringList list;
    for (const ContactPhone& phone : contact.phones)
        list << phone.e164 + QLatin1Char('/') + phone.label;
    return list;
}

inline QStringList emailsOf(const Contact& contact) {
    QStringList list;
    for (const ContactEmail& email : contact.emails)
        list << email.address + QLatin1Char('/') + email.label;
    return list;
}

} // namespace iq::test
