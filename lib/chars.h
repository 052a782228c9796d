/* Byte classes: the character tests that extraction and the phrase
 * dictionaries run at every byte of every block, one table lookup each.
 * ASCII only: bytes of UTF-8 sequences are a class of their own, inside
 * words like letters. */
#ifndef CPI_CHARS_H
#define CPI_CHARS_H

#include <stdbool.h>

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

#endif
