/* Document metadata (MODEL.md sections 2, 3 and 5): which lines are
 * datelines, metadata and headings, and from them a document's publication
 * date, headline and kind. Works on clean text (markup gone, quotes and
 * dashes folded, spaces collapsed). */
#include "doc_meta.h"

#include <assert.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "bytes.h"
#include "chars.h"

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* Case-insensitive: does t[0..n) start with the ASCII word w? */
static bool starts_with_ci(const char *t, size_t n, const char *w) {
    for (size_t i = 0; w[i]; i++) /* compare as we go: most lines differ at once */
        if (i >= n || lower(t[i]) != w[i])
            return false;
    return true;
}

/* Sets of lower-case letters as bits, to reject a word by its first letter
 * before comparing it with every entry of a table. */
#define LETTER(c) (1u << ((c) - 'a'))
static bool letter_in(char lower_c, uint32_t set) {
    return lower_c >= 'a' && lower_c <= 'z' && (set >> (lower_c - 'a') & 1);
}

/* The index of the lowest bit set in m (m != 0). */
static inline size_t lowest_bit(uint32_t m) {
#if defined(__GNUC__)
    return (size_t)__builtin_ctz(m);
#else
    size_t k = 0;
    while (!(m >> k & 1))
        k++;
    return k;
#endif
}

/* A constant phrase with its length (no strlen at run time). */
typedef struct phrase {
    const char *text;
    size_t len;
} phrase;
#define PHRASE(s) {s, sizeof(s) - 1}

/* Does t[0..n) start with the lower-case phrase p (case-insensitive)? */
static bool starts_with_phrase(const char *t, size_t n, phrase p) {
    return p.len <= n && starts_with_ci(t, p.len, p.text);
}

bool cpi_date_valid(int y, int m, int d) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int max = days[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        max = 29;
    return d <= max;
}

/* "00" to "99": two digits a load. */
static const char DIGIT_PAIRS[200] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

/* The low two decimal digits of x (0 when negative). */
static inline void put_pair(char *out, int x) {
    unsigned u = x < 0 ? 0u : (unsigned)x % 100;
    memcpy(out, DIGIT_PAIRS + 2 * u, 2);
}

void cpi_date_format(cpi_date d, char out[11]) {
    unsigned year = d.year < 0 ? 0u : (unsigned)d.year % 10000; /* (its low four digits) */
    put_pair(out, (int)(year / 100));
    put_pair(out + 2, (int)(year % 100));
    out[4] = '-';
    put_pair(out + 5, d.month);
    out[7] = '-';
    put_pair(out + 8, d.day);
    out[10] = '\0';
}

/* ---- dates ---------------------------------------------------------------- */

static const phrase MONTHS[] = {
    PHRASE("january"), PHRASE("february"), PHRASE("march"),     PHRASE("april"),
    PHRASE("may"),     PHRASE("june"),     PHRASE("july"),      PHRASE("august"),
    PHRASE("september"), PHRASE("october"), PHRASE("november"), PHRASE("december"),
};

/* A month name or its abbreviation ("Sept.", "Jan"); returns 1-12 or 0. */
static int parse_month(const char *t, size_t n, size_t *len) {
    size_t w = 0;
    while (w < n && is_alpha(t[w]))
        w++;
    if (w < 3 || w > 9)
        return 0; /* "may" to "september" */
    /* the months by their first letter: up to three month numbers (1-12),
     * four bits each */
    static const uint16_t BY_FIRST[26] = {
        ['j' - 'a'] = 1 | 6 << 4 | 7 << 8, ['f' - 'a'] = 2, ['m' - 'a'] = 3 | 5 << 4,
        ['a' - 'a'] = 4 | 8 << 4,          ['s' - 'a'] = 9, ['o' - 'a'] = 10,
        ['n' - 'a'] = 11,                  ['d' - 'a'] = 12,
    };
    char first = lower(t[0]);
    unsigned months = first >= 'a' && first <= 'z' ? BY_FIRST[first - 'a'] : 0;
    for (; months; months >>= 4) {
        int m = (int)(months & 15u) - 1;
        assert(MONTHS[m].text[0] == first);
        size_t full = MONTHS[m].len;
        bool ok = true;
        if (w == full) {
            for (size_t i = 0; i < w && ok; i++)
                ok = lower(t[i]) == MONTHS[m].text[i];
        } else if (w == 3 || (m == 8 && w == 4)) { /* Jan, Sept */
            for (size_t i = 0; i < w && ok; i++)
                ok = lower(t[i]) == MONTHS[m].text[i];
        } else {
            ok = false;
        }
        if (ok) {
            *len = w + (w < full && w < n && t[w] == '.' ? 1 : 0);
            return m + 1;
        }
    }
    return 0;
}

bool cpi_month_word(const char *w, size_t n) {
    size_t len;
    return parse_month(w, n, &len) && len == n;
}

static size_t parse_uint(const char *t, size_t n, size_t max_digits, int *out) {
    size_t i = 0;
    int v = 0;
    while (i < n && i < max_digits && is_digit(t[i]))
        v = v * 10 + (t[i++] - '0');
    *out = v;
    return i;
}

bool cpi_parse_date(const char *t, size_t n, cpi_date *out, size_t *consumed) {
    int a, b, c;
    size_t i, k;
    /* 2017-06-20 */
    if (n >= 10 && parse_uint(t, n, 4, &a) == 4 && t[4] == '-' &&
        parse_uint(t + 5, n - 5, 2, &b) == 2 && t[7] == '-' &&
        parse_uint(t + 8, n - 8, 2, &c) == 2 && cpi_date_valid(a, b, c)) {
        *out = (cpi_date){a, b, c};
        *consumed = 10;
        return true;
    }
    /* 6/20/2017, 09-21-2010 */
    if ((k = parse_uint(t, n, 2, &a)) > 0 && k < n && (t[k] == '/' || t[k] == '-')) {
        char sep = t[k];
        i = k + 1;
        if ((k = parse_uint(t + i, n - i, 2, &b)) > 0 && i + k < n && t[i + k] == sep) {
            i += k + 1;
            if (parse_uint(t + i, n - i, 4, &c) == 4 && cpi_date_valid(c, a, b)) {
                *out = (cpi_date){c, a, b};
                *consumed = i + 4;
                return true;
            }
        }
        return false;
    }
    /* June 20, 2017 / Jan. 5 2019 / June 20th, 2017 */
    int m = parse_month(t, n, &k);
    if (m) {
        i = k;
        if (i >= n || t[i] != ' ')
            return false;
        i++;
        size_t dk = parse_uint(t + i, n - i, 2, &b);
        if (dk == 0)
            return false;
        i += dk;
        if (i + 1 < n && (starts_with_ci(t + i, n - i, "st") ||
                          starts_with_ci(t + i, n - i, "nd") ||
                          starts_with_ci(t + i, n - i, "rd") ||
                          starts_with_ci(t + i, n - i, "th")))
            i += 2;
        if (i < n && t[i] == ',')
            i++;
        if (i >= n || t[i] != ' ')
            return false;
        i++;
        if (parse_uint(t + i, n - i, 4, &c) != 4 || !cpi_date_valid(c, m, b))
            return false;
        *out = (cpi_date){c, m, b};
        *consumed = i + 4;
        return true;
    }
    /* 20 June 2017 */
    if ((k = parse_uint(t, n, 2, &a)) > 0 && k < n && t[k] == ' ') {
        i = k + 1;
        m = parse_month(t + i, n - i, &k);
        if (!m)
            return false;
        i += k;
        if (i < n && t[i] == ',')
            i++;
        if (i >= n || t[i] != ' ')
            return false;
        i++;
        if (parse_uint(t + i, n - i, 4, &c) != 4 || !cpi_date_valid(c, m, a))
            return false;
        *out = (cpi_date){c, m, a};
        *consumed = i + 4;
        return true;
    }
    return false;
}

/* ---- line classes --------------------------------------------------------- */

/* Labels that introduce a publication date. The bool says whether the label
 * marks the date as the publication's even far from the top. */
