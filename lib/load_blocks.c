/* Loading, from bytes to blocks (MODEL.md section 2).
 *
 * One forward pass over the lines: each line is blank, a list item (marker,
 * indentation, nesting level), a print artefact, or text, decided from the
 * line itself and the previous line's state. Text continued across a page
 * break (a paragraph cut off without final punctuation, then an artefact or a
 * line starting in lower case) is joined into the block it continues. Then
 * each block is cleaned (text_clean.c), classified on its clean text
 * (doc_meta.c) and split into sentences (text_sentences.c). */
#include <assert.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "bytes.h"
#include "chars.h"
#include "doc_meta.h"
#include "load.h"
#include "utf8.h"

enum { LIST_DEPTH_MAX = CP_MAX_LIST_DEPTH };

/* For the line pass's small steps, called once or twice a line: -O2 would
 * not inline the larger ones by itself. */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

typedef enum raw_kind { RAW_TEXT, RAW_LIST, RAW_ARTEFACT, RAW_HEADING } raw_kind;

typedef struct raw_piece {
    size_t start, end;
    size_t next; /* index of the next piece of the same block, 0 = none */
} raw_piece;

/* A block's first piece is in it; the pieces joined to it (a paragraph
 * continued past a page break, a line wrapped by hand), if any, are in
 * the loader's pieces from `more` to `last`. */
enum { NO_MORE = 0 }; /* (index 0 of the pieces is never used) */
typedef struct raw_block {
    raw_kind kind;
    size_t level;
    size_t line;
    size_t start; /* span start: the marker for list items */
    size_t text_start, text_end;
    size_t more, last;
} raw_block;

typedef struct loader {
    const cpi_mem *mem;
    const char *bytes;
    size_t size;
    const uint64_t *breaks; /* the line breaks of bytes (mark_bytes()) */
    raw_block *blocks;
    size_t block_count, block_cap;
    raw_piece *pieces;
    size_t piece_count, piece_cap;
    size_t too_deep_at; /* SIZE_MAX, or where a list item nests too deep */
    int wrapped;        /* lines wrapped by hand (hard_wrapped()): -1 not asked yet */
} loader;

static bool is_hspace(unsigned char c) { return c == ' ' || c == '\t'; }

/* ---- the date header ------------------------------------------------------ */

static cp_status parse_header(const char *bytes, size_t size, const char *path,
                              size_t *body_start, char header_date[11], cp_error *err) {
    size_t i = 0;
    if (size >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    size_t after_bom = i;
    while (i < size && is_hspace((unsigned char)bytes[i]))
        i++;
    header_date[0] = '\0';
    *body_start = after_bom;
    if (!(size - i > 5 && memcmp(bytes + i, "date ", 5) == 0 && bytes[i + 5] >= '0' &&
          bytes[i + 5] <= '9'))
        return CP_OK;
    size_t d = i + 5;
    /* Columns on line 1 are byte offsets + 1 minus the BOM's extra bytes. */
    size_t col0 = d + 1 - (after_bom ? 2 : 0);
    int parts[3] = {0, 0, 0};
    static const size_t widths[3] = {4, 2, 2};
    size_t p = d;
    for (int k = 0; k < 3; k++) {
        for (size_t w = 0; w < widths[k]; w++, p++) {
            if (p >= size || bytes[p] < '0' || bytes[p] > '9')
                return cpi_error_set(err, CP_ERR_BAD_HEADER, path, 1, col0 + (p - d), p,
                                     "malformed date header: expected YYYY-MM-DD");
            parts[k] = parts[k] * 10 + (bytes[p] - '0');
        }
        if (k < 2) {
            if (p >= size || bytes[p] != '-')
                return cpi_error_set(err, CP_ERR_BAD_HEADER, path, 1, col0 + (p - d), p,
                                     "malformed date header: expected YYYY-MM-DD");
            p++;
        }
    }
    if (p < size && bytes[p] != ' ' && bytes[p] != '\t' && bytes[p] != '\n' &&
        bytes[p] != '\r')
        return cpi_error_set(err, CP_ERR_BAD_HEADER, path, 1, col0 + (p - d), p,
                             "malformed date header: expected a space after the date");
    if (parts[1] < 1 || parts[1] > 12)
        return cpi_error_set(err, CP_ERR_BAD_HEADER, path, 1, col0 + 5, d + 5,
                             "malformed date header: month %d out of range", parts[1]);
    if (!cpi_date_valid(parts[0], parts[1], parts[2]))
        return cpi_error_set(err, CP_ERR_BAD_HEADER, path, 1, col0 + 8, d + 8,
                             "malformed date header: day %d out of range for %04d-%02d",
                             parts[2], parts[0], parts[1]);
    cpi_date date = {parts[0], parts[1], parts[2]};
    cpi_date_format(date, header_date);
    while (p < size && is_hspace((unsigned char)bytes[p]))
        p++;
    *body_start = p;
    return CP_OK;
}

/* ---- line shapes ---------------------------------------------------------- */

/* Leading white space, tabs counted as 4 columns, NBSP as 1. */
static inline size_t skip_indent(const char *s, size_t i, size_t end, size_t *indent) {
    size_t cols = 0;
    while (i < end) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            cols++;
            i++;
        } else if (c == '\t') {
            cols += 4;
            i++;
        } else if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0) {
            cols++;
            i += 2;
        } else if (c == 0xEF && i + 2 < end && (unsigned char)s[i + 1] == 0xBB &&
                   (unsigned char)s[i + 2] == 0xBF) {
            i += 3; /* a stray BOM */
        } else {
            break;
        }
    }
    *indent = cols;
    return i;
}

