/* Export: the corpus as one `crimepolicy/1` JSON object (MODEL.md section 4).
 *
 * Arrays come out in a stable order (documents by id), so the same documents
 * give the same bytes whatever order they were loaded in. Strings are escaped
 * for JSON; bytes that are not UTF-8 (possible only in paths) become U+FFFD. */
#include <assert.h>
#include <stdalign.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "arena.h"
#include "corpus.h"
#include "entities.h"
#include "model.h"
#include "utf8.h"

/* Owned strings carry their allocator in front of them, so cp_string_free()
 * needs nothing else and works after the corpus is gone. */
typedef struct owned_header {
    cpi_mem mem;
    alignas(max_align_t) char text[];
} owned_header;

/* The text being written: one growing string (cp_corpus_to_json_ex), or a
 * window handed to a sink whenever it fills (cp_corpus_write_json). */
typedef struct buf {
    const cpi_mem *mem;
    owned_header *h;
    size_t size, cap; /* of h->text */
    bool failed;
    /* with a sink: */
    cp_write_fn sink;
    void *user;
    bool sink_failed;
    bool compact;        /* newlines and their indentation dropped on the way */
    bool after_newline;  /* (compact: within the indentation of a line) */
    size_t held;         /* NOT_HELD, or where text that may be taken back starts */
} buf;

enum { SINK_WINDOW = 64 * 1024 };
#define NOT_HELD SIZE_MAX

/* Compact: drop each newline and the indentation after it. Strings never
 * hold a raw newline (they are escaped), so every one is layout. The state
 * carries over from one piece to the next. */
static size_t compact_piece(char *text, size_t size, bool *after_newline) {
    size_t w = 0;
    bool skipping = *after_newline;
    for (size_t r = 0; r < size; r++) {
        char c = text[r];
        if (c == '\n' || (skipping && c == ' ')) {
            skipping = true;
            continue;
        }
        skipping = false;
        text[w++] = c;
    }
    *after_newline = skipping;
    return w;
}

/* Hand the first n bytes of the window to the sink and move the rest to
 * its front. A sink that refuses fails the export. */
static void drain(buf *b, size_t n) {
    if (!n)
        return;
    char *text = b->h->text;
    size_t out = b->compact ? compact_piece(text, n, &b->after_newline) : n;
    if (out && b->sink(text, out, b->user) != 0) {
        b->failed = b->sink_failed = true;
        return;
    }
    memmove(text, text + n, b->size - n);
    b->size -= n;
    if (b->held != NOT_HELD)
        b->held -= n;
}

/* Room for n more bytes and the NUL. After a failure nothing more is
 * written past the old capacity; the result is thrown away. With a sink,
 * a full window is drained first, but for text held back (see hold()). */
static bool grow(buf *b, size_t n) {
    if (b->failed)
        return false;
    if (b->sink && b->h) {
        drain(b, b->held == NOT_HELD ? b->size : b->held);
        if (b->failed)
            return false;
        if (b->size + n + 1 <= b->cap)
            return true;
    }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->size + n + 1)
        cap *= 2;
    owned_header *h = cpi_mem_realloc(b->mem, b->h, sizeof(owned_header) + cap);
    if (!h) {
        b->failed = true;
        return false;
    }
    b->h = h;
    b->cap = cap;
    cpi_mem_advise_huge(b->mem, h, sizeof(owned_header) + cap);
    return true;
}

/* The first room taken at once for about `expected` bytes, so that the text
 * is not copied again by each doubling on the way there. Without it (out of
 * memory) the buffer just grows as it goes. */
static void presize(buf *b, size_t expected) {
    if (b->h || expected <= 4096)
        return;
    owned_header *h = cpi_mem_realloc(b->mem, NULL, sizeof(owned_header) + expected);
    if (h) {
        b->h = h;
        b->cap = expected;
        cpi_mem_advise_huge(b->mem, h, sizeof(owned_header) + expected);
    }
}

/* About how many bytes the export of docs[0..n) takes: a document's record
 * and a figure's are some 200 bytes each (an entity's mentions, some 60
 * bytes each, come to a fraction of that). */
static size_t expected_size(const cp_document **docs, size_t n) {
    size_t figures = 0;
    for (size_t i = 0; i < n; i++)
        figures += cpi_doc_figure_count(docs[i]);
    return 4096 + 320 * n + 240 * figures;
}

/* The common case (room left) stays inline; growing is out of line. */
static inline void put(buf *b, const char *s, size_t n) {
    if (b->size + n + 1 > b->cap && !grow(b, n))
        return;
    memcpy(b->h->text + b->size, s, n);
    b->size += n;
}

static void put_str(buf *b, const char *s) { put(b, s, strlen(s)); }
/* A string literal: its length known at compile time. */
#define PUT_LIT(b, lit) put((b), (lit), sizeof(lit) - 1)

/* Records (a figure, a mention) take room once for their longest form and
 * are then written through a cursor without a check per piece: reserve()
 * gives where to write (NULL after a failure) and commit() ends the
 * record. */
static inline char *reserve(buf *b, size_t n) {
    if (b->size + n + 1 > b->cap && !grow(b, n))
        return NULL;
    return b->h->text + b->size;
}
static inline void commit(buf *b, char *w) { b->size = (size_t)(w - b->h->text); }

/* Text written from hold() on may be taken back (take_back()) until
 * release(): a sink gets none of it before. One hold at a time. */
static inline void hold(buf *b) {
    assert(b->held == NOT_HELD);
    b->held = b->size;
}
static inline void take_back(buf *b) { b->size = b->held; }
static inline void release(buf *b) { b->held = NOT_HELD; }

static inline char *w_mem(char *w, const void *s, size_t n) {
    memcpy(w, s, n);
    return w + n;
}
#define W_LIT(w, lit) w_mem((w), (lit), sizeof(lit) - 1)

/* w_mem for pieces of a length known only at run time but mostly short
 * (a quoted document id, a kind's name): overlapping moves from both ends
 * instead of a call to memcpy. */
static inline char *w_short(char *w, const char *s, size_t n) {
    if (n > 16)
        return w_mem(w, s, n);
    cpi_copy_short(w, s, n);
    return w + n;
}

/* The most bytes w_size and w_number write. */
enum { SIZE_MAX_DIGITS = 20, NUMBER_MAX = 48 };

/* Digits by hand, two at a time: offsets and counts are most of the
 * numbers in an export, and snprintf's format parsing cost more than the
 * rest of a mention. */
static const char DIGIT_PAIRS[] = "00010203040506070809101112131415161718192021222324"
                                  "25262728293031323334353637383940414243444546474849"
                                  "50515253545556575859606162636465666768697071727374"
                                  "75767778798081828384858687888990919293949596979899";

static const uint64_t POW10[20] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
    1000000000u, 10000000000u, 100000000000u, 1000000000000u, 10000000000000u,
    100000000000000u, 1000000000000000u, 10000000000000000u, 100000000000000000u,
    1000000000000000000u, 10000000000000000000u};

/* How many digits v has (v >= 10). */
static inline size_t digits(size_t v) {
#if defined(__GNUC__) && SIZE_MAX == UINT64_MAX
    /* from its bit length: log10(2) ~ 1233 / 4096, then one compare */
    size_t t = ((size_t)(64 - __builtin_clzll(v)) * 1233) >> 12;
    return t + (v >= POW10[t]);
#else
    size_t k = 1;
    for (; v >= 10; v /= 10)
        k++;
    return k;
#endif
}

/* x < 10,000 in exactly four digits, zeros in front kept. x / 100 is a
 * multiply and shift, exact below 43,699. */
static inline char *w_four_digits(char *w, uint32_t x) {
    uint32_t high = (x * 5243u) >> 19, low = x - 100u * high;
    memcpy(w, DIGIT_PAIRS + 2 * high, 2);
    memcpy(w + 2, DIGIT_PAIRS + 2 * low, 2);
    return w + 4;
}

/* Every x < 10,000 as written, without zeros in front: its digits from the
 * left (the bytes after them 0) and their count. Offsets and counts below
 * 10,000 are most of an export's numbers: each is one copy of four bytes,
 * with no division and no branch on its length. (The table is made by the
 * preprocessor from each number's four decimal digits a b c d.) */
#define DEC_ENTRY(a, b, c, d)                                                              \
    {(char)('0' + ((a) ? (a) : (b) ? (b) : (c) ? (c) : (d))),                              \
     (char)((a) ? '0' + (b) : (b) ? '0' + (c) : (c) ? '0' + (d) : 0),                      \
     (char)((a) ? '0' + (c) : (b) ? '0' + (d) : 0), (char)((a) ? '0' + (d) : 0),           \
     (char)((a) ? 4 : (b) ? 3 : (c) ? 2 : 1)}
#define DEC_10(a, b, c)                                                                    \
    DEC_ENTRY(a, b, c, 0), DEC_ENTRY(a, b, c, 1), DEC_ENTRY(a, b, c, 2),                   \
        DEC_ENTRY(a, b, c, 3), DEC_ENTRY(a, b, c, 4), DEC_ENTRY(a, b, c, 5),               \
        DEC_ENTRY(a, b, c, 6), DEC_ENTRY(a, b, c, 7), DEC_ENTRY(a, b, c, 8),               \
        DEC_ENTRY(a, b, c, 9)
