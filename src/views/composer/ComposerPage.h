#pragma once

#include "core/template/AudienceSummary.h"
#include "shared/template/Template.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace iq {

class ComposerController;
class Profile;
class TemplateHighlighter;
struct ComposerPreview;
struct ComposerProblem;
class VoicePreview;

// Where the owner writes a message: the template editor with field and snippet menus and highlighted
// tags; a live preview for one recipient with that recipient's exact segments and encoding; the
// characters that force UCS-2 with a one-click fix; compliance warnings; and the cost over the whole
// audience, counted on a worker thread. The page shows what its ComposerController works out.
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
    ComposerController* controller() const { return m_controller; }

    tmpl::RenderChannel channel() const;
    void setChannel(tmpl::RenderChannel channel);
    // The rendering shown for the current recipient, as it would be sent.
    QString renderedText() const;
    const AudienceSummary& summary() const;
    int recipientIndex() const;

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
    void buildUi();
    QHBoxLayout* buildHeader();
    QWidget* buildEditorColumn();
    QWidget* buildPreviewColumn();
    void connectWidgets();
    void connectController();
    void showGroups();
    void showSnippets();
    void rebuildFieldMenu();
    void showRecipientState();
    void showPreview();
    void showCount(const ComposerPreview& preview, bool sms);
    void showProblems(const QList<ComposerProblem>& problems);
    void showSummaryState();
    void showSummaryText();
    void saveToLibrary();
    void listen();

    ComposerController* m_controller = nullptr;
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
};

} // namespace iq
