#include "template/AudienceSummary.h"

#include "sms/SmsSegments.h"

#include <QCoreApplication>

namespace iq {

AudienceSummarizer::AudienceSummarizer(tmpl::Template parsed, tmpl::RenderChannel channel,
                                       tmpl::Partials* partials)
    : m_template(std::move(parsed))
    , m_channel(channel)
    , m_escaping(tmpl::escapingFor(channel))
    , m_partials(partials) {
    m_rendering.reserve(m_template.source().size() * 2 + 64);
}

const QString& AudienceSummarizer::add(const tmpl::FieldSource& fields, const QString& who) {
    m_rendering.truncate(0);
    m_fallbacks.clear();
    m_template.renderTo(m_rendering, tmpl::Value::fromFields(&fields), m_escaping, m_partials, &m_fallbacks);
    ++m_summary.recipients;
    if (!m_fallbacks.isEmpty()) {
        ++m_summary.fallbackRecipients;
        if (m_summary.fallbackExamples.size() < AudienceSummary::kExamples)
            m_summary.fallbackExamples << who;
    }
    if (m_rendering.trimmed().isEmpty()) {
        ++m_summary.emptyRecipients;
        if (m_summary.emptyExamples.size() < AudienceSummary::kExamples)
            m_summary.emptyExamples << who;
    }
    if (m_rendering.size() > m_summary.maxLength) {
        m_summary.maxLength = static_cast<int>(m_rendering.size());
        m_summary.longestExamples = QStringList{who};
    }
    if (m_channel == tmpl::RenderChannel::Sms) {
        const sms::SegmentCount count = sms::countSegments(m_rendering);
        ++m_summary.recipientsBySegments[count.segments];
        m_summary.totalSegments += count.segments;
        if (count.encoding == sms::Encoding::Ucs2)
            ++m_summary.ucs2Recipients;
        m_summary.maxSegments = std::max(m_summary.maxSegments, count.segments);
    }
    return m_rendering;
}

Result<AudienceSummary> AudienceSummarizer::summarize(Database& database, const QString& groupId,
                                                      const tmpl::Template& parsed,
                                                      tmpl::RenderChannel channel, tmpl::Partials* partials,
                                                      const SenderFields& sender,
                                                      const std::atomic_bool* cancel,
                                                      const std::function<void(int)>& progress) {
    AudienceSummarizer summarizer(parsed, channel, partials);
    bool cancelled = false;
    int done = 0;
    Status status =
        AudienceReader(database).forEach(groupId, sender, [&](const QString&, const ContactFields& fields) {
            summarizer.add(fields, fields.value(ContactFields::Name));
            if (++done % 4096 == 0) {
                if (cancel && cancel->load()) {
                    cancelled = true;
                    return false;
                }
                if (progress)
                    progress(done);
            }
            return true;
        });
    if (!status)
        return status.error();
    if (cancelled)
        return Error{
            Error::Code::Cancelled,
            QCoreApplication::translate("iq::AudienceSummarizer", "The audience summary was cancelled.")};
    return summarizer.summary();
}

} // namespace iq
