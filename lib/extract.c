/* Extraction, the driver: runs the extractors over one document in order
 * (administration and officials first, so that people are known before
 * places are read), then stores the document's own lists. Also the small
 * word helpers the extractors share. */
#include "extract.h"

#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

size_t cpi_word_end(const char *t, size_t size, size_t pos) {
    size_t i = pos;
    while (i < size) {
        char c = t[i];
        if (cpi_inner_char(c)) {
            i++;
        } else if ((c == '.' || c == '\'' || c == '-' || c == '&') && i + 1 < size &&
                   cpi_inner_char(t[i + 1])) {
            i++;
        } else if (c == '.' && i > pos && i - pos <= 3 && cpi_is_upper(t[pos]) &&
                   (i - pos == 1 || t[i - 2] == '.')) {
            i++; /* "D.C." and "U.S.": the final period belongs to them */
            break;
        } else {
            break;
        }
    }
    return i;
}

/* A mask with the high bit of each of the 8 bytes at p that is A-Z. Each
 * byte's low seven bits plus a bias set its high bit when they reach 'A'
 * (or pass 'Z'); no sum carries into the next byte, and bytes of UTF-8
 * sequences (high bit set) are cleared at the end. */
static inline uint64_t capitals8(const char *p) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t low = w & ~highs;
    uint64_t from_a = low + ones * (0x80 - 'A');
    uint64_t past_z = low + ones * (0x80 - 'Z' - 1);
    return from_a & ~past_z & ~w & highs;
}

size_t cpi_next_capital(const char *t, size_t n, size_t pos) {
    size_t i = pos;
    while (i < n) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        while (i + 8 <= n) {
            uint64_t caps = capitals8(t + i);
            if (caps) {
                i += (size_t)__builtin_ctzll(caps) / 8;
                break;
            }
            i += 8;
        }
#endif
        while (i < n && !cpi_is_upper(t[i]))
            i++;
        if (i >= n || cpi_word_start(t, i))
            return i;
        i++;
    }
    return i;
}

size_t cpi_prev_word(const char *t, size_t pos) {
    size_t i = pos;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i == 0)
        return SIZE_MAX;
    size_t end = i;
    while (i > 0 && t[i - 1] != ' ')
        i--;
    return i < end ? i : SIZE_MAX;
}

void cpi_note_person(cpi_extract *x, const char *surname, size_t len) {
    if (cpi_is_person(x, surname, len) || x->person_count >= CPI_MAX_PERSONS)
        return;
    x->persons[x->person_count] = surname;
    x->person_len[x->person_count] = len;
    x->person_count++;
}

bool cpi_is_person(const cpi_extract *x, const char *word, size_t len) {
    for (size_t i = 0; i < x->person_count; i++)
        if (x->person_len[i] == len && memcmp(x->persons[i], word, len) == 0)
            return true;
    return false;
}

bool cpi_count_mention(cpi_extract *x) {
    if (++x->mentions <= CP_MAX_MENTIONS)
        return true;
    x->over_limit = true;
    return false;
}

bool cpi_hit_add_slow(cpi_extract *x, cpi_hit **hits, size_t *count, size_t *cap,
                      size_t block, size_t start, size_t end, void *entity) {
    if (!cpi_count_mention(x))
        return false;
    if (!cpi_mem_reserve(x->mem, (void **)hits, cap, *count + 1, sizeof(cpi_hit)))
        return false;
    cpi_hit h = {block, start, end, entity};
    (*hits)[(*count)++] = h;
    return true;
}

/* The last segment of a map whose clean offset is at most c (the first
 * if none), as the offset maps of text_clean.c find it. */