static const struct {
    phrase label;
    bool labelled;
} DATE_LABELS[] = {
    {PHRASE("for immediate release"), false},
    {PHRASE("date published"), true},
    {PHRASE("published on"), true},
    {PHRASE("published"), true},
    {PHRASE("last updated"), true},
    {PHRASE("updated"), true},
    {PHRASE("posted on"), true},
    {PHRASE("posted"), true},
    {PHRASE("release date"), true},
    {PHRASE("released on"), true},
    {PHRASE("released"), true},
    {PHRASE("date"), true},
    {PHRASE("dated"), true},
    {PHRASE("federal register"),
     true}, /* "[Federal Register: June 21, 1999 (Volume ...)]" */
    {PHRASE("issued on"), true},
    {PHRASE("issued"), true},
    {PHRASE("meeting date"), true},
    {PHRASE("publication date"), true},
    {PHRASE("air date"), true}, /* a broadcast's transcript */
    {PHRASE("for release"), false},
    {PHRASE("report date"), true}, /* an audit's or a study's cover */
    {PHRASE("date of publication"), true},
    {PHRASE("posting date"), true}, /* a job posting's, a notice's */
    {PHRASE("date posted"), true},
    {PHRASE("date issued"), true},
    {PHRASE("issue date"), true},
    {PHRASE("decided"), true}, /* an opinion's: "ARGUED ... --DECIDED JUNE 2, 2006" */
    {PHRASE("aired"), true},   /* a broadcast's transcript */
    {PHRASE("date of report"), true}, /* an agency's annual report */
};

static const phrase WEEKDAYS[] = {PHRASE("monday"), PHRASE("tuesday"), PHRASE("wednesday"),
                                  PHRASE("thursday"), PHRASE("friday"), PHRASE("saturday"),
                                  PHRASE("sunday")};

/* A weekday, full or abbreviated ("Tuesday", "Tue", "Tues", "Thurs"). */
static size_t weekday_len(const char *t, size_t n) {
    size_t w = 0;
    while (w < n && is_alpha(t[w]))
        w++;
    if (w < 3)
        return 0;
    char first = lower(t[0]);
    if (!letter_in(first, LETTER('m') | LETTER('t') | LETTER('w') | LETTER('f') | LETTER('s')))
        return 0;
    for (size_t k = 0; k < 7; k++) {
        if (WEEKDAYS[k].text[0] != first)
            continue; /* (most words differ at once) */
        size_t full = WEEKDAYS[k].len;
        bool form = w == full || w == 3 || (k == 1 && w == 4) || (k == 3 && (w == 4 || w == 5));
        if (!form || w > full)
            continue;
        size_t i = 0;
        while (i < w && lower(t[i]) == WEEKDAYS[k].text[i])
            i++;
        if (i == w)
            return w;
    }
    return 0;
}

static size_t skip_spaces_punct(const char *t, size_t n, size_t i) {
    while (i < n && (t[i] == ' ' || t[i] == ':' || t[i] == ',' || t[i] == '-' ||
                     t[i] == '|'))
        i++;
    return i;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* The number of bits set in a 64-bit word (the SSE2 paths count bits). */
static inline unsigned count64(uint64_t m) {
    m = m - ((m >> 1) & UINT64_C(0x5555555555555555));
    m = (m & UINT64_C(0x3333333333333333)) + ((m >> 2) & UINT64_C(0x3333333333333333));
    m = (m + (m >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    return (unsigned)((m * UINT64_C(0x0101010101010101)) >> 56);
}

/* The 16 bytes from t[at] (at < n) in one load. Near the text's end its
 * last 16 bytes are read again and *drop is how many of them were seen
 * already (shift the load's masks right by it); a text shorter than 16
 * comes from `tail`, a copy padded with spaces. */
static inline __m128i load16_padded(const char *t, size_t n, size_t at, char tail[16],
                                    unsigned *drop) {
    const char *p = t + at;
    *drop = 0;
    if (n - at < 16) {
        if (n >= 16) {
            *drop = (unsigned)(16 - (n - at));
            p -= *drop;
        } else {
            memset(tail, ' ', 16);
            cpi_copy_short(tail, p, n);
            p = tail;
        }
    }
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}
#endif

/* The number of words of t[0..n) (runs of bytes other than ' '), counted
 * up to `most` (the callers only compare it with a bound: a long paragraph
 * is not read to its end). */
static size_t count_words(const char *t, size_t n, size_t most) {
    size_t w = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    /* 64 bytes at a time: a word starts where a byte that is no space
     * follows a space or the text's start; the starts of 64 bytes counted
     * at once (a paragraph's first dozen words take one or two steps) */
    const __m128i space = _mm_set1_epi8(' ');
#define SPACES16(p)                                                                  \
    ((uint64_t)(unsigned)_mm_movemask_epi8(                                         \
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), space)))
    uint64_t before = 1; /* was the byte before these 64 a space? */
    for (size_t i = 0; i < n; i += 64) {
        size_t left = n - i;
        uint64_t spaces;
        if (left >= 64) {
            spaces = SPACES16(t + i) | SPACES16(t + i + 16) << 16 | SPACES16(t + i + 32) << 32 |
                     SPACES16(t + i + 48) << 48;
        } else {
            /* the bytes past the text count as spaces */
            spaces = ~(uint64_t)0 << left;
            if (n >= 16) {
                size_t k = 0;
                for (; k + 16 <= left; k += 16)
                    spaces |= SPACES16(t + i + k) << k;
                if (k < left) /* the text's last 16 bytes read once more */
                    spaces |= (SPACES16(t + n - 16) >> (16 - (left - k))) << k;
            } else { /* a short text, from a copy padded with spaces */
                char tail[16];
                memset(tail, ' ', sizeof tail);
                memcpy(tail, t, n);
                spaces |= SPACES16(tail);
            }
        }
        uint64_t starts = ~spaces & (spaces << 1 | before);
        w += count64(starts);
        if (w >= most)
            return most;
        before = spaces >> 63;
    }
#undef SPACES16
#else
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == ' ') {
            in = false;
        } else if (!in) {
            in = true;
            if (++w >= most)
                break;
        }
    }
#endif
    return w;
}

/* "Kansas City, MO ~ ", "WASHINGTON — ": a place and a separator before a
 * speech's or a release's date. The offset just past them, or 0. */
