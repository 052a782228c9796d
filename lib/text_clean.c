/* Text, stage 1: from the original bytes of a block to its clean text.
 *
 * Input: the byte ranges (pieces) of one block. Output: clean UTF-8 text and
 * a segment map back to original offsets (MODEL.md section 2: markup kept in
 * the offsets, stripped for analysis). Two passes per piece: find the markup
 * to drop (emphasis runs, link brackets and targets), then copy and fold.
 * Lookahead is bounded, so the time is linear in the piece. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "bytes.h"
#include "chars.h"
#include "text.h"
#include "utf8.h"

enum { EMPHASIS_MAX_RUN = 3, EMPHASIS_SEARCH_DEPTH = 16, CLUSTER_MAX = 32 };

void cpi_cleaner_init(cpi_cleaner *c, const cpi_mem *mem) {
    memset(c, 0, sizeof *c);
    c->mem = mem;
}

void cpi_cleaner_release(cpi_cleaner *c) {
    cpi_mem_free(c->mem, c->out);
    cpi_mem_free(c->mem, c->segs);
    cpi_mem_free(c->mem, c->drops);
    cpi_mem_free(c->mem, c->stack);
    cpi_mem_free(c->mem, c->sentences);
    cpi_mem_free(c->mem, c->load_blocks);
    cpi_mem_free(c->mem, c->load_pieces);
    cpi_mem_free(c->mem, c->load_info);
    cpi_mem_free(c->mem, c->load_spans);
    cpi_mem_free(c->mem, c->load_marks);
    memset(c, 0, sizeof *c);
}

/* ---- emitting clean bytes ------------------------------------------------ */

/* Room for clen more clean bytes (and the NUL) and one more segment. */
static bool emit_room(cpi_cleaner *c, size_t clen) {
    return cpi_mem_reserve(c->mem, (void **)&c->out, &c->out_cap, c->out_size + clen + 1, 1) &&
           cpi_mem_reserve(c->mem, (void **)&c->segs, &c->seg_cap, c->seg_count + 1,
                           sizeof(cpi_seg));
}

/* Inlined: it is called for every run and folded character, and most
 * calls need no room made (-O2 would not inline it by itself). */
#if defined(__GNUC__)
#define EMIT_INLINE inline __attribute__((always_inline))
#else
#define EMIT_INLINE inline
#endif
static EMIT_INLINE bool emit(cpi_cleaner *c, size_t orig, size_t olen, const char *bytes,
                        size_t clen, bool atomic) {
    /* (the counts in locals, stored before the bytes: a store of a char
     * may alias anything, and would make them read again) */
    size_t out_size = c->out_size, seg_count = c->seg_count;
    if ((out_size + clen + 1 > c->out_cap || seg_count + 1 > c->seg_cap) &&
        !emit_room(c, clen))
        return false;
    cpi_seg *last = seg_count ? &c->segs[seg_count - 1] : NULL;
    /* the last segment always ends at out_size: the map has no gaps */
    if (!atomic && last && !last->atomic && last->orig + last->olen == orig) {
        last->olen += (uint32_t)olen;
    } else {
        cpi_seg seg = {(uint32_t)out_size, (uint32_t)orig, (uint32_t)olen, atomic};
        c->segs[seg_count] = seg;
        c->seg_count = seg_count + 1;
    }
    char *out = c->out + out_size;
    c->out_size = out_size + clen;
    if (clen <= 32) /* a space, a folded character, a dash, a word: no call */
        cpi_copy_short(out, bytes, clen);
    else
        memcpy(out, bytes, clen);
    return true;
}

/* ---- pass 1: markup to drop ---------------------------------------------- */

static bool is_space_byte(unsigned char b) {
    /* one test of a bit for the six of them (most bytes are above ' ') */
    const uint64_t spaces = 1ull << ' ' | 1ull << '\t' | 1ull << '\n' | 1ull << '\r' |
                            1ull << '\v' | 1ull << '\f';
    return b <= ' ' && (spaces >> b & 1);
}

/* Bytes as the fast copy of plain runs sees them. */
enum { RUN_PLAIN, RUN_SPACE, RUN_OTHER_SPACE, RUN_DASH, RUN_NON_ASCII };
static const unsigned char run_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* Whether the character at p is surely no combining mark: below U+0300
 * (lead bytes up to 0xCB) or general punctuation U+2000-U+203F (E2 80 xx:
 * curly quotes, dashes). The byte before it then needs no cluster. */
static bool no_mark_at(const unsigned char *p) {
    return p[0] < 0xCC || (p[0] == 0xE2 && p[1] == 0x80);
}

/* Whether a space inside a plain run stays in it: before a printable ASCII
 * byte, or a dash, quote or other punctuation U+2010-U+2027 (E2 80 90-A7,
 * none of them space or dropped), it is its own clean text (the slow path
 * would emit it the same way, merged into the run's segment); before white
 * space, other non-ASCII or the run's end it is left to the slow path (it
 * may fold with what follows). */
