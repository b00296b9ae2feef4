// A shortest edit script between two texts of grapheme units: Myers' O(ND) algorithm in
// its linear-space form (E. W. Myers, "An O(ND) Difference Algorithm and Its
// Variations", 1986, section 4b). The shortest path through the edit graph is searched
// from both corners at once; where the two searches meet (the middle snake) the problem
// splits in two, each solved the same way. Time is O((N+M)·D), memory O(N+M).
#include <optional>

#include "text/edit_script.hpp"

namespace filinggen::text::revision {
namespace {

using Index = std::ptrdiff_t;

class Differ {
 public:
  explicit Differ(std::size_t work_limit) : work_left_(work_limit) {}

  // Appends the edits from `a` to `b`; past the work limit, without searching for them.
  void diff(std::u32string_view a, std::u32string_view b, EditScript& out) {
    const std::size_t head = common_prefix(a, b);
    append(out, Op::keep, a.substr(0, head));
    a.remove_prefix(head);
    b.remove_prefix(head);
    const std::size_t tail = common_suffix(a, b);
    const std::u32string_view kept_tail = a.substr(a.size() - tail);
    a.remove_suffix(tail);
    b.remove_suffix(tail);

    std::optional<Split> split;
    if (!a.empty() && !b.empty() && !over_limit_) split = middle_snake(a, b);
    if (split) {
      diff(a.substr(0, split->a), b.substr(0, split->b), out);
      diff(a.substr(split->a), b.substr(split->b), out);
    } else {
      append(out, Op::remove, a);
      append(out, Op::insert, b);
    }
    append(out, Op::keep, kept_tail);
  }

  bool over_limit() const { return over_limit_; }

 private:
  struct Split {
    std::size_t a, b;  // the subproblems are a[0, a) to b[0, b) and the rest
  };

  // Counts steps of work (a diagonal visited, a unit matched); false past the limit.
  bool spend(std::size_t steps) {
    if (steps > work_left_) {
      over_limit_ = true;
      return false;
    }
    work_left_ -= steps;
    return true;
  }

  // A point on a shortest path from (0, 0) to (n, m) with at least one edit on each side
  // of it, for texts that differ in their first and in their last unit. On each diagonal
  // k = x - y the forward search keeps the furthest x reached, the backward search the
  // furthest x counted from the end. When the difference of the lengths is odd the paths
  // can only meet during a forward step, otherwise during a backward one. Nothing when
  // the texts have no unit in common (the searches never meet) or past the work limit.
  std::optional<Split> middle_snake(std::u32string_view a, std::u32string_view b) {
    const Index n = static_cast<Index>(a.size()), m = static_cast<Index>(b.size());
    const Index max_d = (n + m + 1) / 2;
    const Index offset = max_d;  // diagonal k is at [offset + k]
    const Index width = 2 * max_d + 2;
    std::vector<Index> forward(width, -1), backward(width, -1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    const Index delta = n - m;
    const bool meet_forward = delta % 2 != 0;
    // Diagonals that left the grid (past the right or the bottom edge) are not searched again.
    Index forward_low = 0, forward_high = 0, backward_low = 0, backward_high = 0;

    for (Index d = 0; d < max_d; ++d) {
      for (Index k = -d + forward_low; k <= d - forward_high; k += 2) {
        Index x = (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
                      ? forward[offset + k + 1]
                      : forward[offset + k - 1] + 1;
        Index y = x - k;
        const Index start = x;
        while (x < n && y < m && a[x] == b[y]) ++x, ++y;
        if (!spend(1 + static_cast<std::size_t>(x - start))) return std::nullopt;
        forward[offset + k] = x;
        if (x > n) {
          forward_high += 2;
        } else if (y > m) {
          forward_low += 2;
        } else if (meet_forward) {
          const Index other = offset + delta - k;
          if (other >= 0 && other < width && backward[other] != -1 && x >= n - backward[other])
            return Split{static_cast<std::size_t>(x), static_cast<std::size_t>(y)};
        }
      }
      for (Index k = -d + backward_low; k <= d - backward_high; k += 2) {
        Index x = (k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1]))
                      ? backward[offset + k + 1]
                      : backward[offset + k - 1] + 1;
        Index y = x - k;
        const Index start = x;
        while (x < n && y < m && a[n - 1 - x] == b[m - 1 - y]) ++x, ++y;
        if (!spend(1 + static_cast<std::size_t>(x - start))) return std::nullopt;
        backward[offset + k] = x;
        if (x > n) {
          backward_high += 2;
        } else if (y > m) {
          backward_low += 2;
        } else if (!meet_forward) {
          const Index other = offset + delta - k;
          if (other >= 0 && other < width && forward[other] != -1) {
            const Index forward_x = forward[other];
            const Index forward_y = forward_x - (other - offset);
            if (forward_x >= n - x)
              return Split{static_cast<std::size_t>(forward_x), static_cast<std::size_t>(forward_y)};
          }
        }
      }
    }
    return std::nullopt;
  }

  std::size_t work_left_;
  bool over_limit_ = false;
};

}  // namespace

EditScript minimal_edits(std::u32string_view current, std::u32string_view amended, std::size_t work_limit) {
  EditScript script;
  Differ differ(work_limit);
  differ.diff(current, amended, script);
  if (!differ.over_limit()) return script;

  // Over the limit: keep what the texts share at their start and end, change the rest.
  script.clear();
  const std::size_t head = common_prefix(current, amended);
  const std::size_t tail = common_suffix(current.substr(head), amended.substr(head));
  append(script, Op::keep, current.substr(0, head));
  append(script, Op::remove, current.substr(head, current.size() - head - tail));
  append(script, Op::insert, amended.substr(head, amended.size() - head - tail));
  append(script, Op::keep, current.substr(current.size() - tail));
  return script;
}

}  // namespace filinggen::text::revision
