#include "batch/stop_signal.hpp"

#include <signal.h>

#include <atomic>

namespace filinggen::batch {
namespace {

// A handler may only touch lock-free atomics: no allocation, no stream, no lock.
std::atomic<int> stop_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_stop_signal(int signal) { request_stop(signal); }

}  // namespace

int stop_requested() { return stop_signal.load(std::memory_order_acquire); }

void request_stop(int signal) {
  int none = 0;
  stop_signal.compare_exchange_strong(none, signal, std::memory_order_acq_rel);
}

void clear_stop() { stop_signal.store(0, std::memory_order_release); }

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: no read or write of the run is cut short by the signal; SA_RESETHAND:
  // a second Ctrl-C is not caught, for someone who does not want to wait.
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal, &action, nullptr);
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGPIPE, &ignore, nullptr);
}

}  // namespace filinggen::batch
