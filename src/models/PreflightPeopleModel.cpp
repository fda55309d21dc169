#include "models/PreflightPeopleModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace iq {

void PreflightPeopleModel::setReport(const PreflightReport& report) {
    beginResetModel();
    m_people = report.people;
    refilter();
    endResetModel();
}

void PreflightPeopleModel::setOutcomeFilter(std::optional<campaign::Outcome> outcome) {
    beginResetModel();
    m_filter = outcome;
    refilter();
    endResetModel();
}

void PreflightPeopleModel::clear() {
    beginResetModel();
    m_people.clear();
    m_shown.clear();
    endResetModel();
}

void PreflightPeopleModel::refilter() {
    m_shown.clear();
    for (int i = 0; i < m_people.size(); ++i) {
        if (!m_filter || m_people.at(i).outcome == *m_filter)
            m_shown.append(i);
    }
}

const PreflightPerson* PreflightPeopleModel::person(int row) const {
    return row >= 0 && row < m_shown.size() ? &m_people.at(m_shown.at(row)) : nullptr;
}

int PreflightPeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PreflightPeopleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PreflightPeopleModel::outcomeName(campaign::Outcome outcome) {
    switch (outcome) {
    case campaign::Outcome::Send:
        return tr("Gets it");
    case campaign::Outcome::Held:
        return tr("Held");
    case campaign::Outcome::Excluded:
        return tr("Not sent");
    }
    return {};
}

QVariant PreflightPeopleModel::data(const QModelIndex& index, int role) const {
    const PreflightPerson* person = index.isValid() ? this->person(index.row()) : nullptr;
    if (!person)
        return {};
    if (role == ContactIdRole)
        return person->contactId;
    if (role == OutcomeRole)
        return int(person->outcome);
    if (role == Qt::TextAlignmentRole && index.column() == Segments)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return person->text;
    if (role == Qt::ForegroundRole && person->outcome == campaign::Outcome::Excluded)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return person->name;
    case To:
        return person->address;
    case Outcome:
        return outcomeName(person->outcome);
    case Why:
        if (person->outcome == campaign::Outcome::Held)
            return tr("Quiet hours: goes out %1")
                .arg(QLocale().toString(person->releaseAt.toLocalTime(), QLocale::ShortFormat));
        return campaign::displayLabel(person->reason);
    case Segments:
        return person->outcome == campaign::Outcome::Excluded || person->segments == 0
                   ? QVariant(QString())
                   : QVariant(person->segments);
    case Message:
        return QString(person->text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant PreflightPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case To:
        return tr("To");
    case Outcome:
        return tr("Outcome");
    case Why:
        return tr("Why");
    case Segments:
        return tr("Segments");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace iq
