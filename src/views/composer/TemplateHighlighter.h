#pragma once

#include <QList>
#include <QSyntaxHighlighter>

namespace iq {

// Colours the tags of a message template ({{first_name}}, {{#vip}}, {{> signature}}) and underlines
// the ranges that have a problem (an unknown field, the place of a parse error, a link shortener).
class TemplateHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    struct Range {
        int offset;
        int length;
    };

    explicit TemplateHighlighter(QTextDocument* document);

    // Ranges in document positions; rehighlights only when they change.
    void setProblems(const QList<Range>& problems);
    const QList<Range>& problems() const { return m_problems; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QList<Range> m_problems;
};

} // namespace iq