#define DEC_100(a, b)                                                                      \
    DEC_10(a, b, 0), DEC_10(a, b, 1), DEC_10(a, b, 2), DEC_10(a, b, 3), DEC_10(a, b, 4),   \
        DEC_10(a, b, 5), DEC_10(a, b, 6), DEC_10(a, b, 7), DEC_10(a, b, 8), DEC_10(a, b, 9)
#define DEC_1000(a)                                                                        \
    DEC_100(a, 0), DEC_100(a, 1), DEC_100(a, 2), DEC_100(a, 3), DEC_100(a, 4),             \
        DEC_100(a, 5), DEC_100(a, 6), DEC_100(a, 7), DEC_100(a, 8), DEC_100(a, 9)
static const char DECIMALS[10000][5] = {DEC_1000(0), DEC_1000(1), DEC_1000(2), DEC_1000(3),
                                        DEC_1000(4), DEC_1000(5), DEC_1000(6), DEC_1000(7),
                                        DEC_1000(8), DEC_1000(9)};
#undef DEC_1000
#undef DEC_100
#undef DEC_10
#undef DEC_ENTRY

/* x < 10,000 without zeros in front. Four bytes are written whatever its
 * length (the callers' room is for SIZE_MAX_DIGITS). */
static inline char *w_below_10000(char *w, uint32_t x) {
    memcpy(w, DECIMALS[x], 4);
    return w + (unsigned char)DECIMALS[x][4];
}

/* w_size for v >= 10,000: below 10^8 (the figures' millions) as two halves
 * of four digits in 32 bits, above by digit pairs from the right. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *w_size_long(char *w, size_t v) {
    if (v < 100000000) {
        uint32_t x = (uint32_t)v;
        return w_four_digits(w_below_10000(w, x / 10000), x % 10000);
    }
    size_t k = digits(v);
    char *p = w + k;
    while (v >= 100) {
        size_t r = v % 100;
        v /= 100;
        p -= 2;
        memcpy(p, DIGIT_PAIRS + 2 * r, 2);
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, DIGIT_PAIRS + 2 * v, 2);
    } else {
        *--p = (char)('0' + v);
    }
    return w + k;
}

/* Offsets in a document and counts mostly have one to four digits: those
 * are written inline, with no count of digits and no loop. */
static inline char *w_size(char *w, size_t v) {
    return v < 10000 ? w_below_10000(w, (uint32_t)v) : w_size_long(w, v);
}

static void put_size(buf *b, size_t v) {
    char *w = reserve(b, SIZE_MAX_DIGITS);
    if (w)
        commit(b, w_size(w, v));
}

/* What put_string does with each byte: 0 copy, 1 escape, 2 UTF-8 lead or
 * stray continuation byte (check the sequence). */
static const unsigned char string_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/* Are all eight bytes of v copied as they are (class 0: printable ASCII
 * but '"', '\\' and DEL)? Most strings are, eight bytes at a time. */
static inline bool plain8(uint64_t v) {
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t q = v ^ (0x22 * ones), bs = v ^ (0x5C * ones);
    uint64_t bad = ((v - 0x20 * ones) & ~v) |         /* below 0x20 */
                   ((q - ones) & ~q) | ((bs - ones) & ~bs) | /* '"', '\\' */
                   (((v & ~high) + ones) | v);        /* DEL and up */
    return (bad & high) == 0;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* plain8 for sixteen bytes: a signed "below 0x20" also catches 0x80 and up. */
static inline bool plain16(__m128i v) {
    __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                            _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
                               _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                            _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(bad) == 0;
}
#endif

/* Copies s[0..n) to w[0..n) when every byte is plain and says so; when not,
 * w's bytes are left for the escaping walk to overwrite. Most strings are
 * plain and short: the ends are covered by overlapping loads and stores,
 * never past s + n, instead of a loop over single bytes. */
static inline bool copy_plain(char *w, const unsigned char *s, size_t n) {
    if (n < 4) {
        if (n == 0)
            return true;
        /* first, middle and last: every byte of one to three */
        unsigned char a = s[0], m = s[n / 2], z = s[n - 1];
        if (string_class[a] | string_class[m] | string_class[z])
            return false;
        w[0] = (char)a;
        w[n / 2] = (char)m;
        w[n - 1] = (char)z;
        return true;
    }
    if (n < 8) {
        uint32_t a, z;
        memcpy(&a, s, 4);
        memcpy(&z, s + n - 4, 4);
        uint64_t both = a | (uint64_t)z << 32;
#if defined(__SSE2__) && defined(__GNUC__)
        /* (the eight bytes twice: a third of plain8's instructions) */
        if (!plain16(_mm_set1_epi64x((long long)both)))
            return false;
#else
        if (!plain8(both))
            return false;
#endif
        memcpy(w, &a, 4);
        memcpy(w + n - 4, &z, 4);
        return true;
    }
#if defined(__SSE2__) && defined(__GNUC__)
    if (n <= 16) {
        uint64_t a, z;
        memcpy(&a, s, 8);
        memcpy(&z, s + n - 8, 8);
        if (!plain16(_mm_set_epi64x((long long)z, (long long)a)))
            return false;
        memcpy(w, &a, 8);
        memcpy(w + n - 8, &z, 8);
        return true;
    }
    for (size_t i = 0; i + 16 < n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        if (!plain16(v))
            return false;
        _mm_storeu_si128((__m128i *)(void *)(w + i), v);
    }
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
    if (!plain16(v))
        return false;
    _mm_storeu_si128((__m128i *)(void *)(w + n - 16), v);
    return true;
#else
    uint64_t v;
    for (size_t i = 0; i + 8 < n; i += 8) {
        memcpy(&v, s + i, 8);
        if (!plain8(v))
            return false;
        memcpy(w + i, &v, 8);
    }
    memcpy(&v, s + n - 8, 8);
    if (!plain8(v))
        return false;
    memcpy(w + n - 8, &v, 8);
    return true;
#endif
}

/* The most bytes w_string writes for n bytes: each may become "\u00XX"
 * or "\ufffd"; NULL is "null". */
static inline size_t string_room(const char *str, size_t n) { return str ? 6 * n + 2 : 4; }

/* s[0..n) escaped, without the quotes: the walk for the strings that need
 * it, out of line. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *w_escaped(char *w, const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        uint64_t v;
        if (i + 8 <= n) {
            memcpy(&v, s + i, 8);
            if (plain8(v)) {
                memcpy(w, &v, 8);
                w += 8;
                i += 8;
                continue;
            }
        } else if (n >= 8) {
            /* the tail: the last eight bytes, when all are plain (the ones
             * before i were then copied as they are just before w) */
            memcpy(&v, s + n - 8, 8);
            if (plain8(v)) {
                memcpy(w - (8 - (n - i)), &v, 8);
                w += n - i;
                break;
            }
        }
#endif
        unsigned char c = s[i];
        unsigned char cls = string_class[c];
        if (cls == 0) {
            *w++ = (char)c;
            i++;
            continue;
        }
        if (cls == 2) {
            size_t len = cpi_utf8_sequence((const char *)s + i, n - i);
            if (len == 0) {
                w = W_LIT(w, "\\ufffd");
                i++;
            } else {
                w = w_mem(w, s + i, len);
                i += len;
            }
            continue;
        }
        static const char hex[] = "0123456789abcdef";
        switch (c) {
        case '"':
            w = W_LIT(w, "\\\"");
            break;
        case '\\':
            w = W_LIT(w, "\\\\");
            break;
        case '\n':
            w = W_LIT(w, "\\n");
            break;
        case '\r':
            w = W_LIT(w, "\\r");
            break;
        case '\t':
            w = W_LIT(w, "\\t");
            break;
        default:
            w = W_LIT(w, "\\u00");
            *w++ = hex[c >> 4];
            *w++ = hex[c & 15];
        }
        i++;
    }
    return w;
}

/* str[0..n) as a JSON string (or null), escaped. */
static inline char *w_string(char *w, const char *str, size_t n) {
    if (!str)
        return W_LIT(w, "null");
    const unsigned char *s = (const unsigned char *)str;
    *w++ = '"';
    w = copy_plain(w, s, n) ? w + n : w_escaped(w, s, n);
    *w++ = '"';
    return w;
}

static void put_string(buf *b, const char *str) {
    size_t n = str ? strlen(str) : 0;
    char *w = reserve(b, string_room(str, n));
    if (w)
        commit(b, w_string(w, str, n));
}

/* What starts each mention of a listed document, `, {"document": ID,
 * "start": ` (the first of a list's from its third byte), made once per
 * document and copied as a fixed-size array; n 0: the id is too long,
 * written piece by piece. 64 bytes: found by a shift. */
enum { MENTION_LEAD = 48 };
typedef struct mention_lead {
    char text[MENTION_LEAD + 15]; /* (a whole MENTION_LEAD is copied from + 2) */
    unsigned char n;
} mention_lead;

/* Every document's id as JSON, escaped once (where put_documents writes it)
 * and then copied: figures, mentions and the administrations' lists repeat
 * them. A document's place in id order is found by a hash of its address. */
typedef struct doc_ids {
    char *text;                   /* the escaped ids, one after the other */
    size_t text_size, text_cap;
    size_t *offset, *length;      /* by place: the escaped id in text */
    mention_lead *lead;           /* by place: its mentions' lead */
    const cp_document **slot_doc; /* open addressing: mask + 1 slots */
    size_t *slot_place;
    size_t mask;
} doc_ids;

