/* Phrase dictionaries and name folding (see dict.h). */
#include "dict.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"


/* The first 8 bytes of s[0..n), big-endian, zero-padded: an integer that
 * orders as the bytes do, so that the scan compares phrases eight bytes at a
 * time without calls. */
static uint64_t head_of(const unsigned char *s, size_t n) {
    uint64_t h = 0;
    if (n >= 8) { /* the usual case: one load */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        memcpy(&h, s, 8);
        return __builtin_bswap64(h);
#else
        for (size_t i = 0; i < 8; i++)
            h = (h << 8) | s[i];
        return h;
#endif
    }
    /* a text's last bytes: only those there are, then the zero padding */
    for (size_t i = 0; i < n; i++)
        h = (h << 8) | s[i];
    return n ? h << (8 * (8 - n)) : 0;
}

/* The bits of a head that hold the first n bytes (all of them from 8 on). */
static uint64_t head_mask(size_t n) {
    return n >= 8 ? ~(uint64_t)0 : ~(~(uint64_t)0 >> (8 * n));
}

bool cpi_dict_add(const cpi_mem *mem, cpi_dict *d, const char *phrase, size_t len,
                  uint32_t value) {
    if (len == 0)
        return true;
    if (!cpi_mem_reserve(mem, (void **)&d->entries, &d->cap, d->count + 1,
                         sizeof(cpi_dict_entry)))
        return false;
    size_t first = 0;
    while (first < len && phrase[first] != ' ')
        first++;
    const unsigned char *u = (const unsigned char *)phrase;
    size_t rest = len > 8 ? len - 8 : 0; /* bytes past the head */
    cpi_dict_entry e = {phrase, len, first, head_of(u, len), head_mask(len),
                        rest ? head_of(u + 8, rest) : 0, head_mask(rest), value};
    d->entries[d->count++] = e;
    return true;
}

bool cpi_dict_add_list(const cpi_mem *mem, cpi_dict *d, const char *list, uint32_t value) {
    const char *p = list;
    while (*p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (!cpi_dict_add(mem, d, p, n, value))
            return false;
        p += n;
        if (*p == '|')
            p++;
    }
    return true;
}

static int cmp_phrase(const cpi_dict_entry *a, const char *s, size_t n) {
    size_t m = a->len < n ? a->len : n;
    int c = memcmp(a->phrase, s, m);
    if (c)
        return c;
    return (a->len > n) - (a->len < n);
}

static int cmp_entry(const void *x, const void *y) {
    const cpi_dict_entry *a = x, *b = y;
    int c = cmp_phrase(a, b->phrase, b->len);
    if (c)
        return c;
    return (a->value > b->value) - (a->value < b->value);
}

static void set_bit(uint64_t *set, size_t bit) { set[bit >> 6] |= (uint64_t)1 << (bit & 63); }

static size_t run_slot(uint32_t key, size_t mask) {
    return ((key * 0x9E3779B1u) >> 8) & mask;
}

/* The table of runs of phrases sharing their first three bytes (see
 * cpi_dict), twice as many slots as runs or more. */
static bool build_runs(const cpi_mem *mem, cpi_dict *d) {
    size_t runs = 0;
    uint32_t last = 0;
    for (size_t e = 0; e < d->count; e++) {
        uint32_t key = (uint32_t)(d->entries[e].head >> 40);
        if (d->entries[e].len >= 3 && key != last)
            runs++;
        if (d->entries[e].len >= 3)
            last = key;
    }
    size_t slots = 4;
    while (slots < 2 * runs)
        slots *= 2;
    cpi_mem_free(mem, d->runs);
    d->runs = cpi_mem_alloc(mem, slots * sizeof *d->runs);
    if (!d->runs)
        return false;
    memset(d->runs, 0, slots * sizeof *d->runs);
    d->runs_mask = slots - 1;
    for (size_t e = 0; e < d->count;) {
        if (d->entries[e].len < 3) {
            e++;
            continue;
        }
        uint32_t key = (uint32_t)(d->entries[e].head >> 40);
        size_t end = e + 1;
        while (end < d->count && d->entries[end].len >= 3 &&
               (uint32_t)(d->entries[end].head >> 40) == key)
            end++;
        size_t h = run_slot(key, d->runs_mask);
        while (d->runs[h].key)
            h = (h + 1) & d->runs_mask;
        d->runs[h] = (cpi_dict_run){key, (uint32_t)e, (uint32_t)end};
        e = end;
    }
    return true;
}

bool cpi_dict_sort(const cpi_mem *mem, cpi_dict *d) {
    if (d->count > 1)
        qsort(d->entries, d->count, sizeof(cpi_dict_entry), cmp_entry);
    size_t i = 0;
    for (unsigned b = 0; b < 256; b++) {
        d->first[b] = (uint32_t)i;
        while (i < d->count && (unsigned char)d->entries[i].phrase[0] == b)
            i++;
    }
    d->first[256] = (uint32_t)d->count;
    memset(d->single, 0, sizeof d->single);
    memset(d->pairs, 0, sizeof d->pairs);
    memset(d->triples, 0, sizeof d->triples);
    d->shorts = false;
    for (size_t e = 0; e < d->count; e++) {
        d->shorts |= d->entries[e].len <= 2;
        const unsigned char *p = (const unsigned char *)d->entries[e].phrase;
        if (d->entries[e].len == 1)
            set_bit(d->single, p[0]);
        else if (d->entries[e].len == 2)
            set_bit(d->pairs, cpi_dict_pair_bit(p[0], p[1]));
        else
            set_bit(d->triples, cpi_dict_triple_bit(p[0], p[1], p[2]));
    }
    return build_runs(mem, d);
}