static size_t place_before_date(const char *t, size_t n) {
    size_t i = 0, words = 0;
    while (i < n && i < 48) {
        if (!is_upper(t[i]))
            return 0; /* every word of the place capitalised */
        while (i < n && (is_alpha(t[i]) || t[i] == '.' || t[i] == '\''))
            i++;
        words++;
        if (i < n && t[i] == ',')
            i++;
        if (i + 1 >= n || t[i] != ' ' || words > 5)
            return 0;
        i++;
        /* the separator: ~ | - or a dash in UTF-8 (en, em) */
        size_t sep = t[i] == '~' || t[i] == '|' || t[i] == '-' ? 1
                     : (i + 3 <= n && (unsigned char)t[i] == 0xE2 &&
                        (unsigned char)t[i + 1] == 0x80 &&
                        ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
                         ? 3
                         : 0;
        if (sep && i + sep < n && t[i + sep] == ' ')
            return i + sep + 1;
    }
    return 0;
}

/* A clock time ("6:02 a.m. ET,", "10:30 AM,", "5:10 PM EST") at t[i]: the
 * offset just past it, its time zone and its comma, or i when there is
 * none. */
static size_t skip_time(const char *t, size_t n, size_t i) {
    size_t k = i;
    while (k < n && is_digit(t[k]))
        k++;
    if (k == i || k - i > 2 || k + 3 > n || t[k] != ':' || !is_digit(t[k + 1]) ||
        !is_digit(t[k + 2]))
        return i;
    k += 3;
    /* then "a.m."/"AM" and a zone ("ET", "EST", "UTC"): words of capitals
     * or of letters and dots, up to a comma or the date */
    for (int words = 0; words < 2 && k + 1 < n && t[k] == ' '; words++) {
        size_t e = k + 1;
        bool caps = true, dotted = false;
        while (e < n && (is_alpha(t[e]) || t[e] == '.')) {
            caps = caps && (is_upper(t[e]) || t[e] == '.');
            dotted = dotted || t[e] == '.';
            e++;
        }
        size_t len = e - (k + 1);
        size_t month_len;
        if (len < 2 || len > 4 || !(caps || dotted) || parse_month(t + k + 1, len, &month_len))
            break; /* "DEC 18": the date */
        k = e;
    }
    return skip_spaces_punct(t, n, k);
}

/* After a label, a periodical's issue before its date, "/ Vol. 63, No. 112
 * /" (a Federal Register page's running head): where the date starts, or i
 * when there is none. */
static size_t skip_issue(const char *t, size_t n, size_t i) {
    if (i < n && t[i] == '/')
        i++;
    while (i < n && t[i] == ' ')
        i++;
    if (n - i < 5 || lower(t[i]) != 'v' || lower(t[i + 1]) != 'o' || lower(t[i + 2]) != 'l')
        return i;
    size_t k = i + 3;
    while (k < n && (is_alpha(t[k]) || t[k] == '.' || t[k] == ' ')) /* "Vol. ", "Volume " */
        k++;
    if (k >= n || !is_digit(t[k]))
        return i;
    while (k < n && is_digit(t[k]))
        k++;
    /* then the number: ", No. 112" or ", Number 112" */
    while (k < n && (t[k] == ',' || t[k] == ' '))
        k++;
    if (k < n && lower(t[k]) == 'n') {
        while (k < n && (is_alpha(t[k]) || t[k] == '.' || t[k] == ' '))
            k++;
        while (k < n && is_digit(t[k]))
            k++;
        while (k < n && t[k] == ' ')
            k++;
    }
    if (k >= n || t[k] != '/')
        return i;
    k++;
    while (k < n && t[k] == ' ')
        k++;
    return k;
}

/* A dateline starting at `from`: an optional label, weekday or time, the
 * date, then little else. */
static bool dateline_from(const char *t, size_t n, size_t from, cpi_line_class *cls) {
    /* "This article was published August 20, 2015 at 4:45 a.m.": a news
     * site's line, its label after the words that say whose */
    static const phrase WHOSE[] = {PHRASE("this article was "),
                                   PHRASE("this story was ")};
    if (from < n && (t[from] == 'T' || t[from] == 't'))
        for (size_t k = 0; k < sizeof WHOSE / sizeof WHOSE[0]; k++)
            if (starts_with_phrase(t + from, n - from, WHOSE[k])) {
                from += WHOSE[k].len;
                break;
            }
    size_t i = from;
    bool labelled = false, updated = false;
    char first = from < n ? lower(t[from]) : '\0';
    /* the labels by their first letter, a bit each in the table's order
     * (debug builds check them) */
    static const uint32_t LABELS_BY_FIRST[26] = {
        ['f' - 'a'] = 1u << 0 | 1u << 13 | 1u << 19,
        ['a' - 'a'] = 1u << 18 | 1u << 27,
        ['d' - 'a'] = 1u << 1 | 1u << 11 | 1u << 12 | 1u << 21 | 1u << 23 | 1u << 24 |
                      1u << 26 | 1u << 28,
        ['p' - 'a'] = 1u << 2 | 1u << 3 | 1u << 6 | 1u << 7 | 1u << 17 | 1u << 22,
        ['l' - 'a'] = 1u << 4,
        ['u' - 'a'] = 1u << 5,
        ['r' - 'a'] = 1u << 8 | 1u << 9 | 1u << 10 | 1u << 20,
        ['i' - 'a'] = 1u << 14 | 1u << 15 | 1u << 25,
        ['m' - 'a'] = 1u << 16,
    };
#ifndef NDEBUG
    for (size_t k = 0; k < sizeof DATE_LABELS / sizeof DATE_LABELS[0]; k++)
        assert(LABELS_BY_FIRST[DATE_LABELS[k].label.text[0] - 'a'] >> k & 1);
#endif
    uint32_t labels = first >= 'a' && first <= 'z' ? LABELS_BY_FIRST[first - 'a'] : 0;
    size_t best = SIZE_MAX; /* the longest label that matches ("date of publication", not "date") */
    for (; labels; labels &= labels - 1) {
        size_t k = lowest_bit(labels);
        size_t len = DATE_LABELS[k].label.len;
        assert(DATE_LABELS[k].label.text[0] == first);
        if (starts_with_phrase(t + from, n - from, DATE_LABELS[k].label) &&
            (from + len == n || !is_alpha(t[from + len])) &&
            (best == SIZE_MAX || len > DATE_LABELS[best].label.len))
            best = k;
    }
    if (best != SIZE_MAX) {
        i = skip_spaces_punct(t, n, from + DATE_LABELS[best].label.len);
        i = skip_issue(t, n, i); /* "Federal Register / Vol. 63, No. 112 / ..." */
        if (i + 3 < n && t[i] == 'a' && t[i + 1] == 't' && t[i + 2] == ' ' &&
            skip_time(t, n, i + 3) > i + 3)
            i += 3;             /* "Posted at 5:34 PM, Jul 22, 2020" */
        i = skip_time(t, n, i); /* "Updated 6:02 a.m. ET, August 14, 2023" */
        labelled = DATE_LABELS[best].labelled;
        updated = DATE_LABELS[best].label.len >= 7 &&
                  memcmp(DATE_LABELS[best].label.text + DATE_LABELS[best].label.len - 7,
                         "updated", 7) == 0;
    }
    cpi_date d;
    size_t used;
    bool placed = false;
    for (;;) {
        size_t wd = weekday_len(t + i, n - i);
        if (wd) {
            i += wd;
            if (i < n && t[i] == '.')
                i++;
            i = skip_spaces_punct(t, n, i);
            i = skip_time(t, n, i); /* "Posted: Thu 5:42 PM, Mar 15, 2007" */
        }
        if (cpi_parse_date(t + i, n - i, &d, &used))
            break;
        /* no date here; unless a place comes first: "Kansas City, MO ~
         * Tuesday, June 26, 2018" (such a line ends with the year) */
        if (i != 0 || placed || n == 0 || !is_digit(t[n - 1]))
            return false;
        i = place_before_date(t, n);
        if (i == 0)
            return false;
        placed = true;
    }
    size_t r = i + used;
    /* What follows the date: nothing, a separator, glued digits (a phone
     * number), a time ("August 14, 2023, 6:02 a.m. ET", "Mar. 3, 2015 at
     * 5:47 PM EST | Updated ...") or a few words that are not a sentence
     * ("Office of Public Affairs (202) ..."). */
    while (r < n && t[r] == ' ')
        r++;
    if (r + 3 < n && t[r] == 'a' && t[r + 1] == 't' && t[r + 2] == ' ') {
        size_t after = skip_time(t, n, r + 3);
        if (after > r + 3) {
            r = after;
            while (r < n && t[r] == ' ')
                r++;
        }
    }
    if (r < n) {
        char c = t[r];
        /* (a bullet or a dash in UTF-8: "JULY 14, 2022 \u2022 STATEMENTS AND
         * RELEASES") */
        bool utf8_sep = (r + 2 < n && (unsigned char)c == 0xE2 && (unsigned char)t[r + 1] == 0x80 &&
                         ((unsigned char)t[r + 2] == 0xA2 || (unsigned char)t[r + 2] == 0x93 ||
                          (unsigned char)t[r + 2] == 0x94)) ||
                        /* a middle dot: "April 28, 2025 \u00b7 (a globe)" */
                        (r + 1 < n && (unsigned char)c == 0xC2 && (unsigned char)t[r + 1] == 0xB7);
        bool ok = c == '|' || c == '-' || c == '(' || c == '/' || is_digit(c) || utf8_sep ||
                  (c == ',' && r + 2 < n && t[r + 1] == ' ' && is_digit(t[r + 2]) &&
                   (t[n - 1] != '.' || skip_time(t, n, r + 2) == n));
        /* a labelled date's line may end its date with a period, and
         * another label may follow ("Published: Mar 3, 2020. Publicly
         * Released: Mar 3, 2020.") */
        if (!ok && c == '.' && labelled)
            ok = r + 1 == n ||
                 (t[r + 1] == ' ' && count_words(t + r + 1, n - r - 1, 9) <= 8);
        if (!ok && is_alpha(c))
            ok = (count_words(t + r, n - r, 9) <= 8 ||
                  /* "Posted January 18, 2017 by Dr. Ines Kaur · 7 min read" */
                  (labelled && (c == 'b' || c == 'B') && r + 3 < n && t[r + 1] == 'y' &&
                   t[r + 2] == ' ')) &&
                 t[n - 1] != '.';
        if (!ok)
            return false;
    }
    cls->kind = CP_BLOCK_DATELINE;
    cls->has_date = true;
    cls->labelled = labelled;
    cls->updated = updated;
    cls->date = d;
    return true;
}

/* Are there four digits in a row in t[0..n)? Every date has its year's. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* (two callers, each in a loop of its own) */
#endif
static inline bool four_digits(const char *t, size_t n) {
#if defined(__SSE2__) && defined(__GNUC__)
    /* a bit per digit, 16 bytes at a time */
    const __m128i shift = _mm_set1_epi8((char)(0x80 - '0')), below = _mm_set1_epi8(-128 + 10);
#define DIGITS16(p)                                                                      \
    ((unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(                                        \
        _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), shift), below)))
    /* the digits of 64 bytes as one word and one test for a run of four in
     * it; the next 64 start 3 bytes before the end of these, so that a run
     * across the two is in the next */
    for (size_t i = 0;; i += 61) {
        size_t left = n - i;
        uint64_t digits = 0;
        if (left >= 64) {
            digits = (uint64_t)DIGITS16(t + i) | (uint64_t)DIGITS16(t + i + 16) << 16 |
                     (uint64_t)DIGITS16(t + i + 32) << 32 | (uint64_t)DIGITS16(t + i + 48) << 48;
        } else if (n >= 16) {
            size_t k = 0;
            for (; k + 16 <= left; k += 16)
                digits |= (uint64_t)DIGITS16(t + i + k) << k;
            if (k < left) /* the last bytes: the text's last 16 read once more */
                digits |= (uint64_t)(DIGITS16(t + n - 16) >> (16 - (left - k))) << k;
        } else { /* a short text, from a copy padded with NULs */
            char tail[16] = {0};
            cpi_copy_short(tail, t, n);
            digits = DIGITS16(tail);
        }
        if (digits & digits >> 1 & digits >> 2 & digits >> 3)
            return true;
        if (left <= 64)
            break;
    }
