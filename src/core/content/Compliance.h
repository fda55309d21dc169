#pragma once

#include "shared/template/Template.h"

#include <QList>
#include <QString>

namespace iq {

struct AudienceSummary;

// Things carriers and the law frown upon, found while the owner types; warnings, never blocks.
struct ComplianceWarning {
    enum class Kind { NoOptOut, NoBusinessName, TooManySegments, TooLong, LinkShortener, EmptyForSome };
    Kind kind = Kind::NoOptOut;
    QString message;
    int offset = -1; // in the template, when the warning points at something in it
    int length = 0;
};

struct ComplianceInput {
    QString source;   // the template as typed
    QString rendered; // the preview's rendering for one recipient
    tmpl::RenderChannel channel = tmpl::RenderChannel::Sms;
    bool marketing = true;
    QString businessName;
    int segments = 1;                          // of the preview
    const AudienceSummary* audience = nullptr; // when known, warnings cover every recipient
};

class Compliance final {
public:
    static constexpr int kMaxSegments = 3;
    static constexpr int kMaxCharacters = 1600;

    static QList<ComplianceWarning> check(const ComplianceInput& input);
    // Public link shorteners that carriers filter, as host names.
    static const QStringList& linkShorteners();
    // "Reply STOP", "unsubscribe", "opt out"... in any case.
    static bool hasOptOutWording(const QString& text);
};

} // namespace iq