static size_t seg_of(const cpi_seg *segs, size_t count, size_t c) {
    size_t lo = 0, hi = count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (segs[mid].clean <= c)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* What cp_block_original_start and cp_block_original_end give (debug
 * builds check), without their calls, and with one search for both ends:
 * a mention's end is mostly in its start's segment, or the next. */
cp_mention cpi_mention_of(const cpi_extract *x, const cp_block *b, size_t start, size_t end) {
    size_t size = b->text_size, ostart, oend;
    size_t clean_end = end < size ? end : size;
    if (b->seg_count == 0) {
        /* most blocks: their text is one run of the original bytes */
        size_t orig = (uint32_t)(b->start + b->identity_skip);
        ostart = orig + (start < size ? start : size);
        oend = orig + clean_end;
    } else {
        const cpi_seg *segs = cpi_block_segs(b);
        size_t count = b->seg_count, k = 0;
        const cpi_seg *last = &segs[count - 1];
        size_t past = last->orig + last->olen; /* where the text's bytes end */
        if (start >= size) {
            ostart = size == 0 ? segs[0].orig : past;
        } else {
            k = seg_of(segs, count, start);
            ostart = segs[k].orig + (segs[k].atomic ? 0 : start - segs[k].clean);
        }
        if (clean_end == 0) {
            oend = segs[0].orig;
        } else if (clean_end >= size) {
            oend = past;
        } else {
            size_t c = clean_end - 1; /* the last byte's segment */
            if (start < size && c >= start)
                while (k + 1 < count && segs[k + 1].clean <= c)
                    k++;
            else
                k = seg_of(segs, count, c);
            oend = segs[k].atomic ? segs[k].orig + segs[k].olen
                                  : segs[k].orig + (c - segs[k].clean) + 1;
        }
    }
    /* original offsets are below the document's size, itself below 2 GiB */
    cp_mention m = {x->doc, (uint32_t)ostart, (uint32_t)oend};
    assert(m.start == (uint32_t)cp_block_original_start(b, start) &&
           m.end == (uint32_t)cp_block_original_end(b, end));
    return m;
}

/* Room for `need` capitals (the array doubles: a new one, the old copied).
 * Their classes are in the same allocation, after the offsets. */
static bool capitals_grow(cpi_extract *x, size_t *cap, size_t count, size_t need) {
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2 / (sizeof(uint32_t) + 1))
            return false;
        n *= 2;
    }
    /* (the old array stays in the transient arena, unused) */
    uint32_t *grown = cpi_arena_alloc(x->transient, n * (sizeof(uint32_t) + 1));
    if (!grown)
        return false;
    uint8_t *classes = (uint8_t *)(grown + n);
    if (count) {
        memcpy(grown, x->capitals, count * sizeof(uint32_t));
        memcpy(classes, x->capital_class, count);
    }
    x->capitals = grown;
    x->capital_class = classes;
    *cap = n;
    return true;
}

/* Append offset i of t[0..n) to the document's capitals, and its class
 * (`classes`: see triple_classes). */
static inline bool add_capital(cpi_extract *x, size_t *count, size_t *cap, const char *t,
                               size_t n, size_t i, const uint8_t *classes) {
    if (*count == *cap && !capitals_grow(x, cap, *count, *count + 1))
        return false;
    const unsigned char *u = (const unsigned char *)t + i;
    x->capitals[*count] = (uint32_t)i; /* blocks stay below 2 GiB */
    x->capital_class[*count] = n - i >= 3 ? classes[cpi_dict_triple_bit(u[0], u[1], u[2])] : 0;
    (*count)++;
    return true;
}

/* The worker's table of capital_class by three-byte hash (cpi_dict_triple_bit)
 * for the knowledge x->k, made on first use: a pure function of the
 * dictionaries' filters, one look-up for all of them. */
static const uint8_t *triple_classes(cpi_extract *x) {
    cpi_extract_cache *c = x->cache;
    if (c->triple_class && c->class_knowledge == x->k)
        return c->triple_class;
    enum { BITS = 16384 };
    if (!c->triple_class) {
        c->triple_class = cpi_mem_alloc(c->mem, BITS);
        if (!c->triple_class)
            return NULL;
    }
    memset(c->triple_class, 0, BITS);
    const uint64_t *sets[] = {x->k->titles.triples, x->k->agencies.triples,
                              x->k->programs.triples, x->k->presidents.triples,
                              x->k->regions.triples};
    const uint8_t flags[] = {CPI_CAP_TITLE, CPI_CAP_AGENCY, CPI_CAP_PROGRAM, CPI_CAP_PRESIDENT,
                             CPI_CAP_REGION};
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++)
        for (size_t w = 0; w < BITS / 64; w++)
            for (size_t b = 0; sets[s][w] && b < 64; b++) /* (few words have a bit) */
                if ((sets[s][w] >> b) & 1)
                    c->triple_class[w * 64 + b] |= flags[s];
    c->class_knowledge = x->k;
    return c->triple_class;
}

