/* Byte classes: the character tests that extraction and the phrase
 * dictionaries run at every byte of every block, one table lookup each.
 * ASCII only: bytes of UTF-8 sequences are a class of their own, inside
 * words like letters. */
#ifndef CPI_CHARS_H
#define CPI_CHARS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

enum {
    CPI_UPPER = 1,
    CPI_LOWER = 2,
    CPI_DIGIT = 4,
    CPI_HIGH = 8,   /* a byte of a UTF-8 sequence */
    CPI_JOINER = 16 /* '.', '\'' and '-': a word goes on after them */
};
extern const unsigned char cpi_byte_class[256];
static inline unsigned cpi_class(char c) { return cpi_byte_class[(unsigned char)c]; }
static inline bool cpi_is_upper(char c) { return cpi_class(c) & CPI_UPPER; }
static inline bool cpi_is_lower(char c) { return cpi_class(c) & CPI_LOWER; }
static inline bool cpi_is_alpha(char c) { return cpi_class(c) & (CPI_UPPER | CPI_LOWER); }
static inline bool cpi_is_digit(char c) { return cpi_class(c) & CPI_DIGIT; }
/* Letters, digits and any byte of a UTF-8 sequence: the inside of a word. */
static inline bool cpi_inner_char(char c) {
    return cpi_class(c) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT | CPI_HIGH);
}

/* The capitals of t[0..n), or 0 when it has a lower-case letter: a line in
 * capitals ("OPERATION FALCON: ...", "HOLLAND:", "LOUISIANA") has some. */
static inline size_t cpi_capitals_only(const char *t, size_t n) {
    size_t upper = 0;
    for (size_t i = 0; i < n; i++) {
        if (cpi_is_lower(t[i]))
            return 0;
        upper += cpi_is_upper(t[i]);
    }
    return upper;
}

/* How many " | " stand in t[0..n), up to `most`: cells of a table's row or
 * parts of a web page's title line ("Office | Headline | Department"). */
static inline int cpi_bar_separators(const char *t, size_t n, int most) {
    int bars = 0;
    for (const char *p = n ? memchr(t, '|', n) : NULL; p && bars < most;
         p = memchr(p + 1, '|', (size_t)(t + n - p - 1)))
        bars += p > t && p[-1] == ' ' && p + 1 < t + n && p[1] == ' ';
    return bars;
}

#endif
