/* Decimals (see decimal.h): strtod on a copy in the locale's spelling, with
 * the mantissa cut to 40 digits so that any length reads in bounded space. */
#include "decimal.h"

#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MANTISSA_MAX = 40 };

double cpi_decimal(const char *s, size_t n) {
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