static bool space_continues(const unsigned char *next) {
    if (next[0] < 0x80)
        return next[0] > ' ';
    return next[0] == 0xE2 && next[1] == 0x80 && next[2] >= 0x90 && next[2] <= 0xA7;
}

/* The first offset from j on that the plain run's byte loop must look at:
 * a byte below the space or non-ASCII, a space before a space or a byte
 * below it, a '-' before another, or the last byte before `limit` (whether
 * a space there stays depends on what lies beyond). A space before a
 * non-ASCII byte is no stop here: the stop at that byte looks back at it
 * (most are before a dash, and stay in the run). Blocks are read up to
 * `size` (the bytes' end, which may lie beyond limit), flags at or past
 * limit - 1 are ignored. May stop early at a plain byte (the byte loop then
 * steps over it), never late. */
static size_t next_stop(const unsigned char *s, size_t j, size_t limit, size_t size) {
#if defined(__SSE2__) && defined(__GNUC__)
    /* 16 bytes at a time; signed compares put bytes >= 0x80 below 0x20,
     * an unsigned minimum tells the bytes up to the space */
    const __m128i ctl = _mm_set1_epi8(0x20);
    const __m128i space = _mm_set1_epi8(' '), dash = _mm_set1_epi8('-');
#define LOAD16(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
#define STOPS16(p)                                                                  \
    ((unsigned)_mm_movemask_epi8(_mm_or_si128(                                     \
        _mm_cmplt_epi8(LOAD16(p), ctl),                                            \
        _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(LOAD16(p), space),               \
                                   _mm_cmpeq_epi8(_mm_min_epu8(LOAD16((p) + 1), space), \
                                                  LOAD16((p) + 1))),               \
                     _mm_and_si128(_mm_cmpeq_epi8(LOAD16(p), dash),                \
                                   _mm_cmpeq_epi8(LOAD16((p) + 1), dash))))))
    /* whole blocks: all 16 positions have their next byte before limit */
    for (; j + 17 <= limit; j += 16) {
        unsigned mask = STOPS16(s + j);
        if (mask)
            return j + (size_t)__builtin_ctz(mask);
    }
    if (j + 1 < limit && j + 16 < size) {
        size_t valid = limit - 1 - j; /* positions left whose next byte is before limit */
        unsigned mask = STOPS16(s + j) & ((1u << valid) - 1);
        return mask ? j + (size_t)__builtin_ctz(mask) : limit - 1;
    }
#undef STOPS16
#undef LOAD16
#else
    /* 8 bytes at a time as a word; a flag may be spurious above a true one
     * (borrows), never missing */
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (j + 8 < limit) {
        uint64_t w, next;
        memcpy(&w, s + j, 8);
        memcpy(&next, s + j + 1, 8);
        uint64_t ctl = ((w - ones * 0x20) & ~w) | w; /* below 0x20, or non-ASCII */
        uint64_t sp = w ^ (ones * ' '), dw = w ^ (ones * '-'), dn = next ^ (ones * '-');
        uint64_t bad_next = ((next - ones * 0x21) & ~next) | next;
        uint64_t stop = (ctl | ((sp - ones) & ~sp & bad_next) |
                         ((dw - ones) & ~dw & (dn - ones) & ~dn)) & highs;
        if (stop) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return j + (size_t)__builtin_ctzll(stop) / 8;
#else
            return j; /* the byte loop finds it */
#endif
        }
        j += 8;
    }
    (void)size;
#endif
    return j;
}

/* Punctuation for emphasis flanking. Non-ASCII neighbours count as
 * punctuation: in this genre they are curly quotes and dashes. */