static size_t slot_of(const doc_ids *ids, const cp_document *doc) {
    uint64_t h = (uint64_t)(uintptr_t)doc * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 32) & ids->mask;
}

/* docs: the corpus's documents in id order. False when out of memory. */
static bool doc_ids_init(doc_ids *ids, const cpi_mem *mem, const cp_document **docs,
                         size_t n) {
    size_t slots = 2;
    while (slots < 2 * n)
        slots *= 2;
    memset(ids, 0, sizeof *ids);
    void *block = cpi_mem_alloc(
        mem, n * sizeof(mention_lead) + 2 * n * sizeof(size_t) +
                 slots * (sizeof(size_t) + sizeof(cp_document *)));
    if (!block)
        return false;
    ids->lead = block;
    ids->offset = (size_t *)(void *)(ids->lead + n);
    ids->length = ids->offset + n;
    ids->slot_place = ids->length + n;
    ids->slot_doc = (const cp_document **)(void *)(ids->slot_place + slots);
    ids->mask = slots - 1;
    memset(ids->slot_doc, 0, slots * sizeof(cp_document *));
    for (size_t i = 0; i < n; i++) {
        ids->offset[i] = ids->length[i] = 0;
        ids->lead[i].n = 0;
        size_t h = slot_of(ids, docs[i]);
        while (ids->slot_doc[h])
            h = (h + 1) & ids->mask;
        ids->slot_doc[h] = docs[i];
        ids->slot_place[h] = i;
    }
    return true;
}

/* doc's place in id order, or SIZE_MAX for a document not in the list. */
static size_t doc_place(const doc_ids *ids, const cp_document *doc) {
    for (size_t h = slot_of(ids, doc); ids->slot_doc[h]; h = (h + 1) & ids->mask)
        if (ids->slot_doc[h] == doc)
            return ids->slot_place[h];
    return SIZE_MAX;
}

/* The escaped id at place, copied: room for ids->length[place] must be
 * there. */
static inline char *w_doc_id(char *w, const doc_ids *ids, size_t place) {
    return w_short(w, ids->text + ids->offset[place], ids->length[place]);
}

/* Keep the escaped id at place, just written at s (the output may be gone
 * to a sink by the time figures and mentions repeat it). */
static bool doc_id_keep(doc_ids *ids, const cpi_mem *mem, size_t place, const char *s,
                        size_t n) {
    if (!cpi_mem_reserve(mem, (void **)&ids->text, &ids->text_cap, ids->text_size + n, 1))
        return false;
    w_short(ids->text + ids->text_size, s, n);
    ids->offset[place] = ids->text_size;
    ids->length[place] = n;
    ids->text_size += n;
    return true;
}

/* The mention lead of the document at place, once its id is written. */
static void mention_lead_make(doc_ids *ids, size_t place) {
    static const char open[] = ", {\"document\": ", close[] = ", \"start\": ";
    mention_lead *lead = &ids->lead[place];
    memset(lead, 0, sizeof *lead);
    if (sizeof open - 1 + ids->length[place] + sizeof close - 1 > MENTION_LEAD)
        return;
    char *w = W_LIT(lead->text, open);
    w = w_doc_id(w, ids, place);
    w = W_LIT(w, close);
    lead->n = (unsigned char)(w - lead->text);
}

static int cmp_doc_id(const void *a, const void *b) {
    const cp_document *x = *(const cp_document *const *)a;
    const cp_document *y = *(const cp_document *const *)b;
    return strcmp(x->id, y->id);
}

static inline size_t length_or_0(const char *s) { return s ? strlen(s) : 0; }

/* One document, written in one piece: its room is reserved once. Where its
 * escaped id lands is kept (ids, at place) for the figures and mentions
 * that repeat it. */
static void put_document(buf *b, const cp_document *d, bool first, doc_ids *ids,
                         size_t place) {
    const char *date = cp_document_date(d), *kind = cp_document_kind_name(d->kind);
    const char *admin = d->administration ? d->administration->row->id : NULL;
    size_t id_n = length_or_0(d->id), path_n = length_or_0(d->path),
           date_n = length_or_0(date), title_n = length_or_0(d->title),
           admin_n = length_or_0(admin), kind_n = strlen(kind);
    static const char fixed[] =
        ",\n    {\"id\": , \"path\": , \"date\": , \"title\": , \"kind\": \"\""
        ", \"administration\": , \"bytes\": }";
    /* string_room of each of the five strings is at most 6 n + 6 */
    char *w = reserve(b, sizeof fixed + 6 * (id_n + path_n + date_n + title_n + admin_n) +
                             5 * 6 + kind_n + SIZE_MAX_DIGITS);
    if (!w)
        return;
    w = first ? W_LIT(w, "\n    {\"id\": ") : W_LIT(w, ",\n    {\"id\": ");
    char *id = w;
    w = w_string(w, d->id, id_n);
    if (!doc_id_keep(ids, b->mem, place, id, (size_t)(w - id))) {
        b->failed = true;
        return;
    }
    mention_lead_make(ids, place);
    w = W_LIT(w, ", \"path\": ");
    w = w_string(w, d->path, path_n);
    w = W_LIT(w, ", \"date\": ");
    w = w_string(w, date, date_n);
    w = W_LIT(w, ", \"title\": ");
    w = w_string(w, d->title, title_n);
    w = W_LIT(w, ", \"kind\": \""); /* a name of the library's own: nothing to escape */
    w = w_short(w, kind, kind_n);
    w = W_LIT(w, "\", \"administration\": ");
    w = w_string(w, admin, admin_n);
    w = W_LIT(w, ", \"bytes\": ");
    w = w_size(w, d->size);
    *w++ = '}';
    commit(b, w);
}

static void put_documents(buf *b, const cp_document **docs, size_t n, doc_ids *ids) {
    PUT_LIT(b, "  \"documents\": [");
    for (size_t i = 0; i < n; i++)
        put_document(b, docs[i], i == 0, ids, i);
    put_str(b, n ? "\n  ],\n" : "],\n");
}

/* A number printed by snprintf, with the decimal point JSON wants whatever
 * the process's locale writes. */
static void put_c_number(buf *b, char *tmp, int n) {
    for (int i = 0; i < n; i++)
        if (tmp[i] != '-' && tmp[i] != '+' && tmp[i] != 'e' && (tmp[i] < '0' || tmp[i] > '9'))
            tmp[i] = '.';
    put(b, tmp, (size_t)n);
}

/* A coordinate as "%.4f" prints it. The gazetteer's have four decimals,
 * so v * 10^4 is an integer but for the error of the product, and is
 * written by hand (snprintf cost thousands of instructions a number); a
 * value near a tie of the rounding, or out of range, goes to snprintf,
 * which rounds the exact binary value. */
static void put_double(buf *b, double v) {
    double scaled = fabs(v) * 10000.0;
    if (scaled < 1e15) {
        uint64_t whole = (uint64_t)scaled; /* (the floor: not negative) */
        double frac = scaled - (double)whole;
        if (fabs(frac - 0.5) > 1e-3) {
            uint64_t q = whole + (frac > 0.5);
            char *w = reserve(b, 1 + SIZE_MAX_DIGITS + 5);
            if (!w)
                return;
            if (signbit(v))
                *w++ = '-';
            w = w_size(w, (size_t)(q / 10000));
            *w++ = '.';
            commit(b, w_four_digits(w, (uint32_t)(q % 10000)));
            return;
        }
    }
    char tmp[40];
    int n = snprintf(tmp, sizeof tmp, "%.4f", v);
    put_c_number(b, tmp, n);
}

static int cmp_mention(const void *x, const void *y) {
    const cp_mention *a = x, *m = y;
    if (a->doc != m->doc) /* most of an entity's mentions share a document */
        return strcmp(a->doc->id, m->doc->id);
    return (a->start > m->start) - (a->start < m->start);
}

/* The most bytes one mention of a listed document takes past its lead. */
enum { MENTION_TAIL = sizeof ", \"end\": }" + 2 * SIZE_MAX_DIGITS };

/* One mention from its document's lead (room for MENTION_LEAD +
 * MENTION_TAIL taken). */
static inline char *w_mention(char *w, const char *lead, size_t lead_n, const cp_mention *m) {
    memcpy(w, lead, MENTION_LEAD);
    w += lead_n;
    w = w_size(w, m->start);
    w = W_LIT(w, ", \"end\": ");
    w = w_size(w, m->end);
    *w++ = '}';
    return w;
}

/* A mention of a document not listed (or of a long id), piece by piece. */
static void put_mention_slow(buf *b, const cp_mention *m, bool first, const doc_ids *ids,
                             size_t place) {
    put_str(b, first ? "{\"document\": " : ", {\"document\": ");
    if (place == SIZE_MAX) {
        put_string(b, m->doc->id);
    } else {
        char *w = reserve(b, ids->length[place]);
        if (w)
            commit(b, w_doc_id(w, ids, place));
    }
    PUT_LIT(b, ", \"start\": ");
    put_size(b, m->start);
    PUT_LIT(b, ", \"end\": ");
    put_size(b, m->end);
    PUT_LIT(b, "}");
}

/* The mentions' scratch, reused from one list to the next: a sorted copy
 * of the list and each mention's lead (its document's, or NULL: written
 * piece by piece). */
