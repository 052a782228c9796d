/* Extraction of program-site links (MODEL.md sections 3 and 5): a site is
 * linked to a program where the text makes it a member, target or recipient:
 * the items of a list whose lead-in names the program or announces a
 * selection ("Twelve sites have been selected ...:"), the sites of a sentence
 * that names one program, an inline list of places that says who is served,
 * and, in a document about one program, the cities and counties it names.
 * Also the agencies a sentence says are involved, and the administration a
 * sentence says launched a program.
 *
 * Hits (where sites, programs and agencies were found) are sorted by block and
 * offset once; every pass then sweeps them with the sentences, so the time is
 * linear in the hits and sentences even for one huge block. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "doc_meta.h"
#include "extract.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A word or phrase a sentence is read for, and the questions it answers
 * (bits: "a selection word?", "an agency's role?"): one pass over a
 * sentence answers all the questions asked of it. */
typedef struct cue {
    const char *w;
    unsigned sets;
} cue;

/* The index of the lowest bit set in w (w != 0). */
static inline unsigned lowest_bit(uint32_t w) {
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(w);
#else
    unsigned k = 0;
    while (!((w >> k) & 1))
        k++;
    return k;
#endif
}

/* The questions that the cues of `which` (bits, indices in cues) answer
 * at the word start t[i]: those spelt there (lower case, as written) with
 * no letter after them. */
static unsigned cues_at(const char *t, size_t n, size_t i, const cue *cues, uint32_t which) {
    unsigned found = 0;
    for (; which; which &= which - 1) {
        const cue *c = &cues[lowest_bit(which)];
        size_t len = 1; /* (its first letter is t[i]) */
        while (c->w[len] && i + len < n && t[i + len] == c->w[len])
            len++;
        if (!c->w[len] && (i + len == n || !cpi_is_alpha(t[i + len])))
            found |= c->sets;
    }
    return found;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* For the 16 bytes at s: bit k of *lower set where s[k] is a-z, of *inner
 * where s[k] goes on a word (a letter, a digit, a UTF-8 byte, '.', '\'',
 * '-': what cpi_word_start looks for before a word). */
static inline void word_bytes16(const char *s, unsigned *lower, unsigned *inner) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* c in [lo, lo + k): one signed compare once lo is moved to -128 */
#define IN_RANGE(c, lo, k)                                                \
    _mm_cmplt_epi8(_mm_add_epi8(c, _mm_set1_epi8((char)(0x80 - (lo)))), \
                   _mm_set1_epi8((char)(-128 + (k))))
    __m128i low = IN_RANGE(v, 'a', 26);
    __m128i in = _mm_or_si128(IN_RANGE(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26),
                              IN_RANGE(v, '0', 10));
#undef IN_RANGE
    in = _mm_or_si128(in, _mm_cmplt_epi8(v, _mm_setzero_si128())); /* UTF-8 */
    in = _mm_or_si128(in, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('-')))));
    *lower = (unsigned)_mm_movemask_epi8(low);
    *inner = (unsigned)_mm_movemask_epi8(in);
}
#endif

/* The questions of `want` that t[0..n) answers, by its cues as whole
 * words (see cues_at; the first word may be capitalised, as a sentence's
 * is: "Sites announced today are ..."); it stops once all are answered.
 * One pass: word starts found 16 bytes at a time (SSE2), and only those
 * whose letter starts a cue are compared. */
static unsigned cue_sets(const char *t, size_t n, const cue *cues, size_t count,
                         const uint32_t *of_letter, const uint32_t (*of_next)[32],
                         unsigned want) {
    /* of_letter: by first letter (a to z as 1 to 26), the cues (bits,
     * indices in cues): other words are passed over at once, and a word
     * is compared with its own few (a cue not asked for answers nothing:
     * its sets are masked by want); of_next the same by the second and
     * third bytes (their low five bits), which leave few of them ("in",
     * "the" and "a" start with a cue's letter). Written out with each list
     * (each cue has three bytes or more); debug builds check them. */
#ifndef NDEBUG
    assert(count <= 32);
    for (unsigned letter = 0; letter < 32; letter++) {
        uint32_t bits = 0, seconds = 0, thirds = 0;
        for (size_t k = 0; k < count; k++) {
            assert(strlen(cues[k].w) >= 3);
            if (((unsigned char)cues[k].w[0] & 31) == letter)
                bits |= UINT32_C(1) << k;
            if (((unsigned char)cues[k].w[1] & 31) == letter)
                seconds |= UINT32_C(1) << k;
            if (((unsigned char)cues[k].w[2] & 31) == letter)
                thirds |= UINT32_C(1) << k;
        }
        assert(of_letter[letter] == bits && of_next[0][letter] == seconds &&
               of_next[1][letter] == thirds);
    }
#else
    (void)count;
#endif
    unsigned found = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    unsigned carry = 0; /* does the byte before these 16 go on a word? */
    /* (the first word's start, when in capitals, is a start too) */
    unsigned capital = n > 0 && cpi_is_upper(t[0]);
    for (size_t i = 0; i < n; i += 16) {
        unsigned lower, inner;
        if (i + 16 <= n) {
            word_bytes16(t + i, &lower, &inner);
        } else { /* the last bytes, from a copy padded with NULs (no word's) */
            char tail[16] = {0};
            cpi_copy_short(tail, t + i, n - i);
            word_bytes16(tail, &lower, &inner);
        }
        unsigned starts = (lower & ~((inner << 1) | carry)) | capital;
        carry = (inner >> 15) & 1;
        capital = 0;
        for (; starts; starts &= starts - 1) {
            size_t at = i + (size_t)__builtin_ctz(starts);
            uint32_t which = of_letter[(unsigned char)t[at] & 31];
            if (which && at + 2 < n) /* (else too short for a cue) */
                which &= of_next[0][(unsigned char)t[at + 1] & 31] &
                         of_next[1][(unsigned char)t[at + 2] & 31];
            else
                which = 0;
            if (which) {
                found |= cues_at(t, n, at, cues, which) & want;
                if (found == want)
                    return found;
            }
        }
    }
#else
    for (size_t i = 0; i < n; i++) {
        if (!(cpi_is_lower(t[i]) || (i == 0 && cpi_is_upper(t[0]))) ||
            !cpi_word_start(t, i))
            continue;
        uint32_t which = of_letter[(unsigned char)t[i] & 31];
        if (which && i + 2 < n)
            which &= of_next[0][(unsigned char)t[i + 1] & 31] &
                     of_next[1][(unsigned char)t[i + 2] & 31];
        else
            which = 0;
        if (!which) {
            while (i + 1 < n && cpi_is_lower(t[i + 1]))
                i++; /* the rest of this word starts nothing */
            continue;
        }
        found |= cues_at(t, n, i, cues, which) & want;
        if (found == want)
            return found;
    }
#endif
    return found;
}

/* The questions asked of lead-ins and lists of places. */
enum {
    SELECTION = 1,         /* a lead-in that announces who takes part */
    SELECTION_OR_SERVE = 2 /* ... or a list of places it serves */
};
#define SELECTS(w) {w, SELECTION | SELECTION_OR_SERVE}
static const cue SELECTION_CUES[] = {
    SELECTS("selected"),      SELECTS("sites"),
    SELECTS("cities"),        SELECTS("communities"),
    SELECTS("jurisdictions"), SELECTS("counties"),
    SELECTS("areas"),         SELECTS("regions"),
    SELECTS("receive"),       SELECTS("recipients"),
    SELECTS("awarded"),       SELECTS("join"),
    SELECTS("designated"),    SELECTS("include"),
    SELECTS("participants"),  {"serve", SELECTION_OR_SERVE},
    SELECTS("based"),         SELECTS("among"),
    SELECTS("focused"),       SELECTS("targeted"),
};
#undef SELECTS
/* The cues of SELECTION_CUES by first letter, for cue_sets. */
#define CUE_BIT(k) (UINT32_C(1) << (k))
#define OF_LETTER(c) [(c) & 31]
static const uint32_t SELECTION_OF_LETTER[32] = {
    OF_LETTER('a') = CUE_BIT(6) | CUE_BIT(10) | CUE_BIT(17),
    OF_LETTER('b') = CUE_BIT(16),
    OF_LETTER('c') = CUE_BIT(2) | CUE_BIT(3) | CUE_BIT(5),
    OF_LETTER('d') = CUE_BIT(12),
    OF_LETTER('f') = CUE_BIT(18),
    OF_LETTER('i') = CUE_BIT(13),
    OF_LETTER('j') = CUE_BIT(4) | CUE_BIT(11),
    OF_LETTER('p') = CUE_BIT(14),
    OF_LETTER('r') = CUE_BIT(7) | CUE_BIT(8) | CUE_BIT(9),
    OF_LETTER('s') = CUE_BIT(0) | CUE_BIT(1) | CUE_BIT(15),
    OF_LETTER('t') = CUE_BIT(19),
};

/* The cues of SELECTION_CUES by their second and third letters, for
 * cue_sets. */
static const uint32_t SELECTION_OF_NEXT[2][32] = {
    {
        /* by second letter */
        OF_LETTER('a') = CUE_BIT(14) | CUE_BIT(16) | CUE_BIT(19),
        OF_LETTER('e') =
            CUE_BIT(0) | CUE_BIT(7) | CUE_BIT(8) | CUE_BIT(9) | CUE_BIT(12) | CUE_BIT(15),
        OF_LETTER('i') = CUE_BIT(1) | CUE_BIT(2),
        OF_LETTER('m') = CUE_BIT(17),
        OF_LETTER('n') = CUE_BIT(13),
        OF_LETTER('o') = CUE_BIT(3) | CUE_BIT(5) | CUE_BIT(11) | CUE_BIT(18),
        OF_LETTER('r') = CUE_BIT(6),
        OF_LETTER('u') = CUE_BIT(4),
        OF_LETTER('w') = CUE_BIT(10),
    },
    {
        /* by third letter */
        OF_LETTER('a') = CUE_BIT(10),
        OF_LETTER('c') = CUE_BIT(8) | CUE_BIT(9) | CUE_BIT(13) | CUE_BIT(18),
        OF_LETTER('e') = CUE_BIT(6),
        OF_LETTER('g') = CUE_BIT(7),
        OF_LETTER('i') = CUE_BIT(11),
        OF_LETTER('l') = CUE_BIT(0),
        OF_LETTER('m') = CUE_BIT(3),
        OF_LETTER('o') = CUE_BIT(17),
        OF_LETTER('r') = CUE_BIT(4) | CUE_BIT(14) | CUE_BIT(15) | CUE_BIT(19),
        OF_LETTER('s') = CUE_BIT(12) | CUE_BIT(16),
        OF_LETTER('t') = CUE_BIT(1) | CUE_BIT(2),
        OF_LETTER('u') = CUE_BIT(5),
    },
};

static int cmp_hit(const void *a, const void *b) {
    const cpi_hit *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

/* Sort hits by block and offset. Each extractor reads the blocks in turn,
 * so they mostly come in order: then the sort is skipped (glibc's qsort, a
 * merge sort, would leave them as they are). */
static void sort_hits(cpi_hit *h, size_t n) {
    for (size_t i = 1; i < n; i++)
        if (h[i - 1].block > h[i].block ||
            (h[i - 1].block == h[i].block && h[i - 1].start > h[i].start)) {
            qsort(h, n, sizeof *h, cmp_hit);
            return;
        }
}

/* Hits of one kind, sorted, with a lookup of the hits inside a span. */
typedef struct hits {
    const cpi_hit *h;
    size_t n;
} hits;

/* The first hit at or after (block, start). */
static size_t lower_bound(const hits *hs, size_t block, size_t start) {
    size_t lo = 0, hi = hs->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const cpi_hit *m = &hs->h[mid];
        if (m->block < block || (m->block == block && m->start < start))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Where the place after hit i starts in its block, or the block's end: the
 * one state that qualifies the place ("Waterbury, Conn.,") is passed over
 * (one only: a list of states asks this at each of them). */
static size_t next_place_start(const hits *sites, size_t i, const cp_block *blk) {
    size_t j = i + 1;
    if (j < sites->n && sites->h[j].block == sites->h[i].block &&
        ((const cp_site *)sites->h[j].entity)->kind == CP_SITE_STATE &&
        sites->h[j].start == sites->h[i].end + 2 && cpi_block_text(blk)[sites->h[i].end] == ',')
        j++;
    return j < sites->n && sites->h[j].block == sites->h[i].block ? sites->h[j].start
                                                                  : blk->text_size;
}

/* next_place_start past the places listed with hit i ("officials in
 * Seattle and Tacoma have said they would rather ...": what the clause
 * says of the list, it says of each). */
static size_t place_after_list(const hits *sites, size_t i, const cp_block *blk) {
    enum { LISTED = 8 };
    const char *t = cpi_block_text(blk);
    for (int k = 0;
         k < LISTED && i + 1 < sites->n && sites->h[i + 1].block == sites->h[i].block;
         k++) {
        size_t e = sites->h[i].end, s = sites->h[i + 1].start;
        bool joined = (s == e + 5 && memcmp(t + e, " and ", 5) == 0) ||
                      (s == e + 6 && memcmp(t + e, ", and ", 6) == 0) ||
                      (s == e + 2 && t[e] == ',' && t[e + 1] == ' ' &&
                       ((const cp_site *)sites->h[i + 1].entity)->kind != CP_SITE_STATE);
        if (!joined)
            break;
        i++;
    }
    return next_place_start(sites, i, blk);
}

/* The first hit in the block of hit i (asked of short blocks only: their
 * hits are few). */
static const cpi_hit *first_in_block(const hits *hs, size_t i) {
    while (i > 0 && hs->h[i - 1].block == hs->h[i].block)
        i--;
    return &hs->h[i];
}

/* A walk over sorted hits for positions that mostly come in order (the
 * sentences of a text, its places): the first hit at or after each,
 * stepping on from the last one's (linear over a pass), or searched for
 * again when a position goes back. */
typedef struct walk {
    const hits *hs;
    size_t at, block, start; /* the last position asked, and its hit */
} walk;

/* A walk for a pass over a whole text. */
static walk walk_of(const hits *hs) {
    walk w = {hs, 0, 0, 0};
    return w;
}

/* A walk for positions at or after (block, start), whose first hit `at`
 * (as lower_bound) is known. */
static walk walk_at(const hits *hs, size_t at, size_t block, size_t start) {
    walk w = {hs, at, block, start};
    return w;
}

/* The first hit at or after (block, start), as lower_bound. */
static inline size_t walk_to(walk *w, size_t block, size_t start) {
    const cpi_hit *h = w->hs->h;
    size_t n = w->hs->n, at = w->at; /* (in registers while it steps) */
    if (block < w->block || (block == w->block && start < w->start))
        at = lower_bound(w->hs, block, start);
    else
        while (at < n && (h[at].block < block || (h[at].block == block && h[at].start < start)))
            at++;
    w->at = at;
    w->block = block;
    w->start = start;
    return at;
}

typedef struct named {
    cp_program *program;
    size_t first; /* index of the hit, in text order */
} named;

static int cmp_named(const void *a, const void *b) {
    const named *x = a, *y = b;
    uintptr_t p = (uintptr_t)x->program, q = (uintptr_t)y->program;
    if (p != q)
        return p < q ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

/* Sort names by program, then position (no two alike: the order is
 * qsort's). Most texts name two or three: an insertion sort, without
 * qsort's calls. */
static void sort_named(named *ns, size_t n) {
    enum { FEW = 16 };
    if (n > FEW) {
        qsort(ns, n, sizeof *ns, cmp_named);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        named v = ns[i];
        size_t j = i;
        for (; j > 0 && cmp_named(&ns[j - 1], &v) > 0; j--)
            ns[j] = ns[j - 1];
        ns[j] = v;
    }
}

/* Room for `count` items of `size` bytes: `local` (room for local_count of
 * them) when they fit, else from the heap (NULL when out of memory). The
 * few names and blocks of most texts need no allocation. */
static void *room_for(const cpi_extract *x, void *local, size_t local_count, size_t count,
                      size_t size) {
    return count <= local_count ? local : cpi_mem_alloc(x->mem, count * size);
}

/* Give back what room_for gave. */
static void room_free(const cpi_extract *x, void *local, void *room) {
    if (room != local)
        cpi_mem_free(x->mem, room);
}

enum { LOCAL_NAMES = 64, LOCAL_BLOCKS = 128 };

/* Where `phrase` first occurs in t[0..n) as whole words, whatever the case
 * ("ATF EXPANDS VIOLENT CRIME IMPACT TEAMS"); SIZE_MAX when it does not. */
static size_t find_ci(const char *t, size_t n, const char *phrase) {
    size_t len = strlen(phrase);
    if (len == 0)
        return SIZE_MAX;
    /* its first byte, as compared below: most positions fail on it */
    bool letter = cpi_is_alpha(phrase[0]);
    char first = letter ? (char)(phrase[0] | 0x20) : phrase[0];
    for (size_t i = 0; i + len <= n; i++) {
        if ((letter ? (char)(t[i] | 0x20) : t[i]) != first)
            continue;
        if ((i > 0 && cpi_is_alpha(t[i - 1])) ||
            (i + len < n && cpi_is_alpha(t[i + len])))
            continue;
        size_t k = 1;
        for (; k < len; k++) { /* (the same byte, or a letter in the other case) */
            char a = t[i + k], b = phrase[k];
            if (a != b && ((a | 0x20) != (b | 0x20) || !cpi_is_alpha(b)))
                break;
        }
        if (k == len)
            return i;
    }
    return SIZE_MAX;
}

/* Where the text names the program first, by its name, acronym or an
 * alias; SIZE_MAX when it does not. */
static size_t program_in(const char *t, size_t n, const cp_program *p) {
    size_t at = find_ci(t, n, p->name);
    if (p->acronym) {
        size_t a = find_ci(t, n, p->acronym);
        at = a < at ? a : at;
    }
    for (size_t i = 0; i < p->aliases.count; i++) {
        size_t a = find_ci(t, n, ((const char **)p->aliases.items)[i]);
        at = a < at ? a : at;
    }
    return at;
}

/* Does the text name the program, by its name, acronym or an alias? */
static bool names_program(const char *t, size_t n, const cp_program *p) {
    return program_in(t, n, p) != SIZE_MAX;
}

/* Does a headline's verb make the program at `at` its object ("Little Rock
 * Joins PSP as ... Winds Down", "DOJ EXPANDS OPERATION LEGEND")? */
static bool headline_object(const char *t, size_t at) {
    static const char *const VERBS[] = {"joins ", "join ", "joined ", "enters ", "launches ",
                                        "launch ", "expands ", "adds ", "names ", "selects "};
    for (size_t k = 0; k < COUNT(VERBS); k++) {
        size_t len = strlen(VERBS[k]);
        if (at < len + 1 || t[at - len - 1] != ' ')
            continue;
        size_t j = 0;
        while (j < len && (t[at - len + j] | 0x20) == VERBS[k][j])
            j++;
        if (j == len)
            return true;
    }
    return false;
}

/* Are offsets a <= b of a block in one sentence? */
static bool same_sentence(const cp_block *blk, size_t a, size_t b) {
    size_t lo = 0, hi = blk->sentence_count; /* the first sentence ending after a */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cpi_block_sentence(blk, mid)->text_end <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < blk->sentence_count && b < cpi_block_sentence(blk, lo)->text_end;
}

/* The block of a text's lead: its first paragraph of prose (within its
 * first blocks), or SIZE_MAX. */
static size_t lead_paragraph(const cp_document *doc) {
    enum { LEAD_SIZE = 150, LOOK = 10 };
    for (size_t b = 0; b < doc->block_count && b < LOOK; b++)
        if (doc->blocks[b].kind == CP_BLOCK_PARAGRAPH &&
            doc->blocks[b].text_size >= LEAD_SIZE)
            return b;
    return SIZE_MAX;
}

/* The number of blocks at the top of a text, its headline and lead: the
 * first three, or up to its first paragraph of prose when a masthead, a
 * byline and dates come before it. */
static size_t top_blocks(const cp_document *doc) {
    size_t lead = lead_paragraph(doc);
    return lead != SIZE_MAX && lead + 1 > 3 ? lead + 1 : 3;
}

/* Is the program of hit h a grant's recipient ("New Hampshire Drug Task
 * Force Receives $1.38 Million Federal Anti-Heroin Grant", "... has
 * received a $1,380,000 grant under the COPS Anti-Heroin Task Force
 * Program")? Then a text that names another program is about that one. */
static bool receives_grant(const cpi_extract *x, const cpi_hit *h) {
    static const char *const VERBS[] = {" Receives ", " receives ", " has received ",
                                        " received ", " Awarded ",  " was awarded ",
                                        " Wins ",     " wins ",     " won "};
    const cp_block *blk = &x->doc->blocks[h->block];
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size;
    if (h->end + 5 >= n || t[h->end] != ' ')
        return false;
    char c = t[h->end + 1]; /* (the verbs' first letters: most names have none after) */
    if (c != 'R' && c != 'r' && c != 'h' && c != 'A' && c != 'w' && c != 'W')
        return false;
    size_t len = cpi_prefix_at(t, n, h->end, CPI_PHRASES(VERBS));
    if (!len)
        return false;
    /* a grant (its word, in either case) within the next 80 bytes */
    size_t to = n - h->end < 80 ? n : h->end + 80;
    for (size_t q = h->end + len; q + 5 <= to; q++)
        if ((t[q] | 0x20) == 'g' && (t[q + 1] | 0x20) == 'r' &&
            (t[q + 2] | 0x20) == 'a' && (t[q + 3] | 0x20) == 'n' &&
            (t[q + 4] | 0x20) == 't')
            return true;
    return false;
}

/* Does a word start at t[at] (no letter before it)? */
static inline bool word_starts(const char *t, size_t at) {
    return at == 0 || !cpi_is_alpha(t[at - 1]);
}

/* The kind a program's name ends in, as a text refers back to it ("the
 * task force" of "Homeland Security Task Forces", "the initiative", "the
 * operation" of "Operation Legend"), into head (lower case, at most cap
 * bytes); its length, 0 when the name ends in none. */
static size_t name_kind(const char *name, char *head, size_t cap) {
    static const char *const KINDS[] = {"Task Force",  "Strike Force", "Initiative",
                                        "Partnership", "Network",      "Collaborative"};
    size_t len = strlen(name);
    if (len && name[len - 1] == 's')
        len--; /* "Homeland Security Task Forces" */
    const char *kind = NULL;
    if (strncmp(name, "Operation ", 10) == 0)
        kind = "operation";
    for (size_t k = 0; !kind && k < COUNT(KINDS); k++) {
        size_t kl = strlen(KINDS[k]);
        if (len > kl && name[len - kl - 1] == ' ' &&
            memcmp(name + len - kl, KINDS[k], kl) == 0)
            kind = KINDS[k];
    }
    size_t kl = kind ? strlen(kind) : 0;
    if (!kind || kl >= cap)
        return 0;
    for (size_t i = 0; i < kl; i++)
        head[i] = (char)(kind[i] | 0x20); /* (letters and a space) */
    return kl;
}

/* Does a program's name end in a plural kind ("Homeland Security Task
 * Forces"; an operation's name is a name, "Operation Dry Waters")? */
static inline bool plural_name(const char *name) {
    size_t len = strlen(name);
    return len > 1 && name[len - 1] == 's' && name[len - 2] != 's' &&
           strncmp(name, "Operation ", 10) != 0;
}

/* How often the document refers back to a program by its kind alone ("The
 * task force, one of dozens ...", "works with the task force") past the
 * block `from` where it is first named, up to block `to` (where another
 * of that kind is named): "the" and the kind head[0..len), in either case,
 * as words. */
static size_t kind_references(const cp_document *doc, size_t from, size_t to,
                              const char *head, size_t len) {
    size_t count = 0;
    for (size_t b = from; b < to; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        for (const char *q = t; n >= len + 4 && q <= t + n - len - 4;) {
            const char *he = memchr(q, 'h', (size_t)(t + n - len - 4 - q) + 1);
            if (!he)
                break;
            q = he + 1;
            size_t at = (size_t)(he - t); /* the "h" of "the " */
            if (at == 0 || (t[at - 1] | 0x20) != 't' || !word_starts(t, at - 1) ||
                he[1] != 'e' || he[2] != ' ')
                continue;
            size_t i = 0;
            while (i < len && (he[3 + i] | 0x20) == head[i])
                i++;
            if (i == len && (at + 3 + len == n || !cpi_is_alpha(t[at + 3 + len])))
                count++;
        }
    }
    return count;
}

/* Is p the one program named in the first `top` blocks (and named
 * there)? A text whose top names one program alone is about it, though
 * it names others as often further on (a release of awards under one
 * program that names two more in passing). */
static bool alone_at_top(const hits *programs, size_t top, const cp_program *p) {
    size_t i = 0;
    for (; i < programs->n && programs->h[i].block < top; i++) {
        const cp_program *q = programs->h[i].entity;
        while (q->parent)
            q = q->parent;
        if (q != p)
            return false;
    }
    return i > 0;
}

/* The one program the top of a text (blocks before `top`) introduces as
 * the name of its case ("was known as Operation X", "dubbed", "code-named"),
 * or NULL (none, or two). */
static cp_program *case_named(const cp_document *doc, const hits *programs, size_t top) {
    static const char *const NAMING[] = {"code-named ", "dubbed ", "known as "};
    cp_program *found = NULL;
    for (size_t i = 0; i < programs->n && programs->h[i].block < top; i++) {
        const cpi_hit *h = &programs->h[i];
        const char *t = cpi_block_text(&doc->blocks[h->block]);
        bool naming = false;
        for (size_t k = 0; k < COUNT(NAMING) && !naming; k++)
            naming = cpi_ends_with(t, h->start, NAMING[k]) != 0;
        if (!naming)
            continue;
        if (found && found != h->entity)
            return NULL;
        found = h->entity;
    }
    return found;
}

/* The program named most often (a name in the headline and lead, see
 * top_blocks, counts twice; ties: the one named first; a component counts
 * for its parent) into *out; false when out of memory. Named once, past
 * the lead, it is what the text is about only there and in the block after
 * (*about_to: the first block past them; else SIZE_MAX): "Baton Rouge joined
 * the Partnership in 2017" in a story of troops does not make the story's
 * later places the Partnership's. */
static bool main_program(const cpi_extract *x, const hits *programs, cp_program **out,
                         size_t *about_to) {
    *out = NULL;
    *about_to = SIZE_MAX;
    size_t n = programs->n;
    if (n == 0)
        return true;
    size_t top = top_blocks(x->doc);
    /* (a lead past a masthead that names no program, "... announced
     * $22,350,000 in grants that will add 298 officers", leaves it to the
     * first sentence of the paragraph after: "The money comes through the
     * COPS Universal Hiring Program") */
    size_t lead = lead_paragraph(x->doc);
    const cpi_hit *first_named = &programs->h[0];
    if (lead != SIZE_MAX && first_named->block == lead + 1 && lead + 1 >= top &&
        x->doc->blocks[lead + 1].kind == CP_BLOCK_PARAGRAPH &&
        (x->doc->blocks[lead + 1].sentence_count == 0 ||
         first_named->end <= cpi_block_sentence(&x->doc->blocks[lead + 1], 0)->text_end))
        top = lead + 2;
    named local[LOCAL_NAMES];
    named *ns = room_for(x, local, LOCAL_NAMES, n, sizeof *ns);
    if (!ns)
        return false;
    for (size_t i = 0; i < n; i++) {
        ns[i].program = programs->h[i].entity;
        ns[i].first = i;
    }
    sort_named(ns, n);
    cp_program *best = NULL;
    size_t best_count = 0, best_first = SIZE_MAX;
    size_t total = 0, distinct = 0; /* all programs' counts, and how many have one */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ns[j].program == ns[i].program)
            j++;
        size_t count = 0, first = ns[i].first; /* runs are sorted by position */
        bool recipient = false;
        for (size_t k = i; k < j; k++) {
            const cpi_hit *h = &programs->h[ns[k].first];
            /* "... Network (NIBIN)": an acronym defined with the name is
             * no second mention */
            if (k > i) {
                const cpi_hit *before = &programs->h[ns[k - 1].first];
                if (before->block == h->block && h->start <= before->end + 2)
                    continue;
                /* nor is the name again in the same sentence ("the Weed and
                 * Seed area ... designated it a Weed and Seed site") */
                if (before->block == h->block &&
                    same_sentence(&x->doc->blocks[h->block], before->start, h->start))
                    continue;
            }
            count += h->block < top ? 2 : 1; /* the top of a text says what it is about */
            if (receives_grant(x, h))
                recipient = true;
        }
        if (recipient && n > j - i)
            count = 0; /* (another program of the text funds it) */
        /* a text of several programs that refers back to one by its kind
         * ("The task force ...") is about it as often, when no other of
         * them is of that kind before it: up to where another is named */
        char head[16];
        size_t head_len =
            n > j - i && count ? name_kind(ns[i].program->name, head, sizeof head) : 0;
        bool unique = head_len > 0;
        bool singular = head_len && !plural_name(ns[i].program->name);
        size_t to = x->doc->block_count;
        for (size_t k = 0; unique && k < n; k++) {
            char other[16];
            const cp_program *o = programs->h[k].entity;
            /* (a plural, "one of the regional firearms trafficking strike
             * forces", is not what "the strike force" refers back to) */
            bool same_kind = o != ns[i].program &&
                             name_kind(o->name, other, sizeof other) == head_len &&
                             memcmp(other, head, head_len) == 0 &&
                             !(singular && plural_name(o->name));
            if (same_kind && k < first)
                unique = false;
            else if (same_kind) {
                to = programs->h[k].block; /* (hits in text order: the first) */
                break;
            }
        }
        if (unique && to > programs->h[first].block)
            count +=
                kind_references(x->doc, programs->h[first].block, to, head, head_len);
        if (!ns[i].program->parent) { /* (a component is part of its program) */
            total += count;
            distinct += count > 0;
        }
        if (count > best_count || (count == best_count && first < best_first)) {
            best = ns[i].program;
            best_count = count;
            best_first = first;
        }
        i = j;
    }
    /* a headline that names one of them (named in the body too: a
     * headline's own wording is less sure to be a name) says what the text
     * is about */
    const char *title = x->doc->title;
    cp_program *headline = NULL;
    size_t in_headline = 0;
    for (size_t i = 0; i < n && title; i++) {
        cp_program *p = ns[i].program;
        if ((i > 0 && ns[i - 1].program == p) || (headline && p == headline))
            continue;
        bool in_body = false, recipient = false;
        for (size_t k = i; k < n && ns[k].program == p; k++) {
            const cpi_hit *h = &programs->h[ns[k].first];
            in_body |= cpi_block_text(&x->doc->blocks[h->block]) != title;
            recipient |= receives_grant(x, h);
        }
        if (in_body && !recipient && names_program(title, strlen(title), p)) {
            /* a program and its component count as one: the program */
            if (!headline || (p->parent != headline && headline->parent != p))
                in_headline++;
            if (!headline || headline->parent == p)
                headline = p;
        }
    }
    /* a top that names its story's case ("The case ... was known as
     * Operation River Crossing") is about that one, whatever else it names
     * on the way */
    cp_program *named_case = in_headline ? NULL : case_named(x->doc, programs, top);
    if (in_headline == 1)
        best = headline;
    else if (named_case)
        best = named_case;
    /* a text that weighs three programs or more, none of them a third of
     * its mentions (an essay on past and present strategies, a roundup),
     * is about none of them: its places are linked sentence by sentence */
    else if (distinct >= 3 && best_count * 3 < total &&
             !alone_at_top(programs, top, best))
        best = NULL;
    /* nor is a text that names two programs or more once each, past its
     * lead (a story of troops that names the operations it touches) */
    else if (distinct >= 2 && best_count == 1)
        best = NULL;
    /* several named: the one a verb makes the headline's object */
    for (size_t i = 0; in_headline > 1 && i < n; i++) {
        cp_program *p = ns[i].program;
        if (i > 0 && ns[i - 1].program == p)
            continue;
        size_t at = program_in(title, strlen(title), p);
        if (at != SIZE_MAX && headline_object(title, at)) {
            best = p;
            break;
        }
    }
    room_free(x, local, ns);
    if (best && best_count == 1 && in_headline != 1)
        *about_to = programs->h[best_first].block + 2;
    while (best && best->parent)
        best = (cp_program *)best->parent;
    *out = best;
    return true;
}

/* The program named most often among the hits [lo, hi), a program and its
 * components counting as the program; ties go to the one named first.
 * `ns` is room for hi - lo entries. NULL when none is named. */
static cp_program *most_named(const hits *programs, size_t lo, size_t hi, named *ns) {
    size_t n = 0;
    for (size_t i = lo; i < hi; i++) {
        cp_program *p = programs->h[i].entity;
        while (p->parent)
            p = (cp_program *)p->parent;
        ns[n].program = p;
        ns[n++].first = i;
    }
    sort_named(ns, n);
    cp_program *best = NULL;
    size_t best_count = 0, best_first = SIZE_MAX;
    for (size_t i = 0; i < n;) {
        size_t j = i, count = 0;
        for (; j < n && ns[j].program == ns[i].program; j++)
            count++;
        if (count > best_count || (count == best_count && ns[i].first < best_first)) {
            best = ns[i].program;
            best_count = count;
            best_first = ns[i].first;
        }
        i = j;
    }
    return best;
}

/* Is there a blank line in the bytes [from, to)? */
static bool blank_line_between(const cp_document *doc, size_t from, size_t to) {
    bool line_ended = false;
    for (size_t i = from; i < to && i < doc->size; i++) {
        char c = doc->bytes[i];
        if (c == '\n') {
            if (line_ended)
                return true;
            line_ended = true;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            line_ended = false;
        }
    }
    return false;
}

/* Is block b a numbered item standing alone over prose, as the headings
 * of a countdown or a newsletter ("10. Suffolk hires its first violence
 * interrupters", then a paragraph): one short line without a final stop,
 * a list of its own (blank lines around it), and a paragraph or a
 * bulleted item after it? */
enum { HEADING_ITEM_MAX = 100 };
static bool heading_item(const cp_document *doc, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    if (blk->kind != CP_BLOCK_LIST_ITEM || blk->text_size == 0 ||
        blk->text_size > HEADING_ITEM_MAX || blk->sentence_count != 1 || !doc->bytes ||
        blk->end >= doc->size || !cpi_is_digit(doc->bytes[blk->start]) ||
        b + 1 >= doc->block_count)
        return false;
    const cp_block *next = &doc->blocks[b + 1];
    char last = cpi_block_text(blk)[blk->text_size - 1];
    if (last == '.' || last == ';' || last == ',' ||
        !(next->kind == CP_BLOCK_PARAGRAPH ||
          (next->kind == CP_BLOCK_LIST_ITEM && next->start < doc->size &&
           !cpi_is_digit(doc->bytes[next->start]))))
        return false;
    return blank_line_between(doc, blk->end, next->start) &&
           (b == 0 || blank_line_between(doc, doc->blocks[b - 1].end, blk->start));
}

/* Is block b a numbered heading ("2. COPS grants", "3) Where the money
 * went"): one of a text's numbered parts, as a numbered item standing
 * alone is (heading_item)? */
static bool numbered_heading(const cp_document *doc, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size, i = 0;
    if (blk->kind != CP_BLOCK_HEADING || n < 4 || !cpi_is_digit(t[0]))
        return false;
    while (i < 2 && i < n && cpi_is_digit(t[i]))
        i++;
    return i + 2 < n && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ' &&
           cpi_is_alpha(t[i + 2]);
}

/* Is block b a short heading in capitals that opens with a place (site
 * hits `sites`), over a story: a briefs column's ("ALLENTOWN" over "City
 * wins federal grant ...")? */
static bool capitals_heading(const cp_document *doc, const hits *sites, size_t b) {
    enum { CAPITALS_MAX = 40 };
    const cp_block *blk = &doc->blocks[b];
    if (blk->kind != CP_BLOCK_HEADING || blk->text_size < 3 ||
        blk->text_size > CAPITALS_MAX || b + 1 >= doc->block_count ||
        doc->blocks[b + 1].kind == CP_BLOCK_HEADING)
        return false;
    size_t k = lower_bound(sites, b, 0);
    if (k == sites->n || sites->h[k].block != b || sites->h[k].start != 0)
        return false;
    const char *t = cpi_block_text(blk);
    for (size_t i = 0; i < blk->text_size; i++)
        if (cpi_is_lower(t[i]))
            return false;
    return true;
}

/* Is block b a live blog's entry heading, its time then its title ("2:50
 * p.m. - Body cameras: Tacoma and Lakewood get federal money")? */
static bool timestamp_heading(const cp_document *doc, size_t b) {
    enum { TITLE_MAX = 100 };
    const cp_block *blk = &doc->blocks[b];
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size, i = 0;
    if (n > TITLE_MAX || b + 1 >= doc->block_count || n < 10 || !cpi_is_digit(t[0]))
        return false;
    while (i < n && i < 2 && cpi_is_digit(t[i]))
        i++;
    if (i + 4 >= n || t[i] != ':' || !cpi_is_digit(t[i + 1]) || !cpi_is_digit(t[i + 2]) ||
        t[i + 3] != ' ')
        return false;
    i += 4;
    static const char *const MERIDIEM[] = {"a.m. - ", "p.m. - ", "am - ",
                                           "pm - ",   "AM - ",   "PM - "};
    for (size_t k = 0; k < sizeof MERIDIEM / sizeof MERIDIEM[0]; k++)
        if (cpi_starts_with(t, n, i, MERIDIEM[k]))
            return true;
    return false;
}

/* Where the title of block b ends: all of a heading or of a numbered item
 * standing alone (heading_item); a bold lead-in's first sentence, in a
 * paragraph or a list item ("**Launching the Police Data Initiative.** The
 * first group ..."); else 0. */
static inline size_t title_end(const cp_document *doc, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    if (blk->kind == CP_BLOCK_HEADING ||
        (blk->kind == CP_BLOCK_LIST_ITEM && doc->bytes && blk->start < doc->size &&
         cpi_is_digit(doc->bytes[blk->start]) && heading_item(doc, b)) ||
        (blk->kind == CP_BLOCK_PARAGRAPH && blk->text_size &&
         cpi_is_digit(cpi_block_text(blk)[0]) && timestamp_heading(doc, b)))
        return blk->text_size; /* (most items are bulleted: no call) */
    if ((blk->kind != CP_BLOCK_PARAGRAPH && blk->kind != CP_BLOCK_LIST_ITEM) || !doc->bytes ||
        blk->sentence_count < 2 || blk->text_size == 0)
        return 0;
    /* the text opens in bold ("- **Weed and Seed.** The ..."): "**" just
     * before where its first letter stands */
    size_t at = cp_block_original_start(blk, 0);
    if (at < 2 || at > doc->size || doc->bytes[at - 1] != '*' || doc->bytes[at - 2] != '*')
        return 0;
    return cpi_block_sentence(blk, 0)->text_end;
}

/* May block blk have a title (title_end)? Only a heading, a paragraph or
 * a list item of two sentences or more, or a short item or paragraph
 * (heading_item, timestamp_heading) may: most blocks are passed on that. */
static inline bool may_have_title(const cp_block *blk) {
    return blk->kind == CP_BLOCK_HEADING ||
           (blk->sentence_count >= 2 &&
            (blk->kind == CP_BLOCK_PARAGRAPH || blk->kind == CP_BLOCK_LIST_ITEM)) ||
           ((blk->kind == CP_BLOCK_LIST_ITEM || blk->kind == CP_BLOCK_PARAGRAPH) &&
            blk->text_size <= HEADING_ITEM_MAX);
}

/* Is the title t[0..n) ("Defending Childhood.", "The Weed and Seed
 * Program:") the beginning of the program's name, in whole words and at
 * least two of them: a short name a bold lead-in gives its section? */
static bool title_begins_name(const char *t, size_t n, const cp_program *p) {
    while (n > 0 && (t[n - 1] == '.' || t[n - 1] == ':' || t[n - 1] == ' '))
        n--;
    if (n > 4 && (t[0] | 0x20) == 't' && (t[1] | 0x20) == 'h' && (t[2] | 0x20) == 'e' &&
        t[3] == ' ') {
        t += 4;
        n -= 4;
    }
    const char *name = p->name;
    if (!memchr(t, ' ', n) || strlen(name) <= n || cpi_is_alpha(name[n]))
        return false;
    for (size_t k = 0; k < n; k++)
        if ((t[k] | 0x20) != (name[k] | 0x20) || (!cpi_is_alpha(t[k]) && t[k] != name[k]))
            return false;
    return true;
}

/* The program whose name the title of block b (ending at `end`) begins,
 * named in the block's text after it ("**Defending Childhood.** The
 * Attorney General's Defending Childhood Initiative helps ..."); NULL when
 * none. */
static cp_program *title_short_name(const cp_document *doc, const hits *programs, size_t b,
                                    size_t end) {
    const char *t = cpi_block_text(&doc->blocks[b]);
    for (size_t k = lower_bound(programs, b, end); k < programs->n && programs->h[k].block == b;
         k++)
        if (title_begins_name(t, end, programs->h[k].entity))
            return programs->h[k].entity;
    return NULL;
}

/* Does block b start a section: a Markdown heading ("### 3. Marshals wrap
 * up ...") or a headline in bold ("**Peoria outreach grant**"), or a
 * heading or bold lead-in that names a program ("COPS FAST AWARDS"), or a
 * bold lead-in that begins the name of a program its text names? (A
 * heading in capitals alone may be a wrapped line of a transcript.) */
static bool starts_section(const cp_document *doc, const hits *programs,
                           const hits *sites, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    size_t end = title_end(doc, b);
    if (end == 0)
        return false;
    if ((blk->kind == CP_BLOCK_HEADING && doc->bytes && blk->start + 1 < doc->size &&
         (doc->bytes[blk->start] == '#' ||
          (doc->bytes[blk->start] == '*' && doc->bytes[blk->start + 1] == '*'))) ||
        heading_item(doc, b) || numbered_heading(doc, b) ||
        capitals_heading(doc, sites, b) || timestamp_heading(doc, b))
        return true;
    size_t k = lower_bound(programs, b, 0);
    if (k < programs->n && programs->h[k].block == b && programs->h[k].start < end)
        return true;
    return blk->kind != CP_BLOCK_HEADING && title_short_name(doc, programs, b, end);
}

/* Is p (or a component of it) named among the hits [lo, hi)? */
static bool named_in(const hits *programs, size_t lo, size_t hi, const cp_program *p) {
    for (size_t i = lo; i < hi; i++) {
        const cp_program *q = programs->h[i].entity;
        if (q == p || q->parent == p)
            return true;
    }
    return false;
}

/* Does a block of [first, next) refer to a program by its kind ("the
 * operation", "the task force", ...)? */
static bool refers_by_kind(const cp_document *doc, size_t first, size_t next) {
    static const char *const KINDS[] = {"initiative", "operation",    "partnership",
                                        "program",    "strike force", "task force"};
    for (size_t b = first; b < next; b++) {
        const cp_block *blk = &doc->blocks[b];
        const char *t = cpi_block_text(blk);
        size_t n = blk->text_size;
        for (const char *q = memchr(t, 't', n); q;
             q = memchr(q + 1, 't', (size_t)(t + n - q - 1))) {
            size_t at = (size_t)(q - t);
            if (at + 4 < n && memcmp(q, "the ", 4) == 0 &&
                (at == 0 || !cpi_is_alpha(t[at - 1])) &&
                cpi_phrase_at(t, n, at + 4, CPI_PHRASES(KINDS)))
                return true;
        }
    }
    return false;
}

/* A text in sections under headings of their own, each about a program of
 * its own (a roundup of news items, award tables by program): each block's
 * section program (NULL: a section about none) into per_block[], and true.
 * False when the text is about one program throughout (per_block is then
 * not filled), or when out of memory (*nomem). `headings_only`: only
 * headings that name programs make sections (not items, places or times
 * over prose). */
static bool section_programs(const cpi_extract *x, const hits *programs, cp_program *main,
                             cp_program **per_block, bool headings_only, bool *nomem) {
    const cp_document *doc = x->doc;
    const hits sites = {x->site_hits, x->site_hit_count};
    *nomem = false;
    named local[LOCAL_NAMES];
    named *ns = room_for(x, local, LOCAL_NAMES, programs->n ? programs->n : 1, sizeof *ns);
    if (!ns) {
        *nomem = true;
        return false;
    }
    /* sections whose headings name programs, and different ones, make a
     * text of several topics; the section of a heading that names none is
     * about what it names most, if anything */
    size_t distinct = 0;
    cp_program *last = NULL;
    /* ... and so do a digest's headlines in bold or Markdown, numbered
     * items over prose (heading_item), a briefs column's places
     * (capitals_heading) and a live blog's times (timestamp_heading)
     * whose sections name different programs: three or more, with those
     * the headings name */
    size_t items_distinct = 0;
    cp_program *last_item = NULL;
    for (size_t first = 0; first < doc->block_count;) {
        size_t next = first + 1;
        /* (a section that a list item's title opens, with more of the
         * item after it, "- **Ghost guns.** Police traced ...", ends with
         * its list: the prose after the list is no part of the last item;
         * an item that is a title alone, "3. Akron gets a grant", heads
         * the prose after it) */
        size_t opening;
        bool item = doc->blocks[first].kind == CP_BLOCK_LIST_ITEM &&
                    (opening = title_end(doc, first)) > 0 &&
                    opening < doc->blocks[first].text_size;
        while (next < doc->block_count &&
               !(may_have_title(&doc->blocks[next]) &&
                 starts_section(doc, programs, &sites, next)) &&
               !(item && doc->blocks[next].kind != CP_BLOCK_LIST_ITEM))
            next++;
        size_t lo = lower_bound(programs, first, 0), hi = lower_bound(programs, next, 0);
        size_t title = title_end(doc, first);
        size_t heading_hi = title ? lower_bound(programs, first, title) : lo;
        cp_program *p = NULL;
        if (title && doc->blocks[first].kind != CP_BLOCK_HEADING && heading_hi == lo)
            p = title_short_name(doc, programs, first, title);
        if (p)
            while (p->parent)
                p = (cp_program *)p->parent;
        if (heading_hi > lo || p) {
            if (!p)
                p = most_named(programs, lo, heading_hi, ns);
            if (p != last)
                distinct++;
            last = p;
        } else {
            p = most_named(programs, lo, hi, ns);
            /* (a section that names its program only inside its list, past the
             * first item, "- Hinds County: ... the county's PSP plan" among
             * the text's recipients, goes on about the text's) */
            size_t list = first + 1; /* (past its head: "3. Akron gets a grant") */
            while (list < next && doc->blocks[list].kind != CP_BLOCK_LIST_ITEM)
                list++;
            if (p && main && p != main && list + 1 < next &&
                !named_in(programs, lo, lower_bound(programs, list + 1, 0), p))
                p = main;
            /* (a section that names none but one by its kind, "the
             * operation would expand to Chicago", goes on about the text's
             * program, else the one of the section before it) */
            if (!p && refers_by_kind(doc, first, next))
                p = main ? main : first > 0 ? per_block[first - 1] : NULL;
            if (p && p != last_item &&
                (doc->blocks[first].kind == CP_BLOCK_HEADING ||
                 heading_item(doc, first) || numbered_heading(doc, first) ||
                 capitals_heading(doc, &sites, first) || timestamp_heading(doc, first))) {
                items_distinct++;
                last_item = p;
            }
        }
        for (size_t b = first; b < next; b++)
            per_block[b] = p;
        first = next;
    }
    room_free(x, local, ns);
    return distinct >= 2 || (!headings_only && distinct + items_distinct >= 3);
}

/* Does the place ending at `end` receive something: "Ohio will receive $6.7
 * million", "California's award"? */
static bool receives(const char *t, size_t n, size_t end) {
    static const char *const AFTER[] = {" will receive ", " receives ",     " received ",
                                        " was awarded ",  " is awarded ",   " will get ",
                                        "'s award ",      "'s state award ", "'s share "};
    if (end >= n || (t[end] != ' ' && t[end] != '\''))
        return false;
    for (size_t k = 0; k < sizeof AFTER / sizeof AFTER[0]; k++)
        if (cpi_starts_with(t, n, end, AFTER[k]))
            return true;
    return false;
}

/* ... or is it in a list of names that receive it together ("Vermont,
 * Wyoming and North Dakota each received the minimum")? The list's next
 * names (capitalised words after ", ", ", and " or " and "), then "each",
 * "all" or "both" and a verb of receiving. */
static bool list_receives(const char *t, size_t n, size_t end) {
    enum { ITEMS = 8, NAME_MAX = 40 };
    static const char *const JOINTS[] = {", and ", ", ", " and "};
    static const char *const TOGETHER[] = {" each", " all", " both"};
    for (size_t item = 0; item < ITEMS; item++) {
        size_t j = 0;
        for (size_t k = 0; k < sizeof JOINTS / sizeof JOINTS[0] && !j; k++)
            j = cpi_starts_with(t, n, end, JOINTS[k]);
        if (!j) {
            for (size_t k = 0; k < sizeof TOGETHER / sizeof TOGETHER[0]; k++) {
                size_t w = cpi_starts_with(t, n, end, TOGETHER[k]);
                if (w && receives(t, n, end + w))
                    return true;
            }
            return false;
        }
        size_t p = end + j;
        if (p >= n || !cpi_is_upper(t[p]))
            return false;
        /* the item's capitalised words ("North Dakota"; a name's length at
         * most: each place asks) */
        size_t stop = n - p > NAME_MAX ? p + NAME_MAX : n;
        for (end = p;
             end < stop && (cpi_is_alpha(t[end]) || t[end] == '.' ||
                            (t[end] == ' ' && end + 1 < n && cpi_is_upper(t[end + 1])));)
            end++;
    }
    return false;
}

/* A phrase and its length, for lists read backwards from a place. */
typedef struct tail_phrase {
    const char *s;
    size_t len;
} tail_phrase;
#define TAIL(p) {p, sizeof(p) - 1}
/* A set of bytes by their low six bits, LAST('n') | LAST('f'): it may
 * hold bytes not put in (',' and 'l' are one), never lose one. */
#define LAST(c) (UINT64_C(1) << ((unsigned char)(c) & 63))

/* A phrase's four bytes before its space (at least five bytes long), the
 * last first, as one number: lists are sorted by it. */
static inline uint32_t tail_key(const char *s, size_t len) {
    const unsigned char *u = (const unsigned char *)s + len - 5;
    return (uint32_t)u[3] << 24 | (uint32_t)u[2] << 16 | (uint32_t)u[1] << 8 | u[0];
}

/* Does a phrase of the list (each ending in a space, sorted by tail_key)
 * end at `start`, itself starting a word? `lasts` holds the letter before
 * each phrase's space, `befores` the byte before that one (debug builds
 * check both and the order). Tried at every place named: the two bytes
 * before the place's space rule out most lists at once ("the Tulsa area"),
 * and a binary search on four finds the few phrases of the others that
 * end so (dozens end in " in " or " from "). */

static inline bool phrase_before(const char *t, size_t start, const tail_phrase *phrases,
                                 size_t count, uint64_t lasts, uint64_t befores) {
#ifndef NDEBUG
    for (size_t k = 0; k < count; k++)
        assert(phrases[k].len >= 5 && (lasts & LAST(phrases[k].s[phrases[k].len - 2])) &&
               (befores & LAST(phrases[k].s[phrases[k].len - 3])) &&
               (k == 0 || tail_key(phrases[k - 1].s, phrases[k - 1].len) <=
                              tail_key(phrases[k].s, phrases[k].len)));
#endif
    if (start < 5 || t[start - 1] != ' ' || !(lasts & LAST(t[start - 2])) ||
        !(befores & LAST(t[start - 3])))
        return false; /* (every phrase has a letter before its space, and one more) */
    /* the phrases ending in those four bytes: sorted together, found by
     * a binary search */
    uint32_t key = tail_key(t + start - 5, 5);
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tail_key(phrases[mid].s, phrases[mid].len) < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < count && tail_key(phrases[k].s, phrases[k].len) == key; k++) {
        size_t len = phrases[k].len;
        const char *s = phrases[k].s;
        if (len > start)
            continue;
        size_t j = len - 5; /* the rest, from its end: endings differ most */
        while (j > 0 && t[start - len + j - 1] == s[j - 1])
            j--;
        if (j == 0 && (len == start || !cpi_is_alpha(t[start - len - 1])))
            return true; /* (a word's start: "34-year-old Elko" too) */
    }
    return false;
}

/* A set of lower-case letters, FIRST('f') | FIRST('p'): the first letters
 * of a list of phrases. */
#define FIRST(c) (UINT32_C(1) << ((c) - 'a'))

/* Does one of `phrases` start at t[i] and end by `to`? */
static inline bool phrase_starts(const char *t, size_t i, size_t to, const tail_phrase *phrases,
                                 size_t count) {
    for (size_t k = 0; k < count; k++) {
        size_t len = phrases[k].len;
        if (phrases[k].s[0] == t[i] && len <= to - i && memcmp(t + i, phrases[k].s, len) == 0)
            return true;
    }
    return false;
}

/* The phrases of a list (bits, indices in it) by their first and second
 * bytes (their low five bits): only those two bytes' few are compared. */
typedef struct phrase_index {
    uint64_t of_first[32], of_second[32];
} phrase_index;
#define PHRASE_BIT(k) (UINT64_C(1) << (k))
#define PHRASE_KEY(c) [(c) & 31]

#ifndef NDEBUG
/* Does `index` hold each phrase of the list under its two bytes, and no
 * other? */
static bool phrase_index_ok(const tail_phrase *phrases, size_t count, const phrase_index *index) {
    if (count > 64)
        return false;
    for (unsigned key = 0; key < 32; key++) {
        uint64_t firsts = 0, seconds = 0;
        for (size_t k = 0; k < count; k++) {
            if (((unsigned char)phrases[k].s[0] & 31) == key)
                firsts |= UINT64_C(1) << k;
            if (((unsigned char)phrases[k].s[1] & 31) == key)
                seconds |= UINT64_C(1) << k;
        }
        if (index->of_first[key] != firsts || index->of_second[key] != seconds)
            return false;
    }
    return true;
}
#endif

/* phrase_starts by the list's index (debug builds check it): does one of
 * `phrases` start at t[i] and end by `to`? */
static inline bool indexed_phrase_starts(const char *t, size_t i, size_t to,
                                         const tail_phrase *phrases, size_t count,
                                         const phrase_index *index) {
    assert(phrase_index_ok(phrases, count, index));
    (void)count;
    if (to - i < 2)
        return false; /* (every phrase is longer) */
    uint64_t which = index->of_first[(unsigned char)t[i] & 31] &
                     index->of_second[(unsigned char)t[i + 1] & 31];
    for (; which; which &= which - 1) {
        const tail_phrase *p = &phrases[cpi_lowest_bit(which)];
        if (p->len <= to - i && memcmp(t + i, p->s, p->len) == 0)
            return true;
    }
    return false;
}

/* Does one of `phrases` stand in t[from, to), at a word's start? Each
 * starts with a lower-case letter of `firsts` (debug builds check): most
 * bytes are turned away by that and by not starting a word. */
static bool phrase_within(const char *t, size_t from, size_t to, const tail_phrase *phrases,
                          size_t count, uint32_t firsts) {
#ifndef NDEBUG
    for (size_t k = 0; k < count; k++)
        assert(cpi_is_lower(phrases[k].s[0]) && (firsts & FIRST(phrases[k].s[0])));
#endif
    for (size_t i = from; i < to; i++) {
        unsigned c = (unsigned)(unsigned char)t[i] - 'a';
        if (c < 26 && ((firsts >> c) & 1) && (i == 0 || !cpi_is_alpha(t[i - 1])) &&
            phrase_starts(t, i, to, phrases, count))
            return true;
    }
    return false;
}

/* Is the place at `start` a point of comparison ("three times that of New
 * York City", "higher than Chicago's", "compared with Denver", "four times
 * the rate in Nashville", "our comparison city, Kansas City", "as far away
 * as Atlanta", "than either Baton Rouge", "than the rate in Philadelphia",
 * "compared with 7 percent in Houston", "By comparison, Lake Charles", "the
 * comparison cities - Clarksville, Tenn.; Topeka, Kan.", "two cities
 * outside the program, Dayton, Ohio, and Tacoma"), a price there
 * ("a pill that costs $5 in Seattle"), where the displaced go ("some will
 * end up in Southaven"), a
 * mass killing's place ("weeks after the massacres in Buffalo"), a
 * person's home ("who grew up in Warren", "a native of Flint", "began his
 * career in Columbia", "a 19-year-old from Southaven", "fugitives from
 * Denver", "Most lived in Gary"), a legislator's district ("I represent
 * Belleville", "my district in Memphis"), an office's seat ("the U.S.
 * Attorney in Denver", "the FBI's field office in Omaha"), the scope of a rank ("the only
 * one in Georgia", "one of the first cities in Kansas", "the largest city in Iowa"), a
 * place still to consider ("urged the agency to consider Milwaukee"), a
 * source ("according to Winnebago County figures"), one set apart ("Albany,
 * Georgia -- not Albany, New York"), one consulted ("put
 * us in touch with Camden", "lessons from Oakland") or one a model might
 * come to ("could be repeated in Chicago", "could be applied next to
 * Chicago")? */
static inline bool compared_or_home(const char *t, size_t start) {
    static const tail_phrase BEFORE[] = {
        /* sorted by tail_key */
        TAIL("outside the program, "),
        TAIL("By comparison, "),
        TAIL("In comparison, "),
        TAIL("comparison group, "),
        TAIL("comparison cities, "),
        TAIL("comparison city, "),
        TAIL("comparison cities - "),
        TAIL("comparison city - "),
        TAIL("comparison cities: "),
        TAIL("unlike "),
        TAIL("Unlike "),
        TAIL("those of "),
        TAIL("native of "),
        TAIL("times the rate of "),
        TAIL("the size of "),
        TAIL("hometown of "),
        TAIL("residents of "),
        TAIL("that of "),
        TAIL("compared with "),
        TAIL("in touch with "),
        TAIL("moved from "),
        TAIL("learned from "),
        TAIL("lessons from "),
        TAIL("year-old from "),
        TAIL("fugitives from "),
        TAIL("peers from "),
        TAIL("visitors from "),
        TAIL("delegation from "),
        TAIL("counterparts from "),
        TAIL("donors from "),
        TAIL("than "),
        TAIL("raised in "),
        TAIL("lived in "),
        TAIL("resided in "),
        TAIL("be repeated in "),
        TAIL("be replicated in "),
        TAIL("times the rate in "),
        TAIL("than the rate in "),
        TAIL("times the price in "),
        TAIL("as people in "),
        TAIL("as anyone in "),
        TAIL("only one in "),
        TAIL("Attorney's Office in "),
        TAIL("field office in "),
        TAIL("attorney's office in "),
        TAIL("massacre in "),
        TAIL("shooting in "),
        TAIL("level in "),
        TAIL("born in "),
        TAIL("than in "),
        TAIL("grew up in "),
        TAIL("end up in "),
        TAIL("ended up in "),
        TAIL("ends up in "),
        TAIL("career in "),
        TAIL("than the rates in "),
        TAIL("levels in "),
        TAIL("first cities in "),
        TAIL("largest cities in "),
        TAIL("lives in "),
        TAIL("resides in "),
        TAIL("counterparts in "),
        TAIL("donors in "),
        TAIL("massacres in "),
        TAIL("represent in "),
        TAIL("my district in "),
        TAIL("not in "),
        TAIL("only city in "),
        TAIL("Attorney in "),
        TAIL("first city in "),
        TAIL("largest city in "),
        TAIL("compared to "),
        TAIL("be applied to "),
        TAIL("according to "),
        TAIL("applied next to "),
        TAIL("second only to "),
        TAIL("to consider "),
        TAIL("than either "),
        TAIL("same size as "),
        TAIL("as different as "),
        TAIL("as far away as "),
        TAIL("comparison cities "),
        TAIL("who represents "),
        TAIL("I represent "),
        TAIL("but not "),
        TAIL("- not "),
        TAIL("comparison city "),
    };
    const uint64_t lasts = LAST('n') | LAST('f') | LAST('h') | LAST('o') | LAST('e') |
                           LAST('m') | LAST('s') | LAST('y') | LAST(',') | LAST('r') |
                           LAST('-') | LAST(':') | LAST('t');
    const uint64_t befores = LAST('a') | LAST('e') | LAST('i') | LAST('k') | LAST('n') |
                             LAST('o') | LAST('s') | LAST('t') | LAST('y') | LAST(' ') |
                             LAST('p') | LAST('m');
    static const tail_phrase AS_IN[] = {TAIL("as in ")};
    /* "as in Oakland", but not "as well as in Richfield" */
    if (phrase_before(t, start, CPI_PHRASES(AS_IN), LAST('n'), LAST('i')) &&
        !cpi_ends_with(t, start, "well as in "))
        return true;
    /* "compared with 7 percent in Houston": the comparison a few words back;
     * "a pill that costs $5 in Seattle": a price there */
    static const tail_phrase COMPARED[] = {TAIL("compared with "), TAIL("compared to "),
                                           TAIL("costs $"),        TAIL("cost $"),
                                           TAIL("sells for $"),    TAIL("sell for $"),
                                           TAIL("sold for $"),     TAIL("goes for $")};
    if (start >= 4 && memcmp(t + start - 4, " in ", 4) == 0 &&
        phrase_within(t, start > 36 ? start - 36 : 0, start - 4, CPI_PHRASES(COMPARED),
                      FIRST('c') | FIRST('s') | FIRST('g')))
        return true;
    return phrase_before(t, start, CPI_PHRASES(BEFORE), lasts, befores);
}

/* Is the place at `start` a landmark that locates another ("Lake County,
 * Indiana, east of Chicago")? Unlike a comparison, the places listed after
 * it are not passed over with it. */
static bool locator_before(const char *t, size_t start) {
    static const tail_phrase BEFORE[] = { /* sorted by tail_key */
        TAIL("north of "), TAIL("south of "), TAIL("east of "), TAIL("west of "),
        TAIL("northeast of "), TAIL("northwest of "), TAIL("southeast of "),
        TAIL("southwest of "),
    };
    return phrase_before(t, start, CPI_PHRASES(BEFORE), LAST('f'), LAST('o'));
}

/* Is the place at `start` one a text proposes to ask or urge ("I would ask
 * Modesto ... to run joint academies with us", "would ask the Chatham
 * County Commission for $90,000")? A proposal, not a member. */
static bool addressed_before(const char *t, size_t start) {
    static const tail_phrase BEFORE[] = {
        /* sorted by tail_key */
        TAIL("would urge "),   TAIL("will urge "),  TAIL("would ask the "),
        TAIL("will ask the "), TAIL("would ask "),  TAIL("will ask "),
        TAIL("could ask "),    TAIL("should ask "),
    };
    return phrase_before(t, start, CPI_PHRASES(BEFORE), LAST('e') | LAST('k'),
                         LAST('g') | LAST('h') | LAST('s'));
}

/* Where the words before the place at `start` end past "the" and a
 * government's words ("the Town of Hempstead", "the city of Yonkers"):
 * what is said of the place is said before them. */
static size_t before_government(const char *t, size_t start) {
    static const char *const GOVERNMENTS[] = {"Borough of ", "City of ", "Town of ",
                                              "borough of ", "city of ", "town of "};
    size_t at = start;
    for (size_t k = 0; k < COUNT(GOVERNMENTS); k++)
        if (cpi_ends_with(t, at, GOVERNMENTS[k])) {
            at -= strlen(GOVERNMENTS[k]);
            break;
        }
    if (at >= 4 && memcmp(t + at - 4, "the ", 4) == 0)
        at -= 4;
    return at;
}

/* "street-level dealers in Whitley County": where a ring sold, the
 * market an operation took down, not a source of guns or drugs as
 * "dealers in" alone tells. */
static inline bool street_dealers_before(const char *t, size_t start) {
    return start > 20 && t[start - 3] == 'i' &&
           (cpi_ends_with(t, start, "street-level dealers in ") ||
            cpi_ends_with(t, start, "street dealers in "));
}

/* Is the place at `start` where guns were bought, sold or stolen ("a gun
 * bought in Belleville", "traced to stores in Hampton Roads, most of them
 * sold in Newport News", "back to their source, in Phoenix")? A source of
 * guns, not a site. */
static bool gun_source_before(const char *t, size_t start) {
    if (street_dealers_before(t, start))
        return false;
    static const tail_phrase BEFORE[] = {
        /* sorted by tail_key */
        TAIL("source, in "),   TAIL("sold in "),    TAIL("resold in "),
        TAIL("purchased in "), TAIL("sale in "),    TAIL("stolen in "),
        TAIL("stores in "),    TAIL("dealers in "), TAIL("shops in "),
        TAIL("shows in "),     TAIL("sources in "), TAIL("bought in "),
    };
    /* (and "the" or a government's words between: "sold in the Town of
     * Hempstead") */
    return phrase_before(t, before_government(t, start), CPI_PHRASES(BEFORE), LAST('n'),
                         LAST('i'));
}

/* Does the clause after the place ending at `end` say it goes without the
 * program ("what Huntsville is doing without one")? */
static bool does_without(const char *t, size_t n, size_t end) {
    enum { NEAR = 40 };
    size_t to = end + NEAR < n ? end + NEAR : n;
    /* its "w" first (most places have none near them) */
    const char *w = end + 1 < to ? memchr(t + end + 1, 'w', to - end - 1) : NULL;
    for (; w; w = memchr(w + 1, 'w', (size_t)(t + to - w - 1))) {
        size_t i = (size_t)(w - t);
        if (i + 8 > to || w[-1] != ' ' || memcmp(w, "without ", 8) != 0)
            continue;
        for (size_t k = end; k < i; k++)
            if (t[k] == ',' || t[k] == '.' || t[k] == ';' || t[k] == ':')
                return false; /* another clause's */
        return cpi_starts_with(t, n, i + 8, "one") ||
               cpi_starts_with(t, n, i + 8, "it") ||
               cpi_starts_with(t, n, i + 8, "the program");
    }
    return false;
}

/* Is the place ending at `end`, or the list it begins, outside the
 * program ("Fort Wayne and South Bend, which are outside the PSN plan")? */
static bool outside_after(const char *t, size_t n, size_t end) {
    enum { NEAR = 60 };
    size_t to = end + NEAR < n ? end + NEAR : n;
    for (const char *c = memchr(t + end, ',', to - end); c;
         c = memchr(c + 1, ',', (size_t)(t + to - c - 1))) {
        size_t i = (size_t)(c - t);
        if (cpi_starts_with(t, to, i, ", which are outside ") ||
            cpi_starts_with(t, to, i, ", which is outside ") ||
            cpi_starts_with(t, to, i, ", which lie outside ") ||
            cpi_starts_with(t, to, i, ", which lies outside "))
            return memchr(t + end, '.', i - end) == NULL;
        if (i + 1 >= to)
            break;
    }
    return false;
}

/* Is the place ending at `end` a border ("walk from Main Street to the
 * Chicopee line")? */
static bool border_after(const char *t, size_t n, size_t end) {
    return (cpi_starts_with(t, n, end, " line") &&
            (end + 5 == n || !cpi_is_alpha(t[end + 5]))) ||
           (cpi_starts_with(t, n, end, " border") &&
            (end + 7 == n || !cpi_is_alpha(t[end + 7])));
}

/* Is the place at `start` a whole area a program covers ("arrested 1,100
 * fugitives across Oklahoma", "throughout Utah")? */
static bool across(const char *t, size_t start) {
    static const tail_phrase BEFORE[] = { /* sorted by tail_key */
        TAIL("statewide in "), TAIL("across "), TAIL("throughout "),
    };
    return phrase_before(t, start, CPI_PHRASES(BEFORE), LAST('s') | LAST('t') | LAST('n'),
                         LAST('s') | LAST('u') | LAST('i'));
}

/* Does the place head a table's row that gives it money ("| California |
 * $61,482,310 | 11.8% |"), or a line of a list of awards ("California:
 * $18.7 million", "Ohio -- $2,000,000")? Such a list by state names
 * recipients. */
static bool row_of_money(const char *t, size_t n, const cpi_hit *h) {
    if (n == 0)
        return false;
    size_t i = 0;
    while (i < n && (t[i] == '|' || t[i] == ' '))
        i++;
    if (i != h->start)
        return false;
    if (t[0] == '|')
        return memchr(t + h->end, '$', n - h->end) != NULL;
    /* a row of bars with none at its start, about the state itself: its
     * code or a number next ("California | CA | $225,586,624"), not an
     * agency's name ("Utah | Provo Police Department | $500,000") */
    if (cpi_starts_with(t, n, h->end, " | ")) {
        size_t c = h->end + 3;
        bool code = c + 2 <= n && cpi_is_upper(t[c]) && cpi_is_upper(t[c + 1]) &&
                    (c + 2 == n || t[c + 2] == ' ');
        return (code || (c < n && (t[c] == '$' || cpi_is_digit(t[c])))) &&
               memchr(t + c, '$', n - c) != NULL;
    }
    /* a row laid out with spaces, its gaps read as "; " ("Colorado; $3,412,870;
     * up 4.1%") */
    if (h->end + 3 < n && t[h->end] == ';' && t[h->end + 1] == ' ' &&
        t[h->end + 2] == '$')
        return true;
    /* the amount right after the name and a colon or a dash */
    size_t e = h->end;
    while (e < n && e < h->end + 8 &&
           (t[e] == ' ' || t[e] == ':' || t[e] == '-' || (unsigned char)t[e] >= 0x80))
        e++; /* (an en or em dash is three bytes of UTF-8) */
    return e > h->end && e < n && t[e] == '$';
}

/* Is "from" one of the two words before `start` ("from 24 states")? */
static bool from_before(const char *t, size_t start) {
    size_t e = start;
    for (int w = 0; w < 2 && e > 1 && t[e - 1] == ' '; w++) {
        size_t s = e - 1;
        while (s > 0 && t[s - 1] != ' ')
            s--;
        if (e - 1 - s == 4 && memcmp(t + s, "from", 4) == 0)
            return true;
        e = s;
    }
    return false;
}

/* Is the state at `start` in a list of the states a program covers, after
 * "states:" ("10 federal districts across six states: West Virginia,
 * Ohio, Kentucky ...") or "states ... including" ("24 states west of the
 * Mississippi River, including Louisiana, Texas and Arkansas")? Read back
 * word by word: names in capitals and "and" up to it. */
static bool in_states_list(const char *t, size_t start) {
    enum { WORDS = 16, NOUN_BACK = 8 };
    size_t e = start;
    for (int w = 0; w < WORDS && e > 1 && t[e - 1] == ' '; w++) {
        size_t s = e - 1;
        while (s > 0 && t[s - 1] != ' ')
            s--;
        size_t len = e - 1 - s;
        if (len == 7 && memcmp(t + s, "states:", 7) == 0)
            return true;
        if (len == 9 && memcmp(t + s, "including", 9) == 0) {
            /* "states" a few words before, in the same clause */
            size_t f = s;
            for (int v = 0; v < NOUN_BACK && f > 1 && t[f - 1] == ' '; v++) {
                size_t r = f - 1;
                while (r > 0 && t[r - 1] != ' ')
                    r--;
                size_t wl = f - 1 - r;
                if (wl && (t[r + wl - 1] == '.' || t[r + wl - 1] == ';'))
                    return false;
                if ((wl == 6 && memcmp(t + r, "states", 6) == 0) ||
                    (wl == 7 && memcmp(t + r, "states,", 7) == 0))
                    return !from_before(t, r); /* not "guns came from 24 states" */
                f = r;
            }
            return false;
        }
        if (len == 0 ||
            !(cpi_is_upper(t[s]) || (len == 3 && memcmp(t + s, "and", 3) == 0)))
            return false;
        e = s;
    }
    return false;
}

/* Does the state at hit h get an amount: one in parentheses after it
 * ("went to California ($18.4 million)"), or an award that went to it
 * ("The smallest state award, to Wyoming, was ...")? */
static bool state_gets_amount(const char *t, size_t n, const cpi_hit *h) {
    if (h->end + 3 < n && t[h->end] == ' ' && t[h->end + 1] == '(' &&
        t[h->end + 2] == '$')
        return true;
    /* "followed by Texas at $28.9 million", "Wyoming, at about $650,000,
     * received the smallest" */
    static const char *const AT_AMOUNT[] = {" at $", " at about $", ", at $",
                                            ", at about $", " with $"};
    if (h->end + 4 < n &&
        ((t[h->end] == ' ' && (t[h->end + 1] == 'a' || t[h->end + 1] == 'w')) ||
         (t[h->end] == ',' && t[h->end + 2] == 'a')) &&
        cpi_phrase_at(t, n, h->end, CPI_PHRASES(AT_AMOUNT)))
        return true;
    /* "$4.2 million in grants to pay for 30 deputies in Oregon": an amount
     * of grants earlier in its clause, the state last */
    if (cpi_ends_with(t, h->start, " in ") && (h->end == n || t[h->end] == '.')) {
        enum { CLAUSE_BACK = 160 };
        size_t from = h->start > CLAUSE_BACK ? h->start - CLAUSE_BACK : 0;
        bool dollars = false, grants = false;
        for (size_t q = h->start; q > from && !(dollars && grants); q--) {
            char c = t[q - 1];
            if ((c == '.' && !(q < h->start && cpi_is_digit(t[q]))) || c == ';' || c == ':')
                break; /* (the clause's start; "$4.2 million" goes on) */
            dollars |= c == '$';
            grants |= c == 'g' && memcmp(t + q - 1, "grants ", 7) == 0;
        }
        if (dollars && grants)
            return true;
    }
    return cpi_ends_with(t, h->start, "award, to ") ||
           cpi_ends_with(t, h->start, "award to ") ||
           cpi_ends_with(t, h->start, "awards went to ") ||
           cpi_ends_with(t, h->start, "award went to ");
}

/* Is the state at hit h a recipient or a target ("Ohio will receive",
 * "across Oklahoma", a table's row of money), not the context of a city? */
static bool state_as_target(const cp_block *blk, const cpi_hit *h) {
    const char *t = cpi_block_text(blk);
    return receives(t, blk->text_size, h->end) ||
           list_receives(t, blk->text_size, h->end) || across(t, h->start) ||
           row_of_money(t, blk->text_size, h) || in_states_list(t, h->start) ||
           state_gets_amount(t, blk->text_size, h);
}

/* Is the place at `start` where a road comes from ("up Interstate 93 from
 * Lawrence", "along I-95 from Baltimore")? A road's name within a few
 * words before "from". */
static inline bool route_from(const char *t, size_t start) {
    enum { LOOK_BACK = 40 };
    if (start < 6 || memcmp(t + start - 6, " from ", 6) != 0)
        return false;
    size_t stop = start > LOOK_BACK ? start - LOOK_BACK : 0;
    for (size_t i = start - 6; i > stop; i--) {
        if (t[i - 1] == '.' || t[i - 1] == ';')
            return false; /* not across a clause's end */
        if ((i == 1 || !cpi_is_alpha(t[i - 2])) &&
            (cpi_starts_with(t, start, i - 1, "Interstate ") ||
             cpi_starts_with(t, start, i - 1, "I-") || cpi_starts_with(t, start, i - 1, "Route ") ||
             cpi_starts_with(t, start, i - 1, "Highway ")))
            return true;
    }
    return false;
}

/* Is the place at `start` where a person came from ("came to north
 * Louisiana from Monroe", "moved here from Ocala", "came to Athens two
 * years ago from the police department in Macon", "agents detailed from
 * Charlotte")? A verb of moving a
 * few words before "from", in the same clause. */
static inline bool moved_from(const char *t, size_t start) {
    enum { LOOK_BACK = 72 };
    static const char *const MOVED[] = {
        "came to ", "moved to ", "transferred to ", "come to ", "arrived in ",
        "came here ", "moved here ", "detailed ", "reassigned ", "on loan ",
        /* (agents "pulled in ... from field offices in Nashville") */
        "pulled in ", "pulls in ", "brought in ", "drawn ", "drew ", "borrowed "};
    /* "from" right before it, or a few words before ("from the police
     * department in Macon") */
    if (start < 4 || t[start - 1] != ' ' || (t[start - 2] != 'm' && t[start - 2] != 'n'))
        return false; /* ("from " and "in " end them all) */
    bool from = false;
    size_t stop = start > LOOK_BACK ? start - LOOK_BACK : 0;
    for (size_t i = start - 1; i > stop; i--) {
        char c = t[i - 1];
        if (c == '.' || c == ';' || c == ',')
            return false; /* not across a clause's end */
        if (c != ' ')
            continue;
        if (!from) {
            from = cpi_starts_with(t, start, i, "from ") > 0;
            continue;
        }
        for (size_t k = 0; k < sizeof MOVED / sizeof MOVED[0]; k++)
            if (cpi_starts_with(t, start, i, MOVED[k]))
                return true;
    }
    return false;
}

/* Is the place at `start` an event's venue after its dates ("National
 * HIDTA Directors' Meeting, April 8-10, Orlando", "training, May 20,
 * Sacramento")? */
static bool venue_after_date(const char *t, size_t start) {
    if (start < 8 || t[start - 1] != ' ' || t[start - 2] != ',')
        return false;
    size_t i = start - 2, digits = 0;
    while (i > 0 && (cpi_is_digit(t[i - 1]) || t[i - 1] == '-')) {
        digits += cpi_is_digit(t[i - 1]);
        i--;
    }
    if (!digits || digits > 4 || i < 4 || t[i - 1] != ' ')
        return false;
    size_t we = i - 1, ws = we;
    while (ws > 0 && cpi_is_alpha(t[ws - 1]))
        ws--;
    if (we > ws && t[we - 1] == '.')
        we--; /* "Aug." */
    return we > ws && cpi_month_word(t + ws, we - ws);
}

/* Is the place at `start` only passed by? Where something comes from or
 * goes ("came from Detroit", "pills bound for Denver", "driven up from
 * Baltimore", a road's "from", "traced to Layton", "a supplier in Tooele",
 * "a dealer in Youngstown", "the border near Nogales", "traveling from
 * Provo", "came to Tampa from Ocala", "came here from El Paso"); where guns were bought
 * or recovered ("at gun shows in Henderson", "a pawn shop in Charlotte", "stores in
 * Phoenix", "recovered by police in Long Beach"); a place chosen against ("instead of");
 * where an event is held ("a rally in Tulsa", "the hearing held in Baton Rouge"); where
 * an office, a school or an institute sits ("ATF field divisions in Phoenix", "the
 * Sheriff's Office in Lander", "branch offices in Erie", "Yale Law School in New Haven",
 * "headquartered in Okmulgee", "the ATF Denver Field Division, which covers Colorado"); a
 * neighbour ("just across the river from Memphis"); a person's place ("a 34-year-old Elko
 * man", "a judge in Lansing", "a caller from Traverse City", "a former prosecutor in
 * Miami", "reported from Memphis", "leaders from Nashville", "two sisters
 * from Gary", "missing from Stockton", "gone home to Allegany County", "his
 * home in Jackson", "had fled Jefferson Parish"); where a warrant, a crime
 * or an arrest was ("a warrant out of Harris County", "a shooting in
 * Prince George's County", "arrested in Cohoes", "after school shootings
 * in Jonesboro"). Such a place is not, by being named, where a document's
 * program works. (A bare "from" is not enough: "the reports from Gary"
 * are a site's.) */
static bool passing_mention(const char *t, size_t start) {
    if (street_dealers_before(t, start))
        return false;
    /* (in tail_key order, as debug builds check) */
    /* clang-format off */
    static const tail_phrase BEFORE[] = { /* sorted by tail_key */
        TAIL("College, "), TAIL("University, "), TAIL("fled "), TAIL("year-old "),
        TAIL("instead of "), TAIL("warrant out of "), TAIL("organization out of "),
        TAIL("seat of "), TAIL("worked out of "), TAIL("works out of "),
        TAIL("based out of "), TAIL("operates out of "), TAIL("instead of asking "),
        TAIL("came from "), TAIL("interest from "), TAIL("units from "),
        TAIL("troops from "), TAIL("Guardsmen from "), TAIL("come from "),
        TAIL("comes from "), TAIL("coming from "),
        TAIL("shipped from "), TAIL("smuggled from "), TAIL("displaced from "),
        TAIL("evacuees from "), TAIL("Democrat from "), TAIL("Republican from "),
        TAIL("stolen from "), TAIL("driven from "), TAIL("trafficked from "),
        TAIL("river from "), TAIL("line from "), TAIL("border from "),
        TAIL("reported from "), TAIL("leaders from "), TAIL("up from "),
        TAIL("caller from "), TAIL("missing from "), TAIL("man from "), TAIL("woman from "),
        TAIL("girl from "), TAIL("boy from "), TAIL("sisters from "),
        TAIL("brothers from "), TAIL("teen from "), TAIL("traveling from "),
        TAIL("travelled from "), TAIL("traveled from "), TAIL("women from "),
        TAIL("men from "), TAIL("contributed from "), TAIL("senator from "),
        TAIL("Senator from "), TAIL("congressman from "), TAIL("coming in from "),
        TAIL("came in from "), TAIL("brought in from "), TAIL("flowing in from "),
        TAIL("trucked in from "), TAIL("trafficking from "), TAIL("were from "),
        TAIL("was from "), TAIL("I'm from "), TAIL("I am from "), TAIL("warrant from "),
        TAIL("warrants from "), TAIL("held in "), TAIL("wanted in "),
        TAIL("headquartered in "), TAIL("arrested in "), TAIL("located in "),
        TAIL("recovered in "), TAIL("produced in "), TAIL("to be in "), TAIL("made in "),
        TAIL("Office in "), TAIL("Attorney's office in "), TAIL("purchase in "),
        TAIL("recovered by police in "), TAIL("judge in "), TAIL("Institute in "),
        TAIL("College in "), TAIL("store in "), TAIL("a homicide in "), TAIL("home in "),
        TAIL("courthouse in "), TAIL("house in "), TAIL("governor's office in "),
        TAIL("case in "), TAIL("a shooting in "),
        TAIL("a killing in "), TAIL("hiding in "), TAIL("mass shooting in "),
        TAIL("speech in "), TAIL("School in "), TAIL("jail in "), TAIL("division in "),
        TAIL("stolen in "), TAIL("prison in "), TAIL("studio in "), TAIL("shop in "),
        TAIL("pawnshop in "),
        TAIL("grew up in "), TAIL("murder in "), TAIL("prosecutor in "),
        TAIL("supplier in "), TAIL("dealer in "), TAIL("detention center in "),
        TAIL("divisions in "), TAIL("gun shows in "), TAIL("purchases in "),
        TAIL("shops in "), TAIL("branch offices in "), TAIL("suppliers in "),
        TAIL("stores in "), TAIL("dealers in "), TAIL("pawnshops in "), TAIL("sales in "),
        TAIL("stolen from cars in "), TAIL("charges in "), TAIL("school shootings in "),
        TAIL("earlier shootings in "), TAIL("past shootings in "),
        TAIL("prior shootings in "),
        TAIL("met in "), TAIL("federal court in "),
        TAIL("District Court in "), TAIL("bought in "), TAIL("Bought in "),
        TAIL("gun show in "), TAIL("fellow in "), TAIL("rally in "), TAIL("academy in "),
        TAIL("a robbery in "), TAIL("headed to "), TAIL("traced to "), TAIL("shipped to "),
        TAIL("home to "), TAIL("border near "), TAIL("former "), TAIL("bound for "),
        TAIL("headed for "), TAIL("destined for "), TAIL("Division, which serves "),
        TAIL("Office, which serves "), TAIL("Division, which covers "),
        TAIL("Office, which covers "), TAIL("border at "), TAIL("wanted by "),
    };
    /* clang-format on */
    const uint64_t lasts =
        LAST(',') | LAST('d') | LAST('f') | LAST('g') | LAST('m') | LAST('n') |
        LAST('o') | LAST('r') | LAST('s') | LAST('t') | LAST('y');
    const uint64_t befores =
        LAST('a') | LAST('b') | LAST('e') | LAST('i') | LAST('l') | LAST('n') |
        LAST('o') | LAST('r') | LAST('t') | LAST('y');
    return phrase_before(t, start, CPI_PHRASES(BEFORE), lasts, befores) ||
           route_from(t, start) || moved_from(t, start) || venue_after_date(t, start) ||
           cpi_gathering_before(t, start);
}

/* Do the words after a place make it a federal office's seat ("ATF's
 * Charlotte Field Division", "our Arlington, Va., office", "our Detroit
 * studio"), a person's home ("a Springfield, Illinois, native", "a Compton
 * man", "a Gulfport-based ring", "Tampa-area arrests"), a court's or a
 * jail's ("a Lehigh County courtroom"), the center of other
 * places ("a Phoenix suburb", "the Philadelphia suburbs"), a state's own
 * police ("the Michigan State Police lab") or a place without the program
 * ("Norfolk, which has no federal grant", "Dallas, which has its own task
 * force", "Memphis has its own federal partnerships")? */
static inline bool described_after(const char *t, size_t n, size_t end) {
    /* clang-format off */
    static const char *const AFTER[] = {
        " Field Division", " Field Office", " Division", " native", ", native", "-born",
        "-based", "-area",
        " suburb", " suburbs", " office", ", office", " field office", " studio",
        " State Police", " State Patrol", " man", " woman", " Man", " Woman", " teen",
        ", which has no", ", which had no", ", which has its own", ", which have their own",
        ", which did not get", ", which did not receive", ", which is not part",
        ", which was not part", ", which is not among", ", which was not among",
        ", which was not selected", ", which was not chosen", " has its own",
        " have their own", " courtroom", " courthouse", " jail"};
    /* clang-format on */
    /* tried after every place: the two bytes after it rule most out */
    if (end + 1 >= n)
        return false;
    char c = t[end], d = t[end + 1];
    if (!(c == ' ' && (d == 'F' || d == 'D' || d == 'S' || d == 'f' || d == 'n' ||
                       d == 's' || d == 'o' || d == 'm' || d == 'w' || d == 'M' ||
                       d == 'W' || d == 't' || d == 'h' || d == 'c' || d == 'j')) &&
        !(c == ',' && d == ' ') && !(c == '-' && (d == 'b' || d == 'a')))
        return false;
    if (c == ',' && (end + 2 >= n || (t[end + 2] != 'n' && t[end + 2] != 'o' && t[end + 2] != 'w')))
        return false; /* (", native", ", office", ", which ...": not ", Ohio") */
    size_t len = cpi_phrase_at(t, n, end, CPI_PHRASES(AFTER));
    /* "the Cleveland Division of Police" is the city's own police */
    return len > 0 && !cpi_starts_with(t, n, end + len, " of ");
}

/* Does the clause after a place, up to `limit` (the next place, or the
 * block's end), say it went without the program ("Waterbury had asked for
 * 20 and got nothing", "Watsonville has seen shootings fall without a
 * federal hiring grant", "Cedar Rapids, where ..., remained outside the
 * program"), or may join some day ("North Little Rock Mayor Jo Ann Pike
 * said her city would apply if the network expands", "... for future
 * designation"), or that it has not where others have ("Haines City has
 * not."), or that it was a person's post ("ran a DEA group in Detroit
 * before he came home")? Read up to 96 bytes, to the sentence's end. */
static bool refused_after(const char *t, size_t n, size_t end, size_t limit) {
    /* (the phrases and their index, in the same order) */
    /* clang-format off */
    static const tail_phrase PHRASES[] = {
        /* went without */
        TAIL("got nothing"), TAIL("received nothing"), TAIL("won nothing"),
        TAIL("without a federal"), TAIL("without any federal"), TAIL("without federal"),
        TAIL("outside the program"), TAIL("outside the network"),
        TAIL("outside the partnership"), TAIL("outside the initiative"),
        /* may join some day */
        TAIL("would apply"), TAIL("hopes to join"), TAIL("hope to join"),
        TAIL("wants to join"), TAIL("want to join"), TAIL("would like to join"),
        TAIL("plans to apply"), TAIL("plan to apply"), TAIL("for future designation"),
        /* has not, where others have ("Lakeland and Bartow signed agreements;
         * Haines City has not.") */
        TAIL("has not."), TAIL("have not."),
        /* a person's post before ("who ran a DEA group in Detroit before he
         * came home") */
        TAIL("before coming"), TAIL("before moving"), TAIL("before joining"),
        TAIL("before he came"), TAIL("before she came"),
        /* turned it down, asked, not planned for ("Topeka police were
         * offered a seat ... and declined", "Salina police have asked about
         * joining," (to join what else keeps them in), "where the FBI said it
         * has no plans to go") */
        TAIL("and declined"), TAIL("asked about joining,"), TAIL("asked about joining."),
        TAIL("asked to join,"), TAIL("asked to join."), TAIL("no plans"),
        /* may join some day, again */
        TAIL("will apply"),
        /* would take something else ("would rather receive grants ... than
         * host federal tactical teams") */
        TAIL("would rather"),
        /* ask whether it will come ("leaders in Jackson and Madison County
         * are asking whether any of that help could travel") */
        TAIL("asking whether"), TAIL("asking if"), TAIL("asked whether"),
        /* was in none ("Omaha, which was not in any of the three programs") */
        TAIL("not in any"), TAIL("not part of"),
        /* may follow ("Elgin and Joliet are expected to follow") */
        TAIL("expected to follow"),
        /* was left out ("Madison was not asked") */
        TAIL("was not asked"), TAIL("were not asked"), TAIL("was not invited"),
        TAIL("were not invited"),
    };
    const uint32_t firsts = FIRST('g') | FIRST('r') | FIRST('w') | FIRST('o') | FIRST('h') |
                            FIRST('p') | FIRST('f') | FIRST('b') | FIRST('a') | FIRST('n') |
                            FIRST('e');
    static const phrase_index INDEX = {
        .of_first = {
            PHRASE_KEY('e') = PHRASE_BIT(39),
            PHRASE_KEY('g') = PHRASE_BIT(0),
            PHRASE_KEY('r') = PHRASE_BIT(1),
            PHRASE_KEY('w') = PHRASE_BIT(2) | PHRASE_BIT(3) | PHRASE_BIT(4) | PHRASE_BIT(5) |
                PHRASE_BIT(10) | PHRASE_BIT(13) | PHRASE_BIT(14) | PHRASE_BIT(15) | PHRASE_BIT(32) |
                PHRASE_BIT(33) | PHRASE_BIT(40) | PHRASE_BIT(41) | PHRASE_BIT(42) | PHRASE_BIT(43),
            PHRASE_KEY('o') = PHRASE_BIT(6) | PHRASE_BIT(7) | PHRASE_BIT(8) | PHRASE_BIT(9),
            PHRASE_KEY('h') = PHRASE_BIT(11) | PHRASE_BIT(12) | PHRASE_BIT(19) | PHRASE_BIT(20),
            PHRASE_KEY('p') = PHRASE_BIT(16) | PHRASE_BIT(17),
            PHRASE_KEY('f') = PHRASE_BIT(18),
            PHRASE_KEY('b') = PHRASE_BIT(21) | PHRASE_BIT(22) | PHRASE_BIT(23) | PHRASE_BIT(24) |
                PHRASE_BIT(25),
            PHRASE_KEY('a') = PHRASE_BIT(26) | PHRASE_BIT(27) | PHRASE_BIT(28) | PHRASE_BIT(29) |
                PHRASE_BIT(30) | PHRASE_BIT(34) | PHRASE_BIT(35) | PHRASE_BIT(36),
            PHRASE_KEY('n') = PHRASE_BIT(31) | PHRASE_BIT(37) | PHRASE_BIT(38),
        },
        .of_second = {
            PHRASE_KEY('o') = PHRASE_BIT(0) | PHRASE_BIT(2) | PHRASE_BIT(10) | PHRASE_BIT(11) |
                PHRASE_BIT(12) | PHRASE_BIT(15) | PHRASE_BIT(18) | PHRASE_BIT(31) | PHRASE_BIT(33) |
                PHRASE_BIT(37) | PHRASE_BIT(38),
            PHRASE_KEY('n') = PHRASE_BIT(26),
            PHRASE_KEY('x') = PHRASE_BIT(39),
            PHRASE_KEY('s') = PHRASE_BIT(27) | PHRASE_BIT(28) | PHRASE_BIT(29) | PHRASE_BIT(30) |
                PHRASE_BIT(34) | PHRASE_BIT(35) | PHRASE_BIT(36),
            PHRASE_KEY('e') = PHRASE_BIT(1) | PHRASE_BIT(21) | PHRASE_BIT(22) | PHRASE_BIT(23) |
                PHRASE_BIT(24) | PHRASE_BIT(25) | PHRASE_BIT(41) | PHRASE_BIT(43),
            PHRASE_KEY('i') = PHRASE_BIT(3) | PHRASE_BIT(4) | PHRASE_BIT(5) | PHRASE_BIT(32),
            PHRASE_KEY('u') = PHRASE_BIT(6) | PHRASE_BIT(7) | PHRASE_BIT(8) | PHRASE_BIT(9),
            PHRASE_KEY('a') = PHRASE_BIT(13) | PHRASE_BIT(14) | PHRASE_BIT(19) | PHRASE_BIT(20) |
                PHRASE_BIT(40) | PHRASE_BIT(42),
            PHRASE_KEY('l') = PHRASE_BIT(16) | PHRASE_BIT(17),
        },
    };
    /* clang-format on */
    size_t to = limit - end > 96 ? end + 96 : limit;
    size_t i = end;
#if !(defined(__SSE2__) && defined(__GNUC__))
    (void)n; /* (n bounds only the sixteen-byte loads) */
#else
    /* sixteen bytes at a time: the stops, and the words after a space
     * that start with a phrase's first letter (asked after every place) */
    for (; i < to && i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i before = _mm_loadu_si128((const __m128i *)(const void *)(t + i - 1));
        __m128i stop = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))),
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))));
        __m128i first = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('g')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('r'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('w')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('o')))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('h')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('p'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('f')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('b')))));
        first = _mm_or_si128(first, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('a')),
                                                 _mm_cmpeq_epi8(v, _mm_set1_epi8('n'))));
        first = _mm_or_si128(first, _mm_cmpeq_epi8(v, _mm_set1_epi8('e')));
        first = _mm_and_si128(first, _mm_cmpeq_epi8(before, _mm_set1_epi8(' ')));
        unsigned stops = (unsigned)_mm_movemask_epi8(stop);
        unsigned starts = (unsigned)_mm_movemask_epi8(first);
        if (to - i < 16) {
            stops &= (1u << (to - i)) - 1;
            starts &= (1u << (to - i)) - 1;
        }
        if (stops)
            starts &= (stops & (0u - stops)) - 1; /* the words before the stop */
        for (; starts; starts &= starts - 1)
            if (indexed_phrase_starts(t, i + (size_t)__builtin_ctz(starts), to,
                                      CPI_PHRASES(PHRASES), &INDEX))
                return true;
        if (stops)
            return false;
    }
#endif
    for (; i < to; i++) {
        char c = t[i];
        if (c == '.' || c == ';' || c == '?' || c == '!')
            return false;
        unsigned l = (unsigned)(unsigned char)c - 'a';
        if (l < 26 && ((firsts >> l) & 1) && t[i - 1] == ' ' &&
            indexed_phrase_starts(t, i, to, CPI_PHRASES(PHRASES), &INDEX))
            return true;
    }
    return false;
}

/* Is the place at `start` where a federal office sits ("the U.S.
 * Attorney's Office for the Middle District of Georgia in Macon", "the
 * Western District of Kentucky in Louisville")? */
static inline bool district_seat(const char *t, size_t start) {
    if (start < 4 || memcmp(t + start - 4, " in ", 4) != 0)
        return false;
    size_t at = start - 4; /* back over the state's name, up to three words */
    if (at > 0 && t[at - 1] == ',')
        at--; /* "the District of Maine, in Bangor" */
    for (int words = 0; words < 3; words++) {
        size_t ws = at;
        while (ws > 0 && cpi_is_alpha(t[ws - 1]))
            ws--;
        if (ws == at || !cpi_is_upper(t[ws]))
            return false;
        if (cpi_ends_with(t, ws, "District of "))
            return true;
        if (ws < 1 || t[ws - 1] != ' ')
            return false;
        at = ws - 1;
    }
    return false;
}

/* Is the place ending at `end` part of a postal address ("Suite 400,
 * Washington, DC 20036", "Albuquerque, NM 87108")? */
static inline bool address_after(const char *t, size_t n, size_t end) {
    size_t i = end;
    if (i + 4 <= n && t[i] == ',' && t[i + 1] == ' ' && cpi_is_upper(t[i + 2]) &&
        cpi_is_upper(t[i + 3]))
        i += 4; /* the state's code, when not part of the place's name */
    if (i + 6 > n || t[i] != ' ')
        return false;
    for (size_t k = 1; k <= 5; k++)
        if (!cpi_is_digit(t[i + k]))
            return false;
    return i + 6 == n || !cpi_is_digit(t[i + 6]);
}

/* Is the place at `start` held up as a likeness of another program ("a
 * similar effort in Portland")? A likeness of the document's own program is
 * more of it ("ATF runs similar centers in Seattle", the program being the
 * Crime Gun Intelligence Centers). */
static bool likeness_of_other(const char *t, size_t start, const cp_program *main) {
    if (start < 4 || memcmp(t + start - 4, " in ", 4) != 0)
        return false;
    size_t we = start - 4, ws = we;
    while (ws > 0 && cpi_is_alpha(t[ws - 1]))
        ws--;
    if (ws == we)
        return false;
    /* "a similar state-federal partnership in": up to two words between */
    size_t at = ws;
    for (int words = 0; !(at >= 8 && cpi_ends_with(t, at, "similar ") &&
                          (at == 8 || !cpi_is_alpha(t[at - 9])));
         words++) {
        if (words == 2 || at < 2 || t[at - 1] != ' ')
            return false;
        size_t w = at - 1;
        while (w > 0 && (cpi_is_alpha(t[w - 1]) || t[w - 1] == '-'))
            w--;
        if (w == at - 1)
            return false;
        at = w;
    }
    /* the last word of the program's name, without a plural "s" */
    const char *name = main->name;
    size_t len = strlen(name), ls = len;
    while (ls > 0 && name[ls - 1] != ' ')
        ls--;
    size_t a = len - ls, b = we - ws;
    if (a > 1 && (name[len - 1] == 's' || name[len - 1] == 'S'))
        a--;
    if (b > 1 && t[we - 1] == 's')
        b--;
    if (a != b)
        return true;
    for (size_t k = 0; k < a; k++)
        if ((name[ls + k] | 0x20) != (t[ws + k] | 0x20))
            return true;
    return false;
}

/* Is the place ending at `end` the subject of a likeness ("Oakland and
 * Richmond, California, built similar programs")? After it, only the rest
 * of its list (names, commas, "and"), then a verb and "similar". */
static bool likeness_subject(const char *t, size_t n, size_t end) {
    static const char *const VERBS[] = {"adopted", "built",    "created", "have", "has",
                                        "had",     "launched", "ran",     "run",  "runs",
                                        "started", "tried",    "use",     "used"};
    enum { LIST_MAX = 80 };
    size_t i = end;
    while (i < n && i < end + LIST_MAX) {
        while (i < n && (t[i] == ' ' || t[i] == ','))
            i++;
        size_t w = i;
        while (i < n && (cpi_is_alpha(t[i]) || t[i] == '.'))
            i++;
        if (w == i)
            return false;
        if (cpi_is_upper(t[w]) || (i - w == 3 && memcmp(t + w, "and", 3) == 0))
            continue; /* the list goes on */
        bool verb = false;
        for (size_t k = 0; k < sizeof VERBS / sizeof VERBS[0] && !verb; k++)
            verb = cpi_str_eq(VERBS[k], t + w, i - w);
        return verb && cpi_starts_with(t, n, i, " similar ");
    }
    return false;
}

/* Is the place at `start` where a named person comes from ("organizer
 * Rosa Delgado of Bernalillo County said", "- Andre Whitlock, of
 * Austintown: conspiracy")? Two capitalised words before "of" (or ", of"),
 * neither an organisation's ("City of", "Department of"), with maybe an
 * initial between them ("Marcus D. Oliver"). */
static inline bool persons_place(const char *t, size_t start) {
    if (start < 5 || memcmp(t + start - 4, " of ", 4) != 0)
        return false;
    /* "Dwayne Pellerin, 22, of Gulfport": a person's age, then home */
    if (start >= 9 && t[start - 5] == ',' && cpi_is_digit(t[start - 6])) {
        size_t d = start - 6;
        while (d > 0 && cpi_is_digit(t[d - 1]))
            d--;
        if (d >= 2 && t[d - 1] == ' ' && t[d - 2] == ',')
            return true;
    }
    static const char *const ORGS[] = { /* sorted */
        "Attorney", "Board", "Bureau", "City", "College", "Commission", "Council", "County",
        "Department", "District", "Division", "Office", "Parish", "Sheriff", "State", "Town",
        "University", "Village",
    };
    size_t end = t[start - 5] == ',' ? start - 5 : start - 4;
    for (int w = 0; w < 2; w++) {
        size_t ws = end;
        while (ws > 0 && cpi_is_alpha(t[ws - 1]))
            ws--;
        if (ws == end || !cpi_is_upper(t[ws]) || cpi_word_in(CPI_WORDS(ORGS), t + ws, end - ws))
            return false;
        if (w == 0 && (ws < 2 || t[ws - 1] != ' '))
            return false;
        end = ws - 1;
        if (w == 0 && end >= 3 && t[end - 1] == '.' && cpi_is_upper(t[end - 2]) &&
            t[end - 3] == ' ')
            end -= 3; /* "D. " */
    }
    return true;
}

/* Is the place at t[start] in a relative clause that tells someone's
 * beat ("county police, who patrol suburbs such as Elsmere and Newport,
 * ...", "deputies who cover Pike County"): where they work, not where a
 * program does? ", who " or " who " and a verb of covering, within the
 * clause's 60 bytes before the place. */
static bool beat_clause(const char *t, size_t start) {
    enum { NEAR = 60 };
    static const char *const BEAT[] = {"cover",     "covers",    "patrol", "patrols",
                                       "police",    "polices",   "serve",  "serves",
                                       "represent", "represents"};
    size_t from = start > NEAR ? start - NEAR : 0;
    for (size_t q = start; q > from + 4; q--) {
        char c = t[q - 1];
        if (c == '.' || c == ';' || c == ':')
            return false;
        if (c == ' ' && memcmp(t + q - 5, " who ", 5) == 0)
            return cpi_phrase_at(t, start, q, CPI_PHRASES(BEAT)) > 0;
    }
    return false;
}

/* Does "after N years as", "after 19 years with", "after two years at" or
 * "after ten years in" start at t[i], before `to`: a career told by its
 * length ("after 11 years as a deputy chief in Wichita Falls")? */
static bool years_of_career_at(const char *t, size_t i, size_t to) {
    static const char *const AFTER_YEARS[] = {" years as", " years at", " years in",
                                              " years with"};
    if (to - i < 16 || memcmp(t + i, "after ", 6) != 0)
        return false;
    size_t e = i + 6; /* the count: digits or a word ("11", "two") */
    while (e < to && (cpi_is_alpha(t[e]) || cpi_is_digit(t[e])))
        e++;
    return e > i + 6 && cpi_phrase_at(t, to, e, CPI_PHRASES(AFTER_YEARS)) > 0;
}

/* Is the place at [start, end) where an official worked before ("a former
 * police captain in Fort Wayne", "who was police chief in Tacoma, before
 * joining the office", "previously commanded the Baltimore Police
 * Department's homicide unit", "came from the Dallas Police Department",
 * "after running the FBI's office in Omaha", "prosecuted gang cases in
 * Louisville before joining", "who came to Columbus from the Macon Police
 * Department", "after 17 years with the Lafayette Police Department")? A
 * career's words in the clause around it: up to 48 bytes before it, or 48
 * after it. */
static bool career_words_around(const char *t, size_t n, size_t start, size_t end);
static inline bool career_place(const char *t, size_t n, size_t start, size_t end) {
    /* a career's place follows "in" or "the" ("a police captain in",
     * "commanded the"): most places pass at once, here */
    if (start < 4 || t[start - 1] != ' ' ||
        !(memcmp(t + start - 3, "in ", 3) == 0 || memcmp(t + start - 4, "the ", 4) == 0))
        return false;
    return career_words_around(t, n, start, end);
}

/* career_place past its first test: the career's words around the place. */
static bool career_words_around(const char *t, size_t n, size_t start, size_t end) {
    static const tail_phrase BEFORE[] = {
        TAIL("former "),
        TAIL("formerly "),
        TAIL("previously commanded "),
        TAIL("previously served "),
        TAIL("previously led "),
        TAIL("previously headed "),
        TAIL("after running "),
        TAIL("after serving "),
        TAIL("after leading "),
        TAIL("came from the "),
        TAIL("comes from the "),
        TAIL("who came to "),
        TAIL("career "), /* "began his career as a patrol officer in Topeka" */
        TAIL("walked a beat "),
    };
    static const tail_phrase AFTER[] = {
        TAIL("before joining"),  TAIL("before coming"),      TAIL("before taking"),
        TAIL("before becoming"), TAIL("before moving"),      TAIL("before being named"),
        TAIL("before he joined"), TAIL("before she joined"), TAIL("before her appointment"),
        TAIL("before his appointment"), TAIL("before being appointed"),
    };
    static const phrase_index BEFORE_INDEX = {
        .of_first =
            {
                PHRASE_KEY('f') = PHRASE_BIT(0) | PHRASE_BIT(1),
                PHRASE_KEY('p') =
                    PHRASE_BIT(2) | PHRASE_BIT(3) | PHRASE_BIT(4) | PHRASE_BIT(5),
                PHRASE_KEY('a') = PHRASE_BIT(6) | PHRASE_BIT(7) | PHRASE_BIT(8),
                PHRASE_KEY('c') = PHRASE_BIT(9) | PHRASE_BIT(10) | PHRASE_BIT(12),
                PHRASE_KEY('w') = PHRASE_BIT(11) | PHRASE_BIT(13),
            },
        .of_second =
            {
                PHRASE_KEY('o') = PHRASE_BIT(0) | PHRASE_BIT(1) | PHRASE_BIT(10),
                PHRASE_KEY('r') =
                    PHRASE_BIT(2) | PHRASE_BIT(3) | PHRASE_BIT(4) | PHRASE_BIT(5),
                PHRASE_KEY('f') = PHRASE_BIT(6) | PHRASE_BIT(7) | PHRASE_BIT(8),
                PHRASE_KEY('a') = PHRASE_BIT(9) | PHRASE_BIT(12) | PHRASE_BIT(13),
                PHRASE_KEY('h') = PHRASE_BIT(11),
            },
    };
    /* back to the clause's start, at most 40 bytes, then ahead to its
     * end, at most 48: one pass each, a phrase tried at the words that
     * start with one of its first letters */
    const uint32_t firsts = FIRST('f') | FIRST('p') | FIRST('a') | FIRST('w') | FIRST('c');
    /* (none fits before a place that starts within its shortest's length,
     * "former ": nor does a career's length) */
    enum { SHORTEST_BEFORE = 7 };
#ifndef NDEBUG
    for (size_t k = 0; k < COUNT(BEFORE); k++)
        assert(BEFORE[k].len >= SHORTEST_BEFORE);
#endif
    size_t from = start > 48 ? start - 48 : 0;
    for (size_t i = start < SHORTEST_BEFORE ? 0 : start; i-- > from;) {
        char c = t[i];
        if (c == '.' || c == ';' || c == '"')
            break;
        unsigned l = (unsigned)(unsigned char)c - 'a';
        if (l < 26 && ((firsts >> l) & 1) && (i == 0 || !cpi_is_alpha(t[i - 1])) &&
            (indexed_phrase_starts(t, i, start, CPI_PHRASES(BEFORE), &BEFORE_INDEX) ||
             (c == 'a' && years_of_career_at(t, i, start))))
            return true;
    }
    size_t to = n - end > 48 ? end + 48 : n;
#if defined(__SSE2__) && defined(__GNUC__)
    /* ahead, only the bytes that end a clause or start "before" are
     * looked at: found 16 at a time */
    for (size_t i = end; i < to; i += 16) {
        char copy[16] = {0};
        const char *s = t + i;
        if (i + 16 > n) { /* the last bytes, from a copy padded with NULs */
            cpi_copy_short(copy, t + i, n - i);
            s = copy;
        }
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                                 _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))),
                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
        unsigned mask = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(stop, _mm_cmpeq_epi8(v, _mm_set1_epi8('b'))));
        if (to - i < 16)
            mask &= (1u << (to - i)) - 1;
        for (; mask; mask &= mask - 1) {
            size_t at = i + (size_t)__builtin_ctz(mask);
            if (t[at] != 'b')
                return false; /* the clause's end */
            if (!cpi_is_alpha(t[at - 1]) && phrase_starts(t, at, to, CPI_PHRASES(AFTER)))
                return true;
        }
    }
#else
    for (size_t i = end; i < to; i++) {
        char c = t[i];
        if (c == '.' || c == ';' || c == '"')
            break;
        if (c == 'b' && !cpi_is_alpha(t[i - 1]) && phrase_starts(t, i, to, CPI_PHRASES(AFTER)))
            return true;
    }
#endif
    return false;
}

/* Is the place at `start` after a word and a space ("in Flint", "of
 * Gary")? Each check of the words before a place (compared_or_home,
 * passing_mention, likeness_of_other, district_seat, persons_place) asks
 * for one; most places that open a list item have none, and pass them
 * all at once. */
static inline bool words_before(const char *t, size_t start) {
    return start >= 4 && t[start - 1] == ' '; /* (each asks for four bytes or more) */
}

/* Do the bytes between two places join them in one list (", ", " and ",
 * ", or ", "; " between places with their states), or tell where the first
 * lies ("Hidalgo County, Texas, in the Rio Grande Valley")? */
static bool list_joint(const char *t, size_t from, size_t to) {
    static const char *const JOINTS[] = {
        ", ",        " and ",    " or ",    ", and ",      ", or ",      " and from ",
        " or from ", " and in ", " or in ", ", and from ", ", or from ", ", and in ",
        ", or in ",  "; ",       "; and ",  ", in ",       ", in the "};
    /* (a government's words before the second: "... and the city of
     * Yonkers") */
    size_t named_from = to > from ? before_government(t, to) : to;
    if (named_from > from)
        to = named_from;
    if (to < from || to - from > 12)
        return false;
    for (size_t k = 0; k < COUNT(JOINTS); k++)
        if (strlen(JOINTS[k]) == to - from && memcmp(t + from, JOINTS[k], to - from) == 0)
            return true;
    return false;
}

/* Does a model stand before `start` ("is modeled on the ", "patterned
 * after ", "modeled on the one in ")? What a program is modeled on works
 * elsewhere: the place of a program's name so, or a place alone ("modeled
 * on Omaha's"). */
static bool model_before(const char *t, size_t start) {
    static const char *const MODEL[] = {"modeled on ", "modelled on ", "modeled after ",
                                        "modelled after ", "patterned after "};
    if (start >= 4 && memcmp(t + start - 4, "the ", 4) == 0)
        start -= 4;
    if (start < 11 || t[start - 1] != ' ')
        return false;
    if (t[start - 2] == 'n' ||
        t[start - 2] == 'r') /* ("on " and "after " end them all) */
        for (size_t k = 0; k < COUNT(MODEL); k++)
            if (cpi_ends_with(t, start, MODEL[k]))
                return true;
    /* a few words after it, in its clause: "modeled on the one in
     * Milwaukee", "modeled on a strategy first used in Oakland" */
    if (!cpi_ends_with(t, start, " in "))
        return false;
    enum { LOOK_BACK = 48 };
    size_t stop = start > LOOK_BACK ? start - LOOK_BACK : 0;
    for (size_t i = start - 4; i > stop; i--) {
        char c = t[i - 1];
        if (c == ',' || c == '.' || c == ';' || c == ':')
            return false;
        if (c == ' ' && (t[i - 2] == 'n' || t[i - 2] == 'r'))
            for (size_t k = 0; k < COUNT(MODEL); k++)
                if (cpi_ends_with(t, i, MODEL[k]))
                    return true;
    }
    return false;
}

/* Does the place at hit h own another program than p by a possessive
 * ("Boston's Operation Ceasefire", p being Project Exile)? */
static bool owns_other_program(const cpi_extract *x, const hits *programs, const cpi_hit *h,
                               const cp_program *p) {
    const cp_block *b = &x->doc->blocks[h->block];
    const char *t = cpi_block_text(b);
    if (h->end + 3 >= b->text_size || t[h->end] != '\'' || t[h->end + 1] != 's' ||
        t[h->end + 2] != ' ')
        return false;
    size_t k = lower_bound(programs, h->block, h->end + 3);
    return cpi_is_upper(t[h->end + 3]) && k < programs->n && programs->h[k].block == h->block &&
           programs->h[k].start == h->end + 3 && programs->h[k].entity != p &&
           ((const cp_program *)programs->h[k].entity)->parent != p;
}

/* Does a dateline's date and source or dash start at t[at]: "Feb. 15, 2007
 * (National Press Wire) -", "Feb. 15 (Reuters) -", "March 3 --"? */
static bool dated_dateline_rest(const char *t, size_t n, size_t at) {
    cpi_date date;
    size_t used = 0, e = at;
    if (cpi_parse_date(t + at, n - at, &date, &used)) {
        e = at + used;
    } else { /* a month and a day, no year */
        while (e < n && cpi_is_alpha(t[e]))
            e++;
        if (!cpi_month_word(t + at, e - at))
            return false;
        if (e < n && t[e] == '.')
            e++;
        if (e + 1 >= n || t[e] != ' ' || !cpi_is_digit(t[e + 1]))
            return false;
        e += 2;
        while (e < n && cpi_is_digit(t[e]))
            e++;
    }
    return e + 2 <= n && t[e] == ' ' &&
           (t[e + 1] == '(' || t[e + 1] == '-' ||
            (e + 4 <= n && (unsigned char)t[e + 1] == 0xE2 && (unsigned char)t[e + 2] == 0x80 &&
             ((unsigned char)t[e + 3] == 0x94 || (unsigned char)t[e + 3] == 0x93)));
}

/* A place that names a program's branch ("the Gulf Coast HIDTA") or begins
 * the name of the program another is modeled on ("modeled on the D.C. Safe
 * and Beautiful Task Force"), or a dateline ("(Washington, D.C.) -", "NEW
 * YORK -", "WASHINGTON, Feb. 15 (Reuters) -"), is not a member. */
static inline bool names_not_member(const cpi_extract *x, const hits *programs,
                                    const cpi_hit *h, walk *after) {
    const cp_block *b = &x->doc->blocks[h->block];
    const char *t = cpi_block_text(b);
    const cpi_hit *ph = programs->h;
    size_t k = walk_to(after, h->block, h->start); /* a program's name from it on */
    if (k < programs->n && ph[k].block == h->block && ph[k].start == h->start &&
        ph[k].end > h->end && model_before(t, h->start))
        return true;
    /* a program's name right after it (the names that start inside it
     * stepped over: few or none) */
    while (k < programs->n && ph[k].block == h->block && ph[k].start <= h->end)
        k++;
    if (k < programs->n && ph[k].block == h->block && ph[k].start == h->end + 1)
        return true;
    size_t s = h->start, e = h->end, n = b->text_size;
    if (s > 1 || b->kind == CP_BLOCK_LIST_ITEM)
        return false; /* a dateline opens a block; a list item names a place */
    if (s == 1)
        return t[0] == '(' && e < n && t[e] == ')';
    /* "NEW YORK - The ...", but not an award's line "Ames, Iowa - $150,000" */
    bool amount = e + 3 < n && (t[e + 3] == '$' || cpi_is_digit(t[e + 3]));
    if (e + 2 <= n &&
        ((memcmp(t + e, " -", 2) == 0 && !amount) || memcmp(t + e, " (", 2) == 0))
        return true;
    return e + 2 < n && t[e] == ',' && t[e + 1] == ' ' && cpi_is_upper(t[e + 2]) &&
           dated_dateline_rest(t, n, e + 2);
}

/* "not on Wednesday's list", "not on the final list": "on", then "list"
 * within three words. */
static bool list_ahead(const char *t, size_t n, size_t at) {
    if (!cpi_starts_with(t, n, at, "on "))
        return false;
    size_t i = at + 3;
    for (int words = 0; words < 3 && i < n; words++) {
        size_t len = cpi_inner_len(t, n, i);
        if (len == 4 && memcmp(t + i, "list", 4) == 0)
            return true;
        i += len;
        while (i < n && (t[i] == '\'' || (unsigned char)t[i] >= 0x80 || cpi_is_alpha(t[i])))
            i++; /* "Wednesday's", "Wednesday\u2019s" */
        if (i >= n || t[i] != ' ')
            return false;
        i++;
    }
    return false;
}

/* "is not a PSP site", "itself is not a Weed and Seed site", "are not
 * formal members": after "not " (at t[p]), an article and, a few words on,
 * "site" or "member"; or, with no article, "members" as the next word or
 * the one after it. */
static bool not_a_site(const char *t, size_t n, size_t p) {
    enum { NEAR = 48 };
    size_t i = cpi_starts_with(t, n, p, "a ")    ? p + 2
               : cpi_starts_with(t, n, p, "an ") ? p + 3
                                                 : 0;
    if (!i) {
        size_t w = p;
        if (cpi_starts_with(t, n, p, "only "))
            return false; /* "not only members but leaders" */
        for (int words = 0; words < 2 && w < n && cpi_is_lower(t[w]); words++) {
            if (cpi_starts_with(t, n, w, "members") &&
                (w + 7 == n || !cpi_is_alpha(t[w + 7])))
                return true;
            while (w < n && cpi_is_lower(t[w]))
                w++;
            if (w >= n || t[w] != ' ')
                break;
            w++;
        }
        return false;
    }
    for (size_t end = i + NEAR < n ? i + NEAR : n; i + 4 <= end; i++) {
        if (t[i] == ',' || t[i] == '.' || t[i] == ';')
            return false;
        size_t e = t[i - 1] != ' '                                                ? 0
                   : t[i] == 's' && memcmp(t + i, "site", 4) == 0                 ? i + 4
                   : t[i] == 'm' && i + 6 <= n && memcmp(t + i, "member", 6) == 0 ? i + 6
                                                                                  : 0;
        if (e && e < n && t[e] == 's')
            e++; /* "sites", "members" */
        if (e && (e == n || !cpi_is_alpha(t[e])))
            return true; /* (not "membership") */
    }
    return false;
}

/* Words in t[from..to) that say places take part: " part of", " a site",
 * " a PSP site", " members", " among" ... */
static bool says_taking_part(const char *t, size_t from, size_t to) {
    static const char *const TAKING_PART[] = {" part of",  " participat", " member",
                                              " site",     " among",      " included",
                                              " eligible", " selected"};
    for (size_t i = from; i < to; i++)
        for (size_t k = 0; t[i] == ' ' && k < sizeof TAKING_PART / sizeof TAKING_PART[0];
             k++)
            if (cpi_starts_with(t, to, i, TAKING_PART[k]))
                return true;
    return false;
}

/* "Neither Mobile nor Tuscaloosa is part of the partnership": at the
 * "nor" (t[p]), "neither" before it and what they are not after it. */
static bool neither_nor(const char *t, size_t n, size_t p) {
    enum { NEAR = 60 };
    if (p + 4 >= n || t[p + 2] != 'r' || t[p + 3] != ' ' || !word_starts(t, p))
        return false;
    size_t from = p > NEAR ? p - NEAR : 0;
    bool neither = false;
    for (size_t i = from; i + 8 <= p && !neither; i++)
        neither = (t[i] | 0x20) == 'n' && memcmp(t + i + 1, "either ", 7) == 0 &&
                  word_starts(t, i);
    if (!neither)
        return false;
    return says_taking_part(t, p + 3, p + NEAR < n ? p + NEAR : n);
}

/* "Bessemer, Fairfield and the rest of Jefferson County: why the county
 * sheriff asked to join": at the "jo" of "join" (t[p]), a wish to join,
 * not a place in the program yet. */
static bool asks_to_join(const char *t, size_t n, size_t p) {
    static const char *const WISH[] = {"asked to ",  "applied to ", "hopes to ",
                                       "hoping to ", "wants to ",   "seeking to ",
                                       "sought to ", "plans to ",   "asking to "};
    if (p + 4 > n || memcmp(t + p, "join", 4) != 0 ||
        (p + 4 < n && cpi_is_alpha(t[p + 4])))
        return false;
    /* the text's program, unnamed: "asked to join.", "asked to join it",
     * "asked to join the Tampa site", "... a second phase" (a later round
     * of it); not "asked to join a methamphetamine task force" (another's) */
    static const char *const ROUND[] = {" a second", " a third",     " a later",
                                        " a future", " a new round", " an expanded"};
    if (p + 4 < n && t[p + 4] == ' ' && !cpi_starts_with(t, n, p + 4, " it") &&
        !cpi_starts_with(t, n, p + 4, " them") &&
        !cpi_starts_with(t, n, p + 4, " the ") &&
        !cpi_phrase_at(t, n, p + 4, CPI_PHRASES(ROUND)))
        return false;
    for (size_t k = 0; k < sizeof WISH / sizeof WISH[0]; k++)
        if (cpi_ends_with(t, p, WISH[k]) && word_starts(t, p - strlen(WISH[k])))
            return true;
    return false;
}

/* At the "no " of t[p]: does a place have none of it ("Glendale, Calif.,
 * ... has no Smart Policing grant", "received no federal money", "cities
 * with no PSN enhancement")? A verb of having before, a grant's noun
 * within four words after, or a program's initials right after. */
static bool has_none(const char *t, size_t n, size_t p) {
    static const char *const HAVING[] = {"has ",  "have ",     "had ", "got ",
                                         "gets ", "received ", "with "};
    static const char *const GRANTS[] = {"grant", "grants",  "money", "funding",
                                         "funds", "program", "site",  "team",
                                         "task",  "surge"};
    bool having = false;
    for (size_t k = 0; k < sizeof HAVING / sizeof HAVING[0] && !having; k++)
        having = cpi_ends_with(t, p, HAVING[k]) && word_starts(t, p - strlen(HAVING[k]));
    if (!having)
        return false;
    size_t i = p + 3;
    /* ("cities with no PSN enhancement": a program's initials) */
    size_t caps = 0;
    while (i + caps < n && cpi_is_upper(t[i + caps]))
        caps++;
    if (caps >= 2 && (i + caps == n || !cpi_is_alpha(t[i + caps])))
        return true;
    for (int words = 0; words < 4 && i < n; words++) {
        if (cpi_phrase_at(t, n, i, CPI_PHRASES(GRANTS)))
            return true;
        while (i < n && t[i] != ' ' && t[i] != '.' && t[i] != ',')
            i++;
        if (i >= n || t[i] != ' ')
            return false;
        i++;
    }
    return false;
}

/* Does "asked the " come in the 64 bytes before `at` ("asked the Justice
 * Department on Tuesday to extend ...")? */
static bool holds_phrase(const char *t, size_t n, const char *z);
static bool asked_before(const char *t, size_t at) {
    size_t from = at > 64 ? at - 64 : 0;
    return holds_phrase(t + from, at - from, "asked the");
}

/* Is one of left_out's cues at the pair of bytes t[p], t[p + 1] (p + 1 <
 * n): "not part of", "no longer part", "none of which", "never joined",
 * "neither ... nor ... part of", "asked to join", "declined them", "turned
 * down", "threatened to", "left out", "left off the list", "could be next",
 * "next targets", "asked the ... to extend", "contributed to this report"?
 * Each cue is known by a pair
 * of its bytes: "no", "ne" (also of "threatened"), the "'t" of "wasn't", the
 * "ft" of "left", the "xt" of "next" and "extend", the "xp" of "expand",
 * the "ib" of "contributed", the "jo" of "join". */
static bool left_out_cue(const char *t, size_t n, size_t p) {
    static const char *const AFTER_NOT[] = {
        "part of",       "included",    "among",          "selected",    "qualify",
        "eligible",      "on the list", "one of",         "funded",      "chosen",
        "been asked",    "be spent",    "include",        "taking part", "take part",
        "participating", "apply",       "applied",        "receive",     "work in",
        "operate in",    "on it",       "been contacted", "been told",   "in the program",
        "sign on",       "signed on",   "sign up",        "signed up",   "put in any",
        "received",      "covered",     "joined",         "consulted",   "been targeted",
        "targeted",      "deployed",    "sent to",        "expanded to", "extended to"};
    static const char *const NO_LONGER[] = {"no longer part", "none of them", "none of these",
                                            "none of which"};
    static const char *const NEITHER[] = {"neither of which", "neither of them"};
    static const char *const AFTER_NEVER[] = {
        "been chosen",  "been part", "been selected", "joined",
        "participated", "signed on", "took part",     "applied",
        "chosen",       "selected",  "included",      "a",
        "been a",       "been an",   "been among",    "been one of"};
    static const char *const CREDIT[] = {"contributed to this report", "contributed reporting"};
    static const char *const NEXT[] = {"could be next", "may be next", "might be next"};
    static const char *const LEFT_OUT[] = {"left off", "left out"};
    static const char *const NEXT_TARGET[] = {"next target", "next targets"};
    /* "Selma and Hattiesburg declined them", "declined the award": not
     * "homicides declined 12 percent" */
    static const char *const DECLINED[] = {"them", "it", "the", "an", "to join",
                                           "to take part", "to participate"};
    size_t at;
    switch (t[p]) {
    case '\'': /* "wasn't one of", "weren't funded" */
        return t[p + 1] == 't' && p >= 2 && t[p - 1] == 'n' && cpi_is_alpha(t[p - 2]) &&
               p + 3 < n && t[p + 2] == ' ' && cpi_phrase_at(t, n, p + 3, CPI_PHRASES(AFTER_NOT));
    case 'n': /* "not ...", "no longer part", "never ..." */
        if (t[p + 1] == 'e' && p >= 5 && memcmp(t + p - 5, "declined ", 9) == 0 &&
            word_starts(t, p - 5)) /* (the "ne" of "declined") */
            return cpi_phrase_at(t, n, p + 4, CPI_PHRASES(DECLINED)) > 0;
        if (t[p + 1] == 'e' && p >= 7 && p + 7 <= n &&
            memcmp(t + p - 7, "threatened to ", 14) == 0 && word_starts(t, p - 7))
            return true; /* (the "ne" of "threatened") "has threatened to send
                          * agents to ...": a threat, not a deployment */
        if (t[p + 1] == 'e' && p >= 3 && word_starts(t, p - 3) &&
            (cpi_starts_with(t, n, p - 3, "turned down") ||
             cpi_starts_with(t, n, p - 3, "turned away")))
            return true; /* (the "ne" of "turned") "was turned down" */
        if (!word_starts(t, p))
            return false;
        if (t[p + 1] == 'e') /* "never joined", "neither of which is a site" */
            return (p + 6 <= n && memcmp(t + p, "never ", 6) == 0 &&
                    cpi_phrase_at(t, n, p + 6, CPI_PHRASES(AFTER_NEVER)) > 0) ||
                   cpi_phrase_at(t, n, p, CPI_PHRASES(NEITHER)) > 0;
        if (t[p + 1] != 'o')
            return false;
        if (p + 3 <= n && t[p + 2] == ' ' && has_none(t, n, p))
            return true; /* (else "no longer part", below) */
        if (p + 4 <= n && t[p + 2] == 't' && t[p + 3] == ' ' &&
            (cpi_phrase_at(t, n, p + 4, CPI_PHRASES(AFTER_NOT)) ||
             list_ahead(t, n, p + 4) || not_a_site(t, n, p + 4)) &&
            !cpi_ends_with(t, p, "which did ") && !cpi_ends_with(t, p, "which does ") &&
            !cpi_ends_with(t, p, "which had "))
            return true; /* (not in a clause about one place: "Sacramento, which did
                          * not apply for hiring money, received ...") */
        return cpi_phrase_at(t, n, p, CPI_PHRASES(NO_LONGER)) > 0 || neither_nor(t, n, p);
    case 'j':
        return asks_to_join(t, n, p);
    case 'f':
        at = p - 2;
        return p >= 2 && at + 6 <= n && memcmp(t + at, "left o", 6) == 0 &&
               word_starts(t, at) && cpi_phrase_at(t, n, at, CPI_PHRASES(LEFT_OUT));
    case 'x': /* places that may come later: "Chicago and Baltimore could be
               * next", "naming Chicago ... as possible next targets", "asked
               * the department ... to extend the operation into Kansas" */
        if (p >= 2 && word_starts(t, p - 2) && cpi_phrase_at(t, n, p - 2, CPI_PHRASES(NEXT_TARGET)))
            return true;
        if (p >= 4 && p + 6 <= n &&
            (memcmp(t + p - 4, "to extend ", 10) == 0 ||
             memcmp(t + p - 4, "to expand ", 10) == 0))
            return asked_before(t, p - 4);
        at = p - 5;
        return p >= 5 && at + 7 <= n && memcmp(t + at, "be next", 7) == 0 &&
               word_starts(t, at) && at >= 6 &&
               (cpi_phrase_at(t, n, at - 6, CPI_PHRASES(NEXT)) ||
                (at >= 4 && cpi_phrase_at(t, n, at - 4, CPI_PHRASES(NEXT))));
    case 'i': /* a reporter's place: "AP writer Tom Reyes in Phoenix
               * contributed to this report" */
        at = p - 5;
        return p >= 5 && at + 11 <= n && memcmp(t + at, "contributed", 11) == 0 &&
               word_starts(t, at) && cpi_phrase_at(t, n, at, CPI_PHRASES(CREDIT));
    default:
        return false;
    }
}

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k set where s[k], s[k + 1] is a pair of left_out_cue, for k < 16
 * (reads s[0..17)). */
static inline unsigned cue_pairs16(const char *s) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
    __m128i no = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('n')),
                               _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('o')),
                                            _mm_cmpeq_epi8(b, _mm_set1_epi8('e'))));
    __m128i x = _mm_cmpeq_epi8(a, _mm_set1_epi8('x'));
    __m128i ft_xt = _mm_or_si128(
        _mm_and_si128(_mm_or_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('f')), x),
                      _mm_cmpeq_epi8(b, _mm_set1_epi8('t'))),
        _mm_and_si128(x, _mm_cmpeq_epi8(b, _mm_set1_epi8('p')))); /* (and "xp") */
    __m128i ib = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('i')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('b')));
    __m128i nt = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('\'')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('t')));
    __m128i jo = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('j')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('o')));
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_or_si128(no, nt), _mm_or_si128(ft_xt, ib)), jo));
}
#endif

#if defined(__SSE2__) && defined(__GNUC__)
/* The pairs t[p + k], t[p + k + 1] (k < 16, p + 1 < n) that `screen16`
 * marks, as bits: read in place, or from the 17 bytes that end t (less the
 * pairs seen before), or from a copy padded with NULs (no pair's) when t is
 * short. The screens of left_out and reports_attack share it. */
static inline unsigned screened_pairs(const char *t, size_t n, size_t p,
                                      unsigned (*screen16)(const char *)) {
    if (p + 17 <= n)
        return screen16(t + p);
    if (n >= 17)
        return screen16(t + n - 17) >> (p - (n - 17));
    char tail[17] = {0};
    cpi_copy_short(tail, t + p, n - p);
    return screen16(tail);
}
#endif

/* Does the sentence say its places are left out ("were not part of the
 * operation", "did not qualify"), or only credit a reporter? Most sentences
 * hold none of the cues: one pass finds the pairs of bytes that mark them
 * (see left_out_cue), and only there is a cue read. */
static bool left_out(const char *t, size_t n) {
    size_t p = 0; /* pairs t[p], t[p + 1] not yet looked at */
#if defined(__SSE2__) && defined(__GNUC__)
    for (; p + 1 < n; p += 16) {
        unsigned mask = screened_pairs(t, n, p, cue_pairs16);
        for (; mask; mask &= mask - 1)
            if (left_out_cue(t, n, p + (size_t)__builtin_ctz(mask)))
                return true;
    }
#else
    for (; p + 1 < n; p++) {
        char a = t[p], b = t[p + 1];
        if (((a == 'n' && (b == 'o' || b == 'e')) ||
             ((a == 'f' || a == 'x' || a == '\'') && b == 't') ||
             (a == 'x' && b == 'p') || (a == 'i' && b == 'b') ||
             (a == 'j' && b == 'o')) &&
            left_out_cue(t, n, p))
            return true;
    }
#endif
    return false;
}

/* The start of the clause that leaves places out in t[start, end) (see
 * left_out): the last " - ", "; " or comma and conjunction (", but") before
 * its cue, unless a relative clause comes first ("Tulsa, which was not
 * selected": the place before it is the one left out); `start` when none. */
static size_t before_left_out(const char *t, size_t start, size_t end) {
    size_t at = end;
    for (size_t p = start; p + 1 < end && at == end; p++)
        if (left_out_cue(t + start, end - start, p - start))
            at = p;
    if (at == end)
        return start;
    /* (a list's comma opens no clause: "Columbia, Rolla and Boone County
     * asked to join"; a conjunction after the comma does) */
    static const char *const JOINED[] = {"and ", "but ", "while ", "whereas ",
                                         "although "};
    for (size_t q = at; q > start + 2; q--) {
        if (t[q - 1] != ' ')
            continue;
        bool semicolon = t[q - 2] == ';';
        bool dash = t[q - 2] == '-' && q >= start + 3 && t[q - 3] == ' ';
        bool comma = t[q - 2] == ',' && cpi_prefix_at(t, end, q, CPI_PHRASES(JOINED));
        if (semicolon || dash || comma)
            return q - 2;
        if (t[q - 2] == ',') {
            static const char *const OWN[] = {"which ", "who ", "that ", "where "};
            if (cpi_prefix_at(t, end, q, CPI_PHRASES(OWN)))
                return start; /* ("Tulsa, which was not selected") */
        }
    }
    return start;
}

/* Does t[0..n) hold z at a word's start? */
static bool holds_phrase(const char *t, size_t n, const char *z) {
    for (const char *q = memchr(t, z[0], n); q;
         q = memchr(q + 1, z[0], (size_t)(t + n - q - 1)))
        if (word_starts(t, (size_t)(q - t)) &&
            cpi_phrase_at(t, n, (size_t)(q - t), &z, 1))
            return true;
    return false;
}

/* Does the sentence t[0..n) ask in reported speech ("He asked whether any
 * of the officers would go to Millcreek Township", "asking if"), or ask
 * for what it does not have ("asked to be considered", "asked for teams
 * of their own", "has asked")? Found from the rare "k" of the verb. */
static bool asks_indirectly(const char *t, size_t n) {
    static const char *const ASKING[] = {"asked whether ",  "asked if ",
                                         "asking whether ", "asking if ",
                                         "asked to be ",    "asking to be "};
    for (const char *q = memchr(t, 'k', n); q;
         q = memchr(q + 1, 'k', (size_t)(t + n - q - 1))) {
        size_t p = (size_t)(q - t);
        if (p < 2 || (t[p - 2] | 0x20) != 'a' || t[p - 1] != 's' ||
            !word_starts(t, p - 2))
            continue;
        for (size_t k = 0; k < sizeof ASKING / sizeof ASKING[0]; k++)
            if (cpi_starts_with(t, n, p - 2, ASKING[k]))
                return true;
        /* a request still open: "Brooklyn Center has asked the county to
         * extend the teams" */
        static const char *const ASKED_OF[] = {"asked the ", "asked for "};
        if ((cpi_starts_with(t, n, p - 2, ASKED_OF[0]) ||
             cpi_starts_with(t, n, p - 2, ASKED_OF[1])) &&
            (cpi_ends_with(t, p - 2, "has ") || cpi_ends_with(t, p - 2, "have ")))
            return true; /* (not a question about it, "have asked why Fort
                          * Wayne needs this", nor what else it asked to join) */
        if (cpi_starts_with(t, n, p - 2, "asked for ") &&
            (holds_phrase(t + p, n - p, "of their own") ||
             holds_phrase(t + p, n - p, "of its own")))
            return true;
    }
    return false;
}

/* Does the sentence t[0..n) ask ("Would they do this in Carmel?"), or
 * credit a wire story's reporters ("(Reporting by Ann Lee in Phoenix;
 * editing by ...)")? Either names its places without saying the program
 * works there. */
static inline bool asks(const char *t, size_t n) {
    size_t e = n;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == '\''))
        e--;
    if (e > 0 && t[e - 1] == '?')
        return true;
    if (asks_indirectly(t, n))
        return true;
    size_t i = n > 0 && t[0] == '(' ? 1 : 0;
    return i + 13 <= n && (t[i] | 0x20) == 'r' && memcmp(t + i + 1, "eporting by ", 12) == 0;
}

enum { TREND_NONE, TREND_COUNT, TREND_CHANGE };

/* Is the word w[0..len) (its first letter in either case) a count of
 * violence ("homicides") or a change ("rose"), or neither? Asked of every
 * word of a sentence: a switch on the first letter, then a length, then
 * the bytes. */
static int trend_word(const char *w, size_t len) {
#define TREND_IS(s) (len == sizeof(s) - 1 && memcmp(w + 1, (s) + 1, len - 1) == 0)
    switch (w[0] | 0x20) {
    case 'a':
        return TREND_IS("assaults") ? TREND_COUNT : TREND_NONE;
    case 'c':
        if (TREND_IS("carjackings"))
            return TREND_COUNT;
        return TREND_IS("climbed") ? TREND_CHANGE : TREND_NONE;
    case 'd':
        if (TREND_IS("deaths"))
            return TREND_COUNT;
        return TREND_IS("decline") || TREND_IS("declined") || TREND_IS("declines") ||
                       TREND_IS("decreased") || TREND_IS("dipped") ||
                       TREND_IS("doubled") || TREND_IS("drop") || TREND_IS("dropped") ||
                       TREND_IS("drops")
                   ? TREND_CHANGE
                   : TREND_NONE;
    case 'f':
        return TREND_IS("fell") || TREND_IS("fallen") || TREND_IS("fall") ||
                       TREND_IS("falls")
                   ? TREND_CHANGE
                   : TREND_NONE;
    case 'h':
        return TREND_IS("homicide") || TREND_IS("homicides") ? TREND_COUNT : TREND_NONE;
    case 'i':
        return TREND_IS("increased") || TREND_IS("increases") ? TREND_CHANGE : TREND_NONE;
    case 'j':
        return TREND_IS("jumped") ? TREND_CHANGE : TREND_NONE;
    case 'k':
        return TREND_IS("killings") ? TREND_COUNT : TREND_NONE;
    case 'm':
        return TREND_IS("murders") ? TREND_COUNT : TREND_NONE;
    case 'o':
        return TREND_IS("overdoses") ? TREND_COUNT : TREND_NONE;
    case 'p':
        return TREND_IS("plunged") || TREND_IS("plummeted") ? TREND_CHANGE : TREND_NONE;
    case 'r':
        if (TREND_IS("robberies"))
            return TREND_COUNT;
        return TREND_IS("recorded") || TREND_IS("rose") || TREND_IS("risen") ||
                       TREND_IS("rise") || TREND_IS("rises")
                   ? TREND_CHANGE
                   : TREND_NONE;
    case 's':
        if (TREND_IS("shootings"))
            return TREND_COUNT;
        return TREND_IS("seen") || TREND_IS("soared") || TREND_IS("spiked") ||
                       TREND_IS("surged")
                   ? TREND_CHANGE
                   : TREND_NONE;
    case 't':
        return TREND_IS("tripled") ? TREND_CHANGE : TREND_NONE;
    default:
        return TREND_NONE;
    }
#undef TREND_IS
}

/* The counts of violence trend_word knows, each with where in it the bytes
 * that count_noun_screen16 looks for begin: "hs", "gs", "rd", "bb", "mic"
 * and "ult" are rare in other words, and none is at a first letter (which
 * may be a capital). */
typedef struct screened_word {
    const char *w;
    size_t len, at;
} screened_word;
static const screened_word COUNT_NOUNS[] = {
    {"assaults", 8, 4},  {"carjackings", 11, 9}, {"deaths", 6, 4},    {"homicide", 8, 2},
    {"homicides", 9, 2}, {"killings", 8, 6},     {"murders", 7, 2},   {"overdoses", 9, 3},
    {"robberies", 9, 2}, {"shootings", 9, 7},
};

/* Where one of COUNT_NOUNS, as a whole word (its first letter in either
 * case), stands with its screened bytes at t[p]: its start, its end in
 * *end; else n. */
static size_t count_noun_around(const char *t, size_t n, size_t p, size_t *end) {
    for (size_t k = 0; k < COUNT(COUNT_NOUNS); k++) {
        const screened_word *c = &COUNT_NOUNS[k];
        size_t at = p - c->at;
        if (t[p] != c->w[c->at] || p < c->at || at + c->len > n)
            continue; /* another noun's bytes, or no room for this one */
        /* a whole word first (the bytes of "homicide" begin "homicides"),
         * then its letters */
        if ((at == 0 || !cpi_is_alpha(t[at - 1])) &&
            (at + c->len == n || !cpi_is_alpha(t[at + c->len])) &&
            (t[at] | 0x20) == c->w[0] && memcmp(t + at + 1, c->w + 1, c->len - 1) == 0) {
            *end = at + c->len;
            return at;
        }
    }
    return n;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k set where the bytes from s[k] are "hs", "gs", "rd", "bb", "mic"
 * or "ult" (see COUNT_NOUNS), for k < 16 (reads s[0..18)). */
static inline unsigned count_noun_screen16(const char *s) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + 2));
    __m128i hs_gs = _mm_and_si128(_mm_or_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('h')),
                                               _mm_cmpeq_epi8(a, _mm_set1_epi8('g'))),
                                  _mm_cmpeq_epi8(b, _mm_set1_epi8('s')));
    __m128i rd = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('r')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('d')));
    __m128i bb = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('b')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('b')));
    __m128i mic = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('m')),
                                              _mm_cmpeq_epi8(b, _mm_set1_epi8('i'))),
                                _mm_cmpeq_epi8(c, _mm_set1_epi8('c')));
    __m128i ult = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('u')),
                                              _mm_cmpeq_epi8(b, _mm_set1_epi8('l'))),
                                _mm_cmpeq_epi8(c, _mm_set1_epi8('t')));
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(hs_gs, _mm_or_si128(rd, bb)), _mm_or_si128(mic, ult)));
}
#endif

/* Where the first of COUNT_NOUNS in t[0..n) starts, its end in *end; n
 * when there is none. Most sentences name no count: one pass finds the
 * bytes that mark them, 16 at a time, and only there is a word read. */
static size_t first_count_noun(const char *t, size_t n, size_t *end) {
    size_t p = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    for (; p + 1 < n; p += 16) {
        unsigned mask;
        if (p + 18 <= n) {
            mask = count_noun_screen16(t + p);
        } else { /* the last bytes, from a copy padded with NULs (no pair's;
                  * the 18 that end t would leave out the last pair) */
            char tail[18] = {0};
            cpi_copy_short(tail, t + p, n - p);
            mask = count_noun_screen16(tail);
        }
        for (; mask; mask &= mask - 1) {
            size_t at = count_noun_around(t, n, p + (size_t)__builtin_ctz(mask), end);
            if (at < n)
                return at;
        }
    }
#else
    for (; p + 1 < n; p++) {
        char a = t[p], b = t[p + 1];
        if (((a == 'h' || a == 'g') && b == 's') || (a == 'r' && b == 'd') ||
            (a == 'b' && b == 'b') ||
            (a == 'm' && b == 'i' && p + 2 < n && t[p + 2] == 'c') ||
            (a == 'u' && b == 'l' && p + 2 < n && t[p + 2] == 't')) {
            size_t at = count_noun_around(t, n, p, end);
            if (at < n)
                return at;
        }
    }
#endif
    return n;
}

/* Does a word of t[0..n) that starts in [from, to) (not inside a word
 * begun before `from`) have a trend_word kind of `want`? */
static bool trend_word_in(const char *t, size_t n, size_t from, size_t to, int want) {
    size_t i = from;
    while (i > 0 && i < to && cpi_is_alpha(t[i - 1]) && cpi_is_alpha(t[i]))
        i++; /* the rest of a word begun before */
    while (i < to) {
        if (!cpi_is_alpha(t[i])) {
            i++;
            continue;
        }
        /* a word's letters, eight at a time; a word of 10 or more letters
         * is none of them and is passed over whole */
        size_t len = cpi_letter_run(t, n, i, 10);
        if (len >= 4 && len <= 9 && trend_word(t + i, len) == want)
            return true;
        i += len;
        while (i < n && cpi_is_alpha(t[i]))
            i++;
    }
    return false;
}

/* Does the sentence t[0..n) report a count of violence going up or down
 * ("Overdose deaths in Maricopa County rose 47 percent", "In Pitt County,
 * shootings have climbed", "Toledo and Akron have also seen sharp
 * increases in killings")? Its places are where the numbers were counted,
 * not, by being named, where a program works. Most sentences name no
 * count; where one does, the change is mostly told right after or before
 * it, and those words are read first. A count in a clause that describes
 * places named before it ("will concentrate on Oakland, Richmond and
 * Vallejo, where shootings have surged") tells why they were chosen. */
static inline bool trend_of_count(const char *t, size_t n, size_t start, size_t end);
static bool crime_trend(const char *t, size_t n) {
    size_t end;
    size_t start = first_count_noun(t, n, &end);
    if (start >= n)
        return false;
    for (const char *q = memchr(t, ',', start); q;
         q = memchr(q + 1, ',', (size_t)(t + start - q - 1)))
        if ((size_t)(t + start - q) >= 8 && memcmp(q, ", where ", 8) == 0)
            return false;
    return trend_of_count(t, n, start, end);
}

/* crime_trend once the first count, t[start..end), is found; a count
 * compared with another's ("Memphis still has far more killings than we
 * do") is one too. */
static inline bool trend_of_count(const char *t, size_t n, size_t start, size_t end) {
    enum { NEAR = 32 }; /* bytes read first on either side of the count */
    /* "homicides are up 40 percent" (words too short for trend_word) */
    static const char *const UP_DOWN[] = {" are up",    " are down", " were up",
                                          " were down", " is up",    " is down",
                                          " was up",    " was down"};
    return (cpi_starts_with(t, n, end, " than ") &&
            (cpi_ends_with(t, start, "more ") || cpi_ends_with(t, start, "fewer "))) ||
           cpi_phrase_at(t, n, end, CPI_PHRASES(UP_DOWN)) ||
           trend_word_in(t, n, end, end + NEAR < n ? end + NEAR : n, TREND_CHANGE) ||
           trend_word_in(t, n, start > NEAR ? start - NEAR : 0, start, TREND_CHANGE) ||
           trend_word_in(t, n, 0, n, TREND_CHANGE);
}

/* Is one of reports_attack's words ("gunman", "gunmen", "shooter", "mass
 * shooting") at the pair of bytes t[p], t[p + 1] (p + 1 < n): the "nm" of
 * "gunman", the "oo" of the others? */
static inline bool attack_word_at(const char *t, size_t n, size_t p) {
    if (t[p] == 'o')
        return (p >= 2 && p + 5 <= n && memcmp(t + p - 2, "shooter", 7) == 0) ||
               (p >= 7 && p + 6 <= n && memcmp(t + p - 7, "mass shooting", 13) == 0);
    return p >= 2 && p + 4 <= n && memcmp(t + p - 2, "gunm", 4) == 0 &&
           (t[p + 2] == 'a' || t[p + 2] == 'e') && t[p + 3] == 'n';
}

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k set where s[k], s[k + 1] is "oo" or "nm", for k < 16 (reads
 * s[0..17)). */
static inline unsigned attack_pairs16(const char *s) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
    __m128i oo = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('o')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('o')));
    __m128i nm = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('n')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('m')));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(oo, nm));
}
#endif

/* Does the sentence t[0..n) tell of an attack ("after a gunman killed 10
 * people at a supermarket in Buffalo", "the mass shooting in Uvalde")? Its
 * places are where it happened. One pass finds the pairs of bytes that
 * mark its words (see attack_word_at), and only there is a word read. */
static bool reports_attack(const char *t, size_t n) {
    size_t p = 0; /* pairs t[p], t[p + 1] not yet looked at */
#if defined(__SSE2__) && defined(__GNUC__)
    for (; p + 1 < n; p += 16) {
        unsigned mask = screened_pairs(t, n, p, attack_pairs16);
        for (; mask; mask &= mask - 1)
            if (attack_word_at(t, n, p + (size_t)__builtin_ctz(mask)))
                return true;
    }
#else
    for (; p + 1 < n; p++)
        if (((t[p] == 'o' && t[p + 1] == 'o') || (t[p] == 'n' && t[p + 1] == 'm')) &&
            attack_word_at(t, n, p))
            return true;
#endif
    return false;
}

enum { TRADE_NONE, TRADE_DRUG, TRADE_FLOW };

/* Is the word w[0..len) (lower case) a drug's name or a verb of its trade?
 * A switch on the first letter, then a length, then the bytes. */
static int trade_word(const char *w, size_t len) {
#define TRADE_IS(s) (len == sizeof(s) - 1 && memcmp(w + 1, (s) + 1, len - 1) == 0)
    switch (w[0]) {
    case 'b':
        return TRADE_IS("bought") ? TRADE_FLOW : TRADE_NONE;
    case 'c':
        return TRADE_IS("cocaine") ? TRADE_DRUG : TRADE_NONE;
    case 'd':
        return TRADE_IS("drugs")                               ? TRADE_DRUG
               : TRADE_IS("driven") || TRADE_IS("distributed") ? TRADE_FLOW
                                                               : TRADE_NONE;
    case 'f':
        return TRADE_IS("fentanyl") ? TRADE_DRUG : TRADE_NONE;
    case 'h':
        return TRADE_IS("heroin") ? TRADE_DRUG : TRADE_IS("headed") ? TRADE_FLOW : TRADE_NONE;
    case 'l':
        return TRADE_IS("loads") ? TRADE_DRUG : TRADE_NONE;
    case 'm':
        return TRADE_IS("meth") || TRADE_IS("methamphetamine") || TRADE_IS("marijuana")
                   ? TRADE_DRUG
               : TRADE_IS("moved") || TRADE_IS("moving") ? TRADE_FLOW
                                                         : TRADE_NONE;
    case 'o':
        return TRADE_IS("opioids") ? TRADE_DRUG : TRADE_NONE;
    case 'p':
        return TRADE_IS("pills") ? TRADE_DRUG : TRADE_NONE;
    case 's':
        return TRADE_IS("shipped") || TRADE_IS("smuggled") || TRADE_IS("sold") ? TRADE_FLOW
                                                                                 : TRADE_NONE;
    case 't':
        return TRADE_IS("trucked") || TRADE_IS("traced") ? TRADE_FLOW : TRADE_NONE;
    default:
        return TRADE_NONE;
    }
#undef TRADE_IS
}

/* Does trade_word's drug name w (length len) stand at t[at] as drug_flow
 * reads its words: a run of lower case letters with no letter before? */
static inline bool drug_word_at(const char *t, size_t n, size_t p, size_t back, const char *w,
                                size_t len) {
    size_t at = p - back;
    return p >= back && at + len <= n && memcmp(t + at, w, len) == 0 &&
           (at == 0 || !cpi_is_alpha(t[at - 1])) && (at + len == n || !cpi_is_lower(t[at + len]));
}

/* Is one of trade_word's drug names, as drug_flow reads it, at the bytes
 * t[p..] that drug_screen16 marks: the "oc" of "cocaine", the "ug" of
 * "drugs", the "yl" of "fentanyl", the "oi" of "heroin" and "opioids",
 * "meth" (and "methamphetamine"), the "pil" of "pills", the "ij" of
 * "marijuana", the "loa" of "loads" (a drug trade's word: "traced loads
 * from the Laredo crossings to Houston")? */
static bool drug_word_around(const char *t, size_t n, size_t p) {
    switch (t[p]) {
    case 'o':
        return drug_word_at(t, n, p, 1, "cocaine", 7) || drug_word_at(t, n, p, 3, "heroin", 6) ||
               drug_word_at(t, n, p, 3, "opioids", 7);
    case 'u':
        return drug_word_at(t, n, p, 2, "drugs", 5);
    case 'y':
        return drug_word_at(t, n, p, 6, "fentanyl", 8);
    case 'm':
        return drug_word_at(t, n, p, 0, "meth", 4) ||
               drug_word_at(t, n, p, 0, "methamphetamine", 15);
    case 'p':
        return drug_word_at(t, n, p, 0, "pills", 5);
    case 'i':
        return drug_word_at(t, n, p, 3, "marijuana", 9);
    case 'l':
        return drug_word_at(t, n, p, 0, "loads", 5);
    default:
        return false;
    }
}

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k set where the bytes from s[k] are "oc", "ug", "yl", "oi", "meth",
 * "pil", "ij" or "loa" (see drug_word_around), for k < 16 (reads
 * s[0..19)). */
static inline unsigned drug_screen16(const char *s) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + 1));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + 2));
    __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(s + 3));
    __m128i oc_oi = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('o')),
                                  _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('c')),
                                               _mm_cmpeq_epi8(b, _mm_set1_epi8('i'))));
    __m128i ug = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('u')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('g')));
    __m128i yl = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('y')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('l')));
    __m128i meth = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('m')),
                                               _mm_cmpeq_epi8(b, _mm_set1_epi8('e'))),
                                 _mm_and_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('t')),
                                               _mm_cmpeq_epi8(d, _mm_set1_epi8('h'))));
    __m128i pil = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('p')),
                                              _mm_cmpeq_epi8(b, _mm_set1_epi8('i'))),
                                _mm_cmpeq_epi8(c, _mm_set1_epi8('l')));
    __m128i ij = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('i')),
                               _mm_cmpeq_epi8(b, _mm_set1_epi8('j')));
    __m128i loa = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('l')),
                                              _mm_cmpeq_epi8(b, _mm_set1_epi8('o'))),
                                _mm_cmpeq_epi8(c, _mm_set1_epi8('a')));
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_or_si128(oc_oi, ug), _mm_or_si128(ij, loa)),
                     _mm_or_si128(yl, _mm_or_si128(meth, pil))));
}
#endif

/* Does t[0..n) name a drug as drug_flow reads its words? One pass finds
 * the bytes that mark the names, 16 at a time, and only there is a word
 * read. */
static bool names_drug(const char *t, size_t n) {
    size_t p = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    for (; p + 1 < n; p += 16) {
        unsigned mask;
        if (p + 19 <= n) {
            mask = drug_screen16(t + p);
        } else { /* the last bytes, from a copy padded with NULs */
            char tail[19] = {0};
            cpi_copy_short(tail, t + p, n - p);
            mask = drug_screen16(tail);
        }
        for (; mask; mask &= mask - 1)
            if (drug_word_around(t, n, p + (size_t)__builtin_ctz(mask)))
                return true;
    }
    return false;
#else
    for (; p + 1 < n; p++)
        if (drug_word_around(t, n, p))
            return true;
    return false;
#endif
}

/* Does the sentence t[0..n) tell where drugs come from or go ("Most of
 * the heroin is bought in Lawrence and driven up Interstate 95", "moved 20
 * pounds of methamphetamine from Las Vegas to Ogden", "the cocaine is
 * headed for Orlando")? Its places are sources and markets, not members:
 * a drug's name and a verb of the trade, read in one pass over its words. */
static bool drug_flow(const char *t, size_t n) {
    if (!names_drug(t, n))
        return false; /* (most sentences: no drug, no need to read words) */
    bool drug = false, flow = false;
    for (size_t i = 0; i < n;) {
        /* to the next word in lower case: most bytes are passed here */
        while (i < n && !cpi_is_lower(t[i]))
            i++;
        size_t w = i;
        while (i < n && cpi_is_lower(t[i]))
            i++;
        if (w > 0 && cpi_is_alpha(t[w - 1]))
            continue; /* (the rest of a capitalised word) */
        size_t len = i - w;
        if (len < 4 || len > 15)
            continue;
        int kind = trade_word(t + w, len);
        drug |= kind == TRADE_DRUG;
        flow |= kind == TRADE_FLOW;
        if (drug && flow)
            return true;
    }
    return false;
}

/* Is the place at `start` where drugs come from, named after "from" in a
 * clause that names a drug ("moved fentanyl and methamphetamine from
 * Detroit", "heroin from Lawrence")? A source, even in a sentence that
 * names the program (the rest of its list goes with it). */
static bool trade_source(const char *t, size_t start) {
    enum { LOOK_BACK = 80 };
    if (start < 6 || memcmp(t + start - 6, " from ", 6) != 0)
        return false;
    size_t end = start - 6, from = end;
    while (from > 0 && end - from < LOOK_BACK && t[from - 1] != '.' && t[from - 1] != ';' &&
           t[from - 1] != ',' && t[from - 1] != ':')
        from--;
    return names_drug(t + from, end - from);
}

/* crime_trend and left_out of a short text t[0..n) (a list item, mostly),
 * as bits of TELLS_TREND and LEAVES_OUT: rule 1 asks both of each item
 * with a place, and in so few bytes the reading around the screens costs
 * as much as they do. One pass, both screens on the same bytes loaded; a
 * word read where one marks it, as each test alone reads it (crime_trend
 * from its first count only). */
enum { SHORT_TEXT_MAX = 64 };
enum { TELLS_TREND = 1, LEAVES_OUT = 2 };
static unsigned short_text_tests(const char *t, size_t n) {
#if defined(__SSE2__) && defined(__GNUC__)
    unsigned found = 0;
    bool counted = false; /* (the first count read) */
    for (size_t p = 0; p + 1 < n; p += 16) {
        const char *s = t + p;
        char tail[18];
        if (p + 18 > n) { /* the last bytes, padded with NULs (no cue's) */
            memset(tail, 0, sizeof tail);
            cpi_copy_short(tail, t + p, n - p);
            s = tail;
        }
        unsigned counts = counted ? 0 : count_noun_screen16(s);
        unsigned cues = found & LEAVES_OUT ? 0 : cue_pairs16(s);
        for (; counts; counts &= counts - 1) {
            size_t end, at = count_noun_around(t, n, p + (size_t)__builtin_ctz(counts), &end);
            if (at < n) {
                counted = true;
                found |= trend_of_count(t, n, at, end) ? TELLS_TREND : 0;
                break;
            }
        }
        for (; cues; cues &= cues - 1)
            if (left_out_cue(t, n, p + (size_t)__builtin_ctz(cues))) {
                found |= LEAVES_OUT;
                break;
            }
    }
    return found;
#else
    return (crime_trend(t, n) ? TELLS_TREND : 0) | (left_out(t, n) ? LEAVES_OUT : 0);
#endif
}

/* Is the block a row of a calendar ("23-24 | Crime gun intelligence
 * workshop | Phoenix")? Its places are where events are held. */
static bool event_row(const char *t, size_t n) {
    static const char *const EVENTS[] = {"workshop", "meeting", "conference", "training",
                                         "summit", "webinar", "forum", "symposium"};
    if (!memchr(t, '|', n) || memchr(t, '$', n))
        return false; /* (a row with money is an award's, whatever it pays for) */
    for (size_t k = 0; k < COUNT(EVENTS); k++)
        if (find_ci(t, n, EVENTS[k]) != SIZE_MAX)
            return true;
    return false;
}

/* Does a heading name an office ("United States Attorney's Office |
 * Memphis \u00b7 Jackson")? Its places are the office's seats. */
static bool office_heading(const char *t, size_t n) {
    for (const char *o = memchr(t, 'O', n); o; o = memchr(o + 1, 'O', (size_t)(t + n - o - 1)))
        if ((size_t)(t + n - o) >= 6 && memcmp(o, "Office", 6) == 0 && o - t >= 11 &&
            memcmp(o - 11, "Attorney's ", 11) == 0)
            return true;
    return false;
}

/* Is list item i a state alone with items nested under it ("- Georgia"
 * over "  - Albany", "  - Macon")? k is its first site hit (as
 * lower_bound). */
static inline bool groups_by_state(const cp_document *doc, const hits *sites, size_t i,
                                   size_t k) {
    /* (k: the first site hit of block i, or after it; its place first:
     * most items' is no state alone) */
    const cp_block *item = &doc->blocks[i];
    if (k >= sites->n || sites->h[k].block != i || sites->h[k].start != 0 ||
        sites->h[k].end != item->text_size ||
        ((const cp_site *)sites->h[k].entity)->kind != CP_SITE_STATE)
        return false;
    return i + 1 < doc->block_count && doc->blocks[i + 1].kind == CP_BLOCK_LIST_ITEM &&
           doc->blocks[i + 1].level > item->level;
}

/* Does the state at `at` stand in parentheses after a name it qualifies
 * ("Navajo Nation (Arizona, New Mexico and Utah)")? Looked for within a
 * short distance back, not before `from`. */
static bool qualifies_name(const char *t, size_t from, size_t at) {
    enum { LOOK_BACK = 96 };
    size_t stop = at > from + LOOK_BACK ? at - LOOK_BACK : from;
    for (size_t i = at; i > stop; i--) {
        char c = t[i - 1];
        if (c == ')')
            return false;
        if (c == '(') /* a name before it, not the span's start */
            return i >= 3 && t[i - 2] == ' ' && cpi_is_alpha(t[i - 3]) && i - 1 > from;
    }
    return false;
}

/* Is t[0..n) a table's row with a number in it: cells between " | "
 * ("Alabama | Montgomery Police Department | 15 | $1,875,000", "| Ohio |
 * $2,000 |") or a name and dot leaders ("Alabama ........ $4,112,338")? */
enum { ROW_MAX = 512 }; /* a row of a table or a calendar is a short line */

static bool row_text(const char *t, size_t n) {
    int bars = 0, cells = 0;
    bool leaders = false, digit = false;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        digit |= cpi_is_digit(c);
        if (c == '|')
            bars += i == 0 || (t[i - 1] == ' ' && i + 1 < n && t[i + 1] == ' ');
        else if (c == '.' && i + 2 < n && t[i + 1] == '.' && t[i + 2] == '.')
            leaders = true;
        else if (c == ';' && i + 1 < n && t[i + 1] == ' ')
            cells++; /* a row laid out with spaces, its gaps read as "; " */
    }
    return digit && (bars >= 2 || cells >= 2 || leaders || (n > 0 && t[0] == '|'));
}

/* Is t[0..n) a line of a record, a short label and its value ("City:
 * Gulfport/Biloxi, Miss.", "Arrests: 118", "Firearms seized: 52")? */
static bool label_line(const char *t, size_t n) {
    enum { LINE_MAX = 64, LABEL_MAX = 32, LABEL_WORDS = 4 };
    if (n < 4 || n > LINE_MAX || !cpi_is_upper(t[0]))
        return false;
    int words = 1;
    for (size_t i = 1; i + 1 < n && i <= LABEL_MAX; i++) {
        if (t[i] == ':')
            return t[i + 1] == ' ';
        if (t[i] == ' ')
            words++;
        else if (!cpi_is_alpha(t[i]) && t[i] != '/' && t[i] != '-')
            return false;
        if (words > LABEL_WORDS)
            return false;
    }
    return false;
}

/* Is t[0..n) a table's header row of cells without a digit, laid out with
 * bars or with spaces ("City; Officers; Award")? */
static bool header_row(const char *t, size_t n) {
    if (memchr(t, '|', n))
        return true;
    int cells = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (cpi_is_digit(t[i]))
            return false;
        cells += t[i] == ';' && t[i + 1] == ' ';
    }
    return cells >= 2;
}

/* Is t[0..n) a table's caption ("Table 1. CHRP awards to selected
 * jurisdictions, 2009", "Exhibit B: ...")? Over the table's rows it leads
 * them in as a lead-in's colon does. */
static bool table_caption(const char *t, size_t n) {
    static const char *const WORDS[] = {"Table ", "TABLE ", "Exhibit ", "EXHIBIT "};
    if (n < 10 || (t[0] != 'T' && t[0] != 'E'))
        return false;
    for (size_t k = 0; k < sizeof WORDS / sizeof WORDS[0]; k++) {
        size_t i = cpi_starts_with(t, n, 0, WORDS[k]);
        if (!i)
            continue;
        size_t label = i; /* "1", "2a", "B", "IV" */
        while (i < n && i - label < 4 && (cpi_is_alpha(t[i]) || cpi_is_digit(t[i])))
            i++;
        return i > label && i + 1 < n && (t[i] == '.' || t[i] == ':') && t[i + 1] == ' ';
    }
    return false;
}

/* Is block b a table's caption with the table's rows after it? */
static bool caption_over_rows(const cp_document *doc, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    if (blk->kind == CP_BLOCK_LIST_ITEM || b + 1 >= doc->block_count ||
        !table_caption(cpi_block_text(blk), blk->text_size))
        return false;
    const cp_block *next = &doc->blocks[b + 1];
    const char *t = cpi_block_text(next);
    return next->kind != CP_BLOCK_LIST_ITEM &&
           (row_text(t, next->text_size) || header_row(t, next->text_size));
}

/* What the tests of a sentence alone (left_out, crime_trend) said of whole
 * blocks (a list item is mostly one sentence), and the tests of a place
 * alone said of site hits: rules 1 and 3 both ask them of the same items.
 * For the first MEMO_BLOCKS blocks of a text: 0 not asked yet, 1 no, 2
 * yes; for the first MEMO_HITS hits, bits of HIT_... */
enum { MEMO_BLOCKS = 256, MEMO_HITS = 1024 };
enum {
    HIT_MEMBER_TOLD = 1, /* place_not_member asked: */
    HIT_NOT_MEMBER = 2,  /* ... and true */
    HIT_PASSED_TOLD = 4, /* place_passed asked: */
    HIT_PASSED = 8       /* ... and true */
};
enum {
    LINE_ROSTER_TOLD = 1, /* roster_line asked of the block: */
    LINE_ROSTER = 2,      /* ... and true */
    LINE_EVENT_TOLD = 4,  /* event_row asked: */
    LINE_EVENT = 8        /* ... and true */
};
typedef struct reading_memo {
    unsigned char of_block[MEMO_BLOCKS];
    unsigned char trend_of_block[MEMO_BLOCKS];
    unsigned char line_of_block[MEMO_BLOCKS]; /* bits of LINE_... */
    unsigned char of_hit[MEMO_HITS];
    /* the program that rule 1 linked the one place of a list item to (see
     * link_lone_place), or NULL: rule 3 need not look it up */
    const cp_program *lone_linked[MEMO_BLOCKS];
    bool silent_block; /* has a block no sentence? (rule 1 looks) */
} reading_memo;

/* left_out of [start, end) of block `block`, kept in `memo` (if any) when
 * it is the whole block. */
static inline bool span_left_out(const cp_block *blk, size_t block, size_t start, size_t end,
                                 reading_memo *memo) {
    const char *t = cpi_block_text(blk);
    if (!memo || block >= MEMO_BLOCKS || start != 0 || end != blk->text_size)
        return left_out(t + start, end - start);
    unsigned char *known = &memo->of_block[block];
    if (*known == 0)
        *known = left_out(t, end) ? 2 : 1;
    return *known == 2;
}

/* crime_trend of [start, end) of block `block`, kept as span_left_out
 * keeps left_out; `left_out_next` when left_out of the block is asked next
 * unless it tells a trend (rule 1's items). */
static inline bool span_crime_trend(const cp_block *blk, size_t block, size_t start, size_t end,
                                    reading_memo *memo, bool left_out_next) {
    const char *t = cpi_block_text(blk);
    if (!memo || block >= MEMO_BLOCKS || start != 0 || end != blk->text_size)
        return crime_trend(t + start, end - start);
    unsigned char *known = &memo->trend_of_block[block];
    if (*known == 0 && left_out_next && end <= SHORT_TEXT_MAX && memo->of_block[block] == 0) {
        /* (left_out, asked next, with it: see short_text_tests) */
        unsigned found = short_text_tests(t, end);
        *known = found & TELLS_TREND ? 2 : 1;
        memo->of_block[block] = found & LEAVES_OUT ? 2 : 1;
    }
    if (*known == 0)
        *known = crime_trend(t, end) ? 2 : 1;
    return *known == 2;
}

/* Is the place at hit h its block's text but for a few bytes before it (a
 * list item's "Flint, Michigan")? Then no test reads words before or after
 * it. */
static inline bool place_alone(const cp_block *blk, const cpi_hit *h) {
    return h->start < 4 && h->end == blk->text_size;
}

/* Is the county or region at site hit i (h, in the text t of its block)
 * where the city named just before it lies ("Waukegan, in Lake County,
 * received $625,000")? It locates that city, which is the one named. */
static bool locates_city_before(const char *t, const cpi_hit *h, size_t i) {
    const cp_site *site = h->entity;
    if (i == 0 || h[-1].block != h->block ||
        (site->kind != CP_SITE_COUNTY && site->kind != CP_SITE_REGION) ||
        ((const cp_site *)h[-1].entity)->kind != CP_SITE_CITY)
        return false;
    size_t gap = h->start - h[-1].end;
    return (gap == 5 && memcmp(t + h[-1].end, ", in ", 5) == 0) ||
           (gap == 4 && memcmp(t + h[-1].end, " in ", 4) == 0);
}

/* Is the place at site hit i (h, in the text t of its block) not a member
 * (names_not_member) or a landmark that locates another ("east of
 * Chicago", "Waukegan, in Lake County")? Kept in `memo` (if any). */
static inline bool place_not_member(const cpi_extract *x, const hits *programs, const char *t,
                                    const cpi_hit *h, size_t i, walk *after,
                                    reading_memo *memo) {
    const cp_block *blk = &x->doc->blocks[h->block];
    if (place_alone(blk, h) && blk->kind == CP_BLOCK_LIST_ITEM)
        return false; /* (no words around it, no program's name after it,
                       * and a list item is no dateline) */
    unsigned char *known = memo && i < MEMO_HITS ? &memo->of_hit[i] : NULL;
    if (known && (*known & HIT_MEMBER_TOLD))
        return *known & HIT_NOT_MEMBER;
    bool no = names_not_member(x, programs, h, after) ||
              (words_before(t, h->start) &&
               (locator_before(t, h->start) || addressed_before(t, h->start) ||
                locates_city_before(t, h, i))) ||
              border_after(t, blk->text_size, h->end) ||
              does_without(t, blk->text_size, h->end) ||
              outside_after(t, blk->text_size, h->end);
    if (known)
        *known |= HIT_MEMBER_TOLD | (no ? HIT_NOT_MEMBER : 0);
    return no;
}

/* Where the first '$', '|' and ',' of the short t[0..n) are (n for none):
 * one pass, 16 bytes at a time, for roster_line. */
static void marks_in(const char *t, size_t n, size_t *dollar, size_t *bar, size_t *comma) {
    *dollar = *bar = *comma = n;
#if defined(__SSE2__) && defined(__GNUC__)
    for (size_t i = 0; i < n; i += 16) {
        const char *s = t + i;
        char tail[16];
        if (i + 16 > n) { /* the last bytes, padded with NULs (no mark) */
            memset(tail, 0, sizeof tail);
            cpi_copy_short(tail, t + i, n - i);
            s = tail;
        }
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
        unsigned d = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('$')));
        unsigned b = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('|')));
        unsigned c = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')));
        if (d && *dollar == n)
            *dollar = i + (size_t)__builtin_ctz(d);
        if (b && *bar == n)
            *bar = i + (size_t)__builtin_ctz(b);
        if (c && *comma == n)
            *comma = i + (size_t)__builtin_ctz(c);
    }
#else
    for (size_t i = n; i-- > 0;) {
        if (t[i] == '$')
            *dollar = i;
        else if (t[i] == '|')
            *bar = i;
        else if (t[i] == ',')
            *comma = i;
    }
#endif
}

/* Is the short block t[0..n) an outlet's masthead or a byline between
 * bars ("KMBT 4 | Kansas City", "WDVT 12 News | Wilmington, Delaware",
 * "By Hannah Okafor | Ozarks Ledger")? Its first '|' is at first_bar (n
 * for none). */
enum { MASTHEAD_MAX = 80 };
static bool masthead_line(const char *t, size_t n, size_t first_bar) {
    const char *bar = n <= MASTHEAD_MAX && first_bar < n ? t + first_bar : NULL;
    if (!bar || bar == t || bar[-1] != ' ')
        return false;
    if (n > 3 && memcmp(t, "By ", 3) == 0)
        return true;
    /* a station's call letters (K or W, then capitals) and its channel */
    size_t e = 0;
    while (e < n && cpi_is_upper(t[e]))
        e++;
    if ((t[0] == 'K' || t[0] == 'W') && e >= 3 && e <= 5 && e + 1 < n && t[e] == ' ' &&
        cpi_is_digit(t[e + 1]))
        return true;
    return find_ci(t, (size_t)(bar - t), " News") != SIZE_MAX;
}

/* Is the short block t[0..n) a line of a roster: a person's name, then
 * titles and an agency, with no verb and no sum ("Chief Reginald
 * Toussaint, Monroe Police Department", "Michelle Ardoin, Assistant
 * District Attorney, Lafayette Parish"), a byline ("By Dana Whitfield,
 * Arkansas 11 News") or a masthead? Its places, after the name (the first
 * starts at `first_place`), are where people work, not members. */
enum { ROSTER_MAX = 140 };

/* Is there a ',' in t[0..n)? Asked of the bytes before a line's first
 * place: mostly none or a few, read here rather than by a call. */
static inline bool comma_in(const char *t, size_t n) {
    enum { FEW = 16 };
    if (n > FEW)
        return memchr(t, ',', n) != NULL;
    for (size_t i = 0; i < n; i++)
        if (t[i] == ',')
            return true;
    return false;
}
static bool roster_line(const char *t, size_t n, size_t first_place) {
    static const char *const SMALL[] = {"and", "at", "for", "in", "of", "on", "the"};
    if (n == 0 || n > ROSTER_MAX || t[n - 1] == '.' || t[n - 1] == ':')
        return false;
    /* a name's comma at or before the first place, or a masthead's bar:
     * most lines have neither (a place first, no bar) */
    if (!comma_in(t, first_place < n ? first_place + 1 : n) &&
        (n > MASTHEAD_MAX || !memchr(t, '|', n)))
        return false;
    size_t dollar, bar, first_comma;
    marks_in(t, n, &dollar, &bar, &first_comma);
    if (dollar < n)
        return false;
    if (masthead_line(t, n, bar))
        return true;
    const char *comma = first_comma < n ? t + first_comma : NULL;
    if (!comma || first_place < (size_t)(comma - t))
        return false; /* (a place first: "Baton Rouge, Louisiana" is a place) */
    size_t i = 0, capitals = 0;
    if (n > 3 && memcmp(t, "By ", 3) == 0)
        i = 3; /* a byline */
    /* the name: two to five capitalised words before the first comma */
    for (size_t e = (size_t)(comma - t); i < e;) {
        if (!cpi_is_upper(t[i]))
            return false;
        capitals++;
        while (i < e && t[i] != ' ')
            i++;
        while (i < e && t[i] == ' ')
            i++;
    }
    if (capitals < 2 || capitals > 5)
        return false;
    /* the rest: capitalised words, numbers in names and small words only */
    for (i = (size_t)(comma - t) + 1; i < n;) {
        while (i < n && (t[i] == ' ' || t[i] == ',' || t[i] == '(' || t[i] == ')'))
            i++;
        size_t w = i;
        while (i < n && t[i] != ' ' && t[i] != ',')
            i++;
        if (w == i || cpi_is_upper(t[w]) || cpi_is_digit(t[w]) || (unsigned char)t[w] >= 0x80)
            continue;
        if (!cpi_word_in(CPI_WORDS(SMALL), t + w, i - w))
            return false;
    }
    return true;
}

/* May the block t[0..n) with a place at `start` be a roster's line? Not
 * when long, nor without a comma before its first place (at or before
 * this one) or a masthead's bar: most lines, found so without roster_line
 * or its memo. */
static inline bool may_be_roster(const char *t, size_t n, size_t start) {
    return n <= ROSTER_MAX &&
           (comma_in(t, start + 1) || (n <= MASTHEAD_MAX && memchr(t, '|', n)));
}

/* roster_line of the short block t[0..n) of site hit i, kept in `memo`
 * (if any): its first place is the block's, whichever hit asks. */
static bool block_roster(const char *t, size_t n, const hits *sites, size_t i,
                         reading_memo *memo) {
    size_t block = sites->h[i].block;
    unsigned char *known = memo && block < MEMO_BLOCKS ? &memo->line_of_block[block] : NULL;
    if (known && (*known & LINE_ROSTER_TOLD))
        return *known & LINE_ROSTER;
    bool roster = roster_line(t, n, first_in_block(sites, i)->start);
    if (known)
        *known |= LINE_ROSTER_TOLD | (roster ? LINE_ROSTER : 0);
    return roster;
}

/* event_row of the short block t[0..n) (block `block`), kept in `memo`. */
static bool block_event_row(const char *t, size_t n, size_t block, reading_memo *memo) {
    unsigned char *known = memo && block < MEMO_BLOCKS ? &memo->line_of_block[block] : NULL;
    if (known && (*known & LINE_EVENT_TOLD))
        return *known & LINE_EVENT;
    bool row = event_row(t, n);
    if (known)
        *known |= LINE_EVENT_TOLD | (row ? LINE_EVENT : 0);
    return row;
}

/* Is the place at `start` (ending at `end`) the other side of a contrast
 * about a change ("Gun crime in Macon fell 14 percent, while Savannah,
 * which lies in a different district, saw a 9 percent rise")? After
 * ", while" or ", whereas", the rest of its clause tells a change. (A
 * contrast of dates, "Memphis joined in 2017, while Chicago joined in
 * 2019", tells none.) */
static bool contrasted_change(const char *t, size_t n, size_t start, size_t end) {
    if (start < 8 || (t[start - 2] != 'e' && t[start - 2] != 's') ||
        !(cpi_ends_with(t, start, ", while ") || cpi_ends_with(t, start, ", whereas ")))
        return false;
    enum { CLAUSE_MAX = 120 };
    size_t to = end;
    while (to < n && to < end + CLAUSE_MAX && t[to] != ';' &&
           !(t[to] == '.' && (to + 1 == n || t[to + 1] == ' ')))
        to++;
    static const char *const CHANGES[] = {"rise", "increase", "drop", "decline", "jump"};
    for (size_t i = end; i < to; i++) {
        if (!cpi_is_lower(t[i]) || cpi_is_alpha(t[i - 1]))
            continue;
        size_t e = i;
        while (e < to && cpi_is_alpha(t[e]))
            e++;
        for (size_t k = 0; k < COUNT(CHANGES); k++)
            if (cpi_str_eq(CHANGES[k], t + i, e - i))
                return true;
        i = e;
    }
    return trend_word_in(t, n, end, to, TREND_CHANGE);
}

/* Is the place at site hit i of `sites` (h, in block blk) a partner's
 * agency that works with an earlier place of its sentence ("Kansas City,
 * Kan.: 98 arrests during a joint sweep with the Wyandotte County Sheriff's
 * Office")? The agency helps where the sentence's place is; alone in its
 * sentence ("PSP works with the Dayton Police Department") it is the
 * member's own. */
static bool partner_agency(const cp_block *blk, const cpi_hit *h, size_t i,
                           const hits *sites) {
    static const char *const AGENCIES[] = {" Sheriff",           " Police",
                                           " District Attorney", " Prosecuting Attorney",
                                           " Prosecutor",        " State's Attorney"};
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size;
    if (h->start < 9)
        return false;
    /* (not "along with the": one more of the list, "departments in Hazard
     * and Harlan, along with the Perry County Sheriff's Office") */
    bool with = memcmp(t + h->start - 9, "with the ", 9) == 0 &&
                !cpi_ends_with(t, h->start, "along with the ");
    /* (or a later agency of the list "with the" opens: "with the Jackson
     * Police Department, the Hinds County District Attorney and ...") */
    if (!with && (cpi_ends_with(t, h->start, ", the ") ||
                  cpi_ends_with(t, h->start, " and the "))) {
        enum { LIST_BACK = 120 };
        size_t from = h->start > LIST_BACK ? h->start - LIST_BACK : 0;
        for (size_t q = h->start - 5; !with && q > from; q--) {
            if (t[q - 1] == '.' || t[q - 1] == ';')
                break;
            with = t[q - 1] == ' ' && memcmp(t + q, "with the ", 9) == 0;
        }
    }
    bool agency = false;
    for (size_t k = 0; k < COUNT(AGENCIES) && with && !agency; k++)
        agency = cpi_starts_with(t, n, h->end, AGENCIES[k]) > 0;
    if (!agency)
        return false;
    return i > 0 && sites->h[i - 1].block == h->block &&
           same_sentence(blk, sites->h[i - 1].start, h->start);
}

/* Is the place at `start` inside a phrase of contrast that "unlike"
 * opens, a few words back in its clause ("unlike the summer deployment to
 * Portland, Ore.")? ("Unlike Houston" itself is compared_or_home's.) */
static bool unlike_before(const char *t, size_t start) {
    enum { LOOK_BACK = 64 };
    /* (or set against the place before it: "Jackson, Tennessee, not the
     * Mississippi capital of the same name") */
    if (cpi_ends_with(t, start, ", not the ") || cpi_ends_with(t, start, ", not "))
        return true;
    size_t stop = start > LOOK_BACK ? start - LOOK_BACK : 0;
    for (size_t i = start - 1; i > stop; i--) {
        char c = t[i - 1];
        if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(')
            return false;
        if ((c == 'u' || c == 'U') && i + 6 < start && memcmp(t + i, "nlike ", 6) == 0 &&
            (i == 1 || !cpi_is_alpha(t[i - 2])))
            return true;
    }
    return false;
}

/* Does the place at `start` open a list after a colon whose clause names
 * comparison places ("four comparison cities of similar size ..., where no
 * target area had been designated: Worcester, Mass.; Greensboro, N.C."),
 * or right after such a noun ("eight comparison cities - among them
 * Louisville", "comparison jurisdictions, along with Tulsa")? (The rest of
 * the list goes with it.) */
static bool comparison_list(const char *t, size_t start) {
    /* (or a list that opens right after the comparison's noun: "eight
     * comparison cities - among them Louisville, Kentucky; Omaha, ...",
     * "control sites such as Tulsa") */
    /* (a dash is " - " in the clean text) */
    static const char *const OPENERS[] = {
        " - among them ", " - including ", " - ",          " (",
        ", among them ",  ", including ",  " including ",  " such as ",
        ", such as ",     " like ",        ", along with "};
    if (start >= 14 && !(t[start - 2] == ':' && t[start - 1] == ' ')) {
        enum { NOUN_BACK = 48 };
        /* (the byte before the space ends an opener or not: most places) */
        char end = t[start - 2];
        if (t[start - 1] != '(' &&
            !(t[start - 1] == ' ' && (end == 'm' || end == 'g' || end == '-' ||
                                      end == 's' || end == 'e' || end == 'h')))
            return false;
        size_t at = 0;
        for (size_t k = 0; k < COUNT(OPENERS) && !at; k++) {
            size_t len = cpi_ends_with(t, start, OPENERS[k]);
            if (len)
                at = start - len;
        }
        if (!at)
            return false;
        size_t stop = at > NOUN_BACK ? at - NOUN_BACK : 0;
        for (size_t i = at; i > stop; i--) {
            char c = t[i - 1];
            if (c == '.' || c == ';' || c == ':' || c == ',')
                return false;
            if (c == 'c' && (i == 1 || !cpi_is_alpha(t[i - 2])) &&
                (cpi_starts_with(t, at, i - 1, "comparison ") ||
                 cpi_starts_with(t, at, i - 1, "control cit") ||
                 cpi_starts_with(t, at, i - 1, "control sites")))
                return true;
        }
        return false;
    }
    if (start < 14)
        return false;
    enum { LOOK_BACK = 320 };
    size_t stop = start > LOOK_BACK ? start - LOOK_BACK : 0;
    for (size_t i = start - 2; i > stop; i--) {
        char c = t[i - 1];
        if (c == '.' || c == ';' || c == ':')
            return false;
        if (c == 'c' && (cpi_starts_with(t, start, i - 1, "comparison ") ||
                         cpi_starts_with(t, start, i - 1, "control cit") ||
                         cpi_starts_with(t, start, i - 1, "control sites")))
            return i == 1 || !cpi_is_alpha(t[i - 2]);
    }
    return false;
}

/* Is the place at [start, end) one person's ("Edward Byrne, a New York City
 * police officer", "a Tulsa resident"): "a" before it, a person's noun in
 * the singular after it? */
static inline bool one_person_of(const char *t, size_t n, size_t start, size_t end) {
    static const char *const PERSONS[] = {
        " police officer", " officer",   " detective",         " deputy",
        " firefighter",    " resident",  " prosecutor",        " teenager",
        " pastor",         " organizer", " police lieutenant", " police sergeant"};
    /* (one word of a career may come between: "a retired Memphis police
     * lieutenant") */
    static const char *const FORMER[] = {"a former ", "a longtime ", "a retired ",
                                         "a veteran "};
    if (start < 2 || t[start - 1] != ' ' || end + 6 >= n || t[end] != ' ')
        return false;
    /* ("a" or, opening a sentence, "A") */
    bool one = (t[start - 2] | 0x20) == 'a' && (start == 2 || t[start - 3] == ' ');
    for (size_t k = 0; !one && k < COUNT(FORMER); k++) {
        size_t len = strlen(FORMER[k]);
        one = start >= len && (t[start - len] | 0x20) == 'a' &&
              memcmp(t + start - len + 1, FORMER[k] + 1, len - 1) == 0 &&
              (start == len || t[start - len - 1] == ' ');
    }
    if (!one)
        return false;
    for (size_t k = 0; k < COUNT(PERSONS); k++) {
        size_t len = cpi_starts_with(t, n, end, PERSONS[k]);
        if (len && (end + len == n || !cpi_is_alpha(t[end + len])))
            return true;
    }
    return false;
}

/* Do the words right before a place pass it over: nobody there ("nobody
 * in Boston or Washington has answered"), outside it ("the first outside
 * the Chicago area"), a federal office's seat ("Federal prosecutors in
 * Chicago said"), a lawmaker's district ("Costigan represents Lackawanna
 * ... counties"), or names, not places ("Two cities named Springfield,
 * two named Kansas City")? (The byte before the space tells which words
 * may end there.) */
static inline bool words_pass_over(const char *t, size_t start) {
    if (start < 10 || t[start - 1] != ' ')
        return false;
    switch (t[start - 2]) {
        case 'n':
            return cpi_ends_with(t, start, "obody in ") ||
                   cpi_ends_with(t, start, "o one in ") ||
                   cpi_ends_with(t, start, "prosecutors in ");
        case 'e':
            return cpi_ends_with(t, start, "outside the ");
        case 's':
            return cpi_ends_with(t, start, " represents ");
        case 'd':
            return cpi_ends_with(t, start, "cities named ") ||
                   cpi_ends_with(t, start, "city named ") ||
                   cpi_ends_with(t, start, "two named ") ||
                   cpi_ends_with(t, start, "towns named ");
        default:
            return false;
    }
}

/* Is the place at site hit i of `sites` (h, in block blk) passed over by
 * the words around it: a point of comparison, where pills were made, where
 * drugs come from, a defendant's home, a field office's seat, an address,
 * a place that went
 * without (up to the next place, looked for only then), a roster's line?
 * Kept in `memo` (if any). */
static inline bool place_passed(const cp_block *blk, const cpi_hit *h, size_t i,
                                const hits *sites, reading_memo *memo) {
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size;
    if (place_alone(blk, h)) /* (only the line's own tests) */
        return may_be_roster(t, n, h->start) && block_roster(t, n, sites, i, memo);
    unsigned char *known = memo && i < MEMO_HITS ? &memo->of_hit[i] : NULL;
    if (known && (*known & HIT_PASSED_TOLD))
        return *known & HIT_PASSED;
    /* (a place that ends its block, as most list items' do, has no words
     * after it to read) */
    bool passed =
        (words_before(t, h->start) &&
         (compared_or_home(t, h->start) || comparison_list(t, h->start) ||
          unlike_before(t, h->start) || passing_mention(t, h->start) ||
          persons_place(t, h->start) || district_seat(t, h->start) ||
          beat_clause(t, h->start) || trade_source(t, h->start) ||
          gun_source_before(t, h->start) || model_before(t, h->start) ||
          contrasted_change(t, n, h->start, h->end) ||
          partner_agency(blk, h, i, sites))) ||
        career_place(t, n, h->start, h->end) || one_person_of(t, n, h->start, h->end) ||
        words_pass_over(t, h->start) ||
        (h->end < n && (described_after(t, n, h->end) || address_after(t, n, h->end) ||
                        refused_after(t, n, h->end, place_after_list(sites, i, blk)))) ||
        (may_be_roster(t, n, h->start) && block_roster(t, n, sites, i, memo));
    if (known)
        *known |= HIT_PASSED_TOLD | (passed ? HIT_PASSED : 0);
    return passed;
}

/* Does program p's name begin with the name of city or county `site`, a
 * capitalised word after it ("Memphis Safe Task Force")? */
static inline bool named_after(const cp_program *p, const cp_site *site) {
    /* (the capital by its district's letters: "D.C. Safe and Beautiful
     * Task Force") */
    if (p->name[0] == 'D' &&
        (strncmp(p->name, "D.C. ", 5) == 0 || strncmp(p->name, "DC ", 3) == 0))
        return site->kind == CP_SITE_DISTRICT && strcmp(site->state, "DC") == 0;
    if ((site->kind != CP_SITE_CITY && site->kind != CP_SITE_COUNTY) ||
        site->name[0] != p->name[0])
        return false; /* (most pairs) */
    size_t len = strlen(site->name);
    return strncmp(p->name, site->name, len) == 0 && p->name[len] == ' ' &&
           cpi_is_upper(p->name[len + 1]);
}

/* The cities and counties of `sites`, each once, in the order of their
 * first hits, into x->home_candidates (once per document, at the first
 * ask): what home_place walks instead of every hit (a long text names a
 * few places thousands of times, and more programs than home_of remembers
 * ask in turn). False when out of memory. */
static bool collect_home_candidates(cpi_extract *x, const hits *sites) {
    size_t slots = 16; /* a set of the places taken: open addressing */
    while (slots < 2 * x->site_count)
        slots *= 2;
    const cp_site **room = cpi_mem_alloc(x->mem, (x->site_count + slots) * sizeof *room);
    if (!room)
        return false;
    const cp_site **set = room + x->site_count;
    memset(set, 0, slots * sizeof *set);
    size_t count = 0;
    for (size_t k = 0; k < sites->n; k++) {
        const cp_site *s = sites->h[k].entity;
        if (s->kind != CP_SITE_CITY && s->kind != CP_SITE_COUNTY &&
            s->kind != CP_SITE_DISTRICT)
            continue;
        size_t at = ((uintptr_t)s >> 4) * 0x9E3779B97F4A7C15u >> 7 & (slots - 1);
        while (set[at] && set[at] != s)
            at = (at + 1) & (slots - 1);
        if (set[at] || count == x->site_count)
            continue; /* (the list holds each of the document's sites once) */
        set[at] = s;
        room[count++] = s;
    }
    x->home_candidates = room;
    x->home_candidate_count = count;
    return true;
}

/* The city or county the text names whose name begins program p's
 * ("Memphis Safe Task Force"), or NULL. */
static const cp_site *home_place(const cpi_extract *x, const cp_program *p) {
    if (!cpi_is_upper(p->name[0]))
        return NULL;
    for (size_t k = 0; k < x->home_candidate_count; k++)
        if (named_after(p, x->home_candidates[k]))
            return x->home_candidates[k];
    return NULL;
}

/* home_place for program p into *home, remembered for the last four
 * programs asked (the same few programs are asked again and again); the
 * text's cities and counties, `sites`', are collected at the first ask.
 * False when out of memory. */
static inline bool home_of(cpi_extract *x, const hits *sites, const cp_program *p,
                           const cp_site **home) {
    enum { ENTRIES = sizeof x->home_of / sizeof x->home_of[0] };
    for (unsigned k = 0; k < ENTRIES; k++)
        if (x->home_of[k] == p) {
            *home = x->home[k];
            return true;
        }
    if (cpi_is_upper(p->name[0]) && !x->home_candidates &&
        !collect_home_candidates(x, sites))
        return false;
    unsigned k = x->home_next++ % ENTRIES;
    x->home_of[k] = p;
    x->home[k] = home_place(x, p);
    *home = x->home[k];
    return true;
}

/* Is the place far from a program's home: a place of another state? A
 * city's own program works in its metro area and its state (a state's
 * task force, its other cities), not in every city a text compares. */
static bool far_from_home(const cp_site *home, const cp_site *site) {
    if (site == home || !site->state[0] || !home->state[0])
        return false;
    return strcmp(site->state, home->state) != 0 &&
           !(site->has_coordinates &&
             home->has_coordinates && /* (Memphis, West Memphis) */
             cpi_one_metro(site->lat, site->lon, home->lat, home->lon));
}

/* Link the places of [start, end) of a block to p, from its first place's
 * hit `first` on; `first_program` is the first program's hit at or after
 * start, as lower_bound (a walk over the sentences has it), or SIZE_MAX
 * when not known; `memo` (see reading_memo), or NULL. */
/* Does the state at site hit i set the scene for a place of its own later
 * in the span that ends at `end` ("In Illinois, Trump federalized the
 * Guard ... in the Chicago area, where Operation Midway Blitz ...")? The
 * place is what the span says is the program's, the state only where. */
static bool setting_state(const char *t, size_t n, const hits *sites, size_t i,
                          size_t end) {
    enum { PLACES_MAX = 16 }; /* (the places after it looked at: a bound) */
    const cpi_hit *h = &sites->h[i];
    const cp_site *state = h->entity;
    if (h->start < 3 || h->end >= n || memcmp(t + h->start - 3, "In ", 3) != 0 ||
        t[h->end] != ',')
        return false;
    for (size_t k = i + 1; k < sites->n && k <= i + PLACES_MAX &&
                           sites->h[k].block == h->block && sites->h[k].start < end;
         k++) {
        const cp_site *place = sites->h[k].entity;
        if (place->kind != CP_SITE_STATE && strcmp(place->state, state->state) == 0)
            return true;
    }
    return false;
}

/* Does the state whose name ends at `end` own an office or force named
 * after it: its governor or legislature ("with the backing of Tennessee's
 * Republican governor"), its Guard or its highway patrol ("the Tennessee
 * Highway Patrol"; its "State Police" are described_after's)? The state
 * acts; it is no member. Nor is it when it only qualifies a kind of place
 * ("an Illinois city"). */
static bool state_office_after(const char *t, size_t n, size_t end) {
    static const char *const FORCES[] = {" Highway Patrol", " National Guard",
                                         " State Patrol"};
    for (size_t k = 0; k < sizeof FORCES / sizeof FORCES[0]; k++)
        if (cpi_starts_with(t, n, end, FORCES[k]))
            return true;
    /* the state as a word for its places: "the only Illinois city in the
     * program" names a city, not the state */
    static const char *const KINDS[] = {"cities",   "city",   "communities", "community",
                                        "counties", "county", "town",        "towns"};
    if (end + 1 < n && t[end] == ' ' && cpi_phrase_at(t, n, end + 1, CPI_PHRASES(KINDS)))
        return true;
    if (end + 3 >= n || t[end] != '\'' || t[end + 1] != 's' || t[end + 2] != ' ')
        return false;
    static const char *const OFFICES[] = {"Governor",         "General Assembly",
                                          "attorney general", "governor",
                                          "legislature",      "lieutenant governor"};
    size_t w = end + 3;
    /* (one word may come between: "Republican") */
    for (int words = 0; words < 2 && w < n; words++) {
        for (size_t k = 0; k < sizeof OFFICES / sizeof OFFICES[0]; k++)
            if (cpi_starts_with(t, n, w, OFFICES[k]))
                return true;
        while (w < n && cpi_is_alpha(t[w]))
            w++;
        if (w >= n || t[w] != ' ')
            return false;
        w++;
    }
    return false;
}

static bool link_span_from(cpi_extract *x, const hits *sites, const hits *programs,
                           cp_program *p, size_t block, size_t start, size_t end, size_t first,
                           size_t first_program, reading_memo *memo) {
    if (first == sites->n || sites->h[first].block != block ||
        sites->h[first].start >= end)
        return true; /* no places */
    if (span_left_out(&x->doc->blocks[block], block, start, end, memo)) {
        /* places left out: all of them, but for those of a clause before
         * the one that leaves out ("four cities that joined PSP - Toledo
         * and Flint - and compare them with cities that did not take part") */
        end = before_left_out(cpi_block_text(&x->doc->blocks[block]), start, end);
        if (sites->h[first].start >= end)
            return true;
    }
    if (first_program == SIZE_MAX)
        first_program = lower_bound(programs, block, start);
    walk after = walk_at(programs, first_program, block, start);
    const cp_block *blk = &x->doc->blocks[block];
    const char *t = cpi_block_text(blk);
    size_t passed_end = SIZE_MAX; /* the end of the last place passed over */
    const cp_site *home = NULL;   /* the place p is named after, once asked */
    bool home_known = false;
    for (size_t i = first;
         i < sites->n && sites->h[i].block == block && sites->h[i].start < end; i++) {
        const cpi_hit *h = &sites->h[i];
        if (h->end > end || place_not_member(x, programs, t, h, i, &after, memo))
            continue;
        if (passed_end != SIZE_MAX && ((const cp_site *)h->entity)->kind == CP_SITE_STATE &&
            h->start == passed_end + 2 && t[passed_end] == ',') {
            passed_end = h->end; /* a passed place's state: the list goes on */
            continue;
        }
        /* a point of comparison, where pills were made, a defendant's home,
         * a field office's seat, and the rest of their list */
        if (place_passed(blk, h, i, sites, memo) ||
            (passed_end != SIZE_MAX && list_joint(t, passed_end, h->start))) {
            passed_end = h->end;
            continue;
        }
        if (((const cp_site *)h->entity)->kind == CP_SITE_STATE &&
            (qualifies_name(t, start, h->start) ||
             cpi_ends_with(t, h->start, "region of ") ||
             cpi_ends_with(t, h->start, "area of ") ||
             setting_state(t, blk->text_size, sites, i, end) ||
             state_office_after(t, blk->text_size, h->end) ||
             (i + 1 < sites->n && sites->h[i + 1].block == block &&
              blk->text_size <= ROW_MAX && row_text(t, blk->text_size))))
            continue; /* ("the East Bay region of California"; a state that
                       * sets the scene or acts through its offices; a row's
                       * state before its agency's place) */
        if (owns_other_program(x, programs, h, p))
            continue; /* "Boston's Operation Ceasefire": that program's place */
        if (!home_known) {
            if (!home_of(x, sites, p, &home))
                return false;
            home_known = true;
        }
        if (home && far_from_home(home, h->entity))
            continue; /* "the Memphis Safe Task Force, modeled on Washington's" */
        if (!cpi_model_link(x->model, p, h->entity))
            return false;
    }
    return true;
}

/* Where the program's clause ends when a clause joined after it, from
 * `from` to `end`, tells a crime trend ("... works with prosecutors through
 * Project Safe Neighborhoods, and shootings in Provo dropped last year"):
 * the trend's places are where it was counted, not where the program
 * works. `end` if no such clause. */
static size_t before_trend_clause(const char *t, size_t from, size_t end) {
    static const char *const JOINTS[] = {", and ", ", but ", ", while "};
    for (const char *q = memchr(t + from, ',', end - from); q;
         q = memchr(q + 1, ',', (size_t)(t + end - q - 1))) {
        size_t c = (size_t)(q - t);
        size_t len = cpi_prefix_at(t, end, c, CPI_PHRASES(JOINTS));
        if (len && crime_trend(t + c + len, end - c - len))
            return c;
    }
    return end;
}

/* link_span_from of list item `block` whose one place, site hit k, is its
 * text but for a few bytes before it ("- Flint, Michigan"), as most lists'
 * items are: no words around the place to read, no program's name after
 * it, no dateline, no place after it to own; only the line's tests, the
 * place's own and a state's. False when out of memory. */
static bool link_lone_place(cpi_extract *x, const hits *sites, cp_program *p, size_t block,
                            size_t k, reading_memo *memo) {
    const cp_block *blk = &x->doc->blocks[block];
    const cpi_hit *h = &sites->h[k];
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size;
    /* (place_passed of a place alone: the line's own tests) */
    if (span_left_out(blk, block, 0, n, memo) ||
        (may_be_roster(t, n, h->start) && block_roster(t, n, sites, k, memo)))
        return true;
    if (((const cp_site *)h->entity)->kind == CP_SITE_STATE &&
        (qualifies_name(t, 0, h->start) || cpi_ends_with(t, h->start, "region of ") ||
         cpi_ends_with(t, h->start, "area of ")))
        return true;
    if (!cpi_model_link(x->model, p, h->entity))
        return false;
    if (memo && block < MEMO_BLOCKS)
        memo->lone_linked[block] = p;
    return true;
}

/* Is list item `block`, whose first site hit is k, one place alone (see
 * link_lone_place)? */
static inline bool lone_place(const cp_document *doc, const hits *sites, size_t block,
                              size_t k) {
    const cp_block *blk = &doc->blocks[block];
    return blk->kind == CP_BLOCK_LIST_ITEM && place_alone(blk, &sites->h[k]) &&
           (k + 1 == sites->n || sites->h[k + 1].block != block);
}

static bool link_span(cpi_extract *x, const hits *sites, const hits *programs, cp_program *p,
                      size_t block, size_t start, size_t end) {
    return link_span_from(x, sites, programs, p, block, start, end,
                          lower_bound(sites, block, start), SIZE_MAX, NULL);
}

/* After a place's comma at `comma`, a relative clause that says it joined
 * something (", which joined the ", ", which has joined "): the offset
 * where what it joined is named, or 0. */
static size_t joined_clause(const char *t, size_t n, size_t comma) {
    static const char *const JOINED[] = {", which joined the ", ", which has joined the ",
                                         ", which joined ", ", which has joined "};
    if (comma + 3 >= n || t[comma + 2] != 'w')
        return 0; /* (most commas) */
    for (size_t k = 0; k < COUNT(JOINED); k++) {
        size_t len = cpi_starts_with(t, n, comma, JOINED[k]);
        if (len)
            return comma + len;
    }
    return 0;
}

/* Where in t[from, to) a clause starts whose subject is a place: ", and ",
 * ", while ", "; " or " and that " right before a place that a verb
 * follows ("Flint has", "Gary will", "Tulsa also received", "Memphis and
 * Baton Rouge host"), or ", " after a sentence's
 * opening clause of contrast (`contrast`: "Unlike cities that get only a
 * Diagnostic Team, Shreveport will get an Operations Team"); `to` when
 * there is none. */
static size_t clause_of_place(const char *t, const hits *sites, size_t block, size_t from,
                              size_t to, bool contrast) {
    static const char *const VERBS[] = {
        " also ", " became ", " becomes ", " got ",      " gets ",
        " had ",  " has ",    " have ",    " host ",     " hosts ",
        " is ",   " joined ", " joins ",   " received ", " receives ",
        " took ", " was ",    " will ",    " won ",
    };
    size_t i = lower_bound(sites, block, from);
    for (; i < sites->n && sites->h[i].block == block && sites->h[i].end <= to; i++) {
        const cpi_hit *h = &sites->h[i];
        bool opens =
            (h->start >= from + 6 && memcmp(t + h->start - 6, ", and ", 6) == 0) ||
            /* ("..., and along with St. Louis was among the cities") */
            (h->start >= from + 17 &&
             memcmp(t + h->start - 17, ", and along with ", 17) == 0) ||
            (h->start >= from + 8 && memcmp(t + h->start - 8, ", while ", 8) == 0) ||
            (h->start >= from + 2 && memcmp(t + h->start - 2, "; ", 2) == 0) ||
            (h->start >= from + 10 && memcmp(t + h->start - 10, " and that ", 10) == 0) ||
            (contrast && h->start >= from + 2 && memcmp(t + h->start - 2, ", ", 2) == 0);
        /* (or a place that a relative clause says joined it: "..., and
         * from Jackson, Tenn., which joined the National Public Safety
         * Partnership") */
        if (!opens && !(h->end + 8 < to && t[h->end] == ','))
            continue;
        size_t e = h->end; /* past its state: "Flint, Michigan, has" */
        size_t next = i + 1;
        if (next < sites->n && sites->h[next].block == block &&
            sites->h[next].start == e + 2 && t[e] == ',')
            e = sites->h[next++].end;
        /* ... and past the rest of a subject of several places ("Colorado
         * Springs and Denver have", "Jackson, Tennessee, and Houston host") */
        while (next < sites->n && sites->h[next].block == block &&
               sites->h[next].end <= to &&
               ((sites->h[next].start == e + 5 && memcmp(t + e, " and ", 5) == 0) ||
                (opens && sites->h[next].start == e + 6 &&
                 memcmp(t + e, ", and ", 6) == 0) ||
                (sites->h[next].start == e + 2 && t[e] == ',')))
            e = sites->h[next++].end;
        if (e < to && t[e] == ',')
            e++;
        if (t[e - 1] == ',' && joined_clause(t, to, e - 1))
            return h->start;
        /* (past a short aside in lower case: "and Racine, 25 miles to the
         * south, has asked to join") */
        if (opens && t[e - 1] == ',' && e + 1 < to && t[e] == ' ' &&
            (cpi_is_lower(t[e + 1]) || cpi_is_digit(t[e + 1]))) {
            enum { ASIDE = 40 };
            for (size_t q = e + 1; q + 1 < to && q < e + ASIDE; q++) {
                if (t[q] == '.' || t[q] == ';' || t[q] == '(')
                    break;
                if (t[q] == ',' && t[q + 1] == ' ') {
                    e = q + 1;
                    break;
                }
            }
        }
        for (size_t k = 0; opens && k < COUNT(VERBS); k++)
            if (cpi_starts_with(t, to, e, VERBS[k]))
                return h->start;
    }
    return to;
}

/* A sentence naming several programs: the places after a program's name,
 * up to the next program's, are its own ("Project Exile in Richmond ... and
 * Operation Ceasefire in Boston"; "Operation Thin Air will put agents in
 * Pueblo and Casper and will partner with the Rocky Mountain HIDTA"). */
/* Is t[from, to) the start of an apposition, ", a", ", an" or ", one of" and up to six
 * words ("Operation Red Clay, a 14-month Organized Crime Drug Enforcement
 * Task Force investigation that targeted ...", "..., an eight-month
 * investigation by the Alaska Homeland Security Task Force that ...")?
 * What it says the operation did, the operation did: the program named
 * in it is the operation's kind or its author, not where it works. */
static bool apposition(const char *t, size_t from, size_t to) {
    size_t i = from + 4;
    if (to >= from + 9 && memcmp(t + from, ", one of ", 9) == 0)
        i = from + 9; /* ("..., one of the regional strike forces, will work") */
    else if (to < i || memcmp(t + from, ", a", 3) != 0)
        return false;
    else if (t[from + 3] == 'n')
        i++;
    if (to < i || t[i - 1] != ' ')
        return false;
    int words = 0;
    for (; i < to; i++) {
        if (t[i] == ' ' && ++words > 6)
            return false;
        if (!cpi_is_alpha(t[i]) && !cpi_is_digit(t[i]) && t[i] != '-' && t[i] != ' ')
            return false; /* (a clause of its own: ", a year after Project ...,") */
    }
    return true;
}

/* The program other than `own`, named in [start, end) of the block, whose
 * kind t[from, to) names in the plural or the singular before a place
 * ("new centers in Albuquerque" after "Crime Gun Intelligence Centers"),
 * or NULL. */
static cp_program *kind_named_after(const char *t, size_t from, size_t to,
                                    const hits *programs, size_t block, size_t start,
                                    size_t end, const cp_program *own) {
    static const struct {
        const char *words, *head;
    } KINDS[] = {{" centers in ", "Center"},
                 {" center in ", "Center"},
                 {" task forces in ", "Task Force"},
                 {" task force in ", "Task Force"},
                 {" strike forces in ", "Strike Force"},
                 {" teams in ", "Team"}};
    int kind = -1;
    for (size_t q = from; q + 4 < to && kind < 0; q++) {
        if (t[q] != ' ' || !cpi_is_lower(t[q + 1]))
            continue;
        for (int k = 0; k < (int)COUNT(KINDS) && kind < 0; k++)
            if (cpi_starts_with(t, to, q, KINDS[k].words))
                kind = k;
    }
    if (kind < 0)
        return NULL;
    enum { ASKED = 64 }; /* (a bound on the names asked, in any sentence) */
    size_t from_hit = lower_bound(programs, block, start);
    for (size_t i = from_hit; i < programs->n && i < from_hit + ASKED &&
                              programs->h[i].block == block && programs->h[i].start < end;
         i++) {
        cp_program *p = programs->h[i].entity;
        if (p != own && strstr(p->name, KINDS[kind].head))
            return p;
    }
    return NULL;
}

static bool link_after_each(cpi_extract *x, const hits *sites, const hits *programs,
                            size_t block, size_t start, size_t end) {
    const char *t = cpi_block_text(&x->doc->blocks[block]);
    size_t i = lower_bound(programs, block, start);
    /* (a sentence that opens with a clause of contrast) */
    static const char *const CONTRAST[] = {"Unlike", "While", "Whereas", "Although",
                                           "Though"};
    bool contrast = t[start] >= 'T' && t[start] <= 'W' &&
                    cpi_phrase_at(t, end, start, CPI_PHRASES(CONTRAST)) > 0;
    /* places before the first name are the first program's ("Columbia has
     * been chosen as one of 15 cities in the VCIT initiative, part of
     * Project Safe Neighborhoods") */
    if (i < programs->n && programs->h[i].block == block &&
        programs->h[i].start > start) {
        const cpi_hit *h = &programs->h[i];
        if (!link_span(x, sites, programs, h->entity, block, start, h->start))
            return false;
        /* (and the component the name goes on with: "received a PSP
         * Diagnostic Team assessment") */
        const cpi_hit *next = i + 1 < programs->n ? &programs->h[i + 1] : NULL;
        if (next && next->block == block && next->start == h->end + 1 &&
            ((const cp_program *)next->entity)->parent == h->entity &&
            !link_span(x, sites, programs, next->entity, block, start, h->start))
            return false;
    }
    /* the program the name at i describes, if any: the places are its */
    cp_program *apposed = NULL;
    cp_program *previous = NULL; /* the program named before h, if any */
    while (i < programs->n && programs->h[i].block == block && programs->h[i].start < end) {
        const cpi_hit *h = &programs->h[i];
        size_t j = i + 1, after = h->end;
        /* names inside this one, and its acronym right after ("... Areas
         * (HIDTA) program") */
        while (j < programs->n && programs->h[j].block == block &&
               (programs->h[j].start < after ||
                (programs->h[j].entity == h->entity && programs->h[j].start <= after + 2))) {
            if (programs->h[j].end > after)
                after = programs->h[j].end;
            j++;
        }
        size_t upto = end;
        if (j < programs->n && programs->h[j].block == block && programs->h[j].start < end) {
            upto = programs->h[j].start;
            /* "..., and Flint has received funding through the Byrne
             * program": a clause whose subject is a place, and whose
             * program comes later, is the later program's */
            size_t cut = clause_of_place(t, sites, block, after, upto, contrast);
            if (cut < upto) {
                if (!link_span(x, sites, programs, programs->h[j].entity, block, cut, upto))
                    return false;
                /* the sentence's subject shares a later predicate it is
                 * "along with" others in ("Memphis has been a PSP site
                 * ..., and along with St. Louis was among the cities of
                 * Operation Legend") */
                size_t subject = lower_bound(sites, block, start);
                if (cut >= 17 && memcmp(t + cut - 17, ", and along with ", 17) == 0 &&
                    subject < sites->n && sites->h[subject].block == block &&
                    sites->h[subject].start == start &&
                    !cpi_model_link(x->model, programs->h[j].entity,
                                    sites->h[subject].entity))
                    return false;
                upto = cut;
            }
        }
        /* a name in a list of them ("from ATF, Gulf Coast HIDTA, Jefferson
         * Parish Sheriff's Office, ...") is one of many, not the subject */
        size_t k = h->start; /* back over capitalised words before it */
        while (k >= 2 && t[k - 1] == ' ' && cpi_is_alpha(t[k - 2])) {
            size_t w = k - 1;
            while (w > 0 && cpi_is_alpha(t[w - 1]))
                w--;
            if (!cpi_is_upper(t[w]))
                break;
            k = w;
        }
        if (k >= 4 && memcmp(t + k - 4, "the ", 4) == 0)
            k -= 4;
        bool listed = k >= 2 && t[k - 2] == ',' && t[k - 1] == ' ';
        /* "..., including new centers in Albuquerque": places after the
         * kind of another program of the sentence are that one's */
        cp_program *kind = after < upto ? kind_named_after(t, after, upto, programs,
                                                           block, start, end, h->entity)
                                        : NULL;
        if (after <= end && after < upto && (apposed || kind || !listed) &&
            !link_span(x, sites, programs,
                       kind      ? kind
                       : apposed ? apposed
                                 : h->entity,
                       block, after, upto))
            return false;
        /* "... through the COPS Hiring Program to hire officers in Operation
         * Legend cities, including $8.75 million for Chicago": a name that
         * only says which cities goes on with the program before it */
        if (after <= end && after < upto && previous && !apposed && !kind &&
            (cpi_starts_with(t, upto, after, " cities") ||
             cpi_starts_with(t, upto, after, " communities") ||
             cpi_starts_with(t, upto, after, " sites")) &&
            !link_span(x, sites, programs, previous, block, after, upto))
            return false;
        previous = h->entity;
        apposed = NULL;
        if (j < programs->n && programs->h[j].block == block &&
            programs->h[j].start < end && programs->h[j].entity != h->entity &&
            apposition(t, after, programs->h[j].start))
            apposed = h->entity;
        i = j;
    }
    return true;
}

/* The only program a span of a block names, from its first program's hit
 * `first` to `end`, or NULL (none, or several). */
static inline cp_program *one_program_from(const hits *programs, size_t block,
                                           size_t first, size_t end, bool *several) {
    cp_program *p = NULL;
    *several = false;
    for (size_t i = first;
         i < programs->n && programs->h[i].block == block && programs->h[i].start < end; i++) {
        if (programs->h[i].end > end)
            continue;
        cp_program *q = programs->h[i].entity;
        /* a program and its component ("PSP" and "a PSP Diagnostic Team")
         * are one: the component, the more precise */
        if (p && q->parent == p)
            p = q;
        else if (p && p->parent == q)
            continue;
        else if (p && p != q)
            *several = true;
        else
            p = q;
    }
    return *several ? NULL : p;
}

/* Is the program at hit h, in a sentence from `start`, what the sentence
 * sets its places against: "rather than" or "instead of" before it, a verb
 * between allowed ("... what worked in Boston and in Oakland, rather than
 * re-running Project Exile")? */
static bool contrasted(const char *t, size_t start, const cpi_hit *h) {
    enum { LOOK = 32 };
    size_t from = h->start > start + LOOK ? h->start - LOOK : start;
    for (size_t q = from; q + 11 <= h->start; q++)
        if ((t[q] == 'r' && q + 12 <= h->start &&
             memcmp(t + q, "rather than ", 12) == 0) ||
            (t[q] == 'i' && memcmp(t + q, "instead of ", 11) == 0))
            return true;
    return false;
}

/* Of a lead-in (block b) that names several programs from its first
 * program's hit `first` on, the one named last, where the 100 bytes before
 * its name speak of awards or grants ("... including awards from the COPS
 * Hiring Program (CHP) to hire officers:"): its items are what that
 * program gives. NULL if none. */
static cp_program *awarding_program(const hits *programs, const cp_block *blk, size_t b,
                                    size_t first) {
    size_t last = SIZE_MAX;
    for (size_t i = first; i < programs->n && programs->h[i].block == b; i++)
        last = i;
    if (last == SIZE_MAX)
        return NULL;
    const char *t = cpi_block_text(blk);
    size_t from = programs->h[last].start > 100 ? programs->h[last].start - 100 : 0;
    for (size_t q = from; q + 5 <= programs->h[last].start; q++)
        if ((t[q] == 'a' && memcmp(t + q, "award", 5) == 0) ||
            (t[q] == 'g' && memcmp(t + q, "grant", 5) == 0))
            return programs->h[last].entity;
    return NULL;
}

/* The most programs a lead-in names together whose items are each's. */
enum { LEAD_PROGRAMS_MAX = 3 };

/* The programs block b names from its hit `first` on, each once (a
 * program and its component as one), into each[LEAD_PROGRAMS_MAX]: their
 * count, or 0 when there are more (a roundup's lead-in is no one's). */
static size_t programs_named(const hits *programs, size_t b, size_t first,
                             cp_program **each) {
    size_t count = 0;
    for (size_t i = first; i < programs->n && programs->h[i].block == b; i++) {
        cp_program *q = programs->h[i].entity;
        size_t k = 0;
        while (k < count && each[k] != q && each[k] != q->parent && each[k]->parent != q)
            k++;
        if (k < count)
            continue;
        if (count == LEAD_PROGRAMS_MAX)
            return 0;
        each[count++] = q;
    }
    return count;
}

static cp_program *one_program(const hits *programs, size_t block, size_t start, size_t end,
                               bool *several) {
    return one_program_from(programs, block, lower_bound(programs, block, start), end, several);
}

static bool made_here(const cpi_extract *x, const cp_program *p) {
    const cpi_vec *all = &x->model->program_reg.all;
    for (size_t i = x->programs_before; i < all->count; i++)
        if (((void **)all->items)[i] == p)
            return true;
    return false;
}

/* "The agencies involved in PSP are ...", "the Attorney General announced
 * the creation of ...". */
static bool read_roles(cpi_extract *x, const hits *programs, const hits *agencies, size_t b,
                       size_t start, size_t end, size_t first, walk *agency_walk) {
    enum { INVOLVED = 1, LAUNCHED = 2 };
    static const cue ROLES[] = {
        {"involved", INVOLVED},          {"participating", INVOLVED},
        {"partner", INVOLVED},           {"partners", INVOLVED},
        {"led by", INVOLVED},            {"administered", INVOLVED},
        {"run by", INVOLVED},            {"through", INVOLVED},
        {"coordinated by", INVOLVED},    {"includes", INVOLVED},
        {"include", INVOLVED},           {"launched", LAUNCHED},
        {"launch", LAUNCHED},            {"announced the creation", LAUNCHED},
        {"created", LAUNCHED},           {"established", LAUNCHED},
        {"unveiled", LAUNCHED},          {"will announce", LAUNCHED},
        {"announced the launch", LAUNCHED}, {"initiated", LAUNCHED},
    };
    static const uint32_t ROLES_OF_LETTER[32] = { /* for cue_sets */
        OF_LETTER('a') = CUE_BIT(5) | CUE_BIT(13) | CUE_BIT(18),
        OF_LETTER('c') = CUE_BIT(8) | CUE_BIT(14),
        OF_LETTER('e') = CUE_BIT(15),
        OF_LETTER('i') = CUE_BIT(0) | CUE_BIT(9) | CUE_BIT(10) | CUE_BIT(19),
        OF_LETTER('l') = CUE_BIT(4) | CUE_BIT(11) | CUE_BIT(12),
        OF_LETTER('p') = CUE_BIT(1) | CUE_BIT(2) | CUE_BIT(3),
        OF_LETTER('r') = CUE_BIT(6),
        OF_LETTER('t') = CUE_BIT(7),
        OF_LETTER('u') = CUE_BIT(16),
        OF_LETTER('w') = CUE_BIT(17),
    };
    static const uint32_t ROLES_OF_NEXT[2][32] = {
        { /* by second letter */
            OF_LETTER('a') = CUE_BIT(1) | CUE_BIT(2) | CUE_BIT(3) | CUE_BIT(11) | CUE_BIT(12),
            OF_LETTER('d') = CUE_BIT(5),
            OF_LETTER('e') = CUE_BIT(4),
            OF_LETTER('h') = CUE_BIT(7),
            OF_LETTER('i') = CUE_BIT(17),
            OF_LETTER('n') = CUE_BIT(0) | CUE_BIT(9) | CUE_BIT(10) | CUE_BIT(13) | CUE_BIT(16) |
                CUE_BIT(18) | CUE_BIT(19),
            OF_LETTER('o') = CUE_BIT(8),
            OF_LETTER('r') = CUE_BIT(14),
            OF_LETTER('s') = CUE_BIT(15),
            OF_LETTER('u') = CUE_BIT(6),
        },
        { /* by third letter */
            OF_LETTER('c') = CUE_BIT(9) | CUE_BIT(10),
            OF_LETTER('d') = CUE_BIT(4),
            OF_LETTER('e') = CUE_BIT(14),
            OF_LETTER('i') = CUE_BIT(19),
            OF_LETTER('l') = CUE_BIT(17),
            OF_LETTER('m') = CUE_BIT(5),
            OF_LETTER('n') = CUE_BIT(6) | CUE_BIT(13) | CUE_BIT(18),
            OF_LETTER('o') = CUE_BIT(8),
            OF_LETTER('r') = CUE_BIT(1) | CUE_BIT(2) | CUE_BIT(3) | CUE_BIT(7),
            OF_LETTER('t') = CUE_BIT(15),
            OF_LETTER('u') = CUE_BIT(11) | CUE_BIT(12),
            OF_LETTER('v') = CUE_BIT(0) | CUE_BIT(16),
        },
    };
    /* (first: the first program's hit at or after start) */
    if (first >= programs->n || programs->h[first].block != b || programs->h[first].start >= end)
        return true; /* no program in the sentence: no role to read */
    const cp_block *blk = &x->doc->blocks[b];
    const char *t = cpi_block_text(blk) + start;
    size_t n = end - start;
    unsigned roles = cue_sets(t, n, CPI_PHRASES(ROLES), ROLES_OF_LETTER, ROLES_OF_NEXT,
                            INVOLVED | LAUNCHED);
    bool involved = roles & INVOLVED, launched = roles & LAUNCHED;
    if (!involved && !launched)
        return true;
    size_t agencies_from = involved ? walk_to(agency_walk, b, start) : 0;
    for (size_t i = first;
         i < programs->n && programs->h[i].block == b && programs->h[i].start < end; i++) {
        cp_program *p = programs->h[i].entity;
        /* set once, by the text that makes the program: an older program keeps
         * what it has, and a failed load cannot leave a change behind */
        if (launched && !p->admin && x->doc->administration && made_here(x, p))
            p->admin = x->doc->administration;
        for (size_t a = agencies_from;
             involved && a < agencies->n && agencies->h[a].block == b &&
             agencies->h[a].start < end;
             a++) {
            void *agency = agencies->h[a].entity;
            bool have = false;
            for (size_t k = 0; k < p->agencies.count && !have; k++)
                have = ((void **)p->agencies.items)[k] == agency;
            if (!have && !cpi_vec_push(x->model, &p->agencies, &agency, sizeof agency))
                return false;
        }
    }
    return true;
}

/* Does the sentence [start, end) open with the text's own program, named
 * by its kind, and name the other as its model ("The initiative, launched
 * in 2006, builds on Project Safe Neighborhoods")? It is about the first. */
static bool names_main_first(const char *t, size_t start, size_t end) {
    static const char *const OPENERS[] = {
        "The initiative", "The program",      "The partnership", "The operation",
        "The task force", "The strike force", "The network",     "The effort"};
    static const char *const MODELED[] = {
        "builds on ",    "built on ",        "modeled on ", "modeled after ", "based on ",
        "patterned on ", "patterned after ", "draws on ",   "grew out of "};
    size_t len = cpi_prefix_at(t, end, start, CPI_PHRASES(OPENERS));
    if (!len || start + len >= end || (t[start + len] != ' ' && t[start + len] != ','))
        return false;
    for (size_t i = start + len; i < end; i++)
        if (t[i] == ' ' && cpi_prefix_at(t, end, i + 1, CPI_PHRASES(MODELED)))
            return true;
    return false;
}

/* Does the sentence t[0..n) take up money named before it ("of that
 * money", "those funds", "the same grant")? */
static bool money_named_before(const char *t, size_t n) {
    static const char *const BACK[] = {"that funding",   "that grant",     "that money",
                                       "the same grant", "the same money", "these funds",
                                       "this money",     "those dollars",  "those funds"};
    for (const char *q = memchr(t, 't', n); q;
         q = memchr(q + 1, 't', (size_t)(t + n - q - 1)))
        if (word_starts(t, (size_t)(q - t)) &&
            cpi_phrase_at(t, n, (size_t)(q - t), CPI_PHRASES(BACK)))
            return true;
    return false;
}

/* Is blk a paragraph or a line alone whose lines each state a sum, as
 * award lines without marks do ("Olathe Police Department: $250,000 for
 * two officers")? (Its lines are the source's: short ones, each, and
 * without a sentence's stop at the end.) */
static bool sums_each(const cp_document *doc, const cp_block *blk) {
    enum { AWARD_LINE_MAX = 160 };
    if ((blk->kind != CP_BLOCK_PARAGRAPH && blk->kind != CP_BLOCK_HEADING) ||
        !doc->bytes || blk->end > doc->size || blk->start >= blk->end)
        return false;
    const char *t = doc->bytes;
    for (size_t a = blk->start; a < blk->end;) {
        const char *nl = memchr(t + a, '\n', blk->end - a);
        size_t e = nl ? (size_t)(nl - t) : blk->end;
        size_t z = e;
        while (z > a && (t[z - 1] == ' ' || t[z - 1] == '\r'))
            z--;
        if (e - a > AWARD_LINE_MAX || !memchr(t + a, '$', e - a) ||
            (z > a && (t[z - 1] == '.' || t[z - 1] == ':')))
            return false; /* (a sentence of prose ends with its stop, a
                           * lead-in of its own with a colon) */
        a = e + 1;
    }
    return true;
}

/* For a lead-in (block b, its first program hit at `first`) that names
 * no program but takes up money named before it ("Here is how the money
 * breaks down:", "The awards:"): the program the block before it names
 * last, or NULL. */
static cp_program *money_of_block_before(const hits *programs, const cp_block *blk,
                                         size_t b, size_t first) {
    static const char *const MONEY[] = {"the awards", "the dollars", "the funding",
                                        "the funds",  "the grants",  "the money",
                                        "The awards", "The grants",  "The money"};
    if (first == 0 || programs->h[first - 1].block + 1 != b || blk->text_size > 120)
        return NULL;
    const char *t = cpi_block_text(blk);
    for (size_t i = 0; i + 9 < blk->text_size; i++)
        if ((t[i] == 't' || t[i] == 'T') && word_starts(t, i) &&
            cpi_phrase_at(t, blk->text_size, i, CPI_PHRASES(MONEY)))
            return programs->h[first - 1].entity;
    return NULL;
}

/* The program the nearest sentence before sentence s of a paragraph (up
 * to six back: a paragraph of awards, "... the first awards under the
 * Police Hiring Supplement Program. Three agencies were on that list.
 * Omaha received ... Lincoln received ...") names alone, when s names none
 * and that program is another than `main`: that program ("... a new Weed
 * and Seed site. ... Allen County prosecutors have agreed to put one
 * attorney on the team"); else main. */
static cp_program *paragraph_topic(const hits *programs, const cp_block *blk, size_t block,
                                   size_t s, cp_program *main) {
    enum { PARAGRAPH_BACK = 6 };
    size_t back = 1;
    for (; back <= PARAGRAPH_BACK && back <= s; back++) {
        const cp_sentence *sen = cpi_block_sentence(blk, s - back);
        bool several;
        cp_program *p = one_program(programs, block, cpi_sentence_text_start(sen),
                                    sen->text_end, &several);
        /* (several: the text's, else the first, the sentence's subject:
         * "... the first $15 million of the Comprehensive Anti-Gang
         * Initiative, the new arm of Project Safe Neighborhoods. ... The
         * sites: Los Angeles; Tampa; ...") */
        if (several)
            return main ? main
                        : programs
                              ->h[lower_bound(programs, block,
                                              cpi_sentence_text_start(sen))]
                              .entity;
        if (p)
            return !main || (p != main && p->parent != main &&
                             !names_main_first(cpi_block_text(blk),
                                               cpi_sentence_text_start(sen),
                                               sen->text_end))
                       ? p
                       : main;
    }
    /* a paragraph whose sentences name none, that takes up "that money"
     * of the one before ("... $40 million through the Byrne JAG program.
     * / Dunklin County will receive $61,450 of that money"): that
     * paragraph's last program */
    if (back > s && block > 0) {
        const cp_sentence *sen = cpi_block_sentence(blk, s);
        size_t s0 = cpi_sentence_text_start(sen);
        size_t k = lower_bound(programs, block, 0);
        if (k > 0 && programs->h[k - 1].block == block - 1 &&
            money_named_before(cpi_block_text(blk) + s0, sen->text_end - s0)) {
            cp_program *p = programs->h[k - 1].entity;
            if (p != main && p->parent != main)
                return p;
        }
    }
    return main;
}

/* Does the sentence after sentence s of the block deny its places ("...
 * from Lafayette and Lake Charles spent two days with us. Neither city is
 * a PSP site.")? */
static bool denied_after(const cp_block *blk, size_t s) {
    if (s + 1 >= blk->sentence_count)
        return false;
    const cp_sentence *next = cpi_block_sentence(blk, s + 1);
    const char *t = cpi_block_text(blk);
    size_t a = cpi_sentence_text_start(next), n = next->text_end - a;
    /* (not what they were until now: "Neither has been part of any HIDTA"
     * after they are added) */
    for (size_t i = a; i + 5 <= a + n; i++)
        if (t[i] == 'b' && memcmp(t + i, "been ", 5) == 0)
            return false;
    return (cpi_starts_with(t + a, n, 0, "Neither ") ||
            cpi_starts_with(t + a, n, 0, "None of ")) &&
           (left_out(t + a, n) || says_taking_part(t + a, 0, n));
}

/* Does the sentence t[0..n) go on with a denial ("Neither is Las Cruces,
 * the state's second-largest city.", "Nor is Tempe"), or end with one
 * after the places that have it ("Tacoma and Yakima were on the list.
 * Spokane ... and Airway Heights were not.")? */
static inline bool denies_too(const char *t, size_t n) {
    static const char *const ELLIPSES[] = {" were not", " was not", " are not",
                                           " is not",   " did not", " have not",
                                           " has not"};
    if (n > 8 && t[0] == 'N' &&
        (cpi_starts_with(t, n, 0, "Neither is ") ||
         cpi_starts_with(t, n, 0, "Neither are ") ||
         cpi_starts_with(t, n, 0, "Nor is ") || cpi_starts_with(t, n, 0, "Nor are ") ||
         cpi_starts_with(t, n, 0, "Neither was ") ||
         cpi_starts_with(t, n, 0, "Nor was ")))
        return true;
    size_t e = n;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == '\''))
        e--;
    if (e < 10 || t[e - 1] != '.' || t[e - 2] != 't' || t[e - 3] != 'o' ||
        t[e - 4] != 'n')
        return false;
    for (size_t k = 0; k < sizeof ELLIPSES / sizeof ELLIPSES[0]; k++)
        if (cpi_ends_with(t, e - 1, ELLIPSES[k]))
            return true;
    return false;
}

/* Does the block open with who is not in ("Not every nearby city is on
 * board.", "Not everyone in the region was included.", "Not all ...")?
 * Its places, where no sentence names a program, are those left out. */
static inline bool not_all_block(const cp_block *blk) {
    const char *t = cpi_block_text(blk);
    return blk->text_size > 10 && t[0] == 'N' &&
           (cpi_starts_with(t, blk->text_size, 0, "Not every") ||
            cpi_starts_with(t, blk->text_size, 0, "Not all "));
}

/* Does list item blk open with a label in capitals and a colon, a place's
 * name as a rule ("- **Shreveport, Louisiana:** Homicides in the target
 * area dropped ...", "- Las Cruces, N.M.: ...")? What the item then tells,
 * a trend too, is of the label's place. */
static bool run_in_label(const cp_block *blk) {
    enum { LABEL_MAX = 48 };
    const char *t = cpi_block_text(blk);
    size_t n = blk->text_size < LABEL_MAX ? blk->text_size : LABEL_MAX;
    if (blk->kind != CP_BLOCK_LIST_ITEM || n == 0 || !cpi_is_upper(t[0]))
        return false;
    for (size_t i = 1; i < n; i++) {
        if (t[i] == ':')
            return true;
        if (t[i] == ' ' && (i + 1 == n || !cpi_is_upper(t[i + 1])))
            return false; /* (a word in lower case: a sentence, no label) */
    }
    return false;
}

/* Is sentence s of block `block` (blk) kept from `main`: does it leave its
 * places out, name another program, ask, tell of a trend, an attack or
 * the drug trade's routes?
 * What it is about (main, or the program its paragraph opened with) into
 * *topic. `in_sentence` walks the program hits. */
static bool sentence_kept_from(const hits *programs, const cp_block *blk, size_t block,
                               size_t s, cp_program *main, walk *in_sentence,
                               reading_memo *memo, cp_program **topic) {
    const char *t = cpi_block_text(blk);
    const cp_sentence *sen = cpi_block_sentence(blk, s);
    size_t s0 = cpi_sentence_text_start(sen);
    bool several;
    size_t first = walk_to(in_sentence, block, s0);
    cp_program *p = one_program_from(programs, block, first, sen->text_end, &several);
    /* a sentence that leaves its places out, or names another program,
     * keeps them from this one (each a test of the sentence alone:
     * left_out, whose cues are the least rare, is read last) */
    bool kept = several || (p && p != main && p->parent != main) ||
                (p && contrasted(t, s0, &programs->h[first])) || denied_after(blk, s) ||
                (!p && (not_all_block(blk) || denies_too(t + s0, sen->text_end - s0) ||
                        asks(t + s0, sen->text_end - s0) ||
                        (span_crime_trend(blk, block, s0, sen->text_end, memo, false) &&
                         !(s == 0 && run_in_label(blk))) ||
                        reports_attack(t + s0, sen->text_end - s0) ||
                        (drug_flow(t + s0, sen->text_end - s0) &&
                         !holds_phrase(t + s0, sen->text_end - s0, "street-level dealers in")))) ||
                span_left_out(blk, block, s0, sen->text_end, memo);
    /* a sentence that names none goes on about the program its paragraph
     * opened with ("Separately, ... $4.6 million in School-Based
     * Partnerships grants. Recipients include ...") */
    *topic = main;
    if (!p && !several && !kept)
        *topic = paragraph_topic(programs, blk, block, s, main);
    return kept;
}

/* Is every place of block `block`'s site hits from i on (to *last, the
 * block's last hit) that rule 3 might link linked to `main` already? In a
 * block about main alone rule 3 links its places to main only, so it has
 * nothing to add there: list items that rule 1 read (their lead-in's
 * program is main), places named again. Only the shorter of the two lists
 * of links is searched (as cpi_model_link does), up to LINKED_LOOK. */
static bool block_linked_already(const hits *sites, size_t i, const cp_block *blk,
                                 const cp_program *main, size_t *last) {
    enum { LINKED_LOOK = 16 };
    size_t block = sites->h[i].block;
    for (; i < sites->n && sites->h[i].block == block; i++) {
        const cpi_hit *h = &sites->h[i];
        const cp_site *site = h->entity;
        if (site->kind != CP_SITE_CITY && site->kind != CP_SITE_COUNTY &&
            site->kind != CP_SITE_REGION && site->kind != CP_SITE_DISTRICT &&
            !(site->kind == CP_SITE_STATE && state_as_target(blk, h)))
            continue; /* a place rule 3 passes over */
        bool found = false; /* (the first place not linked ends the search) */
        if (site->programs.count <= main->sites.count) {
            if (site->programs.count > LINKED_LOOK)
                return false;
            for (size_t k = 0; !found && k < site->programs.count; k++)
                found = ((cp_program *const *)site->programs.items)[k] == main;
        } else {
            if (main->sites.count > LINKED_LOOK)
                return false;
            for (size_t k = 0; !found && k < main->sites.count; k++)
                found = ((cp_site *const *)main->sites.items)[k] == site;
        }
        if (!found)
            return false;
    }
    *last = i - 1;
    return true;
}

/* Did rule 1 link the one place of list item `block` (site hit i) to main
 * (see link_lone_place)? Then block_linked_already would find it: *last is
 * set to i. */
static inline bool lone_linked_already(const reading_memo *memo, size_t block,
                                       const cp_program *main, size_t i, size_t *last) {
    if (!memo || block >= MEMO_BLOCKS || memo->lone_linked[block] != main)
        return false;
    *last = i;
    return true;
}

/* The block from which a text is about its program `main` (rule 3): its
 * first, unless it names no program before its second half and its top
 * (see top_blocks) and does not refer to main before either, by the last
 * word of its name ("the strike force"): a blog's table of cities' rates
 * is not the program's that a paragraph near its end names. */
static size_t text_turns_to(const cp_document *doc, const hits *programs,
                            const cp_program *main) {
    size_t first = programs->n ? programs->h[0].block : 0;
    if (!main || first < top_blocks(doc) || first * 2 < doc->block_count)
        return 0;
    const char *head = strrchr(main->name, ' ');
    head = head ? head + 1 : main->name;
    for (size_t b = 0; b < first; b++)
        if (find_ci(cpi_block_text(&doc->blocks[b]), doc->blocks[b].text_size, head) !=
            SIZE_MAX)
            return 0;
    return first;
}

/* Does the name end with the words w[0..len), in any case, the last of
 * either singular or plural ("strike force" ends "... Strike Forces")? */
static bool name_ends_with_ci(const char *name, const char *w, size_t len) {
    size_t nl = strlen(name);
    if (len > 3 && (w[len - 1] | 0x20) == 's')
        len--;
    if (nl > 3 && name[nl - 1] == 's')
        nl--;
    if (nl < len || (nl > len && name[nl - len - 1] != ' '))
        return false;
    for (size_t i = 0; i < len; i++)
        if ((name[nl - len + i] | 0x20) != (w[i] | 0x20))
            return false;
    return true;
}

/* The program a place is the base of ("agents from the Chicago-based
 * strike force"): "-based" then up to three words that end the name of
 * a program the text names (two or more, or one capitalised: "the
 * Memphis-based Collaborative", not "a Chicago-based company"); NULL
 * when none. */
static cp_program *based_program(const char *t, size_t n, size_t end,
                                 const hits *programs) {
    enum { BASED_WORDS = 3 };
    if (end + 8 >= n || memcmp(t + end, "-based ", 7) != 0)
        return NULL;
    size_t at = end + 7, ends[BASED_WORDS], words = 0;
    for (size_t e = at; words < BASED_WORDS && e < n && cpi_is_alpha(t[e]);) {
        while (e < n && cpi_is_alpha(t[e]))
            e++;
        ends[words++] = e;
        if (e + 1 >= n || t[e] != ' ' || !cpi_is_alpha(t[e + 1]))
            break;
        e++;
    }
    for (size_t w = words; w > 0; w--) { /* (the longest first) */
        if (w == 1 && !cpi_is_upper(t[at]))
            break;
        for (size_t k = 0; k < programs->n; k++) {
            cp_program *p = programs->h[k].entity;
            if (name_ends_with_ci(p->name, t + at, ends[w - 1] - at))
                return p;
        }
    }
    return NULL;
}

/* The program a place says it joined, in a relative clause after it
 * ("Philadelphia, which joined the Collaborative in 2021,"): ", which
 * joined" (or "has joined") then the acronym or the last words of the
 * name of a program the text names ("the Task Force"); NULL when none.
 * Such a place is that program's even in a sentence that tells of a trend
 * ("..., shootings fell 12 percent") or names another program. So is the
 * place a program is based in (based_program). */
static cp_program *joined_program(const char *t, size_t n, size_t end,
                                  const hits *programs) {
    if (end < n && t[end] == '-')
        return based_program(t, n, end, programs);
    if (end + 15 >= n || t[end] != ',')
        return NULL; /* (most places) */
    if (t[end + 1] == ' ' && cpi_is_upper(t[end + 2])) {
        /* "Jackson, Tenn., which joined": past the place's state */
        size_t e = end + 2;
        while (e < n && e < end + 20 &&
               (cpi_is_alpha(t[e]) || t[e] == '.' || t[e] == ' '))
            e++;
        if (e + 15 >= n || t[e] != ',')
            return NULL;
        end = e;
    }
    size_t at = joined_clause(t, n, end);
    if (!at)
        return NULL;
    /* its capitalised words: the name's last ones ("the Task Force") */
    size_t we = at;
    while (we < n && cpi_is_upper(t[we])) {
        size_t e = we;
        while (e < n && cpi_is_alpha(t[e]))
            e++;
        we = e;
        if (we + 1 < n && t[we] == ' ' && cpi_is_upper(t[we + 1]))
            we++;
        else
            break;
    }
    size_t len = we - at;
    if (len == 0)
        return NULL;
    for (size_t k = 0; k < programs->n; k++) {
        cp_program *p = programs->h[k].entity;
        size_t name_len = strlen(p->name);
        if ((p->acronym && cpi_str_eq(p->acronym, t + at, len)) ||
            (name_len >= len && memcmp(p->name + name_len - len, t + at, len) == 0 &&
             (name_len == len || p->name[name_len - len - 1] == ' ')))
            return p;
    }
    return NULL;
}

/* What a heading that leaves its items out leads: no program (see
 * left_out_headings). */
static cp_program LEFT_OUT_LEAD;

/* A letter's closing ("Respectfully submitted,") over its signature, or a
 * heading that leaves out what it heads ("Applied, not funded this round
 * (partial list)": a heading, or a line of one sentence without a stop)
 * over its rows or items: rule 3 links none of them to the text's program
 * (the block after it, a row alone may look like a heading, and each
 * block up to the next heading or paragraph of prose, marked in led_by as
 * led by LEFT_OUT_LEAD). */
static void left_out_headings(const cp_document *doc, cp_program **led_by) {
    enum { TITLE_MAX = 100, ITEM_MAX = 300 }; /* a heading; a row or an item, not prose */
    static const char *const CLOSINGS[] = {
        "Respectfully submitted,", "Respectfully,", "Sincerely,",
        "Sincerely yours,",        "Yours truly,",  "Very truly yours,",
        "Best regards,",           "Regards,"};
    for (size_t b = 0; b + 1 < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        const char *t = cpi_block_text(blk);
        size_t n = blk->text_size;
        if (n == 0 || n > TITLE_MAX || blk->sentence_count != 1)
            continue;
        /* a letter's closing: the signature under it names its writer's
         * office and place, not the program's */
        bool closing = false;
        for (size_t k = 0;
             t[n - 1] == ',' && k < sizeof CLOSINGS / sizeof CLOSINGS[0] && !closing; k++)
            closing = cpi_str_eq(CLOSINGS[k], t, n);
        if (closing) {
            for (size_t i = b + 1;
                 i < doc->block_count && doc->blocks[i].text_size <= ITEM_MAX; i++)
                led_by[i] = &LEFT_OUT_LEAD;
            return;
        }
        if (!(blk->kind == CP_BLOCK_HEADING ||
              (blk->kind == CP_BLOCK_PARAGRAPH && t[n - 1] != '.' && t[n - 1] != ':')) ||
            memchr(t, '|', n) || !left_out(t, n))
            continue; /* (a table's header speaks of a column, not of its rows) */
        size_t i = b + 1;
        for (; i < doc->block_count; i++) {
            const cp_block *row = &doc->blocks[i];
            if ((row->kind == CP_BLOCK_HEADING && i > b + 1) ||
                row->text_size > ITEM_MAX ||
                (row->kind == CP_BLOCK_PARAGRAPH && row->sentence_count > 1))
                break;
            led_by[i] = &LEFT_OUT_LEAD;
        }
        b = i - 1;
    }
}

/* Does the text t[0..n) tell of a criminal case: "sentenced", "pleaded
 * guilty", "indicted", "an indictment", "a grand jury", "was convicted"?
 * Such a release is about its defendants; the program it names framed the
 * case, and its places (where guns were bought, where loads went, where
 * the defendants live) are not the program's. ("Defendants charged as
 * part of Operation Legend", "87 federal indictments" tell of an
 * operation's results, "convicted felons" of no case.) */
static bool tells_of_case(const char *t, size_t n) {
#define CASE_WORD(w)                                                                        \
    (i + sizeof w - 1 <= n && memcmp(t + i + 1, &(w)[1], sizeof w - 2) == 0 &&             \
     (i + sizeof w - 1 == n || !cpi_is_alpha(t[i + sizeof w - 1])))
    /* word by word, from space to space (memchr: most bytes are not read
     * one at a time) */
    for (size_t i = 0; i + 4 <= n;) {
        switch (t[i] | 0x20) {
        case 's':
            if (CASE_WORD("sentenced"))
                return true;
            break;
        case 'g':
            if (CASE_WORD("guilty"))
                return true;
            break;
        case 'i':
            if (CASE_WORD("indicted") || CASE_WORD("indictment"))
                return true;
            break;
        case 'c': /* "was convicted", "convicted of"; not "convicted felons" */
            if (CASE_WORD("convicted") &&
                (cpi_starts_with(t, n, i + 9, " of ") || cpi_ends_with(t, i, "was ") ||
                 cpi_ends_with(t, i, "were ") || cpi_ends_with(t, i, "been ")))
                return true;
            break;
        case 'j':
            if (CASE_WORD("jury") && cpi_ends_with(t, i, "grand "))
                return true;
            break;
        default:
            break;
        }
        const char *space = memchr(t + i, ' ', n - i);
        if (!space)
            break;
        i = (size_t)(space - t) + 1;
    }
    return false;
#undef CASE_WORD
}

/* Is the document a release about a criminal case: does its headline or
 * the first sentence of a block of its top (see top_blocks: the lead's)
 * tell of one (tells_of_case)? */
static bool case_release(const cp_document *doc) {
    size_t top = top_blocks(doc);
    for (size_t b = 0; b < top && b < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        size_t end =
            blk->sentence_count ? cpi_block_sentence(blk, 0)->text_end : blk->text_size;
        if (tells_of_case(cpi_block_text(blk), end))
            return true;
    }
    return doc->title && tells_of_case(doc->title, strlen(doc->title));
}

/* Does the sentence t[from, to) say what its places are to a program it
 * does not name? A group of places ("ten more cities, including"), the
 * program's reach ("expanded to", "sent to", "targets", "spread to"),
 * money ("$", "awarded", "funding", "its grant"), taking part ("joined",
 * "partnered"), the program by its kind ("the operation", "task force
 * officers", "the center"), or a table's row. */
static bool tells_role(const char *t, size_t from, size_t to) {
    static const char *const WORDS[] = {
        "cities",      "communities", "sites",       "counties",     "jurisdictions",
        "locations",   "hubs",        "including",   "added",        "add",
        "adds",        "fund",        "funds",       "funded",       "funding",
        "award",       "awarded",     "sent",        "run",          "runs",
        "deployed",    "selected",    "selection",   "take part",    "took part",
        "taking part", "takes part",  "its grant",   "their grant",  "a grant",
        "the grant",   "grants to",   "one of them", "one of those", "among them",
        "spread to",   "extended to", "moved into",  "arrived in",   "included"};
    static const char *const STEMS[] = {
        "expan",        "join",           "chose",       "designat",   "receiv",
        "operat",       "target",         "partner",     "participat", "task force",
        "strike force", "the initiative", "the program", "the effort", "the network",
        "the surge",    "the center",     "the unit"};
    for (size_t i = from; i < to; i++) {
        if (t[i] == '$' || t[i] == '|')
            return true;
        if (!cpi_is_alpha(t[i]) || !word_starts(t, i))
            continue;
        const char *w = t + i;
        size_t len = to - i;
        char lower[24]; /* (a sentence's first word: "The task force ...") */
        if (cpi_is_upper(t[i])) {
            len = len < sizeof lower ? len : sizeof lower;
            memcpy(lower, w, len);
            lower[0] = (char)(lower[0] | 0x20);
            w = lower;
        }
        if (cpi_phrase_at(w, len, 0, CPI_PHRASES(WORDS)) ||
            cpi_prefix_at(w, len, 0, CPI_PHRASES(STEMS)))
            return true;
    }
    return false;
}

/* Does the sentence t[from..to) say of its places what the sentence before
 * said ("Newark was one of them. So were Baltimore, Chicago and Detroit")? */
static bool says_so_too(const char *t, size_t from, size_t to) {
    static const char *const SO[] = {"So are ", "So did ", "So do ",  "So does ",
                                     "So is ",  "So was ", "So were "};
    if (to - from < 8 || t[from] != 'S' || t[from + 1] != 'o')
        return false;
    for (size_t k = 0; k < sizeof SO / sizeof SO[0]; k++)
        if (cpi_starts_with(t, to, from, SO[k]))
            return true;
    return false;
}

/* Is the first program of a block (starting at `start`) named past
 * sentence s, and not in the next sentence about its places ("Quincy is the
 * exception. It joined the ... Task Force")? */
static bool named_later(const cp_block *blk, size_t s, size_t start) {
    static const char *const BACK[] = {"Both ",     "Each ",     "It ",
                                       "Its ",      "The city ", "The county ",
                                       "The town ", "Their ",    "They "};
    if (!blk->sentence_count || start < cpi_block_sentence(blk, s)->text_end)
        return false;
    if (s + 1 == blk->sentence_count)
        return true;
    const cp_sentence *next = cpi_block_sentence(blk, s + 1);
    size_t from = cpi_sentence_text_start(next);
    return start >= next->text_end ||
           !cpi_prefix_at(cpi_block_text(blk), next->text_end, from, CPI_PHRASES(BACK));
}

/* Is sentence s of block `block`, after one that named a program, one that
 * names none and tells a crime trend ("Elsewhere, cities such as Chicago
 * and Baltimore also saw homicides fall")? Its places are where crime was
 * counted unless it says what they are to the program (tells_role). */
static bool trend_without_program(const cp_block *blk, size_t block, size_t s,
                                  const hits *programs) {
    if (s == 0 || s >= blk->sentence_count)
        return false;
    const cp_sentence *sen = cpi_block_sentence(blk, s);
    size_t from = cpi_sentence_text_start(sen), to = sen->text_end;
    size_t k = lower_bound(programs, block, from);
    if (k < programs->n && programs->h[k].block == block && programs->h[k].start < to)
        return false;
    return crime_trend(cpi_block_text(blk) + from, to - from);
}

enum { LETTERHEAD_BLOCKS = 4 }; /* the blocks a letterhead may take */

/* The program a sentence that names none refers to by words, else NULL:
 * "the same program" is the one named last before it ("Bossier City
 * received money for eight officers from the same program"); "the task
 * force", opening it or inside it ("The ATF will run the center, and it
 * will take cases from ..."; "The team's territory covers ..."; "the
 * statewide task force"), is the last one named before, in its paragraph
 * or the twelve before, whose name has that head ("... creating the
 * Memphis Safe Task Force. The task force covers Memphis"). The program of
 * the text is not always the one meant. */
static cp_program *program_referred_from(const cp_document *doc, size_t block,
                                         size_t sentence, const hits *programs,
                                         bool it_referred) {
    const cp_block *blk = &doc->blocks[block];
    /* how far back a name is looked for: blocks, and names */
    enum { REFERRED_BACK = 12, REFERRED_HITS = 64 };
    static const char *const SAME_KINDS[] = {"grant", "initiative", "program"};
    static const char *const SAME_HEADS[] = {"Grant", "Initiative", "Program"};
    int same_kind = -1;
    /* the words that stand for a program, and the head of its name */
    /* (a sweep is an operation's: "the sweep focused on ...") */
    static const char *const KINDS[] = {"task force", "strike force", "operation",
                                        "initiative", "partnership",  "center",
                                        "team",       "sweep"};
    static const char *const HEADS[] = {"Task Force", "Strike Force", "Operation",
                                        "Initiative", "Partnership",  "Center",
                                        "Team",       "Operation"};
    size_t from = 0, to = blk->text_size;
    if (blk->sentence_count) {
        const cp_sentence *sen = cpi_block_sentence(blk, sentence);
        from = cpi_sentence_text_start(sen);
        to = sen->text_end;
    }
    const char *t = cpi_block_text(blk);
    int kind = -1;
    bool same = false;
    /* each "the " or "The " of the sentence: "the same program", or "the
     * center" as a whole phrase ("the center of the city" is a place) */
    for (const char *q = t + from; kind < 0 && !same && q + 4 < t + to &&
                                   (q = memchr(q, 'h', (size_t)(t + to - q)));
         q++) {
        size_t at = (size_t)(q - t);
        if (at < from + 1 || (t[at - 1] != 't' && t[at - 1] != 'T') || at + 3 >= to ||
            t[at + 1] != 'e' || t[at + 2] != ' ' ||
            (at >= from + 2 && cpi_is_alpha(t[at - 2])) ||
            (t[at - 1] == 'T' && at - 1 != from))
            continue;
        at += 3;
        /* "the same program" (one word may describe it: "the same
         * federal initiative") */
        if (t[at] == 's' && cpi_starts_with(t, to, at, "same ")) {
            size_t w = at + 5;
            while (w < to && cpi_is_lower(t[w]))
                w++;
            if (w + 1 < to && t[w] == ' ' && w > at + 5) {
                size_t described = w + 1;
                for (int k = 0; k < (int)COUNT(SAME_KINDS) && !same; k++)
                    if (cpi_starts_with(t, to, described, SAME_KINDS[k]))
                        same = true, same_kind = k;
            }
            for (int k = 0; k < (int)COUNT(SAME_KINDS) && !same; k++)
                if (cpi_starts_with(t, to, at + 5, SAME_KINDS[k]))
                    same = true, same_kind = k;
            if (same)
                continue;
        }
        /* (past one word that describes it: "the statewide task force") */
        for (int word = 0; word < 2 && kind < 0 && at < to && cpi_is_lower(t[at]);
             word++) {
            for (int k = 0; k < (int)COUNT(KINDS) && kind < 0; k++) {
                size_t len = strlen(KINDS[k]), e = at + len;
                if (cpi_starts_with(t, to, at, KINDS[k]) &&
                    (e == to || !cpi_is_alpha(t[e])) &&
                    !cpi_starts_with(t, to, e, " of "))
                    kind = k;
            }
            while (at < to && cpi_is_lower(t[at]))
                at++;
            if (at + 1 >= to || t[at] != ' ')
                break;
            at++;
        }
    }
    if (kind < 0 && !same) {
        /* "The task force, led by ... . It covers Marion, Alachua, Levy
         * and Citrus counties": "It" goes on about the program the
         * sentence before referred to */
        if (sentence > 0 && from + 3 < to && memcmp(t + from, "It ", 3) == 0 &&
            !it_referred)
            return program_referred_from(doc, block, sentence - 1, programs, true);
        return NULL;
    }
    size_t k = lower_bound(programs, block, from);
    if (k < programs->n && programs->h[k].block == block && programs->h[k].start < to)
        return NULL; /* (the sentence names its program) */
    if (same) {
        /* the last named, or the last whose name has the word's head
         * ("the same initiative" after PSN, named after its initiative) */
        for (size_t back = k, asked = 0; back > 0 && asked < REFERRED_HITS;
             back--, asked++)
            if (strstr(((const cp_program *)programs->h[back - 1].entity)->name,
                       SAME_HEADS[same_kind]))
                return programs->h[back - 1].entity;
        return k > 0 ? programs->h[k - 1].entity : NULL;
    }
    /* (the names asked are bounded: a text of thousands of names in a
     * paragraph asks the last REFERRED_HITS of them) */
    /* (a name written in the plural, "16 Safe Trails Task Forces", is what
     * "the task force" stands for only where no name in the singular is) */
    cp_program *plural = NULL;
    for (size_t asked = 0; k > 0 && asked < REFERRED_HITS &&
                           programs->h[k - 1].block + REFERRED_BACK >= block;
         k--, asked++) {
        const cpi_hit *h = &programs->h[k - 1];
        cp_program *p = h->entity;
        if (!strstr(p->name, HEADS[kind]))
            continue;
        if (cpi_block_text(&doc->blocks[h->block])[h->end - 1] != 's' ||
            strcmp(HEADS[kind], "Operation") == 0)
            return p;
        if (!plural)
            plural = p;
    }
    return plural;
}

static cp_program *program_referred(const cp_document *doc, size_t block, size_t sentence,
                                    const hits *programs) {
    return program_referred_from(doc, block, sentence, programs, false);
}

/* Does t[from, to) (up to the sentence's first place) say "there" of a
 * place ("the surge that began there", "agents sent there"), not of being
 * ("there are", "there was")? */
static bool says_there(const char *t, size_t from, size_t to) {
    static const char *const BEING[] = {" are",  " is",  " was",  " were",  " has",
                                        " have", " had", " will", " would", " may"};
    for (size_t q = from + 1; q + 6 <= to; q++) {
        if (t[q] != 't' || t[q + 1] != 'h' || memcmp(t + q, "there", 5) != 0 ||
            t[q - 1] != ' ' || cpi_is_alpha(t[q + 5]))
            continue;
        bool being = false;
        for (size_t k = 0; k < COUNT(BEING) && !being; k++) {
            size_t len = strlen(BEING[k]);
            being = cpi_starts_with(t, to, q + 5, BEING[k]) &&
                    (q + 5 + len == to || !cpi_is_alpha(t[q + 5 + len]));
        }
        if (!being)
            return true;
    }
    return false;
}

/* The one city or county the sentence before sentence s of block b names
 * (the last of the block before, for its first), or NULL: none, or
 * several. */
static cp_site *place_before_sentence(const cp_document *doc, const hits *sites, size_t b,
                                      size_t s) {
    size_t block = b, from = 0, to = 0;
    if (s > 0) {
        const cp_sentence *sen = cpi_block_sentence(&doc->blocks[b], s - 1);
        from = cpi_sentence_text_start(sen);
        to = sen->text_end;
    } else if (b > 0 && doc->blocks[b - 1].sentence_count) {
        block = b - 1;
        const cp_block *prev = &doc->blocks[block];
        const cp_sentence *sen = cpi_block_sentence(prev, prev->sentence_count - 1);
        from = cpi_sentence_text_start(sen);
        to = sen->text_end;
    } else {
        return NULL;
    }
    cp_site *one = NULL;
    for (size_t i = lower_bound(sites, block, from);
         i < sites->n && sites->h[i].block == block && sites->h[i].start < to; i++) {
        cp_site *site = sites->h[i].entity;
        if (site->kind != CP_SITE_CITY && site->kind != CP_SITE_COUNTY)
            continue;
        if (one && one != site)
            return NULL;
        one = site;
    }
    return one;
}

/* Where in t[from, to) a clause opens whose subject is an office of its
 * own, and whose verb is in the past (", and the Civil Rights Division
 * opened investigations into ... Ferguson"): the offset of its ", and",
 * or `to`. Its places are that office's business, not the program's of
 * the clause before ("... and the Justice Department expanded it to
 * Memphis" goes on about the program: "it"). */
static size_t office_clause(const char *t, size_t from, size_t to) {
    enum { WORDS = 5 };
    for (const char *c = t + from; c && (size_t)(c - t) + 12 < to;
         c = memchr(c + 1, ',', to - (size_t)(c - t) - 1)) {
        size_t i = (size_t)(c - t);
        if (*c != ',' || memcmp(c, ", and the ", 10) != 0)
            continue;
        size_t w = i + 10;
        int words = 0;
        while (w < to && cpi_is_upper(t[w]) && words < WORDS) {
            while (w < to && (cpi_is_alpha(t[w]) || t[w] == '.'))
                w++;
            words++;
            if (w + 1 < to && t[w] == ' ')
                w++;
            else
                break;
        }
        if (words == 0 || w >= to || !cpi_is_lower(t[w]))
            continue;
        size_t e = w;
        while (e < to && cpi_is_lower(t[e]))
            e++;
        if (e - w >= 4 && t[e - 2] == 'e' && t[e - 1] == 'd' &&
            !cpi_starts_with(t, to, e, " it ") &&
            !cpi_starts_with(t, to, e, " the program"))
            return i;
    }
    return to;
}

/* Is place h in an office's clause (office_clause) after a program's
 * name in its sentence? */
static bool in_office_clause(const hits *programs, const cp_block *blk, const cpi_hit *h,
                             size_t sentence) {
    const char *t = cpi_block_text(blk);
    size_t s0 = cpi_sentence_text_start(cpi_block_sentence(blk, sentence));
    if (h->start < s0 + 12)
        return false;
    size_t k = lower_bound(programs, h->block, s0);
    if (k == programs->n || programs->h[k].block != h->block ||
        programs->h[k].end >= h->start)
        return false;
    /* (the clause looked for in the bytes just before the place: each
     * place of a long sentence asks, and the walk stays bounded) */
    enum { CLAUSE_BACK = 256 };
    size_t from = programs->h[k].end;
    if (h->start - from > CLAUSE_BACK)
        from = h->start - CLAUSE_BACK;
    return office_clause(t, from, h->start) < h->start;
}

/* Where in t[from, to) the clause opens (after its comma) that asks
 * whether the program will come ("..., leaders in Jackson and Madison
 * County are asking whether any of that help could travel"), or `to`. */
static size_t asking_clause(const char *t, size_t from, size_t to) {
    static const char *const ASKING[] = {"asking whether ", "asking if ",
                                         "asked whether ", "asked if "};
    for (const char *q = memchr(t + from, 'k', to - from); q;
         q = memchr(q + 1, 'k', to - (size_t)(q - t) - 1)) {
        size_t p = (size_t)(q - t);
        if (p < from + 2 || t[p - 2] != 'a' || t[p - 1] != 's' || !word_starts(t, p - 2))
            continue;
        bool asking = false;
        for (size_t k = 0; k < COUNT(ASKING) && !asking; k++)
            asking = cpi_starts_with(t, to, p - 2, ASKING[k]) > 0;
        if (!asking)
            continue;
        for (size_t c = p - 2; c > from; c--)
            if (t[c - 1] == ',')
                return c - 1;
        return to;
    }
    return to;
}

/* Does paragraph b open with a place's name alone as its first sentence
 * (site hit i at its start: "Kansas City, Kansas. The city recorded ...",
 * a bold label), after a lead-in that ends with a colon ("The new PSP
 * sites are:") and only such paragraphs since? Its label is an item of
 * the lead-in's list, though the paragraph names no program. */
static bool labelled_item(const cp_document *doc, const hits *sites, size_t b, size_t i) {
    enum { ITEMS_BACK = 64, LABEL_MAX = 48 };
    for (size_t k = 0; k < ITEMS_BACK && b > 0; k++) {
        const cp_block *blk = &doc->blocks[b];
        if (blk->kind != CP_BLOCK_PARAGRAPH || blk->sentence_count < 2)
            return false;
        size_t end = cpi_block_sentence(blk, 0)->text_end;
        const char *t = cpi_block_text(blk);
        /* the label: places from the start (a city and its state) up to
         * its period */
        if (i >= sites->n || sites->h[i].block != b || sites->h[i].start != 0 ||
            end > LABEL_MAX)
            return false;
        size_t last = i;
        while (last + 1 < sites->n && sites->h[last + 1].block == b &&
               sites->h[last + 1].start < end)
            last++;
        if (sites->h[last].end + 1 != end || t[end - 1] != '.')
            return false;
        /* the block before: the lead-in, or another item */
        const cp_block *before = &doc->blocks[b - 1];
        const char *bt = cpi_block_text(before);
        if (before->text_size > 0 && bt[before->text_size - 1] == ':')
            return true;
        b--;
        i = lower_bound(sites, b, 0);
    }
    return false;
}

/* Rule 3 of cpi_extract_links: the places of a text about a program
 * (`doc_main`, or each block's section program in `per_block`) from block
 * `about_from` on (see text_turns_to), before block `about_to` for
 * doc_main (see main_program), but not the items another program's
 * lead-in has (`led_by`, or NULL); `memo` holds what rule 1 found of its
 * items (see reading_memo). */
static bool link_about(cpi_extract *x, const hits *sites, const hits *programs,
                       cp_program *doc_main, cp_program *const *per_block,
                       cp_program *const *led_by, size_t about_from, size_t about_to,
                       reading_memo *memo) {
    const cp_document *doc = x->doc;
    size_t sentence = 0, block = SIZE_MAX, read = SIZE_MAX;
    bool skip_sentence = false; /* read once per sentence, not once per place */
    size_t passing_block = SIZE_MAX, passing_end = 0; /* the last place passed over */
    cp_program *topic = doc_main; /* what the sentence is about */
    int case_text = -1;           /* case_release(doc), once asked */
    /* (a block without a sentence links its places to what the sentence
     * before said: then no block is passed whole) */
    bool silent = !memo || memo->silent_block;
    walk after = walk_of(programs), in_sentence = walk_of(programs);
    walk block_programs = walk_of(programs); /* each block's first program */
    size_t top = top_blocks(doc), role_block = SIZE_MAX, role_sentence = 0;
    bool role_told = false; /* tells_role of that sentence */
    /* the program a sentence refers to by words (program_referred), and
     * the sentence */
    cp_program *same = NULL;
    size_t same_block = SIZE_MAX, same_sentence = 0;
    for (size_t i = 0; i < sites->n; i++) {
        const cpi_hit *h = &sites->h[i];
        const cp_site *site = h->entity;
        cp_program *main = per_block ? per_block[h->block] : doc_main;
        if (!main)
            continue; /* a section about no program */
        if (h->block < about_from)
            continue; /* before the text turns to its program */
        if (h->block >= about_to && main == doc_main)
            continue; /* past a passing mention's paragraph and the next */
        /* (a list item's lone place that rule 1 linked to main, in a block
         * of one sentence: passed, as block_linked_already would, below) */
        if (!silent && h->block < MEMO_BLOCKS && memo->lone_linked[h->block] == main &&
            doc->blocks[h->block].sentence_count == 1)
            continue;
        if (led_by && led_by[h->block] && led_by[h->block] != main &&
            led_by[h->block]->parent != main)
            continue; /* an item of another program's lead-in: rule 1's */
        const cp_block *blk = &doc->blocks[h->block];
        if (h->block != block) {
            /* a block about main alone (one sentence, or no program
             * named: each sentence's topic is main) whose places are all
             * main's already: passed whole (unless a block without a
             * sentence, later, would take its topic) */
            size_t last, first_program;
            bool about_main =
                blk->sentence_count == 1 ||
                (blk->sentence_count > 1 &&
                 ((first_program = walk_to(&block_programs, h->block, 0)) == programs->n ||
                  programs->h[first_program].block != h->block));
            if (about_main && (lone_linked_already(memo, h->block, main, i, &last) ||
                               block_linked_already(sites, i, blk, main, &last))) {
                if (!silent) {
                    i = last;
                    continue;
                }
            }
            block = h->block;
            sentence = 0;
            read = SIZE_MAX;
        }
        while (sentence + 1 < blk->sentence_count &&
               cpi_block_sentence(blk, sentence)->text_end <= h->start)
            sentence++;
        if (site->kind == CP_SITE_STATE && passing_block == h->block &&
            h->start == passing_end + 2 && cpi_block_text(blk)[passing_end] == ',') {
            passing_end = h->end; /* "from Boise, Idaho, and from Provo": its
                                   * state, then the rest of its list */
            continue;
        }
        if (site->kind != CP_SITE_CITY && site->kind != CP_SITE_COUNTY &&
            site->kind != CP_SITE_REGION && site->kind != CP_SITE_DISTRICT &&
            !(site->kind == CP_SITE_STATE && state_as_target(blk, h)))
            continue; /* states: named for context, unless as recipients */
        /* A place in a sentence kept from the program is not linked,
         * whatever its words: they are read only for the places after it
         * that it might take along in a list (those that start within 12
         * bytes of its end, or of the last place passed over). */
        size_t reach = passing_block == h->block && passing_end > h->end ? passing_end : h->end;
        if (blk->sentence_count &&
            (i + 1 == sites->n || sites->h[i + 1].block != h->block ||
             sites->h[i + 1].start > reach + 12)) {
            if (read != sentence) {
                read = sentence;
                skip_sentence = sentence_kept_from(programs, blk, h->block, sentence, main,
                                                   &in_sentence, memo, &topic);
            }
            if (skip_sentence) {
                cp_program *joined =
                    joined_program(cpi_block_text(blk), blk->text_size, h->end, programs);
                if (joined && !cpi_model_link(x->model, joined, h->entity))
                    return false;
                continue;
            }
        }
        const char *t = cpi_block_text(blk);
        if (h->start == 0 && h->end == blk->text_size && h->block < LETTERHEAD_BLOCKS &&
            blk->kind != CP_BLOCK_LIST_ITEM &&
            (programs->n == 0 || programs->h[0].block > h->block))
            continue; /* a letterhead's address ("Lander, Wyoming" under the
                       * office's name), before any program is named */
        if (place_not_member(x, programs, t, h, i, &after, memo))
            continue; /* a program's branch, a dateline, "east of Chicago" */
        if (blk->kind == CP_BLOCK_HEADING && office_heading(t, blk->text_size))
            continue; /* "United States Attorney's Office | Memphis · Jackson" */
        if (blk->text_size <= ROW_MAX && block_event_row(t, blk->text_size, h->block, memo))
            continue; /* "23-24 | Crime gun intelligence workshop | Phoenix" */
        if (place_passed(blk, h, i, sites, memo) ||
            (words_before(t, h->start) && likeness_of_other(t, h->start, main)) ||
            likeness_subject(t, blk->text_size, h->end) ||
            (passing_block == h->block && list_joint(t, passing_end, h->start))) {
            passing_block = h->block; /* the rest of its list goes with it */
            passing_end = h->end;
            continue;
        }
        if (blk->sentence_count && read != sentence) {
            read = sentence;
            skip_sentence = sentence_kept_from(programs, blk, h->block, sentence, main,
                                               &in_sentence, memo, &topic);
        }
        cp_program *joined = joined_program(t, blk->text_size, h->end, programs);
        if (joined || (blk->sentence_count && skip_sentence)) {
            /* (the program it joined, whatever else the sentence names) */
            if (joined && !cpi_model_link(x->model, joined, h->entity))
                return false;
            continue;
        }
        if (owns_other_program(x, programs, h, topic))
            continue; /* "Boston's Operation Ceasefire": that program's place */
        if (blk->sentence_count && in_office_clause(programs, blk, h, sentence))
            continue; /* "..., and the Civil Rights Division opened ..." */
        const cp_site *home;
        if (!home_of(x, sites, topic, &home))
            return false;
        if (home && far_from_home(home, h->entity))
            continue; /* "the Memphis Safe Task Force" in St. Louis: none of its */
        /* A place named in passing: in a paragraph past the lead that
         * names no program, in a sentence that does not tell what it is to
         * a program (an op-ed's neighbours, a story's suburbs, where an
         * official spoke), is the story's setting, not where the program
         * works. */
        if (blk->kind == CP_BLOCK_PARAGRAPH && h->block >= top &&
            !(sentence == 0 && h->start == 0 && labelled_item(doc, sites, h->block, i))) {
            size_t first = walk_to(&block_programs, h->block, 0);
            /* (or names one only in a later sentence: "Joliet and Aurora
             * both reported declines. ... Evanston, which received a CVIPI
             * award, said ...") */
            if (first == programs->n || programs->h[first].block != h->block ||
                named_later(blk, sentence, programs->h[first].start) ||
                trend_without_program(blk, h->block, sentence, programs)) {
                if (role_block != h->block || role_sentence != sentence) {
                    size_t from = 0, to = blk->text_size;
                    if (blk->sentence_count) {
                        const cp_sentence *sen = cpi_block_sentence(blk, sentence);
                        from = cpi_sentence_text_start(sen);
                        to = sen->text_end;
                        if (sentence > 0 && says_so_too(t, from, to)) {
                            sen = cpi_block_sentence(blk, sentence - 1);
                            from = cpi_sentence_text_start(sen);
                            to = sen->text_end; /* (what that one told) */
                        }
                    }
                    role_block = h->block;
                    role_sentence = sentence;
                    role_told = tells_role(t, from, to);
                }
                if (!role_told)
                    continue;
            }
        }
        if (case_text < 0) /* (asked once, where a place would be linked) */
            case_text = case_release(doc);
        if (case_text)
            return true; /* a criminal case's places are not the program's */
        if (same_block != h->block || same_sentence != sentence) {
            same_block = h->block;
            same_sentence = sentence;
            same = program_referred(doc, h->block, sentence, programs);
        }
        cp_program *to = same ? same : topic;
        /* a heading that is a place alone ("MEMPHIS") is the place of the
         * program its section opens with */
        if (blk->kind == CP_BLOCK_HEADING && place_alone(blk, h) &&
            h->block + 1 < doc->block_count) {
            size_t k = lower_bound(programs, h->block + 1, 0);
            if (k < programs->n && programs->h[k].block == h->block + 1)
                to = programs->h[k].entity;
        }
        if (!cpi_model_link(x->model, to, h->entity))
            return false;
    }
    return true;
}

/* Is block b a state's name alone, not a list item ("ARIZONA", "Texas"):
 * a line that groups the items of a list by state? */
static bool state_line(const cp_document *doc, const hits *sites, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    if (blk->kind == CP_BLOCK_LIST_ITEM || blk->text_size == 0 || blk->text_size > 32)
        return false;
    size_t k = lower_bound(sites, b, 0);
    if (k == sites->n || sites->h[k].block != b)
        return false;
    const cpi_hit *h = &sites->h[k];
    const char *t = cpi_block_text(blk);
    size_t end = blk->text_size;
    if (end > 0 && t[end - 1] == ':')
        end--; /* "Texas:" */
    return h->start == 0 && h->end == end &&
           ((const cp_site *)h->entity)->kind == CP_SITE_STATE;
}

/* The program list item `block` (item) of a lead-in about p is about:
 * the one its first sentence names before its first place (hit
 * first_site) or as its closing tag, if that is neither p nor a part or
 * owner of it ("- **Community Violence Intervention and Prevention
 * Initiative.** The Department is awarding ... to Cleveland"), else p.
 * `first_program` is the first program hit at or after the item's start. */
static cp_program *item_program(const hits *programs, const cp_block *item, size_t block,
                                size_t first_program, const hits *sites,
                                size_t first_site, cp_program *p) {
    if (first_program == programs->n || programs->h[first_program].block != block)
        return p;
    const cpi_hit *h = &programs->h[first_program];
    cp_program *q = h->entity;
    if (q == p || q->parent == p || p->parent == q)
        return p;
    size_t first_end =
        item->sentence_count ? cpi_block_sentence(item, 0)->text_end : item->text_size;
    if (h->start >= first_end)
        return p;
    /* (a tag in brackets that ends it: "- Vermont Department of Public
     * Safety - $175,000 for training (CPD)") */
    const char *t = cpi_block_text(item);
    bool tag = h->start > 0 && t[h->start - 1] == '(' && h->end < first_end &&
               t[h->end] == ')' && h->end + 2 >= first_end;
    if (!tag && first_site < sites->n && sites->h[first_site].block == block &&
        sites->h[first_site].start < h->start)
        return p;
    return q;
}

/* Is the sentence [start, end) of block b a place's name alone, as a
 * run-in head ("Kansas City, Missouri.", "State of Kentucky.", "Camden
 * County, New Jersey.")? Short, a place named in it, and no word in small
 * letters but "of". Its start, or SIZE_MAX. */
static size_t run_in_place(const hits *sites, size_t b, const char *t, size_t start,
                           size_t end) {
    enum { LABEL_MAX = 40 };
    if (end - start > LABEL_MAX || end - start < 4 || t[end - 1] != '.')
        return SIZE_MAX;
    size_t k = lower_bound(sites, b, start);
    if (k == sites->n || sites->h[k].block != b || sites->h[k].end >= end)
        return SIZE_MAX;
    for (size_t i = start; i < end; i++)
        if ((i == start || t[i - 1] == ' ') && !cpi_is_upper(t[i]) &&
            !cpi_starts_with(t, end, i, "of "))
            return SIZE_MAX;
    return start;
}

/* Rules 1 and 2 of cpi_extract_links: lead-ins and their list items (or
 * rows), and sentence by sentence; `main`, or each block's section program
 * in `per_block`, is what a lead-in or a list of places without a name is
 * about; `led_by` (or NULL) is set, for each item, to the program of its
 * lead-in; `memo` (or NULL) keeps what the tests of a sentence or a
 * place alone say (see reading_memo). */
static bool link_sentences(cpi_extract *x, const hits *sites, const hits *programs,
                           const hits *agencies, cp_program *main,
                           cp_program *const *per_block, cp_program **led_by,
                           reading_memo *memo) {
    const cp_document *doc = x->doc;
    /* the hits at each block's and sentence's start, found as they come */
    walk program_walk = walk_of(programs), site_walk = walk_of(sites);
    walk agency_walk = walk_of(agencies);
    /* and at each list item's start, for the items after lead-ins */
    walk item_site_walk = walk_of(sites), item_program_walk = walk_of(programs);
    /* and each block's first hits, for the blocks in turn */
    size_t block_program = 0, block_site = 0;
    size_t triple = 0; /* the first of three site hits in one block, from block b on */
    bool silent = false; /* (a block without a sentence seen: memo's silent_block) */
    int case_text = -1;  /* case_release(doc), once asked */
    for (size_t b = 0; b < doc->block_count; b++) {
        /* the blocks before the next that names a program or three places
         * have nothing to read unless they open a list: passed here, their
         * last byte and sentences alone looked at */
        while (block_program < programs->n && programs->h[block_program].block < b)
            block_program++;
        while (triple + 2 < sites->n && (sites->h[triple].block < b ||
                                         sites->h[triple + 2].block != sites->h[triple].block))
            triple++;
        size_t busy = block_program < programs->n ? programs->h[block_program].block
                                                  : doc->block_count;
        if (triple + 2 < sites->n && sites->h[triple].block < busy)
            busy = sites->h[triple].block;
        for (const cp_block *blk = &doc->blocks[b]; b < busy; b++, blk++) {
            size_t n = blk->text_size;
            silent |= blk->sentence_count == 0;
            const char *t = cpi_block_text(blk);
            if (n > 0 && (t[n - 1] == ':' ||
                          ((t[0] == 'T' || t[0] == 'E') && caption_over_rows(doc, b))))
                break;
        }
        if (b == doc->block_count)
            break;
        const cp_block *blk = &doc->blocks[b];
        cp_program *about = per_block ? per_block[b] : main;
        silent |= blk->sentence_count == 0;
        /* 1. a lead-in and the list items after it (or a table's caption
         * and its rows) */
        bool colon = blk->text_size > 0 && cpi_block_text(blk)[blk->text_size - 1] == ':';
        /* (a list item over items nested under it leads them in too, when it
         * names one program: "- **Dedicated funding.** The CVIPI will ..."
         * over "  - Awards will go to three states: ...") */
        bool parent = !colon && blk->kind == CP_BLOCK_LIST_ITEM &&
                      b + 1 < doc->block_count &&
                      doc->blocks[b + 1].kind == CP_BLOCK_LIST_ITEM &&
                      doc->blocks[b + 1].level > blk->level;
        bool caption = !colon && !parent && caption_over_rows(doc, b);
        if (colon || parent || caption) {
            bool several;
            cp_program *p = one_program_from(programs, b, walk_to(&program_walk, b, 0),
                                             blk->text_size, &several);
            if (parent)
                several = false; /* (only one program leads nested items in) */
            /* (a lead-in before the text names any program is not about
             * one: "Per 100,000 residents, some of these cities look like
             * this:" over a list of rates; a caption that names none
             * leads in rows that may name their own: "Bethel, Alaska |
             * COPS | $1,250,000") */
            if (!p && !several && colon && programs->n && programs->h[0].block < b &&
                cue_sets(cpi_block_text(blk), blk->text_size, CPI_PHRASES(SELECTION_CUES),
                         SELECTION_OF_LETTER, SELECTION_OF_NEXT, SELECTION))
                p = about;
            /* "Results by metro area:" over records of "Label: value"
             * lines ("City: Hattiesburg, Miss." over "Arrests: 61"): the
             * results of what the text is about */
            if (!p && !several && colon && programs->n && programs->h[0].block < b &&
                b + 1 < doc->block_count &&
                doc->blocks[b + 1].kind != CP_BLOCK_LIST_ITEM &&
                label_line(cpi_block_text(&doc->blocks[b + 1]),
                           doc->blocks[b + 1].text_size))
                p = about;
            /* "Here is how the money breaks down:" after a paragraph that
             * named the program: the lead-in takes up its money */
            if (!p && !several && colon && b > 0)
                p = money_of_block_before(programs, blk, b, walk_to(&program_walk, b, 0));
            /* (several: the awards' program, named last: "... to Operation
             * Legend cities, including awards from the COPS Hiring Program
             * (CHP) to hire additional officers:") */
            /* ... else each of two or three that the lead-in names together
             * ("the local Safe Streets Task Force led Summer Heat operations:") */
            cp_program *each[LEAD_PROGRAMS_MAX] = {p};
            size_t count = 1;
            if (several) {
                each[0] =
                    awarding_program(programs, blk, b, walk_to(&program_walk, b, 0));
                if (!each[0])
                    count =
                        programs_named(programs, b, walk_to(&program_walk, b, 0), each);
            }
            for (size_t k = 0; k < count; k++) {
                p = each[k];
                size_t level = blk->kind == CP_BLOCK_LIST_ITEM ? blk->level + 1 : 0;
                /* its items: list items, or a table's rows (a header first);
                 * lines that are a state's name alone group them ("ARIZONA"
                 * over "- City of Tucson") */
                size_t after = b + 1;
                while (p && after < doc->block_count && state_line(doc, sites, after))
                    after++;
                bool rows = after < doc->block_count &&
                            doc->blocks[after].kind != CP_BLOCK_LIST_ITEM;
                /* (or records of "Label: value" lines, one line a block:
                 * "City: Hattiesburg, Miss." over "Arrests: 61") */
                bool records = rows && colon &&
                               label_line(cpi_block_text(&doc->blocks[after]),
                                          doc->blocks[after].text_size);
                bool award_lines = true; /* (the items so far: lines of awards) */
                for (size_t i = b + 1; p && i < doc->block_count; i++) {
                    const cp_block *item = &doc->blocks[i];
                    if (item->kind != CP_BLOCK_LIST_ITEM && state_line(doc, sites, i)) {
                        if (led_by && k == 0)
                            led_by[i] = p;
                        continue;
                    }
                    /* "Here is how the money breaks down:" over lines of awards
                     * without marks (blocks of their own, or joined in a
                     * paragraph): the lead-in's items */
                    award_lines = award_lines && colon && sums_each(doc, item);
                    if (award_lines) {
                    } else if (records) {
                        if (!label_line(cpi_block_text(item), item->text_size))
                            break;
                    } else if (rows) {
                        const char *it = cpi_block_text(item);
                        if (item->kind == CP_BLOCK_LIST_ITEM ||
                            !row_text(it, item->text_size)) {
                            if (i == b + 1 && header_row(it, item->text_size))
                                continue; /* "State | Agency | Award" */
                            break;
                        }
                    } else if (item->kind != CP_BLOCK_LIST_ITEM || item->level < level) {
                        break;
                    }
                    size_t first_site = walk_to(&item_site_walk, i, 0);
                    size_t first_program = walk_to(&item_program_walk, i, 0);
                    /* "- **Expanding NIBIN.** ATF will install ... in Albuquerque":
                     * an item whose first sentence names a program of its own
                     * before its places is about that one */
                    cp_program *q = item_program(programs, item, i, first_program, sites,
                                                 first_site, p);
                    if (led_by && k == 0)
                        led_by[i] = q; /* rule 3 leaves its places to q */
                    if (groups_by_state(doc, sites, i, first_site))
                        continue; /* "- Georgia" over its cities: a heading */
                    if (first_site == sites->n || sites->h[first_site].block != i ||
                        (span_crime_trend(item, i, 0, item->text_size, memo, true) &&
                         !run_in_label(item) && sites->h[first_site].start != 0))
                        continue; /* no place, or "- Homicides in Washington fell ..."
                                   * (not "- Shreveport, La.: Homicides in its target
                                   * area fell ...": the item's place is its label;
                                   * nor "- Omaha paired policing with jobs; robberies
                                   * fell ...": the item opens with its subject) */
                    if (lone_place(doc, sites, i, first_site)
                            ? !link_lone_place(x, sites, q, i, first_site, memo)
                            : !link_span_from(x, sites, programs, q, i, 0,
                                              item->text_size, first_site, first_program,
                                              memo))
                        return false;
                }
            }
        }
        /* 2. sentences: roles, one program's sites, inline lists of places.
         * Each asks for a program named in the sentence, or (about a
         * program) three places: most blocks have neither, and pass whole. */
        while (block_program < programs->n && programs->h[block_program].block < b)
            block_program++;
        bool names_program =
            block_program < programs->n && programs->h[block_program].block == b;
        if (!names_program) {
            /* (in a text about no program, three places still ask: "The
             * team's territory covers A, B and C counties" after the team
             * is named) */
            while (block_site < sites->n && sites->h[block_site].block < b)
                block_site++;
            if (block_site + 2 >= sites->n || sites->h[block_site + 2].block != b)
                continue;
        }
        size_t label = SIZE_MAX; /* the start of a place's run-in head, if any */
        for (size_t s = 0; s < blk->sentence_count; s++) {
            const cp_sentence *sen = cpi_block_sentence(blk, s);
            size_t start = cpi_sentence_text_start(sen), end = sen->text_end;
            size_t first = walk_to(&program_walk, b, start);
            /* "Kansas City, Missouri. JAG dollars paid for two analysts.": a
             * paragraph's first sentence that is a place's name alone heads
             * it; the next sentence's program is about that place too */
            if (s == 1 && label != SIZE_MAX)
                start = label;
            label = s == 0 && blk->kind == CP_BLOCK_PARAGRAPH && blk->sentence_count > 1
                        ? run_in_place(sites, b, cpi_block_text(blk), start, end)
                        : SIZE_MAX;
            if (!read_roles(x, programs, agencies, b, start, end, first, &agency_walk))
                return false;
            if (blk->kind == CP_BLOCK_HEADING)
                continue;
            bool several;
            cp_program *p = one_program_from(programs, b, first, end, &several);
            size_t first_site = walk_to(&site_walk, b, start);
            if (p && (contrasted(cpi_block_text(blk), start, &programs->h[first]) ||
                      model_before(cpi_block_text(blk), programs->h[first].start)))
                p = NULL; /* "... in Oakland, rather than re-running Project Exile";
                           * "... a strategy modeled on Operation Ceasefire" */
            if (p) {
                size_t to =
                    before_trend_clause(cpi_block_text(blk), programs->h[first].end, end);
                to = office_clause(cpi_block_text(blk), programs->h[first].end, to);
                to = asking_clause(cpi_block_text(blk), programs->h[first].end, to);
                if (!link_span_from(x, sites, programs, p, b, start, to, first_site,
                                    first, memo))
                    return false;
                /* "Chicago is a different story. Operation Midway Blitz,
                 * the surge that began there in September, ...": "there"
                 * is the one place of the sentence before */
                size_t place_at =
                    first_site == sites->n || sites->h[first_site].block != b
                        ? end
                        : sites->h[first_site].start;
                cp_site *there = says_there(cpi_block_text(blk), start,
                                            place_at < end ? place_at : end)
                                     ? place_before_sentence(doc, sites, b, s)
                                     : NULL;
                if (there && !cpi_model_link(x->model, p, there))
                    return false;
            } else if (several) {
                if (!link_after_each(x, sites, programs, b, start, end))
                    return false;
            } else {
                size_t places = 0; /* (counted up to the 3 asked for) */
                for (size_t i = first_site; places < 3 && i < sites->n &&
                                            sites->h[i].block == b && sites->h[i].start < end;
                     i++)
                    places++;
                /* about the program its paragraph opened with, if any
                 * ("- Violence Intervention Collaborative. Fifteen cities
                 * have joined, among them ..."; in a roundup about no one
                 * program, "... eight sites under the Defending Childhood
                 * Initiative. Recipients include ...") */
                cp_program *topic = NULL;
                /* (an item of a lead-in is about the lead-in's program: "The
                 * counties receiving the match are:" after a sentence on
                 * Stonegarden, in a text about a task force) */
                cp_program *lead = led_by && led_by[b] ? led_by[b] : about;
                if (places >= 3 && lead != &LEFT_OUT_LEAD &&
                    cue_sets(cpi_block_text(blk) + start, end - start,
                             CPI_PHRASES(SELECTION_CUES), SELECTION_OF_LETTER,
                             SELECTION_OF_NEXT, SELECTION_OR_SERVE) &&
                    /* (not those that ask for it: "The communities of ...
                     * have asked for more patrols") */
                    !asks(cpi_block_text(blk) + start, end - start) &&
                    !(case_text < 0 ? (case_text = case_release(doc)) : case_text) &&
                    /* (the one its words stand for first: "it will take
                     * cases from ..." after "will run the center") */
                    ((topic = program_referred(doc, b, s, programs)) != NULL ||
                     ((about || names_program) &&
                      (topic = paragraph_topic(programs, blk, b, s, lead)) != NULL)) &&
                    !link_span_from(x, sites, programs, topic, b, start, end, first_site,
                                    first, memo))
                    return false;
            }
        }
    }
    if (memo && silent)
        memo->silent_block = true;
    return true;
}

/* The first block of a web page's list of related pages ("Related Links",
 * "Related Content:"), or the block count when there is none. */
static size_t related_section(const cp_document *doc) {
    static const char *const HEADS[] = {"Related Articles", "Related Content", "Related Links",
                                        "Related News",     "Related Press Releases",
                                        "Related Resources", "Related Stories"};
    for (size_t b = 1; b < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        const char *t = cpi_block_text(blk);
        size_t n = blk->text_size;
        if (n < 12 || n > 24 || t[0] != 'R' || t[1] != 'e' || (t[2] | 0x20) != 'l')
            continue; /* (most blocks: one test; "Reno, Nevada" three) */
        if (t[n - 1] == ':')
            n--;
        for (size_t k = 0; k < COUNT(HEADS); k++) {
            size_t i = 0; /* ("Related content" too: letters in either case) */
            while (i < n && HEADS[k][i] && (t[i] | 0x20) == (HEADS[k][i] | 0x20))
                i++;
            if (i == n && HEADS[k][i] == '\0')
                return b;
        }
    }
    return doc->block_count;
}

/* Does an article or a possessive word end at t[at] ("the ", "its ")? */
static bool owner_word_before(const char *t, size_t at) {
    static const struct {
        const char *s;
        size_t len;
    } OWNERS[] = {{"a ", 2}, {"its ", 4}, {"the ", 4}, {"their ", 6}, {"The ", 4}};
    for (size_t k = 0; k < sizeof OWNERS / sizeof OWNERS[0]; k++) {
        size_t len = OWNERS[k].len;
        if (at >= len && memcmp(t + at - len, OWNERS[k].s, len) == 0 &&
            (at == len || !cpi_is_alpha(t[at - len - 1])))
            return true;
    }
    return false;
}

/* The city or county whose name, after an article or a possessive word,
 * opens the name of the program at hit h, a space before it ("the Memphis
 * Crime Gun Intelligence Center", "its Tulsa Safe Streets Task Force"):
 * the place hit just before it, or else a place of that name the text
 * names elsewhere (a place inside a name is no hit of its own). NULL if
 * none. */
static cp_site *local_unit_place(const char *t, const hits *sites, const cpi_hit *h) {
    enum { WORDS_MAX = 3, SITES_MAX = 256 };
    /* the capitalised words before the name, back to the owner word (most
     * programs have "the" or a verb before them: no walk) */
    size_t from = h->start; /* (the first of those words) */
    for (int words = 0; words == 0 || !owner_word_before(t, from); words++) {
        size_t ws = from - 1; /* (the space before `from`) */
        while (ws > 0 && cpi_is_alpha(t[ws - 1]))
            ws--;
        if (words == WORDS_MAX || ws + 1 == from || !cpi_is_upper(t[ws]) || ws < 2 ||
            t[ws - 1] != ' ')
            return NULL;
        from = ws;
    }
    size_t k = lower_bound(sites, h->block, h->start);
    cp_site *place = NULL;
    if (k > 0 && sites->h[k - 1].block == h->block && sites->h[k - 1].start == from &&
        sites->h[k - 1].end == h->start - 1) {
        place = sites->h[k - 1].entity;
    } else {
        size_t len = h->start - 1 - from;
        for (size_t i = 0; i < sites->n && i < SITES_MAX && !place; i++) {
            cp_site *s = sites->h[i].entity;
            if (strncmp(s->name, t + from, len) == 0 && s->name[len] == '\0')
                place = s;
        }
    }
    return place && (place->kind == CP_SITE_CITY || place->kind == CP_SITE_COUNTY) ? place
                                                                                   : NULL;
}

/* A place's own program: "Boston's Operation Ceasefire" works in Boston,
 * also where the sentence names it as another's model; so does the local
 * unit of a program a place's name opens ("the Memphis Crime Gun
 * Intelligence Center"). Read from the programs' side: they are fewer. */
static bool link_possessive_places(cpi_extract *x, const hits *sites,
                                   const hits *programs) {
    for (size_t j = 0; j < programs->n; j++) {
        const cpi_hit *h = &programs->h[j];
        const char *t = cpi_block_text(&x->doc->blocks[h->block]);
        if (h->start < 4 || t[h->start - 1] != ' ')
            continue;
        bool possessive = t[h->start - 2] == 's' && t[h->start - 3] == '\'';
        if (!possessive && !cpi_is_alpha(t[h->start - 2]))
            continue; /* (most programs: no place's name right before them) */
        cp_site *place = NULL;
        if (possessive) {
            size_t k = lower_bound(sites, h->block, h->start);
            if (k > 0 && sites->h[k - 1].block == h->block &&
                sites->h[k - 1].end == h->start - 3)
                place = sites->h[k - 1].entity;
        } else {
            place = local_unit_place(t, sites, h);
        }
        if (place && !cpi_model_link(x->model, h->entity, place))
            return false;
    }
    return true;
}

/* A program named after a place works there: "the Memphis Safe Task
 * Force" is Memphis's, when the text names Memphis itself too (a place
 * only inside a name is no site), and the name goes on in capitals ("New
 * York and Atlanta the Strike Force" is no name). Programs and places of a
 * text are few. */
static bool link_named_places(cpi_extract *x, const hits *sites, const hits *programs) {
    enum { SEEN_MAX = 16 };
    const cp_program *seen[SEEN_MAX];
    size_t seen_count = 0;
    for (size_t i = 0; i < programs->n; i++) {
        cp_program *p = programs->h[i].entity;
        bool again = false;
        for (size_t k = 0; k < seen_count && !again; k++)
            again = seen[k] == p;
        if (again)
            continue;
        if (seen_count == SEEN_MAX)
            break;
        seen[seen_count++] = p;
        if (!cpi_is_upper(p->name[0]))
            continue;
        for (size_t k = 0; k < sites->n; k++)
            if (named_after(p, sites->h[k].entity) &&
                !cpi_model_link(x->model, p, sites->h[k].entity))
                return false;
    }
    /* a place's unit of a known program that the programs merged into it
     * ("the Chicago Firearms Trafficking Strike Force", one of the national
     * program's): the unit's city or county, named in the text, is the
     * program's (each asked of the first HOME_ASKED cities and counties) */
    enum { HOME_ASKED = 64 };
    for (unsigned u = 0; u < x->unit_place_count; u++) {
        const struct cpi_unit_place *unit = &x->unit_places[u];
        const char *place = cpi_block_text(&x->doc->blocks[unit->block]) + unit->start;
        if (!x->home_candidates && !collect_home_candidates(x, sites))
            return false;
        for (size_t k = 0; k < x->home_candidate_count && k < HOME_ASKED; k++) {
            const cp_site *site = x->home_candidates[k];
            if (site->kind != CP_SITE_DISTRICT && strlen(site->name) == unit->place_len &&
                memcmp(site->name, place, unit->place_len) == 0 &&
                !cpi_model_link(x->model, unit->program, (cp_site *)site))
                return false;
        }
    }
    return true;
}

/* Is the verb at w, an adverb before it allowed, one of receiving,
 * joining, paying or being a part of the program at `program` ("won",
 * "has been a ... site", "already pays 11 deputies with grants from ...",
 * "takes part in", "expects about $310,000 from ...", "learned it will
 * receive"), or of using the program itself? "the department"
 * (maybe the Justice Department) only receives or joins. */
static bool place_verb_at(const char *t, size_t n, size_t w, size_t program,
                          bool department) {
    static const char *const RECEIVING[] = {"won ",
                                            "received ",
                                            "receives ",
                                            "got ",
                                            "gets ",
                                            "secured ",
                                            "was awarded ",
                                            "has been awarded ",
                                            "was selected ",
                                            "was chosen ",
                                            "joined ",
                                            "was named ",
                                            "has received ",
                                            "has won ",
                                            "will receive ",
                                            "hired ",
                                            "has hired ",
                                            "pays ",
                                            "paid ",
                                            "takes part in ",
                                            "took part in ",
                                            "participates in ",
                                            "participated in ",
                                            "has taken part in ",
                                            "expects ",
                                            "learned it will receive ",
                                            "said it will receive ",
                                            "committed to ",
                                            "had committed to ",
                                            "has committed to ",
                                            "signed on to "};
    static const char *const BEING[] = {
        "has been a ", "has been an ", "became a ",
        "became an ",  "is a ",        "was a ",
        "was one of ", "is one of ",   "has been one of ",
        "is part of ", "was part of ", "is a member of ",
        "was in the ", "is in the ",   "has been in the "};
    static const char *const USING[] = {
        "uses ",       "used ",     "has used ",    "will use ",   "is using ",
        "is putting ", "will put ", "is spending ", "will spend ", "spent "};
    static const char *const ADVERBS[] = {"already ", "also ", "now "};
    /* "The city will also get a mobile NIBIN unit" */
    static const char *const WILL_ALSO[] = {"will also get ", "will also receive ",
                                            "will get "};
    w += cpi_prefix_at(t, n, w, CPI_PHRASES(ADVERBS));
    if (cpi_prefix_at(t, n, w, CPI_PHRASES(RECEIVING)) ||
        (w < n && t[w] == 'w' && cpi_prefix_at(t, n, w, CPI_PHRASES(WILL_ALSO))) ||
        (!department && cpi_prefix_at(t, n, w, CPI_PHRASES(BEING))))
        return true;
    /* what a place works through is its own ("The city already works with
     * federal prosecutors through Project Safe Neighborhoods") */
    static const char *const WORKING[] = {"works ", "worked ", "has worked "};
    if ((cpi_ends_with(t, program, "through ") ||
         cpi_ends_with(t, program, "through the ")) &&
        cpi_prefix_at(t, n, w, CPI_PHRASES(WORKING)))
        return true;
    /* what a place uses is its own ("The city also uses a $420,000 Project
     * Safe Neighborhoods grant"), what it uses money "to" pay is not */
    size_t verb = cpi_prefix_at(t, n, w, CPI_PHRASES(USING));
    if (!verb || w + verb > program)
        return false;
    for (size_t q = w + verb; q + 4 <= program; q++)
        if (t[q] == ' ' && t[q + 1] == 't' && t[q + 2] == 'o' && t[q + 3] == ' ')
            return false;
    return true;
}

/* Which kind of place does the subject at w, before the program at
 * `program`, stand for: "the city" (or "town", or "the department", the
 * city's police) a city, "the county" (or "parish", or "the Sheriff's
 * Office") a county? -1 if none, or if the verb after it is not one of
 * place_verb_at's, or its possessive is not followed by the program ("the
 * city's $260,000 Byrne JAG award"). */
static int place_subject_at(const char *t, size_t n, size_t w, size_t program) {
    int kind = -1;
    size_t len = 0;
    bool department = false;
    if (cpi_starts_with(t, n, w, "city") || cpi_starts_with(t, n, w, "town"))
        kind = CP_SITE_CITY, len = 4;
    else if (cpi_starts_with(t, n, w, "county") || cpi_starts_with(t, n, w, "parish"))
        kind = CP_SITE_COUNTY, len = 6;
    else if (cpi_starts_with(t, n, w, "department")) /* ("the Department": DOJ) */
        kind = CP_SITE_CITY, len = 10, department = true;
    else if (cpi_starts_with(t, n, w, "Sheriff's Office") ||
             cpi_starts_with(t, n, w, "sheriff's office"))
        kind = CP_SITE_COUNTY, len = 16;
    if (kind < 0)
        return -1;
    w += len;
    /* "sent agents to the city as part of Operation Legend" */
    if (!department && cpi_starts_with(t, n, w, " as part of ") &&
        (w + 12 == program ||
         (w + 16 == program && cpi_starts_with(t, n, w + 12, "the "))))
        return kind;
    if (w < n && t[w] == ' ')
        return place_verb_at(t, n, w + 1, program, department) ? kind : -1;
    /* "the city's $260,000 Byrne JAG award": the program right after the
     * possessive, an amount between allowed */
    if (department || !cpi_starts_with(t, n, w, "'s "))
        return -1;
    w += 3;
    if (w < n && (t[w] == '$' || cpi_is_digit(t[w]))) {
        while (w < n && t[w] != ' ')
            w++;
        w++;
        if (cpi_starts_with(t, n, w, "million ") || cpi_starts_with(t, n, w, "billion "))
            w += 8;
    }
    return w == program ? kind : -1;
}

/* The places of one kind among the first site hits, each with how often
 * it is named there (the first SUBJECT_KEPT of them, in the order first
 * named): counted once as the hits are walked in order, not again for
 * every "the city" of a long text. */
enum { SUBJECT_KEPT = 16, SUBJECT_KINDS = CP_SITE_REGION + 1 };
typedef struct subject_tally {
    size_t pos; /* the hits before it are counted */
    size_t kept;
    cp_site *place[SUBJECT_KEPT];
    unsigned count[SUBJECT_KEPT];
} subject_tally;

/* The place of `kind` that "the city" (or "the county") before the k-th
 * site hit stands for: the one named most often before it, the text's
 * subject, not a city it compares ("Nearby Philadelphia and Trenton have
 * seen ... The city also received ..."); of those, the first named, as a
 * lede names its subject first. NULL if none. `tally` is that kind's,
 * asked with k that do not decrease (else counted again from the start). */
static cp_site *subject_place(subject_tally *tally, const hits *sites, size_t k,
                              cp_site_kind kind) {
    if (k < tally->pos)
        tally->pos = tally->kept = 0;
    for (; tally->pos < k; tally->pos++) {
        cp_site *site = sites->h[tally->pos].entity;
        if (site->kind != kind)
            continue;
        size_t j = 0;
        while (j < tally->kept && tally->place[j] != site)
            j++;
        if (j == tally->kept) {
            if (tally->kept == SUBJECT_KEPT)
                continue; /* (a long list: its later places are not the subject) */
            tally->place[j] = site, tally->count[j] = 0, tally->kept++;
        }
        tally->count[j]++;
    }
    size_t best = SIZE_MAX;
    for (size_t j = 0; j < tally->kept; j++)
        if (best == SIZE_MAX || tally->count[j] > tally->count[best])
            best = j; /* (kept in the order first named: a tie keeps the first) */
    return best == SIZE_MAX ? NULL : tally->place[best];
}

/* "putting Project Safe Neighborhoods money into the two cities": how
 * many places of which kind t[from, to) speaks of together ("the two
 * cities", "both cities", "the three Lehigh Valley cities", "the two
 * counties"), or 0. */
static size_t places_counted(const char *t, size_t from, size_t to, cp_site_kind *kind) {
    enum { NAME_WORDS = 3 };
    for (size_t at = from; at + 11 <= to; at++) {
        const char *q = memchr(t + at, ' ', to - at);
        if (!q || (size_t)(q - t) + 11 > to)
            return 0;
        at = (size_t)(q - t);
        /* "both ", or "the ", "those ", "these " before "two " or "three "
         * (the second byte tells most words apart) */
        size_t w = at + 1, count = 0;
        if (t[w] == 'b' && t[w + 1] == 'o') {
            if (cpi_starts_with(t, to, w, "both "))
                count = 2, w += 5;
        } else if (t[w] == 't' && t[w + 1] == 'h') {
            size_t the = cpi_starts_with(t, to, w, "the ");
            if (!the)
                the = cpi_starts_with(t, to, w, "those ");
            if (!the)
                the = cpi_starts_with(t, to, w, "these ");
            if (the && w + the < to && t[w + the] == 't') {
                w += the;
                size_t two = cpi_starts_with(t, to, w, "two ");
                size_t three = two ? 0 : cpi_starts_with(t, to, w, "three ");
                count = two ? 2 : three ? 3 : 0;
                w += two + three;
            }
        }
        if (!count)
            continue;
        /* (a name may come between: "Lehigh Valley") */
        for (int words = 0; words < NAME_WORDS && w < to && cpi_is_upper(t[w]); words++) {
            while (w < to && cpi_is_alpha(t[w]))
                w++;
            if (w >= to || t[w] != ' ')
                break;
            w++;
        }
        size_t len = cpi_starts_with(t, to, w, "cities");
        *kind = CP_SITE_CITY;
        if (!len) {
            len = cpi_starts_with(t, to, w, "counties");
            *kind = CP_SITE_COUNTY;
        }
        if (len && (w + len == to || !cpi_is_alpha(t[w + len])))
            return count;
    }
    return 0;
}

/* The `count` places of `kind` named most before the k-th site hit (the
 * subjects of the text, as subject_place counts them), into out; how many
 * there are (0 when fewer than count). */
static size_t top_places(subject_tally *tally, const hits *sites, size_t k,
                         cp_site_kind kind, size_t count, cp_site **out) {
    if (!subject_place(tally, sites, k, kind) || tally->kept < count)
        return 0;
    bool taken[SUBJECT_KEPT] = {false};
    for (size_t i = 0; i < count; i++) {
        size_t best = SIZE_MAX;
        for (size_t j = 0; j < tally->kept; j++)
            if (!taken[j] && (best == SIZE_MAX || tally->count[j] > tally->count[best]))
                best = j;
        taken[best] = true;
        out[i] = tally->place[best];
    }
    return count;
}

/* "$1.4 million in COPS AHEAD hiring grants the city received last fall",
 * "a Crime Gun Intelligence Center the department opened in 2020": does
 * "the city" (its police department, or "the county") that received or
 * started it follow the program's name, within its clause? Its kind, or
 * -1. */
static int received_after(const char *t, size_t n, size_t end) {
    static const char *const RECEIVED[] = {
        "received ",    "won ",    "got ",      "secured ", "has received ",
        "was awarded ", "opened ", "launched ", "started ", "created "};
    size_t limit = n - end < 40 ? n : end + 40;
    for (size_t q = end; q + 5 < limit; q++) {
        if (t[q] == ',' || t[q] == ';' || t[q] == '.' || t[q] == '(')
            return -1;
        if (t[q] != ' ' || t[q + 1] != 't' || t[q + 2] != 'h' || t[q + 3] != 'e' ||
            t[q + 4] != ' ')
            continue;
        size_t w = q + 5, len;
        int kind;
        if (cpi_starts_with(t, n, w, "city ") || cpi_starts_with(t, n, w, "town "))
            kind = CP_SITE_CITY, len = 5;
        else if (cpi_starts_with(t, n, w, "department ")) /* (the city's police) */
            kind = CP_SITE_CITY, len = 11;
        else if (cpi_starts_with(t, n, w, "county ") ||
                 cpi_starts_with(t, n, w, "parish "))
            kind = CP_SITE_COUNTY, len = 7;
        else
            return -1; /* (the first "the" after the name decides) */
        return cpi_prefix_at(t, n, w + len, CPI_PHRASES(RECEIVED)) ? kind : -1;
    }
    return -1;
}

/* "ran Operation North Star in the city", "the city's NIBIN work": "the
 * city" (or "the county") right after the program's name, after "in", or
 * right before it, owning it; or "here" after it. Its kind, or -1. */
static int the_place_around(const char *t, size_t n, size_t start, size_t end) {
    if (end + 13 <= n && t[end] == ' ' && t[end + 1] == 'i' && t[end + 2] == 'n' &&
        t[end + 3] == ' ') {
        if (cpi_starts_with(t, n, end + 4, "the city") && !cpi_is_alpha(t[end + 12]))
            return CP_SITE_CITY;
        if (end + 15 <= n && cpi_starts_with(t, n, end + 4, "the county") &&
            !cpi_is_alpha(t[end + 14]))
            return CP_SITE_COUNTY;
    }
    /* "still running Project Safe Neighborhoods cases here": the place the
     * text is about (a word in lower case may come between) */
    if (end + 5 <= n && t[end] == ' ') {
        size_t w = end + 1;
        while (w < n && w < end + 16 && cpi_is_lower(t[w]))
            w++;
        if (w < n && t[w] == ' ' && w > end + 1 &&
            !cpi_starts_with(t, n, end + 1, "here"))
            w++;
        else
            w = end + 1;
        if (cpi_starts_with(t, n, w, "here") && (w + 4 == n || !cpi_is_alpha(t[w + 4])))
            return CP_SITE_CITY;
    }
    /* (a few words in lower case may come between: "the city's first
     * federal Weed and Seed designation") */
    for (int words = 0; words <= 3; words++) {
        if (start >= 11 && (cpi_ends_with(t, start, "the city's ") ||
                            cpi_ends_with(t, start, "the city\xE2\x80\x99s ")))
            return CP_SITE_CITY;
        if (start >= 13 && (cpi_ends_with(t, start, "the county's ") ||
                            cpi_ends_with(t, start, "the county\xE2\x80\x99s ")))
            return CP_SITE_COUNTY;
        if (start < 13 || t[start - 1] != ' ')
            return -1;
        if (words == 0) { /* (most names: no "'s" a few words before) */
            size_t look = start < 48 ? start : 48;
            const char *from = t + start - look;
            if (!memchr(from, '\'', look) && !memchr(from, 0x99, look))
                return -1;
        }
        size_t w = start - 1; /* (the space before the word) */
        while (w > 0 && cpi_is_lower(t[w - 1]))
            w--;
        if (w == start - 1 || w == 0 || t[w - 1] != ' ')
            return -1;
        start = w;
    }
    return -1;
}

/* "In 2023 the city won a $2 million ... grant": a program in a sentence
 * that names no place, which "the city" or "the county" (or "it", after
 * them) receives, joins or is part of (place_subject_at), works in the
 * city (or county) the text is about (subject_place). */
/* The place a local government or its police writes as (its masthead in
 * the first blocks: "CITY OF SPRINGFIELD, MASSACHUSETTS", "FRESNO POLICE
 * DEPARTMENT", "Town of Hamden"), or NULL: "us", "our" and "this city" of
 * its text are that place. */
static cp_site *author_place(const cp_document *doc, const hits *sites) {
    enum { TOP = 3, HITS_ASKED = 64 };
    static const char *const OF[] = {"CITY OF ", "City of ",   "TOWN OF ",
                                     "Town of ", "COUNTY OF ", "County of "};
    static const char *const AGENCY[] = {" POLICE DEPARTMENT", " Police Department",
                                         " SHERIFF'S OFFICE", " Sheriff's Office"};
    for (size_t b = 0; b < doc->block_count && b < TOP; b++) {
        const cp_block *blk = &doc->blocks[b];
        const char *t = cpi_block_text(blk);
        size_t n = blk->text_size;
        if (n > 64)
            continue;
        /* the place's words: after "City of", up to a comma or the end, or
         * before the agency's */
        size_t from = 0, to = 0;
        for (size_t i = 0; i < COUNT(OF) && !to; i++)
            if (cpi_starts_with(t, n, 0, OF[i])) {
                from = strlen(OF[i]);
                to = from;
                while (to < n && t[to] != ',')
                    to++;
            }
        for (size_t i = 0; i < COUNT(AGENCY) && !to; i++) {
            size_t len = strlen(AGENCY[i]);
            if (n > len && cpi_ends_with(t, n, AGENCY[i]))
                to = n - len;
        }
        if (to <= from)
            continue;
        /* ... the first city or county of that name the text names */
        for (size_t k = 0; k < sites->n && k < HITS_ASKED; k++) {
            cp_site *site = sites->h[k].entity;
            if ((site->kind == CP_SITE_CITY || site->kind == CP_SITE_COUNTY) &&
                strlen(site->name) == to - from &&
                cpi_same_letters(site->name, t + from, to - from))
                return site;
        }
    }
    /* a mayor's own text ("From the Mayor's Desk", "Posted by Mayor Ellen
     * Whitaker"): the first city its top names */
    enum { MAYOR_TOP = 6 };
    static const char *const MAYORS[] = {"From the Mayor", "Posted by Mayor ",
                                         "By Mayor ", "From Mayor "};
    for (size_t b = 0; b < doc->block_count && b < MAYOR_TOP; b++) {
        const cp_block *blk = &doc->blocks[b];
        if (!cpi_phrase_at(cpi_block_text(blk), blk->text_size, 0, CPI_PHRASES(MAYORS)))
            continue;
        for (size_t k = 0; k < sites->n && sites->h[k].block < MAYOR_TOP; k++)
            if (((cp_site *)sites->h[k].entity)->kind == CP_SITE_CITY)
                return sites->h[k].entity;
        break;
    }
    return NULL;
}

/* Does the sentence t[from, to) speak as its writer's place ("sent us a
 * grant", "joined our force", "this city could not", "the department
 * managed six awards")? */
static bool speaks_as_place(const char *t, size_t from, size_t to) {
    static const char *const WORDS[] = {" us ",
                                        " us.",
                                        " us,",
                                        " our ",
                                        "Our ",
                                        " we ",
                                        "We ",
                                        "this city",
                                        "This city",
                                        "the department",
                                        "The department",
                                        "Department detectives"};
    for (size_t k = 0; k < COUNT(WORDS); k++) {
        size_t len = strlen(WORDS[k]);
        for (size_t i = from; i + len <= to; i++)
            if (t[i] == WORDS[k][0] && memcmp(t + i, WORDS[k], len) == 0)
                return true;
    }
    return false;
}

static bool link_the_place(cpi_extract *x, const hits *sites, const hits *programs) {
    const cp_document *doc = x->doc;
    cp_site *author = author_place(doc, sites);
    size_t spoke_block = SIZE_MAX, spoke_sentence = SIZE_MAX;
    bool spoke = false;
    size_t sentence_block = SIZE_MAX, s0 = 0, s1 = 0; /* the sentence read */
    size_t s = 0; /* its index (the hits are in text order: the walk goes on) */
    size_t from = 0; /* where the words before the program start */
    int said = -1;   /* the kind of place the sentence's subject was */
    size_t first_place = SIZE_MAX; /* where the sentence's first place starts */
    /* the places named before a program's name, and before its sentence */
    subject_tally at_name[SUBJECT_KINDS], at_sentence[SUBJECT_KINDS];
    for (int kind = 0; kind < SUBJECT_KINDS; kind++)
        at_name[kind].pos = at_name[kind].kept = at_sentence[kind].pos =
            at_sentence[kind].kept = 0;
    for (size_t i = 0; i < programs->n; i++) {
        const cpi_hit *h = &programs->h[i];
        const cp_block *blk = &doc->blocks[h->block];
        const char *t = cpi_block_text(blk);
        if (h->block != sentence_block || h->start >= s1) {
            if (h->block != sentence_block)
                s = 0;
            while (s + 1 < blk->sentence_count &&
                   cpi_block_sentence(blk, s)->text_end <= h->start)
                s++;
            if (s >= blk->sentence_count)
                continue;
            const cp_sentence *sen = cpi_block_sentence(blk, s);
            sentence_block = h->block;
            s0 = from = cpi_sentence_text_start(sen);
            s1 = sen->text_end;
            said = -1;
            size_t k = lower_bound(sites, h->block, s0);
            first_place =
                k < sites->n && sites->h[k].block == h->block && sites->h[k].start < s1
                    ? sites->h[k].start
                    : SIZE_MAX;
        }
        size_t before = from;
        from = h->end;
        /* (a local government's text: what "we" got is its place's) */
        if (author) {
            if (spoke_block != h->block || spoke_sentence != s) {
                spoke_block = h->block;
                spoke_sentence = s;
                spoke = speaks_as_place(t, s0, s1);
            }
            /* (and a row of its own table of awards: "| COPS Hiring Program
             * (CHP) | ... | $1,875,000 | ...") */
            bool own_row =
                !spoke && row_text(t, blk->text_size) && memchr(t, '|', blk->text_size);
            if ((spoke || own_row) && !cpi_model_link(x->model, h->entity, author))
                return false;
        }
        /* "Both districts are putting Project Safe Neighborhoods money into
         * the two cities": the text's two most named */
        cp_site_kind counted_kind;
        size_t counted = first_place == SIZE_MAX || first_place > h->end
                             ? places_counted(t, h->end, s1, &counted_kind)
                             : 0;
        if (counted) {
            cp_site *top[3];
            counted = top_places(&at_name[counted_kind], sites,
                                 lower_bound(sites, h->block, h->start), counted_kind,
                                 counted, top);
            for (size_t k = 0; k < counted; k++)
                if (!cpi_model_link(x->model, h->entity, top[k]))
                    return false;
            if (counted)
                continue;
        }
        int here = the_place_around(t, s1, h->start, h->end);
        if (here >= 0) {
            /* the place of that kind the sentence named last before it
             * ("The Tulsa award will support the city's ..."), else the
             * text's subject */
            size_t k = lower_bound(sites, h->block, h->start);
            const cpi_hit *last = k > 0 ? &sites->h[k - 1] : NULL;
            cp_site *site =
                last && last->block == h->block && last->start >= s0 &&
                        ((const cp_site *)last->entity)->kind == (cp_site_kind)here
                    ? last->entity
                    : subject_place(&at_name[here], sites, k, (cp_site_kind)here);
            if (site && !cpi_model_link(x->model, h->entity, site))
                return false;
            continue;
        }
        /* "Shreveport, for example, used a ... award to assign 12 officers
         * to its Weed and Seed area": "its" program is the one of the place
         * the sentence opens with */
        if (first_place == s0 && h->start >= 4 &&
            memcmp(t + h->start - 4, "its ", 4) == 0 &&
            (h->start == 4 || t[h->start - 5] == ' ')) {
            const cpi_hit *subject = &sites->h[lower_bound(sites, h->block, s0)];
            cp_site_kind kind = ((const cp_site *)subject->entity)->kind;
            if ((kind == CP_SITE_CITY || kind == CP_SITE_COUNTY) &&
                subject->end < h->start &&
                !cpi_model_link(x->model, h->entity, subject->entity))
                return false;
            continue;
        }
        if (first_place < h->start || h->start <= before)
            continue; /* (a sentence that names a place before the program
                       * links it itself; one named after it is not the
                       * subject: "The city works ... through Project Safe
                       * Neighborhoods, and shootings in Loves Park ...") */
        /* "the city", "the county" ... between the previous program (or
         * the sentence's start) and this one, with a verb of receiving or
         * joining after it (place_subject_at); or "it" for that subject
         * ("The city has been a ... site, and it was one of seven cities
         * in ..."). Most sentences: no "he " at all. */
        int kind = -1;
        for (const char *q = t + before;
             kind < 0 && (q = memchr(q, 'h', (size_t)(t + h->start - q))); q++) {
            size_t a = (size_t)(q - t);
            if (a == s0 || (t[a - 1] | 0x20) != 't' || a + 3 >= h->start ||
                t[a + 1] != 'e' || t[a + 2] != ' ' || (a >= s0 + 2 && t[a - 2] != ' '))
                continue;
            kind = place_subject_at(t, s1, a + 3, h->start);
        }
        if (kind < 0)
            kind = received_after(t, s1, h->end);
        /* (a name right after the one the subject took: "a PSP Operations
         * Team", the component after its program's acronym) */
        if (kind < 0 && said >= 0 && before > s0 && h->start <= before + 1)
            kind = said;
        /* "It has been a PSN focus area" after a sentence that opens with
         * its place ("Milwaukee is the only city ... . It has been ...") */
        if (kind < 0 && before == s0 && s > 0 && s0 + 3 < h->start &&
            memcmp(t + s0, "It ", 3) == 0 &&
            place_verb_at(t, s1, s0 + 3, h->start, false)) {
            size_t p0 = cpi_sentence_text_start(cpi_block_sentence(blk, s - 1));
            size_t k = lower_bound(sites, h->block, p0);
            if (k < sites->n && sites->h[k].block == h->block &&
                sites->h[k].start == p0) {
                cp_site *subject = sites->h[k].entity;
                if ((subject->kind == CP_SITE_CITY || subject->kind == CP_SITE_COUNTY) &&
                    !cpi_model_link(x->model, h->entity, subject))
                    return false;
                continue;
            }
        }
        if (kind < 0 && said >= 0) {
            for (size_t a = before; kind < 0 && a + 4 < h->start; a++)
                if (t[a] == ' ' && t[a + 1] == 'i' && t[a + 2] == 't' && t[a + 3] == ' ')
                    kind = place_verb_at(t, s1, a + 4, h->start, false) ? said : -1;
        }
        if (kind < 0)
            continue;
        said = kind;
        /* (in a paragraph that opens with a place of that kind, its label
         * in a roundup, "**Jackson, Mississippi.** ... The city received
         * ...", the city is that one) */
        size_t opening = lower_bound(sites, h->block, 0);
        cp_site *site =
            opening < sites->n && sites->h[opening].block == h->block &&
                    sites->h[opening].start == 0 && s0 > 0 &&
                    ((const cp_site *)sites->h[opening].entity)->kind ==
                        (cp_site_kind)kind
                ? sites->h[opening].entity
                : subject_place(&at_sentence[kind], sites,
                                lower_bound(sites, h->block, s0), (cp_site_kind)kind);
        if (site && !cpi_model_link(x->model, h->entity, site))
            return false;
    }
    return true;
}

static bool extract_links(cpi_extract *x);

/* A component's places are its program's too ("Compton and Flint ... having
 * accepted the MBK Community Challenge" are My Brother's Keeper's), where
 * the text names that program. */
static bool link_parents(cpi_extract *x) {
    for (size_t i = 0; i < x->program_count; i++) {
        cp_program *p = x->programs[i];
        if (!p->parent || p->parent->seen_in != x->generation)
            continue;
        cp_program *parent = (cp_program *)p->parent;
        for (size_t k = 0; k < p->sites.count; k++)
            if (!cpi_model_link(x->model, parent, ((cp_site **)p->sites.items)[k]))
                return false;
    }
    return true;
}

bool cpi_extract_links(cpi_extract *x) {
    bool ok = extract_links(x) && link_parents(x);
    if (x->home_candidates) {
        cpi_mem_free(x->mem, x->home_candidates);
        x->home_candidates = NULL;
    }
    return ok;
}

static bool extract_links(cpi_extract *x) {
    const cp_document *doc = x->doc;
    sort_hits(x->site_hits, x->site_hit_count);
    sort_hits(x->program_hits, x->program_hit_count);
    sort_hits(x->agency_hits, x->agency_hit_count);
    hits sites = {x->site_hits, x->site_hit_count};
    hits programs = {x->program_hits, x->program_hit_count};
    hits agencies = {x->agency_hits, x->agency_hit_count};
    /* a web page's "Related Links" and what follows are other pages'
     * headlines: no links, and no weight in what the text is about */
    size_t related = related_section(doc);
    if (related < doc->block_count) {
        sites.n = lower_bound(&sites, related, 0);
        programs.n = lower_bound(&programs, related, 0);
        agencies.n = lower_bound(&agencies, related, 0);
    }
    if (programs.n == 0)
        return true;
    cp_program *main;
    size_t about_to;
    if (!main_program(x, &programs, &main, &about_to))
        return false;
    /* A text in sections about programs of their own is read section by
     * section (also a roundup about no one program: "**COPS Hiring
     * Program**" over its recipients). */
    cp_program *local_per_block[LOCAL_BLOCKS], *local_led_by[LOCAL_BLOCKS];
    cp_program **per_block = NULL;
    if (doc->block_count > 1) {
        per_block = room_for(x, local_per_block, LOCAL_BLOCKS, doc->block_count,
                             sizeof *per_block);
        bool nomem = per_block == NULL;
        /* (about no one program, sections count only where headings name
         * their programs: a roundup's places are no programs' sections) */
        if (per_block &&
            !section_programs(x, &programs, main, per_block, !main, &nomem)) {
            room_free(x, local_per_block, per_block);
            per_block = NULL;
        }
        if (nomem)
            return false;
    }
    if (!main && !per_block)
        return link_sentences(x, &sites, &programs, &agencies, NULL, NULL, NULL, NULL) &&
               link_named_places(x, &sites, &programs) &&
               link_the_place(x, &sites, &programs) &&
               link_possessive_places(x, &sites, &programs);
    /* 3. In this genre a document is about its program, and the cities,
     * counties and regions it names are where the program works, except a
     * dateline's place and places named in a sentence about another program. */
    cp_program **led_by = NULL;
    if (doc->block_count > 1) {
        led_by = room_for(x, local_led_by, LOCAL_BLOCKS, doc->block_count, sizeof *led_by);
        if (!led_by) {
            if (per_block)
                room_free(x, local_per_block, per_block);
            return false;
        }
        memset(led_by, 0, doc->block_count * sizeof *led_by);
        left_out_headings(doc, led_by);
    }
    /* (only the room this text's blocks and hits use is cleared) */
    reading_memo memo;
    size_t memo_blocks = doc->block_count < MEMO_BLOCKS ? doc->block_count : MEMO_BLOCKS;
    memset(memo.of_block, 0, memo_blocks);
    memset(memo.trend_of_block, 0, memo_blocks);
    memset(memo.line_of_block, 0, memo_blocks);
    memset(memo.lone_linked, 0, memo_blocks * sizeof *memo.lone_linked);
    memset(memo.of_hit, 0, sites.n < MEMO_HITS ? sites.n : MEMO_HITS);
    memo.silent_block = false;
    bool ok =
        link_sentences(x, &sites, &programs, &agencies, main, per_block, led_by, &memo) &&
        link_about(x, &sites, &programs, main, per_block, led_by,
                   text_turns_to(doc, &programs, main), about_to, &memo) &&
        link_named_places(x, &sites, &programs) && link_the_place(x, &sites, &programs) &&
        link_possessive_places(x, &sites, &programs);
    if (led_by)
        room_free(x, local_led_by, led_by);
    if (per_block)
        room_free(x, local_per_block, per_block);
    return ok;
}
