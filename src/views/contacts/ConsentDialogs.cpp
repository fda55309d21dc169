#include "views/contacts/ConsentDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iq {

OptOutDialog::OptOutDialog(int contactCount, const QString& firstName, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Opt out"));
    setAccessibleName(tr("Confirm opt-out"));
    auto* text = new QLabel((contactCount == 1 ? tr("Opt out %1?").arg(firstName.toHtmlEscaped())
                                               : tr("Opt out %n contact(s)?", nullptr, contactCount)) +
                                QStringLiteral("<p>") +
                                tr("They will get no more messages on any channel, in any group. The opt-out "
                                   "is kept in the consent "
                                   "ledger and cannot be undone; opting someone back in needs a new consent "
                                   "record with its source.") +
                                QStringLiteral("</p>"),
                            this);
    text->setWordWrap(true);
    m_source = new QLineEdit(tr("Asked in person"), this);
    m_source->setAccessibleName(tr("Where the opt-out came from"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* confirm = m_buttons->addButton(tr("Opt out"), QDialogButtonBox::AcceptRole);
    confirm->setAccessibleName(tr("Confirm opt-out"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QLineEdit::textChanged, this,
            [confirm](const QString& text) { confirm->setEnabled(!text.trimmed().isEmpty()); });
    auto* form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
}

QString OptOutDialog::source() const {
    return m_source->text().trimmed();
}

RecordConsentDialog::RecordConsentDialog(const QList<Group>& groups, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Record consent"));
    setAccessibleName(tr("Record consent"));
    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Consent for"));
    for (const Group& group : groups)
        m_scope->addItem(tr("Group: %1").arg(group.name), group.id);
    m_scope->addItem(tr("All SMS"), QStringLiteral("channel:sms"));
    m_scope->addItem(tr("All e-mail"), QStringLiteral("channel:email"));
    m_scope->addItem(tr("All voice calls"), QStringLiteral("channel:voice"));
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Consent"));
    m_state->addItem(displayName(ConsentState::OptedIn), toStorage(ConsentState::OptedIn));
    m_state->addItem(displayName(ConsentState::Pending), toStorage(ConsentState::Pending));
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("How consent was given"));
    m_method->addItem(tr("Paper form"), toStorage(ConsentMethod::Paper));
    m_method->addItem(tr("Web form"), toStorage(ConsentMethod::WebForm));
    m_method->addItem(tr("Keyword reply"), toStorage(ConsentMethod::Keyword));
    m_method->addItem(tr("In person or by phone"), toStorage(ConsentMethod::Manual));
    m_source = new QLineEdit(this);
    m_source->setAccessibleName(tr("Source of the consent"));
    m_source->setPlaceholderText(tr("e.g. sign-up sheet at the counter, 3 March"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    auto* note =
        new QLabel(tr("A new consent record needs its source: where and how the person agreed."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&For:"), m_scope);
    form->addRow(tr("&Consent:"), m_state);
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("&Source:"), m_source);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

QString RecordConsentDialog::groupId() const {
    const QString scope = m_scope->currentData().toString();
    return scope.startsWith(QLatin1String("channel:")) ? QString() : scope;
}

std::optional<Channel> RecordConsentDialog::channel() const {
    const QString scope = m_scope->currentData().toString();
    if (!scope.startsWith(QLatin1String("channel:")))
        return std::nullopt;
    return channelFromStorage(scope.mid(8));
}

ConsentState RecordConsentDialog::state() const {
    return consentStateFromStorage(m_state->currentData().toString()).value_or(ConsentState::Pending);
}

ConsentMethod RecordConsentDialog::method() const {
    return consentMethodFromStorage(m_method->currentData().toString()).value_or(ConsentMethod::Manual);
}

QString RecordConsentDialog::source() const {
    return m_source->text().trimmed();
}

AddToGroupDialog::AddToGroupDialog(const QList<Group>& groups, int contactCount, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Add to group"));
    setAccessibleName(tr("Add to group"));
    m_group = new QComboBox(this);
    m_group->setEditable(true);
    m_group->setAccessibleName(tr("Group"));
    m_group->setInsertPolicy(QComboBox::NoInsert);
    for (const Group& group : groups)
        m_group->addItem(group.name, group.id);
    m_consent = new QComboBox(this);
    m_consent->setAccessibleName(tr("Consent of new members"));
    for (ConsentState state : {ConsentState::Unknown, ConsentState::Pending, ConsentState::OptedIn})
        m_consent->addItem(displayName(state), toStorage(state));
    m_source = new QLineEdit(this);
    m_source->setAccessibleName(tr("Source of the consent"));
    m_source->setPlaceholderText(tr("Required when opting in"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QComboBox::currentTextChanged, this, &AddToGroupDialog::validate);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &AddToGroupDialog::validate);
    connect(m_source, &QLineEdit::textChanged, this, &AddToGroupDialog::validate);
    auto* note =
        new QLabel(tr("Add %n contact(s) to a group. Members keep the consent they already have there; a "
                      "name that is not a group yet creates it.",
                      nullptr, contactCount),
                   this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Consent:"), m_consent);
    form->addRow(tr("&Source:"), m_source);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    validate();
}

QString AddToGroupDialog::groupName() const {
    return m_group->currentText().trimmed();
}

ConsentState AddToGroupDialog::consent() const {
    return consentStateFromStorage(m_consent->currentData().toString()).value_or(ConsentState::Unknown);
}

QString AddToGroupDialog::source() const {
    return m_source->text().trimmed();
}

void AddToGroupDialog::validate() {
    const bool ok = !groupName().isEmpty() && (consent() != ConsentState::OptedIn || !source().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace iq