#undef DIGITS16
    return false;
#else
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        run = is_digit(t[i]) ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
#endif
}

/* A dateline, once four_digits() found a year's place in a short line. Out
 * of line: most lines never get here, and cpi_classify_line() stays light. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool dateline_short(const char *t, size_t n, cpi_line_class *cls) {
    if (dateline_from(t, n, 0, cls))
        return true;
    /* a page's number first: "38112 Federal Register / Vol. 65, No. 118 /
     * Monday, June 19, 2000 / Notices" */
    size_t page = 0;
    while (page < n && page < 6 && is_digit(t[page]))
        page++;
    if (page > 0 && page + 1 < n && t[page] == ' ' && is_alpha(t[page + 1]) &&
        dateline_from(t, n, page + 1, cls) && cls->labelled)
        return true;
    /* in brackets: "[Federal Register: June 21, 1999 (Volume 64, Number 118)]" */
    if (n > 2 && t[0] == '[' && t[n - 1] == ']' && dateline_from(t, n - 1, 1, cls))
        return true;
    /* a publication's name first, the day in parentheses at the end:
     * "Congressional Record, Volume 148, Number 47 (Thursday, April 18,
     * 2002)", also in brackets ("[Congressional Record Volume 140, Number
     * 101 (Thursday, July 28, 1994)]"); the weekday says it is the issue's
     * date */
    for (const char *open = memchr(t, '(', n); open;
         open = memchr(open + 1, '(', (size_t)(t + n - open - 1))) {
        size_t from = (size_t)(open - t) + 1;
        const char *close = memchr(t + from, ')', n - from);
        if (!close)
            break;
        /* (the line's end, or its bracket's and a bracketed line joined
         * to it: "... 1994)] [Senate]") */
        size_t after = (size_t)(close - t) + 1;
        bool at_end =
            after == n || (t[after] == ']' &&
                           (after + 1 == n || (t[after + 1] == ' ' && after + 2 < n &&
                                               t[after + 2] == '[' && t[n - 1] == ']')));
        if (at_end && weekday_len(t + from, (size_t)(close - t) - from) &&
            dateline_from(t, (size_t)(close - t), from, cls))
            return true;
        if (from >= n)
            break;
    }
    /* a section's name first: "Hearing Summary | Posted May 19, 2023",
     * "Press release | 08/14/2023", "Brief No. 23-07 \u00b7 March 8, 2023
     * \u00b7 Center for ...", "Crime & Justice Roundup \u2014 Friday, Oct.
     * 3, 2025" (a bar, a middle dot, a bullet or a dash between) */
    size_t look = n < 64 ? n : 64;
    for (size_t at = 1; at + 3 < look; at++) {
        if (t[at - 1] != ' ')
            continue;
        size_t sep =
            t[at] == '|' || (t[at] == '-' && t[at + 1] == ' ')                 ? 1
            : (unsigned char)t[at] == 0xC2 && (unsigned char)t[at + 1] == 0xB7 ? 2
            : (unsigned char)t[at] == 0xE2 && (unsigned char)t[at + 1] == 0x80 &&
                    ((unsigned char)t[at + 2] == 0xA2 || (unsigned char)t[at + 2] == 0x94)
                ? 3
                : 0;
        if (sep && at + sep + 1 < n && t[at + sep] == ' ' &&
            dateline_from(t, n, at + sep + 1, cls))
            return true; /* (else the next part: "B2 | THE SENTINEL | THURSDAY,
                          * MARCH 16, 1995") */
    }
    /* a form's fields on one line ("Drafting Number: LLS 01-0377 Date:
     * January 16, 2001"), or a labelled date after a dash ("ARGUED FEBRUARY
     * 14, 2006--DECIDED JUNE 2, 2006", the dashes read as " - "): the
     * labelled date after them */
    for (size_t at = 1; at + 4 < n; at++) {
        if (t[at - 1] != ' ')
            continue;
        size_t from = t[at] == '-' && t[at + 1] == ' '                     ? at + 2
                      : t[at] == 'D' && memcmp(t + at + 1, "ate:", 4) == 0 ? at
                                                                           : 0;
        if (from && dateline_from(t, n, from, cls) && cls->labelled)
            return true;
    }
    memset(cls, 0, sizeof *cls);
    cls->kind = CP_BLOCK_PARAGRAPH;
    return false;
}

static const phrase METADATA_KEYS[] = {
    PHRASE("topic"),    PHRASE("topics"),        PHRASE("component"),
    PHRASE("components"), PHRASE("attachment"),  PHRASE("attachments"),
    PHRASE("contact"),  PHRASE("press contact"), PHRASE("media contact"),
    PHRASE("tags"),     PHRASE("category"),      PHRASE("categories"),
    PHRASE("keywords"), PHRASE("source"),        PHRASE("related"),
    PHRASE("audio"),    PHRASE("video"),         PHRASE("author"),
};

/* Is there a ':' in the first 44 bytes of t[0..n)? Every metadata line has
 * one there. (Most lines are long: three loads instead of a call.) */
static bool colon_near_start(const char *t, size_t n) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (n >= 48) {
        const __m128i colon = _mm_set1_epi8(':');
#define COLONS16(p)                                                                  \
    ((uint64_t)_mm_movemask_epi8(                                                   \
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p)), colon)))
        uint64_t m = COLONS16(t) | COLONS16(t + 16) << 16 | COLONS16(t + 32) << 32;
#undef COLONS16
        return (m & ((UINT64_C(1) << 44) - 1)) != 0;
    }
#endif
    return memchr(t, ':', n < 44 ? n : 44) != NULL;
}

