/* Check macros shared by every driver of the PassListEval suite.
 *
 * A driver calls the functions under test (compiled with the candidate pass list), counts checks, prints one
 * line per failed check and, last, "PASSED <name>: N checks" or "FAILED <name>: F of N checks". It exits 0 only
 * when every check passed. The gate reads the exit code and the last line. C and C++ drivers both include it. */
#ifndef LLMOPT_SELFTEST_H
#define LLMOPT_SELFTEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int st_checks;
static int st_failures;

#define CHECK(cond)                                                                                   \
  do {                                                                                                \
    st_checks++;                                                                                      \
    if (!(cond)) {                                                                                    \
      st_failures++;                                                                                  \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                                          \
    }                                                                                                 \
  } while (0)

#define CHECK_EQ(actual, expected)                                                                    \
  do {                                                                                                \
    long long st_a = (long long)(actual), st_e = (long long)(expected);                               \
    st_checks++;                                                                                      \
    if (st_a != st_e) {                                                                               \
      st_failures++;                                                                                  \
      printf("FAIL %s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #actual, st_a, st_e);     \
    }                                                                                                 \
  } while (0)

#define CHECK_NEAR(actual, expected, tolerance)                                                       \
  do {                                                                                                \
    double st_a = (double)(actual), st_e = (double)(expected), st_d = st_a - st_e;                    \
    st_checks++;                                                                                      \
    if (!(st_d <= (tolerance) && -st_d <= (tolerance))) {                                             \
      st_failures++;                                                                                  \
      printf("FAIL %s:%d: %s == %.17g, expected %.17g\n", __FILE__, __LINE__, #actual, st_a, st_e);   \
    }                                                                                                 \
  } while (0)

/* A function rather than a macro body, so that C++ temporaries (std::string(...).c_str()) outlive the compare. */
static void st_check_str(const char *actual, const char *expected, const char *file, int line, const char *expr) {
  st_checks++;
  if (strcmp(actual, expected) != 0) {
    st_failures++;
    printf("FAIL %s:%d: %s == \"%s\", expected \"%s\"\n", file, line, expr, actual, expected);
  }
}

#define CHECK_STR(actual, expected) st_check_str((actual), (expected), __FILE__, __LINE__, #actual)

static int st_finish(const char *name) {
  if (st_failures != 0 || st_checks == 0) {
    printf("FAILED %s: %d of %d checks\n", name, st_failures, st_checks);
    return 1;
  }
  printf("PASSED %s: %d checks\n", name, st_checks);
  return 0;
}

#endif
