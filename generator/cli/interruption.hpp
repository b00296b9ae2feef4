#pragma once
// What the CLI does when a run is asked to stop (batch/stop_signal.hpp): SIGINT, SIGTERM,
// SIGHUP, or a stdout that can no longer be written (`generate … | head -1`).
#include "batch/batch.hpp"

namespace filinggen::cli {

// Flushes stdout after a firm's lines; a stdout that cannot be written any more (its
// reader has gone: EPIPE, SIGPIPE being ignored) stops the run as SIGPIPE would.
void flush_or_stop();

// The one line on stderr: which signal, how many firms were done (and, for generate,
// recorded in the manifest), how many data files were left.
void report_interruption(const batch::BatchResult& result, bool generating);

// 128 + the signal's number, as a shell reports a process a signal ended: 130 SIGINT,
// 143 SIGTERM, 129 SIGHUP, 141 a closed stdout (docs/batch.md, README).
inline int interrupted_exit_code(int signal) { return 128 + signal; }

}  // namespace filinggen::cli
