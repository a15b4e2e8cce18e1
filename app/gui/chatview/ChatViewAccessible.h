#pragma once

namespace Lineup {

// Makes a ChatView readable and its painted controls usable with a screen reader: the viewport
// is a list of messages, and each message has its actions (copy, edit, retry...), reasoning
// toggle, choice tabs, code-block copy buttons and links as children that can be pressed.
// ChatView installs this once; it costs nothing until assistive technology asks.
void installChatViewAccessibility();

class ChatView;
// Tells assistive technology that the view's current message (keyboard focus) is now `row`.
void notifyCurrentMessage(ChatView *view, int row);

} // namespace Lineup
