/* Injected faults for the end-to-end tests (LD_PRELOAD); the product is unchanged, the
 * test sees what a user would see:
 *   FILINGGEN_FAIL_WRITES_TO=S  every write() to a file whose path contains S fails as
 *                               on a full disk (ENOSPC);
 *   FILINGGEN_DENY_CREATE_IN=S  creating a temporary file (mkstemp, mkstemps, or openat
 *                               with O_CREAT|O_EXCL in a folder's descriptor) whose path
 *                               contains S fails as in a folder without write permission
 *                               (EACCES), which root, who runs the tests, cannot arrange
 *                               with permission bits;
 *   FILINGGEN_FAIL_NEW_OVER=N   operator new of more than N bytes throws std::bad_alloc,
 *                               as when memory runs out: whatever the stage, the run must
 *                               end with a sentence and exit 2, never an abort. (new and
 *                               delete are both replaced, so they stay a pair.) */
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <string>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cstdint>
#include <new>

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

static bool denied(const char* path) {
  const char* needle = getenv("FILINGGEN_DENY_CREATE_IN");
  return needle && *needle && std::strstr(path, needle) != nullptr;
}

extern "C" int mkstemp(char* tmpl) {
  using Make = int (*)(char*);
  static Make real = reinterpret_cast<Make>(dlsym(RTLD_NEXT, "mkstemp"));
  if (denied(tmpl)) {
    errno = EACCES;
    return -1;
  }
  return real(tmpl);
}

extern "C" int mkstemps(char* tmpl, int suffix) {
  using Make = int (*)(char*, int);
  static Make real = reinterpret_cast<Make>(dlsym(RTLD_NEXT, "mkstemps"));
  if (denied(tmpl)) {
    errno = EACCES;
    return -1;
  }
  return real(tmpl, suffix);
}

// The batch creates its temporary files relative to a folder's descriptor: the path is
// that folder's (as /proc/self/fd shows it) and the name.
extern "C" int openat(int dir_fd, const char* name, int flags, ...) {
  using Open = int (*)(int, const char*, int, ...);
  static Open real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "openat"));
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list args;
    va_start(args, flags);
    mode = static_cast<mode_t>(va_arg(args, int));
    va_end(args);
  }
  if ((flags & O_CREAT) && (flags & O_EXCL) && dir_fd >= 0) {
    char link[64], path[PATH_MAX];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", dir_fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n > 0) {
      path[n] = '\0';
      std::string full = std::string(path) + "/" + name;
      if (denied(full.c_str())) {
        errno = EACCES;
        return -1;
      }
    }
  }
  return real(dir_fd, name, flags, mode);
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

static size_t new_limit() {
  static const size_t limit = [] {
    const char* value = getenv("FILINGGEN_FAIL_NEW_OVER");
    return value && *value ? std::strtoull(value, nullptr, 10) : SIZE_MAX;
  }();
  return limit;
}

static void* allocate(size_t n) {
  if (n > new_limit()) return nullptr;
  return std::malloc(n ? n : 1);
}

void* operator new(size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}
void* operator new(size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
