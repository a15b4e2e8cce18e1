#pragma once

#include "usage/TokenProbabilities.h"

#include <QWidget>

namespace Lineup {

// An answer shown as its tokens, each on a background shaded by how unlikely it was (clear for
// near-certain tokens, strong for doubtful ones), with a legend. Hovering a token, or moving to
// it with the arrow keys (Home/End, Tab leaves), lists the alternatives the model considered
// with their probabilities. Colours come from the palette, so it reads in dark mode; the current
// token's text and alternatives are its accessible description.
class TokenView : public QWidget
{
    Q_OBJECT
public:
    // Tokens below this probability are "low confidence": outlined as well as shaded.
    static constexpr double LowConfidence = 0.5;

    explicit TokenView(QWidget *parent = nullptr);

    void setTokens(const QList<TokenProbability> &tokens, const QString &title = {});
    const QList<TokenProbability> &tokens() const { return m_tokens; }
    int currentToken() const { return m_current; }
    void setCurrentToken(int index);
    int tokenAt(QPoint position) const;
    QRectF tokenRect(int index) const;
    // "“ world” 62.1% — alternatives: “ World” 20.3%, “ earth” 9.8%".
    QString describe(int index) const;
    int lowConfidenceCount() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void currentTokenChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QList<QRectF> layoutTokens(double width, double *height) const;
    static QString shown(const QString &token); // whitespace made visible
    QColor shade(double probability) const;
    void showTip(int index, QPoint globalPosition);

    QList<TokenProbability> m_tokens;
    QList<QRectF> m_rects;
    QString m_title;
    int m_current = -1;
};

} // namespace Lineup
