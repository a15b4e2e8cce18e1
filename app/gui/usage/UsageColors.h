#pragma once

#include <QColor>
#include <QPalette>

namespace Lineup {

// The usage meter's colours, derived from the palette so they read in light and dark mode.
struct UsageColors
{
    explicit UsageColors(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        prompt = palette.color(QPalette::Highlight);
        int h = 0, s = 0, v = 0;
        prompt.getHsv(&h, &s, &v);
        // The complementary-ish hue, as strong as the highlight.
        completion = QColor::fromHsv((qMax(h, 0) + 150) % 360, qMax(s, 120), qMax(v, 170));
        cached = mix(prompt, base, 0.5);
        reasoning = mix(completion, base, 0.5);
        warning = base.lightness() < 128 ? QColor(0xff, 0xb3, 0x47) : QColor(0xb3, 0x5c, 0x00);
    }

    static QColor mix(const QColor &a, const QColor &b, double amount)
    {
        return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                                float(a.greenF() * (1 - amount) + b.greenF() * amount),
                                float(a.blueF() * (1 - amount) + b.blueF() * amount));
    }

    QColor prompt;
    QColor cached;
    QColor completion;
    QColor reasoning;
    QColor warning;
};

} // namespace Lineup
