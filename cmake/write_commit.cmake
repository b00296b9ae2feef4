# Writes OUT (generated/filinggen/commit.hpp) with the commit the tool is built from, at
# every build, touching the file only when the commit changed (so nothing else rebuilds).
execute_process(COMMAND git -C "${SOURCE_DIR}" describe --always --dirty --abbrev=12
                OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR commit STREQUAL "")
  set(commit "unknown")  # built from a source archive, not a git checkout
endif()
set(text "#pragma once\n// Written at build time by cmake/write_commit.cmake.\nnamespace filinggen {\ninline constexpr const char* kCommit = \"${commit}\";\n}\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUT}" "${text}")
endif()
