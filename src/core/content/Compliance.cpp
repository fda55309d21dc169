#include "core/content/Compliance.h"

#include "core/template/AudienceSummary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace iq {

// The translation context of this file's messages: lupdate files ComplianceText::tr() calls under it, and
// the same context is asked for at run time.
class ComplianceText final {
    Q_DECLARE_TR_FUNCTIONS(iq::Compliance)
};

const QStringList& Compliance::linkShorteners() {
    static const QStringList hosts{
        QStringLiteral("bit.ly"),      QStringLiteral("tinyurl.com"), QStringLiteral("goo.gl"),
        QStringLiteral("ow.ly"),       QStringLiteral("t.co"),        QStringLiteral("is.gd"),
        QStringLiteral("buff.ly"),     QStringLiteral("rebrand.ly"),  QStringLiteral("cutt.ly"),
        QStringLiteral("shorturl.at"), QStringLiteral("tiny.cc"),     QStringLiteral("rb.gy"),
        QStringLiteral("t.ly"),        QStringLiteral("bl.ink"),      QStringLiteral("s.id"),
        QStringLiteral("v.gd"),        QStringLiteral("lnkd.in"),     QStringLiteral("shorte.st"),
    };
    return hosts;
}

bool Compliance::hasOptOutWording(const QString& text) {
    static const QRegularExpression wording(
        QStringLiteral("\\b(stop|unsubscribe|opt[ -]?out|end|quit|cancel)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return wording.match(text).hasMatch();
}

QList<ComplianceWarning> Compliance::check(const ComplianceInput& input) {
    QList<ComplianceWarning> warnings;
    const bool sms = input.channel == tmpl::RenderChannel::Sms;
    auto add = [&](ComplianceWarning::Kind kind, const QString& message, int offset = -1, int length = 0) {
        warnings.append({kind, message, offset, length});
    };

    if (sms && input.marketing && !hasOptOutWording(input.rendered) &&
        !input.source.contains(QLatin1String("opt_out")))
        add(ComplianceWarning::Kind::NoOptOut,
            ComplianceText::tr(
                "Marketing texts must say how to opt out: add {{opt_out}} (\"Reply STOP to opt out\")."));

    if (sms) {
        const bool named = input.source.contains(QLatin1String("business_name")) ||
                           (!input.businessName.isEmpty() &&
                            input.rendered.contains(input.businessName, Qt::CaseInsensitive));
        if (!named)
            add(ComplianceWarning::Kind::NoBusinessName,
                input.businessName.isEmpty()
                    ? ComplianceText::tr(
                          "The message does not say who sends it: set your business name in the settings "
                          "and add {{business_name}}.")
                    : ComplianceText::tr("The message does not say who sends it: add {{business_name}} (%1).")
                          .arg(input.businessName));
    }

    const int segments =
        input.audience ? std::max(input.audience->maxSegments, input.segments) : input.segments;
    if (sms && segments > kMaxSegments)
        add(ComplianceWarning::Kind::TooManySegments,
            ComplianceText::tr(
                "Up to %1 segments per message: carriers may split or drop longer texts, and each "
                "segment is billed. Shorten it to %2 or fewer.")
                .arg(segments)
                .arg(kMaxSegments));

    const int length = input.audience
                           ? std::max<int>(input.audience->maxLength, static_cast<int>(input.rendered.size()))
                           : static_cast<int>(input.rendered.size());
    if (sms && length > kMaxCharacters)
        add(ComplianceWarning::Kind::TooLong,
            ComplianceText::tr("%1 characters: carriers refuse texts over %2 characters.")
                .arg(length)
                .arg(kMaxCharacters));

    for (const QString& host : linkShorteners()) {
        const QRegularExpression link(
            QStringLiteral("(?<![\\w.-])(https?://)?(www\\.)?%1/\\S*").arg(QRegularExpression::escape(host)),
            QRegularExpression::CaseInsensitiveOption);
        auto matches = link.globalMatch(input.source);
        while (matches.hasNext()) {
            const auto match = matches.next();
            add(ComplianceWarning::Kind::LinkShortener,
                ComplianceText::tr(
                    "%1 is a public link shortener; carriers filter messages with such links. Use "
                    "your own domain.")
                    .arg(match.captured(0)),
                static_cast<int>(match.capturedStart(0)), static_cast<int>(match.capturedLength(0)));
        }
    }

    if (input.audience && input.audience->emptyRecipients > 0)
        add(ComplianceWarning::Kind::EmptyForSome,
            ComplianceText::tr("%1 recipients would get an empty message (e.g. %2); add a fallback like "
                               "{{first_name|there}}.")
                .arg(input.audience->emptyRecipients)
                .arg(input.audience->emptyExamples.join(QStringLiteral(", "))));
    else if (input.rendered.trimmed().isEmpty() && !input.source.trimmed().isEmpty())
        add(ComplianceWarning::Kind::EmptyForSome,
            ComplianceText::tr(
                "This recipient would get an empty message; add a fallback like {{first_name|there}}."));
    return warnings;
}

} // namespace iq