static inline size_t trim_end(const char *s, size_t start, size_t end) {
    while (end > start) {
        unsigned char c = (unsigned char)s[end - 1];
        if (c == ' ' || c == '\t')
            end--;
        else if (c == 0xA0 && end - start >= 2 && (unsigned char)s[end - 2] == 0xC2)
            end -= 2;
        else
            break;
    }
    return end;
}

/* One pass over a document's bytes that tells, 64 bytes to a word, which
 * are line breaks ('\n', '\r': bit j of breaks[k] for byte 64 k + j) and
 * which are NUL or non-ASCII (high[k]): the line pass and the validation
 * then read bits, not bytes (most bytes are plain ASCII in long lines).
 * No bit is set at or past size. */
#if defined(__SSE2__) && defined(__GNUC__)
/* mark_bytes for a text shorter than 64 bytes, read from a copy padded with
 * spaces (neither breaks nor high), not byte by byte. (Out of line: inlined,
 * it made the line pass around it slower.) */
__attribute__((noinline)) static void mark_short(const char *s, size_t size,
                                                 uint64_t *breaks, uint64_t *high) {
    char pad[64];
    memset(pad, ' ', sizeof pad);
    memcpy(pad, s, size);
    uint64_t br = 0, hi = 0;
    for (unsigned k = 0; k < 64; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(pad + k));
        __m128i lines = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
        br |= (uint64_t)(unsigned)_mm_movemask_epi8(lines) << k;
        hi |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(1))) << k;
    }
    breaks[0] = br;
    high[0] = hi;
}
#endif

static void mark_bytes(const char *s, size_t size, uint64_t *breaks, uint64_t *high) {
    size_t w = 0, i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    if (size < 64) {
        if (size)
            mark_short(s, size, breaks, high);
        return;
    }
    const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                  one = _mm_set1_epi8(1);
    /* bits of the 16 bytes at p: breaks, and bytes below 1 as signed ones
     * (NUL, 0x80 and above) */
#define BREAKS16(v)                                                                      \
    ((uint64_t)(unsigned)_mm_movemask_epi8(                                              \
        _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr))))
#define HIGH16(v) ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, one)))
#define LOAD16(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
    for (; size - i >= 64; i += 64, w++) {
        __m128i a = LOAD16(s + i), b = LOAD16(s + i + 16), c = LOAD16(s + i + 32),
                d = LOAD16(s + i + 48);
        breaks[w] =
            BREAKS16(a) | BREAKS16(b) << 16 | BREAKS16(c) << 32 | BREAKS16(d) << 48;
        high[w] = HIGH16(a) | HIGH16(b) << 16 | HIGH16(c) << 32 | HIGH16(d) << 48;
    }
    if (i < size && size >= 64) {
        /* the last bytes: the text's last 64 read once more, from i on */
        const char *p = s + size - 64;
        __m128i a = LOAD16(p), b = LOAD16(p + 16), c = LOAD16(p + 32), d = LOAD16(p + 48);
        unsigned drop = (unsigned)(64 - (size - i));
        breaks[w] =
            (BREAKS16(a) | BREAKS16(b) << 16 | BREAKS16(c) << 32 | BREAKS16(d) << 48) >>
            drop;
        high[w] =
            (HIGH16(a) | HIGH16(b) << 16 | HIGH16(c) << 32 | HIGH16(d) << 48) >> drop;
        return;
    }
#undef LOAD16
#undef HIGH16
#undef BREAKS16
#endif
    for (; i < size; i += 64, w++) { /* a short text (any text without SSE2) */
        uint64_t br = 0, hi = 0;
        for (size_t k = 0; k < 64 && i + k < size; k++) {
            unsigned char c = (unsigned char)s[i + k];
            br |= (uint64_t)(c == '\n' || c == '\r') << k;
            hi |= (uint64_t)(c == 0 || c >= 0x80) << k;
        }
        breaks[w] = br;
        high[w] = hi;
    }
}

/* The end of the line at i: the next '\n' or '\r', or size. */
static inline size_t line_end(const uint64_t *breaks, size_t i, size_t size) {
    if (i >= size)
        return size;
    size_t w = i / 64;
    uint64_t m = breaks[w] & (~(uint64_t)0 << (i % 64));
    while (!m) {
        if (++w * 64 >= size)
            return size;
        m = breaks[w];
    }
    return w * 64 + cpi_lowest_bit(m);
}

/* Bullets that mark list items when followed by a space: "-", "*", "+",
 * "\u00B7" and the three-byte ones (U+2022 U+2023 U+2013 U+25A0 U+25AA
 * U+25B8 U+25CB U+25CF U+25E6), told apart by their first byte so that most
 * lines are rejected at once. */
static inline size_t bullet_len(const char *s, size_t i, size_t end) {
    if (i + 1 >= end)
        return 0;
    const unsigned char *u = (const unsigned char *)s + i;
    size_t n = 0;
    switch (u[0]) {
    case '-': case '*': case '+':
        n = 1;
        break;
    case 0xC2: /* U+00B7 */
        n = u[1] == 0xB7 ? 2 : 0;
        break;
    case 0xE2:
        if (i + 3 >= end)
            return 0;
        switch ((unsigned)u[1] << 8 | u[2]) {
        case 0x80A2: case 0x80A3: case 0x8093: /* U+2022 U+2023 U+2013 */
        case 0x96A0: case 0x96AA: case 0x96B8: /* U+25A0 U+25AA U+25B8 */
        case 0x978B: case 0x978F: case 0x97A6: /* U+25CB U+25CF U+25E6 */
            n = 3;
            break;
        default:
            return 0;
        }
        break;
    default:
        return 0;
    }
    return n && i + n < end && is_hspace(u[n]) ? n : 0;
}

