/* UTF-8: validation, decoding and positions (see utf8.h). The validator has an
 * ASCII fast path because most of every document is ASCII. */
#include "utf8.h"

#include <string.h>

#include "bytes.h"
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

/* (inline here so that validation calls no function per character) */
static inline size_t sequence_len(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    /* the common ones first, with only the checks they need: two bytes
     * (accented letters, NBSP) and general punctuation E2 80 xx (curly
     * quotes, dashes) */
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c == 0xE2 && n >= 3 && s[1] == 0x80 && (s[2] & 0xC0) == 0x80)
        return 3;
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                                               : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t k = 1; k < len; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    /* the second byte rules out overlong forms, surrogates and > U+10FFFF */
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return 0;
    return len;
}

size_t cpi_utf8_sequence(const char *str, size_t n) {
    return sequence_len((const unsigned char *)str, n);
}

/* The offset of the first byte in s[i..size) that is not ASCII or is a
 * NUL, or size. Most of every document is plain ASCII: 32 bytes are tested
 * at a time (SSE2; else 8 as a word), and the byte found is told by its bit
 * rather than by stepping to it. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t size) {
#if defined(__SSE2__) && defined(__GNUC__)
    const __m128i one = _mm_set1_epi8(1);
    /* 0xFF for a byte that is 0 or has its high bit set: below 1 as a
     * signed byte */
#define STOPS(p) _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), one)
#define STOPS16(p) ((unsigned)_mm_movemask_epi8(STOPS(p)))
    for (; size - i >= 32; i += 32) {
        __m128i low = STOPS(s + i), high = STOPS(s + i + 16);
        if (_mm_movemask_epi8(_mm_or_si128(low, high))) {
            uint32_t m = (uint32_t)_mm_movemask_epi8(low) |
                         (uint32_t)_mm_movemask_epi8(high) << 16;
            return i + (size_t)__builtin_ctz(m);
        }
    }
    if (size >= 16) {
        if (size - i >= 16) {
            unsigned m = STOPS16(s + i);
            if (m)
                return i + (size_t)__builtin_ctz(m);
            i += 16;
        }
        if (i == size)
            return size;
        /* the last bytes: the text's last 16 read once more, from i on */
        unsigned m = STOPS16(s + size - 16) >> (16 - (size - i));
        return m ? i + (size_t)__builtin_ctz(m) : size;
    }
#undef STOPS16
#undef STOPS
#else
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (size - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (((w - ones) & ~w & highs) | (w & highs)) /* a NUL or a high bit */
            break;
        i += 8;
    }
#endif
    while (i < size && s[i] != 0 && s[i] < 0x80)
        i++;
    return i;
}

cpi_utf8_result cpi_utf8_validate(const char *str, size_t size, size_t *bad_out) {
    const unsigned char *s = (const unsigned char *)str;
    /* One pass: plain ASCII is skipped many bytes at a time up to a NUL or a
     * sequence to decode. A sequence cut by a NUL is bad at its start (the
     * NUL is no continuation byte), as it is when the text ends there. */
    size_t i = 0;
    for (;;) {
        i = skip_ascii(s, i, size);
        if (i >= size)
            return CPI_UTF8_OK;
        if (s[i] == 0) {
            *bad_out = i;
            return CPI_UTF8_NUL;
        }
        size_t n = sequence_len(s + i, size - i);
        if (n == 0) {
            *bad_out = i;
            return CPI_UTF8_INVALID;
        }
        i += n;
    }
}

cpi_utf8_result cpi_utf8_validate_marked(const char *str, size_t size,
                                         const uint64_t *high, size_t *bad_out) {
    const unsigned char *s = (const unsigned char *)str;
    size_t next = 0; /* the bytes before it are a sequence's, checked */
    for (size_t w = 0; w * 64 < size; w++) {
        uint64_t m = high[w];
        if (next > w * 64) /* (the last sequence's bytes in this word) */
            m = next - w * 64 >= 64 ? 0 : m & ~(uint64_t)0 << (next - w * 64);
        while (m) {
            size_t i = w * 64 + cpi_lowest_bit(m);
            if (s[i] == 0) {
                *bad_out = i;
                return CPI_UTF8_NUL;
            }
            size_t n = sequence_len(s + i, size - i);
            if (n == 0) {
                *bad_out = i;
                return CPI_UTF8_INVALID;
            }
            next = i + n;
            /* on after its continuation bytes */
            m = next - w * 64 >= 64 ? 0 : m & ~(uint64_t)0 << (next - w * 64);
        }
    }
    return CPI_UTF8_OK;
}

size_t cpi_utf8_encode(int32_t cp, char *out) {
    uint32_t u = (uint32_t)cp;
    if (u < 0x80) {
        out[0] = (char)u;
        return 1;
    }
    if (u < 0x800) {
        out[0] = (char)(0xC0 | (u >> 6));
        out[1] = (char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        out[0] = (char)(0xE0 | (u >> 12));
        out[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        out[2] = (char)(0x80 | (u & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (u >> 18));
    out[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    out[3] = (char)(0x80 | (u & 0x3F));
    return 4;
}

void cpi_utf8_position(const char *str, size_t size, size_t offset, size_t *line_out,
                       size_t *column_out) {
    const unsigned char *s = (const unsigned char *)str;
    size_t line = 1, col = 1;
    if (offset > size)
        offset = size;
    for (size_t i = 0; i < offset; i++) {
        if (s[i] == '\n') {
            line++;
            col = 1;
        } else if (s[i] == '\r') {
            if (i + 1 < size && s[i + 1] == '\n')
                continue; /* CRLF: the LF ends the line */
            line++;
            col = 1;
        } else if ((s[i] & 0xC0) != 0x80) {
            col++; /* count lead bytes only: columns are code points */
        }
    }
    *line_out = line;
    *column_out = col;
}
