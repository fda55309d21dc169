#include "views/composer/ComposerController.h"

#include "core/actions/ContentActions.h"
#include "core/content/Compliance.h"
#include "core/profile/Profile.h"
#include "core/store/GroupBrowser.h"
#include "core/store/RecipientLookup.h"

#include <QCoreApplication>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace iq {

namespace {

bool isEmail(tmpl::RenderChannel channel) {
    return channel == tmpl::RenderChannel::EmailHtml || channel == tmpl::RenderChannel::EmailText;
}

// Shown while the profile has no contacts. Its words keep the page's translation context, under which
// the catalogues translate them.
Contact exampleContact() {
    Contact example;
    example.givenName = QCoreApplication::translate("iq::ComposerPage", "Ann");
    example.familyName = QCoreApplication::translate("iq::ComposerPage", "Example");
    example.phones.append(
        {QStringLiteral("+12025550143"), QStringLiteral("+12025550143"), QStringLiteral("mobile"), {}, true});
    return example;
}

} // namespace

ComposerController::ComposerController(Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile) {
    m_sender = SenderFields::load(profile.database());
    m_fields.setSender(m_sender);

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(400);
    connect(m_summaryTimer, &QTimer::timeout, this, &ComposerController::startSummary);
    m_summaryWatcher = new QFutureWatcher<SummaryResult>(this);
    connect(m_summaryWatcher, &QFutureWatcher<SummaryResult>::finished, this,
            &ComposerController::finishSummary);
    connect(&profile.notifier(), &ChangeNotifier::changed, this,
            [this](Entity entity, const QStringList&) { onChanged(entity); });
}

ComposerController::~ComposerController() {
    if (m_summaryCancel)
        m_summaryCancel->store(true);
    m_summaryWatcher->waitForFinished();
}

void ComposerController::reload() {
    reloadSnippets();
    reloadGroups();
    loadRecipient();
    updatePreview();
}

void ComposerController::onChanged(Entity entity) {
    if (entity == Entity::Content || entity == Entity::Any)
        reloadSnippets();
    if (entity == Entity::Group || entity == Entity::Any)
        reloadGroups();
    if (entity == Entity::Contact || entity == Entity::Membership || entity == Entity::Any) {
        loadRecipient();
        scheduleSummary();
    }
}

void ComposerController::setSource(const QString& source) {
    m_source = source;
    updatePreview();
    scheduleSummary();
}

void ComposerController::setSubject(const QString& subject) {
    m_subject = subject;
    updatePreview();
}

void ComposerController::setChannel(tmpl::RenderChannel channel) {
    m_channel = channel;
    updatePreview();
    scheduleSummary();
}

void ComposerController::setMarketing(bool marketing) {
    m_marketing = marketing;
    updatePreview();
}

void ComposerController::setAudience(const QString& groupId) {
    m_groupId = groupId;
    m_recipientIndex = 0;
    loadRecipient();
    scheduleSummary();
}

void ComposerController::showRecipient(int index) {
    if (m_audienceSize == 0)
        return;
    m_recipientIndex = std::clamp(index, 0, m_audienceSize - 1);
    loadRecipient();
}

// A group deleted elsewhere leaves every contact as the audience, without reading the recipients again
// until something else asks for them.
void ComposerController::reloadGroups() {
    auto groups = GroupBrowser(m_profile.database()).groups();
    m_groups = groups ? groups.value() : QList<Group>();
    const bool kept = std::any_of(m_groups.cbegin(), m_groups.cend(),
                                  [this](const Group& group) { return group.id == m_groupId; });
    if (!kept)
        m_groupId.clear();
    Q_EMIT groupsChanged();
}

void ComposerController::reloadSnippets() {
    m_partials = tmpl::Partials();
    ContentActions(m_profile).loadSnippets(m_partials);
    m_snippetNames = m_partials.names();
    m_snippetNames.sort(Qt::CaseInsensitive);
    Q_EMIT snippetsChanged();
    updatePreview();
}

