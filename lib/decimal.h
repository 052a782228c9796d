/* Decimal numbers as JSON and English write them ("1234.5"), read whatever
 * the process's locale says a decimal point is. */
#ifndef CPI_DECIMAL_H
#define CPI_DECIMAL_H

#include <stddef.h>

/* The value of `digits` (an optional '-', digits, an optional '.' and
 * digits, an optional exponent), of length n. Very long integer parts keep
 * their magnitude (the digits past the 40th count as powers of ten). May
 * return an infinity for a value beyond the range of double. */
double cpi_decimal(const char *digits, size_t n);

#endif
