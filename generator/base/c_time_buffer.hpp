#pragma once
// glibc's gmtime() and localtime() return one static struct tm, shared by the whole
// process and by both functions. The libraries that call them from worker threads
// (libxlsxwriter for a workbook's dates, PoDoFo for a new document's stamp) must take
// this one mutex around those calls: two mutexes, one per library, left a PDF's stamp
// and a workbook's date racing on the same buffer (found by ThreadSanitizer).
#include <mutex>

namespace filinggen {

inline std::mutex& c_time_buffer() {
  static std::mutex buffer;
  return buffer;
}

}  // namespace filinggen
