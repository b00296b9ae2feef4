// The workers share only this state, behind one mutex: the next item to start, the next
// to hand over, and the finished results waiting for their turn. Everything a worker
// reads besides (fonts, rules, templates folder, the previous manifest) is read-only
// for the whole run.
#include "batch/parallel_runner.hpp"

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace filinggen::batch {
namespace {

struct Queue {
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_start = 0, next_take = 0;
  bool stopped = false;
  std::map<std::size_t, FirmJob> finished;
};

}  // namespace

std::size_t run_in_order(std::size_t count, unsigned jobs, std::size_t window,
                         const std::function<FirmJob(std::size_t)>& work,
                         const std::function<bool(FirmJob&&)>& take) {
  Queue q;
  window = std::max<std::size_t>(window, 1);
  auto worker = [&] {
    for (;;) {
      std::size_t item;
      {
        std::unique_lock lock(q.mutex);
        q.changed.wait(lock, [&] { return q.stopped || q.next_start >= count || q.next_start < q.next_take + window; });
        if (q.stopped || q.next_start >= count) return;
        item = q.next_start++;
      }
      FirmJob result = work(item);
      std::lock_guard lock(q.mutex);
      q.finished.emplace(item, std::move(result));
      q.changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(count, 1)); ++i) threads.emplace_back(worker);

  std::size_t not_started = 0;
  for (std::size_t i = 0; i < count; ++i) {
    FirmJob result;
    {
      std::unique_lock lock(q.mutex);
      q.changed.wait(lock, [&] { return q.finished.count(i) > 0; });
      auto node = q.finished.extract(i);
      result = std::move(node.mapped());
      q.next_take = i + 1;
      q.changed.notify_all();
    }
    if (!take(std::move(result))) {
      std::lock_guard lock(q.mutex);
      q.stopped = true;
      not_started = count - i - 1;  // some may be rendered already; none is handed over
      q.changed.notify_all();
      break;
    }
  }
  for (auto& t : threads) t.join();
  return not_started;
}

}  // namespace filinggen::batch