static bool metadata(const char *t, size_t n) {
    if (n > 400 || !colon_near_start(t, n))
        return false; /* every form below has its colon in the first 44 bytes */
    /* Key(s): value */
    size_t i = 0;
    while (i < n && i < 40 && (is_alpha(t[i]) || t[i] == ' '))
        i++;
    if (i > 0 && is_upper(t[0]) && i + 4 < n && memcmp(t + i, "(s):", 4) == 0)
        return true;
    for (size_t k = 0; k < sizeof METADATA_KEYS / sizeof METADATA_KEYS[0]; k++) {
        size_t len = METADATA_KEYS[k].len;
        if (len + 1 < n && t[len] == ':' && t[len + 1] == ' ' &&
            starts_with_ci(t, len, METADATA_KEYS[k].text))
            return true;
    }
    return false;
}

#if !(defined(__SSE2__) && defined(__GNUC__))
/* How many bytes of t[0..n) are letters (ASCII or UTF-8 bytes), and how
 * many capitals. */
static void count_letters(const char *t, size_t n, size_t *letters, size_t *uppers) {
    size_t l = 0, u = 0;
    for (size_t k = 0; k < n; k++) {
        if (is_alpha(t[k]) || (unsigned char)t[k] >= 0x80) {
            l++;
            if (is_upper(t[k]))
                u++;
        }
    }
    *letters = l;
    *uppers = u;
}
#endif

static inline uint16_t bytes2(const char *p) {
    uint16_t x;
    memcpy(&x, p, 2);
    return x;
}
static inline uint32_t bytes4(const char *p) {
    uint32_t x;
    memcpy(&x, p, 4);
    return x;
}

/* The small words of titles: "a", "an", "and", "as", "at", "but", "by",
 * "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "via",
 * "vs", "over", "than", "amid", "near", "against" (by their length, each
 * compared as one load). */
static bool small_word(const char *w, size_t n) {
    /* the letters they begin with: a b f i n o t v w (a capital never) */
    const uint32_t firsts = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('f' - 'a') |
                            1u << ('i' - 'a') | 1u << ('n' - 'a') | 1u << ('o' - 'a') |
                            1u << ('t' - 'a') | 1u << ('v' - 'a') | 1u << ('w' - 'a');
    unsigned char c0 = (unsigned char)w[0];
    if (n == 0 || c0 < 'a' || c0 > 'z' || !(firsts >> (c0 - 'a') & 1))
        return false;
    switch (n) {
    case 1:
        return c0 == 'a';
    case 2: {
        uint16_t x = bytes2(w);
        return x == bytes2("an") || x == bytes2("as") || x == bytes2("at") ||
               x == bytes2("by") || x == bytes2("in") || x == bytes2("of") ||
               x == bytes2("on") || x == bytes2("or") || x == bytes2("to") || x == bytes2("vs");
    }
    case 3:
        return memcmp(w, "and", 3) == 0 || memcmp(w, "but", 3) == 0 ||
               memcmp(w, "for", 3) == 0 || memcmp(w, "the", 3) == 0 || memcmp(w, "via", 3) == 0;
    case 4: {
        uint32_t x = bytes4(w);
        return x == bytes4("from") || x == bytes4("into") || x == bytes4("with") ||
               x == bytes4("over") || x == bytes4("than") || x == bytes4("amid") ||
               x == bytes4("near");
    }
    case 7:
        return memcmp(w, "against", 7) == 0;
    default:
        return false;
    }
}

/* A word t[s..e) of a line that may be a heading: from its first letter or
 * digit on, it counts unless a small word, and is capitalised if it
 * starts with a capital or a digit. */
static void count_word(const char *t, size_t s, size_t e, size_t *significant,
                       size_t *capitalised) {
    size_t ws = s;
    while (ws < e && !is_alpha(t[ws]) && !is_digit(t[ws]))
        ws++;
    if (ws < e && !small_word(t + ws, e - ws)) {
        ++*significant;
        if (is_upper(t[ws]) || is_digit(t[ws]))
            ++*capitalised;
    }
}

/* A short line that stands alone as a heading: in capitals, or in title
 * case, and not ending like a sentence or a lead-in. */
#if defined(__GNUC__)
__attribute__((noinline)) /* (long lines never get here) */
#endif
static bool heading(const char *t, size_t n) {
    if (n == 0 || n > 160)
        return false;
    char last = t[n - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':')
        return false;
    if (t[0] == '|' || last == '|')
        return false; /* a row of a table */
    size_t words = 0, significant = 0, capitalised = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    /* One pass over the bytes: where the spaces are (a bit each, and one
     * past the end), and whether every letter is a capital and there are
     * two or more (in capitals: no small letter, no UTF-8 byte). */
    enum { HEADING_MAX = 160, WORDS64 = (HEADING_MAX + 1 + 63) / 64 };
    uint64_t spaces[WORDS64] = {0}, capital_or_digit[WORDS64] = {0};
    unsigned not_capital = 0, capitals = 0; /* (capitals counted up to 2) */
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i to_a = _mm_set1_epi8((char)(0x80 - 'a')), to_A = _mm_set1_epi8((char)(0x80 - 'A'));
    const __m128i to_0 = _mm_set1_epi8((char)(0x80 - '0'));
    const __m128i letters = _mm_set1_epi8(-128 + 26), digits = _mm_set1_epi8(-128 + 10);
    for (size_t k = 0; k < n; k += 16) {
        char tail[16];
        unsigned drop; /* bits of this load already seen */
        __m128i v = load16_padded(t, n, k, tail, &drop);
        unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)) >> drop;
        /* a small letter or a UTF-8 byte (its top bit) */
        unsigned small = (unsigned)_mm_movemask_epi8(
                             _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, to_a), letters), v)) >>
                         drop;
        unsigned up = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, to_A), letters)) >>
                      drop;
        unsigned digit =
            (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, to_0), digits)) >> drop;
        spaces[k / 64] |= (uint64_t)sp << (k % 64);
        capital_or_digit[k / 64] |= (uint64_t)(up | digit) << (k % 64);
        not_capital |= small;
        capitals += (unsigned)(up != 0) + (unsigned)((up & (up - 1)) != 0);
    }
    spaces[n / 64] |= (uint64_t)1 << (n % 64); /* (bits past it: none) */
    bool in_capitals = not_capital == 0 && capitals >= 2;
    /* the next position at or after i whose bit is (is not) set */
#define NEXT_SPACE(i, want)                                                         \
    do {                                                                           \
        size_t w_ = (i) / 64;                                                      \
        uint64_t m_ = ((want) ? spaces[w_] : ~spaces[w_]) & (~(uint64_t)0 << ((i) % 64)); \
        while (!m_) {                                                              \
            w_++;                                                                  \
            m_ = (want) ? spaces[w_] : ~spaces[w_];                                \
        }                                                                          \
        (i) = w_ * 64 + (size_t)__builtin_ctzll(m_);                               \
    } while (0)
    /* The words' starts (no space after a space or the start), counted
     * by their bits: one that starts with a capital or a digit is
     * significant and capitalised at once (no small word starts so); the
     * others (a small letter, punctuation first) are read one by one. */
    uint64_t space_before = 1;
    for (size_t w = 0; w * 64 < n; w++) {
        uint64_t sp = spaces[w];
        uint64_t in_text = n - w * 64 >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << (n - w * 64)) - 1;
        uint64_t starts = ~sp & (sp << 1 | space_before) & in_text;
        space_before = sp >> 63;
        uint64_t direct = starts & capital_or_digit[w];
        size_t direct_count = count64(direct);
        words += count64(starts);
        significant += direct_count;
        capitalised += direct_count;
        for (uint64_t m = starts & ~direct; m; m &= m - 1) {
            size_t s = w * 64 + (size_t)__builtin_ctzll(m), e = s;
            NEXT_SPACE(e, true); /* stops at n at the latest */
            count_word(t, s, e, &significant, &capitalised);
        }
    }
