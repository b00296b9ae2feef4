#pragma once
// Private to batch: the calling thread's half of a firm, in input order: a second file
// with a firm id already taken is refused, the rendered files are written atomically
// into the firm's folder, and the outcome is recorded.
#include <map>
#include <string>

#include "batch/firm_job.hpp"

namespace filinggen::batch {

class OrderedWriter {
 public:
  OrderedWriter(Mode mode, std::string out_dir) : mode_(mode), out_dir_(std::move(out_dir)) {}
  // Refuses or writes `job` (generate); its outcome is then final.
  void take(FirmJob& job);

 private:
  void refuse_taken_id(FirmJob& job, const std::string& owner);
  void write(FirmJob& job);

  Mode mode_;
  std::string out_dir_;
  std::map<std::string, std::string> folder_owner_;  // firm id -> the input that has it
};

}  // namespace filinggen::batch
