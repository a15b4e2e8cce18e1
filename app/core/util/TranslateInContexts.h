#pragma once

#include <QString>

#include <initializer_list>

namespace Lineup {

// For a file-local tr() helper whose strings lupdate files under more than one context: a tr()
// call in a member function goes under the class ("Lineup::ConversationExporter"), one in a free
// function under the enclosing namespace ("Lineup"). Returns the translation from the first of
// `contexts` that has one, else the source text (with %n filled in, as tr() does).
QString translateInContexts(std::initializer_list<const char *> contexts, const char *text,
                            const char *disambiguation = nullptr, int n = -1);

} // namespace Lineup
