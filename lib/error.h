/* Errors: the cp_error object and how the library fills it. */
#ifndef CPI_ERROR_H
#define CPI_ERROR_H

#include "crimepolicy.h"

enum { CPI_ERROR_MESSAGE_MAX = 256, CPI_ERROR_PATH_MAX = 4096 };

/* Fixed-size, so that recording an out-of-memory failure needs no memory.
 * Paths longer than the buffer are kept truncated. */
struct cp_error {
    cp_status status;
    size_t line;
    size_t column;
    size_t offset;
    char message[CPI_ERROR_MESSAGE_MAX];
    char path[CPI_ERROR_PATH_MAX];
};

/* Record a failure in `err` (which may be NULL) and return `status`, so that
 * callers can write `return cpi_error_set(...)`. line 0 means no position. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 7, 8)))
#endif
cp_status cpi_error_set(cp_error *err, cp_status status, const char *path, size_t line,
                        size_t column, size_t offset, const char *fmt, ...);

/* Copy one error into another (`dst` may be NULL). */
void cpi_error_copy(cp_error *dst, const cp_error *src);

#endif
