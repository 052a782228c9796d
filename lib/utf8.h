/* UTF-8: validation with the position of the first bad byte, decoding, and
 * line/column positions. */
#ifndef CPI_UTF8_H
#define CPI_UTF8_H

#include <stddef.h>
#include <stdint.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

typedef enum cpi_utf8_result {
    CPI_UTF8_OK = 0,
    CPI_UTF8_INVALID = 1,
    CPI_UTF8_NUL = 2
} cpi_utf8_result;

/* Check that s[0..size) is valid UTF-8 without NUL bytes. On failure
 * *bad_out is the offset of the first offending byte. */
cpi_utf8_result cpi_utf8_validate(const char *s, size_t size, size_t *bad_out);

/* The length of the valid UTF-8 sequence at s[0] (1 for ASCII), or 0 when
 * it is not valid there (bad lead byte, missing continuation, overlong form,
 * surrogate, beyond U+10FFFF). n is the number of bytes available. */
size_t cpi_utf8_sequence(const char *s, size_t n);

/* Decode the code point at s[i] of valid UTF-8; *len_out gets its length. */
int32_t cpi_utf8_decode(const char *s, size_t size, size_t i, size_t *len_out);

/* Encode a code point; returns the number of bytes written (1-4). */
size_t cpi_utf8_encode(int32_t cp, char *out);

/* The 1-based line and column (in code points) of byte `offset`. Lines end at
 * LF, CR or CRLF. Linear in offset. */
void cpi_utf8_position(const char *s, size_t size, size_t offset, size_t *line_out,
                       size_t *column_out);

/* The first offset from i on where s[0..n) holds byte a, b or c (repeat one
 * to look for fewer), else n. Inline and 16 bytes at a time: the lines and
 * sentences it is used on are short, so memchr's call and setup would cost
 * more than the scan. Reads only s[0..n). */
static inline size_t cpi_find_byte3(const char *s, size_t i, size_t n, char a, char b, char c) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (n >= 16) {
        const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
#define CPI_FIND3_HITS(v)                                                                 \
    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),              \
                 _mm_cmpeq_epi8(v, vc))
        for (; i + 32 <= n; i += 32) { /* 32 bytes a step, one test for both halves */
            __m128i lo = CPI_FIND3_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
            __m128i hi =
                CPI_FIND3_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 16)));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(lo, hi));
            if (m) {
                m = (unsigned)_mm_movemask_epi8(lo) | (unsigned)_mm_movemask_epi8(hi) << 16;
                return i + (size_t)__builtin_ctz(m);
            }
        }
        if (i + 16 <= n) {
            unsigned m = (unsigned)_mm_movemask_epi8(
                CPI_FIND3_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + i))));
            if (m)
                return i + (size_t)__builtin_ctz(m);
            i += 16;
        }
        if (i < n) {
            /* the last window ends at s[n) and overlaps the one before: its
             * positions before i are shifted out */
            unsigned m = (unsigned)_mm_movemask_epi8(
                CPI_FIND3_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + n - 16))));
            m >>= 16 - (n - i);
            return m ? i + (size_t)__builtin_ctz(m) : n;
        }
#undef CPI_FIND3_HITS
        return n;
    }
#endif
    for (; i < n; i++)
        if (s[i] == a || s[i] == b || s[i] == c)
            return i;
    return n;
}

#endif
