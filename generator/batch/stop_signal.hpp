#pragma once
// Asking a run to stop cleanly: SIGINT, SIGTERM and SIGHUP (and a stdout that can no
// longer be written, e.g. `generate … | head -1`) set one flag; the batch checks it
// between firms, so the file being written is finished, the firms done are recorded in
// the manifest, and the run ends with 128 + the signal's number (docs/batch.md).
namespace filinggen::batch {

// The signal that asked the run to stop (SIGPIPE for a closed stdout); 0 when none did.
int stop_requested();
// Records `signal` as the reason to stop, unless one is recorded already. Safe in a
// signal handler (a lock-free atomic, nothing else).
void request_stop(int signal);
// SIGINT, SIGTERM and SIGHUP call request_stop (once: a second one ends the process at
// once, as without filinggen); SIGPIPE is ignored, so a closed stdout is a failed write.
void install_stop_handlers();
// Forgets a recorded stop (the unit tests run several batches in one process).
void clear_stop();

}  // namespace filinggen::batch
