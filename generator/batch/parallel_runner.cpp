// The workers share only this state, behind one mutex: the next item to start, the next
// to hand over, and the finished results waiting for their turn. Everything a worker
// reads besides (fonts, rules, templates folder, the previous manifest) is read-only
// for the whole run.
#include "batch/parallel_runner.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "batch/stop_signal.hpp"

namespace filinggen::batch {
namespace {

struct Queue {
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_start = 0, next_take = 0;
  bool stopped = false;
  std::exception_ptr failure;  // the first exception of a worker
  std::map<std::size_t, FirmJob> finished;
};

// One worker: starts items while the window allows, until all are started or the run stops.
void work_items(Queue& q, std::size_t count, std::size_t window, const std::function<FirmJob(std::size_t)>& work) {
  for (;;) {
    std::size_t item;
    {
      std::unique_lock lock(q.mutex);
      q.changed.wait(lock, [&] { return q.stopped || q.next_start >= count || q.next_start < q.next_take + window; });
      if (q.stopped || q.next_start >= count || stop_requested()) return;
      item = q.next_start++;
    }
    FirmJob result = work(item);
    std::lock_guard lock(q.mutex);
    q.finished.emplace(item, std::move(result));
    q.changed.notify_all();
  }
}

// How often the calling thread looks at the stop flag while it waits for a worker: a
// signal handler cannot notify a condition variable.
constexpr auto kStopPoll = std::chrono::milliseconds(50);

// The calling thread: hands each result to `take` in order; returns how many were not
// taken when `take` said stop, or when a stop was requested (stop_signal.hpp) before the
// next was taken. Returns early when a worker failed.
std::size_t take_in_order(Queue& q, std::size_t count, const std::function<bool(FirmJob&&)>& take) {
  for (std::size_t i = 0; i < count; ++i) {
    FirmJob result;
    {
      std::unique_lock lock(q.mutex);
      while (!q.changed.wait_for(lock, kStopPoll, [&] { return q.finished.count(i) > 0 || q.failure || stop_requested(); })) {}
      if (q.failure) return 0;
      if (stop_requested()) return count - i;
      auto node = q.finished.extract(i);
      result = std::move(node.mapped());
      q.next_take = i + 1;
      q.changed.notify_all();
    }
    if (!take(std::move(result))) return count - i - 1;  // some may be rendered already; none is handed over
  }
  return 0;
}

}  // namespace

std::size_t run_in_order(std::size_t count, unsigned jobs, std::size_t window,
                         const std::function<FirmJob(std::size_t)>& work,
                         const std::function<bool(FirmJob&&)>& take) {
  Queue q;
  window = std::max<std::size_t>(window, 1);
  auto worker = [&] {
    try {
      work_items(q, count, window, work);
    } catch (...) {
      std::lock_guard lock(q.mutex);
      if (!q.failure) q.failure = std::current_exception();
      q.stopped = true;
      q.changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(count, 1)); ++i) threads.emplace_back(worker);
  // Every thread is joined before anything leaves this function: a joinable thread
  // destroyed during unwinding would call std::terminate.
  const auto stop_and_join = [&] {
    {
      std::lock_guard lock(q.mutex);
      q.stopped = true;
      q.changed.notify_all();
    }
    for (auto& t : threads) t.join();
  };
  std::size_t not_started = 0;
  try {
    not_started = take_in_order(q, count, take);
  } catch (...) {
    stop_and_join();
    throw;
  }
  stop_and_join();
  if (q.failure) std::rethrow_exception(q.failure);
  return not_started;
}

}  // namespace filinggen::batch
