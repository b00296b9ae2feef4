/* An injected fault for the end-to-end tests (LD_PRELOAD): every write() to a file
 * whose path contains FILINGGEN_FAIL_WRITES_TO fails as on a full disk (ENOSPC). The
 * product is unchanged; the test sees what a user with a full disk would see. */
#include <dlfcn.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

static bool fails(int fd) {
  const char* needle = getenv("FILINGGEN_FAIL_WRITES_TO");
  if (!needle || !*needle || fd < 3) return false;
  char link[64], path[PATH_MAX];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n < 0) return false;
  path[n] = '\0';
  return std::strstr(path, needle) != nullptr;
}

extern "C" ssize_t write(int fd, const void* buf, size_t count) {
  using Write = ssize_t (*)(int, const void*, size_t);
  static Write real = reinterpret_cast<Write>(dlsym(RTLD_NEXT, "write"));
  if (fails(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, buf, count);
}