/* A Markdown heading at s[i]: one to six '#', a space, its text ("### 2.
 * Baltimore's U.S. attorney"); closing '#'s are dropped. Sets [*ts, *te)
 * to the text and returns true, or false when the line is no heading. */
static bool atx_heading(const char *s, size_t i, size_t end, size_t *ts, size_t *te) {
    size_t j = i;
    while (j < end && j - i < 7 && s[j] == '#')
        j++;
    if (j == i || j - i > 6 || j >= end || !is_hspace((unsigned char)s[j]))
        return false;
    while (j < end && is_hspace((unsigned char)s[j]))
        j++;
    size_t e = end;
    size_t k = e;
    while (k > j && s[k - 1] == '#')
        k--;
    if (k < e && k > j && is_hspace((unsigned char)s[k - 1])) {
        e = k; /* "## Title ##" */
        while (e > j && is_hspace((unsigned char)s[e - 1]))
            e--;
    }
    if (j >= e)
        return false;
    *ts = j;
    *te = e;
    return true;
}

/* A list marker at s[i]: "- ", "• ", "- · ", "1. ", "2) ", "(3) ". Returns
 * where the item's text starts, or 0 when there is no marker. */
static ALWAYS_INLINE size_t list_marker(const char *s, size_t i, size_t end) {
    size_t n = bullet_len(s, i, end);
    if (n) {
        size_t j = i + n;
        while (j < end && is_hspace((unsigned char)s[j]))
            j++;
        size_t m = bullet_len(s, j, end); /* "- · Birmingham" */
        if (m && s[i] == '-' && s[j] != '-') {
            j += m;
            while (j < end && is_hspace((unsigned char)s[j]))
                j++;
        }
        return j;
    }
    size_t j = i;
    bool paren = j < end && s[j] == '(';
    if (paren)
        j++;
    size_t d = j;
    while (j < end && j - d < 3 && s[j] >= '0' && s[j] <= '9')
        j++;
    if (j == d || j >= end)
        return 0;
    if (paren ? s[j] != ')' : (s[j] != '.' && s[j] != ')'))
        return 0;
    if (paren && j - d > 2)
        return 0; /* "(202) 616-2777": an area code, not an item */
    j++;
    if (j >= end || !is_hspace((unsigned char)s[j]))
        return 0;
    while (j < end && is_hspace((unsigned char)s[j]))
        j++;
    if (j < end && s[j] >= '0' && s[j] <= '9')
        return 0; /* "(2) 616-..." or "12) 5": numbers, not an item */
    return j;
}

/* Site names that close a printed page header ("… | OPA | Department of
 * Justice"); the text glued after them belongs to the page. */
#define SITE(s) {s, sizeof(s) - 1} /* (lengths known at compile time) */
static const struct {
    const char *name;
    size_t len;
} PAGE_SITES[] = {
    SITE("United States Department of Justice"), SITE("U.S. Department of Justice"),
    SITE("Department of Justice"), SITE("The White House"),
    SITE("Federal Bureau of Investigation"), SITE("Drug Enforcement Administration"),
    SITE("Office of Justice Programs"), SITE("U.S. Marshals Service"),
    SITE("Bureau of Alcohol, Tobacco, Firearms and Explosives"),
};
#undef SITE

/* A print artefact at s[i]: a browser's page header "8/6/2017 Title | Site"
 * glued into the text, or a footer "https://… 2/5". Returns its end, or 0. */
static size_t artefact(const char *s, size_t i, size_t end) {
    if (!(s[i] >= '0' && s[i] <= '9') && s[i] != 'h')
        return 0; /* most lines: neither a date nor a link first */
    size_t j = i;
    int parts = 0;
    while (parts < 3) {
        size_t d = j;
        while (j < end && j - d < 4 && s[j] >= '0' && s[j] <= '9')
            j++;
        if (j == d)
            break;
        parts++;
        if (parts < 3 && j < end && s[j] == '/')
            j++;
        else
            break;
    }
    if (parts == 3 && j + 1 < end && s[j] == ' ' && s[j + 1] != '|') {
        /* The header's last " | " starts the site name: looked for from
         * the end, where the name is. */
        size_t bar = 0;
        for (size_t k = end - 2; k-- > j;) /* k from end - 3 down to j */
            if (s[k] == ' ' && s[k + 1] == '|' && s[k + 2] == ' ') {
                bar = k + 3;
                break;
            }
        if (!bar)
            return 0;
        size_t best = 0;
        for (size_t k = 0; k < sizeof PAGE_SITES / sizeof PAGE_SITES[0]; k++) {
            size_t n = PAGE_SITES[k].len;
            if (n > best && bar + n <= end && memcmp(s + bar, PAGE_SITES[k].name, n) == 0)
                best = n;
        }
        return best ? bar + best : end;
    }
    if (s[i] == 'h' && end - i > 8 &&
        (memcmp(s + i, "http://", 7) == 0 || memcmp(s + i, "https://", 8) == 0)) {
        size_t k = i;
        while (k < end && s[k] != ' ')
            k++;
        while (k < end && s[k] == ' ')
            k++;
        size_t d = k;
        while (k < end && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k > d && k < end && s[k] == '/') {
            k++;
            size_t e = k;
            while (k < end && s[k] >= '0' && s[k] <= '9')
                k++;
            if (k > e && k == end)
                return end;
        }
    }
    return 0;
}

