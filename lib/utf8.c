/* UTF-8: validation, decoding and positions (see utf8.h). The validator has an
 * ASCII fast path because most of every document is ASCII. */
#include "utf8.h"

#include <string.h>

/* (inline here so that validation calls no function per character) */
static inline size_t sequence_len(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
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

/* The offset of the first byte with its high bit set in s[i..end), or end.
 * Most of every document is ASCII: 32 bytes are tested at a time. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t end) {
    const uint64_t highs = 0x8080808080808080ull;
    while (end - i >= 32) {
        uint64_t a, b, c, d;
        memcpy(&a, s + i, 8);
        memcpy(&b, s + i + 8, 8);
        memcpy(&c, s + i + 16, 8);
        memcpy(&d, s + i + 24, 8);
        if ((a | b | c | d) & highs)
            break;
        i += 32;
    }
    while (end - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & highs)
            break;
        i += 8;
    }
    while (i < end && s[i] < 0x80)
        i++;
    return i;
}

cpi_utf8_result cpi_utf8_validate(const char *str, size_t size, size_t *bad_out) {
    const unsigned char *s = (const unsigned char *)str;
    /* A NUL is found by memchr (many bytes at a time); only the bytes before
     * it need decoding, and a bad sequence there comes first. */
    const unsigned char *nul = memchr(s, 0, size);
    size_t end = nul ? (size_t)(nul - s) : size;
    size_t i = 0;
    for (;;) {
        i = skip_ascii(s, i, end);
        if (i >= end)
            break;
        size_t n = sequence_len(s + i, end - i);
        if (n == 0) {
            *bad_out = i;
            return CPI_UTF8_INVALID;
        }
        i += n;
    }
    if (nul) {
        *bad_out = end;
        return CPI_UTF8_NUL;
    }
    return CPI_UTF8_OK;
}

int32_t cpi_utf8_decode(const char *str, size_t size, size_t i, size_t *len_out) {
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    if (c < 0x80 || i + 1 >= size) {
        *len_out = 1;
        return c;
    }
    if (c < 0xE0) {
        *len_out = 2;
        return (int32_t)(((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu));
    }
    if (c < 0xF0 && i + 2 < size) {
        *len_out = 3;
        return (int32_t)(((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) |
                         (s[i + 2] & 0x3Fu));
    }
    if (i + 3 < size) {
        *len_out = 4;
        return (int32_t)(((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) |
                         ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu));
    }
    *len_out = 1;
    return c;
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
