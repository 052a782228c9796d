/* UTF-8: validation with the position of the first bad byte, decoding, and
 * line/column positions. */
#ifndef CPI_UTF8_H
#define CPI_UTF8_H

#include <stddef.h>
#include <stdint.h>

typedef enum cpi_utf8_result {
    CPI_UTF8_OK = 0,
    CPI_UTF8_INVALID = 1,
    CPI_UTF8_NUL = 2
} cpi_utf8_result;

/* Check that s[0..size) is valid UTF-8 without NUL bytes. On failure
 * *bad_out is the offset of the first offending byte. */
cpi_utf8_result cpi_utf8_validate(const char *s, size_t size, size_t *bad_out);

/* The same, given where the bytes to look at are: bit j of high[k] set
 * for each byte s[64 k + j] that is NUL or non-ASCII (and no other; no
 * bit at or past size). Plain ASCII is then never read. */
cpi_utf8_result cpi_utf8_validate_marked(const char *s, size_t size, const uint64_t *high,
                                         size_t *bad_out);

/* The length of the valid UTF-8 sequence at s[0] (1 for ASCII), or 0 when
 * it is not valid there (bad lead byte, missing continuation, overlong form,
 * surrogate, beyond U+10FFFF). n is the number of bytes available. */
size_t cpi_utf8_sequence(const char *s, size_t n);

/* Decode the code point at s[i] of valid UTF-8; *len_out gets its length.
 * (Inline: the cleaner decodes every non-ASCII character.) */
static inline int32_t cpi_utf8_decode(const char *str, size_t size, size_t i,
                                      size_t *len_out) {
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

/* Encode a code point; returns the number of bytes written (1-4). */
size_t cpi_utf8_encode(int32_t cp, char *out);

/* The 1-based line and column (in code points) of byte `offset`. Lines end at
 * LF, CR or CRLF. Linear in offset. */
void cpi_utf8_position(const char *s, size_t size, size_t offset, size_t *line_out,
                       size_t *column_out);

#endif
