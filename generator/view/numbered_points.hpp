#pragma once
// Private to the view stage: paragraphs numbered 一、二、三、, as the declaration's
// statement and a revision's 說明 are set (a hanging label and the text).
#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

#include "text/text.hpp"

namespace filinggen::view {

inline kainjow::mustache::data numbered_points(const std::vector<std::string>& points) {
  kainjow::mustache::data list{kainjow::mustache::data::type::list};
  for (std::size_t i = 0; i < points.size(); ++i) {
    kainjow::mustache::data item;
    item.set("label", text::chinese_list_label(static_cast<long long>(i + 1)));
    item.set("text", text::line_breaks_as_separators(points[i]));
    list.push_back(item);
  }
  return list;
}

}  // namespace filinggen::view
