#pragma once

#include "core/store/ChangeNotifier.h"
#include "core/template/AudienceSummary.h"
#include "core/template/ContactFields.h"
#include "shared/domain/Contact.h"
#include "shared/domain/Content.h"
#include "shared/sms/SmsSegments.h"
#include "shared/template/Template.h"
#include "shared/util/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace iq {

class Profile;

// One line of the composer's "problems and warnings": what is wrong, and where in the template.
struct ComposerProblem {
    enum class Kind {
        Error,   // the template cannot be parsed, or names an unknown field or snippet
        Warning, // a compliance warning
        Note,    // what rendering noticed for this recipient
    };
    Kind kind = Kind::Note;
    QString text;
    // The characters of the template to underline; marked is false when there are none.
    bool marked = false;
    int offset = 0;
    int length = 0;
};

// The message as the recipient shown gets it.
struct ComposerPreview {
    QString rendered;
    QString subject; // rendered, for e-mail
    QList<ComposerProblem> problems;
    QStringList fallbacks;
    // The template has curly quotes, dashes or ellipses that have a GSM-7 replacement.
    bool punctuationFixable = false;
    int segments = 1;
    sms::SegmentAnalysis analysis; // for SMS only
};

// What the composer page does, without its widgets: it holds the template, the channel, the audience
// and the recipient shown; renders the preview for that recipient with its segments, encoding and
// compliance warnings; and counts the whole audience's cost on a worker thread. The page feeds it
// what the owner types and shows what it announces; tests drive it directly.
class ComposerController final : public QObject {
    Q_OBJECT
public:
    enum class SummaryState {
        Empty,           // nothing typed yet
        InvalidTemplate, // the template does not parse
        Failed,          // the count failed: summaryError()
        Ready,           // summary() holds the whole audience
    };

    explicit ComposerController(Profile& profile, QObject* parent = nullptr);
    ~ComposerController() override;

    // Reads the snippets, the groups and the recipient shown, and renders the preview.
    void reload();

    // What the owner changes.
    void setSource(const QString& source);
    void setSubject(const QString& subject);
    void setChannel(tmpl::RenderChannel channel);
    void setMarketing(bool marketing);
    // groupId empty: every contact. Starts again at the first recipient.
    void setAudience(const QString& groupId);
    void showRecipient(int index);

    QString source() const { return m_source; }
    QString subject() const { return m_subject; }
    tmpl::RenderChannel channel() const { return m_channel; }
    bool marketing() const { return m_marketing; }
    QString audienceId() const { return m_groupId; }
    // The groups the message can go to, by name.
    const QList<Group>& groups() const { return m_groups; }

    const ComposerPreview& preview() const { return m_preview; }
    QString renderedText() const { return m_preview.rendered; }

    // The recipient shown, among the audience's first few (for a picker).
    int recipientIndex() const { return m_recipientIndex; }
    int audienceSize() const { return m_audienceSize; }
    // No contacts yet: the preview shows an example person.
    bool exampleRecipient() const { return m_exampleRecipient; }
    // Whether the recipient at recipientIndex() was read, and their name.
    bool recipientRead() const { return m_recipientRead; }
    QString recipientName() const { return m_recipientName; }
    const QList<QPair<QString, QString>>& recipientChoices() const { return m_choices; }
    static constexpr int kChoices = 200;

    QStringList snippetNames() const { return m_snippetNames; }
    QStringList customFieldNames() const { return m_fields.customFields().keys(); }

    SummaryState summaryState() const { return m_summaryState; }
    const AudienceSummary& summary() const { return m_summary; }
    QString summaryError() const { return m_summaryError; }

    // The content library: opening an item makes saving replace it.
    Result<ContentItem> openContent(const QString& id);
    // The name of the item opened, for the save dialog (empty for a new message).
    QString openedName();
    Status saveToLibrary(const QString& name);

Q_SIGNALS:
    void previewUpdated();
    void recipientChanged();
    void snippetsChanged();
    void groupsChanged();
    // A count of the whole audience started; summaryUpdated follows unless a newer one replaces it.
    void summaryStarted();
    void summaryUpdated();

private:
    struct SummaryResult {
        bool ok = false;
        bool cancelled = false;
        AudienceSummary summary;
        QString error;
    };

    void onChanged(Entity entity);
    void reloadGroups();
    void reloadSnippets();
    void loadRecipient();
    void readRecipient(AudienceReader& reader);
    // The group chosen, empty for every contact.
    QString audienceName() const;
    void updatePreview();
    void renderTemplate(const tmpl::Template& parsed);
    void countSegments();
    void checkCompliance();
    void scheduleSummary();
    void startSummary();
    void finishSummary();

    Profile& m_profile;
    SenderFields m_sender;
    ContactFields m_fields;
    tmpl::Partials m_partials;
    QStringList m_snippetNames;
    QList<Group> m_groups;
    QString m_source;
    QString m_subject;
    tmpl::RenderChannel m_channel = tmpl::RenderChannel::Sms;
    bool m_marketing = true;
    QString m_groupId;
    QString m_contentId;
    ComposerPreview m_preview;

    int m_recipientIndex = 0;
    int m_audienceSize = 0;
    bool m_exampleRecipient = false;
    QString m_recipientName;
    bool m_recipientRead = false;
    QList<QPair<QString, QString>> m_choices;

    QTimer* m_summaryTimer = nullptr;
    QFutureWatcher<SummaryResult>* m_summaryWatcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_summaryCancel;
    AudienceSummary m_summary;
    SummaryState m_summaryState = SummaryState::Empty;
    QString m_summaryError;
    bool m_summaryPending = false;
};

} // namespace iq