#undef NEXT_SPACE
#else
    size_t letters, uppers;
    count_letters(t, n, &letters, &uppers);
    bool in_capitals = letters >= 2 && uppers == letters;
    size_t i = 0;
    while (i < n) {
        while (i < n && t[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t s = i;
        while (i < n && t[i] != ' ')
            i++;
        words++;
        count_word(t, s, i, &significant, &capitalised);
    }
#endif
    if (in_capitals && words <= 15)
        return true;
    if (words > 20 || significant == 0)
        return false;
    return capitalised * 4 >= significant * 3;
}

cpi_line_class cpi_classify_line(const char *t, size_t n) {
    cpi_line_class cls;
    memset(&cls, 0, sizeof cls);
    cls.kind = CP_BLOCK_PARAGRAPH;
    /* (a dateline has 120 bytes at most and a year; a heading 160) */
    if (n <= 120 && four_digits(t, n) && dateline_short(t, n, &cls))
        return cls;
    if (metadata(t, n))
        cls.kind = CP_BLOCK_METADATA;
    else if (n <= 160 && heading(t, n))
        cls.kind = CP_BLOCK_HEADING;
    return cls;
}

/* ---- document date, title and kind ---------------------------------------- */

static bool ends_sentence(const char *t, size_t n) {
    if (n == 0)
        return false;
    char c = t[n - 1];
    if ((c == '"' || c == '\'' || c == ')') && n > 1)
        c = t[n - 2];
    return c == '.' || c == '!' || c == '?';
}

/* A web page's title line, its parts between bars ("Office of Public
 * Affairs | Headline | United States Department of Justice"): not the
 * running text, and not the headline itself. */
static bool page_title_line(const char *t, size_t n) {
    return cpi_bar_separators(t, n, 2) >= 2;
}

/* Running text, as opposed to navigation, labels and headlines. */
static bool prose(const cp_block *b) {
    if (b->kind != CP_BLOCK_PARAGRAPH && b->kind != CP_BLOCK_LIST_ITEM)
        return false;
    const char *t = cpi_block_text(b);
    /* twelve words, or six and the end of a sentence (most paragraphs:
     * their first words alone are counted) */
    bool ends = ends_sentence(t, b->text_size);
    size_t enough = ends ? 6 : 12;
    if (count_words(t, b->text_size, enough) < enough)
        return false;
    return ends || !page_title_line(t, b->text_size);
}

/* Lines that every release of a site carries: never the headline. */
static const phrase BOILERPLATE[] = {
    PHRASE("justice news"), PHRASE("for immediate release"), PHRASE("press release"),
    PHRASE("press releases"), PHRASE("news release"), PHRASE("news releases"),
    PHRASE("backgrounder"), PHRASE("fact sheet"), PHRASE("skip to main content"),
    PHRASE("skip navigation"), PHRASE("search form"), PHRASE("view header"),
    PHRASE("news banner"), PHRASE("office of public affairs"),
    PHRASE("office of the press secretary"), PHRASE("department of justice"),
    PHRASE("u.s. department of justice"), PHRASE("united states department of justice"),
    PHRASE("the white house"), PHRASE("news and press releases"), PHRASE("press room"),
    PHRASE("from the inbox"), PHRASE("the white house at work"),
    PHRASE("help site map text only"), PHRASE("remarks as prepared for delivery"),
    PHRASE("as prepared for delivery"),
};

static bool boilerplate(const char *t, size_t n) {
    size_t k = n;
    while (k > 0 && (t[k - 1] == ':' || t[k - 1] == ' '))
        k--;
    for (size_t i = 0; i < sizeof BOILERPLATE / sizeof BOILERPLATE[0]; i++)
        if (BOILERPLATE[i].len == k && starts_with_ci(t, k, BOILERPLATE[i].text))
            return true;
    return false;
}

/* The shape of a line in one pass: its words (runs of bytes other than
 * ' '), those of one byte ("N E W S   R E L E A S E": letters spaced out
 * for show), and its words of two letters or more (a headline has
 * several). */
typedef struct line_shape {
    size_t words, singles, letter_words;
} line_shape;

static line_shape shape_of(const char *t, size_t n) {
    line_shape sh = {0, 0, 0};
#if defined(__SSE2__) && defined(__GNUC__)
    /* 64 bytes at a time, a bit per byte: spaces (and the bytes past the
     * text) and ASCII letters; with the bit before (a space before the
     * text) and the bit after each 64 */
    const __m128i space = _mm_set1_epi8(' '), fold = _mm_set1_epi8(0x20);
    const __m128i shift = _mm_set1_epi8((char)(0x80 - 'a')), below = _mm_set1_epi8(-128 + 26);
    uint64_t space_before = 1, alpha_before = 0;
    for (size_t i = 0; i < n; i += 64) {
        size_t left = n - i;
        uint64_t spaces = left < 64 ? ~(uint64_t)0 << left : 0, alpha = 0;
        char tail[16];
        for (size_t k = 0; k < left && k < 64; k += 16) {
            unsigned drop; /* bits of this load already seen */
            __m128i v = load16_padded(t, n, i + k, tail, &drop);
            uint64_t sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)) >> drop;
            uint64_t al = (unsigned)_mm_movemask_epi8(
                              _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, fold), shift), below)) >>
                          drop;
            spaces |= sp << k;
            alpha |= al << k;
        }
        bool more = left > 64;
        uint64_t space_after = more ? t[i + 64] == ' ' : 1;
        uint64_t alpha_after = more ? is_alpha(t[i + 64]) : 0;
        uint64_t starts = ~spaces & (spaces << 1 | space_before);
        uint64_t singles = starts & (spaces >> 1 | space_after << 63);
        uint64_t letter_starts = alpha & ~(alpha << 1 | alpha_before) & (alpha >> 1 | alpha_after << 63);
        sh.words += (size_t)count64(starts);
        sh.singles += (size_t)count64(singles);
        sh.letter_words += (size_t)count64(letter_starts);
        space_before = spaces >> 63;
        alpha_before = alpha >> 63;
    }
#else
    size_t i = 0;
    while (i < n) {
        while (i < n && t[i] == ' ')
            i++;
        size_t s = i;
        while (i < n && t[i] != ' ')
            i++;
        if (i > s) {
            sh.words++;
            sh.singles += i - s == 1;
        }
    }
    size_t run = 0;
    for (size_t k = 0; k <= n; k++) {
        if (k < n && is_alpha(t[k])) {
            run++;
        } else {
            sh.letter_words += run >= 2;
            run = 0;
        }
    }
#endif
    return sh;
}

static bool title_candidate(const cp_block *b) {
    if (b->kind != CP_BLOCK_HEADING && b->kind != CP_BLOCK_PARAGRAPH)
        return false;
    const char *t = cpi_block_text(b);
    size_t n = b->text_size;
    if (n == 0)
        return false;
    char last = t[n - 1];
    if (last == '.' || last == ',' || last == ';' || last == ':')
        return false;
    line_shape sh = shape_of(t, n);
    if (sh.words < 3 || sh.words > 30 || sh.letter_words < 3)
        return false;
    bool spaced_letters = sh.words >= 4 && sh.singles * 2 > sh.words;
    return !boilerplate(t, n) && !spaced_letters && !page_title_line(t, n);
}
/* The genre's labels, and the reporting words of news (lower case), each
 * with the set it belongs to. */
enum { FACT_LABEL = 1, RELEASE_LABEL = 2, NEWS_WORD = 4 };
static const struct {
    phrase p;
    unsigned set;
} GENRE_PHRASES[] = {
    {PHRASE("fact sheet"), FACT_LABEL},
    {PHRASE("backgrounder"), FACT_LABEL},
    {PHRASE("for immediate release"), RELEASE_LABEL},
    {PHRASE("press release"), RELEASE_LABEL},
    {PHRASE("news release"), RELEASE_LABEL},
    {PHRASE("justice news"), RELEASE_LABEL},
    {PHRASE("office of public affairs"), RELEASE_LABEL},
    {PHRASE("office of the press secretary"), RELEASE_LABEL},
    {PHRASE(" said"), NEWS_WORD},
    {PHRASE(" told "), NEWS_WORD},
    {PHRASE("according to "), NEWS_WORD},
};
/* The phrases are grouped by set, in the sets' order: a combination of
 * sets has its phrases in [GENRE_FROM[sets], GENRE_TO[sets]) (debug builds
 * check the groups). */
