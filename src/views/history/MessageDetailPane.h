#pragma once

#include "core/store/MessageHistory.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace iq {

// The selected message whole: to whom and where, its campaign and channel, its status, the error's
// code and meaning, the text as sent and every status it went through.
class MessageDetailPane final : public QWidget {
    Q_OBJECT
public:
    explicit MessageDetailPane(QWidget* parent = nullptr);

    void showMessage(const MessageRecord& message);
    void clear();

    QString messageId() const { return m_messageId; }
    QLabel* recipientLabel() const { return m_recipient; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* errorLabel() const { return m_error; }
    QPlainTextEdit* textView() const { return m_text; }
    QTreeWidget* statusHistory() const { return m_history; }

private:
    QLabel* makeValue(const QString& accessibleName);

    QString m_messageId;
    QLabel* m_placeholder = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_recipient = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_campaign = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTreeWidget* m_history = nullptr;
};

} // namespace iq
