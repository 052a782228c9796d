/* Errors: statuses, their names, and the caller-owned cp_error object. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *cp_status_string(cp_status status) {
    switch (status) {
    case CP_OK:
        return "success";
    case CP_ERR_NOMEM:
        return "out of memory";
    case CP_ERR_INVALID_ARGUMENT:
        return "invalid argument";
    case CP_ERR_IO:
        return "cannot read";
    case CP_ERR_NOT_FOUND:
        return "no such file or directory";
    case CP_ERR_INVALID_UTF8:
        return "invalid UTF-8";
    case CP_ERR_NUL_BYTE:
        return "NUL byte in text";
    case CP_ERR_EMPTY:
        return "empty document";
    case CP_ERR_BAD_HEADER:
        return "malformed date header";
    case CP_ERR_NO_DOCUMENTS:
        return "no documents";
    case CP_ERR_DUPLICATE_ID:
        return "duplicate document id";
    case CP_ERR_TOO_LARGE:
        return "document too large";
    case CP_ERR_BAD_JSON:
        return "not a crimepolicy/1 model";
    case CP_ERR_LIMIT:
        return "a limit is exceeded";
    }
    return "unknown status";
}

cp_error *cp_error_new(void) {
    cp_error *err = malloc(sizeof *err);
    if (err)
        cp_error_clear(err);
    return err;
}

void cp_error_free(cp_error *err) { free(err); }

void cp_error_clear(cp_error *err) {
    if (!err)
        return;
    err->status = CP_OK;
    err->line = err->column = err->offset = 0;
    err->message[0] = '\0';
    err->path[0] = '\0';
}

cp_status cp_error_status(const cp_error *err) { return err ? err->status : CP_OK; }
const char *cp_error_message(const cp_error *err) { return err ? err->message : ""; }
const char *cp_error_path(const cp_error *err) { return err ? err->path : ""; }
size_t cp_error_line(const cp_error *err) { return err ? err->line : 0; }
size_t cp_error_column(const cp_error *err) { return err ? err->column : 0; }
size_t cp_error_offset(const cp_error *err) { return err ? err->offset : 0; }

size_t cp_error_format(const cp_error *err, char *buf, size_t size) {
    int n;
    if (!err)
        n = snprintf(buf, size, "no error");
    else if (err->line)
        n = snprintf(buf, size, "%s:%zu:%zu: %s", err->path, err->line, err->column,
                     err->message);
    else if (err->path[0])
        n = snprintf(buf, size, "%s: %s", err->path, err->message);
    else
        n = snprintf(buf, size, "%s", err->message);
    return n < 0 ? 0 : (size_t)n;
}

cp_status cpi_error_set(cp_error *err, cp_status status, const char *path, size_t line,
                        size_t column, size_t offset, const char *fmt, ...) {
    if (!err)
        return status;
    err->status = status;
    err->line = line;
    err->column = column;
    err->offset = offset;
    snprintf(err->path, sizeof err->path, "%s", path ? path : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return status;
}

void cpi_error_copy(cp_error *dst, const cp_error *src) {
    if (dst && src && dst != src)
        memcpy(dst, src, sizeof *dst);
}