typedef struct mention_scratch {
    cp_mention *list;
    const mention_lead **lead;
    size_t list_cap, lead_cap;
} mention_scratch;

/* Each mention's lead (NULL for a document not listed or whose lead is too
 * long): looked up where the document changes. With `check`, stops at
 * the first mention that comes before the one before it (documents by id,
 * then offsets; places in id order stand for the ids where both documents
 * are listed) and returns false. Checking the order before anything is
 * written keeps a long list from being held back in the sink's window
 * (and moved within it each time it fills). */
static inline bool mention_leads(const cp_mention *list, size_t count, const doc_ids *ids,
                                 const mention_lead **lead, bool check) {
    const cp_document *doc = NULL;
    size_t listed = SIZE_MAX;
    const mention_lead *fast = NULL;
    for (size_t i = 0; i < count; i++) {
        const cp_mention *m = &list[i];
        if (m->doc != doc) {
            size_t next = doc_place(ids, m->doc);
            if (check && doc) {
                bool both = listed != SIZE_MAX && next != SIZE_MAX;
                if (both ? listed > next : cmp_mention(&list[i - 1], m) > 0)
                    return false;
            }
            doc = m->doc;
            listed = next;
            fast = next != SIZE_MAX && ids->lead[next].n ? &ids->lead[next] : NULL;
        } else if (check && list[i - 1].start > m->start) {
            return false;
        }
        lead[i] = fast;
    }
    return true;
}

/* Mentions written at once, their room reserved for all of them: a
 * window's worth is a few kilobytes. */
enum { MENTION_BATCH = 64 };

/* Writes list[0..count) as mentions (in order: see mention_leads), the
 * first one without a separator. Each is its document's lead, two numbers
 * and a literal. */
static void put_mention_list(buf *b, const cp_mention *list, const mention_lead *const *lead,
                             size_t count, const doc_ids *ids) {
    size_t i = 0;
    while (i < count && !b->failed) {
        if (!lead[i]) {
            put_mention_slow(b, &list[i], i == 0, ids, doc_place(ids, list[i].doc));
            i++;
            continue;
        }
        size_t end = count - i < MENTION_BATCH ? count : i + MENTION_BATCH;
        char *w = reserve(b, (end - i) * (MENTION_LEAD + MENTION_TAIL));
        if (!w)
            return;
        if (i == 0) { /* the list's first, without the lead's ", " */
            w = w_mention(w, lead[0]->text + 2, lead[0]->n - 2u, &list[0]);
            i++;
        }
        for (; i < end && lead[i]; i++)
            w = w_mention(w, lead[i]->text, lead[i]->n, &list[i]);
        commit(b, w);
    }
}

/* Mentions sorted by document id and offset, so that the order documents
 * were loaded in does not show. */
static void put_mentions(buf *b, const cpi_mention_list *v, mention_scratch *scratch,
                         const doc_ids *ids) {
    PUT_LIT(b, "\"mentions\": [");
    size_t n = v->count;
    if (n && cpi_mem_reserve(b->mem, (void **)&scratch->list, &scratch->list_cap, n,
                             sizeof(cp_mention)) &&
        cpi_mem_reserve(b->mem, (void **)&scratch->lead, &scratch->lead_cap, n,
                        sizeof(const mention_lead *))) {
        cpi_mention_list_copy(v, scratch->list);
        /* documents loaded in id order leave the list sorted already */
        if (!mention_leads(scratch->list, n, ids, scratch->lead, true)) {
            qsort(scratch->list, n, sizeof(cp_mention), cmp_mention);
            mention_leads(scratch->list, n, ids, scratch->lead, false);
        }
        put_mention_list(b, scratch->list, scratch->lead, n, ids);
    } else if (n) {
        b->failed = true;
    }
    PUT_LIT(b, "]");
}

static int cmp_doc_ptr(const void *x, const void *y) {
    return strcmp((*(const cp_document *const *)x)->id, (*(const cp_document *const *)y)->id);
}

static int cmp_official(const void *x, const void *y) {
    return strcmp((*(const cp_official *const *)x)->name, (*(const cp_official *const *)y)->name);
}

