#pragma once

#include "core/sync/SyncProtocol.h"
#include "shared/util/Result.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace iq {

class Profile;
class TokenStore;

// Sign in to an account, or create one, and connect the profile to it. The network part runs on a
// worker; the window keeps responding and problems are shown in the dialog itself.
class AccountDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { SignIn, SignUp };
    AccountDialog(Mode mode, Profile& profile, TokenStore& tokens, QWidget* parent = nullptr);

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;

    void accept() override;

private:
    void finished();
    void setBusy(bool busy);

    Mode m_mode;
    Profile& m_profile;
    TokenStore& m_tokens;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFutureWatcher<Result<wire::Session>> m_watcher;
};

} // namespace iq