enum { FACT_FROM = 0, RELEASE_FROM = 2, NEWS_FROM = 8, GENRE_END = 11 };
static const unsigned char GENRE_FROM[8] = {0,         FACT_FROM,    RELEASE_FROM, FACT_FROM,
                                            NEWS_FROM, FACT_FROM,    RELEASE_FROM, FACT_FROM};
static const unsigned char GENRE_TO[8] = {0,         RELEASE_FROM, NEWS_FROM, NEWS_FROM,
                                          GENRE_END, GENRE_END,    GENRE_END, GENRE_END};

/* The sets with a phrase whose first (second) byte is a given byte, in
 * either case: at most positions the two look-ups reject all. */
#define EITHER_CASE(c, v) [c] = (v), [(c) - 'a' + 'A'] = (v)
static const unsigned char GENRE_FIRST[256] = {
    EITHER_CASE('f', FACT_LABEL | RELEASE_LABEL), EITHER_CASE('b', FACT_LABEL),
    EITHER_CASE('p', RELEASE_LABEL), EITHER_CASE('n', RELEASE_LABEL),
    EITHER_CASE('j', RELEASE_LABEL), EITHER_CASE('o', RELEASE_LABEL),
    EITHER_CASE('a', NEWS_WORD),     [' '] = NEWS_WORD,
};
static const unsigned char GENRE_SECOND[256] = {
    EITHER_CASE('a', FACT_LABEL),    EITHER_CASE('o', RELEASE_LABEL),
    EITHER_CASE('r', RELEASE_LABEL), EITHER_CASE('e', RELEASE_LABEL),
    EITHER_CASE('u', RELEASE_LABEL), EITHER_CASE('f', RELEASE_LABEL),
    EITHER_CASE('s', NEWS_WORD),     EITHER_CASE('t', NEWS_WORD),
    EITHER_CASE('c', NEWS_WORD),
};
#undef EITHER_CASE

/* Does t[0..n) start with the phrase p, of small letters and spaces, in
 * either case? Eight bytes at a time: a byte of the text with 0x20 set
 * equals a letter of p only when it is that letter in either case, and a
 * space only when it is a space or a NUL (told apart by the 0x20 bit:
 * p's spaces are its bytes without 0x40). */
static bool starts_with_words(const char *t, size_t n, phrase p) {
    if (p.len > n)
        return false;
    if (p.len < 8)
        return starts_with_ci(t, p.len, p.text);
    const uint64_t fold = UINT64_C(0x2020202020202020), letter = UINT64_C(0x4040404040404040);
    for (size_t k = 0;; k += 8) {
        if (k + 8 > p.len)
            k = p.len - 8; /* the last 8, again in part */
        uint64_t x, y;
        memcpy(&x, t + k, 8);
        memcpy(&y, p.text + k, 8);
        uint64_t spaces = (~y & letter) >> 1; /* 0x20 where p has a space */
        if ((x | fold) != y || (x & spaces) != spaces)
            return false;
        if (k + 8 == p.len)
            return true;
    }
}

/* The sets of `sets` with a phrase starting at t[i] (i + 1 < n). */
static unsigned genre_phrases_at(const char *t, size_t n, size_t i, unsigned sets) {
    unsigned may = GENRE_FIRST[(unsigned char)t[i]] & sets;
    if (!may || !(may &= GENRE_SECOND[(unsigned char)t[i + 1]]))
        return 0;
    if (n - i < 5)
        return 0; /* every phrase has five bytes or more */
    /* A phrase's first four bytes against the text's, both as one word: the
     * text's lower-cased by setting 0x20, which leaves only letters and
     * spaces (or NULs, which clean text has none of) equal to a phrase's
     * letters and spaces. Most candidates (" s", " t") end here. */
    uint32_t four;
    memcpy(&four, t + i, 4);
    four |= 0x20202020u;
    unsigned found = 0;
    for (size_t k = GENRE_FROM[may]; k < GENRE_TO[may]; k++) {
        if (!(GENRE_PHRASES[k].set & may))
            continue;
        uint32_t head;
        memcpy(&head, GENRE_PHRASES[k].p.text, 4);
        if (head == four && starts_with_words(t + i, n - i, GENRE_PHRASES[k].p))
            found |= GENRE_PHRASES[k].set;
    }
    return found;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k set where the bytes w[k], w[k + 1], w[k + 2] (lower-cased by
 * setting 0x20) are the first three of a phrase of `sets` ("of", "ne",
 * "fo" alone would stop at many words); for the reporting words, common in
 * running text (" s", " t"), the first four (" sai", " tol", "acco").
 * (As written out here: debug builds check them against GENRE_PHRASES.)
 * Reads w[0..19). */
static inline unsigned genre_candidates(const char *w, unsigned sets) {
    const __m128i fold = _mm_set1_epi8(0x20);
#define LOAD(k) _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(w + (k))), fold)
#define IS(v, c) _mm_cmpeq_epi8(v, _mm_set1_epi8(c))
#define PAIR(x, y) _mm_and_si128(IS(a, x), IS(b, y))
    __m128i a = LOAD(0), b = LOAD(1), c = LOAD(2);
    __m128i hit = _mm_setzero_si128();
    if (sets & FACT_LABEL) /* fact sheet, backgrounder */
        hit = _mm_and_si128(_mm_or_si128(IS(a, 'f'), IS(a, 'b')),
                            _mm_and_si128(IS(b, 'a'), IS(c, 'c')));
    if (sets & RELEASE_LABEL) /* for immediate, press, news, justice, office */
        hit = _mm_or_si128(
            hit, _mm_or_si128(_mm_or_si128(_mm_and_si128(PAIR('f', 'o'), IS(c, 'r')),
                                           _mm_and_si128(PAIR('p', 'r'), IS(c, 'e'))),
                              _mm_or_si128(_mm_or_si128(_mm_and_si128(PAIR('n', 'e'), IS(c, 'w')),
                                                        _mm_and_si128(PAIR('j', 'u'), IS(c, 's'))),
                                           _mm_and_si128(PAIR('o', 'f'), IS(c, 'f')))));
    if (sets & NEWS_WORD) { /* " said", " told ", "according to " */
        __m128i d = LOAD(3);
        __m128i sai = _mm_and_si128(IS(b, 's'), _mm_and_si128(IS(c, 'a'), IS(d, 'i')));
        __m128i tol = _mm_and_si128(IS(b, 't'), _mm_and_si128(IS(c, 'o'), IS(d, 'l')));
        __m128i acco = _mm_and_si128(PAIR('a', 'c'), _mm_and_si128(IS(c, 'c'), IS(d, 'o')));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_and_si128(IS(a, ' '), _mm_or_si128(sai, tol)),
                                             acco));
    }
#undef PAIR
#undef IS
#undef LOAD
    return (unsigned)_mm_movemask_epi8(hit);
}

#ifndef NDEBUG
/* Every phrase passes the filter of its set (debug builds). */
static void check_genre_candidates(void) {
    for (size_t k = 0; k < sizeof GENRE_PHRASES / sizeof GENRE_PHRASES[0]; k++) {
        /* the phrase's first four bytes in upper case, at position 0 */
        const char *p = GENRE_PHRASES[k].p.text;
        char w[16 + 3];
        memset(w, '.', sizeof w);
        for (size_t i = 0; i < 4; i++)
            w[i] = p[i] >= 'a' && p[i] <= 'z' ? (char)(p[i] - 'a' + 'A') : p[i];
        assert(genre_candidates(w, GENRE_PHRASES[k].set) & 1u);
    }
    /* the phrases are small letters and spaces (starts_with_words) */
    for (size_t k = 0; k < GENRE_END; k++)
        for (const char *c = GENRE_PHRASES[k].p.text; *c; c++)
            assert((*c >= 'a' && *c <= 'z') || *c == ' ');
    /* the groups of sets (GENRE_FROM, GENRE_TO) */
    assert(sizeof GENRE_PHRASES / sizeof GENRE_PHRASES[0] == GENRE_END);
    for (size_t k = 0; k < GENRE_END; k++)
        assert(GENRE_PHRASES[k].set == (k < RELEASE_FROM ? FACT_LABEL
                                        : k < NEWS_FROM  ? RELEASE_LABEL
                                                         : NEWS_WORD));
}
#endif
#endif

