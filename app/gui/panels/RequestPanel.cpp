#include "panels/RequestPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Lineup {

namespace {

// Short data: URLs are shown as they are; only bulky ones (images) are abbreviated.
constexpr qsizetype kAbbreviateFrom = 120;

QString abbreviateDataUrl(const QString &url)
{
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return url;
    const qsizetype payload = url.size() - comma - 1;
    const bool base64 = url.left(comma).endsWith(QLatin1String(";base64"));
    const qint64 bytes = base64 ? payload * 3 / 4 : payload;
    return QCoreApplication::translate("Lineup::RequestPanel", "%1,… (%2)")
        .arg(url.left(comma), QLocale().formattedDataSize(bytes, 0));
}

// Single-quoted for POSIX shells: everything literal, a ' becomes '\''.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isSafeVariableName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

RequestPanel::RequestPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_adjustments(new QLabel(this))
    , m_copyCurl(new QPushButton(tr("Copy as curl"), this))
{
    setObjectName(QStringLiteral("requestPanel"));
    m_text->setObjectName(QStringLiteral("requestBody"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Next request body"));
    m_text->setToolTip(tr("The JSON the next request will send. Image data is abbreviated here "
                          "only; the request carries it in full."));
    m_text->setPlaceholderText(tr("Choose a model to see the request."));

    m_adjustments->setObjectName(QStringLiteral("requestAdjustments"));
    m_adjustments->setWordWrap(true);
    m_adjustments->setTextFormat(Qt::PlainText);
    m_adjustments->setAccessibleName(tr("Model-family adjustments"));
    m_adjustments->setVisible(false);

    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setAccessibleName(tr("Copy as curl"));
    m_copyCurl->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_adjustments);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_copyCurl, &QPushButton::clicked, this, &RequestPanel::copyCurlToClipboard);
    setKeyEnvironmentVariable({});
}

void RequestPanel::setRequest(const BuiltRequest &request, const Endpoint &endpoint)
{
    m_request = request;
    m_endpoint = endpoint;
    // Only whether a key is in use matters here; the key itself is not kept.
    m_endpoint.apiKey = endpoint.apiKey.isEmpty() ? QString() : QStringLiteral("set");
    refresh();
}

void RequestPanel::setKeyEnvironmentVariable(const QString &name)
{
    m_envVar = isSafeVariableName(name) ? name : QString();
    m_copyCurl->setToolTip(tr("Copy a curl command that sends this request; the key is read "
                              "from $%1, never copied")
                               .arg(keyEnvironmentVariable()));
}

QString RequestPanel::keyEnvironmentVariable() const
{
    return m_envVar.isEmpty() ? QStringLiteral("LINEUP_API_KEY") : m_envVar;
}

QString RequestPanel::displayedText() const
{
    return m_text->toPlainText();
}

QJsonValue RequestPanel::abbreviateDataUrls(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.size() >= kAbbreviateFrom && text.startsWith(QLatin1String("data:")))
            return abbreviateDataUrl(text);
        return value;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = abbreviateDataUrls(*it);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = abbreviateDataUrls(it.value());
        return object;
    }
    return value;
}

QString RequestPanel::curlCommand(const QJsonObject &body, const Endpoint &endpoint,
                                  const QString &keyVariable)
{
    const QString variable =
        isSafeVariableName(keyVariable) ? keyVariable : QStringLiteral("LINEUP_API_KEY");
    QStringList lines;
    lines.append(
        QStringLiteral("curl ") +
        (body.value(QLatin1String("stream")).toBool() ? QStringLiteral("-N ") : QString()) +
        shellQuote(endpoint.urlFor(QStringLiteral("chat/completions"))
                       .toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo)));
    if (!endpoint.apiKey.isEmpty())
        lines.append(QStringLiteral("  -H \"Authorization: Bearer $") + variable +
                     QLatin1Char('"'));
    lines.append(QStringLiteral("  -H 'Content-Type: application/json'"));
    if (endpoint.proxy && endpoint.proxy->type() != QNetworkProxy::DefaultProxy) {
        const QNetworkProxy &proxy = *endpoint.proxy;
        if (proxy.type() == QNetworkProxy::NoProxy) {
            lines.append(QStringLiteral("  --noproxy '*'"));
        } else {
            const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy
                                       ? QStringLiteral("socks5h")
                                       : QStringLiteral("http");
            // Proxy credentials are secrets too: never copied.
            lines.append(QStringLiteral("  -x ") +
                         shellQuote(scheme + QLatin1String("://") + proxy.hostName() +
                                    QLatin1Char(':') + QString::number(proxy.port())));
        }
    }
    // A quoted heredoc passes every byte literally (quotes, $, backslashes). Indented JSON never
    // has a line that is exactly the terminator, since each line starts with a brace, a bracket
    // or spaces.
    lines.append(QStringLiteral("  --data-binary @- <<'JSON'"));
    QString text = lines.join(QLatin1String(" \\\n"));
    text += QLatin1Char('\n') +
            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)) +
            QLatin1String("JSON\n");
    return text;
}

QString RequestPanel::curlCommand() const
{
    return curlCommand(m_request.body, m_endpoint, keyEnvironmentVariable());
}

void RequestPanel::copyCurlToClipboard()
{
    if (m_request.body.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(curlCommand());
    // Said on the button itself, where the person is looking, for a moment.
    m_copyCurl->setText(tr("Copied ✓"));
    QTimer::singleShot(1500, m_copyCurl,
                       [button = m_copyCurl] { button->setText(tr("Copy as curl")); });
    Q_EMIT curlCopied();
}

void RequestPanel::refresh()
{
    const bool empty = m_request.body.isEmpty();
    m_copyCurl->setEnabled(!empty);
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setPlainText(
        empty ? QString()
              : QString::fromUtf8(QJsonDocument(abbreviateDataUrls(m_request.body).toObject())
                                      .toJson(QJsonDocument::Indented)));
    m_text->verticalScrollBar()->setValue(scroll); // live updates keep the reader's place
    QStringList notes;
    for (const RuleAdjustment &adjustment : std::as_const(m_request.adjustments))
        notes.append(QStringLiteral("\u26a0 ") + adjustment.message);
    m_adjustments->setText(notes.join(QLatin1Char('\n')));
    m_adjustments->setVisible(!notes.isEmpty());
}

} // namespace Lineup
