#pragma once

#include <QRect>
#include <QScrollBar>

namespace Lineup {

// The chat view's vertical scroll bar. While an answer streams, the view moves the bar's range
// and value many times a second, but in a long conversation the handle mostly stays on the same
// pixels; a styled scroll bar costs about as much to repaint as a frame of text. This bar
// repaints on a range or value change only when what it shows (handle rectangle, at-the-ends
// state) differs from what it last painted. Everything else behaves like QScrollBar.
class ChatScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    explicit ChatScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    int repaintsSkipped() const { return m_skipped; } // tests

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Look
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        bool scrollable = false;
        bool operator==(const Look &other) const
        {
            return handle == other.handle && atMinimum == other.atMinimum &&
                   atMaximum == other.atMaximum && scrollable == other.scrollable;
        }
    };
    Look currentLook() const;

    Look m_painted;
    bool m_hasPainted = false;
    int m_skipped = 0;
};

} // namespace Lineup