/* The end of s[start..end) before the markup that closes it ("...?**",
 * "..._"): a bold question ends its sentence as a plain one does. */
static inline size_t past_closing_markup(const char *s, size_t start, size_t end) {
    while (end > start && (s[end - 1] == '*' || s[end - 1] == '_'))
        end--;
    return end;
}

/* Does the text before `end` close a sentence or a lead-in? */
static bool ends_terminated(const char *s, size_t start, size_t end) {
    end = past_closing_markup(s, start, trim_end(s, start, end));
    if (end == start)
        return true;
    unsigned char c = (unsigned char)s[end - 1];
    if (strchr(".!?:;\")'", c))
        return true;
    /* closing curly quotes */
    if (end - start >= 3 && (unsigned char)s[end - 3] == 0xE2 &&
        (unsigned char)s[end - 2] == 0x80 &&
        ((unsigned char)s[end - 1] == 0x9D || (unsigned char)s[end - 1] == 0x99))
        return true;
    return false;
}

/* Does the line end a sentence (or a clause a line may end: ':')? */
static bool ends_sentence_mark(const char *s, size_t start, size_t end) {
    end = past_closing_markup(s, start, trim_end(s, start, end));
    if (end == start)
        return true;
    unsigned char c = (unsigned char)s[end - 1];
    if (strchr(".!?:\")'", c))
        return true;
    return end - start >= 3 && (unsigned char)s[end - 3] == 0xE2 &&
           (unsigned char)s[end - 2] == 0x80 &&
           ((unsigned char)s[end - 1] == 0x9D || (unsigned char)s[end - 1] == 0x99);
}

/* Is the line s[cs..ce) (trimmed) one bold span and no more, short and
 * with no mark that ends a sentence or a lead-in ("**2. COPS grants**",
 * "**What the money buys**")? Such a line stands over what follows as a
 * heading does, whatever its capitals. */
static bool bold_heading_line(const char *s, size_t cs, size_t ce) {
    enum { BOLD_HEADING_MAX = 100 };
    if (ce - cs < 5 || ce - cs > BOLD_HEADING_MAX || s[cs] != '*' || s[cs + 1] != '*' ||
        s[ce - 1] != '*' || s[ce - 2] != '*')
        return false;
    size_t in_start = cs + 2, in_end = ce - 2;
    while (in_start < in_end && s[in_start] == '*')
        in_start++; /* ("***bold italic***") */
    while (in_end > in_start && s[in_end - 1] == '*')
        in_end--;
    if (in_end - in_start < 2 || ends_terminated(s, in_start, in_end) ||
        s[in_end - 1] == ',')
        return false;
    for (size_t k = in_start; k + 1 < in_end; k++)
        if (s[k] == '*' && s[k + 1] == '*')
            return false; /* two spans ("**A** and **B**") */
    return true;
}

/* Is the line s[cs..ce) a table's row: "| a | b |", cells between at
 * least two " | " ("Alabama | Montgomery Police Department | $1,875,000"),
 * or columns set apart by runs of spaces, as a table copied from a PDF
 * has them ("Toledo Police Department      12      $900,000")? */
static bool table_row(const char *s, size_t cs, size_t ce) {
    if (cs < ce && s[cs] == '|')
        return true;
    const char *gap = memchr(s + cs, ' ', ce - cs);
    while (gap && gap + 3 < s + ce) {
        if (gap[1] == ' ' && gap[2] == ' ')
            return true; /* (cs..ce is trimmed: the gap is between columns) */
        gap = memchr(gap + 1, ' ', (size_t)(s + ce - gap - 1));
    }
    return cpi_bar_separators(s + cs, ce - cs, 2) >= 2;
}

/* A line of text wrapped by hand is at least this long. */
#define WRAP_MIN_LINE 45

/* Is the body wrapped by hand at a width (a transcript, a report saved as
 * text): at least three, and a quarter, of its lines long, ending in the
 * middle of a sentence and running straight into the next line? (A
 * headline over its text without a blank line is one such line.) One pass. */
static bool hard_wrapped(const char *s, const uint64_t *breaks, size_t from,
                         size_t size) {
    size_t wraps = 0, lines = 0;
    size_t ps = 0, pe = 0; /* the previous line, if not blank */
    bool prev = false;
    for (size_t i = from; i < size;) {
        size_t le = line_end(breaks, i, size);
        size_t indent;
        size_t cs = skip_indent(s, i, le, &indent), ce = trim_end(s, cs, le);
        bool blank = cs == ce;
        if (!blank) {
            lines++;
            if (prev && pe - ps >= WRAP_MIN_LINE && !ends_sentence_mark(s, ps, pe) &&
                !list_marker(s, cs, ce) && !table_row(s, ps, pe) && !table_row(s, cs, ce))
                wraps++; /* (a table's rows are no wrapped lines) */
        }
        prev = !blank;
        ps = cs;
        pe = ce;
        i = le;
        if (i < size)
            i += (s[i] == '\r' && i + 1 < size && s[i + 1] == '\n') ? 2 : 1;
    }
    return wraps >= 3 && wraps * 4 >= lines;
}

/* ---- building raw blocks -------------------------------------------------- */

static inline bool add_piece(loader *L, size_t start, size_t end, size_t *index) {
    if (!cpi_mem_reserve(L->mem, (void **)&L->pieces, &L->piece_cap, L->piece_count + 1,
                         sizeof(raw_piece)))
        return false;
    raw_piece p = {start, end, 0};
    L->pieces[L->piece_count] = p;
    *index = L->piece_count++;
    return true;
}