void ComposerController::loadRecipient() {
    AudienceReader reader(m_profile.database());
    auto count = reader.count(m_groupId);
    m_audienceSize = count ? count.value() : 0;
    m_recipientIndex = std::clamp(m_recipientIndex, 0, std::max(0, m_audienceSize - 1));

    m_choices.clear();
    if (auto page = reader.page(m_groupId, 0, kChoices))
        m_choices = page.value();

    m_fields.clear();
    m_exampleRecipient = m_audienceSize == 0;
    m_recipientRead = false;
    if (m_exampleRecipient)
        m_fields.setContact(exampleContact(), audienceName());
    else
        readRecipient(reader);
    m_fields.setSender(m_sender);
    Q_EMIT recipientChanged();
    updatePreview();
}

// The recipient at the index shown; the name stays as it was when the recipient cannot be read.
void ComposerController::readRecipient(AudienceReader& reader) {
    auto page = reader.page(m_groupId, m_recipientIndex, 1);
    if (!page || page.value().isEmpty())
        return;
    auto recipient = RecipientLookup(m_profile.database()).get(page.value().first().first);
    if (!recipient)
        return;
    QString group = audienceName();
    if (group.isEmpty())
        group = recipient.value().firstGroupName;
    m_fields.setContact(recipient.value().contact, group);
    m_recipientName = recipient.value().contact.shownName();
    m_recipientRead = true;
}

QString ComposerController::audienceName() const {
    for (const Group& group : m_groups) {
        if (!m_groupId.isEmpty() && group.id == m_groupId)
            return group.name;
    }
    return {};
}

void ComposerController::updatePreview() {
    m_preview = ComposerPreview();
    const tmpl::Template parsed = tmpl::Template::parse(m_source);
    renderTemplate(parsed);
    if (isEmail(m_channel)) {
        const tmpl::Template subjectTemplate = tmpl::Template::parse(m_subject);
        m_preview.subject = subjectTemplate.isValid() ? subjectTemplate
                                                            .render(tmpl::Value::fromFields(&m_fields),
                                                                    tmpl::Escaping::None, &m_partials)
                                                            .text
                                                      : m_subject;
    }
    m_preview.punctuationFixable = std::any_of(m_source.cbegin(), m_source.cend(),
                                               [](QChar c) { return sms::hasGsm7Replacement(c.unicode()); });
    countSegments();
    if (parsed.isValid() && !m_source.trimmed().isEmpty())
        checkCompliance();
    Q_EMIT previewUpdated();
}

void ComposerController::renderTemplate(const tmpl::Template& parsed) {
    using Kind = ComposerProblem::Kind;
    if (!parsed.isValid()) {
        const tmpl::Diagnostic& error = *parsed.error();
        m_preview.problems.append({Kind::Error, error.toString(), true, error.offset, error.length});
        return;
    }
    const tmpl::RenderOutput output =
        parsed.render(tmpl::Value::fromFields(&m_fields), tmpl::escapingFor(m_channel), &m_partials);
    m_preview.rendered = output.text;
    m_preview.fallbacks = output.fallbacksUsed;
    for (const QString& problem : output.problems)
        m_preview.problems.append({Kind::Note, problem, false, 0, 0});
    for (const tmpl::Diagnostic& unknown : parsed.unknownNames(m_fields.availableNames(), m_snippetNames))
        m_preview.problems.append({Kind::Error, unknown.toString(), true, unknown.offset, unknown.length});
}

void ComposerController::countSegments() {
    if (m_channel != tmpl::RenderChannel::Sms)
        return;
    m_preview.analysis = sms::analyzeSegments(m_preview.rendered);
    m_preview.segments = m_preview.analysis.count.segments;
}

void ComposerController::checkCompliance() {
    ComplianceInput input;
    input.source = m_source;
    input.rendered = m_preview.rendered;
    input.channel = m_channel;
    input.marketing = m_marketing;
    input.businessName = m_sender.businessName;
    input.segments = m_preview.segments;
    input.audience = m_summaryState == SummaryState::Ready ? &m_summary : nullptr;
    for (const ComplianceWarning& warning : Compliance::check(input)) {
        m_preview.problems.append({ComposerProblem::Kind::Warning, warning.message, warning.offset >= 0,
                                   warning.offset, warning.length});
    }
}

