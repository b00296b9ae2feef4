#pragma once
// What no value of the data may hold once decoded: YAML and JSON escapes ("\e", "\x7f",
// "\u202e") and a workbook's character references (&#x1b;) give characters that the
// raw-byte check of a file never sees. One rule for every value, wherever it came from.
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.hpp"

namespace filinggen {

// More combining marks than this in a row (U+0300–U+036F, U+1AB0–U+1AFF, U+1DC0–U+1DFF,
// U+20D0–U+20FF, U+FE20–U+FE2F) is a pile no language writes: it covers the text around
// it and drops the name from the text a PDF reader extracts.
inline constexpr int kMaxCombiningMarksInARow = 4;

// The first thing in `value` (UTF-8) that no filing may print: a control character
// (C0 but tab and line breaks, DEL, C1; NUL too), a bidirectional embedding, override or
// isolate (U+202A–U+202E, U+2066–U+2069: they can make a printed name read differently
// from the data), or too many combining marks in a row. Reported at `pos`
// and `field` (text.control_character, text.bidi_control, text.combining_marks), with a
// sentence naming the code point; false when there was one.
bool check_decoded_text(std::string_view value, const SourcePos& pos, const std::string& field,
                        Diagnostics& diagnostics);

}  // namespace filinggen
