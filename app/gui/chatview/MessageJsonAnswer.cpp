// A message's JSON answer: shown as one JSON code block (pretty-printed or as received), checked
// against the format it was asked with, and the footer's links to each violation and to the
// Pretty / Raw switch. The view turns a violation link into a selection of the part it names.
#include "chatview/MessageLayout.h"

#include "chatview/RenderContext.h"
#include "schema/JsonText.h"

#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace Lineup {

namespace {

const QLatin1String AnswerScheme("lineup-answer:");
const QLatin1String ViolationPrefix("lineup-answer:violation/");
const QLatin1String RawLink("lineup-answer:raw");
const QLatin1String PrettyLink("lineup-answer:pretty");

// A fence longer than any run of backticks inside, so that no line of the JSON can close it.
QString fenced(const QString &json)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : json) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    return fence + QLatin1String("json\n") + json + u'\n' + fence + u'\n';
}

} // namespace

QString MessageLayout::displayedContent(const MessageRecord &record, const ChatMessage &message)
{
    m_check = {};
    m_showsJson = false;
    m_jsonText.clear();
    if (m_role != Role::Assistant || record.status == MessageStatus::Streaming ||
        !message.toolCalls.isEmpty() || !message.refusal.isEmpty())
        return contentText(message);
    const QString received = message.text();
    m_check =
        AnswerCheck::check(record.parameters, received, record.status == MessageStatus::Complete);
    using State = AnswerValidation::State;
    if (m_check.state != State::Valid && m_check.state != State::Invalid &&
        m_check.state != State::BadSchema)
        return contentText(message); // not asked for JSON, not JSON or cut: shown as written
    m_showsJson = true;
    m_jsonText = m_rawJson ? received : JsonText::indented(received);
    return fenced(m_jsonText);
}

QString MessageLayout::schemaBadge(QList<QPair<QString, QString>> *links)
{
    QString badge = tr("Schema: %1").arg(m_check.summary());
    if (m_check.state != AnswerValidation::State::Invalid &&
        m_check.state != AnswerValidation::State::NotJson)
        return badge;
    QStringList lines;
    for (int i = 0; i < qMin<int>(5, int(m_check.errors.size())); ++i) {
        const QString line = schemaProblemLine(m_check.errors.at(i));
        lines.append(line);
        // Only a violation of JSON that is shown points somewhere.
        if (m_showsJson && m_check.state == AnswerValidation::State::Invalid)
            links->append({keepTogether(line), ViolationPrefix + QString::number(i)});
    }
    if (m_check.errors.size() > 5)
        lines.append(tr("… and %1 more").arg(m_check.errors.size() - 5));
    return badge + QStringLiteral(" — ") + lines.join(QStringLiteral("; "));
}

void MessageLayout::markLinks(QTextDocument *doc, const QString &text,
                              const QList<QPair<QString, QString>> &links)
{
    m_answerLinkLabels.clear();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setFontUnderline(true);
    format.setForeground(m_context->palette.color(QPalette::Link));
    qsizetype from = 0;
    for (const auto &[linkText, href] : links) {
        const qsizetype at = text.indexOf(linkText, from);
        if (at < 0)
            continue;
        // One block of plain text: document positions are string offsets.
        QTextCursor cursor(doc);
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + linkText.size()), QTextCursor::KeepAnchor);
        format.setAnchorHref(href);
        cursor.mergeCharFormat(format);
        QString label = linkText;
        unkeepTogether(label);
        m_answerLinkLabels.insert(href, label);
        from = at + linkText.size();
    }
}

MessageLayout::TextSpan MessageLayout::violationSpan(int index) const
{
    if (!m_showsJson || index < 0 || index >= m_check.errors.size() || m_content.blocks().empty())
        return {};
    const JsonText::Range range =
        JsonText::pointerRange(m_jsonText, m_check.errors.at(index).pointer);
    if (range.isEmpty())
        return {};
    // The JSON is the content's one code block, whose document holds exactly m_jsonText.
    const QTextDocument *json = m_content.blocks().front().doc.get();
    const QList<TextUnit> units = textUnits();
    for (int unit = 0; unit < units.size(); ++unit) {
        if (units.at(unit).doc == json)
            return {unit, range.start, range.end};
    }
    return {};
}

bool MessageLayout::isAnswerLink(const QString &href)
{
    return href.startsWith(AnswerScheme);
}

int MessageLayout::violationOfLink(const QString &href)
{
    if (!href.startsWith(ViolationPrefix))
        return -1;
    bool ok = false;
    const int index = QStringView(href).mid(ViolationPrefix.size()).toInt(&ok);
    return ok ? index : -1;
}

std::optional<bool> MessageLayout::rawJsonOfLink(const QString &href)
{
    if (href == RawLink)
        return true;
    if (href == PrettyLink)
        return false;
    return std::nullopt;
}

QString MessageLayout::answerLinkToolTip(const QString &href)
{
    if (const std::optional<bool> raw = rawJsonOfLink(href))
        return *raw ? tr("Show the answer exactly as it was received")
                    : tr("Show the answer indented, one member per line (only spaces change)");
    return tr("Select the part of the answer this points at");
}

QString MessageLayout::linkLabel(const QString &href) const
{
    return isAnswerLink(href) ? m_answerLinkLabels.value(href, href) : href;
}

} // namespace Lineup