/* Append the start of every capitalised word of t[0..n) (each offset that
 * cpi_next_capital gives in turn), in one pass: a mask of the A-Z bytes of
 * each 16 (or 8) bytes, then the word-start test on those alone. */
static bool add_block_capitals(cpi_extract *x, const char *t, size_t n, size_t *count,
                               size_t *cap, const uint8_t *classes) {
    size_t i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    /* signed compares: bytes of UTF-8 sequences are negative, below 'A' */
    const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmpgt_epi8(after_z, v));
        for (unsigned caps = (unsigned)_mm_movemask_epi8(upper); caps; caps &= caps - 1) {
            size_t at = i + (size_t)__builtin_ctz(caps);
            if (cpi_word_start(t, at) && !add_capital(x, count, cap, t, n, at, classes))
                return false;
        }
    }
    if (i < n && n >= 16) {
        /* the last bytes as the 16 that end the block (those before i
         * shifted out), not one by one */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + n - 16));
        __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmpgt_epi8(after_z, v));
        unsigned caps = (unsigned)_mm_movemask_epi8(upper) >> (i - (n - 16));
        for (; caps; caps &= caps - 1) {
            size_t at = i + (size_t)__builtin_ctz(caps);
            if (cpi_word_start(t, at) && !add_capital(x, count, cap, t, n, at, classes))
                return false;
        }
        i = n;
    }
#elif defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= n; i += 8) {
        for (uint64_t caps = capitals8(t + i); caps; caps &= caps - 1) {
            size_t at = i + (size_t)__builtin_ctzll(caps) / 8;
            if (cpi_word_start(t, at) && !add_capital(x, count, cap, t, n, at, classes))
                return false;
        }
    }
#endif
    for (; i < n; i++)
        if (cpi_is_upper(t[i]) && cpi_word_start(t, i) &&
            !add_capital(x, count, cap, t, n, i, classes))
            return false;
    return true;
}

/* Find the capitalised words of every block once (see cpi_extract). */
static bool index_capitals(cpi_extract *x) {
    const cp_document *doc = x->doc;
    x->capitals_from = cpi_arena_alloc(x->transient, (doc->block_count + 1) * sizeof(size_t));
    if (!x->capitals_from)
        return false;
    const uint8_t *classes = triple_classes(x);
    if (!classes)
        return false;
    size_t count = 0, cap = 0;
    /* never NULL, even with no capital: walks add offsets to it. Room for
     * one capital in 16 bytes: texts have about one in 25, so that most
     * documents need no realloc (each a copy) as it fills */
    if (!capitals_grow(x, &cap, 0, doc->size / 16 + 8))
        return false;
    for (size_t b = 0; b < doc->block_count; b++) {
        x->capitals_from[b] = count;
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        if (!add_block_capitals(x, t, n, &count, &cap, classes))
            return false;
#ifndef NDEBUG
        size_t k = x->capitals_from[b];
        for (size_t i = cpi_next_capital(t, n, 0); i < n; i = cpi_next_capital(t, n, i + 1)) {
            assert(k < count && x->capitals[k] == i);
            const unsigned char *u = (const unsigned char *)t + i;
            size_t bit = n - i >= 3 ? cpi_dict_triple_bit(u[0], u[1], u[2]) : 0;
            assert(((x->capital_class[k] & CPI_CAP_TITLE) != 0) ==
                   (n - i >= 3 && cpi_dict_has_bit(x->k->titles.triples, bit)));
            assert(((x->capital_class[k] & CPI_CAP_AGENCY) != 0) ==
                   (n - i >= 3 && cpi_dict_has_bit(x->k->agencies.triples, bit)));
            assert(((x->capital_class[k] & CPI_CAP_PROGRAM) != 0) ==
                   (n - i >= 3 && cpi_dict_has_bit(x->k->programs.triples, bit)));
            assert(((x->capital_class[k] & CPI_CAP_PRESIDENT) != 0) ==
                   (n - i >= 3 && cpi_dict_has_bit(x->k->presidents.triples, bit)));
            assert(((x->capital_class[k] & CPI_CAP_REGION) != 0) ==
                   (n - i >= 3 && cpi_dict_has_bit(x->k->regions.triples, bit)));
            k++;
        }
        assert(k == count);
#endif
    }
    x->capitals_from[doc->block_count] = count;
    return true;
}

