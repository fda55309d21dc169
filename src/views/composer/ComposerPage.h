#pragma once

#include "core/template/AudienceSummary.h"
#include "core/template/ContactFields.h"
#include "shared/template/Template.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace iq {

class Profile;
class TemplateHighlighter;
class VoicePreview;

// Where the owner writes a message: the template editor with field and snippet menus and highlighted
// tags; a live preview for one recipient with that recipient's exact segments and encoding; the
// characters that force UCS-2 with a one-click fix; compliance warnings; and the cost over the whole
// audience, counted on a worker thread.
class ComposerPage final : public QWidget {
    Q_OBJECT
public:
    explicit ComposerPage(Profile& profile, QWidget* parent = nullptr);
    ~ComposerPage() override;

    QPlainTextEdit* editor() const { return m_editor; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* countLabel() const { return m_countLabel; }
    QLabel* culpritLabel() const { return m_culpritLabel; }
    QLabel* problemsLabel() const { return m_problemsLabel; }
    QLabel* summaryLabel() const { return m_summaryLabel; }
    QLabel* recipientLabel() const { return m_recipientLabel; }
    QPushButton* fixPunctuationButton() const { return m_fixPunctuation; }
    QPushButton* listenButton() const { return m_listen; }
    QToolButton* insertFieldButton() const { return m_insertField; }
    QToolButton* snippetButton() const { return m_snippets; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* audienceBox() const { return m_audience; }
    QComboBox* recipientBox() const { return m_recipientPicker; }

    tmpl::RenderChannel channel() const;
    void setChannel(tmpl::RenderChannel channel);
    // The rendering shown for the current recipient, as it would be sent.
    QString renderedText() const { return m_rendered; }
    const AudienceSummary& summary() const { return m_summary; }
    int recipientIndex() const { return m_recipientIndex; }

    // Loads a saved template from the content library into the editor.
    void openContent(const QString& id);
    void showRecipient(int index);
    void insertAtCursor(const QString& text);
    void fixSmartPunctuation();

Q_SIGNALS:
    void previewUpdated();
    void summaryUpdated();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct SummaryResult {
        bool ok = false;
        bool cancelled = false;
        AudienceSummary summary;
        QString error;
    };

    void buildUi();
    void showSummaryText();
    void reloadAudiences();
    void reloadSnippets();
    void rebuildFieldMenu();
    void loadRecipient();
    void updatePreview();
    void scheduleSummary();
    void startSummary();
    void showSummary();
    void saveToLibrary();
    void listen();
    QStringList knownNames() const;

    Profile& m_profile;
    SenderFields m_sender;
    ContactFields m_fields;
    tmpl::Partials m_partials;
    QStringList m_snippetNames;
    tmpl::Template m_template;
    QString m_rendered;
    QString m_contentId;
    int m_recipientIndex = 0;
    int m_audienceSize = 0;
    bool m_exampleRecipient = false;

    QComboBox* m_channel = nullptr;
    QComboBox* m_audience = nullptr;
    QCheckBox* m_marketing = nullptr;
    QToolButton* m_insertField = nullptr;
    QToolButton* m_snippets = nullptr;
    QPushButton* m_fixPunctuation = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_listen = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    TemplateHighlighter* m_highlighter = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_recipientLabel = nullptr;
    QComboBox* m_recipientPicker = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_culpritLabel = nullptr;
    QLabel* m_fallbackLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QProgressBar* m_summaryProgress = nullptr;
    VoicePreview* m_voice = nullptr;

    QTimer* m_summaryTimer = nullptr;
    QFutureWatcher<SummaryResult>* m_summaryWatcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_summaryCancel;
    std::shared_ptr<std::atomic_int> m_summaryDone;
    AudienceSummary m_summary;
    bool m_summaryValid = false;
    bool m_summaryPending = false;
};

} // namespace iq
