#pragma once
// Work on numbered items by a few threads, results taken back strictly in number order.
#include <cstddef>
#include <functional>

#include "batch/firm_job.hpp"

namespace filinggen::batch {

// Runs `work(i)` for i = 0 … count-1 on `jobs` threads and hands each result to `take`
// on the calling thread in order of i. At most `window` results are ahead of the one
// `take` is waiting for, so memory stays bounded however many items there are. When
// `take` returns false no further item is started; items already started finish and
// are dropped unseen. A stop requested by a signal (stop_signal.hpp) does the same
// before the next item is taken: the item being taken is finished. Returns how many items after the last taken one were not taken.
// An exception from `work` (memory running out while it reports a failure) or from
// `take` stops the run: every thread is joined first, then the first exception is
// thrown again here, so it reaches main()'s sentence instead of std::terminate.
std::size_t run_in_order(std::size_t count, unsigned jobs, std::size_t window,
                         const std::function<FirmJob(std::size_t)>& work,
                         const std::function<bool(FirmJob&&)>& take);

}  // namespace filinggen::batch