void ComposerController::scheduleSummary() {
    m_summaryPending = true;
    m_summaryTimer->start();
}

void ComposerController::startSummary() {
    if (m_summaryCancel)
        m_summaryCancel->store(true);
    if (m_summaryWatcher->isRunning()) {
        // Start again once the cancelled run has stopped.
        m_summaryTimer->start();
        return;
    }
    m_summaryPending = false;
    const tmpl::Template parsed = tmpl::Template::parse(m_source);
    if (!parsed.isValid() || parsed.source().trimmed().isEmpty()) {
        m_summaryState = parsed.isValid() ? SummaryState::Empty : SummaryState::InvalidTemplate;
        Q_EMIT summaryUpdated();
        return;
    }
    m_summaryCancel = std::make_shared<std::atomic_bool>(false);
    QHash<QString, QString> snippets;
    if (auto items = ContentActions(m_profile).list(ContentItem::Kind::Snippet)) {
        for (const ContentItem& item : items.value())
            snippets.insert(item.name, item.body);
    }
    const QString path = m_profile.databasePath();
    const QString groupId = m_groupId;
    const tmpl::RenderChannel channel = m_channel;
    const SenderFields sender = m_sender;
    auto cancel = m_summaryCancel;
    Q_EMIT summaryStarted();
    m_summaryWatcher->setFuture(QtConcurrent::run([=]() -> SummaryResult {
        SummaryResult result;
        // A worker thread has its own connection.
        auto database = Database::open(path, Database::Mode::ReadOnly);
        if (!database) {
            result.error = database.errorMessage();
            return result;
        }
        tmpl::Partials partials;
        for (auto it = snippets.begin(); it != snippets.end(); ++it)
            partials.insert(it.key(), it.value());
        auto summary = AudienceSummarizer::summarize(*database.value(), groupId, parsed, channel, &partials,
                                                     sender, cancel.get());
        if (!summary) {
            result.cancelled = summary.error().code == Error::Code::Cancelled;
            result.error = summary.errorMessage();
            return result;
        }
        result.ok = true;
        result.summary = summary.value();
        return result;
    }));
}

void ComposerController::finishSummary() {
    const SummaryResult result = m_summaryWatcher->result();
    if (result.cancelled || m_summaryPending)
        return; // a newer run follows
    if (!result.ok) {
        m_summaryState = SummaryState::Failed;
        m_summaryError = result.error;
        Q_EMIT summaryUpdated();
        return;
    }
    m_summary = result.summary;
    m_summaryState = SummaryState::Ready;
    updatePreview(); // compliance now covers every recipient
    Q_EMIT summaryUpdated();
}

Result<ContentItem> ComposerController::openContent(const QString& id) {
    auto item = ContentActions(m_profile).get(id);
    if (item)
        m_contentId = id;
    return item;
}

QString ComposerController::openedName() {
    if (m_contentId.isEmpty())
        return {};
    auto existing = ContentActions(m_profile).get(m_contentId);
    return existing ? existing.value().name : QString();
}

Status ComposerController::saveToLibrary(const QString& name) {
    ContentItem draft;
    draft.name = name;
    draft.kind = m_channel == tmpl::RenderChannel::Sms     ? ContentItem::Kind::Sms
                 : m_channel == tmpl::RenderChannel::Voice ? ContentItem::Kind::Voice
                                                           : ContentItem::Kind::Email;
    draft.subject = m_subject;
    draft.body = m_channel == tmpl::RenderChannel::EmailHtml ? QString() : m_source;
    draft.bodyHtml = m_channel == tmpl::RenderChannel::EmailHtml ? m_source : QString();
    auto saved = ContentActions(m_profile).saveDraft(m_contentId, draft);
    if (!saved)
        return saved.error();
    m_contentId = saved.value().id;
    return {};
}

} // namespace iq
