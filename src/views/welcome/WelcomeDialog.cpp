#include "views/welcome/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace iq {

WelcomeDialog::WelcomeDialog(bool demoAvailable, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Welcome to IQ Messaging"));
    setAccessibleName(tr("Welcome"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Welcome to IQ Messaging</h2>"), this);
    title->setAccessibleName(tr("Welcome"));
    auto* intro = new QLabel(tr("Message the customers who opted in, by SMS, e-mail and voice. "
                                "How would you like to start?"),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("How to start"));
    layout->addWidget(title);
    layout->addWidget(intro);

    QCommandLinkButton* demo = addChoice(
        Choice::Demo, tr("&Try the demo"),
        tr("A server on this computer with a small shop's contacts, groups and templates. Nothing is sent."));
    demo->setEnabled(demoAvailable);
    if (!demoAvailable)
        demo->setDescription(tr("Needs the IQ Messaging server (iqmsgd), which is not installed."));
    addChoice(Choice::SignIn, tr("&Sign in"), tr("Use the account you already have, and sync with it."));
    addChoice(Choice::SignUp, tr("&Create an account"),
              tr("Sync your contacts and campaigns between your computers."));
    addChoice(Choice::Local, tr("&Work on this computer only"),
              tr("No account: everything stays here. You can sign in later from the Account menu."));
    for (QCommandLinkButton* button : std::as_const(m_buttons))
        layout->addWidget(button);
    (demoAvailable ? demo : button(Choice::Local))->setFocus();
}

QCommandLinkButton* WelcomeDialog::addChoice(Choice choice, const QString& text, const QString& description) {
    auto* button = new QCommandLinkButton(text, description, this);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
        m_choice = choice;
        accept();
    });
    m_buttons.append(button);
    return button;
}

QCommandLinkButton* WelcomeDialog::button(Choice choice) const {
    return m_buttons.value(static_cast<int>(choice));
}

} // namespace iq