/* Which of `sets` have a phrase in t[0..n) (case-insensitive). One pass over
 * the text for all of them: 16 positions at a time (SSE2), a phrase looked
 * for only where its first two bytes stand. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* (short blocks: the call cost as much as a step) */
#endif
static inline unsigned genre_phrases_in(const char *t, size_t n, unsigned sets) {
    unsigned found = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    for (size_t i = 0; i + 1 < n && found != sets; i += 16) {
        /* positions i..i+15 and the bytes after them; the last ones from
         * the text's last 19 bytes read again, positions already seen
         * dropped (a short text: from a copy padded with NULs, no phrase's) */
        enum { READ = 16 + 3 };
        char tail[READ];
        const char *w = t + i;
        size_t back = 0; /* how far w was moved back */
        if (n - i < READ) {
            if (n >= READ) {
                back = READ - (n - i);
                w -= back;
            } else {
                memset(tail, 0, sizeof tail);
                memcpy(tail, w, n - i);
                w = tail;
            }
        }
        unsigned first = genre_candidates(w, sets & ~found) >> back;
        for (unsigned mask = first; mask; mask &= mask - 1) {
            size_t at = i + (size_t)__builtin_ctz(mask);
            if (at + 1 < n)
                found |= genre_phrases_at(t, n, at, sets & ~found);
        }
    }
#else
    for (size_t i = 0; i + 1 < n && found != sets; i++)
        found |= genre_phrases_at(t, n, i, sets & ~found);
#endif
    return found;
}

/* A date in parentheses after a lead's place: "ALBUQUERQUE, N.M. (Aug.
 * 19, 2025) - Federal ...", from the '(' at t[i]. */
static bool lead_date_in_parens(const char *t, size_t n, size_t i, cpi_date *out) {
    size_t used;
    if (i == 0 || t[i - 1] != ' ' || !cpi_parse_date(t + i + 1, n - i - 1, out, &used))
        return false;
    size_t r = i + 1 + used;
    return r + 3 < n && t[r] == ')' && t[r + 1] == ' ' &&
           (t[r + 2] == '-' || (unsigned char)t[r + 2] == 0xE2);
}

/* The date a lead opens with after its place: "WASHINGTON, May 5, 2023
 * (Reuters) - The ...", "DENVER, Colo., Jan. 9, 2020 -- The ...": a date
 * after one of the first commas, then a parenthesis or a dash; or in
 * parentheses after the place (lead_date_in_parens). */
static bool lead_date(const char *t, size_t n, cpi_date *out) {
    enum { PLACE_MAX = 40 };
    if (n < 3)
        return false;
    /* a date after a comma before PLACE_MAX ends within 23 bytes of it
     * ("September 30th, 2017" and its comma and space): its year's digits
     * are in the first 64 bytes, and most paragraphs have no four digits
     * there */
    if (!four_digits(t, n < 64 ? n : 64))
        return false;
    /* commas at 1 <= i < min(PLACE_MAX, n - 2), found by memchr: most
     * paragraphs have none or one there */
    size_t stop = n - 2 < PLACE_MAX ? n - 2 : PLACE_MAX;
    const char *open = memchr(t, '(', stop);
    if (open && lead_date_in_parens(t, n, (size_t)(open - t), out))
        return true;
    for (size_t i = 1; i < stop; i++) {
        const char *comma = memchr(t + i, ',', stop - i);
        if (!comma)
            return false;
        i = (size_t)(comma - t);
        if (t[i + 1] != ' ')
            continue;
        size_t used;
        if (!cpi_parse_date(t + i + 2, n - i - 2, out, &used))
            continue;
        size_t r = i + 2 + used;
        return r + 2 < n && t[r] == ' ' &&
               (t[r + 1] == '(' || t[r + 1] == '-' || (unsigned char)t[r + 1] == 0xE2);
    }
    return false;
}

void cpi_document_meta(cp_document *doc, const cpi_block_info *info) {
#if defined(__SSE2__) && defined(__GNUC__) && !defined(NDEBUG)
    check_genre_candidates();
#endif
    size_t n = doc->block_count;
    size_t first_prose = n, second_prose = n;
    for (size_t i = 0; i < n; i++) {
        if (prose(&doc->blocks[i])) {
            if (first_prose == n) {
                first_prose = i;
            } else {
                second_prose = i;
                break;
            }
        }
    }

    /* Date: a dateline near the top, else a labelled date anywhere. */
    size_t dateline_at = n;
    for (size_t i = 0; i < second_prose; i++) {
        if (info[i].cls.has_date) {
            dateline_at = i;
            break;
        }
    }
    /* an update's date over the publication's, on the next line or the
     * one after ("Updated 8:14 AM Jul 12, 2021" / "Published 6:02 PM Jul
     * 9, 2021"): the publication's */
    for (size_t i = dateline_at + 1; dateline_at < n && info[dateline_at].cls.updated &&
                                     i < n && i <= dateline_at + 2;
         i++)
        if (info[i].cls.has_date && info[i].cls.labelled && !info[i].cls.updated) {
            dateline_at = i;
            break;
        }
    size_t date_from = dateline_at;
    if (date_from == n)
        for (size_t i = 0; i < n; i++)
            if (info[i].cls.has_date && info[i].cls.labelled) {
                date_from = i;
                break;
            }
    doc->dateline_date[0] = '\0';
    if (date_from < n)
        cpi_date_format(info[date_from].cls.date, doc->dateline_date);
    else {
        /* a wire story's lead: "WASHINGTON, May 5, 2023 (Reuters) - The ...",
         * among the first paragraphs */
        enum { LEAD_LOOK = 8 };
        cpi_date d;
        for (size_t i = 0; i < n && i < LEAD_LOOK; i++) {
            const cp_block *b = &doc->blocks[i];
            if (b->kind == CP_BLOCK_PARAGRAPH &&
                lead_date(cpi_block_text(b), b->text_size, &d)) {
                cpi_date_format(d, doc->dateline_date);
                break;
            }
        }
    }

    /* Title: the first headline-like line before the running text, preferring
     * one right after the dateline ("JUSTICE NEWS / date / headline"). */
    doc->title = NULL;
    size_t title_at = n;
    if (dateline_at < first_prose)
        for (size_t i = dateline_at + 1; i < first_prose && title_at == n; i++)
            if (title_candidate(&doc->blocks[i]))
                title_at = i;
    for (size_t i = 0; i < first_prose && title_at == n; i++)
        if (title_candidate(&doc->blocks[i]))
            title_at = i;
    if (title_at < n)
        doc->title = cpi_block_text(&doc->blocks[title_at]);

    /* Kind: the genre's own labels near the top, else reporting verbs. */
    doc->kind = CP_DOCUMENT_UNKNOWN;
    size_t top = second_prose < n ? second_prose : n;
    bool fact = false, release = false, news = false;
    /* (a fact sheet's label decides: once found, nothing else is looked
     * for; a release's label is looked for until one is found) */
    for (size_t i = 0; i < top && !fact; i++) {
        const cp_block *b = &doc->blocks[i];
        if (b->text_size > 200)
            continue;
        unsigned found = genre_phrases_in(cpi_block_text(b), b->text_size,
                                          FACT_LABEL | (release ? 0 : RELEASE_LABEL));
        fact = found & FACT_LABEL;
        release = release || (found & RELEASE_LABEL);
    }
    for (size_t i = 0; i < n && !news && !fact && !release; i++) {
        const cp_block *b = &doc->blocks[i];
        if (b->kind == CP_BLOCK_PARAGRAPH &&
            genre_phrases_in(cpi_block_text(b), b->text_size, NEWS_WORD))
            news = true;
    }
    if (fact)
        doc->kind = CP_DOCUMENT_FACT_SHEET;
    else if (release)
        doc->kind = CP_DOCUMENT_PRESS_RELEASE;
    else if (news)
        doc->kind = CP_DOCUMENT_NEWS;
}