static inline bool add_block(loader *L, raw_kind kind, size_t level, size_t line,
                             size_t start, size_t text_start, size_t text_end) {
    if (!cpi_mem_reserve(L->mem, (void **)&L->blocks, &L->block_cap, L->block_count + 1,
                         sizeof(raw_block)))
        return false;
    raw_block b = {kind, level, line, start, text_start, text_end, NO_MORE, NO_MORE};
    L->blocks[L->block_count++] = b;
    return true;
}

/* The last piece of a block. */
static inline raw_piece last_piece(const loader *L, const raw_block *b) {
    if (b->more == NO_MORE) {
        raw_piece only = {b->text_start, b->text_end, 0};
        return only;
    }
    return L->pieces[b->last];
}

/* Does the line s[cs..ce) open an entry of its own, even in a text wrapped
 * by hand: a date line ("October 14, 1998   (202) 307-7977"), or a name in
 * capitals before a dash ("OHIO -- Lorain: 47 arrests")? */
static bool opens_entry(const char *s, size_t cs, size_t ce) {
    size_t i = cs, caps = 0;
    while (i < ce && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == ' ' || s[i] == '.')) {
        caps += s[i] >= 'A' && s[i] <= 'Z';
        i++;
    }
    if (caps >= 2 && i + 1 < ce && i > cs && s[i - 1] == ' ' && s[i] == '-')
        return true;
    /* (as the cleaner will read it: a no-break space is a space, "March
     * 15, 2006" with one between) */
    char copy[160];
    const void *nbsp = memchr(s + cs, 0xC2, ce - cs);
    if (nbsp && ce - cs <= sizeof copy) {
        size_t n = 0;
        for (size_t k = cs; k < ce; k++) {
            if ((unsigned char)s[k] == 0xC2 && k + 1 < ce &&
                (unsigned char)s[k + 1] == 0xA0) {
                copy[n++] = ' ';
                k++;
            } else
                copy[n++] = s[k];
        }
        return cpi_classify_line(copy, n).kind == CP_BLOCK_DATELINE;
    }
    return cpi_classify_line(s + cs, ce - cs).kind == CP_BLOCK_DATELINE;
}

static bool join_piece(loader *L, raw_block *b, size_t start, size_t end) {
    if (L->piece_count == 0) /* (index 0 stays unused: NO_MORE) */
        L->piece_count = 1;
    size_t piece;
    if (!add_piece(L, start, end, &piece))
        return false;
    if (b->more == NO_MORE)
        b->more = piece;
    else
        L->pieces[b->last].next = piece;
    b->last = piece;
    return true;
}

/* The first bytes of a line that may open an artefact (a date's digit, a
 * link's 'h'), a heading ('#') or a list item (a bullet's first byte, a
 * digit, '('): see artefact(), atx_heading(), list_marker(). */
static const bool MAY_OPEN_BLOCK[256] = {
    ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true,
    ['5'] = true, ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true,
    ['h'] = true, ['#'] = true, ['-'] = true, ['*'] = true, ['+'] = true,
    ['('] = true, [0xC2] = true, [0xE2] = true,
};

/* Does the line s[cs, ce) (its last byte a digit) end in "Page N of M"
 * that starts it or follows a wide gap (two spaces or a tab), as a
 * printed page's running head or foot does? */
static bool running_head(const char *s, size_t cs, size_t ce) {
    size_t j = ce;
    for (int number = 0; number < 2; number++) {
        size_t d = j;
        while (j > cs && d - j < 4 && s[j - 1] >= '0' && s[j - 1] <= '9')
            j--;
        if (j == d)
            return false;
        static const char *const WORDS[2] = {" of ", "Page "};
        size_t len = number == 0 ? 4 : 5;
        if (j - cs < len || memcmp(s + j - len, WORDS[number], len) != 0)
            return false;
        j -= len;
    }
    return j == cs ||
           (j - cs >= 2 && (s[j - 1] == '\t' || (s[j - 1] == ' ' && s[j - 2] == ' ')));
}