/* Room for the figures a document of its size usually has (texts have
 * about one in 70 bytes), up to a cap: the figures extractor then mostly
 * fills its list without a realloc (each a copy). */
static bool reserve_figures(cpi_extract *x) {
    size_t expected = x->doc->size / 64 + 8;
    return cpi_mem_reserve(x->mem, (void **)&x->figures, &x->figure_cap,
                           expected < 4096 ? expected : 4096, sizeof(cp_figure));
}

void cpi_extract_cache_init(cpi_extract_cache *c, const cpi_mem *mem) {
    memset(c, 0, sizeof *c);
    c->mem = mem;
}

void cpi_extract_cache_release(cpi_extract_cache *c) {
    cpi_mem_free(c->mem, c->sites);
    cpi_mem_free(c->mem, c->officials);
    cpi_mem_free(c->mem, c->programs);
    cpi_mem_free(c->mem, c->figures);
    cpi_mem_free(c->mem, c->site_hits);
    cpi_mem_free(c->mem, c->program_hits);
    cpi_mem_free(c->mem, c->agency_hits);
    cpi_mem_free(c->mem, c->sites_read);
    cpi_mem_free(c->mem, c->triple_class);
    memset(c, 0, sizeof *c);
}

/* The document's working lists start empty in the memory the thread's
 * previous documents left (seven mallocs and frees fewer a document)... */
static void lists_from(cpi_extract *x, const cpi_extract_cache *c) {
    x->sites = c->sites;
    x->officials = c->officials;
    x->programs = c->programs;
    x->figures = c->figures;
    x->site_hits = c->site_hits;
    x->program_hits = c->program_hits;
    x->agency_hits = c->agency_hits;
    x->site_cap = c->site_cap;
    x->official_cap = c->official_cap;
    x->program_cap = c->program_cap;
    x->figure_cap = c->figure_cap;
    x->site_hit_cap = c->site_hit_cap;
    x->program_hit_cap = c->program_hit_cap;
    x->agency_hit_cap = c->agency_hit_cap;
}

/* ... and leave it, grown as they needed, to the next. */
static void lists_to(cpi_extract_cache *c, const cpi_extract *x) {
    c->sites = x->sites;
    c->officials = x->officials;
    c->programs = x->programs;
    c->figures = x->figures;
    c->site_hits = x->site_hits;
    c->program_hits = x->program_hits;
    c->agency_hits = x->agency_hits;
    c->site_cap = x->site_cap;
    c->official_cap = x->official_cap;
    c->program_cap = x->program_cap;
    c->figure_cap = x->figure_cap;
    c->site_hit_cap = x->site_hit_cap;
    c->program_hit_cap = x->program_hit_cap;
    c->agency_hit_cap = x->agency_hit_cap;
}

