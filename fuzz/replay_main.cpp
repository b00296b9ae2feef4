// Runs a fuzz target over every file of the folders (or files) given, as ctest does with
// tests/fuzz/<target>/: the regression cases found by fuzzing and the seeds. A crash or a
// sanitizer report fails the test; so does a case slower than five seconds (a hang found).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> cases;
  for (int i = 1; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i]))
        if (e.is_regular_file()) cases.push_back(e.path());
    } else {
      cases.emplace_back(argv[i]);
    }
  }
  std::sort(cases.begin(), cases.end());
  int slow = 0;
  for (const auto& path : cases) {
    std::ifstream in(path, std::ios::binary);
    const std::vector<uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const auto start = std::chrono::steady_clock::now();
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (seconds > 5.0) {
      std::cerr << path.string() << ": " << seconds << " s (a hang)\n";
      ++slow;
    }
  }
  std::cout << cases.size() << " cases replayed\n";
  return slow == 0 && !cases.empty() ? 0 : 1;
}
