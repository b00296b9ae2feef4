#pragma once
// Text from data or file names on its way to a terminal. A name can hold what a terminal
// obeys instead of showing (ESC clears the screen, CR overwrites the line with a fake
// 已匯入, a right-to-left override reverses what follows): every printer of diagnostics
// and progress lines passes what it prints through printable() once.
#include <string>
#include <string_view>

namespace filinggen {

// `text` with every control character but tab and line feed (C0, DEL, C1, so CR and
// ESC too), every bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069) and every byte that is not UTF-8 written out visibly: <U+001B>,
// <U+202E>, <0xFF>. Other text, Chinese included, is unchanged.
std::string printable(std::string_view text);

// Whether `c` is one of the bidirectional controls above.
bool is_bidi_control(char32_t c);

}  // namespace filinggen
