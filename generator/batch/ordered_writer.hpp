#pragma once
// Private to batch: the calling thread's half of a firm, in input order: a second file
// with a firm id already taken is refused, the rendered files are written atomically
// into the firm's folder, and the outcome is recorded.
#include <map>
#include <string>

#include "batch/firm_job.hpp"
#include "batch/output_folder.hpp"

namespace filinggen::batch {

class OrderedWriter {
 public:
  // `folder`: generate's output folder (null for validate and check).
  OrderedWriter(Mode mode, OutputFolder* folder) : mode_(mode), folder_(folder) {}
  // Refuses or writes `job` (generate); its outcome is then final. False when a stop
  // was requested while waiting for another run's lock: nothing of `job` is written.
  bool take(FirmJob& job);

 private:
  void refuse_taken_id(FirmJob& job, const std::string& owner);
  bool write(FirmJob& job);

  Mode mode_;
  OutputFolder* folder_;
  std::map<std::string, std::string> folder_owner_;  // firm id -> the input that has it
};

}  // namespace filinggen::batch