static void put_administrations(buf *b, const cp_corpus *c, mention_scratch *scratch,
                                const doc_ids *ids) {
    size_t n = cp_corpus_administration_count(c);
    PUT_LIT(b, "  \"administrations\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_administration *a = cp_corpus_administration_at(c, i);
        put_str(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        put_string(b, a->row->id);
        PUT_LIT(b, ", \"president\": ");
        put_string(b, a->row->name);
        PUT_LIT(b, ", \"party\": ");
        put_string(b, a->row->party);
        PUT_LIT(b, ", \"start\": ");
        put_string(b, a->row->start);
        PUT_LIT(b, ", \"end\": ");
        put_string(b, a->row->end[0] ? a->row->end : NULL);
        PUT_LIT(b, ",\n     \"officials\": [");
        size_t no = a->officials.count;
        const cp_official **offs = no ? cpi_mem_alloc(b->mem, no * sizeof *offs) : NULL;
        if (no && !offs) {
            b->failed = true;
            return;
        }
        if (no) {
            memcpy(offs, a->officials.items, no * sizeof *offs);
            qsort(offs, no, sizeof *offs, cmp_official);
        }
        for (size_t k = 0; k < no; k++) {
            put_str(b, k ? ", {\"name\": " : "{\"name\": ");
            put_string(b, offs[k]->name);
            PUT_LIT(b, ", \"role\": ");
            put_string(b, offs[k]->role);
            PUT_LIT(b, ", ");
            put_mentions(b, &offs[k]->mentions, scratch, ids);
            PUT_LIT(b, "}");
        }
        cpi_mem_free(b->mem, offs);
        PUT_LIT(b, "],\n     \"documents\": [");
        size_t nd = a->documents.count;
        /* the documents and their places in id order */
        const cp_document **docs =
            nd ? cpi_mem_alloc(b->mem, nd * (sizeof *docs + sizeof(size_t))) : NULL;
        if (nd && !docs) {
            b->failed = true;
            return;
        }
        /* (no room, and no pointer arithmetic on NULL, for an
         * administration without documents: a merged file may hold one) */
        size_t *place = nd ? (size_t *)(void *)(docs + nd) : NULL;
        if (nd) {
            memcpy(docs, a->documents.items, nd * sizeof *docs);
            /* documents loaded in id order are listed in it already */
            bool sorted = true;
            for (size_t k = 0; k < nd; k++) {
                place[k] = doc_place(ids, docs[k]);
                sorted = sorted && place[k] != SIZE_MAX &&
                         (k == 0 || place[k - 1] < place[k]);
            }
            if (!sorted) {
                qsort(docs, nd, sizeof *docs, cmp_doc_ptr);
                for (size_t k = 0; k < nd; k++)
                    place[k] = doc_place(ids, docs[k]);
            }
        }
        for (size_t k = 0; k < nd; k++) {
            if (place[k] == SIZE_MAX) {
                put_str(b, k ? ", " : "");
                put_string(b, docs[k]->id);
                continue;
            }
            char *w = reserve(b, 2 + ids->length[place[k]]);
            if (!w)
                break;
            if (k)
                w = W_LIT(w, ", ");
            commit(b, w_doc_id(w, ids, place[k]));
        }
        cpi_mem_free(b->mem, docs);
        PUT_LIT(b, "]}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}

static void put_agencies(buf *b, const cp_corpus *c, mention_scratch *scratch,
                         const doc_ids *ids) {
    size_t n = cp_corpus_agency_count(c);
    PUT_LIT(b, "  \"agencies\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_agency *a = cp_corpus_agency_at(c, i);
        /* up to its mentions in one piece, its room reserved once */
        const char *acronym = cp_agency_acronym(a), *department = cp_agency_department(a);
        size_t id_n = length_or_0(a->row->id), name_n = length_or_0(a->row->name),
               acronym_n = length_or_0(acronym), department_n = length_or_0(department);
        static const char fixed[] =
            ",\n    {\"id\": , \"name\": , \"acronym\": , \"department\": ,\n     ";
        /* string_room of each of the four strings is at most 6 n + 6 */
        char *w = reserve(b, sizeof fixed + 6 * (id_n + name_n + acronym_n + department_n) +
                                 4 * 6);
        if (!w)
            return;
        w = i ? W_LIT(w, ",\n    {\"id\": ") : W_LIT(w, "\n    {\"id\": ");
        w = w_string(w, a->row->id, id_n);
        w = W_LIT(w, ", \"name\": ");
        w = w_string(w, a->row->name, name_n);
        w = W_LIT(w, ", \"acronym\": ");
        w = w_string(w, acronym, acronym_n);
        w = W_LIT(w, ", \"department\": ");
        w = w_string(w, department, department_n);
        w = W_LIT(w, ",\n     ");
        commit(b, w);
        put_mentions(b, &a->mentions, scratch, ids);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}


static const char *program_id_of(const void *e) { return ((const cp_program *)e)->id; }
static const char *site_id_of(const void *e) { return ((const cp_site *)e)->id; }
static const char *agency_id_of(const void *e) { return ((const cp_agency *)e)->row->id; }

static int cmp_str_ptr(const void *x, const void *y) {
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Lists of ids up to this long (most: an entity's few aliases, sites or
 * programs) are sorted on the stack by insertion, with no allocation and
 * no call of qsort. */
enum { SHORT_ID_LIST = 16 };

/* A JSON array of the ids of a list of entities, sorted. */
static void put_id_list(buf *b, const cpi_vec *v, const char *(*id_of)(const void *)) {
    PUT_LIT(b, "[");
    size_t n = v->count;
    if (n) {
        const char *on_stack[SHORT_ID_LIST];
        const char **ids = n <= SHORT_ID_LIST ? on_stack : cpi_mem_alloc(b->mem, n * sizeof *ids);
        if (!ids) {
            b->failed = true;
            return;
        }
        for (size_t i = 0; i < n; i++)
            ids[i] = id_of ? id_of(((void *const *)v->items)[i])
                           : ((const char *const *)v->items)[i];
        if (n > SHORT_ID_LIST) {
            qsort(ids, n, sizeof *ids, cmp_str_ptr);
        } else {
            for (size_t i = 1; i < n; i++) {
                const char *id = ids[i];
                size_t k = i;
                for (; k > 0 && strcmp(ids[k - 1], id) > 0; k--)
                    ids[k] = ids[k - 1];
                ids[k] = id;
            }
        }
        for (size_t i = 0; i < n; i++) {
            /* (string_room of an id is at most 6 n + 6) */
            size_t id_n = length_or_0(ids[i]);
            char *w = reserve(b, 2 + 6 * id_n + 6);
            if (!w)
                break;
            if (i)
                w = W_LIT(w, ", ");
            commit(b, w_string(w, ids[i], id_n));
        }
        if (ids != on_stack)
            cpi_mem_free(b->mem, ids);
    }
    PUT_LIT(b, "]");
}

static void put_programs(buf *b, const cp_corpus *c, mention_scratch *scratch,
                         const doc_ids *ids) {
    size_t n = cp_corpus_program_count(c);
    PUT_LIT(b, "  \"programs\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_program *p = cp_corpus_program_at(c, i);
        /* its strings in two pieces (before and after its aliases), the
         * room of each reserved once */
        const char *parent = p->parent ? p->parent->id : NULL;
        const char *admin = p->admin ? p->admin->row->id : NULL;
        size_t id_n = length_or_0(p->id), name_n = length_or_0(p->name),
               acronym_n = length_or_0(p->acronym), kind_n = length_or_0(p->kind),
               parent_n = length_or_0(parent), admin_n = length_or_0(admin);
        static const char head[] = ",\n    {\"id\": , \"name\": , \"acronym\": ,\n     \"aliases\": ";
        /* string_room of each string is at most 6 n + 6 */
        char *w = reserve(b, sizeof head + 6 * (id_n + name_n + acronym_n) + 3 * 6);
        if (!w)
            return;
        w = i ? W_LIT(w, ",\n    {\"id\": ") : W_LIT(w, "\n    {\"id\": ");
        w = w_string(w, p->id, id_n);
        w = W_LIT(w, ", \"name\": ");
        w = w_string(w, p->name, name_n);
        w = W_LIT(w, ", \"acronym\": ");
        w = w_string(w, p->acronym, acronym_n);
        w = W_LIT(w, ",\n     \"aliases\": ");
        commit(b, w);
        put_id_list(b, &p->aliases, NULL);
        static const char middle[] = ", \"kind\": , \"parent\": , \"administration\": ";
        w = reserve(b, sizeof middle + 6 * (kind_n + parent_n + admin_n) + 3 * 6);
        if (!w)
            return;
        w = W_LIT(w, ", \"kind\": ");
        w = w_string(w, p->kind, kind_n);
        w = W_LIT(w, ", \"parent\": ");
        w = w_string(w, parent, parent_n);
        w = W_LIT(w, ", \"administration\": ");
        w = w_string(w, admin, admin_n);
        commit(b, w);
        PUT_LIT(b, ",\n     \"agencies\": ");
        put_id_list(b, &p->agencies, agency_id_of);
        PUT_LIT(b, ", \"sites\": ");
        put_id_list(b, &p->sites, site_id_of);
        PUT_LIT(b, ",\n     ");
        put_mentions(b, &p->mentions, scratch, ids);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}

#if defined(__GNUC__) && defined(__SIZEOF_INT128__) && SIZE_MAX == UINT64_MAX
#define HAVE_FIXED17 1
__extension__ typedef unsigned __int128 u128;
/* What "%.17g" prints for 1 <= a < 2^52 (not whole): such a number keeps
 * 17 - (digits of its whole part) decimals, rounded to nearest with ties
 * to even as printf rounds, then loses its trailing zeros. The fraction is
 * f / 2^k exactly, so the rounding is done exactly in 128-bit integers. */
static char *w_fixed17(char *w, double a) {
    uint64_t whole = (uint64_t)a;
    double frac = a - (double)whole; /* exact: both are multiples of a's last bit */
    int k = 52 - (63 - __builtin_clzll(whole)); /* that last bit is 2^-k, 1 <= k <= 52 */
    uint64_t scale_bits = (uint64_t)(1023 + k) << 52;
    double scale; /* 2^k */
    memcpy(&scale, &scale_bits, sizeof scale);
    uint64_t f = (uint64_t)(frac * scale);
    size_t places = 17 - (whole < 10 ? 1 : digits(whole));
    uint64_t one = POW10[places]; /* 1.0 in units of the last decimal kept */
    u128 scaled = (u128)f * one;
    uint64_t q = (uint64_t)(scaled >> k);
    uint64_t rest = (uint64_t)scaled & ((UINT64_C(1) << k) - 1);
    uint64_t half = UINT64_C(1) << (k - 1);
    if (rest > half || (rest == half && (q & 1)))
        q++;
    if (q == one) { /* rounded up into the whole part */
        whole++;
        q = 0;
    }
    w = w_size(w, whole);
    if (q == 0)
        return w;
    for (; q % 10 == 0; q /= 10)
        places--;
    *w++ = '.';
    for (size_t i = places; i > 0; i--, q /= 10)
        w[i - 1] = (char)('0' + q % 10);
    return w + places;
}
#endif

/* w_number for what is not a whole number below 9e15: "%.17g", or null. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *w_number_other(char *w, double v) {
    if (!isfinite(v))
        return W_LIT(w, "null"); /* JSON has no infinities (figures never hold one) */
#ifdef HAVE_FIXED17
    /* "32.7 million" is 32699999.999999996: printf's cost for each of them
     * was most of the export's numbers */
    if (fabs(v) >= 1 && fabs(v) < 4503599627370496.0) {
        if (v < 0)
            *w++ = '-';
        return w_fixed17(w, fabs(v));
    }
#endif
    char tmp[NUMBER_MAX];
    int k = snprintf(tmp, sizeof tmp, "%.17g", v);
    if (k < 0)
        k = 0;
    if ((size_t)k >= sizeof tmp)
        k = (int)sizeof tmp - 1;
    for (int i = 0; i < k; i++) /* the decimal point of the locale, as in put_c_number */
        if (tmp[i] != '-' && tmp[i] != '+' && tmp[i] != 'e' && (tmp[i] < '0' || tmp[i] > '9'))
            tmp[i] = '.';
    return w_mem(w, tmp, (size_t)k);
}

/* A figure's number: whole numbers by hand (most are, and small), others
 * as "%.17g" prints them (at most NUMBER_MAX bytes). NaN and the
 * infinities fail the range test and go out of line too. */
static inline char *w_number(char *w, double v) {
    if (v >= 0 && v < 100000000) { /* most: by the table without the wider tests */
        uint32_t x = (uint32_t)v;
        if ((double)x == v)
            return x < 10000 ? w_below_10000(w, x)
                             : w_four_digits(w_below_10000(w, x / 10000), x % 10000);
    }
    if (!(v < 9e15 && v > -9e15 && v == (double)(long long)v))
        return w_number_other(w, v);
    long long whole = (long long)v;
    if (whole < 0) {
        *w++ = '-';
        whole = -whole;
    }
    return w_size(w, (size_t)whole);
}

static int cmp_figure_start(const void *x, const void *y) {
    const cp_figure *a = *(const cp_figure *const *)x, *f = *(const cp_figure *const *)y;
    return (a->start > f->start) - (a->start < f->start);
}

/* What a figure has between its "from" and its unit's value,
 * `, "kind": "K", "qualifier": "Q", "unit": `, made once per export for
 * every kind and qualifier below NAMES: a figure copies a fixed-size array
 * (the bytes past the piece's length are overwritten next) rather than two
 * names looked up and three literals around them. */
enum { NAMES = 8, KIND_PIECE = 64 };
typedef struct figure_names {
    char piece[NAMES][NAMES][KIND_PIECE];
    size_t piece_len[NAMES][NAMES]; /* 0: too long, written piece by piece */
} figure_names;

static void figure_names_init(figure_names *nm) {
    static const char open[] = ", \"kind\": \"", middle[] = "\", \"qualifier\": \"",
                      close[] = "\", \"unit\": ";
    for (int k = 0; k < NAMES; k++) {
        const char *kind = cp_figure_kind_name((cp_figure_kind)k);
        size_t kind_n = strlen(kind);
        for (int q = 0; q < NAMES; q++) {
            const char *qualifier = cp_qualifier_name((cp_qualifier)q);
            size_t qualifier_n = strlen(qualifier);
            size_t n = sizeof open - 1 + kind_n + sizeof middle - 1 + qualifier_n +
                       sizeof close - 1;
            nm->piece_len[k][q] = 0;
            memset(nm->piece[k][q], 0, KIND_PIECE);
            if (n > KIND_PIECE)
                continue;
            char *w = W_LIT(nm->piece[k][q], open);
            w = w_mem(w, kind, kind_n);
            w = W_LIT(w, middle);
            w = w_mem(w, qualifier, qualifier_n);
            W_LIT(w, close);
            nm->piece_len[k][q] = n;
        }
    }
}

/* What starts each figure of a document, `,\n    {"document": ID, "start": `,
 * made once per document (its figures repeat it) and copied as a
 * fixed-size array, as figure_names' pieces are; lead_n 0: the id is too
 * long, written piece by piece. */
enum { LEAD_PIECE = 64 };
typedef struct figure_lead {
    char piece[LEAD_PIECE + 1]; /* (+1: the first figure's is copied from piece + 1) */
    size_t lead_n;
} figure_lead;

static void figure_lead_init(figure_lead *lead, const doc_ids *ids,
                             size_t place) {
    static const char open[] = ",\n    {\"document\": ", close[] = ", \"start\": ";
    const mention_lead *m = &ids->lead[place];
    _Static_assert(2 + sizeof lead->piece - 6 <= sizeof m->text, "a lead read past its end");
    if (m->n) { /* the mention lead's from its '{' (its bytes past n are 0) */
        memcpy(lead->piece, ",\n    ", 6);
        memcpy(lead->piece + 6, m->text + 2, sizeof lead->piece - 6);
        lead->lead_n = m->n + 4u;
        return;
    }
    lead->lead_n = 0;
    memset(lead->piece, 0, sizeof lead->piece);
    if (sizeof open - 1 + ids->length[place] + sizeof close - 1 > LEAD_PIECE)
        return;
    char *w = W_LIT(lead->piece, open);
    w = w_doc_id(w, ids, place);
    w = W_LIT(w, close);
    lead->lead_n = (size_t)(w - lead->piece);
}

/* What ends a figure, `, "per": "day"}` or `, "per": null}`: the
 * extractor's periods are a few strings ("day", "year") that figures
 * share, so the pieces of the last few are kept (by their address: the
 * strings do not change while they are written) and copied as a
 * fixed-size array; len 0: too long, written piece by piece. */
enum { PER_PIECE = 32 };
typedef struct period_piece {
    const char *per;
    char piece[PER_PIECE + 6 * 16 + 16]; /* (written whole for a period of 16 bytes) */
    size_t len;
} period_piece;
enum { PERIOD_SLOTS = 4 };
typedef struct period_pieces {
    period_piece none, slot[PERIOD_SLOTS];
    unsigned next; /* the slot to replace */
} period_pieces;

static void period_piece_make(period_piece *pp, const char *per) {
    pp->per = per;
    pp->len = 0;
    memset(pp->piece, 0, sizeof pp->piece);
    size_t n = per ? strlen(per) : 0;
    if (n > 16)
        return;
    char *w = W_LIT(pp->piece, ", \"per\": ");
    w = w_string(w, per, n);
    *w++ = '}';
    if ((size_t)(w - pp->piece) <= PER_PIECE)
        pp->len = (size_t)(w - pp->piece);
}

static inline const period_piece *period_piece_of(period_pieces *pieces, const char *per) {
    if (!per)
        return &pieces->none;
    for (unsigned k = 0; k < PERIOD_SLOTS; k++)
        if (pieces->slot[k].per == per)
            return &pieces->slot[k];
    period_piece *pp = &pieces->slot[pieces->next++ % PERIOD_SLOTS];
    period_piece_make(pp, per);
    return pp;
}

/* What ends a figure without a unit (most of them),
 * `, "kind": "K", "qualifier": "Q", "unit": null, "per": P}`: the few
 * kinds, qualifiers and periods make few such ends. The one made last for
 * each kind and qualifier below NAMES is kept with its period's address
 * (as period_pieces are) and copied as a fixed-size array; len 0: not
 * made, or too long (written by put_figure_end). */
enum { TAIL_PIECE = 96 };
typedef struct figure_tail {
    const char *per;
    size_t len;
    char piece[TAIL_PIECE];
    char to_128[128 - sizeof(const char *) - sizeof(size_t) - TAIL_PIECE]; /* (found by a shift) */
} figure_tail;

/* Make t the end of f (kind and qualifier below NAMES, no unit). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void figure_tail_make(figure_tail *t, const cp_figure *f, const figure_names *nm,
                             period_pieces *periods) {
    if (t->len && t->per && f->per && strcmp(t->per, f->per) == 0) {
        t->per = f->per; /* the same period at another address (read from JSON) */
        return;
    }
    t->per = f->per;
    t->len = 0;
    memset(t->piece, 0, TAIL_PIECE);
    size_t piece_n = nm->piece_len[f->kind][f->qualifier];
    const period_piece *period = period_piece_of(periods, f->per);
    if (!piece_n || !period->len || piece_n + 4 + period->len > TAIL_PIECE)
        return;
    char *w = w_mem(t->piece, nm->piece[f->kind][f->qualifier], piece_n);
    w = W_LIT(w, "null");
    w_mem(w, period->piece, period->len);
    t->len = piece_n + 4 + period->len;
}

/* The end of f (which has no unit), or NULL: written by put_figure_end. */
static inline const figure_tail *tail_of(figure_tail tails[NAMES][NAMES], const cp_figure *f,
                                         const figure_names *nm, period_pieces *periods) {
    if ((f->kind | f->qualifier) >= NAMES)
        return NULL;
    figure_tail *t = &tails[f->kind][f->qualifier];
    if (t->per != f->per || !t->len)
        figure_tail_make(t, f, nm, periods);
    return t->len ? t : NULL;
}

/* What ends a figure with a unit, `, "kind": "K", "qualifier": "Q",
 * "unit": "U", "per": P}`: a document's figures often repeat a unit
 * ("people shot") with the same kind and period. For each kind and
 * qualifier below NAMES the last unit seen is kept with its period's
 * address (each figure has its own copy of its unit: the bytes are
 * compared, not their addresses); seen a second time in a row, its end is
 * made and then copied as a fixed-size array. len 0: not made (yet), or
 * too long: written by put_figure_end. */
enum { UNIT_KEY = 32, UNIT_TAIL_PIECE = 128 };
typedef struct unit_tail {
    const char *per;
    size_t unit_n; /* the unit's length (SIZE_MAX: none seen), its bytes in unit */
    size_t len;
    bool made;
    char unit[UNIT_KEY];
    char piece[UNIT_TAIL_PIECE];
} unit_tail;

/* Every end kept, by kind and qualifier: without a unit and with one. */
typedef struct figure_ends {
    figure_tail plain[NAMES][NAMES];
    unit_tail with_unit[NAMES][NAMES];
} figure_ends;

/* The end of f (kind and qualifier below NAMES, its unit of unit_n <=
 * UNIT_KEY bytes) when t holds no end made for it: NULL when its unit or
 * period is not the one seen last (which f's become), or when too long. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const unit_tail *unit_tail_miss(unit_tail *t, const cp_figure *f, size_t unit_n,
                                       const figure_names *nm, period_pieces *periods) {
    bool same_unit = t->unit_n == unit_n && cpi_same_bytes(t->unit, f->unit, unit_n);
    if (same_unit && t->per != f->per && t->per && f->per && strcmp(t->per, f->per) == 0)
        t->per = f->per; /* the same period at another address (read from JSON) */
    if (!same_unit || t->per != f->per) {
        t->per = f->per;
        t->unit_n = unit_n;
        memcpy(t->unit, f->unit, unit_n);
        t->len = 0;
        t->made = false;
        return NULL;
    }
    if (t->made)
        return t->len ? t : NULL;
    t->made = true;
    memset(t->piece, 0, UNIT_TAIL_PIECE);
    size_t piece_n = nm->piece_len[f->kind][f->qualifier];
    const period_piece *period = period_piece_of(periods, f->per);
    char unit[6 * UNIT_KEY + 2];
    size_t quoted_n = (size_t)(w_string(unit, f->unit, unit_n) - unit);
    if (!piece_n || !period->len || piece_n + quoted_n + period->len > UNIT_TAIL_PIECE)
        return NULL;
    char *w = w_mem(t->piece, nm->piece[f->kind][f->qualifier], piece_n);
    w = w_mem(w, unit, quoted_n);
    w = w_mem(w, period->piece, period->len);
    t->len = (size_t)(w - t->piece);
    return t;
}

/* The end of f, whose unit has unit_n bytes, or NULL: written by
 * put_figure_end. */
static inline const unit_tail *unit_tail_of(figure_ends *ends, const cp_figure *f,
                                            size_t unit_n, const figure_names *nm,
                                            period_pieces *periods) {
    if ((f->kind | f->qualifier) >= NAMES || unit_n > UNIT_KEY)
        return NULL;
    unit_tail *t = &ends->with_unit[f->kind][f->qualifier];
    if (t->len && t->per == f->per && t->unit_n == unit_n &&
        cpi_same_bytes(t->unit, f->unit, unit_n))
        return t;
    return unit_tail_miss(t, f, unit_n, nm, periods);
}

/* What ends a figure that has a unit without a unit_tail (or an end too
 * long for a tail), from its kind. Out of line, so that the figures
 * without a unit keep their few values in registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void put_figure_end(buf *b, const cp_figure *f, const figure_names *nm,
                           period_pieces *periods) {
    size_t unit_n = f->unit ? strlen(f->unit) : 0;
    size_t piece_n =
        f->kind < NAMES && f->qualifier < NAMES ? nm->piece_len[f->kind][f->qualifier] : 0;
    const char *kind = NULL, *qualifier = NULL;
    size_t kind_n = 0, qualifier_n = 0;
    if (!piece_n) {
        kind = cp_figure_kind_name(f->kind);
        qualifier = cp_qualifier_name(f->qualifier);
        kind_n = strlen(kind);
        qualifier_n = strlen(qualifier);
    }
    const period_piece *period = period_piece_of(periods, f->per);
    size_t per_n = f->per && !period->len ? strlen(f->per) : 0;
    static const char fixed[] = ", \"kind\": \"\", \"qualifier\": \"\", \"unit\": , \"per\": }";
    /* string_room of each of the two strings is at most 6 n + 6 */
    char *w = reserve(b, sizeof fixed + KIND_PIECE + kind_n + qualifier_n + PER_PIECE +
                             6 * (unit_n + per_n) + 2 * 6);
    if (!w)
        return;
    if (piece_n) {
        memcpy(w, nm->piece[f->kind][f->qualifier], KIND_PIECE);
        w += piece_n;
    } else {
        w = W_LIT(w, ", \"kind\": \"");
        w = w_mem(w, kind, kind_n);
        w = W_LIT(w, "\", \"qualifier\": \"");
        w = w_mem(w, qualifier, qualifier_n);
        w = W_LIT(w, "\", \"unit\": ");
    }
    w = w_string(w, f->unit, unit_n);
    if (period->len) {
        memcpy(w, period->piece, PER_PIECE);
        w += period->len;
    } else {
        w = W_LIT(w, ", \"per\": ");
        w = w_string(w, f->per, per_n);
        *w++ = '}';
    }
    commit(b, w);
}

/* What ends a figure that has a unit: its unit_tail, else put_figure_end.
 * (Out of line, as put_figure_end, but small.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void put_unit_end(buf *b, const cp_figure *f, const figure_names *nm,
                         period_pieces *periods, figure_ends *ends) {
    const unit_tail *cached = unit_tail_of(ends, f, strlen(f->unit), nm, periods);
    if (!cached) {
        put_figure_end(b, f, nm, periods);
        return;
    }
    char *w = reserve(b, UNIT_TAIL_PIECE);
    if (w) {
        memcpy(w, cached->piece, UNIT_TAIL_PIECE);
        commit(b, w + cached->len);
    }
}

/* A figure's fields from its start to its "from" (text_n: its text's
 * length), the part every way of writing a figure shares. */
static inline char *w_figure_middle(char *w, const cp_figure *f, size_t text_n) {
    w = w_size(w, f->start);
    w = W_LIT(w, ", \"end\": ");
    w = w_size(w, f->end);
    w = W_LIT(w, ", \"text\": ");
    w = w_string(w, f->text, text_n);
    w = W_LIT(w, ", \"value\": ");
    w = w_number(w, f->value);
    w = W_LIT(w, ", \"from\": ");
    w = cpi_figure_has_from(f) ? w_number(w, f->from) : W_LIT(w, "null");
    return w;
}

/* One figure: up to its "from" in one piece (its room reserved once), then
 * its end, a cached tail (by its kind, qualifier, period and unit) or else
 * put_figure_end. */
static inline void put_figure(buf *b, const cp_figure *f, bool first, const doc_ids *ids,
                              size_t place, const figure_names *nm, const figure_lead *lead,
                              period_pieces *periods, figure_ends *ends) {
    /* place: of its document in id order (SIZE_MAX: not listed, escape);
     * lead: its document's, or NULL */
    size_t text_n = f->text ? strlen(f->text) : 0;
    const figure_tail *tail = f->unit ? NULL : tail_of(ends->plain, f, nm, periods);
    size_t id_n = 0, id_room;
    if (place != SIZE_MAX) {
        id_room = ids->length[place];
    } else {
        id_n = strlen(f->doc->id);
        id_room = string_room(f->doc->id, id_n);
    }
    static const char fixed[] = ",\n    {\"document\": , \"start\": , \"end\": , \"text\": "
                                ", \"value\": , \"from\": ";
    /* string_room of the text is at most 6 n + 6 */
    char *w = reserve(b, sizeof fixed + id_room + LEAD_PIECE + 2 * SIZE_MAX_DIGITS +
                             2 * NUMBER_MAX + 6 * text_n + 6 + TAIL_PIECE);
    if (!w)
        return;
    if (lead && lead->lead_n) {
        memcpy(w, lead->piece + first, LEAD_PIECE);
        w += lead->lead_n - first;
    } else {
        w = first ? W_LIT(w, "\n    {\"document\": ") : W_LIT(w, ",\n    {\"document\": ");
        w = place != SIZE_MAX ? w_doc_id(w, ids, place) : w_string(w, f->doc->id, id_n);
        w = W_LIT(w, ", \"start\": ");
    }
    w = w_figure_middle(w, f, text_n);
    if (tail) {
        memcpy(w, tail->piece, TAIL_PIECE);
        commit(b, w + tail->len);
        return;
    }
    commit(b, w);
    if (f->unit)
        put_unit_end(b, f, nm, periods, ends);
    else
        put_figure_end(b, f, nm, periods);
}

/* The most bytes w_own_figure writes for a text of text_n bytes (its
 * string_room is at most 6 n + 6). */
static inline size_t own_figure_room(size_t text_n) {
    return LEAD_PIECE + sizeof ", \"end\": , \"text\": , \"value\": , \"from\": " +
           2 * SIZE_MAX_DIGITS + 2 * NUMBER_MAX + 6 * text_n + 6 + UNIT_TAIL_PIECE;
}

/* put_figure for a figure of the document whose lead is given (its lead_n
 * not 0), not the array's first: no choice of the way its document is
 * written. Writes at w (room for own_figure_room(text_n) there) and
 * returns where it stopped, or NULL when its end went through b
 * (put_figure_end), which then holds all of it. */
static inline char *w_own_figure(buf *b, char *w, const cp_figure *f, size_t text_n,
                                 const figure_lead *lead, const figure_names *nm,
                                 period_pieces *periods, figure_ends *ends) {
    memcpy(w, lead->piece, LEAD_PIECE);
    w += lead->lead_n;
    w = w_figure_middle(w, f, text_n);
    if (!f->unit) {
        const figure_tail *tail = tail_of(ends->plain, f, nm, periods);
        if (tail) {
            memcpy(w, tail->piece, TAIL_PIECE);
            return w + tail->len;
        }
    } else {
        const unit_tail *tail = unit_tail_of(ends, f, strlen(f->unit), nm, periods);
        if (tail) {
            memcpy(w, tail->piece, UNIT_TAIL_PIECE);
            return w + tail->len;
        }
    }
    commit(b, w);
    put_figure_end(b, f, nm, periods);
    return NULL;
}

/* The figures of doc's list, not the array's first, when they are all
 * doc's own and in text order (most lists): false at the first that is
 * not, whose list is then to be taken back (see hold()) and written by
 * the general way. They are written through a cursor of their own: the
 * room left is checked against each one's most, and the buffer is told
 * where they end only when it must grow or a figure's end goes through
 * it. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool put_own_figures(buf *b, const cp_document *doc, const cp_figure *list,
                            size_t count, const figure_lead *lead, const figure_names *nm,
                            period_pieces *periods, figure_ends *ends) {
    char *w = NULL, *limit = NULL; /* the cursor, and the end of its room */
    uint32_t last_start = 0;
    for (size_t i = 0; i < count; i++) {
        const cp_figure *f = &list[i];
        if (f->doc != doc || f->start < last_start) {
            if (w)
                commit(b, w);
            return false;
        }
        last_start = f->start;
        size_t text_n = f->text ? strlen(f->text) : 0;
        size_t room = own_figure_room(text_n);
        if (!w || (size_t)(limit - w) < room) {
            if (w)
                commit(b, w);
            w = reserve(b, room);
            if (!w)
                return true; /* (failed: nothing more is written) */
            limit = b->h->text + b->cap - 1; /* (the last byte: the NUL's) */
        }
        w = w_own_figure(b, w, f, text_n, lead, nm, periods, ends);
    }
    if (w)
        commit(b, w);
    return true;
}

/* Figures by document id and offset, whatever the load order: documents
 * in id order (`docs`), each one's own list by offset. A list is mostly
 * in text order already: it is written as it is, checked on the way, and
 * written again from a sorted copy when it turns out not to be. Most lists
 * (all the document's own figures, in order; not the array's first) go
 * by put_own_figures, the others figure by figure (put_figure). */
static void put_figures(buf *b, const cp_document **docs, size_t doc_count,
                        const doc_ids *ids) {
    const cp_figure **order = NULL; /* a list out of text order, sorted */
    cp_figure *sorted = NULL;       /* and its figures in that order */
    size_t order_cap = 0, sorted_cap = 0, n = 0;
    figure_names names;
    figure_names_init(&names);
    period_pieces periods;
    period_piece_make(&periods.none, NULL);
    for (unsigned k = 0; k < PERIOD_SLOTS; k++)
        periods.slot[k].per = NULL; /* (matches no period) */
    periods.next = 0;
    figure_ends *ends = cpi_mem_alloc(b->mem, sizeof *ends);
    if (!ends) {
        b->failed = true;
        return;
    }
    for (int k = 0; k < NAMES; k++)
        for (int q = 0; q < NAMES; q++) {
            ends->plain[k][q].per = ends->with_unit[k][q].per = NULL;
            ends->plain[k][q].len = ends->with_unit[k][q].len = 0;
            ends->with_unit[k][q].unit_n = SIZE_MAX;
            ends->with_unit[k][q].made = false;
        }
    figure_lead lead;
    PUT_LIT(b, "  \"figures\": [");
    for (size_t d = 0; d < doc_count && !b->failed; d++) {
        size_t count = cpi_doc_figure_count(docs[d]);
        if (!count)
            continue;
        const cp_figure *list = docs[d]->found->figures;
        figure_lead_init(&lead, ids, d);
        size_t n_mark = n;
        hold(b);
        if (n && lead.lead_n &&
            put_own_figures(b, docs[d], list, count, &lead, &names, &periods, ends)) {
            release(b);
            n += count;
            continue;
        }
        take_back(b);
        for (;;) {
            uint32_t last_start = 0;
            size_t i = 0;
            /* one call of put_figure, so that it is inlined; a figure of
             * another document (its place found by address) writes its
             * own lead */
            for (; i < count; i++) {
                const cp_figure *f = &list[i];
                if (f->start < last_start)
                    break;
                last_start = f->start;
                bool own = f->doc == docs[d];
                put_figure(b, f, n++ == 0, ids, own ? d : doc_place(ids, f->doc), &names,
                           own ? &lead : NULL, &periods, ends);
            }
            if (i == count)
                break;
            /* out of order (never once sorted): again, sorted */
            if (!cpi_mem_reserve(b->mem, (void **)&order, &order_cap, count, sizeof *order) ||
                !cpi_mem_reserve(b->mem, (void **)&sorted, &sorted_cap, count,
                                 sizeof *sorted)) {
                b->failed = true;
                break;
            }
            for (size_t k = 0; k < count; k++)
                order[k] = &list[k];
            qsort(order, count, sizeof *order, cmp_figure_start);
            for (size_t k = 0; k < count; k++)
                sorted[k] = *order[k];
            list = sorted;
            take_back(b);
            n = n_mark;
        }
        release(b);
    }
    put_str(b, n ? "\n  ]\n" : "]\n");
    cpi_mem_free(b->mem, order);
    cpi_mem_free(b->mem, sorted);
    cpi_mem_free(b->mem, ends);
}

static void put_sites(buf *b, const cp_corpus *c, mention_scratch *scratch,
                      const doc_ids *ids) {
    size_t n = cp_corpus_site_count(c);
    PUT_LIT(b, "  \"sites\": [");
    for (size_t i = 0; i < n; i++) {
        const cp_site *s = cp_corpus_site_at(c, i);
        /* up to its "lat" in one piece, its room reserved once */
        const char *state = cp_site_state(s), *kind = cp_site_kind_name(s->kind);
        size_t id_n = length_or_0(s->id), name_n = length_or_0(s->name),
               state_n = length_or_0(state), kind_n = strlen(kind);
        static const char fixed[] = ",\n    {\"id\": , \"name\": , \"state\": , \"kind\": \"\""
                                    ", \"lat\": ";
        /* string_room of each of the three strings is at most 6 n + 6 */
        char *w = reserve(b, sizeof fixed + 6 * (id_n + name_n + state_n) + 3 * 6 + kind_n);
        if (!w)
            return;
        w = i ? W_LIT(w, ",\n    {\"id\": ") : W_LIT(w, "\n    {\"id\": ");
        w = w_string(w, s->id, id_n);
        w = W_LIT(w, ", \"name\": ");
        w = w_string(w, s->name, name_n);
        w = W_LIT(w, ", \"state\": ");
        w = w_string(w, state, state_n);
        w = W_LIT(w, ", \"kind\": \""); /* a name of the library's own: nothing to escape */
        w = w_short(w, kind, kind_n);
        w = W_LIT(w, "\", \"lat\": ");
        commit(b, w);
        if (s->has_coordinates)
            put_double(b, s->lat);
        else
            PUT_LIT(b, "null");
        PUT_LIT(b, ", \"lon\": ");
        if (s->has_coordinates)
            put_double(b, s->lon);
        else
            PUT_LIT(b, "null");
        PUT_LIT(b, ", \"programs\": ");
        put_id_list(b, &s->programs, program_id_of);
        PUT_LIT(b, ",\n     ");
        put_mentions(b, &s->mentions, scratch, ids);
        PUT_LIT(b, "}");
    }
    put_str(b, n ? "\n  ],\n" : "],\n");
}

/* The documents of corpus in id order, in a new array (NULL when out of
 * memory). */
static const cp_document **docs_in_id_order(const cp_corpus *corpus, const cpi_mem *mem,
                                            size_t *n_out) {
    size_t n = cp_corpus_document_count(corpus);
    const cp_document **docs = cpi_mem_alloc(mem, (n ? n : 1) * sizeof *docs);
    if (!docs)
        return NULL;
    /* documents loaded in id order (a directory's files are) need no sort */
    bool sorted = true;
    for (size_t i = 0; i < n; i++) {
        docs[i] = cp_corpus_document_at(corpus, i);
        sorted = sorted && (i == 0 || strcmp(docs[i - 1]->id, docs[i]->id) < 0);
    }
    if (!sorted)
        qsort(docs, n, sizeof *docs, cmp_doc_id);
    *n_out = n;
    return docs;
}

/* The whole model into b; b->failed tells whether it all went. */
static void put_model(buf *b, const cp_corpus *corpus) {
    const cpi_mem *mem = b->mem;
    size_t n = 0;
    const cp_document **docs = docs_in_id_order(corpus, mem, &n);
    doc_ids ids;
    if (!docs || !doc_ids_init(&ids, mem, docs, n)) {
        cpi_mem_free(mem, docs);
        b->failed = true;
        return;
    }
    if (!b->sink)
        presize(b, expected_size(docs, n));
    put_str(b, "{\n  \"schema\": \"crimepolicy/1\",\n");
    put_documents(b, docs, n, &ids);
    mention_scratch scratch = {0};
    put_administrations(b, corpus, &scratch, &ids);
    put_programs(b, corpus, &scratch, &ids);
    put_agencies(b, corpus, &scratch, &ids);
    put_sites(b, corpus, &scratch, &ids);
    cpi_mem_free(mem, scratch.list);
    cpi_mem_free(mem, scratch.lead);
    put_figures(b, docs, n, &ids);
    put_str(b, "}\n");
    cpi_mem_free(mem, docs);
    cpi_mem_free(mem, ids.lead);
    cpi_mem_free(mem, ids.text);
}

cp_status cp_corpus_to_json(const cp_corpus *corpus, char **out, size_t *size_out) {
    return cp_corpus_to_json_ex(corpus, CP_JSON_DEFAULT, out, size_out);
}

cp_status cp_corpus_to_json_ex(const cp_corpus *corpus, uint32_t flags, char **out,
                               size_t *size_out) {
    if (!out)
        return CP_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (size_out)
        *size_out = 0;
    if (!corpus || (flags & ~(uint32_t)CP_JSON_COMPACT))
        return CP_ERR_INVALID_ARGUMENT;
    const cpi_mem *mem = cpi_corpus_mem(corpus);
    buf b = {.mem = mem, .held = NOT_HELD};
    put_model(&b, corpus);
    put(&b, "", 0); /* room for the NUL */
    if (b.failed) {
        cpi_mem_free(mem, b.h);
        return CP_ERR_NOMEM;
    }
    b.h->mem = *mem;
    if (flags & CP_JSON_COMPACT) {
        bool after_newline = false;
        b.size = compact_piece(b.h->text, b.size, &after_newline);
    }
    b.h->text[b.size] = '\0';
    *out = b.h->text;
    if (size_out)
        *size_out = b.size;
    return CP_OK;
}

cp_status cp_corpus_write_json(const cp_corpus *corpus, uint32_t flags, cp_write_fn write,
                               void *user) {
    if (!corpus || !write || (flags & ~(uint32_t)CP_JSON_COMPACT))
        return CP_ERR_INVALID_ARGUMENT;
    const cpi_mem *mem = cpi_corpus_mem(corpus);
    buf b = {.mem = mem,
             .sink = write,
             .user = user,
             .compact = (flags & CP_JSON_COMPACT) != 0,
             .held = NOT_HELD};
    b.h = cpi_mem_realloc(mem, NULL, sizeof(owned_header) + SINK_WINDOW);
    if (!b.h)
        return CP_ERR_NOMEM;
    b.cap = SINK_WINDOW;
    put_model(&b, corpus);
    if (!b.failed)
        drain(&b, b.size);
    cpi_mem_free(mem, b.h);
    return b.sink_failed ? CP_ERR_IO : b.failed ? CP_ERR_NOMEM : CP_OK;
}

void cp_string_free(char *str) {
    if (!str)
        return;
    owned_header *h = (owned_header *)(void *)(str - offsetof(owned_header, text));
    cpi_mem mem = h->mem;
    cpi_mem_free(&mem, h);
}
