#pragma once

#include "api/Endpoint.h"
#include "api/RequestBuilder.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Lineup {

// Read-only view of the exact body the next request will post, and "Copy as curl" with the key
// replaced by an environment variable reference. The key itself is never shown or copied.
class RequestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestPanel(QWidget *parent = nullptr);

    void setRequest(const BuiltRequest &request, const Endpoint &endpoint);
    // The variable the curl command reads the key from (the profile's envVar); empty:
    // LINEUP_API_KEY.
    void setKeyEnvironmentVariable(const QString &name);
    QString keyEnvironmentVariable() const;

    // The text shown (pretty-printed, image data URLs abbreviated).
    QString displayedText() const;
    // A shell command posting the full body; contains "$VAR", never the key.
    QString curlCommand() const;

    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }

    // Pure helpers, public for tests and for other views (export, CLI-like output).
    static QJsonValue abbreviateDataUrls(const QJsonValue &value);
    static QString curlCommand(const QJsonObject &body, const Endpoint &endpoint,
                               const QString &keyVariable);

public Q_SLOTS:
    void copyCurlToClipboard();

Q_SIGNALS:
    void curlCopied();

private:
    void refresh();

    BuiltRequest m_request;
    Endpoint m_endpoint; // apiKey is only used to know whether a header is needed
    QString m_envVar;
    QPlainTextEdit *m_text;
    QLabel *m_adjustments;
    QPushButton *m_copyCurl;
};

} // namespace Lineup
