/* A strict JSON reader (RFC 8259) into a tree in an arena, with the byte
 * offset of every value for error messages. Used to read crimepolicy/1
 * models back (import_json.c). */
#ifndef CPI_JSON_READ_H
#define CPI_JSON_READ_H

#include "arena.h"

enum { CPI_JSON_MAX_DEPTH = 64 };

typedef enum cpi_json_type {
    CPI_JSON_NULL,
    CPI_JSON_FALSE,
    CPI_JSON_TRUE,
    CPI_JSON_NUMBER,
    CPI_JSON_STRING,
    CPI_JSON_ARRAY,
    CPI_JSON_OBJECT
} cpi_json_type;

typedef struct cpi_json cpi_json;
struct cpi_json {
    cpi_json_type type;
    size_t offset;      /* where the value starts in the input */
    double number;
    const char *string; /* decoded UTF-8, NUL-terminated (strings and keys) */
    size_t length;      /* of string; items of an array or object */
    const char *key;    /* for a member of an object */
    cpi_json *items;    /* children, `length` of them */
};

/* Read one value starting at *pos (after whitespace); *pos moves past it and
 * the whitespace after. Returns NULL on a syntax error, with a message in
 * `message` (size `cap`) and *pos at the offending byte, or on out of memory
 * (then `*nomem` is true). */
cpi_json *cpi_json_read(cpi_arena *arena, const char *text, size_t size, size_t *pos,
                        char *message, size_t cap, bool *nomem);

/* The member `key` of an object, or NULL. */
const cpi_json *cpi_json_get(const cpi_json *object, const char *key);

#endif
