#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace iq {

// What a new user meets the first time the application starts without a profile: the demo (a local
// server with sample data), signing in, creating an account, or working on this computer only.
// Closing it means working locally.
class WelcomeDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Demo, SignIn, SignUp, Local };

    explicit WelcomeDialog(bool demoAvailable, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QCommandLinkButton* button(Choice choice) const;

private:
    QCommandLinkButton* addChoice(Choice choice, const QString& text, const QString& description);

    Choice m_choice = Choice::Local;
    QList<QCommandLinkButton*> m_buttons;
};

} // namespace iq