/* The line pass. */
static bool split_lines(loader *L, size_t body_start, size_t first_line) {
    const char *s = L->bytes;
    size_t size = L->size;
    size_t line = first_line;
    size_t list_indents[LIST_DEPTH_MAX];
    size_t list_depth = 0;        /* 0: not in a list */
    size_t open_text = SIZE_MAX;  /* block a continuation may join */
    bool artefact_since = false;  /* an artefact since open_text */
    bool after_blank = false;     /* a blank line just before */
    size_t i = body_start;
    while (i < size) {
        size_t ls = i;
        size_t le = line_end(L->breaks, i, size);
        i = le;
        if (i < size) {
            i += (s[i] == '\r' && i + 1 < size && s[i + 1] == '\n') ? 2 : 1;
        }
        size_t this_line = line++;
        if (ls == le) { /* (an empty line, the commonest blank one) */
            after_blank = true;
            continue;
        }
        size_t indent;
        size_t cs = skip_indent(s, ls, le, &indent);
        size_t ce = trim_end(s, cs, le);
        if (cs == ce) {
            after_blank = true;
            continue;
        }
        bool blank_before = after_blank;
        after_blank = false;

        /* a printed page's running head or foot ("BJA Byrne JAG Program:
         * FY 2014 Highlights        Page 4 of 7", "Page 2 of 2"): no text
         * of the document (most lines end in no digit) */
        if (s[ce - 1] >= '0' && s[ce - 1] <= '9' && running_head(s, cs, ce)) {
            if (!add_block(L, RAW_ARTEFACT, 0, this_line, cs, cs, ce))
                return false;
            artefact_since = true;
            continue;
        }
        size_t text_start = cs;
        /* most lines start with a letter: no artefact, heading or list
         * marker can start there, and they are text at once */
        if (!MAY_OPEN_BLOCK[(unsigned char)s[cs]])
            goto text;
        size_t art = artefact(s, cs, ce);
        if (art) {
            if (!add_block(L, RAW_ARTEFACT, 0, this_line, cs, cs, art))
                return false;
            artefact_since = true;
            size_t rest = art;
            while (rest < ce && is_hspace((unsigned char)s[rest]))
                rest++;
            if (rest >= ce)
                continue;
            text_start = rest;
        }

        size_t hs, he;
        if (text_start == cs && s[cs] == '#' && atx_heading(s, cs, ce, &hs, &he)) {
            if (!add_block(L, RAW_HEADING, 0, this_line, cs, hs, he))
                return false;
            list_depth = 0;
            open_text = SIZE_MAX; /* a heading is one line */
            artefact_since = false;
            continue;
        }
        size_t item = text_start == cs ? list_marker(s, cs, ce) : 0;
        if (item && item < ce) {
            size_t level;
            if (list_depth == 0) {
                list_indents[0] = indent;
                list_depth = 1;
            } else {
                while (list_depth > 1 && list_indents[list_depth - 1] > indent)
                    list_depth--;
                if (list_indents[list_depth - 1] > indent)
                    list_indents[list_depth - 1] = indent;
                else if (list_indents[list_depth - 1] < indent) {
                    if (list_depth == LIST_DEPTH_MAX) {
                        L->too_deep_at = cs;
                        return false;
                    }
                    list_indents[list_depth++] = indent;
                }
            }
            level = list_depth - 1;
            if (!add_block(L, RAW_LIST, level, this_line, cs, item, ce))
                return false;
            open_text = L->block_count - 1;
            artefact_since = false;
            continue;
        }

        /* Text: a continuation of the open block, or a block of its own. */
    text:
        if (open_text != SIZE_MAX) {
            raw_block *b = &L->blocks[open_text];
            raw_piece last_one = last_piece(L, b);
            const raw_piece *last = &last_one;
            bool lower_start = s[text_start] >= 'a' && s[text_start] <= 'z';
            bool join = (artefact_since || lower_start) &&
                        !ends_terminated(s, last->start, last->end);
            /* a text wrapped by hand runs on until its sentence ends
             * ("... and Tucson," / "Arizona.") */
            if (!join && !blank_before && last->end - last->start >= WRAP_MIN_LINE &&
                !ends_sentence_mark(s, last->start, last->end) &&
                !table_row(s, last->start, last->end) && !table_row(s, text_start, ce)) {
                if (L->wrapped < 0) /* asked once, and only by a text with such a line */
                    L->wrapped = hard_wrapped(s, L->breaks, body_start, size);
                /* (a date line neither joins nor is joined: "U.S. Attorney
                 * EDTN @USAO_EDTN \u00b7 Oct 25, 2018" over its post) */
                join = L->wrapped && !opens_entry(s, text_start, ce) &&
                       !opens_entry(s, last->start, last->end);
            }
            if (join) {
                if (!join_piece(L, b, text_start, ce))
                    return false;
                artefact_since = false;
                continue;
            }
        }
        list_depth = 0;
        if (!add_block(L, RAW_TEXT, 0, this_line, text_start, text_start, ce))
            return false;
        open_text = L->block_count - 1;
        artefact_since = false;
    }
    return true;
}

/* ---- from raw blocks to the model ------------------------------------------ */

/* Hand the per-document arrays back to the cleaner for the next document. */
static void keep_scratch(cpi_cleaner *c, const loader *L, cpi_block_info *info,
                         size_t info_cap, cpi_piece *pieces, size_t piece_cap) {
    cpi_clean_document(c, NULL);
    c->load_blocks = L->blocks;
    c->load_blocks_cap = L->block_cap;
    c->load_pieces = L->pieces;
    c->load_pieces_cap = L->piece_cap;
    c->load_info = info;
    c->load_info_cap = info_cap;
    c->load_spans = pieces;
    c->load_spans_cap = piece_cap;
}

/* Room for `need` more bytes in the blocks' region beyond the `used` ones.
 * It grows by as much again as it holds (up to 1 MiB) besides, so that a
 * document's blocks take a few growths rather than one each; the loader
 * cuts what is left over at the end. */
static bool region_room(cpi_arena *arena, cpi_arena_region *r, size_t used, size_t need) {
    size_t free = r->size - used;
    if (need <= free)
        return true;
    size_t ahead = r->size < ((size_t)1 << 20) ? r->size : (size_t)1 << 20;
    return cpi_arena_region_grow(arena, r, need - free + ahead);
}

