/* The string hash of the id indexes (documents, entities): FNV-1a. */
#ifndef CPI_HASH_H
#define CPI_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline size_t cpi_hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (size_t)h;
}

#endif