cp_status cpi_extract_document(cpi_model *m, const cpi_knowledge *k, cpi_extract_cache *cache,
                               cpi_arena *transient, cp_document *doc) {
    cpi_extract x;
    memset(&x, 0, offsetof(cpi_extract, persons)); /* (surnames: see cpi_extract) */
    x.model = m;
    x.k = k;
    x.mem = m->mem;
    assert(cache->mem == m->mem);
    x.cache = cache;
    x.transient = transient;
    lists_from(&x, cache);
    x.doc = doc;
    x.programs_before = m->program_reg.all.count;
    x.unit_place_count = 0;
    x.generation = ++m->generation;
    bool ok = index_capitals(&x) && reserve_figures(&x) && cpi_extract_administration(&x) &&
              cpi_extract_agencies(&x) && cpi_extract_sites(&x) && cpi_extract_programs(&x) &&
              cpi_extract_links(&x) && cpi_extract_figures(&x);
    /* the document keeps copies of its lists, in the model's arena */
    if (ok && (x.site_count || x.official_count || x.program_count || x.figure_count)) {
        cpi_findings *f = cpi_arena_alloc(m->arena, sizeof *f);
        ok = f != NULL;
        if (ok) {
            memset(f, 0, sizeof *f);
            f->sites = x.site_count ? cpi_arena_alloc(m->arena, x.site_count * sizeof(cp_site *))
                                    : NULL;
            f->officials = x.official_count ? cpi_arena_alloc(m->arena, x.official_count *
                                                                            sizeof(cp_official *))
                                            : NULL;
            f->programs = x.program_count
                              ? cpi_arena_alloc(m->arena, x.program_count * sizeof(cp_program *))
                              : NULL;
            f->figures = x.figure_count
                             ? cpi_arena_alloc(m->arena, x.figure_count * sizeof(cp_figure))
                             : NULL;
            ok = (!x.site_count || f->sites) && (!x.official_count || f->officials) &&
                 (!x.program_count || f->programs) && (!x.figure_count || f->figures);
        }
        if (ok) {
            if (x.site_count)
                memcpy(f->sites, x.sites, x.site_count * sizeof(cp_site *));
            if (x.official_count)
                memcpy(f->officials, x.officials, x.official_count * sizeof(cp_official *));
            if (x.program_count)
                memcpy(f->programs, x.programs, x.program_count * sizeof(cp_program *));
            if (x.figure_count)
                memcpy(f->figures, x.figures, x.figure_count * sizeof(cp_figure));
            f->site_count = (uint32_t)x.site_count;
            f->official_count = (uint32_t)x.official_count;
            f->program_count = (uint32_t)x.program_count;
            f->figure_count = (uint32_t)x.figure_count;
            doc->found = f;
        }
    }
    lists_to(cache, &x);
    return ok ? CP_OK : x.over_limit ? CP_ERR_LIMIT : CP_ERR_NOMEM;
}

/* Compare w[0..n) with the NUL-terminated z as strcmp would. */
static int cmp_word(const char *w, size_t n, const char *z) {
    for (size_t i = 0; i < n; i++) {
        if (!z[i])
            return 1; /* z is a prefix of w */
        if (w[i] != z[i])
            return (unsigned char)w[i] < (unsigned char)z[i] ? -1 : 1;
    }
    return z[n] ? -1 : 0;
}

/* cpi_word_in by whole words, for a word that is empty or starts with a
 * NUL byte (which texts never hold). (Out of line: the search that calls
 * it is the hot one.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool word_in_whole(const char *const *list, size_t count, const char *w, size_t n) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_word(w, n, list[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

bool cpi_gathering_before(const char *t, size_t start) {
    static const char *const GATHERINGS[] = {
        /* sorted */
        "Summit",    "assembled", "briefing", "ceremony",   "conference", "convened",
        "convening", "event",     "forum",    "gathered",   "gathering",  "hearing",
        "meeting",   "remarks",   "retreat",  "roundtable", "session",    "speech",
        "summit",    "symposium", "training", "workshop"};
    if (start < 5 || memcmp(t + start - 4, " in ", 4) != 0)
        return false;
    size_t we = start - 4;
    for (int words = 0; words < 5 && we > 0; words++) {
        size_t ws = we;
        while (ws > 0 && cpi_is_alpha(t[ws - 1]))
            ws--;
        if (ws == we || (ws > 0 && t[ws - 1] != ' '))
            return false;
        if (cpi_word_in(CPI_WORDS(GATHERINGS), t + ws, we - ws))
            return words == 0 || memcmp(t + we, " of ", 4) == 0 ||
                   /* "a speech to police chiefs in Chicago" */
                   (memcmp(t + we, " to ", 4) == 0 &&
                    (cpi_str_eq("speech", t + ws, we - ws) ||
                     cpi_str_eq("remarks", t + ws, we - ws)));
        if (ws == 0)
            return false; /* (the text's first word) */
        we = ws - 1;
    }
    return false;
}

bool cpi_word_in(const char *const *list, size_t count, const char *w, size_t n) {
#ifndef NDEBUG
    for (size_t i = 1; i < count; i++)
        assert(strcmp(list[i - 1], list[i]) < 0); /* sorted, no duplicates */
#endif
    if (n == 0 || w[0] == '\0')
        return word_in_whole(list, count, w, n);
    /* most steps of the search are decided by the first byte alone: the
     * rest of the words is compared only where it is w's (which is not NUL,
     * so neither word ends there) */
    unsigned char first = (unsigned char)w[0];
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *z = list[mid];
        int c = first != (unsigned char)z[0] ? (first < (unsigned char)z[0] ? -1 : 1)
                                             : cmp_word(w + 1, n - 1, z + 1);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

