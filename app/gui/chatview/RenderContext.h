#pragma once

#include <QFont>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QPixmap>

#include "util/Clock.h"

#include <utility>

namespace Lineup {

struct ChatViewStats;

// Everything message layouts need from their view, passed in explicitly (no globals), so that
// several views can render side by side with their own fonts, palettes and counters.
struct RenderContext
{
    QFont font;          // body text
    QFont monoFont;      // code blocks, tool-call arguments
    QFont smallFont;     // header, footer, banners
    QFont boldSmallFont; // role label
    QPalette palette;
    QLocale locale;
    QImage imagePlaceholder; // shown instead of any image a document names
    ChatViewStats *stats = nullptr;
    const Clock *clock = &Clock::steady(); // paces re-parses (tests step a manual clock)
    // Pre-rendered rounded corners of cards and code blocks, by colours, radius and pixel ratio
    // (packed into two numbers: see drawCard()).
    using CornerKey = std::pair<quint64, quint64>;
    mutable QHash<CornerKey, QPixmap> cornerCache;

    // Geometry shared by layout, painting and hit-testing.
    int outerMargin = 12; // between viewport edge and card
    int rowGap = 10;      // between cards
    int padding = 10;     // inside a card
    int sectionGap = 8;   // between sections / Markdown blocks
    int codePadding = 8;  // inside a code block
    int codeHeader = 22;  // language label and Copy button strip over a code block
    int thumbnailHeight = 96;
    int toolTitleHeight = 20; // title line of a tool-call card
    int reasoningIndent = 12;
    // A blind arena round: answers do not say which model wrote them, nor the figures (tokens,
    // speed) that could give it away.
    bool modelsHidden = false;
    int buttonPadding = 10; // left and right of a painted button's label // reasoning text right of
                            // its vertical rule
};

} // namespace Lineup
