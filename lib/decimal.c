/* Decimals (see decimal.h): strtod on a copy in the locale's spelling, with
 * the mantissa cut to 40 digits so that any length reads in bounded space. */
#include "decimal.h"

#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MANTISSA_MAX = 40 };

/* Clinger's fast path: at most 15 digits and no exponent. The digits read as
 * an integer and a power of ten up to 1e15 are both exact doubles, and one
 * IEEE division rounds correctly, so the result is strtod's, without the
 * copy and the call. False when the text needs the slow path. */
static bool fast_decimal(const char *s, size_t n, double *out) {
    static const double POW10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    size_t i = 0;
    bool negative = i < n && s[i] == '-';
    if (negative)
        i++;
    uint64_t mantissa = 0;
    size_t digits = 0, fraction = 0;
    bool point = false;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            if (++digits > 15)
                return false;
            mantissa = mantissa * 10 + (uint64_t)(s[i] - '0');
            fraction += point;
        } else if (s[i] == '.' && !point) {
            point = true;
        } else {
            return false; /* an exponent, or something to leave to strtod */
        }
    }
    double v = (double)mantissa / POW10[fraction];
    *out = negative ? -v : v;
    return true;
}

double cpi_decimal(const char *s, size_t n) {
    double fast;
    if (fast_decimal(s, n, &fast))
        return fast;
    char buf[MANTISSA_MAX + 48];
    size_t b = 0, i = 0;
    long long extra = 0; /* integer digits dropped: powers of ten */
    if (i < n && s[i] == '-')
        buf[b++] = s[i++];
    size_t kept = 0;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        if (kept < MANTISSA_MAX)
            buf[b++] = s[i], kept++;
        else
            extra++;
    }
    if (i < n && s[i] == '.') {
        const char *point = localeconv()->decimal_point;
        char dot = point && point[0] && !point[1] ? point[0] : '.';
        bool room = kept < MANTISSA_MAX && extra == 0;
        if (room)
            buf[b++] = dot;
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            if (room && kept < MANTISSA_MAX)
                buf[b++] = s[i], kept++;
    }
    long long exp10 = extra;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int sign = 1;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            sign = s[i++] == '-' ? -1 : 1;
        long long e = 0;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
        exp10 += sign * e;
    }
    if (kept == 0)
        buf[b++] = '0';
    if (exp10)
        b += (size_t)snprintf(buf + b, sizeof buf - b, "e%lld", exp10);
    buf[b] = '\0';
    return strtod(buf, NULL);
}
