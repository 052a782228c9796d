/* Small moves and bit tricks the hot paths share: short strings copied and
 * compared without a call, the lowest bit of a mask. */
#ifndef CPI_BYTES_H
#define CPI_BYTES_H

#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Copy src[0..len) to dst, len <= 32 (a word, a number, a site's id, the
 * last bytes of a text): two moves of a fixed size that overlap, not a
 * call to memcpy for a few bytes. */
static inline void cpi_copy_short(char *dst, const char *src, size_t len) {
    assert(len <= 32);
    if (len >= 16) {
        uint64_t head[2], tail[2];
        memcpy(head, src, 16);
        memcpy(tail, src + len - 16, 16);
        memcpy(dst, head, 16);
        memcpy(dst + len - 16, tail, 16);
    } else if (len >= 8) {
        uint64_t head, tail;
        memcpy(&head, src, 8);
        memcpy(&tail, src + len - 8, 8);
        memcpy(dst, &head, 8);
        memcpy(dst + len - 8, &tail, 8);
    } else if (len >= 4) {
        uint32_t head, tail;
        memcpy(&head, src, 4);
        memcpy(&tail, src + len - 4, 4);
        memcpy(dst, &head, 4);
        memcpy(dst + len - 4, &tail, 4);
    } else if (len) {
        char a = src[0], m = src[len / 2], z = src[len - 1];
        dst[0] = a;
        dst[len / 2] = m;
        dst[len - 1] = z;
    }
}

/* memcmp(a, b, n) == 0 without the call for the short words, names and
 * units the hot paths compare (n up to 16; longer ones call memcmp): the
 * first and last eight bytes (or four) overlap to cover them. */
static inline bool cpi_same_bytes(const char *a, const char *b, size_t n) {
    if (n >= 8) {
        if (n > 16)
            return memcmp(a, b, n) == 0;
        uint64_t a0, b0, a1, b1;
        memcpy(&a0, a, 8);
        memcpy(&b0, b, 8);
        memcpy(&a1, a + n - 8, 8);
        memcpy(&b1, b + n - 8, 8);
        return a0 == b0 && a1 == b1;
    }
    if (n >= 4) {
        uint32_t a0, b0, a1, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + n - 4, 4);
        memcpy(&b1, b + n - 4, 4);
        return a0 == b0 && a1 == b1;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* The index of the lowest bit set in m (not 0). */
static inline size_t cpi_lowest_bit(uint64_t m) {
#if defined(__GNUC__)
    return (size_t)__builtin_ctzll(m);
#else
    size_t k = 0;
    while (!(m & 1)) {
        m >>= 1;
        k++;
    }
    return k;
#endif
}

#endif