cp_status cpi_load_document(cpi_arena *arena, cpi_arena *block_arena, cpi_cleaner *cleaner,
                            const char *path, const char *id, const char *bytes, size_t size,
                            cp_document **out, cp_error *err) {
    /* the bytes classified once (mark_bytes()): the validation reads the
     * non-ASCII ones, the line pass the breaks. (Without room for the
     * marks, the bytes are validated as they are, so that a bad byte is
     * still what is reported first.) */
    size_t words = (size + 63) / 64;
    bool marked =
        cpi_mem_reserve(cleaner->mem, &cleaner->load_marks, &cleaner->load_marks_cap,
                        words ? 2 * words : 1, sizeof(uint64_t));
    uint64_t *breaks = marked ? cleaner->load_marks : NULL;
    size_t bad;
    cpi_utf8_result u;
    if (marked) {
        mark_bytes(bytes, size, breaks, breaks + words);
        u = cpi_utf8_validate_marked(bytes, size, breaks + words, &bad);
    } else {
        u = cpi_utf8_validate(bytes, size, &bad);
    }
    if (u != CPI_UTF8_OK) {
        size_t line, col;
        cpi_utf8_position(bytes, size, bad, &line, &col);
        if (u == CPI_UTF8_NUL)
            return cpi_error_set(err, CP_ERR_NUL_BYTE, path, line, col, bad,
                                 "NUL byte at offset %zu", bad);
        return cpi_error_set(err, CP_ERR_INVALID_UTF8, path, line, col, bad,
                             "invalid UTF-8 byte 0x%02x at offset %zu",
                             (unsigned char)bytes[bad], bad);
    }
    bool any = false;
    for (size_t k = 0; k < size && !any; k++) {
        unsigned char c = (unsigned char)bytes[k];
        any = !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f');
        if (c == 0xEF && k + 2 < size && (unsigned char)bytes[k + 1] == 0xBB &&
            (unsigned char)bytes[k + 2] == 0xBF) {
            any = false;
            k += 2;
        }
    }
    if (!any)
        return cpi_error_set(err, CP_ERR_EMPTY, path, 1, 1, 0,
                             size ? "document has only white space" : "document is empty");

    cp_document *doc = marked ? cpi_arena_alloc(arena, sizeof *doc) : NULL;
    if (!doc)
        return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
    memset(doc, 0, sizeof *doc);
    doc->id = id;
    doc->path = path;
    doc->bytes = bytes;
    doc->size = (uint32_t)size; /* the corpus takes no document of 2 GiB */
    size_t body_start;
    cp_status st = parse_header(bytes, size, path, &body_start, doc->header_date, err);
    if (st != CP_OK)
        return st;
    doc->body_start = (uint32_t)body_start;

    loader L = {cleaner->mem, bytes, size, breaks,
                cleaner->load_blocks, 0, cleaner->load_blocks_cap,
                cleaner->load_pieces, 0, cleaner->load_pieces_cap,
                SIZE_MAX, -1};
    cpi_block_info *info = cleaner->load_info;
    size_t info_cap = cleaner->load_info_cap;
    cpi_piece *pieces = cleaner->load_spans;
    size_t piece_cap = cleaner->load_spans_cap;
    st = CP_OK;
    /* the body starts on line 1: before it stand at most a BOM, spaces or
     * tabs and the date header, which parse_header() reads up to its end
     * of line, not past it */
    size_t first_line = 1;
    assert(!memchr(bytes, '\n', doc->body_start) && !memchr(bytes, '\r', doc->body_start));
    if (!split_lines(&L, doc->body_start, first_line)) {
        if (L.too_deep_at == SIZE_MAX)
            goto nomem;
        size_t line, col;
        cpi_utf8_position(bytes, size, L.too_deep_at, &line, &col);
        keep_scratch(cleaner, &L, info, info_cap, pieces, piece_cap);
        return cpi_error_set(err, CP_ERR_LIMIT, path, line, col, L.too_deep_at,
                             "a list nested deeper than %d levels", CP_MAX_LIST_DEPTH);
    }
    /* the blocks' records first, their data after them (see cp_block) */
    cpi_arena_region region = {NULL, 0, false};
    size_t records = L.block_count * sizeof(cp_block);
    if ((L.block_count && !cpi_arena_region_grow(block_arena, &region, records)) ||
        !cpi_mem_reserve(cleaner->mem, (void **)&info, &info_cap,
                         L.block_count ? L.block_count : 1, sizeof *info))
        goto nomem;

    cpi_clean_document(cleaner, bytes);
    size_t used = records; /* bytes of the region filled (it grows ahead) */
    size_t kept = 0;
    for (size_t k = 0; k < L.block_count; k++) {
        const raw_block *r = &L.blocks[k];
        /* most blocks are one piece: handed over as it is, no copy */
        cpi_piece one_piece = {r->text_start, r->text_end};
        const cpi_piece *block_pieces = &one_piece;
        size_t np = 1;
        if (r->more != NO_MORE) {
            if (!cpi_mem_reserve(cleaner->mem, (void **)&pieces, &piece_cap, 1,
                                 sizeof(cpi_piece)))
                goto nomem;
            pieces[0] = one_piece;
            for (size_t p = r->more;; p = L.pieces[p].next) {
                if (!cpi_mem_reserve(cleaner->mem, (void **)&pieces, &piece_cap, np + 1,
                                     sizeof(cpi_piece)))
                    goto nomem;
                pieces[np].start = L.pieces[p].start;
                pieces[np].end = L.pieces[p].end;
                np++;
                if (p == r->last)
                    break;
            }
            block_pieces = pieces;
        }
        if (!cpi_clean_in_place(cleaner, bytes, size, block_pieces, np)) {
            goto nomem;
        }
        if (cleaner->out_size == 0)
            continue; /* only markup: nothing to read */
        cp_block rec = {0};
        rec.line = (uint32_t)r->line;
        rec.start = (uint32_t)r->start;
        rec.end = (uint32_t)block_pieces[np - 1].end;
        rec.text_size = (uint32_t)cleaner->out_size;
        cpi_line_class cls = {0};
        switch (r->kind) {
        case RAW_LIST:
            rec.level = (uint32_t)r->level;
            cls.kind = CP_BLOCK_LIST_ITEM;
            break;
        case RAW_ARTEFACT:
            cls.kind = CP_BLOCK_ARTEFACT;
            break;
        case RAW_HEADING:
            cls.kind = CP_BLOCK_HEADING;
            break;
        case RAW_TEXT:
            cls = cpi_classify_line(cleaner->text, rec.text_size);
            if (cls.kind == CP_BLOCK_PARAGRAPH && r->more == NO_MORE &&
                bytes[r->text_start] == '*' &&
                bold_heading_line(bytes, r->text_start, r->text_end))
                cls.kind = CP_BLOCK_HEADING;
            break;
        }
        rec.kind = cls.kind;
        info[kept].cls = cls;
        if (cleaner->one_sentence) {
            /* a text without a sentence mark: the whole of it, from its
             * first segment's start to its last one's end, as
             * cpi_split_sentences() would find it, without the call */
            if (!cpi_mem_reserve(cleaner->mem, (void **)&cleaner->sentences,
                                 &cleaner->sentence_cap, 1, sizeof(cp_sentence)))
                goto nomem;
            const cpi_seg *last = &cleaner->segs[cleaner->seg_count - 1];
            cp_sentence whole = {0, rec.text_size, cleaner->segs[0].orig,
                                 last->orig + last->olen};
            cleaner->sentences[0] = whole;
            cleaner->sentence_count = 1;
        } else if (!cpi_split_sentences(cleaner, cleaner->text, rec.text_size,
                                        cleaner->segs, cleaner->seg_count)) {
            goto nomem;
        }
        /* a map that is one identity run is kept as where it starts */
        const cpi_seg *one = cleaner->seg_count == 1 ? cleaner->segs : NULL;
        bool identity = one && !one->atomic && one->olen == rec.text_size &&
                        one->orig >= rec.start && one->orig - rec.start <= CPI_MAX_IDENTITY_SKIP;
        size_t seg_count = identity ? 0 : cleaner->seg_count;
        rec.identity_skip = identity ? one->orig - rec.start : 0;
        rec.seg_count = (uint32_t)seg_count;
        rec.sentence_count = (uint32_t)cleaner->sentence_count;
        size_t sent_bytes = cleaner->sentence_count * cpi_sentence_stride(&rec);
        size_t seg_bytes = seg_count * sizeof(cpi_seg);
        size_t text_bytes = (rec.text_size + 1 + 3) & ~(size_t)3; /* the next arrays' alignment */
        size_t at = used;
        if (!region_room(block_arena, &region, used, sent_bytes + seg_bytes + text_bytes))
            goto nomem;
        used += sent_bytes + seg_bytes + text_bytes;
        unsigned char *mem = region.data + at;
        if (seg_count) {
            memcpy(mem, cleaner->sentences, sent_bytes);
        } else {
            /* an identity map: each sentence's end follows from its start,
             * and the record leaves it out (the stride of a block without
             * segments, a constant here so the copies need no call) */
            enum { SHORT_STRIDE = sizeof(cp_sentence) - sizeof(uint32_t) };
            for (size_t j = 0; j < cleaner->sentence_count; j++) {
                cp_sentence short_form = cleaner->sentences[j];
                short_form.text_start |= CPI_SENTENCE_SHORT;
                memcpy(mem + j * SHORT_STRIDE, &short_form, SHORT_STRIDE);
            }
        }
        if (seg_bytes) /* (most blocks have none: no call) */
            memcpy(mem + sent_bytes, cleaner->segs, seg_bytes);
        if (rec.text_size <= 32) /* (most blocks: short lines) */
            cpi_copy_short((char *)mem + sent_bytes + seg_bytes, cleaner->text, rec.text_size);
        else
            memcpy(mem + sent_bytes + seg_bytes, cleaner->text, rec.text_size);
        mem[sent_bytes + seg_bytes + rec.text_size] = '\0';
        /* for now, where the text is from the region's start */
        rec.text_at = (uint32_t)(at + sent_bytes + seg_bytes);
        if (at + sent_bytes + seg_bytes > UINT32_MAX - text_bytes) {
            keep_scratch(cleaner, &L, info, info_cap, pieces, piece_cap);
            return cpi_error_set(err, CP_ERR_LIMIT, path, r->line, 0, r->start,
                                 "the document's clean text and maps exceed 4 GiB");
        }
        memcpy(region.data + kept * sizeof(cp_block), &rec, sizeof rec);
        kept++;
    }
    if (region.size > used)
        cpi_arena_region_shrink(block_arena, &region, region.size - used);
    /* blocks that were only markup leave records unused: move the data down
     * to the last record kept, then make each text offset its record's own */
    size_t unused = (L.block_count - kept) * sizeof(cp_block);
    if (unused) {
        memmove(region.data + kept * sizeof(cp_block), region.data + records,
                region.size - records);
        cpi_arena_region_shrink(block_arena, &region, unused);
    }
    doc->blocks = kept ? (cp_block *)(void *)region.data : NULL;
    for (size_t k = 0; k < kept; k++)
        doc->blocks[k].text_at -= (uint32_t)(unused + k * sizeof(cp_block));
    doc->block_count = (uint32_t)kept;
    /* Blocks were opened in line order, so they are sorted by start even
     * where a joined paragraph spans the artefacts after it. */
    cpi_document_meta(doc, info);
    keep_scratch(cleaner, &L, info, info_cap, pieces, piece_cap);
    *out = doc;
    return CP_OK;

nomem:
    keep_scratch(cleaner, &L, info, info_cap, pieces, piece_cap);
    return cpi_error_set(err, CP_ERR_NOMEM, path, 0, 0, 0, "out of memory");
}
