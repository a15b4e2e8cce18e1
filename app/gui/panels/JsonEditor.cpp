#include "panels/JsonEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace Lineup {

namespace {

class JsonHighlighter : public QSyntaxHighlighter
{
public:
    explicit JsonHighlighter(QTextDocument *document, const QPalette &palette)
        : QSyntaxHighlighter(document)
    {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
        m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
        m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
        m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
        m_literal.setFontWeight(QFont::Bold);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression token(QStringLiteral(
            R"RX(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)RX"));
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(1))
                setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                          match.capturedLength(2) ? m_key : m_string);
            else if (match.capturedLength(3))
                setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
            else if (match.capturedLength(4))
                setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
        }
    }

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

// The position of the bracket matching the one at `position`, or -1. Brackets inside strings
// do not count.
int matchingBracket(const QString &text, int position)
{
    if (position < 0 || position >= text.size())
        return -1;
    const QChar bracket = text.at(position);
    static const QString opening = QStringLiteral("{[");
    static const QString closing = QStringLiteral("}]");
    if (!opening.contains(bracket) && !closing.contains(bracket))
        return -1;
    // Which brackets are in strings: one pass from the start.
    QList<int> stack;
    bool inString = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (opening.contains(c)) {
            stack.append(i);
        } else if (closing.contains(c) && !stack.isEmpty()) {
            const int open = stack.takeLast();
            if (i == position)
                return open;
            if (open == position)
                return i;
        }
    }
    return -1;
}

} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    new JsonHighlighter(document(), palette());
    connect(this, &QPlainTextEdit::textChanged, this, &JsonEditor::recheck);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &JsonEditor::updateSelections);
}

void JsonEditor::recheck()
{
    const QString before = m_error;
    m_error.clear();
    m_errorLine = m_errorColumn = 0;
    m_errorOffset = -1;
    const QString text = toPlainText();
    if (!text.trimmed().isEmpty()) {
        QJsonParseError error;
        const QByteArray utf8 = text.toUtf8();
        QJsonDocument::fromJson('[' + utf8 + ']', &error);
        if (error.error != QJsonParseError::NoError) {
            // The parser counts UTF-8 bytes of the wrapped text; the editor counts characters.
            const int byteOffset = std::clamp(error.offset - 1, 0, int(utf8.size()));
            m_errorOffset = int(QString::fromUtf8(utf8.left(byteOffset)).size());
            const QTextBlock block = document()->findBlock(m_errorOffset);
            m_errorLine = block.blockNumber() + 1;
            m_errorColumn = m_errorOffset - block.position() + 1;
            m_error = tr("line %1, column %2: %3")
                          .arg(m_errorLine)
                          .arg(m_errorColumn)
                          .arg(error.errorString());
        }
    }
    updateSelections();
    if (before != m_error || m_error.isEmpty())
        Q_EMIT parseStateChanged();
}

void JsonEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = toPlainText();
    const int position = textCursor().position();
    for (const int at : {position, position - 1}) {
        const int match = matchingBracket(text, at);
        if (match < 0)
            continue;
        for (const int where : {at, match}) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(palette().color(QPalette::Highlight).lighter(160));
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(where);
            selection.cursor.setPosition(where + 1, QTextCursor::KeepAnchor);
            selections.append(selection);
        }
        break;
    }
    if (m_errorOffset >= 0) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(Qt::red);
        selection.format.setBackground(QColor(255, 0, 0, 40));
        selection.cursor = QTextCursor(document());
        const int start = std::min(m_errorOffset, int(text.size()) - 1);
        selection.cursor.setPosition(std::max(0, start));
        selection.cursor.setPosition(std::max(0, start) + 1, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QJsonValue JsonEditor::value() const
{
    if (!m_error.isEmpty() || toPlainText().trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson('[' + toPlainText().toUtf8() + ']');
    return document.array().first();
}

void JsonEditor::setValue(const QJsonValue &value)
{
    if (value.isObject())
        setPlainText(QString::fromUtf8(QJsonDocument(value.toObject()).toJson()));
    else if (value.isArray())
        setPlainText(QString::fromUtf8(QJsonDocument(value.toArray()).toJson()));
    else if (value.isUndefined())
        setPlainText(QString());
    else
        setPlainText(
            QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1));
}

bool JsonEditor::format()
{
    const QJsonValue current = value();
    if (current.isUndefined())
        return false;
    setValue(current);
    return true;
}

} // namespace Lineup
