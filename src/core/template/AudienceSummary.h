#pragma once

#include "core/template/ContactFields.h"
#include "shared/template/Template.h"
#include "shared/util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace iq {

class Database;

// What a template costs over a whole audience: how many recipients need 1, 2, 3... segments, who
// gets a fallback or an empty message, and the total segments billed.
struct AudienceSummary {
    int recipients = 0;
    QMap<int, int> recipientsBySegments; // segments -> recipients (SMS only)
    qint64 totalSegments = 0;
    int ucs2Recipients = 0;
    int fallbackRecipients = 0;
    int emptyRecipients = 0;
    int maxSegments = 0;
    int maxLength = 0;
    // The first few recipients (shown names) in each group, to show by name.
    QStringList fallbackExamples;
    QStringList emptyExamples;
    QStringList longestExamples;

    static constexpr int kExamples = 5;
};

// Renders a template for every recipient and adds up the result. Used by the composer (on a worker
// thread with its own database connection) and by the benchmark.
class AudienceSummarizer final {
public:
    AudienceSummarizer(tmpl::Template parsed, tmpl::RenderChannel channel,
                       tmpl::Partials* partials = nullptr);

    // One recipient: renders and counts. Returns the rendering (valid until the next call).
    const QString& add(const tmpl::FieldSource& fields, const QString& who);
    const AudienceSummary& summary() const { return m_summary; }

    // Reads the audience (all live contacts, or one group) from the store. cancel, when set, stops
    // early with Error::Code::Cancelled; progress gets the count done every few thousand.
    static Result<AudienceSummary> summarize(Database& database, const QString& groupId,
                                             const tmpl::Template& parsed, tmpl::RenderChannel channel,
                                             tmpl::Partials* partials, const SenderFields& sender,
                                             const std::atomic_bool* cancel = nullptr,
                                             const std::function<void(int)>& progress = {});

private:
    tmpl::Template m_template;
    tmpl::RenderChannel m_channel;
    tmpl::Escaping m_escaping;
    tmpl::Partials* m_partials;
    QString m_rendering;
    QStringList m_fallbacks;
    AudienceSummary m_summary;
};

} // namespace iq
