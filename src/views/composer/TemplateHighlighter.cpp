#include "views/composer/TemplateHighlighter.h"

#include "models/ColourRoles.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace iq {

TemplateHighlighter::TemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {}

void TemplateHighlighter::setProblems(const QList<Range>& problems) {
    bool same = problems.size() == m_problems.size();
    for (int i = 0; same && i < problems.size(); ++i)
        same = problems[i].offset == m_problems[i].offset && problems[i].length == m_problems[i].length;
    if (same)
        return;
    m_problems = problems;
    rehighlight();
}

void TemplateHighlighter::highlightBlock(const QString& text) {
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\{?[^{}]*\\}?\\}\\}"));
    QTextCharFormat field;
    field.setForeground(roleColour(ColourRole::FieldText));
    field.setBackground(roleColour(ColourRole::FieldBackground));
    field.setFontWeight(QFont::DemiBold);
    QTextCharFormat control = field;
    control.setForeground(roleColour(ColourRole::ControlText));
    control.setBackground(roleColour(ColourRole::ControlBackground));
    auto matches = tag.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString inner = match.captured(0).mid(2).trimmed();
        const bool isControl = !inner.isEmpty() && QStringLiteral("#^/>!=").contains(inner.at(0));
        setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()),
                  isControl ? control : field);
    }

    const int start = currentBlock().position();
    const int end = start + static_cast<int>(text.size());
    for (const Range& range : m_problems) {
        const int from = std::max(range.offset, start);
        const int to = std::min(range.offset + std::max(range.length, 1), end);
        if (from >= to)
            continue;
        for (int i = from; i < to; ++i) {
            QTextCharFormat format = this->format(i - start);
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(roleColour(ColourRole::ErrorText));
            setFormat(i - start, 1, format);
        }
    }
}

} // namespace iq