void cpi_dict_release(const cpi_mem *mem, cpi_dict *d) {
    cpi_mem_free(mem, d->entries);
    cpi_mem_free(mem, d->runs);
    d->entries = NULL;
    d->runs = NULL;
    d->count = d->cap = 0;
}

/* Does entry e match text[pos..) as a whole phrase? Keeps the longest in
 * *best (the first in sorted order among equals). `head` and `next` are
 * head_of the text at pos and at pos + 8 (zero past its end): most entries
 * differ from the text in their first 8 bytes, most long ones that get
 * past them ("Office of ...") in the next 8. */
static inline void try_entry(const cpi_dict_entry *e, const char *text, size_t size,
                             size_t pos, uint64_t head, uint64_t next,
                             const cpi_dict_entry **best) {
    if (((e->head ^ head) & e->mask) != 0) /* (past the text's end head is zero: */
        return;                            /* such a phrase fails the next test) */
    if (e->len > size - pos || (*best && e->len <= (*best)->len))
        return;
    if (((e->next ^ next) & e->next_mask) != 0)
        return;
    for (size_t i = 16; i < e->len; i++)
        if (e->phrase[i] != text[pos + i])
            return;
    size_t end = pos + e->len;
    if (end < size && cpi_dict_word_char((unsigned char)text[end]) &&
        cpi_dict_word_char((unsigned char)text[end - 1]))
        return;
    *best = e;
}

const cpi_dict_entry *cpi_dict_scan(const cpi_dict *d, const char *text, size_t size,
                                    size_t pos, bool shorts, bool longs) {
    unsigned char c = (unsigned char)text[pos];
    const unsigned char *u = (const unsigned char *)text + pos;
    const cpi_dict_entry *best = NULL;
    size_t lo = d->first[c], hi = d->first[c + 1];
    uint64_t head = head_of(u, size - pos);
    uint64_t next = size - pos > 8 ? head_of(u + 8, size - pos - 8) : 0;
    if (shorts) /* one- and two-byte phrases: few, and only in some dictionaries */
        for (size_t i = lo; i < hi; i++)
            if (d->entries[i].len <= 2)
                try_entry(&d->entries[i], text, size, pos, head, next, &best);
    if (longs) {
        /* the phrases of three bytes or more starting with the text's first
         * three, in sorted order */
        uint32_t three = (uint32_t)(head >> 40);
        size_t h = run_slot(three, d->runs_mask);
        uint32_t key;
        while ((key = d->runs[h].key) != three && key)
            h = (h + 1) & d->runs_mask;
        const cpi_dict_entry *e = d->entries + d->runs[h].lo;
        const cpi_dict_entry *end = d->entries + d->runs[h].hi; /* (none: lo = hi = 0) */
        /* A phrase that is a prefix of the text has its first 16 bytes
         * (zero-padded) no greater than the text's: (head, next) compare as
         * the phrases sort, so the walk ends at the first phrase past the
         * text's, in its first 8 bytes or, with the same 8 ("Department
         * of ..." at "Department and"), in the next 8. */
        for (; e < end && (e->head < head || (e->head == head && e->next <= next)); e++)
            try_entry(e, text, size, pos, head, next, &best);
    }
    return best;
}

size_t cpi_fold(const char *s, size_t n, char *out, size_t cap) {
    size_t o = 0;
    bool space = false;
    size_t i = 0;
    while (i < n && o + 1 < cap) {
        unsigned char c = (unsigned char)s[i];
        if (cpi_class((char)c) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT)) {
            /* most bytes: runs of ASCII letters and digits, folded as below
             * without the tests ('| 0x20' lowers A-Z, leaves a-z and 0-9) */
            if (space && o + 2 < cap)
                out[o++] = ' ';
            space = false;
            do
                out[o++] = (char)(s[i++] | 0x20);
            while (i < n && o + 1 < cap &&
                   (cpi_class(s[i]) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT)));
            continue;
        }
        int32_t cp = c;
        size_t len = 1;
        if (c >= 0x80)
            cp = cpi_utf8_decode(s, n, i, &len);
        i += len;
        /* curly apostrophes go like straight ones, and so does the okina
         * of Hawaiian names (U+2018 or U+02BB: "Kapaa" is the gazetteer's
         * "Kapa<U+2018>a") */
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BB)
            continue;
        if (cp >= 0x80) {
            utf8proc_int32_t buf[8];
            int last = 0;
            utf8proc_ssize_t k = utf8proc_decompose_char(
                cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, &last);
            cp = (k > 0 && buf[0] < 0x80) ? buf[0] : 0;
        }
        if (cp >= 'A' && cp <= 'Z')
            cp += 'a' - 'A';
        if (cp == '.' || cp == '\'')
            continue;
        if (!((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))) {
            space = o > 0;
            continue;
        }
        if (space && o + 2 < cap) {
            out[o++] = ' ';
        }
        space = false;
        out[o++] = (char)cp;
    }
    out[o] = '\0';
    return o;
}