static bool is_alnum_byte(unsigned char b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

static bool is_punct_byte(unsigned char b) { return b >= 0x80 || !is_alnum_byte(b); }

/* (inlined: a piece with markup has a few drops, each a store once there
 * is room) */
static EMIT_INLINE bool add_drop(cpi_cleaner *c, size_t start, size_t end) {
    if (c->drop_count == c->drop_cap &&
        !cpi_mem_reserve(c->mem, (void **)&c->drops, &c->drop_cap, c->drop_count + 1,
                         sizeof(cpi_range)))
        return false;
    c->drops[c->drop_count].start = start;
    c->drops[c->drop_count].end = end;
    c->drop_count++;
    return true;
}

static int cmp_range(const void *a, const void *b) {
    const cpi_range *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Drops by start. A piece has a few (insertion sort, no call per compare),
 * a hostile one many (qsort). The order of drops with the same start does
 * not matter: copying skips to the furthest end. */
static void sort_drops(cpi_range *d, size_t n) {
    if (n > 32) {
        qsort(d, n, sizeof *d, cmp_range);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        cpi_range r = d[i];
        size_t j = i;
        while (j > 0 && d[j - 1].start > r.start) {
            d[j] = d[j - 1];
            j--;
        }
        d[j] = r;
    }
}

/* Emphasis: a run of 1-3 '*' that can open (followed by text, preceded by
 * space or punctuation) pairs with a later run of the same length that can
 * close. Unpaired stars stay as text. The stack holds run starts; the search
 * for a partner is bounded so that "* * * *..." stays linear. */
static bool find_emphasis(cpi_cleaner *c, const unsigned char *s, size_t start,
                          size_t end, size_t first_star) {
    size_t depth = 0;
    size_t i = first_star;
    while (i < end) {
        if (s[i] != '*') {
            /* most pieces have no emphasis: memchr skips to the next '*' */
            const unsigned char *star = memchr(s + i, '*', end - i);
            if (!star)
                break;
            i = (size_t)(star - s);
            continue;
        }
        size_t j = i;
        while (j < end && s[j] == '*')
            j++;
        size_t run = j - i;
        bool before_space = i == start || is_space_byte(s[i - 1]);
        bool after_space = j == end || is_space_byte(s[j]);
        bool before_punct = i == start || before_space || is_punct_byte(s[i - 1]);
        bool after_punct = j == end || after_space || is_punct_byte(s[j]);
        bool can_open = !after_space && before_punct;
        bool can_close = !before_space && after_punct;
        if (run <= EMPHASIS_MAX_RUN) {
            bool closed = false;
            if (can_close) {
                size_t limit = depth > EMPHASIS_SEARCH_DEPTH ? depth - EMPHASIS_SEARCH_DEPTH : 0;
                for (size_t k = depth; k > limit; k--) {
                    size_t o = c->stack[k - 1];
                    size_t orun = 0;
                    while (o + orun < end && s[o + orun] == '*')
                        orun++;
                    if (orun == run) {
                        if (!add_drop(c, o, o + run) || !add_drop(c, i, j))
                            return false;
                        depth = k - 1;
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed && can_open) {
                if (!cpi_mem_reserve(c->mem, (void **)&c->stack, &c->stack_cap, depth + 1,
                                     sizeof(size_t)))
                    return false;
                c->stack[depth++] = i;
            }
        }
        i = j;
    }
    return true;
}

/* Links: "[text](target)" keeps "text". Each scan stops at the next bracket,
 * so scanned stretches never overlap and the pass is linear. */
static bool find_links(cpi_cleaner *c, const unsigned char *s, size_t end,
                       size_t first_bracket) {
    size_t i = first_bracket;
    while (i < end) {
        if (s[i] != '[') {
            const unsigned char *open = memchr(s + i, '[', end - i);
            if (!open)
                break;
            i = (size_t)(open - s);
            continue;
        }
        size_t j = i + 1;
        while (j < end && s[j] != ']' && s[j] != '[')
            j++;
        if (j >= end || s[j] != ']' || j + 1 >= end || s[j + 1] != '(') {
            i = j;
            continue;
        }
        size_t k = j + 2;
        while (k < end && s[k] != ')' && s[k] != '(' && s[k] != '[' && s[k] != ']' &&
               s[k] != ' ')
            k++;
        if (k >= end || s[k] != ')') {
            i = k;
            continue;
        }
        if (!add_drop(c, i, i + 1) || !add_drop(c, j, k + 1))
            return false;
        i = k + 1;
    }
    return true;
}

/* ---- pass 2: copy and fold ----------------------------------------------- */

typedef enum fold_class { FOLD_KEEP, FOLD_SPACE, FOLD_DROP, FOLD_TO } fold_class;

/* Typography folded for analysis. Everything not named here is kept (NFC). */
static fold_class fold(int32_t cp, const char **to, size_t *to_len) {
    *to_len = 1; /* (all but the ellipsis) */
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        *to = "'";
        return FOLD_TO;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB:
        *to = "\"";
        return FOLD_TO;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        *to = "-";
        return FOLD_TO;
    case 0x2026:
        *to = "...";
        *to_len = 3;
        return FOLD_TO;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x0085:
    case 0x2028: case 0x2029:
        return FOLD_SPACE;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return FOLD_DROP;
    default:
        if (cp >= 0x2000 && cp <= 0x200A)
            return FOLD_SPACE;
        return FOLD_KEEP;
    }
}

static bool is_combining(int32_t cp) {
    if (cp < 0x300)
        return false;
    return utf8proc_get_property(cp)->combining_class != 0;
}

typedef struct pending_space {
    bool on;
    bool tab; /* the run holds a tab */
    size_t start, end;
} pending_space;

/* White space reads as one space, but a tab inside a table's row (see
 * table_row()) separates the cells of a table exported as text ("Wayne
 * County Sheriff's Office<TAB>Wayne County, MI<TAB>6"): it reads as "; ",
 * so that the names of two cells do not run together into one, as the
 * cells of a list of places. */
static EMIT_INLINE bool flush_space(cpi_cleaner *c, pending_space *ps) {
    if (!ps->on)
        return true;
    ps->on = false;
    if (c->out_size == 0)
        return true; /* no leading space */
    size_t n = ps->end - ps->start;
    char last = c->out[c->out_size - 1];
    if (ps->tab && last != ',' && last != ';' && last != ':')
        return emit(c, ps->start, n, "; ", 2, true);
    return emit(c, ps->start, n, " ", 1, n != 1);
}

static void note_space(pending_space *ps, size_t start, size_t end, bool tab) {
    if (ps->on) {
        ps->end = end;
        ps->tab |= tab;
    } else {
        ps->on = true;
        ps->tab = tab;
        ps->start = start;
        ps->end = end;
    }
}

/* A base character and the combining marks after it, composed to NFC. */
static bool emit_cluster(cpi_cleaner *c, const char *bytes, size_t size, size_t i,
                         size_t end, size_t *next) {
    size_t len;
    int32_t first = cpi_utf8_decode(bytes, size, i, &len);
    size_t j = i + len;
    size_t n = 1;
    while (j < end && n < CLUSTER_MAX) {
        size_t l;
        int32_t cp = cpi_utf8_decode(bytes, size, j, &l);
        if (!is_combining(cp))
            break;
        j += l;
        n++;
    }
    *next = j;
    if (n == 1 && first < 0x300) /* precomposed Latin: already NFC */
        return emit(c, i, j - i, bytes + i, j - i, false);
    utf8proc_int32_t buf[CLUSTER_MAX * 4];
    utf8proc_ssize_t got =
        utf8proc_decompose((const utf8proc_uint8_t *)bytes + i, (utf8proc_ssize_t)(j - i),
                           buf, CLUSTER_MAX * 4, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (got < 0 || got > CLUSTER_MAX * 4)
        return emit(c, i, j - i, bytes + i, j - i, false);
    got = utf8proc_normalize_utf32(buf, got, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (got < 0)
        return emit(c, i, j - i, bytes + i, j - i, false);
    char enc[CLUSTER_MAX * 4 * 4];
    size_t elen = 0;
    for (utf8proc_ssize_t k = 0; k < got; k++)
        elen += (size_t)utf8proc_encode_char(buf[k], (utf8proc_uint8_t *)enc + elen);
    if (elen == j - i && memcmp(enc, bytes + i, elen) == 0)
        return emit(c, i, j - i, bytes + i, j - i, false);
    return emit(c, i, j - i, enc, elen, true);
}

/* A dash between words ("cities\u2014Compton", "gun -- any") separates them:
 * it reads as " - " whatever spaces stood around it. */
static EMIT_INLINE bool emit_dash(cpi_cleaner *c, const unsigned char *s, size_t start,
                                  size_t stop, size_t end, size_t *next) {
    bool spaced = c->out_size > 0 && c->out[c->out_size - 1] != ' ';
    if (!emit(c, start, stop - start, spaced ? " - " : "- ", spaced ? 3 : 2, true))
        return false;
    while (stop < end && (s[stop] == ' ' || s[stop] == '\t'))
        stop++;
    *next = stop;
    return true;
}

/* Is s[i..end) a gap of three spaces or more before a word (not a line's
 * end)? Its end, or 0. */
static size_t column_gap(const unsigned char *s, size_t i, size_t end) {
    if (i + 3 >= end || s[i + 1] != ' ' || s[i + 2] != ' ')
        return 0;
    size_t j = i + 3;
    while (j < end && s[j] == ' ')
        j++;
    return j < end && !is_space_byte(s[j]) ? j : 0;
}

/* Whether the line of a column gap ending at `gap` has another one after
 * it: a table laid out with spaces ("City of Hartford      Hartford, CT
 * $2,000,000", as `pdftotext -layout` writes), whose gaps separate cells
 * like a row's tabs. Prose has no such gaps, or one. */
static bool spaced_row(const unsigned char *s, size_t gap, size_t end) {
    const unsigned char *nl = memchr(s + gap, '\n', end - gap);
    size_t line_end = nl ? (size_t)(nl - s) : end;
    for (const unsigned char *q = memchr(s + gap, ' ', line_end - gap); q;
         q = memchr(q + 1, ' ', (size_t)(s + line_end - q - 1)))
        if (column_gap(s, (size_t)(q - s), line_end))
            return true;
    return false;
}

/* Whether the line [start, end) with a tab at `tab` has another tab after
 * a word: the row of a table, whose tabs separate cells (one tab in a line
 * of prose, "Officials<TAB>said", is only space). */
static bool table_row(const unsigned char *s, size_t tab, size_t end) {
    size_t i = tab;
    while (i < end && is_space_byte(s[i]))
        i++;
    const void *next = i < end ? memchr(s + i, '\t', end - i) : NULL;
    return next != NULL;
}

static bool copy_piece(cpi_cleaner *c, const char *bytes, size_t size, size_t start,
                       size_t end, pending_space *ps) {
    const unsigned char *s = (const unsigned char *)bytes;
    size_t d = 0;
    size_t i = start;
    int row = -1; /* the piece is a table's row (-1: not known until a tab) */
    size_t spaced_until = start; /* a spaced row's line is known up to here */
    bool spaced = false;         /* ... and whether it is one */
    while (i < end) {
        if (d < c->drop_count && c->drops[d].start <= i) {
            if (c->drops[d].end > i)
                i = c->drops[d].end;
            d++;
            continue;
        }
        unsigned char b = s[i];
        if (b < 0x80) {
            if (is_space_byte(b)) {
                if (b == '\t' && row < 0)
                    row = table_row(s, i, end);
                size_t gap = b == ' ' && !ps->on ? column_gap(s, i, end) : 0;
                if (gap) {
                    if (gap > spaced_until) {
                        const unsigned char *nl = memchr(s + gap, '\n', end - gap);
                        spaced_until = nl ? (size_t)(nl - s) : end;
                        spaced = spaced_row(s, gap, end);
                    }
                    if (spaced) {
                        note_space(ps, i, gap, true);
                        i = gap;
                        continue;
                    }
                }
                note_space(ps, i, i + 1, b == '\t' && row == 1);
                i++;
                continue;
            }
            if (!flush_space(c, ps))
                return false;
            if (b == '-' && i + 1 < end && s[i + 1] == '-') {
                size_t j = i;
                while (j < end && s[j] == '-')
                    j++;
                if (!emit_dash(c, s, i, j, end, &i))
                    return false;
                continue;
            }
            if (i + 1 < end && s[i + 1] >= 0x80 && !no_mark_at(s + i + 1)) {
                size_t next;
                if (!emit_cluster(c, bytes, size, i, end, &next))
                    return false;
                i = next;
                continue;
            }
            /* a run of plain ASCII goes out at once, single spaces between
             * words included (they are their own clean text): up to other
             * white space, a "--", the next markup to drop, or a byte before
             * a non-ASCII one (which may be a combining mark on it) */
            size_t limit = d < c->drop_count && c->drops[d].start < end ? c->drops[d].start : end;
            size_t j = i + 1;
            while (j < limit) {
                j = next_stop(s, j, limit, size);
                if (j >= limit)
                    break;
                unsigned char k = run_class[s[j]];
                if (k == RUN_PLAIN ||
                    (k == RUN_SPACE && j + 1 < limit && space_continues(s + j + 1)) ||
                    (k == RUN_DASH && !(j + 1 < end && s[j + 1] == '-'))) {
                    j++; /* (a control byte), a single space before a word, a dash */
                    continue;
                }
                break; /* more space, a "--", markup or non-ASCII: the slow path */
            }
            if (j < end && s[j] >= 0x80) {
                if (s[j - 1] == ' ' && !space_continues(s + j))
                    j--; /* a space before other non-ASCII: the slow path's */
                else if (!no_mark_at(s + j))
                    j--; /* the byte before a non-ASCII one may carry its combining
                            marks (then s[i + 1] is ASCII, so the run keeps a byte) */
            }
            if (!emit(c, i, j - i, bytes + i, j - i, false))
                return false;
            i = j;
            /* an em dash or a horizontal bar just after the run (ps is off):
             * as below, without going round */
            if (i < limit && s[i] == 0xE2 && i + 2 < size && s[i + 1] == 0x80 &&
                (s[i + 2] == 0x94 || s[i + 2] == 0x95) && !emit_dash(c, s, i, i + 3, end, &i))
                return false;
            continue;
        }
        /* an em dash or a horizontal bar (E2 80 94/95), the commonest
         * non-ASCII characters here: what fold() makes of them, undecoded */
        if (b == 0xE2 && i + 2 < size && s[i + 1] == 0x80 &&
            (s[i + 2] == 0x94 || s[i + 2] == 0x95)) {
            if (!flush_space(c, ps) || !emit_dash(c, s, i, i + 3, end, &i))
                return false;
            continue;
        }
        size_t len;
        int32_t cp = cpi_utf8_decode(bytes, size, i, &len);
        const char *to = NULL;
        size_t to_len;
        switch (fold(cp, &to, &to_len)) {
        case FOLD_SPACE:
            note_space(ps, i, i + len, false);
            break;
        case FOLD_DROP:
            break;
        case FOLD_TO:
            if (!flush_space(c, ps))
                return false;
            if (cp == 0x2014 || cp == 0x2015) {
                if (!emit_dash(c, s, i, i + len, end, &i))
                    return false;
                continue;
            }
            if (!emit(c, i, len, to, to_len, true))
                return false;
            break;
        case FOLD_KEEP: {
            if (!flush_space(c, ps))
                return false;
            size_t next;
            if (!emit_cluster(c, bytes, size, i, end, &next))
                return false;
            len = next - i;
            break;
        }
        }
        i += len;
    }
    return true;
}

void cpi_clean_document(cpi_cleaner *c, const char *bytes) {
    c->document = bytes;
    /* (from > at: nothing known yet) */
    c->stars.from = c->brackets.from = 1;
    c->stars.at = c->brackets.at = 0;
}

/* The first `ch` in bytes[start..end), or a place at or past end when there
 * is none. A piece at or after the known stretch's start scans on to the
 * next `ch` of the document, or its end, and keeps the new stretch: these
 * scans do not overlap. A piece before it (a block continued past an
 * artefact) and a text not of the document scan only themselves. */
static EMIT_INLINE size_t first_of(bool in_document, const char *bytes, size_t size,
                                   size_t start, size_t end, char ch,
                                   struct cpi_stretch *known) {
    if (in_document && known->from <= start) {
        if (start <= known->at)
            return known->at;
        const char *p = memchr(bytes + start, ch, size - start);
        known->from = start;
        known->at = p ? (size_t)(p - bytes) : size;
        return known->at;
    }
    const char *p = memchr(bytes + start, ch, end - start);
    return p ? (size_t)(p - bytes) : end;
}

/* Does the previous piece, ending at prev_end, end in a word broken by a
 * hyphen at the line's end ("vio-" over "lence", as text copied from a
 * PDF has it), the piece [start, end) going on with its lower-case rest?
 * Then the two join without a space, and the hyphen, the last byte
 * written, is taken back out unless it ends a prefix ("co-"). */
static bool broken_word(cpi_cleaner *c, const char *bytes, size_t prev_end, size_t start,
                        size_t end, const pending_space *ps) {
    if (ps->on || c->out_size < 3 || c->seg_count == 0 || start >= end ||
        !(bytes[start] >= 'a' && bytes[start] <= 'z') || prev_end < 2 ||
        bytes[prev_end - 1] != '-' || c->out[c->out_size - 1] != '-' ||
        !(c->out[c->out_size - 2] >= 'a' && c->out[c->out_size - 2] <= 'z'))
        return false;
    /* "short-" / "and long-term": a hyphen that waits for its word */
    static const char *const JOINING[] = {"and ", "or ", "to ", "nor "};
    for (size_t k = 0; k < sizeof JOINING / sizeof JOINING[0]; k++) {
        size_t len = strlen(JOINING[k]);
        if (end - start >= len && memcmp(bytes + start, JOINING[k], len) == 0)
            return false;
    }
    cpi_seg *last = &c->segs[c->seg_count - 1];
    if (last->atomic || last->orig + last->olen != prev_end)
        return false; /* (the hyphen as written, the last byte of its run) */
    /* "Co-" / "located", "non-" / "violent": a prefix keeps its hyphen */
    static const char *const PREFIXES[] = {"co",   "non",   "anti",  "multi", "pre",
                                           "post", "self",  "cross", "inter", "semi",
                                           "well", "ex"};
    size_t w = c->out_size - 1;
    while (w > 0 && cpi_is_alpha(c->out[w - 1]))
        w--;
    for (size_t k = 0; k < sizeof PREFIXES / sizeof PREFIXES[0]; k++) {
        size_t len = strlen(PREFIXES[k]);
        if (c->out_size - 1 - w != len)
            continue;
        size_t j = 0;
        while (j < len && (c->out[w + j] | 0x20) == PREFIXES[k][j])
            j++;
        if (j == len)
            return true; /* (joined without a space; the hyphen stays) */
    }
    c->out_size--;
    if (--last->olen == 0)
        c->seg_count--;
    return true;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* For the positions p[0..16) of `keep` (each with its next byte, p[16]
 * read too): sets a bit in *bad where p[k] is no plain byte (below see
 * plain_piece()), in *markup where it is a '*' or '[', in *mark where it
 * is a '.', '!' or '?'. */
static EMIT_INLINE void plain16(const unsigned char *p, unsigned keep, unsigned *bad,
                                unsigned *markup, unsigned *mark) {
    const __m128i space = _mm_set1_epi8(' '), dash = _mm_set1_epi8('-');
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
    /* 0x21-0x7F (a signed compare), or a space before one */
    __m128i ok = _mm_or_si128(
        _mm_cmpgt_epi8(v, space),
        _mm_and_si128(_mm_cmpeq_epi8(v, space), _mm_cmpgt_epi8(next, space)));
    __m128i dashes = _mm_and_si128(_mm_cmpeq_epi8(v, dash), _mm_cmpeq_epi8(next, dash));
    __m128i opens = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('*')),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8('[')));
    __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
    *bad |= ~(unsigned)_mm_movemask_epi8(_mm_andnot_si128(dashes, ok)) & keep;
    *markup |= (unsigned)_mm_movemask_epi8(opens) & keep;
    *mark |= (unsigned)_mm_movemask_epi8(marks) & keep;
}
#endif

/* What a piece is to the cleaner, found by one scan (plain_piece()). */
typedef enum piece_kind {
    PIECE_GENERAL, /* anything: copy_piece() */
    PIECE_PLAIN,   /* its own clean text, one identity run */
    PIECE_MARKUP   /* plain but for '*' and '[': its bytes between the
                      drops (copy_kept()) */
} piece_kind;

/* Is s[start..end) plain: printable ASCII (0x21-0x7F) with single spaces
 * between, no "--", nothing to fold, no leading or trailing space? Without
 * a '*' or '[' it is its own clean text, one identity run (as copy_piece()
 * would make it); with them, what is left between the markup dropped.
 * *marks says whether it has a '.', '!' or '?'. Most blocks are one or the
 * other (list items, headings, short lines). 16 bytes a step with the byte
 * after each; the last ones read again from 17 before end, or, near the
 * text's start, from where they start (within the `size` bytes of s). A
 * piece longer than PLAIN_MAX is left to the general path (prose, seldom
 * plain: its scan here would be mostly wasted, and the general path's
 * fixed cost matters less there). */
enum { PLAIN_MAX = 128 };
static piece_kind plain_piece(const unsigned char *s, size_t size, size_t start,
                              size_t end, bool *marks) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (start >= end || end - start > PLAIN_MAX || s[start] <= ' ' || s[start] >= 0x80)
        return PIECE_GENERAL;
    unsigned char last = s[end - 1]; /* (its next byte is not the piece's) */
    if (last <= ' ' || last >= 0x80)
        return PIECE_GENERAL;
    unsigned bad = 0, markup = 0, mark = 0;
    size_t j = start;
    for (; j + 17 <= end; j += 16) {
        plain16(s + j, 0xFFFFu, &bad, &markup, &mark);
        if (bad)
            return PIECE_GENERAL;
    }
    if (j + 1 < end) { /* positions j..end-2, fewer than 16 */
        unsigned left = (unsigned)(end - 1 - j);
        if (end >= 17)
            plain16(s + end - 17, 0xFFFFu << (16 - left) & 0xFFFFu, &bad, &markup, &mark);
        else if (j + 17 <= size)
            plain16(s + j, (1u << left) - 1, &bad, &markup, &mark);
        else
            return PIECE_GENERAL; /* (a text of less than 17 bytes) */
    }
    if (bad)
        return PIECE_GENERAL;
    *marks = mark != 0 || last == '.' || last == '!' || last == '?';
    return markup || last == '*' || last == '[' ? PIECE_MARKUP : PIECE_PLAIN;
#else
    (void)s, (void)size, (void)start, (void)end, (void)marks;
    return PIECE_GENERAL;
#endif
}

/* Copy a piece that is plain but for its markup (PIECE_MARKUP), its drops
 * found, into an empty text: the bytes between them, each stretch a
 * segment of its own (a dropped byte stands between two, so emit() would
 * not join them), written at once. That is what copy_piece() makes of it
 * unless a space meets another across a drop, or starts or ends the text:
 * then (false, nothing done for good) copy_piece() must fold them. */
static bool copy_kept(cpi_cleaner *c, const char *bytes, size_t start, size_t end,
                      bool *nomem) {
    /* room for every byte and a segment for each stretch (one more than
     * the drops at most) */
    if (!cpi_mem_reserve(c->mem, (void **)&c->out, &c->out_cap, end - start + 1, 1) ||
        !cpi_mem_reserve(c->mem, (void **)&c->segs, &c->seg_cap, c->drop_count + 1,
                         sizeof(cpi_seg))) {
        *nomem = true;
        return false;
    }
    char *out = c->out;
    size_t out_size = 0, seg_count = 0;
    const cpi_range *drops = c->drops;
    size_t i = start;
    /* the stretch before each drop (the drops in order), then the last */
    for (size_t d = 0; d <= c->drop_count && i < end; d++) {
        size_t next = d < c->drop_count && drops[d].start < end ? drops[d].start : end;
        if (next > i) {
            if (bytes[i] == ' ' && (out_size == 0 || out[out_size - 1] == ' '))
                return false;
            size_t n = next - i;
            cpi_seg seg = {(uint32_t)out_size, (uint32_t)i, (uint32_t)n, false};
            c->segs[seg_count++] = seg;
            if (n <= 32)
                cpi_copy_short(out + out_size, bytes + i, n);
            else
                memcpy(out + out_size, bytes + i, n);
            out_size += n;
            i = next;
        }
        if (d < c->drop_count && drops[d].end > i)
            i = drops[d].end;
    }
    c->out_size = out_size;
    c->seg_count = seg_count;
    return out_size == 0 || out[out_size - 1] != ' ';
}

static bool clean_pieces(cpi_cleaner *c, const char *bytes, size_t size,
                         const cpi_piece *pieces, size_t piece_count, bool in_place) {
    c->out_size = 0;
    c->seg_count = 0;
    c->one_sentence = false;
    bool marks = true;
    piece_kind kind = piece_count == 1
                          ? plain_piece((const unsigned char *)bytes, size,
                                        pieces[0].start, pieces[0].end, &marks)
                          : PIECE_GENERAL;
    if (kind == PIECE_PLAIN) {
        size_t n = pieces[0].end - pieces[0].start;
        if (!cpi_mem_reserve(c->mem, (void **)&c->segs, &c->seg_cap, 1, sizeof(cpi_seg)))
            return false;
        if (in_place) {
            c->text = bytes + pieces[0].start;
        } else {
            if (!cpi_mem_reserve(c->mem, (void **)&c->out, &c->out_cap, n + 1, 1))
                return false;
            memcpy(c->out, bytes + pieces[0].start, n);
            c->out[n] = '\0';
            c->text = c->out;
        }
        c->out_size = n;
        cpi_seg run = {0, (uint32_t)pieces[0].start, (uint32_t)n, false};
        c->segs[0] = run;
        c->seg_count = 1;
        c->one_sentence = !marks;
        return true;
    }
    pending_space ps = {false, false, 0, 0};
    for (size_t p = 0; p < piece_count; p++) {
        size_t start = pieces[p].start, end = pieces[p].end;
        if (p > 0 && c->out_size > 0) {
            size_t prev = pieces[p - 1].end;
            if (broken_word(c, bytes, prev, start, end, &ps)) {
                /* "Cincin-" / "nati": one word again, the hyphen and the
                 * line break left out of the text (kept in its span) */
            } else {
                /* The join between pieces reads as one space, mapped to the
                 * line break that ended the previous piece. */
                note_space(&ps, prev, prev + 1 <= size ? prev + 1 : prev, false);
            }
        }
        c->drop_count = 0;
        bool in_document = bytes == c->document;
        size_t star = first_of(in_document, bytes, size, start, end, '*', &c->stars);
        size_t bracket = first_of(in_document, bytes, size, start, end, '[', &c->brackets);
        if ((star < end && !find_emphasis(c, (const unsigned char *)bytes, start, end, star)) ||
            (bracket < end && !find_links(c, (const unsigned char *)bytes, end, bracket)))
            return false;
        sort_drops(c->drops, c->drop_count);
        if (kind == PIECE_MARKUP) { /* (the one piece) */
            bool nomem = false;
            if (copy_kept(c, bytes, start, end, &nomem)) {
                c->one_sentence = !marks && c->out_size > 0;
                break;
            }
            if (nomem)
                return false;
            c->out_size = 0; /* (copy_piece() starts over) */
            c->seg_count = 0;
        }
        if (!copy_piece(c, bytes, size, start, end, &ps))
            return false;
    }
    /* Trailing space: dropped with the pending state, or cut from a final
     * dash's " - ". */
    if (c->out_size > 0 && c->out[c->out_size - 1] == ' ' && c->seg_count > 0) {
        /* the segment keeps its original length: the space's byte stays
         * inside the text's original span */
        c->out_size--;
        if (c->segs[c->seg_count - 1].clean == c->out_size)
            c->seg_count--;
    }
    if (!cpi_mem_reserve(c->mem, (void **)&c->out, &c->out_cap, c->out_size + 1, 1))
        return false;
    c->out[c->out_size] = '\0';
    c->text = c->out;
    return true;
}

bool cpi_clean(cpi_cleaner *c, const char *bytes, size_t size, const cpi_piece *pieces,
               size_t piece_count) {
    return clean_pieces(c, bytes, size, pieces, piece_count, false);
}

bool cpi_clean_in_place(cpi_cleaner *c, const char *bytes, size_t size,
                        const cpi_piece *pieces, size_t piece_count) {
    return clean_pieces(c, bytes, size, pieces, piece_count, true);
}

/* ---- offset maps ---------------------------------------------------------- */

/* The segment holding clean offset `clean` (< text size). */
static const cpi_seg *find_seg(const cpi_seg *segs, size_t count, size_t clean) {
    size_t lo = 0, hi = count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (segs[mid].clean <= clean)
            lo = mid;
        else
            hi = mid;
    }
    return &segs[lo];
}

size_t cpi_map_start(const cpi_seg *segs, size_t count, size_t text_size, size_t clean) {
    if (count == 0)
        return 0;
    if (clean >= text_size)
        return cpi_map_end(segs, count, text_size, text_size);
    const cpi_seg *s = find_seg(segs, count, clean);
    if (s->atomic)
        return s->orig;
    return s->orig + (clean - s->clean);
}

size_t cpi_map_end(const cpi_seg *segs, size_t count, size_t text_size, size_t clean_end) {
    if (count == 0)
        return 0;
    if (clean_end == 0)
        return segs[0].orig;
    const cpi_seg *last = &segs[count - 1];
    if (clean_end >= text_size)
        return last->orig + last->olen;
    const cpi_seg *s = find_seg(segs, count, clean_end - 1);
    if (s->atomic)
        return s->orig + s->olen;
    return s->orig + (clean_end - 1 - s->clean) + 1;
}
