#include "views/sync/AccountDialog.h"

#include "core/account/AccountService.h"
#include "core/profile/Profile.h"
#include "views/common/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace iq {

AccountDialog::AccountDialog(Mode mode, Profile& profile, TokenStore& tokens, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_profile(profile)
    , m_tokens(tokens) {
    const bool signUp = mode == Mode::SignUp;
    setWindowTitle(signUp ? tr("Create an account") : tr("Sign in"));
    setAccessibleName(windowTitle());
    auto* form = new QFormLayout;
    auto* intro = new QLabel(signUp ? tr("Create an account to sync this profile with your other computers. "
                                         "What you have here is uploaded.")
                                    : tr("Sign in to sync this profile. What you have here is uploaded, and "
                                         "what the account has arrives."),
                             this);
    intro->setWordWrap(true);
    const AccountConnection connection = AccountService(profile, tokens).connection();
    m_server = new QLineEdit(
        connection.server.isEmpty() ? QStringLiteral("http://127.0.0.1:8080") : connection.server, this);
    m_server->setAccessibleName(tr("Server address"));
    m_email = new QLineEdit(connection.email, this);
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("owner@shop.example"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Your name or your business's"));
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (signUp)
        m_password->setPlaceholderText(tr("At least 8 characters"));
    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    setTextRole(m_error, ColourRole::ErrorText);
    m_error->hide();
    form->addRow(intro);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    if (signUp)
        form->addRow(tr("&Name:"), m_name);
    else
        m_name->hide();
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(signUp ? tr("Create account") : tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    setLayout(form);
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
    connect(&m_watcher, &QFutureWatcher<Result<wire::Session>>::finished, this, &AccountDialog::finished);
    setMinimumWidth(420);
}

QString AccountDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void AccountDialog::accept() {
    if (m_watcher.isRunning())
        return;
    QString problem;
    if (m_email->text().trimmed().isEmpty())
        problem = tr("Enter the account's e-mail address.");
    else if (m_password->text().isEmpty())
        problem = tr("Enter the password.");
    else if (m_mode == Mode::SignUp && m_name->text().trimmed().isEmpty())
        problem = tr("Enter your name or your business's.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    AccountService::Request request{m_server->text(),
                                    m_email->text(),
                                    m_name->text(),
                                    m_password->text(),
                                    AccountService(m_profile, m_tokens).deviceId(),
                                    m_mode == Mode::SignUp};
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([request] { return AccountService::request(request); }));
}

void AccountDialog::finished() {
    setBusy(false);
    Result<wire::Session> session = m_watcher.result();
    if (session)
        session = AccountService(m_profile, m_tokens).complete(m_server->text(), session.value());
    if (!session) {
        m_error->setText(session.errorMessage());
        m_error->show();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

void AccountDialog::setBusy(bool busy) {
    for (QWidget* widget : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_email),
                            static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_password)})
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_error->setText(tr("Contacting the server…"));
        m_error->show();
    }
}

} // namespace iq
