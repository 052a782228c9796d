/* The string hash of the id indexes (documents, entities) and of the
 * gazetteer's generated indexes (scripts/gen-tables.py computes the same). */
#ifndef CPI_HASH_H
#define CPI_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The n bytes at p (n <= 8) as a little-endian integer, on any machine. */
static inline uint64_t cpi_hash_load(const char *p, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n == 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    if (n == 4) {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
#endif
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;)
        v = (v << 8) | (unsigned char)p[i];
    return v;
}

static inline uint64_t cpi_hash_mix(uint64_t h, uint64_t v) {
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

/* The length, then the bytes eight at a time (the last eight overlapping
 * the ones before; a shorter string in two overlapping halves, or its
 * first, middle and last bytes), each mixed in with a multiply; a last mix
 * spreads every bit into the low ones that index slots. Ids are hashed at
 * every lookup: a few steps a string, not one a byte. */
static inline size_t cpi_hash_str(const char *s) {
    size_t n = strlen(s);
    uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            h = cpi_hash_mix(h, cpi_hash_load(s + i, 8));
        h = cpi_hash_mix(h, cpi_hash_load(s + n - 8, 8));
    } else if (n >= 4) {
        h = cpi_hash_mix(h, cpi_hash_load(s, 4) | cpi_hash_load(s + n - 4, 4) << 32);
    } else if (n > 0) {
        h = cpi_hash_mix(h, (uint64_t)(unsigned char)s[0] |
                                (uint64_t)(unsigned char)s[n / 2] << 8 |
                                (uint64_t)(unsigned char)s[n - 1] << 16);
    }
    h ^= h >> 29;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 32));
}

#endif
