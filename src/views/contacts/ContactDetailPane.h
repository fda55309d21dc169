#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace iq {

class ContactTimelineModel;
class PhoneNumbers;
class Profile;

// The selected person: names, numbers (formatted, with their type or why they are invalid),
// e-mails, groups with consent, custom fields, notes and the consent history from the ledger; and, on a
// tab of its own, their timeline: everything between the business and them, newest first.
class ContactDetailPane final : public QWidget {
    Q_OBJECT
public:
    ContactDetailPane(Profile& profile, const PhoneNumbers& phoneNumbers, QWidget* parent = nullptr);

    void showContact(const QString& contactId);
    QString contactId() const { return m_contactId; }
    QLabel* summary() const { return m_summary; }
    QTreeWidget* history() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeView* timeline() const { return m_timeline; }
    ContactTimelineModel* timelineModel() const { return m_timelineModel; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeTimeline();
    void fitHistoryRows();

    Profile& m_profile;
    const PhoneNumbers& m_phoneNumbers;
    QString m_contactId;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_history = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_timeline = nullptr;
    ContactTimelineModel* m_timelineModel = nullptr;
};

} // namespace iq
