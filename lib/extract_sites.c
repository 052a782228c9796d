/* Extraction of sites: the US cities, counties, states, the District of
 * Columbia and named regions a document names (MODEL.md sections 3 and 5).
 *
 * Read left to right over each block's clean text, at every capitalised
 * word: a named region; a place qualified by its state ("Kansas City, Mo.",
 * "Humboldt County in California"), with the places listed before it
 * ("Anniston and Oxford, Ala.", "North Charleston/Charleston, S.C."); a state
 * on its own; a bare place name that the gazetteer and the document's
 * context resolve to one reading ("Chicago"). People (anyone named after a
 * title, or as the subject of "said"), metonyms ("Washington" for the
 * government) and names of newspapers or teams are not places. */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "doc_meta.h"
#include "extract.h"
#include "hash.h"

/* Inlined where called, for the helpers asked at every capitalised word
 * (-O2 would call them). */
#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define HOT_INLINE inline
#endif

enum {
    MAX_RUN_WORDS = 6,
    BARE_MIN_POPULATION = 100000,
    CONTEXT_MIN_POPULATION = 50000,
    REGIONAL_MAX_POPULATION = 300000, /* (a city known mostly in its region) */
    LISTED_MIN_POPULATION = 10000,
    TOWN_MIN_POPULATION = 2500 /* the census's least urban place */
};

typedef struct site_spec {
    cp_site_kind kind;
    const char *name;  /* as the document names it: a table's name, or `text` */
    char text[128];    /* a name read from the text, when it is not a table's */
    const char *key;   /* the name the id is made from, when not `name` */
    const char *folded; /* that name folded, when a table holds it (its key) */
    char state[3];
    bool has_coordinates;
    double lat, lon;
} site_spec;

/* ---- what a document's sites are remembered by ------------------------------- */

/* A site this document names, by what its id is made of: the folded name
 * from a table (its pointer), the state, and whether it is a state. */
typedef struct site_memo {
    const char *folded;
    cp_site *site;
    uint32_t key; /* spec_key */
} site_memo;

/* A cache of 64 slots (a slot is overwritten), valid where its bit is
 * set: only the bits start zeroed. Texts name their places again and
 * again. */
/* The walk over a document's blocks that tells, for each list item, the
 * state that the item above it or the heading over its list names whole
 * (over_state_of): where it is, and its stack of levels. */
typedef struct over_walk {
    size_t next;    /* the next block to read */
    size_t used;    /* the levels written since the stack was last emptied */
    char last[3];   /* the state over block next - 1 ("" when none) */
    char heading[3]; /* the state over the current list */
    char stack[CP_MAX_LIST_DEPTH + 2][3]; /* the state of the item open at each level */
} over_walk;

/* What the first pass read at a capital of the document's index, for
 * the walks after it (one record, one store). */
typedef struct capital_info {
    uint16_t flags;   /* WORD_... */
    uint8_t word_len; /* cpi_word_end's length, 0 when not measured (255 or more) */
    /* the state named there: -2 not asked, -1 none, else its row and
     * length (state names are short) */
    int8_t state;
    uint8_t state_len;
    /* the word's length as a run reads it ("St." keeps its period), 0 when
     * not measured (255 or more) */
    uint8_t run_len;
    uint8_t unused[2]; /* (eight bytes: copied as one word) */
} capital_info;

struct cpi_site_memos {
    /* the record of each capital of the document's index (not the
     * extractor's arrays: one record per capital) */
    capital_info *capitals;
    /* for each block, what its runs of capitals are followed by (bits
     * BLOCK_...), as the first pass found */
    uint8_t *block_flags;
    uint64_t site_valid;
    site_memo site[64];
    struct name_memo *resolved; /* the memo of the last name resolve_remembered found */
    bool over_started; /* (over is zeroed on first use) */
    over_walk over;
};

enum { NAME_MEMO_MAX = 46, NAME_MEMO_BITS = 10, PLACES_MEMO_BITS = 9, ID_MEMO_BITS = 8 };

/* A name resolved with its state ("Flint, Mich."): the table row it names,
 * or none. */
typedef struct name_memo {
    uint8_t len; /* 0: an empty slot */
    char code[3];
    uint8_t found; /* 0 none, 1 a county, 2 a place */
    /* what name_as_written does to the row's spec for this name, once
     * known: -1 not yet, 1 nothing (or the name has a hyphen: it is not
     * asked), 0 it names the place as written */
    int8_t as_written;
    uint32_t row;
    char name[NAME_MEMO_MAX];
} name_memo;

/* A name's rows in the gazetteer, the counties of a name that ends in
 * "County" (or "Parish", "Borough"), else the places: [first, first + n). */
typedef struct places_memo {
    uint8_t len; /* 0: an empty slot */
    uint32_t first, n;
    char name[NAME_MEMO_MAX];
} places_memo;

/* The id of a site whose id comes from a table's folded name (shorter than
 * 128 bytes), by what it is made of (see site_memo), and its hash. */
typedef struct id_memo {
    const char *folded; /* NULL: an empty slot */
    uint32_t key;       /* spec_key */
    uint8_t len;
    size_t hash;
    char id[128 + 4];
} id_memo;

/* What names look up in the gazetteer, and the ids they make, depend on
 * the name (and the state) alone, so a worker keeps them from one document
 * to the next (cpi_extract_cache): an archive names the same places in
 * document after document. Slots are overwritten; a name longer than
 * NAME_MEMO_MAX is looked up each time. */
/* A word of the module's word lists (function words, common words ...)
 * and the lists it is in (bits WL_...): a slot of a hash table, open
 * addressing, len 0 for an empty slot. */
enum { WORD_SLOT_BITS = 10, WORD_SLOTS = 1u << WORD_SLOT_BITS, WORD_MAX_LEN = 24 };
typedef struct word_slot {
    const char *word;
    uint16_t lists;
    uint8_t len;
} word_slot;

/* What state_lookup finds at a word that is no first word of a state's
 * name of several words ("Mich.", "Ohio,"): it depends on that word alone
 * (its bytes up to a space or the text's end, at most 16, as `key`). */
enum { STATE_MEMO_BITS = 9, STATE_TOKEN_MAX = 16, STATE_FIRST_WORDS = 24 };
typedef struct state_memo {
    uint64_t key[2]; /* the word's bytes, zero-padded */
    uint8_t len;     /* 0: an empty slot */
    bool longer;     /* the first word of a longer name: looked up each time */
    int8_t state;    /* the row found, or -1 */
    uint8_t found_len;
} state_memo;

/* A capitalised word by its token, its bytes up to a space or the text's
 * end (at most TOKEN_MAX): its word_end, the state it starts and whether
 * a president's name may start there depend on them alone (a capital of
 * the index starts a word). */
/* What a capitalised word is, as read_blocks asks: bits of the document's
 * capitals (the first pass reads them from the token memos). WORD_REGION
 * is a filter's: clear only where no region's name starts. The others are
 * of the word as a run reads it ("St." with its period), but for
 * WORD_FUNCTION (as word_end ends it). */
enum {
    WORD_FUNCTION = 1u << 0,     /* function_word */
    WORD_RUN_FUNCTION = 1u << 1, /* function_word */
    WORD_REGION = 1u << 2,       /* a region's name may start there */
    WORD_COUNTY = 1u << 3,       /* is_county_word: "County", "Parish", "Borough" */
    WORD_PLURAL = 1u << 4,       /* "Counties", "Parishes" */
    WORD_ORG = 1u << 5,          /* org_of_place */
    WORD_AGENCY = 1u << 6,       /* local_agency */
    WORD_OFFICE = 1u << 7,       /* office_word */
    WORD_PROGRAM = 1u << 8,      /* the programs' filters let a name through */
    WORD_DASH = 1u << 9,         /* a hyphen in the word ("Dallas-Fort") */
    /* a name that ends in the word may be a place's or a county's
     * (may_name_place or is_county_word, also without its "'s") */
    WORD_PLACE_END = 1u << 10,
    WORD_POSSESSIVE = 1u << 11, /* it ends in "'s" */
    WORD_HIGH = 1u << 12,       /* a byte of a UTF-8 sequence in it */
    WORD_JOINED = 1u << 13,     /* a name of cpi_joined_names may start there */
    WORD_COUNT = 1u << 14       /* spelled_count (as word_end ends it) */
};

/* What follows a block's names: read_blocks's walks over lists ask only
 * where the first pass saw their end. */
enum {
    BLOCK_COUNTIES = 1u << 0, /* " counties" or " parishes" after a run (or its period) */
    BLOCK_NEIGHBORHOODS = 1u << 1, /* " neighborhood(s)" after a run */
    BLOCK_PLURAL = WORD_PLURAL     /* a word "Counties" or "Parishes" (the word's bit) */
};

enum { TOKEN_MEMO_BITS = 11, TOKEN_MAX = 16, TOKEN_STATE_OWN = -2 };
typedef struct token_memo {
    uint64_t key[2];  /* the token's bytes, zero-padded */
    /* the capital's record: its flags, word_end's length from the token's
     * start, and state_lookup there (TOKEN_STATE_OWN: asked each time, a
     * token shorter than three bytes or the first word of a longer name,
     * whose next bytes count) */
    capital_info info;
    uint8_t len;      /* 0: an empty slot */
    bool president;   /* the filter of the presidents' names lets it through */
} token_memo;

struct cpi_site_cache {
    token_memo tokens[1u << TOKEN_MEMO_BITS];
    /* the knowledge the state memos were made with */
    const cpi_knowledge *k;
    state_memo states[1u << STATE_MEMO_BITS];
    /* the first words of state names of several words ("New", "North") */
    uint64_t first_words[STATE_FIRST_WORDS][2];
    uint8_t first_word_len[STATE_FIRST_WORDS];
    size_t first_word_count;
    /* a filter in front of them: bit first_word_bit of each is set (most
     * words are turned away without the search) */
    uint64_t first_word_filter;
    /* strlen of each state's name (rows past 127 are never remembered) */
    uint8_t state_name_len[128];
    /* the first row whose name starts with letter 'a' + i or a later one
     * (the table is in the order of its names' first letters), when the
     * table has fewer than 128 rows; else state_letters_known is false */
    uint8_t state_letter_from[27];
    bool state_letters_known;
    name_memo names[1u << NAME_MEMO_BITS];
    places_memo places[1u << PLACES_MEMO_BITS];
    /* may_name_place of a name (a bare name's try) */
    struct {
        uint8_t len; /* 0: an empty slot */
        bool may;
        char name[NAME_MEMO_MAX];
    } may_place[1u << PLACES_MEMO_BITS];
    id_memo ids[1u << ID_MEMO_BITS];
    word_slot words[WORD_SLOTS]; /* (the same in every worker: made with the cache) */
};

/* ---- ids and the model ---------------------------------------------------- */

/* cpi_fold, byte for byte, for the usual name: plain ASCII and shorter than
 * out (then the cap never binds). cpi_fold decodes every byte as UTF-8 and
 * names are folded for every candidate place; others go to it. */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap) {
    if (n >= cap)
        return cpi_fold(s, n, out, cap);
    const unsigned alnum = CPI_UPPER | CPI_LOWER | CPI_DIGIT;
    size_t o = 0;
    bool space = false;
    size_t i = 0;
    while (i < n) {
        if (cpi_class(s[i]) & alnum) {
            /* a run of letters and digits: '| 0x20' lowers A-Z and leaves
             * a-z and 0-9 */
            if (space)
                out[o++] = ' ';
            space = false;
            do
                out[o++] = (char)(s[i++] | 0x20);
            while (i < n && (cpi_class(s[i]) & alnum));
            continue;
        }
        unsigned char c = (unsigned char)s[i++];
        if (c >= 0x80)
            return cpi_fold(s, n, out, cap);
        if (c != '.' && c != '\'')
            space = o > 0; /* other punctuation parts words */
    }
    out[o] = '\0';
#ifndef NDEBUG
    char check[256]; /* the two must agree (debug builds) */
    assert(cap <= sizeof check && cpi_fold(s, n, check, cap) == o && memcmp(check, out, o) == 0);
#endif
    return o;
}

/* Two state codes (NUL-terminated, at most two letters) are the same:
 * strcmp without the call. */
static inline bool same_code(const char *a, const char *b) {
    return a[0] == b[0] && (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

/* The name folded, spaces as dashes, at most 127 bytes. */
static size_t slug(const char *s, char *out, size_t cap) {
    size_t n = fold_name(s, strlen(s), out, cap < 128 ? cap : 128);
    for (size_t i = 0; i < n; i++)
        if (out[i] == ' ')
            out[i] = '-';
    return n;
}

/* snprintf(out, cap, "%s", s) without the format parsing: names are copied
 * for every place a text names. */
static void copy_name(char *out, size_t cap, const char *s) {
    size_t n = strlen(s);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

/* site_id of a spec whose folded name is folded_len bytes long (SIZE_MAX
 * when it has none). */
static size_t site_id_folded(const site_spec *s, size_t folded_len, char *id, size_t cap) {
    size_t n = folded_len;
    if (n < cap && n < 128) {
        for (size_t i = 0; i < n; i++)
            id[i] = s->folded[i] == ' ' ? '-' : s->folded[i];
        id[n] = '\0';
    } else {
        n = slug(s->key ? s->key : s->name, id, cap);
    }
#ifndef NDEBUG
    char check[160]; /* the same as from the name (debug builds) */
    assert(!s->folded || n >= 128 || cap > sizeof check ||
           (slug(s->key ? s->key : s->name, check, cap) == n && memcmp(check, id, n + 1) == 0));
#endif
    if (s->kind == CP_SITE_STATE || !s->state[0] || n + 3 >= cap)
        return n; /* "illinois"; a city or county ends in its state: "jackson-ms" */
    id[n] = '-';
    id[n + 1] = (char)(s->state[0] + ('a' - 'A'));
    id[n + 2] = (char)(s->state[1] + ('a' - 'A'));
    id[n + 3] = '\0';
    return n + 3;
}

/* The site's id into id[cap]: its length. A name from the tables comes
 * folded already (their keys are cpi_fold of their names). */
static size_t site_id(const site_spec *s, char *id, size_t cap) {
    return site_id_folded(s, s->folded ? strlen(s->folded) : SIZE_MAX, id, cap);
}

/* Besides its folded name, what a spec's id is made of, in one word to
 * compare: its state's three bytes and whether it is a state. (Equal
 * bytes are the same code; a code with other bytes after its NUL, which
 * the tables never give, would only miss a memo.) */
static inline uint32_t spec_key(const site_spec *spec) {
    uint16_t two;
    memcpy(&two, spec->state, 2);
    return two | (uint32_t)(unsigned char)spec->state[2] << 16 |
           (uint32_t)(spec->kind == CP_SITE_STATE) << 24;
}

/* One hash of a folded name and key, for both memos: the document's (its
 * top 6 bits) and the worker's ids (the 8 below). */
static inline uint64_t spec_hash(const char *folded, uint32_t key) {
    return ((uint64_t)(uintptr_t)folded >> 3 ^ (uint64_t)key << 40) * 0x9E3779B97F4A7C15ull;
}

static inline size_t site_memo_slot(uint64_t hash) { return hash >> 58; }

/* The site this spec names, remembered from earlier in the document: the
 * same folded name, state and kind of id make the same id. NULL when not. */
static HOT_INLINE cp_site *remembered_site(const cpi_extract *x, const site_spec *spec,
                                           uint32_t key, uint64_t hash) {
    if (!spec->folded)
        return NULL;
    size_t k = site_memo_slot(hash);
    const site_memo *m = &x->site_memos->site[k];
    return (x->site_memos->site_valid >> k) & 1 && m->folded == spec->folded && m->key == key
               ? m->site
               : NULL;
}

static void remember_site(cpi_extract *x, const site_spec *spec, uint32_t key, uint64_t hash,
                          cp_site *s) {
    size_t k = site_memo_slot(hash);
    site_memo *m = &x->site_memos->site[k];
    m->folded = spec->folded;
    m->site = s;
    m->key = key;
    x->site_memos->site_valid |= (uint64_t)1 << k;
}

/* The site of the spec's id in the model, or NULL: remembered, else looked
 * up (for the places a bare name may be, of the states in view). */
static const cp_site *named_site(const cpi_extract *x, const site_spec *spec) {
    uint32_t key = spec_key(spec);
    const cp_site *s = remembered_site(x, spec, key, spec_hash(spec->folded, key));
    char id[160];
#ifndef NDEBUG
    site_id(spec, id, sizeof id); /* the same (debug builds) */
    assert(!s || s == cpi_registry_find(&x->model->site_reg, id));
#endif
    if (s)
        return s;
    site_id(spec, id, sizeof id);
    return cpi_registry_find(&x->model->site_reg, id);
}

/* Copy s[0..n] (n bytes and their NUL) to `to`: a site's id or name, mostly
 * 4 to 32 bytes with it, in two overlapping moves without a call. */
static inline void put_string(char *to, const char *s, size_t n) {
    if (n < 32)
        cpi_copy_short(to, s, n + 1);
    else
        memcpy(to, s, n + 1);
}

/* The site of the spec's id in the model, made when new (its id and name
 * in its own block); NULL when out of memory. The id of a table's name is
 * remembered by the worker: a document makes its sites anew. */
static cp_site *site_of_spec(cpi_extract *x, const site_spec *spec, uint32_t key,
                             uint64_t spec_h) {
    char made[160];
    const char *id = made;
    size_t folded_len, id_len, hash;
    id_memo *im = NULL;
    if (spec->folded)
        im = &x->cache->sites_read->ids[spec_h >> (58 - ID_MEMO_BITS) & ((1u << ID_MEMO_BITS) - 1)];
    if (im && im->folded == spec->folded && im->key == key) {
        id = im->id;
        id_len = im->len;
        hash = im->hash;
        folded_len = 0; /* (below 128: only such ids are remembered) */
#ifndef NDEBUG
        size_t check_len = site_id(spec, made, sizeof made); /* the same (debug builds) */
        assert(check_len == id_len && memcmp(made, id, id_len + 1) == 0);
#endif
    } else {
        folded_len = spec->folded ? strlen(spec->folded) : SIZE_MAX;
        id_len = site_id_folded(spec, folded_len, made, sizeof made);
        hash = cpi_hash_str(made);
        if (im && folded_len < 128) {
            im->folded = spec->folded;
            im->key = key;
            im->len = (uint8_t)id_len;
            im->hash = hash;
            memcpy(im->id, made, id_len + 1);
        }
    }
    cp_site *s = cpi_registry_find_hashed(&x->model->site_reg, id, hash);
    if (!s) {
        size_t name_len = strlen(spec->name);
        s = cpi_model_entity_unzeroed(x->model, sizeof *s + id_len + 1 + name_len + 1);
        if (!s)
            return NULL;
        char *strings = (char *)(s + 1);
        put_string(strings, id, id_len);
        put_string(strings + id_len + 1, spec->name, name_len);
        /* field by field: a whole-struct zeroing is a rep stos of 22 steps */
        s->seen_in = 0;
        s->origin = NULL;
        s->folded = NULL;
        s->id_hash = hash; /* (as the registry sets it) */
        s->id = strings;
        s->name = strings + id_len + 1;
        memcpy(s->state, spec->state, 3);
        s->kind = spec->kind;
        s->has_coordinates = spec->has_coordinates;
        s->lat = spec->lat;
        s->lon = spec->lon;
        s->mentions = (cpi_mention_list){0};
        s->programs = (cpi_vec){0};
        if (!cpi_registry_add_hashed(x->model, &x->model->site_reg, s, hash))
            return NULL;
    }
    /* (a folded name of 128 bytes or more makes its id otherwise) */
    if (folded_len < 128)
        remember_site(x, spec, key, spec_h, s);
    return s;
}

/* A place found under another form of its name ("Ste. Genevieve" for the
 * gazetteer's "Sainte Genevieve", "Ft. Lauderdale"): named as the text
 * writes it, under the same id. Only names with a period, or of another
 * length than the key, can differ from it. */
static bool name_as_written(site_spec *spec, const char *name, size_t len) {
    if (spec->kind != CP_SITE_CITY || spec->key || !spec->folded || len >= sizeof spec->text ||
        (strncmp(spec->name, name, len) == 0 && spec->name[len] == '\0') ||
        (!memchr(name, '.', len) && strlen(spec->folded) == len))
        return false; /* (most: the table's name, as written) */
    char key[128];
    size_t k = fold_name(name, len, key, sizeof key);
    if (k == strlen(spec->folded) && memcmp(key, spec->folded, k) == 0)
        return false;
    spec->key = spec->name; /* the id, from the table's name */
    memcpy(spec->text, name, len);
    spec->text[len] = '\0';
    spec->name = spec->text;
    return true;
}

static bool add_site(cpi_extract *x, const site_spec *spec, const cp_block *b,
                     size_t start, size_t end) {
    uint32_t key = spec_key(spec);
    uint64_t spec_h = spec_hash(spec->folded, key);
    cp_site *s = remembered_site(x, spec, key, spec_h);
#ifndef NDEBUG
    char check[160]; /* the id it was remembered by (debug builds) */
    assert(!s || (site_id(spec, check, sizeof check), strcmp(check, s->id) == 0));
#endif
    if (!s)
        s = site_of_spec(x, spec, key, spec_h);
    if (!s)
        return false;
    cp_mention m = cpi_mention_at(x, b, start, end);
    if (!cpi_mention_list_push(x->model, &s->mentions, &m) ||
        !cpi_hit_add(x, &x->site_hits, &x->site_hit_count, &x->site_hit_cap,
                     (size_t)(b - x->doc->blocks), start, end, s))
        return false;
    int row = s->kind == CP_SITE_STATE ? -1 : cpi_state_by_code(s->state);
    if (row >= 0 && row < 64 && x->state_places[row] < UINT16_MAX)
        x->state_places[row]++;
    if (s->seen_in == x->generation)
        return true; /* listed for this document already */
    if (!cpi_mem_reserve(x->mem, (void **)&x->sites, &x->site_cap, x->site_count + 1,
                         sizeof(cp_site *)))
        return false;
    s->seen_in = x->generation;
    x->sites[x->site_count++] = s;
    int st = cpi_state_by_code(s->state);
    if (st >= 0 && st < 64)
        x->site_states |= (uint64_t)1 << st;
    return true;
}

/* ---- the gazetteer ---------------------------------------------------------- */

/* Places with this folded name: the key as written, then with "St."/"Saint",
 * "Ste."/"Sainte", "Ft."/"Fort" and "Mt."/"Mount" exchanged at the start of any of its words
 * ("East St. Louis" is "East Saint Louis" in the gazetteer). */
static size_t find_places(const char *key, size_t len, size_t *first) {
    assert(len == strlen(key)); /* (debug builds) */
    size_t n = cpi_find_places(key, first);
    if (n)
        return n;
    static const struct {
        const char *from, *to;
        size_t a, b; /* their lengths */
    } SWAP[] = {{"st ", "saint ", 3, 6},  {"saint ", "st ", 6, 3}, {"ste ", "sainte ", 4, 7},
                {"ft ", "fort ", 3, 5},   {"fort ", "ft ", 5, 3},  {"mt ", "mount ", 3, 6},
                {"mount ", "mt ", 6, 3}};
    for (size_t w = 0; w < len;) { /* from word to word */
        size_t e = w;
        while (e < len && key[e] != ' ')
            e++;
        if (e == len)
            break; /* the last word: every form exchanged ends in a space */
        char c = key[w];
        for (size_t i = 0;
             (c == 's' || c == 'f' || c == 'm') && i < sizeof SWAP / sizeof SWAP[0];
             i++) {
            size_t a = SWAP[i].a, b = SWAP[i].b;
            if (key[w] != SWAP[i].from[0] || len - w < a ||
                memcmp(key + w, SWAP[i].from, a) != 0 || len - a + b >= 160)
                continue; /* (the first byte turns most away without a call) */
            char alt[160];
            memcpy(alt, key, w);
            memcpy(alt + w, SWAP[i].to, b);
            memcpy(alt + w + b, key + w + a, len - w - a + 1);
            n = cpi_find_places(alt, first);
            if (n)
                return n;
        }
        w = e + 1;
    }
    return 0;
}

/* The last words of the gazetteer's place keys, two bits each (made with
 * the tables): "Omaha Police" and "Twelve" end in no place's last word, so
 * they need no folding or lookup. "St."/"Saint" and the like, exchanged by
 * find_places, never end a key. */
enum { PLACE_LAST_WORD_BITS = 1 << 17 };
static const uint64_t PLACE_LAST_WORDS[PLACE_LAST_WORD_BITS / 64] = {
#include "tables/place_last_words.inc"
};

static inline bool last_word_bit(uint64_t bit) {
    return (PLACE_LAST_WORDS[bit / 64] >> (bit % 64)) & 1;
}

/* May name[0..len) fold to a place's key (as fold_name would fold it)?
 * False only when a bit of its last folded word is clear. The word is read
 * from its end, as last_word_bits of scripts/gen-tables.py hashes it:
 * FNV-1a, spread by a multiply. (Inlined: asked at every bare name.) */
static HOT_INLINE bool may_name_place(const char *name, size_t len) {
    if (len >= 128)
        return true; /* (folded with a cap that may cut the last word) */
    uint64_t high = 0; /* any byte of a UTF-8 sequence: cpi_fold's to fold */
    if (len >= 8) {
        uint64_t w;
        for (size_t i = 0; i + 8 < len; i += 8) {
            memcpy(&w, name + i, 8);
            high |= w;
        }
        memcpy(&w, name + len - 8, 8);
        high |= w;
    } else {
        for (size_t i = 0; i < len; i++)
            high |= (unsigned char)name[i];
    }
    if (high & 0x8080808080808080ull)
        return true;
    const unsigned alnum = CPI_UPPER | CPI_LOWER | CPI_DIGIT;
    size_t end = len; /* the last word's end, before any punctuation after it */
    while (end > 0 && !(cpi_class(name[end - 1]) & alnum))
        end--;
    if (end == 0)
        return true; /* no word */
    uint32_t h = 2166136261u;
    for (size_t i = end; i-- > 0;) {
        char c = name[i];
        if (cpi_class(c) & alnum)
            h = (h ^ ((unsigned char)c | 0x20u)) * 16777619u;
        else if (c != '.' && c != '\'')
            break; /* other punctuation parts words: the last one starts here */
    }
    uint64_t x = h * 0x9E3779B97F4A7C15ull; /* (two bits from one hash) */
    return last_word_bit(x >> 47) && last_word_bit((x >> 30) & (PLACE_LAST_WORD_BITS - 1));
}

static inline void spec_place(site_spec *s, const cpi_place *p) {
    /* (every field set: no memset for the name's 128 bytes) */
    s->kind = CP_SITE_CITY;
    s->name = p->name; /* (names are copied once, to a new site) */
    s->key = NULL;
    s->folded = p->key;
    /* one id for the city of New York, under whichever name it is written */
    if (p->state[0] == 'N' && p->state[1] == 'Y' && strcmp(p->name, "New York City") == 0) {
        s->key = "New York";
        s->folded = "new york";
    }
    memcpy(s->state, p->state, 3);
    s->has_coordinates = true;
    s->lat = p->lat;
    s->lon = p->lon;
    if (same_code(p->state, "DC"))
        s->kind = CP_SITE_DISTRICT; /* the city of Washington is the District */
}

static void spec_county(site_spec *s, const cpi_county *c) {
    s->kind = CP_SITE_COUNTY;
    s->name = c->name;
    s->key = NULL;
    s->folded = c->key;
    memcpy(s->state, c->state, 3);
    s->has_coordinates = true;
    s->lat = c->lat;
    s->lon = c->lon;
}

static void spec_state(site_spec *s, const cpi_state *st) {
    memset(s, 0, sizeof *s);
    if (st->kind == CPI_DISTRICT) {
        s->kind = CP_SITE_DISTRICT;
        s->name = "Washington";
        s->folded = "washington";
        s->has_coordinates = true;
        s->lat = 38.8951;
        s->lon = -77.0364;
    } else {
        s->kind = CP_SITE_STATE;
        s->name = st->name;
        s->folded = st->key;
    }
    memcpy(s->state, st->code, 3);
}

static inline bool is_county_word(const char *w, size_t n) {
    return (n == 6 && memcmp(w, "County", 6) == 0) || (n == 6 && memcmp(w, "Parish", 6) == 0) ||
           (n == 7 && memcmp(w, "Borough", 7) == 0);
}

static bool resolve_in(cpi_extract *x, const char *name, size_t len, const char *code,
                       bool bare, bool located, site_spec *out);

/* Does a program's name go on after a region's name ending at `end` ("the
 * Appalachia HIDTA", "the Gulf Coast Regional Fugitive Task Force"), or a
 * street's ("2 East Bay Street")? */
static bool region_names_program(const char *t, size_t n, size_t end) {
    static const char *const AFTER[] = {" HIDTA",
                                        " High Intensity",
                                        " Regional Fugitive",
                                        " RFTF",
                                        " Task Force",
                                        " Strike Force",
                                        " Street",
                                        " St.",
                                        " Road",
                                        " Avenue",
                                        " Ave.",
                                        " Boulevard"};
    if (end + 2 >= n || t[end] != ' ' ||
        (t[end + 1] != 'H' && t[end + 1] != 'R' && t[end + 1] != 'T' &&
         t[end + 1] != 'S' && t[end + 1] != 'A' && t[end + 1] != 'B'))
        return false;
    for (size_t k = 0; k < sizeof AFTER / sizeof AFTER[0]; k++)
        if (cpi_starts_with(t, n, end, AFTER[k]))
            return true;
    return false;
}

/* Is a region's name, t[start, end), two cities of its state joined by a
 * hyphen ("Dallas-Fort Worth", "Minneapolis-St. Paul")? Then each is a
 * site (MODEL.md: combined places are separate sites), added here: 1; 0
 * when it is not; -1 when out of memory. */
static int joined_cities(cpi_extract *x, const cp_block *b, const char *t, size_t start,
                         size_t end, const cpi_region *r) {
    const char *dash = memchr(t + start, '-', end - start);
    size_t d = dash ? (size_t)(dash - t) : 0;
    site_spec one, two;
    if (!dash || d == start || d + 1 >= end || !cpi_is_upper(t[d + 1]) ||
        !resolve_in(x, t + start, d - start, r->state, true, true, &one) ||
        !resolve_in(x, t + d + 1, end - d - 1, r->state, true, true, &two) ||
        one.kind != CP_SITE_CITY || two.kind != CP_SITE_CITY)
        return 0;
    return add_site(x, &one, b, start, d) && add_site(x, &two, b, d + 1, end) ? 1 : -1;
}

/* Does the document name a place of state `code` already? */
static inline bool at_most_two_bits(uint64_t bits) {
    bits &= bits - 1;
    return (bits & (bits - 1)) == 0;
}

static bool site_of_state(const cpi_extract *x, const char *code) {
    int st = cpi_state_by_code(code);
    if (st >= 0 && st < 64)
        return (x->site_states >> st) & 1;
    for (size_t i = 0; i < x->site_count; i++)
        if (memcmp(x->sites[i]->state, code, 3) == 0)
            return true;
    return false;
}

/* How many times places of the state of this code have been found so
 * far (states themselves not counted)? One at least: called for a state
 * site_of_state knows. */
static unsigned places_in_state(const cpi_extract *x, const char *code) {
    int st = cpi_state_by_code(code);
    unsigned count = st >= 0 && st < 64 ? x->state_places[st] : 0;
    return count > 0 ? count : 1;
}

/* Does the document name the state of this code, itself or by a place? */
static bool state_in_view(const cpi_extract *x, const char *code) {
    int st = cpi_state_by_code(code);
    return st >= 0 && st < 64 && (x->state_weight[st] > 0 || site_of_state(x, code));
}

/* Of places[first, first + n), the places of one name: a town (not a
 * village; after a small town, any town: "Lakeland, Auburndale and
 * Davenport") of the state of the place listed just before, else of the
 * last place of its paragraph or list ("in Savannah and Macon", "- North
 * Carolina" over "  - Wilmington"); SIZE_MAX when none. Not a small town
 * over a city of twenty times its size, the first reading, in a state the
 * text names too ("Houston ... Atlanta and Dallas") or after a list of
 * places of several states ("Phoenix, Tucson, Albuquerque, Las Vegas"). */
static inline size_t near_place(const cpi_extract *x, size_t first, size_t n) {
    const char *const states[2] = {x->list_state, x->near_state};
    /* (any town under a state's heading or item: "ALASKA" over "- Bethel
     * Police Department") */
    const uint32_t least[2] = {
        x->list_small ? TOWN_MIN_POPULATION : LISTED_MIN_POPULATION,
        x->near_over ? TOWN_MIN_POPULATION : LISTED_MIN_POPULATION};
    uint32_t top = cpi_places[first].population;
    for (int k = 0; k < 2; k++)
        for (size_t i = first; states[k][0] && i < first + n; i++)
            if (same_code(cpi_places[i].state, states[k]) &&
                cpi_places[i].population >= least[k])
                return top / 20 >= cpi_places[i].population &&
                               (x->list_mixed ||
                                state_in_view(x, cpi_places[first].state))
                           ? SIZE_MAX
                           : i;
    return SIZE_MAX;
}

/* The block of a dateline at the top of the document that names
 * name[0..len) in capitals ("HOLYOKE - The city will hire ...", "HOLYOKE,
 * Mass. -"), or NULL. A local paper's story is from there, and its bare
 * name in the text is that place. */
static const cp_block *dateline_naming(const cp_document *doc, const char *name,
                                       size_t len) {
    enum { TOP = 6 }; /* (a headline, a byline, an update line come first) */
    for (size_t b = 0; b < doc->block_count && b < TOP; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        if (n < len + 3)
            continue;
        if (cpi_same_letters(t, name, len) && cpi_capitals_only(t, len) &&
            (t[len] == ',' || (t[len] == ' ' && t[len + 1] == '-' && t[len + 2] == ' ')))
            return &doc->blocks[b];
    }
    return NULL;
}

/* The place a dateline at the top of the document names in capitals
 * ("PASCAGOULA - ", "ST. LOUIS, Mo. -"), its length and its block's text
 * size, or NULL. */
static const char *dateline_place(const cp_document *doc, size_t *len, size_t *size) {
    enum { TOP = 6, LONGEST = 40 };
    for (size_t b = 0; b < doc->block_count && b < TOP; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size, e = 0;
        while (e < n && e < LONGEST &&
               (cpi_is_upper(t[e]) || t[e] == '.' || t[e] == '\'' ||
                (t[e] == ' ' && e + 1 < n && cpi_is_upper(t[e + 1]))))
            e++;
        if (e >= 3 && e + 3 < n && cpi_is_upper(t[0]) &&
            (t[e] == ',' || (t[e] == ' ' && t[e + 1] == '-' && t[e + 2] == ' '))) {
            *len = e;
            *size = n;
            return t;
        }
    }
    return NULL;
}

static bool dateline_names(const cp_document *doc, const char *name, size_t len) {
    return dateline_naming(doc, name, len) != NULL;
}

static int state_lookup_dict(const cpi_extract *x, const char *t, size_t n, size_t pos,
                             size_t *end);

/* The state (its row) a dateline gives the place it names (dateline_naming:
 * "COLUMBUS, Ga. (WCGA) -"), or -1: its bare name in the text is that
 * place, whatever other state's place of that name the text names later
 * ("a similar setup in Columbus, Ohio"). */
static int dateline_state(const cpi_extract *x, const char *name, size_t len) {
    const cp_block *b = dateline_naming(x->doc, name, len);
    if (!b || b->text_size < len + 4)
        return -1;
    const char *t = cpi_block_text(b);
    size_t end;
    return t[len] == ',' && t[len + 1] == ' '
               ? state_lookup_dict(x, t, b->text_size, len + 2, &end)
               : -1;
}

/* The state (its row) a dateline at the top gives its place ("WHITESBURG,
 * Ky. (WYMT) -"), or -1. */
static int dateline_home_state(const cpi_extract *x) {
    size_t len = 0, size = 0, end;
    const char *t = dateline_place(x->doc, &len, &size);
    return t && t[len] == ',' && len + 2 < size && t[len + 1] == ' '
               ? state_lookup_dict(x, t, size, len + 2, &end)
               : -1;
}

/* How much of state st's weight, for a bare name[0..len) read in block
 * `block` (not the title), comes from the text qualifying that name by
 * st in a later block: "Springfield, Illinois" after a story's bare
 * "Springfield" tells the other one. */
static unsigned later_qualified(const cpi_extract *x, const char *name, size_t len,
                                int st, size_t block) {
    unsigned count = 0;
    for (unsigned k = 0; k < x->qualified_count; k++) {
        const struct cpi_qualified *q = &x->qualified[k];
        if (q->state == st && q->block > block && q->comma >= len &&
            memcmp(q->text + q->comma - len, name, len) == 0 &&
            (q->comma == len || q->text[q->comma - len - 1] == ' '))
            count++;
    }
    return count;
}

/* A place or county called name[0..len) in state `code` (or any state when
 * code is NULL and one reading is clear); false when none. */
static bool resolve(cpi_extract *x, const char *name, size_t len, const char *code,
                    bool bare, site_spec *out) {
    return resolve_in(x, name, len, code, bare, true, out);
}

/* Does the name end in the word "County", "Parish" or "Borough"? Only
 * that word's length of bytes from the end need reading. */
static inline bool names_county(const char *name, size_t len) {
    return (len >= 7 && name[len - 7] == ' ' && is_county_word(name + len - 6, 6)) ||
           (len >= 8 && name[len - 8] == ' ' && is_county_word(name + len - 7, 7));
}

/* resolve_in of a name with its state, not bare: the first county of that
 * name in the state, else its most populous place of the name (the first
 * of equals); none other than it. The document's context weighs every
 * reading of one state alike, so it decides nothing. */
static bool resolve_in_state(const char *name, size_t len, const char *code,
                             uint8_t *found, uint32_t *row) {
    char key[128];
    size_t key_len = fold_name(name, len, key, sizeof key);
    size_t first, n;
    if (names_county(name, len)) {
        n = cpi_find_counties(key, &first);
        for (size_t i = first; i < first + n; i++)
            if (same_code(cpi_counties[i].state, code)) {
                *found = 1;
                *row = (uint32_t)i;
                return true;
            }
        return false;
    }
    n = find_places(key, key_len, &first);
    assert(n == 0 || may_name_place(name, len)); /* (debug builds) */
    size_t best = SIZE_MAX;
    for (size_t i = first; i < first + n; i++)
        if (same_code(cpi_places[i].state, code) &&
            (best == SIZE_MAX || cpi_places[i].population > cpi_places[best].population))
            best = i;
    if (best == SIZE_MAX)
        return false;
    *found = 2;
    *row = (uint32_t)best;
    return true;
}

/* Is name[0..len) in state `code` a town of fewer than
 * CONTEXT_MIN_POPULATION residents, or no place the gazetteer knows (a
 * township)? */
static bool small_town_named(const char *name, size_t len, const char *code) {
    uint8_t found = 0;
    uint32_t row = 0;
    return !resolve_in_state(name, len, code, &found, &row) || found != 2 ||
           cpi_places[row].population < CONTEXT_MIN_POPULATION;
}

/* Are two places one metro area's (cpi_one_metro)? */
static bool one_metro(const site_spec *a, const site_spec *b) {
    return a->has_coordinates && b->has_coordinates &&
           cpi_one_metro(a->lat, a->lon, b->lat, b->lon);
}

/* ... and the town of site s (a city)? */
static bool small_town(const cp_site *s) {
    return small_town_named(s->name, strlen(s->name), s->state);
}

static bool resolve_any(const cpi_extract *x, const char *name, size_t len,
                        const char *code, bool bare, bool located, site_spec *out);

/* The hash of a name (0 < len) for its memo slots: from its length, its
 * first, middle and last bytes, not every byte (a document names a few
 * dozen places, an archive a few hundred; a slot is only a cache). */
static inline uint32_t name_hash(const char *name, size_t len) {
    return (uint32_t)len ^ (uint32_t)(unsigned char)name[0] << 8 ^
           (uint32_t)(unsigned char)name[len / 2] << 16 ^
           (uint32_t)(unsigned char)name[len - 1] << 24;
}

/* ... and of a name with its state (two letters). */
static size_t name_memo_slot(const char *name, size_t len, const char *code) {
    uint32_t h = name_hash(name, len);
    h ^= (uint32_t)(unsigned char)code[0] << 4 ^ (uint32_t)(unsigned char)code[1] << 12;
    return (h * 2654435761u) >> (32 - NAME_MEMO_BITS);
}

/* resolve_in with a state and not bare, remembered by the worker. */
static bool resolve_remembered(cpi_extract *x, const char *name, size_t len,
                               const char *code, site_spec *out) {
    name_memo *m = NULL;
    uint8_t found = 0;
    uint32_t row = 0;
    if (len > 0 && len <= NAME_MEMO_MAX)
        m = &x->cache->sites_read->names[name_memo_slot(name, len, code)];
    if (m && m->len == len && same_code(m->code, code) && cpi_same_bytes(m->name, name, len)) {
        found = m->found;
        row = m->row;
    } else {
        resolve_in_state(name, len, code, &found, &row);
        if (m) {
            m->len = (uint8_t)len;
            memcpy(m->code, code, 3);
            memcpy(m->name, name, len);
            m->found = found;
            m->row = row;
            m->as_written = -1;
        }
    }
    x->site_memos->resolved = found ? m : NULL;
    if (found == 1)
        spec_county(out, &cpi_counties[row]);
    else if (found == 2)
        spec_place(out, &cpi_places[row]);
#ifndef NDEBUG
    site_spec check; /* the same as without the memo (debug builds) */
    bool any = resolve_any(x, name, len, code, false, true, &check);
    assert(any == (found != 0) &&
           (!any || (check.folded == out->folded && check.kind == out->kind &&
                     memcmp(check.state, out->state, 3) == 0 &&
                     strcmp(check.name, out->name) == 0)));
#endif
    return found != 0;
}

/* As resolve(); `located` says the text reads as a place ("in Tyler",
 * "Tyler police"). A lone word that is also a name or a common word
 * ("Allen", "Temple") needs that, or a large population, even when its
 * state is in view. */
static bool resolve_in(cpi_extract *x, const char *name, size_t len, const char *code,
                       bool bare, bool located, site_spec *out) {
    if (code && !bare)
        return resolve_remembered(x, name, len, code, out);
    return resolve_any(x, name, len, code, bare, located, out);
}

static bool resolve_passed(const cpi_extract *x, const char *name, size_t len,
                           const char *code, bool bare, bool located, site_spec *out);

static bool resolve_any(const cpi_extract *x, const char *name, size_t len,
                        const char *code, bool bare, bool located, site_spec *out) {
    if (!names_county(name, len) && !may_name_place(name, len)) {
#ifndef NDEBUG
        char check[128]; /* find_places finds none indeed (debug builds) */
        size_t check_len = fold_name(name, len, check, sizeof check), none;
        assert(find_places(check, check_len, &none) == 0);
#endif
        return false; /* no place of that name */
    }
    return resolve_passed(x, name, len, code, bare, located, out);
}

/* may_name_place, remembered by the worker: a bare name's every try asks
 * it, and texts try the same names again and again. */
static bool may_name_place_remembered(const cpi_extract *x, const char *name, size_t len) {
    if (len == 0 || len > NAME_MEMO_MAX)
        return may_name_place(name, len);
    struct cpi_site_cache *c = x->cache->sites_read;
    size_t slot = (name_hash(name, len) * 2654435761u) >> (32 - PLACES_MEMO_BITS);
    if (c->may_place[slot].len != len || !cpi_same_bytes(c->may_place[slot].name, name, len)) {
        c->may_place[slot].len = (uint8_t)len;
        memcpy(c->may_place[slot].name, name, len);
        c->may_place[slot].may = may_name_place(name, len);
    }
    assert(c->may_place[slot].may == may_name_place(name, len)); /* (debug builds) */
    return c->may_place[slot].may;
}

/* The counties called name[0..len) (county: it ends in "County", "Parish"
 * or "Borough"), else its places: their count, the first at *first.
 * Remembered by the worker. */
static size_t rows_named(const cpi_extract *x, const char *name, size_t len, bool county,
                         size_t *first) {
    /* (the memo is by name alone: a county's name is always a county's) */
    assert(county == names_county(name, len));
    places_memo *m = NULL;
    if (len > 0 && len <= NAME_MEMO_MAX) {
        m = &x->cache->sites_read
                 ->places[(name_hash(name, len) * 2654435761u) >> (32 - PLACES_MEMO_BITS)];
        if (m->len == len && cpi_same_bytes(m->name, name, len)) {
            *first = m->first;
            return m->n;
        }
    }
    char key[128];
    size_t key_len = fold_name(name, len, key, sizeof key);
    size_t n = county ? cpi_find_counties(key, first) : find_places(key, key_len, first);
    if (m) {
        m->len = (uint8_t)len;
        memcpy(m->name, name, len);
        m->first = (uint32_t)*first;
        m->n = (uint32_t)n;
    }
    return n;
}

/* The city of CONTEXT_MIN_POPULATION residents or more called
 * name[0..len) within 100 km of `one` (a city), into *out: the other half
 * of a metro area across a state line ("Philadelphia-Camden", whatever
 * Camden the text's states would read alone). */
static bool metro_partner(const cpi_extract *x, const char *name, size_t len,
                          const site_spec *one, site_spec *out) {
    size_t first, n = rows_named(x, name, len, false, &first);
    for (size_t i = first; i < first + n; i++) {
        if (cpi_places[i].population < CONTEXT_MIN_POPULATION)
            continue;
        site_spec candidate;
        spec_place(&candidate, &cpi_places[i]);
        if (one_metro(one, &candidate)) {
            *out = candidate;
            return true;
        }
    }
    return false;
}

/* Is a difference of degrees d within +-limit? */
static inline bool within(float d, float limit) { return d < limit && d > -limit; }

/* Has the document named a city or county of the place's state within
 * half a degree of it (some 50 km)? A town of a cluster the text is about
 * ("Union Gap ... Sunnyside ... Toppenish" in one about Yakima). Not when
 * it named a county of the place's name: then the bare name is that
 * county's ("Hidalgo, $3.9 million" after "Hidalgo and Cameron counties").
 * Only the last NEAR_LOOK sites are asked: a bound on any text. */
static bool near_named_site(const cpi_extract *x, const cpi_place *p, const char *name,
                            size_t len) {
    enum { NEAR_LOOK = 64 };
    bool near = false;
    for (size_t i = x->site_count > NEAR_LOOK ? x->site_count - NEAR_LOOK : 0;
         i < x->site_count; i++) {
        const cp_site *s = x->sites[i];
        if ((s->kind != CP_SITE_CITY && s->kind != CP_SITE_COUNTY) ||
            !s->has_coordinates || !same_code(p->state, s->state))
            continue;
        if (s->kind == CP_SITE_COUNTY && strncmp(s->name, name, len) == 0 &&
            s->name[len] == ' ')
            return false;
        near |=
            within((float)s->lat - p->lat, 0.5f) && within((float)s->lon - p->lon, 0.6f);
    }
    return near;
}

/* resolve_any of a name that names a county or passes may_name_place. */
static bool resolve_passed(const cpi_extract *x, const char *name, size_t len,
                           const char *code, bool bare, bool located, site_spec *out) {
    assert(names_county(name, len) || may_name_place(name, len)); /* (debug builds) */
    bool county = names_county(name, len);
    size_t first, n = rows_named(x, name, len, county, &first);
    if (county) {
        /* the document named this county with its state already ("Dallas
         * County, Texas", then "Dallas County"): the same one */
        for (size_t i = first; bare && !code && i < first + n; i++) {
            if (!site_of_state(x, cpi_counties[i].state))
                continue;
            site_spec candidate;
            spec_county(&candidate, &cpi_counties[i]);
            const cp_site *s = named_site(x, &candidate);
            if (s && s->seen_in == x->generation) {
                *out = candidate;
                return true;
            }
        }
        size_t best = SIZE_MAX;
        unsigned weight = 0;
        size_t dateline_len = 0, dateline_size = 0;
        const char *dateline = n > 1 && bare && !code
                                   ? dateline_place(x->doc, &dateline_len, &dateline_size)
                                   : NULL;
        if (dateline && (names_county(dateline, dateline_len) ||
                         !may_name_place(dateline, dateline_len)))
            dateline = NULL;
        for (size_t i = first; i < first + n; i++) {
            const cpi_county *c = &cpi_counties[i];
            if (code && !same_code(c->state, code))
                continue;
            int st = cpi_state_by_code(c->state);
            unsigned w = st >= 0 && st < 64 ? x->state_weight[st] : 0;
            /* "Memphis and Shelby County": the state of a place the
             * document already names is in view too, the more the more
             * places it names there ("Rockford ... Winnebago County" in a
             * text that names Wisconsin and Iowa, but not Illinois) */
            w += site_of_state(x, c->state) ? 2 * places_in_state(x, c->state) : 0;
            /* and the state of the paragraph's last place before it more */
            if (w && same_code(x->near_state, c->state))
                w += 1u << 20;
            /* and the one holding the place its own words say it holds
             * most ("Shelby County, which contains Memphis" after Houston):
             * a place of that name within half a degree */
            if (x->county_holds) {
                size_t pf = 0,
                       pn = !names_county(x->county_holds, x->county_holds_len) &&
                                    may_name_place(x->county_holds, x->county_holds_len)
                                ? rows_named(x, x->county_holds, x->county_holds_len,
                                             false, &pf)
                                : 0;
                for (size_t q = pf; pn && q < pf + pn; q++)
                    if (same_code(cpi_places[q].state, c->state) &&
                        within(cpi_places[q].lat - c->lat, 0.5f) &&
                        within(cpi_places[q].lon - c->lon, 0.6f)) {
                        w += 1u << 21;
                        break;
                    }
            } else if (dateline) {
                /* ... or the one holding the place of the text's dateline
                 * ("PASCAGOULA -" under "Jackson County sheriff signs on") */
                size_t pf = 0, pn = rows_named(x, dateline, dateline_len, false, &pf);
                /* (its state said, "JACKSON, Tenn.", or its one reading) */
                size_t end;
                int said =
                    dateline[dateline_len] == ',' && dateline[dateline_len + 1] == ' '
                        ? state_lookup_dict(x, dateline, dateline_size, dateline_len + 2,
                                            &end)
                        : -1;
                for (size_t q = pf; q < pf + pn && (said >= 0 || pn == 1); q++)
                    if (same_code(cpi_places[q].state, c->state) &&
                        (said < 0 ||
                         same_code(cpi_places[q].state, cpi_states[said].code)) &&
                        within(cpi_places[q].lat - c->lat, 0.5f) &&
                        within(cpi_places[q].lon - c->lon, 0.6f)) {
                        w += 1u << 21;
                        break;
                    }
            }
            if (best == SIZE_MAX || w > weight) {
                best = i;
                weight = w;
            }
        }
        if (best == SIZE_MAX)
            return false;
        /* A county name shared by several states needs its state in view. */
        if (!code && n > 1 && weight == 0)
            return false;
        spec_county(out, &cpi_counties[best]);
        return true;
    }
    if (bare) {
        /* the document named this place with its state already: the same
         * one, unless its list or paragraph is of another state */
        size_t near = near_place(x, first, n);
        /* (a city or county of another state named before it in its
         * paragraph but not in its list does not undo that: "the City of
         * Jackson, Mississippi", then "grew up in Camden, New Jersey, and
         * now runs Jackson's program") */
        if (near != SIZE_MAX && !x->list_state[0] && !x->near_over && x->site_hit_count &&
            ((const cp_site *)x->site_hits[x->site_hit_count - 1].entity)->kind !=
                CP_SITE_STATE)
            near = SIZE_MAX;
        /* (nor does a list of several states' cities: "Jackson, Miss." in a
         * table, then "Baltimore, Philadelphia, Memphis, Jackson and
         * Oakland") */
        if (near != SIZE_MAX && x->list_mixed)
            near = SIZE_MAX;
        /* (nor, for a smaller town, the neighbour of a list where the text
         * has read the name as a city of another state already: "to
         * Chicago, Cleveland, Detroit", then "Memphis, Cleveland and Kansas
         * City") */
        if (near != SIZE_MAX && cpi_places[near].population < CONTEXT_MIN_POPULATION)
            for (size_t p = first; p < first + n; p++) {
                if (p == near || cpi_places[p].population < CONTEXT_MIN_POPULATION)
                    continue;
                site_spec candidate;
                spec_place(&candidate, &cpi_places[p]);
                const cp_site *s = named_site(x, &candidate);
                if (s && s->seen_in == x->generation) {
                    near = SIZE_MAX;
                    break;
                }
            }
        /* (the dateline's place first, where the text names places of
         * that name in two states: "COLUMBUS, Ga." then "Columbus, Ohio") */
        int home = n > 1 && near == SIZE_MAX ? dateline_state(x, name, len) : -1;
        for (size_t k = home >= 0 ? 0 : n; k < 2 * n; k++) {
            size_t p = first + k % n;
            if (k < n && !same_code(cpi_places[p].state, cpi_states[home].code))
                continue;
            if ((near != SIZE_MAX && near != p) || !site_of_state(x, cpi_places[p].state))
                continue; /* (a site of its own state must be named first) */
            site_spec candidate;
            spec_place(&candidate, &cpi_places[p]);
            const cp_site *s = named_site(x, &candidate);
            if (s && s->seen_in == x->generation) {
                *out = candidate;
                return true;
            }
        }
    }
    size_t best = SIZE_MAX, second = SIZE_MAX;
    bool in_title = x->doc->title && x->reading_block < x->doc->block_count &&
                    cpi_block_text(&x->doc->blocks[x->reading_block]) == x->doc->title;
    unsigned weight = 0;
    for (size_t i = first; i < first + n; i++) {
        const cpi_place *p = &cpi_places[i];
        if (code && !same_code(p->state, code))
            continue;
        int st = cpi_state_by_code(p->state);
        unsigned w = st >= 0 && st < 64 ? x->state_weight[st] : 0;
        if (w && bare && x->qualified_count && !in_title) {
            unsigned later = later_qualified(x, name, len, st, x->reading_block);
            w = w > later ? w - later : 0;
        }
        /* a state's capital is read in the state of a place the text
         * names already ("Erie ... Harrisburg") */
        if (p->capital)
            w += site_of_state(x, p->state) ? 2u : 0u;
        /* ... and so is any town of the state of places the text names
         * often, though it never names the state ("Rockford" again and
         * again, then "Belvidere and Boone County") */
        else if (w == 0 && site_of_state(x, p->state) &&
                 places_in_state(x, p->state) >= 3)
            w = 2;
        /* a territory's places ("Carolina", Puerto Rico) only where the
         * territory is named */
        if (!code && w == 0 && st >= 0 && cpi_states[st].kind == CPI_TERRITORY)
            continue;
        if (best == SIZE_MAX || w > weight ||
            (w == weight && p->population > cpi_places[best].population)) {
            if (best != SIZE_MAX && cpi_places[best].population >= (second == SIZE_MAX ? 0 : cpi_places[second].population))
                second = best;
            best = i;
            weight = w;
        } else if (second == SIZE_MAX || p->population > cpi_places[second].population) {
            second = i;
        }
    }
    if (best == SIZE_MAX)
        return false;
    if (bare && !code && n > 1) { /* (the dateline's place first) */
        int home = dateline_state(x, name, len);
        for (size_t i = first; home >= 0 && i < first + n; i++)
            if (same_code(cpi_places[i].state, cpi_states[home].code)) {
                best = i;
                weight = weight ? weight : 1;
                break;
            }
    }
    /* A state in view picks among places of one name, but not a small town
     * over a famous city: "Memphis" in a text that also names Missouri is
     * still Memphis, Tennessee, while "Portland" in one about Maine is
     * Portland, Maine. The largest reading (first in the table) wins when
     * the one in view is a town, not the state's capital ("Augusta" in a
     * text about Maine), and it is a city five times its size (the
     * state of a neighbour in its list or paragraph decides after that:
     * "Knoxville, Chattanooga and Cleveland"). */
    size_t top = first;
    bool famous = bare && weight > 0 && !code && top != best && !x->village_named &&
                  !cpi_places[best].capital &&
                  cpi_places[best].population < CONTEXT_MIN_POPULATION &&
                  ((cpi_places[top].population >= BARE_MIN_POPULATION &&
                    cpi_places[top].population / 5 >= cpi_places[best].population) ||
                   /* (or a city of 50,000 ten times the town's, where the
                    * town's state is only in view by one qualifier:
                    * "Camden" beside "Columbia, S.C.") */
                   (weight <= 1 && cpi_places[top].population >= CONTEXT_MIN_POPULATION &&
                    cpi_places[top].population / 10 >= cpi_places[best].population));
    /* (a town of the dateline's own state stays local unless the city is
     * twenty times its size: "the training academy in Richmond" in a story
     * from "WHITESBURG, Ky.", but "Memphis" in one from "ST. LOUIS, Mo.") */
    if (famous && cpi_places[top].population / 20 < cpi_places[best].population) {
        int home = dateline_home_state(x);
        famous = home < 0 || !same_code(cpi_places[best].state, cpi_states[home].code);
    }
    if (famous)
        best = top;
    /* A town of the state of the place listed just before it, or else of
     * the last place of its paragraph, is that one: "in Savannah and Macon",
     * "In Missouri, ... St. Louis ... Jackson". */
    size_t near = bare && !code && (weight > 0 || x->near_over) ? near_place(x, first, n)
                                                                 : SIZE_MAX;
    if (near != SIZE_MAX)
        best = near; /* (a heading "PENNSYLVANIA" over "- City of Altoona" too) */
    if (bare && weight == 0 && near == SIZE_MAX) {
        /* No state in view: only a well-known place with one clear reading
         * (a smaller city where the text reads the name as a place: "sent
         * agents to Rapid City"), or a state's capital that is the largest
         * of its name ("Trenton"; "from Albany", where the text reads it as
         * a place: a capital may be a person's name, "Jackson"). */
        uint32_t pop = cpi_places[best].population;
        bool capital = cpi_places[best].capital;
        uint32_t least = x->by_agency ? 0 : located || capital ? CONTEXT_MIN_POPULATION
                                                               : BARE_MIN_POPULATION;
        bool clear = pop >= least && (second == SIZE_MAX ||
                                      pop >= 3 * cpi_places[second].population ||
                                      (capital && located));
        /* (not a mid-sized city of a far state, its name bare and not
         * read as a place, in a text whose places so far are of one or two
         * states: "out past Gilbert" in a story about Mingo County, West
         * Virginia, is no suburb of Phoenix) */
        if (clear && !located && !capital && !x->by_agency &&
            pop < REGIONAL_MAX_POPULATION && x->site_count >= 3 && x->site_states &&
            at_most_two_bits(x->site_states))
            return false;
        if (!clear) {
            /* else the one reading of 50,000 residents or more in the state
             * of a place the text named already ("Buffalo and Syracuse ...
             * Rochester") */
            size_t only = SIZE_MAX, readings = 0;
            /* (of any size where the text calls it a town: "farm towns
             * such as Gonzales and King City") */
            uint32_t least_here = x->town_named ? 0 : CONTEXT_MIN_POPULATION;
            for (size_t i = first; i < first + n; i++)
                if (cpi_places[i].population >= least_here &&
                    site_of_state(x, cpi_places[i].state)) {
                    only = i;
                    readings++;
                }
            if (readings != 1)
                return false;
            best = only;
        }
    }
    /* (a smaller town of a state in view needs more than its bare name,
     * unless it is the state's capital: "Harrisburg" in a text about Erie,
     * Pennsylvania; or it gets or asks for a grant: "Biloxi received the
     * largest award") */
    if (bare && weight > 0 && !located && !x->grant_after && !memchr(name, ' ', len) &&
        cpi_places[best].population < CONTEXT_MIN_POPULATION &&
        !cpi_places[best].capital && !dateline_names(x->doc, name, len) &&
        !near_named_site(x, &cpi_places[best], name, len))
        return false;
    spec_place(out, &cpi_places[best]);
    return true;
}

/* ---- reading the text ---------------------------------------------------------- */

/* Remember the tribe of a tribal land's name of k words ("Navajo" of "the
 * Navajo Nation", "Laguna" of "Pueblo of Laguna", "Wind River" of "the Wind
 * River Indian Reservation"). */
static void note_tribe(cpi_extract *x, const char *t, const size_t *ws, const size_t *we,
                       size_t k) {
    size_t first = 0, last = k - 1; /* the words of the tribe: [first, last) */
    if (k > 2 && we[0] - ws[0] == 6 && memcmp(t + ws[0], "Pueblo", 6) == 0) {
        first = 2; /* "Pueblo of Laguna" */
        last = k;
    } else if (last > 1 && we[last - 1] - ws[last - 1] == 6 &&
               memcmp(t + ws[last - 1], "Indian", 6) == 0)
        last--;
    if (first >= last || x->tribe_count == sizeof x->tribes / sizeof x->tribes[0] ||
        we[last - 1] - ws[first] > UINT8_MAX)
        return;
    x->tribes[x->tribe_count] = t + ws[first];
    x->tribe_len[x->tribe_count++] = (uint8_t)(we[last - 1] - ws[first]);
}

/* Is name[0..len) a tribe whose land the document named (note_tribe)? */
static bool names_tribe(const cpi_extract *x, const char *name, size_t len) {
    for (unsigned i = 0; i < x->tribe_count; i++)
        if (x->tribe_len[i] == len && memcmp(x->tribes[i], name, len) == 0)
            return true;
    return false;
}

/* A filter in front of a word list: for each first letter (either case),
 * the lengths of its words, bit n for length n (LEN(n), n < 16). Most
 * capitalised words a list is asked about ("Toledo") share no letter and
 * length with its words and need no search. Debug builds check the filter
 * against the list. */
#define LEN(n) ((uint16_t)(1u << (n)))

/* The word lists below, as bits of a word's entry in the worker's table
 * of them (word_in). */
enum {
    WL_FUNCTION = 1u << 0,
    WL_COMMON = 1u << 1,
    WL_ORG = 1u << 2,
    WL_AGENCY = 1u << 3,
    WL_FOREIGN = 1u << 4,
    WL_DEPARTMENT = 1u << 5,
    WL_FEATURE = 1u << 6,
    WL_PREPOSITION = 1u << 7,
    WL_PLACE_NOUN = 1u << 8,
    WL_OFFICE = 1u << 9
};

/* The slot of a word in that table: from its length, its first, second
 * and last bytes (the lists' words differ there, or nearly). */
static inline size_t word_slot_of(const char *w, size_t n) {
    uint32_t h = (uint32_t)n << 24 ^ (uint32_t)(unsigned char)w[0] << 16 ^
                 (uint32_t)(unsigned char)w[n > 1] << 8 ^ (uint32_t)(unsigned char)w[n - 1];
    return (h * 2654435761u) >> (32 - WORD_SLOT_BITS);
}

/* Is w[0..n) a word of the lists `lists`? cpi_word_in over each, as one
 * probe of a hash table rather than a binary search with a compare at each
 * step (asked at most capitalised words). */
static inline bool word_in(const cpi_extract *x, unsigned lists, const char *w, size_t n) {
    if (n == 0 || n > WORD_MAX_LEN)
        return false; /* no word of a list is empty or that long */
    const word_slot *slots = x->cache->sites_read->words;
    for (size_t s = word_slot_of(w, n);; s = (s + 1) & (WORD_SLOTS - 1)) {
        const word_slot *e = &slots[s];
        if (!e->len)
            return false;
        if (e->len == n && cpi_same_bytes(e->word, w, n))
            return (e->lists & lists) != 0;
    }
}

/* The lists (bits WL_...) the word w[0..n) is in: 0 when none. */
static inline unsigned word_lists(const cpi_extract *x, const char *w, size_t n) {
    if (n == 0 || n > WORD_MAX_LEN)
        return 0;
    const word_slot *slots = x->cache->sites_read->words;
    for (size_t s = word_slot_of(w, n);; s = (s + 1) & (WORD_SLOTS - 1)) {
        const word_slot *e = &slots[s];
        if (!e->len)
            return 0;
        if (e->len == n && cpi_same_bytes(e->word, w, n))
            return e->lists;
    }
}

/* word_in of one list, checked against cpi_word_in (debug builds). */
static inline bool word_in_list(const cpi_extract *x, unsigned list, const char *const *words,
                                size_t count, const char *w, size_t n) {
    bool in = word_in(x, list, w, n);
    assert(in == cpi_word_in(words, count, w, n)); /* (debug builds) */
    (void)words;
    (void)count;
    return in;
}

/* word_in_list, behind the filter `lengths`. */
static HOT_INLINE bool word_listed(const cpi_extract *x, unsigned list, const char *const *words,
                               size_t count, const uint16_t lengths[26], const char *w,
                               size_t n) {
#ifndef NDEBUG
    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(words[i]);
        unsigned c = ((unsigned char)words[i][0] | 0x20u) - 'a';
        assert(len > 0 && len < 16 && c < 26 && (lengths[c] >> len) & 1);
    }
#endif
    if (n == 0 || n >= 16)
        return false; /* no word of a list is empty or that long */
    unsigned c = ((unsigned char)w[0] | 0x20u) - 'a';
    return c < 26 && ((lengths[c] >> n) & 1) && word_in_list(x, list, words, count, w, n);
}

/* word_listed behind a second filter: for each first letter, the second
 * letters of its words (bit d for 'a' + d; every word of the list has a
 * lower-case second letter). Debug builds check it against the list. */
static HOT_INLINE bool word_listed_next(const cpi_extract *x, unsigned list,
                                    const char *const *words, size_t count,
                                    const uint16_t lengths[26], const uint32_t nexts[26],
                                    const char *w, size_t n) {
#ifndef NDEBUG
    for (size_t i = 0; i < count; i++) {
        unsigned c = ((unsigned char)words[i][0] | 0x20u) - 'a';
        unsigned d = (unsigned char)words[i][1] - 'a';
        assert(c < 26 && d < 26 && (nexts[c] >> d) & 1);
    }
#endif
    if (n < 2)
        return n == 1 && word_listed(x, list, words, count, lengths, w, n);
    unsigned c = ((unsigned char)w[0] | 0x20u) - 'a';
    unsigned d = (unsigned char)w[1] - 'a';
    return c < 26 && d < 26 && ((nexts[c] >> d) & 1) &&
           word_listed(x, list, words, count, lengths, w, n);
}

#define NEXT(c) ((uint32_t)1 << ((c) - 'a'))

/* Has t[0..start) no letter (a line's start, or a time stamp before a
 * speaker's name: "[00:00:31] GARLAND:")? */
static bool no_letter_before(const char *t, size_t start) {
    for (size_t i = 0; i < start; i++)
        if (cpi_is_alpha(t[i]))
            return false;
    return true;
}

/* Does a title in capitals end right before `start` ("ATTORNEY GENERAL
 * GARLAND:", "MAYOR BROWN:"), a transcript's speaker's? */
static bool speaker_title_before(const char *t, size_t start) {
    static const char *const TITLES[] = {
        "CHIEF ", "DIRECTOR ",  "DR. ",  "GENERAL ", "GOVERNOR ",
        "MAYOR ", "MR. ",       "MRS. ", "MS. ",     "PRESIDENT ",
        "REP. ",  "SECRETARY ", "SEN. ", "SENATOR ", "SHERIFF "};
    for (size_t k = 0; k < sizeof TITLES / sizeof TITLES[0]; k++)
        if (cpi_ends_with(t, start, TITLES[k]))
            return true;
    return false;
}

/* What a saint's name in the possessive names ("St. John's Church"): no
 * place of that name. */
static const char *const SAINTS_HOUSES[] = {
    /* sorted */
    "Basilica",  "Cathedral", "Catholic", "Chapel", "Church",    "College",
    "Episcopal", "Hospital",  "Parish",   "School", "University"};

static const char *const FUNCTION_WORDS[] = {
    /* sorted */
    "Across",    "After",      "All",         "Also",      "And",        "As",
    "At",        "Before",     "Besides",     "Beyond",    "Both",       "But",
    "By",        "Downtown",   "During",      "Elsewhere", "Even",       "Every",
    "For",       "From",       "Greater",     "Here",      "How",        "In",
    "Including", "Inside",     "Like",        "Local",     "Locally",    "Many",
    "Mayor",     "Meanwhile",  "Metro",       "Most",      "Nationally", "Nationwide",
    "Near",      "Nearby",     "Neighboring", "Of",        "Officials",  "On",
    "Only",      "Other",      "Outside",     "Over",      "Overall",    "Police",
    "Rural",     "Separately", "Since",       "Some",      "Statewide",  "Suburban",
    "That",      "The",        "Then",        "There",     "These",      "This",
    "Those",     "Throughout", "To",          "Today",     "Under",      "Unlike",
    "Urban",     "What",       "When",        "Where",     "While",      "Who",
    "Why",       "With",
};

/* Words that start a capitalised run without being part of a name. */
static HOT_INLINE bool function_word(const cpi_extract *x, const char *w, size_t n) {
    static const uint16_t LENGTHS[26] = {
        ['a' - 'a'] = LEN(2) | LEN(3) | LEN(4) | LEN(5) | LEN(6),
        ['b' - 'a'] = LEN(2) | LEN(3) | LEN(4) | LEN(6) | LEN(7),
        ['d' - 'a'] = LEN(6) | LEN(8),
        ['e' - 'a'] = LEN(4) | LEN(5) | LEN(9),
        ['f' - 'a'] = LEN(3) | LEN(4),
        ['g' - 'a'] = LEN(7),
        ['h' - 'a'] = LEN(3) | LEN(4),
        ['i' - 'a'] = LEN(2) | LEN(6) | LEN(9),
        ['l' - 'a'] = LEN(4) | LEN(5) | LEN(7),
        ['m' - 'a'] = LEN(4) | LEN(5) | LEN(9),
        ['n' - 'a'] = LEN(4) | LEN(6) | LEN(10) | LEN(11),
        ['o' - 'a'] = LEN(2) | LEN(4) | LEN(5) | LEN(7) | LEN(9),
        ['p' - 'a'] = LEN(6),
        ['r' - 'a'] = LEN(5),
        ['s' - 'a'] = LEN(4) | LEN(5) | LEN(8) | LEN(9) | LEN(10),
        ['t' - 'a'] = LEN(2) | LEN(3) | LEN(4) | LEN(5) | LEN(10),
        ['u' - 'a'] = LEN(5) | LEN(6),
        ['w' - 'a'] = LEN(3) | LEN(4) | LEN(5),
    };
    static const uint32_t NEXTS[26] = {
        ['a' - 'a'] =
            NEXT('c') | NEXT('f') | NEXT('l') | NEXT('n') | NEXT('s') | NEXT('t'),
        ['b' - 'a'] = NEXT('e') | NEXT('o') | NEXT('u') | NEXT('y'),
        ['d' - 'a'] = NEXT('o') | NEXT('u'),
        ['e' - 'a'] = NEXT('l') | NEXT('v'),
        ['f' - 'a'] = NEXT('o') | NEXT('r'),
        ['g' - 'a'] = NEXT('r'),
        ['h' - 'a'] = NEXT('e') | NEXT('o'),
        ['i' - 'a'] = NEXT('n'),
        ['l' - 'a'] = NEXT('i') | NEXT('o'),
        ['m' - 'a'] = NEXT('a') | NEXT('e') | NEXT('o'),
        ['n' - 'a'] = NEXT('a') | NEXT('e'),
        ['o' - 'a'] = NEXT('f') | NEXT('n') | NEXT('t') | NEXT('u') | NEXT('v'),
        ['p' - 'a'] = NEXT('o'),
        ['r' - 'a'] = NEXT('u'),
        ['s' - 'a'] = NEXT('e') | NEXT('i') | NEXT('o') | NEXT('t') | NEXT('u'),
        ['t' - 'a'] = NEXT('h') | NEXT('o'),
        ['u' - 'a'] = NEXT('n') | NEXT('r'),
        ['w' - 'a'] = NEXT('h') | NEXT('i'),
    };
    return word_listed_next(x, WL_FUNCTION, CPI_WORDS(FUNCTION_WORDS), LENGTHS, NEXTS, w, n);
}

/* A count spelled out at a sentence's start, before a name it counts
 * ("Forty-seven Polk County deputies", "Two Chicago officers"): a tens or
 * units word, capitalised, with a unit after a hyphen or nothing; or the
 * article that counts one ("A Laurel man"). */
static bool spelled_count(const char *w, size_t n) {
    static const char *const COUNTS[] = {
        /* sorted */
        "A",       "An",       "Dozens", "Eight",   "Eighteen", "Eighty",    "Eleven",
        "Fifteen", "Fifty",    "Five",   "Forty",   "Four",     "Fourteen",  "Hundreds",
        "Nine",    "Nineteen", "Ninety", "Several", "Seven",    "Seventeen", "Seventy",
        "Six",     "Sixteen",  "Sixty",  "Ten",     "Thirteen", "Thirty",    "Thousands",
        "Three",   "Twelve",   "Twenty", "Two",
    };
    if (n < 1 || n > 20 ||
        !(w[0] == 'A' || w[0] == 'D' || w[0] == 'E' || w[0] == 'F' || w[0] == 'H' ||
          w[0] == 'N' || w[0] == 'S' || w[0] == 'T'))
        return false; /* (every count starts with one of these capitals) */
    const char *dash = memchr(w, '-', n);
    size_t head = dash ? (size_t)(dash - w) : n;
    for (size_t i = head + 1; i < n; i++)
        if (!cpi_is_lower(w[i]))
            return false; /* "Forty-seven", not "Winston-Salem" */
    for (size_t i = 0; i < sizeof COUNTS / sizeof COUNTS[0]; i++)
        if (cpi_str_eq(COUNTS[i], w, head))
            return true;
    return false;
}

static const char *const COMMON_WORDS[] = {
    /* sorted */
    "American",  "April",     "August",      "Centennial", "Commerce", "Congress",
    "December",  "Eagle",     "Enterprise",  "February",   "Federal",  "Freedom",
    "Grants",    "Harmony",   "Hollywood",   "Homeland",   "Hope",     "Independence",
    "Industry",  "January",   "July",        "June",       "Justice",  "Liberty",
    "March",     "Marshall",  "May",         "Mobile",     "National", "Normal",
    "November",  "October",   "Opportunity", "Orange",     "Paradise", "Pleasant",
    "Police",    "President", "Progress",    "Reform",     "Republic", "Security",
    "September", "Spring",    "Summit",      "Sunrise",    "Supreme",  "Surprise",
    "Union",     "Unity",     "Victoria",
};

/* Names of places that are, far more often, ordinary words (months
 * included: "a team visits in August"; a season: "Spring meeting"). */
static bool common_word(const cpi_extract *x, const char *w, size_t n) {
    static const uint16_t LENGTHS[26] = {
        ['a' - 'a'] = LEN(5) | LEN(6) | LEN(8),
        ['c' - 'a'] = LEN(8) | LEN(10),
        ['d' - 'a'] = LEN(8),
        ['e' - 'a'] = LEN(5) | LEN(10),
        ['f' - 'a'] = LEN(7) | LEN(8),
        ['g' - 'a'] = LEN(6),
        ['h' - 'a'] = LEN(4) | LEN(7) | LEN(8) | LEN(9),
        ['i' - 'a'] = LEN(8) | LEN(12),
        ['j' - 'a'] = LEN(4) | LEN(7),
        ['l' - 'a'] = LEN(7),
        ['m' - 'a'] = LEN(3) | LEN(5) | LEN(6) | LEN(8),
        ['n' - 'a'] = LEN(6) | LEN(8),
        ['o' - 'a'] = LEN(6) | LEN(7) | LEN(11),
        ['p' - 'a'] = LEN(6) | LEN(8) | LEN(9),
        ['r' - 'a'] = LEN(6) | LEN(8),
        ['s' - 'a'] = LEN(6) | LEN(7) | LEN(8) | LEN(9),
        ['u' - 'a'] = LEN(5),
        ['v' - 'a'] = LEN(8),
    };
    return word_listed(x, WL_COMMON, CPI_WORDS(COMMON_WORDS), LENGTHS, w, n);
}

/* Of the common words, those that name an institution of the nation
 * ("in Congress", "to Justice"), never a town alone, whatever comes
 * before them ("Congress, Ariz." still names the town). */
static bool institution_word(const char *w, size_t n) {
    static const char *const INSTITUTIONS[] = {"Congress", "Federal",  "Homeland",
                                               "Justice",  "National", "President",
                                               "Security", "Supreme"};
    for (size_t i = 0; i < sizeof INSTITUTIONS / sizeof INSTITUTIONS[0]; i++)
        if (cpi_str_eq(INSTITUTIONS[i], w, n))
            return true;
    return false;
}

/* Countries, and the states and provinces of the neighbours, whose names a
 * US town shares or that follow a foreign town's name: "pressed in Mexico",
 * "Nogales, Sonora". */
static const char *const FOREIGN[] = { /* sorted */
    "Alberta",   "Baja California", "Brazil",   "British Columbia", "Canada",  "Chihuahua",
    "China",     "Coahuila",        "Colombia", "Cuba",             "Durango", "El Salvador",
    "Guatemala", "Guerrero",        "Honduras", "Jalisco",          "Manitoba", "Mexico",
    "Michoacan", "Michoacán",       "Nuevo Leon", "Nuevo León",     "Ontario", "Panama",
    "Peru",      "Poland",          "Quebec",   "Russia",           "Sinaloa", "Sonora",
    "Tamaulipas", "Venezuela",
};

/* Is w[0..n) one of FOREIGN? (A search: asked of every place found.) */
static bool foreign_name(const cpi_extract *x, const char *w, size_t n) {
    return word_in_list(x, WL_FOREIGN, CPI_WORDS(FOREIGN), w, n);
}

/* Does ", Sonora" (a foreign state or country) follow the name ending at end? */
static bool foreign_after(const char *t, size_t n, size_t end) {
    if (end + 2 >= n || t[end] != ',' || t[end + 1] != ' ')
        return false;
    /* only the names of the next byte's letter are tried: sorted, they are
     * together, and none starts with a byte past it */
    char c = t[end + 2];
    for (size_t i = 0; i < sizeof FOREIGN / sizeof FOREIGN[0] && FOREIGN[i][0] <= c; i++)
        if (FOREIGN[i][0] == c && cpi_phrase_at(t, n, end + 2, &FOREIGN[i], 1))
            return true;
    assert(!cpi_phrase_at(t, n, end + 2, CPI_PHRASES(FOREIGN))); /* (debug builds) */
    return false;
}

/* Is the word at start after a preposition of place ("in", "at", "to",
 * "from", "near"), or "city of" (not "of" alone: "Department of
 * Justice")? */
static bool after_in_or_at(const char *t, size_t n, size_t start) {
    size_t prev = cpi_prev_word(t, start);
    if (prev == SIZE_MAX)
        return false;
    if (cpi_word_is(t, n, prev, "in") || cpi_word_is(t, n, prev, "In")) {
        /* (not after a sum: "$71 Million in Grants", "$2 million in
         * Awards": what the money is in) */
        size_t sum = cpi_prev_word(t, prev);
        return sum == SIZE_MAX ||
               !(cpi_is_digit(t[prev - 2]) || cpi_word_is(t, n, sum, "Million") ||
                 cpi_word_is(t, n, sum, "million") || cpi_word_is(t, n, sum, "Billion") ||
                 cpi_word_is(t, n, sum, "billion"));
    }
    if (cpi_word_is(t, n, prev, "at") || cpi_word_is(t, n, prev, "At") ||
        cpi_word_is(t, n, prev, "to") || cpi_word_is(t, n, prev, "from") ||
        cpi_word_is(t, n, prev, "near"))
        return true;
    /* "the city of Mobile", "the City of Liberty" */
    return cpi_word_is(t, n, prev, "of") &&
           (cpi_ends_with(t, prev, "city ") || cpi_ends_with(t, prev, "City ") ||
            cpi_ends_with(t, prev, "town ") || cpi_ends_with(t, prev, "Town "));
}

static const char *const ORG_WORDS[] = {
    /* sorted */
    "Area",          "Board",        "City",      "Commission", "Commissioner",
    "Commissioners", "Council",      "Court",     "Courthouse", "Department",
    "District",      "Division",     "Executive", "Field",      "Fire",
    "Housing",       "Jail",         "Judge",     "Juvenile",   "Mayor",
    "Metro",         "Metropolitan", "Municipal", "Office",     "Police",
    "Prosecutor",    "Public",       "Region",    "School",     "Schools",
    "Sheriff",       "Sheriff's",    "area",      "region",
};

#ifndef NDEBUG /* (as office_word) */
/* Words after a place name that make the whole an organisation of the place
 * ("Kansas City Police Department"): the place still counts. */
static HOT_INLINE bool org_of_place(const cpi_extract *x, const char *w, size_t n) {
    static const uint16_t LENGTHS[26] = {
        ['a' - 'a'] = LEN(4),
        ['b' - 'a'] = LEN(5),
        ['c' - 'a'] = LEN(4) | LEN(5) | LEN(7) | LEN(10) | LEN(12) | LEN(13),
        ['d' - 'a'] = LEN(8) | LEN(10),
        ['e' - 'a'] = LEN(9),
        ['f' - 'a'] = LEN(4) | LEN(5),
        ['h' - 'a'] = LEN(7),
        ['j' - 'a'] = LEN(4) | LEN(5) | LEN(8),
        ['m' - 'a'] = LEN(5) | LEN(9) | LEN(12),
        ['o' - 'a'] = LEN(6),
        ['p' - 'a'] = LEN(6) | LEN(10),
        ['r' - 'a'] = LEN(6),
        ['s' - 'a'] = LEN(6) | LEN(7) | LEN(9),
    };
    return word_listed(x, WL_ORG, CPI_WORDS(ORG_WORDS), LENGTHS, w, n);
}
#endif

static const char *const OFFICE_WORDS[] = {
    /* sorted */
    "Authority",  "Commission", "Corporation", "Council",
    "Department", "Government", "Office",
};

#ifndef NDEBUG /* (the first pass reads the words' table; debug builds check it) */
/* The last word of an office's or a recipient body's name ("Department",
 * "Office", "Norfolk Redevelopment and Housing Authority", "Youngstown
 * Neighborhood Development Corporation", "Cook County Justice Advisory
 * Council", "Fresno Economic Opportunities Commission"). */
static bool office_word(const char *w, size_t n) {
    return cpi_str_eq("Department", w, n) || cpi_str_eq("Office", w, n) ||
           cpi_str_eq("Authority", w, n) || cpi_str_eq("Corporation", w, n) ||
           cpi_str_eq("Council", w, n) || cpi_str_eq("Commission", w, n) ||
           cpi_str_eq("Government", w, n);
}
#endif

static const char *const AGENCY_WORDS[] = {
    /* sorted */
    "Commission", "Council", "Fire",    "Housing", "Municipal",
    "Police",     "School",  "Schools", "Sheriff", "Sheriff's",
};

#ifndef NDEBUG /* (as office_word) */
/* Words after a place's name that name its own agency: a grant recipient
 * named through it is the place ("Leavenworth Police Department"). */
static bool local_agency(const cpi_extract *x, const char *w, size_t n) {
    static const uint16_t LENGTHS[26] = {
        ['c' - 'a'] = LEN(7) | LEN(10), ['f' - 'a'] = LEN(4),
        ['h' - 'a'] = LEN(7),           ['m' - 'a'] = LEN(9),
        ['p' - 'a'] = LEN(6),           ['s' - 'a'] = LEN(6) | LEN(7) | LEN(9),
    };
    return word_listed(x, WL_AGENCY, CPI_WORDS(AGENCY_WORDS), LENGTHS, w, n);
}
#endif

/* A mask with the high bit of each of the 8 bytes at p that is no letter,
 * digit or byte of a UTF-8 sequence (cpi_inner_char). Bytes are compared
 * by their low seven bits plus a bias, which sets the high bit from a
 * bound on ('a'-'z' after setting 0x20: only letters land there); no sum
 * carries into the next byte. */
static inline uint64_t outer8(const char *p) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t w;
    memcpy(&w, p, 8);
    uint64_t low = w & ~highs, folded = low | ones * 0x20;
    uint64_t letter = (folded + ones * (0x80 - 'a')) & ~(folded + ones * (0x80 - 'z' - 1));
    uint64_t digit = (low + ones * (0x80 - '0')) & ~(low + ones * (0x80 - '9' - 1));
    return ~(w | letter | digit) & highs;
}

/* cpi_word_end, inline: names are measured at every capital. A word's
 * letters are read eight bytes at a time, and most words end after them
 * (at a space or a comma); one that stops at '.', '\'', '-' or '&' goes on
 * or not by cpi_word_end's rules. */
static inline size_t word_end(const char *t, size_t n, size_t pos) {
    size_t e = pos;
    bool stopped = false;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; e + 8 <= n; e += 8) {
        uint64_t outer = outer8(t + e);
        if (outer) {
            e += (size_t)__builtin_ctzll(outer) / 8;
            stopped = true;
            break;
        }
    }
#endif
    if (!stopped)
        while (e < n && cpi_inner_char(t[e]))
            e++;
    /* '&' (38), '\'' (39), '-' (45) and '.' (46), as bits of one mask */
    unsigned stop = e < n ? (unsigned)(unsigned char)t[e] - '&' : 64;
    if (stop <= '.' - '&' && (0x183u >> stop) & 1) {
        assert(t[e] == '.' || t[e] == '\'' || t[e] == '-' || t[e] == '&');
        e = cpi_word_end(t, n, pos);
    }
    assert(e == cpi_word_end(t, n, pos)); /* (debug builds) */
    return e;
}

/* Is w[0..n) (n <= 3) an abbreviation that keeps its period inside a name
 * ("St. Louis", "Ft. Worth", "Sen. Ann Lee", "N.Y." with its inner
 * period), not a word that ends a sentence ("Biscayne Bay. Fort
 * Lauderdale", "run by ATF. Cincinnati")? */
static bool name_abbreviation(const char *w, size_t n) {
    static const char *const ABBREVIATIONS[] = {
        /* sorted */
        "Adm", "Co",  "Col", "Det", "Dr",  "Ft", "Gen", "Gov", "Hon",
        "Jr",  "Lt",  "Maj", "Mr",  "Mrs", "Ms", "Mt",  "No",  "Pt",
        "Rep", "Rev", "Sen", "Sgt", "Sr",  "St", "Ste",
    };
    if (memchr(w, '.', n))
        return true;
    for (size_t i = 0; i < sizeof ABBREVIATIONS / sizeof ABBREVIATIONS[0]; i++)
        if (cpi_str_eq(ABBREVIATIONS[i], w, n))
            return true;
    return n == 1; /* an initial */
}

/* The end of the word at pos that ends at e (word_end), as a run reads it:
 * "St." "Ft." keep their period (name_abbreviation). */
static inline size_t run_word_end(const char *t, size_t n, size_t pos, size_t e) {
    return e < n && t[e] == '.' && e - pos <= 3 && name_abbreviation(t + pos, e - pos)
               ? e + 1
               : e;
}

/* word_end of the capitalised word at pos, the capital *at of the
 * document's index: as the first pass over the blocks read it from its
 * token's memo (a word of 255 bytes or more is measured here). */
static HOT_INLINE size_t capital_end(const cpi_extract *x, const uint32_t *at, const char *t,
                                     size_t n, size_t pos) {
    assert(*at == pos);
    size_t len = x->site_memos->capitals[at - x->capitals].word_len;
    size_t e = len ? pos + len : word_end(t, n, pos);
    assert(e == word_end(t, n, pos)); /* (debug builds) */
    return e;
}

/* A capitalised run: words starting with a capital (or "St."-like), up to
 * MAX_RUN_WORDS, the first starting at the capital *at of the document's
 * index and ending at first_end (its word_end). Fills the word starts and
 * ends and their flags (WORD_..., from the first pass: each word is read
 * once); returns the count. */
static HOT_INLINE size_t capital_run_from(const cpi_extract *x, const uint32_t *at,
                                          const char *t, size_t n, size_t pos, size_t first_end,
                                          size_t *ws, size_t *we, unsigned *flags) {
    assert(*at == pos && pos < n && cpi_is_upper(t[pos]));
    /* (in locals: a byte stored may alias anything) */
    const capital_info *info = x->site_memos->capitals + (at - x->capitals);
    /* the first word, measured by the caller: most runs are that word
     * ("St." "Ft." with their period) */
    size_t e = info->run_len ? pos + info->run_len : run_word_end(t, n, pos, first_end);
    assert(e == run_word_end(t, n, pos, first_end)); /* (debug builds) */
    ws[0] = pos;
    we[0] = e;
    flags[0] = info->flags;
    size_t k = 1;
    while (k < MAX_RUN_WORDS && e + 1 < n && t[e] == ' ' && cpi_is_upper(t[e + 1])) {
        size_t i = e + 1;
        /* the run's words are capitals of the index, in order: mostly the
         * next entry ("AT&T" holds two) */
        while (*at < i) {
            at++;
            info++;
        }
        e = info->run_len ? i + info->run_len : run_word_end(t, n, i, word_end(t, n, i));
        assert(e == run_word_end(t, n, i, capital_end(x, at, t, n, i))); /* (debug builds) */
        ws[k] = i;
        we[k] = e;
        flags[k] = info->flags;
        k++;
    }
    return k;
}

/* A state qualifier at pos: a state name, AP abbreviation or postal code. */
static int state_lookup_dict(const cpi_extract *x, const char *t, size_t n, size_t pos,
                             size_t *end) {
    const cpi_dict_entry *e = cpi_dict_match(&x->k->states, t, n, pos);
    if (e) {
        *end = pos + e->len;
        return (int)e->value;
    }
    if (pos + 2 <= n && cpi_is_upper(t[pos]) && cpi_is_upper(t[pos + 1]) &&
        (pos + 2 == n || !cpi_is_alpha(t[pos + 2]))) {
        e = cpi_dict_match(&x->k->postal, t, n, pos);
        if (e) {
            *end = pos + 2;
            return (int)e->value;
        }
    }
    return -1;
}

/* The bytes of s[0..len) (len <= 16), zero-padded, in two words, the
 * first byte lowest. */
static inline void token_key(const char *s, size_t len, uint64_t key[2]) {
    key[0] = key[1] = 0;
    for (size_t i = 0; i < len; i++)
        key[i / 8] |= (uint64_t)(unsigned char)s[i] << (8 * (i % 8));
}

/* The bit of a word (its key and length) in first_word_filter. */
static inline uint64_t first_word_bit(uint64_t key0, size_t len) {
    return (uint64_t)1 << (((key0 + len) * 0x9E3779B97F4A7C15ull) >> 58);
}

/* Is the word (key and len, len at most STATE_TOKEN_MAX) the first word of
 * a state's name of several words ("New", "North")? */
static inline bool state_first_word(const struct cpi_site_cache *c, uint64_t key0,
                                    uint64_t key1, size_t len) {
    if (!(c->first_word_filter & first_word_bit(key0, len)))
        return false;
    for (size_t j = 0; j < c->first_word_count; j++)
        if (c->first_word_len[j] == len && c->first_words[j][0] == key0 &&
            c->first_words[j][1] == key1)
            return true;
    return false;
}

/* Record the first words of the states' names of several words (the
 * memo's words that can start a longer name). */
static void note_state_first_words(struct cpi_site_cache *c, const cpi_knowledge *k) {
    for (size_t i = 0; i < cpi_state_count && i < 128; i++) {
        size_t len = strlen(cpi_states[i].name);
        c->state_name_len[i] = (uint8_t)(len < 255 ? len : 255);
    }
    c->state_letters_known = cpi_state_count < 128;
    for (size_t i = 0; i < cpi_state_count; i++)
        if ((i > 0 && (cpi_states[i - 1].name[0] | 0x20) > (cpi_states[i].name[0] | 0x20)) ||
            (i < 128 && c->state_name_len[i] == 255))
            c->state_letters_known = false; /* (searched in full then) */
    size_t row = 0;
    for (unsigned letter = 0; letter <= 26 && c->state_letters_known; letter++) {
        while (row < cpi_state_count &&
               (unsigned char)(cpi_states[row].name[0] | 0x20) < 'a' + letter)
            row++;
        c->state_letter_from[letter] = (uint8_t)row;
    }
    c->first_word_count = 0;
    c->first_word_filter = 0;
    for (size_t i = 0; i < k->states.count; i++) {
        const char *p = k->states.entries[i].phrase;
        const char *space = memchr(p, ' ', k->states.entries[i].len);
        if (!space)
            continue;
        size_t len = (size_t)(space - p);
        uint64_t key[2];
        if (len > STATE_TOKEN_MAX)
            continue; /* (such a word is never remembered) */
        token_key(p, len, key);
        size_t j = 0;
        while (j < c->first_word_count &&
               !(c->first_word_len[j] == len && c->first_words[j][0] == key[0] &&
                 c->first_words[j][1] == key[1]))
            j++;
        if (j < c->first_word_count)
            continue;
        assert(j < STATE_FIRST_WORDS); /* (debug builds) */
        if (j >= STATE_FIRST_WORDS) {
            c->first_word_count = SIZE_MAX; /* (none remembered then) */
            return;
        }
        c->first_words[j][0] = key[0];
        c->first_words[j][1] = key[1];
        c->first_word_len[j] = (uint8_t)len;
        c->first_word_filter |= first_word_bit(key[0], len);
        c->first_word_count++;
    }
}

/* state_lookup_dict, remembered by the worker for the word at pos: a
 * phrase of several words only matches where the text's first word is its
 * first word, so that the rest of the text decides nothing for others
 * (the byte after the word is a space or the end: a boundary either way).
 * The postal code's test reads at most the byte after two letters. */
static int state_lookup_passed(const cpi_extract *x, const char *t, size_t n, size_t pos,
                               size_t *end) {
    assert(cpi_may_start_state(t, n, pos)); /* (debug builds) */
    struct cpi_site_cache *c = x->cache->sites_read;
    /* the word: its bytes up to a space or the text's end, as a key */
    uint64_t key[2] = {0, 0};
    size_t len = 0, room = n - pos;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (room >= 8) { /* eight bytes at a time: the first space's byte */
        const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        uint64_t a;
        memcpy(&a, t + pos, 8);
        uint64_t sa = a ^ ones * ' ';
        sa = (sa - ones) & ~sa & highs; /* (exact up to the first space) */
        if (sa) {
            len = (size_t)__builtin_ctzll(sa) / 8; /* (not 0: t[pos] is a capital) */
            key[0] = a & (((uint64_t)1 << (8 * len)) - 1);
        } else if (room >= 16) {
            uint64_t b;
            memcpy(&b, t + pos + 8, 8);
            uint64_t sb = b ^ ones * ' ';
            sb = (sb - ones) & ~sb & highs;
            key[0] = a;
            if (sb) {
                len = 8 + (size_t)__builtin_ctzll(sb) / 8;
                key[1] = len == 8 ? 0 : b & (((uint64_t)1 << (8 * (len - 8))) - 1);
            } else {
                len = room == 16 || t[pos + 16] == ' ' ? 16 : STATE_TOKEN_MAX + 1;
                key[1] = b;
            }
        } else {
            key[0] = a;
            for (len = 8; len < room && t[pos + len] != ' '; len++)
                key[1] |= (uint64_t)(unsigned char)t[pos + len] << (8 * (len - 8));
        }
    } else if (n >= 8) {
        /* a word at the text's end ("Ohio"): the eight bytes that end the
         * text, shifted down to the word's first (zeros come in after it,
         * and they are no spaces) */
        const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        uint64_t a;
        memcpy(&a, t + n - 8, 8);
        a >>= 8 * (8 - room); /* (room is 1 or more: t[pos] is a capital) */
        uint64_t sa = a ^ ones * ' ';
        sa = (sa - ones) & ~sa & highs;
        len = sa ? (size_t)__builtin_ctzll(sa) / 8 : room;
        key[0] = len < 8 ? a & (((uint64_t)1 << (8 * len)) - 1) : a;
    } else
#endif
    {
        for (; len < room && len <= STATE_TOKEN_MAX && t[pos + len] != ' '; len++)
            if (len < STATE_TOKEN_MAX)
                key[len / 8] |= (uint64_t)(unsigned char)t[pos + len] << (8 * (len % 8));
    }
    if (len > STATE_TOKEN_MAX || c->first_word_count == SIZE_MAX ||
        (pos > 0 && cpi_dict_word_char((unsigned char)t[pos - 1])))
        return state_lookup_dict(x, t, n, pos, end);
#ifndef NDEBUG
    uint64_t check_key[2]; /* the same key as byte by byte (debug builds) */
    token_key(t + pos, len, check_key);
    assert(check_key[0] == key[0] && check_key[1] == key[1]);
#endif
    uint64_t h = (key[0] * 0x9E3779B97F4A7C15ull) ^ (key[1] * 0xC2B2AE3D27D4EB4Full) ^ len;
    state_memo *m = &c->states[(h ^ h >> 29) & ((1u << STATE_MEMO_BITS) - 1)];
    if (m->len != len || m->key[0] != key[0] || m->key[1] != key[1]) {
        bool longer = state_first_word(c, key[0], key[1], len);
        size_t found_end = pos;
        int st = longer ? -1 : state_lookup_dict(x, t, n, pos, &found_end);
        m->key[0] = key[0];
        m->key[1] = key[1];
        m->len = (uint8_t)len;
        m->longer = longer;
        m->state = (int8_t)st;
        m->found_len = (uint8_t)(found_end - pos);
    }
    if (m->longer)
        return state_lookup_dict(x, t, n, pos, end);
#ifndef NDEBUG
    size_t check_end = pos; /* the same as without the memo (debug builds) */
    int check = state_lookup_dict(x, t, n, pos, &check_end);
    assert(check == m->state && (check < 0 || check_end == pos + m->found_len));
#endif
    if (m->state >= 0)
        *end = pos + m->found_len;
    return m->state;
}

static int state_lookup(const cpi_extract *x, const char *t, size_t n, size_t pos,
                        size_t *end) {
    return cpi_may_start_state(t, n, pos) ? state_lookup_passed(x, t, n, pos, end) : -1;
}

/* As state_lookup, remembered for the capitalised words of the walk `caps`
 * (from where it is on): the extractor asks at the same words in several
 * passes. */
static int state_remembered(cpi_extract *x, const cpi_capitals *caps, const char *t, size_t n,
                            size_t pos, size_t *end) {
    const uint32_t *at = caps->at;
    while (at < caps->end && *at < pos)
        at++;
    if (at == caps->end || *at != pos)
        return state_lookup(x, t, n, pos, end);
    size_t k = (size_t)(at - x->capitals);
    capital_info *info = &x->site_memos->capitals[k];
    if (info->state == -2) {
        size_t e = pos;
        int st = state_lookup_passed(x, t, n, pos, &e); /* (state_at asked the filter) */
        info->state = (int8_t)st;
        info->state_len = (uint8_t)(e - pos); /* state names are short */
    }
    if (info->state >= 0) /* *end untouched when none, as state_lookup */
        *end = pos + info->state_len;
    return info->state;
}

/* The same: most words are turned away by their first bytes, inline, which
 * is cheaper than the memory. */
static HOT_INLINE int state_at(cpi_extract *x, const cpi_capitals *caps, const char *t,
                               size_t n, size_t pos, size_t *end) {
    /* a capital a few words on from the walk's (its names and lists):
     * its state as the first pass read it, when it did */
    const uint32_t *at = caps->at;
    while (at < caps->end && *at < pos)
        at++;
    if (at < caps->end && *at == pos) {
        const capital_info *info = &x->site_memos->capitals[at - x->capitals];
        int st = info->state;
        if (st != -2) {
            if (st >= 0)
                *end = pos + info->state_len;
            return st;
        }
    }
    return cpi_may_start_state(t, n, pos) ? state_remembered(x, caps, t, n, pos, end) : -1;
}

/* May a verb of speech (speech_after's) start with the letters c, d? */
static inline bool speech_start(char c, char d) {
    return (c == 's' && (d == 'a' || d == 't')) || (c == 'a' && (d == 'd' || d == 'n')) ||
           ((c == 't' || c == 'n') && d == 'o') || (c == 'e' && d == 'x') ||
           (c == 'i' && d == 'n');
}

/* Does t[end..n) start with the phrase verb (len bytes), a word ending
 * there? A compare of known length, without a walk over the phrase. */
static inline bool verb_at(const char *t, size_t n, size_t end, const char *verb, size_t len) {
    return n - end >= len && memcmp(t + end, verb, len) == 0 &&
           (end + len == n || !cpi_is_alpha(t[end + len]));
}
#define VERB_AT(t, n, end, literal) verb_at(t, n, end, literal, sizeof(literal) - 1)

/* Does a verb of speech follow at end (a space)? */
static bool speech_after(const char *t, size_t n, size_t end) {
    /* the verbs by first letter: most words after a name start none */
#ifndef NDEBUG
    static const char *const VERBS[] = {" said",   " says",   " stated",    " added",
                                        " announced", " told", " noted", " explained",
                                        " insisted"};
    for (size_t i = 0; i < sizeof VERBS / sizeof VERBS[0]; i++)
        assert(speech_start(VERBS[i][1], VERBS[i][2])); /* speech_start lets each through */
#endif
    switch (t[end + 1]) {
    case 's':
        return VERB_AT(t, n, end, " said") || VERB_AT(t, n, end, " says") ||
               VERB_AT(t, n, end, " stated");
    case 'a': return VERB_AT(t, n, end, " added") || VERB_AT(t, n, end, " announced");
    case 't': return VERB_AT(t, n, end, " told");
    case 'n': return VERB_AT(t, n, end, " noted");
    case 'e': return VERB_AT(t, n, end, " explained");
    case 'i': return VERB_AT(t, n, end, " insisted");
    default: return false;
    }
}

/* Does a verb of speech follow the name ending at end ("Smith said")?
 * Inline, the test of the next two bytes that turns most names away. */
static inline bool followed_by_speech(const char *t, size_t n, size_t end) {
    if (end + 2 >= n || t[end] != ' ')
        return false; /* (every verb is longer) */
    return speech_start(t[end + 1], t[end + 2]) && speech_after(t, n, end);
}

static const char *const PREPOSITIONS[] = { /* sorted */
    "At",     "From",      "In",          "Including",  "Near",  "Nearby",  "Neighboring",
    "Outside", "across",   "at",          "from",       "in",    "including", "near",
    "nearby", "neighboring", "of",        "outside",    "throughout", "to",
};

/* Is the word at prev (SIZE_MAX: none) a preposition that puts a place
 * after it: "in", "at", "from", "including" ...? */
static bool place_preposition(const cpi_extract *x, const char *t, size_t n, size_t prev) {
        return prev != SIZE_MAX &&
           word_in_list(x, WL_PREPOSITION, CPI_WORDS(PREPOSITIONS), t + prev,
                        cpi_inner_len(t, n, prev));
}

/* Is the name at `start` after such a preposition ("officials in Seattle
 * said", "Rosa Delgado of Bernalillo County said")? Then what speaks is the
 * place's people, and the name is the place's. */
static bool after_place_preposition(const cpi_extract *x, const char *t, size_t n, size_t start) {
    return place_preposition(x, t, n, cpi_prev_word(t, start));
}

/* Is the name at `start` the last of places after such a preposition ("in
 * Milwaukee and Baltimore said")? */
static bool after_place_list(const cpi_extract *x, const char *t, size_t n, size_t start) {
    size_t p = cpi_prev_word(t, start);
    if (p == SIZE_MAX || !(cpi_word_is(t, n, p, "and") || cpi_word_is(t, n, p, "or")))
        return false;
    size_t q = cpi_prev_word(t, p); /* back over the name before it */
    for (int words = 0; words < 4 && q != SIZE_MAX && cpi_is_upper(t[q]); words++) {
        if (after_place_preposition(x, t, n, q))
            return true;
        q = cpi_prev_word(t, q);
    }
    return false;
}

/* The token at pos (t[pos] a capital): its bytes up to a space or the
 * text's end, as the key (zero-padded, the first byte lowest); its
 * length, or TOKEN_MAX + 1 when it is longer. */
static HOT_INLINE size_t token_at(const char *t, size_t n, size_t pos, uint64_t key[2]) {
    size_t room = n - pos;
    key[0] = key[1] = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n >= 8) {
        const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
        uint64_t a;
        if (room >= 8) {
            memcpy(&a, t + pos, 8);
        } else {
            /* the text's last eight bytes, shifted down to pos (zeros
             * come in after the end: no spaces) */
            memcpy(&a, t + n - 8, 8);
            a >>= 8 * (8 - room);
        }
        uint64_t sa = a ^ ones * ' '; /* (exact up to the first space) */
        sa = (sa - ones) & ~sa & highs;
        if (sa) { /* (most words) */
            size_t len = (size_t)__builtin_ctzll(sa) / 8; /* (not 0: t[pos] is a capital) */
            key[0] = a & (((uint64_t)1 << (8 * len)) - 1);
            return len;
        }
        key[0] = a;
        if (room <= 8)
            return room;
        uint64_t b;
        if (room >= 16) {
            memcpy(&b, t + pos + 8, 8);
        } else {
            memcpy(&b, t + n - 8, 8);
            b >>= 8 * (16 - room);
        }
        uint64_t sb = b ^ ones * ' ';
        sb = (sb - ones) & ~sb & highs;
        if (sb) {
            size_t len = 8 + (size_t)__builtin_ctzll(sb) / 8;
            key[1] = b & (((uint64_t)1 << (8 * (len - 8))) - 1);
            return len;
        }
        key[1] = b;
        if (room <= 16)
            return room;
        return t[pos + 16] == ' ' ? 16 : TOKEN_MAX + 1;
    }
#endif
    size_t len = 0;
    for (; len < room && t[pos + len] != ' '; len++) {
        if (len == TOKEN_MAX)
            return TOKEN_MAX + 1;
        key[len / 8] |= (uint64_t)(unsigned char)t[pos + len] << (8 * (len % 8));
    }
    return len;
}


/* Does the filter of the presidents' names let a name at pos through
 * (cpi_dict_match_word finds none where it does not)? */
static inline bool may_name_president(const cpi_extract *x, const char *t, size_t n, size_t pos) {
    const cpi_dict *d = &x->k->presidents;
    const unsigned char *u = (const unsigned char *)t + pos;
    return d->shorts || (n - pos >= 3 && cpi_dict_has_bit(d->triples,
                                                          cpi_dict_triple_bit(u[0], u[1], u[2])));
}

/* The flags (WORD_...) of the capitalised word at pos, its token len bytes
 * long, that ends at e (word_end) and that a run reads to run_e; `high`
 * when a byte of the token (the word's, or after it) is no ASCII. */
static unsigned word_flags_of(const cpi_extract *x, const char *t, size_t len, size_t pos,
                              size_t e, size_t run_e, bool high) {
    const cpi_dict *regions = &x->k->regions;
    const unsigned char *u = (const unsigned char *)t + pos;
    const char *w = t + pos;
    size_t rn = run_e - pos;
    unsigned flags = 0;
    /* (the filter reads three bytes: the token's, when it has them) */
    if (regions->shorts || len < 3 ||
        cpi_dict_has_bit(regions->triples, cpi_dict_triple_bit(u[0], u[1], u[2])))
        flags |= WORD_REGION;
    const cpi_dict *joined = &x->k->joined;
    if (joined->shorts || len < 3 ||
        cpi_dict_has_bit(joined->triples, cpi_dict_triple_bit(u[0], u[1], u[2])))
        flags |= WORD_JOINED;
    /* the lists the word is in, in one probe of their table (the word as
     * word_end ends it is mostly the word as a run reads it) */
    unsigned lists = word_lists(x, w, rn);
    unsigned word_end_lists = e - pos == rn ? lists : word_lists(x, w, e - pos);
    assert(!(word_end_lists & WL_FUNCTION) == !function_word(x, w, e - pos));
    assert(!(lists & WL_FUNCTION) == !function_word(x, w, rn));

    assert(!(lists & WL_ORG) == !org_of_place(x, w, rn));
    assert(!(lists & WL_AGENCY) == !local_agency(x, w, rn));
    assert(!(lists & WL_OFFICE) == !office_word(w, rn)); /* (debug builds) */
    if (word_end_lists & WL_FUNCTION)
        flags |= WORD_FUNCTION;
    if (spelled_count(w, e - pos))
        flags |= WORD_COUNT;
    if (lists & WL_FUNCTION)
        flags |= WORD_RUN_FUNCTION;
    if (is_county_word(w, rn))
        flags |= WORD_COUNTY;
    if (rn == 8 && (memcmp(w, "Counties", 8) == 0 || memcmp(w, "Parishes", 8) == 0))
        flags |= WORD_PLURAL;
    if (lists & WL_ORG)
        flags |= WORD_ORG;
    if (lists & WL_AGENCY)
        flags |= WORD_AGENCY;
    if (lists & WL_OFFICE)
        flags |= WORD_OFFICE;
    if (memchr(w, '-', rn))
        flags |= WORD_DASH;
    bool possessive = rn > 2 && w[rn - 2] == '\'' && w[rn - 1] == 's';
    if (possessive)
        flags |= WORD_POSSESSIVE;
    /* (a word with high bytes may end any name: may_name_place says so) */
    if (high || is_county_word(w, rn) || may_name_place(w, rn) ||
        (possessive && (is_county_word(w, rn - 2) || may_name_place(w, rn - 2))))
        flags |= WORD_PLACE_END;
    if (high)
        flags |= WORD_HIGH;
    /* (cpi_dict_match's filters on one, two and three bytes: the token's,
     * when it has three; a capital of the index starts a word) */
    const cpi_dict *programs = &x->k->programs;
    if (len < 3 || cpi_dict_has_bit(programs->single, u[0]) ||
        cpi_dict_has_bit(programs->pairs, cpi_dict_pair_bit(u[0], u[1])) ||
        cpi_dict_has_bit(programs->triples, cpi_dict_triple_bit(u[0], u[1], u[2])))
        flags |= WORD_PROGRAM;
    return flags;
}

#if defined(__GNUC__)
#define COLD __attribute__((noinline, cold))
#define NOINLINE __attribute__((noinline))
#else
#define COLD
#define NOINLINE
#endif

/* Fill the memo m for the token at pos (len bytes, key), or for a token
 * longer than TOKEN_MAX (m then only the caller's). */
static COLD void fill_token_memo(cpi_extract *x, const struct cpi_site_cache *c, token_memo *m,
                                 const char *t, size_t n, size_t pos, size_t len, uint64_t key0,
                                 uint64_t key1) {
    /* (the key's words by value: the caller's stay in registers) */
    size_t e = word_end(t, n, pos);
    memset(&m->info, 0, sizeof m->info);
    m->key[0] = key0;
    m->key[1] = key1;
    m->len = (uint8_t)(len <= TOKEN_MAX ? len : 0);
    m->info.word_len = (uint8_t)(e - pos < 255 ? e - pos : 0); /* (0: measured when read) */
    size_t run_e = run_word_end(t, n, pos, e);
    m->info.run_len = (uint8_t)(run_e - pos < 255 ? run_e - pos : 0);
    /* (the token's bytes are in its key, up to TOKEN_MAX of them) */
    bool high = false;
    if (len <= TOKEN_MAX)
        high = ((key0 | key1) & 0x8080808080808080ull) != 0;
    else
        for (size_t j = pos; j < run_e && !high; j++)
            high = (unsigned char)t[j] >= 0x80;
    assert(len > TOKEN_MAX || run_e - pos <= len); /* (the word is in its token: debug builds) */
    m->info.flags = (uint16_t)word_flags_of(x, t, len, pos, e, run_e, high);
    /* (the filter reads three bytes: the token's, when it has them) */
    m->president = len < 3 || may_name_president(x, t, n, pos);
    bool own = len < 3 || len > TOKEN_MAX || c->first_word_count == SIZE_MAX ||
               state_first_word(c, key0, key1, len);
    size_t state_end = pos;
    m->info.state = own ? TOKEN_STATE_OWN
                        : (int8_t)(cpi_may_start_state(t, n, pos)
                                       ? state_lookup_dict(x, t, n, pos, &state_end)
                                       : -1);
    m->info.state_len = (uint8_t)(state_end - pos);
}

/* The worker's memo of the token at pos (len bytes, key): made when new
 * (slots are overwritten). A token longer than TOKEN_MAX is read into
 * `own` each time. */
static HOT_INLINE const token_memo *token_memo_at(cpi_extract *x, struct cpi_site_cache *c,
                                                  token_memo *own, const char *t, size_t n,
                                                  size_t pos, size_t len,
                                                  const uint64_t key[2]) {
    if (len > TOKEN_MAX) {
        fill_token_memo(x, c, own, t, n, pos, len, key[0], key[1]);
        return own;
    }
    uint64_t h = (key[0] * 0x9E3779B97F4A7C15ull) ^ (key[1] * 0xC2B2AE3D27D4EB4Full);
    size_t slot = (size_t)((h ^ len) >> (64 - TOKEN_MEMO_BITS));
    token_memo *m = &c->tokens[slot];
    if (m->key[0] == key[0] && m->len == len && m->key[1] == key[1])
        return m;
    /* two slots for a token: two frequent tokens of one slot ("Officials"
     * and "FOR") do not put each other out at every turn */
    token_memo *other = &c->tokens[slot ^ 1];
    if (other->key[0] == key[0] && other->len == len && other->key[1] == key[1])
        return other;
    *other = *m; /* (the one put out: the older of the two) */
    fill_token_memo(x, c, m, t, n, pos, len, key[0], key[1]);
    return m;
}

/* The end of a run of capitalised words, ws/we its first word and
 * last_start its last word's start: when a verb of speech follows, its
 * last word is a person's surname ("Smith said"), unless the run is a
 * function word or the name follows a preposition of place. */
static NOINLINE void note_speaker_slow(cpi_extract *x, const char *t, size_t n, size_t ws,
                                       size_t last_start, size_t end) {
    if (speech_after(t, n, end) && !after_place_preposition(x, t, n, ws) &&
        !after_place_list(x, t, n, ws) && !names_county(t + ws, end - ws))
        cpi_note_person(x, t + last_start,
                        end - last_start); /* (no "Horry County added") */
}

/* (inline: the two bytes after the run, or a run of one function word
 * ("Officials said"), turn most away; first_flags are the first word's) */
static inline void note_speaker(cpi_extract *x, const char *t, size_t n, size_t k, size_t ws,
                                size_t we, unsigned first_flags, size_t last_start, size_t end) {
    assert(!(first_flags & WORD_RUN_FUNCTION) == !function_word(x, t + ws, we - ws));
    (void)we;
    if (end + 2 < n && t[end] == ' ' && speech_start(t[end + 1], t[end + 2]) &&
        !(k == 1 && (first_flags & WORD_RUN_FUNCTION)))
        note_speaker_slow(x, t, n, ws, last_start, end);
}

/* BLOCK_COUNTIES when " counties" or " parishes" follows the token of
 * the last word of a run of capitalised words that ends at end ("Calif."
 * "Ohio's"): a name of a list that word ends is the last of capitalised
 * words (a capital never follows it), and county_list_end reads only
 * from such names' ends, or from a space where no capital follows.
 * BLOCK_NEIGHBORHOODS when " neighborhood(s)" follows the run right away
 * (neighborhoods_after reads only in such blocks). */
static inline unsigned counties_after(const char *t, size_t n, size_t end) {
    size_t p = end;
    while (p < n && t[p] != ' ')
        p++; /* (mostly none or one byte: "," ".") */
    if (n - p < 9 || (t[p + 1] != 'c' && t[p + 1] != 'p' && t[p + 1] != 'n'))
        return 0;
    if (t[p + 1] == 'n')
        return p == end && n - p >= 13 && memcmp(t + p, " neighbo", 8) == 0 &&
                       (t[p + 8] == 'r' || t[p + 8] == 'u')
                   ? BLOCK_NEIGHBORHOODS
                   : 0;
    return memcmp(t + p, " counties", 9) == 0 || memcmp(t + p, " parishes", 9) == 0 ||
                   memcmp(t + p, " county ", 8) == 0
               ? BLOCK_COUNTIES
               : 0;
}

/* A president named at the start of a run ("Biden", "President Trump"). */
static NOINLINE void note_president(cpi_extract *x, const char *t, size_t n, size_t i) {
    /* (a capitalised word starts a word: no boundary to test) */
    const cpi_dict_entry *pe = cpi_dict_match_word(&x->k->presidents, t, n, i);
    assert(pe == cpi_dict_match(&x->k->presidents, t, n, i)); /* (debug builds) */
    if (pe && (strchr(pe->phrase, ' ') ||
               (i >= 10 && memcmp(t + i - 10, "President ", 10) == 0))) {
        size_t s = pe->len;
        while (s > 0 && pe->phrase[s - 1] != ' ')
            s--;
        cpi_note_person(x, pe->phrase + s, pe->len - s);
    }
}

/* Is "Washington" at t[i..end) the capital or the government, as this
 * genre writes it alone ("the case to Washington", "asking Washington to
 * come in", "a meeting in Washington"), not the state: no "State" after
 * it, and no comma or "and" that lists it with other states ("Oregon and
 * Washington", "Washington, Oregon and Idaho")? */
static bool washington_alone(const char *t, size_t n, size_t i, size_t end) {
    return !(end < n && t[end] == ',') && !cpi_starts_with(t, n, end, " and ") &&
           !cpi_starts_with(t, n, end, " or ") && !cpi_starts_with(t, n, end, " State") &&
           !cpi_starts_with(t, n, end, " state") && !cpi_ends_with(t, i, " and ") &&
           !cpi_ends_with(t, i, ", ");
}

/* "a meeting in Washington", "a gathering of police chiefs in
 * Washington", "here in Washington": "Washington" alone (t[i..end)) where
 * people gather, or where the speaker stands, is the capital. (Asked
 * where the text names no place of the state.) */
static bool capital_in(const char *t, size_t n, size_t i, size_t end) {
    return washington_alone(t, n, i, end) &&
           (cpi_gathering_before(t, i) || cpi_ends_with(t, i, "here in ") ||
            cpi_ends_with(t, i, "Here in "));
}

/* Before places are read: the states the document names and the people
 * it names speaking or presiding, in one walk over each block's
 * capitalised words. Each word is looked up once in the worker's memo of
 * tokens: its length (kept for read_blocks), the state it starts (kept
 * too) and whether a president's name may start there. The walk weighs
 * the states named, each from where the last one ended, and keeps the
 * run of capitalised words it is in (at most MAX_RUN_WORDS, each from
 * where the last ended): a president's name at a run's start, a verb of
 * speech after its end name people. */
/* Remember where a place's name ends before ", <state st>" ("Springfield,
 * Illinois": its comma in t); later_qualified reads the name back. */
static inline void note_qualified(cpi_extract *x, const char *t, size_t comma, int st) {
    if (x->qualified_count == sizeof x->qualified / sizeof x->qualified[0] || st < 0 ||
        st >= 64 || comma > UINT32_MAX)
        return;
    struct cpi_qualified *q = &x->qualified[x->qualified_count++];
    q->text = t;
    q->comma = (uint32_t)comma;
    q->block = (uint32_t)x->weighing_block;
    q->state = (int8_t)st;
}

/* Weigh the state st (a row) named at the capitalised word i and ending
 * at end; where the next state to weigh may start. */
static NOINLINE size_t weigh_state(cpi_extract *x, const char *t, size_t n, size_t i, int st,
                               size_t end) {
    /* (after a comma, or in parentheses: "Harlan County Sheriff's Office
     * (Ky.)") */
    bool qualifier = (i >= 2 && t[i - 2] == ',') || (i >= 1 && t[i - 1] == '(');
    /* "Kansas City", "New York City", "Washington County", "Wisconsin
     * Ave.": a place's or a street's name, not its state */
    static const char *const NAMED_AFTER[] = {" City",     " Cities", " County",
                                              " Counties", " Parish", " Street",
                                              " St.",      " Avenue", " Ave."};
    bool city_name = false;
    char next = end + 1 < n && t[end] == ' ' ? t[end + 1] : '\0';
    for (size_t k = 0; (next == 'C' || next == 'P' || next == 'S' || next == 'A') &&
                       k < sizeof NAMED_AFTER / sizeof NAMED_AFTER[0];
         k++) /* (their first letters: most words after a state have none) */
        city_name |= cpi_starts_with(t, n, end, NAMED_AFTER[k]) > 0;
    /* "the case to Washington", "money from Washington", "waiting on
     * Washington": the federal government, not the state */
    if (!qualifier && end - i == 10 && t[i] == 'W' &&
        memcmp(t + i, "Washington", 10) == 0 && washington_alone(t, n, i, end))
        city_name = true;
    if (qualifier && t[i - 2] == ',')
        note_qualified(x, t, i - 2, st);
    /* "Kansas City, Kansas": the state named to tell the smaller of two
     * namesakes, which says nothing of the text's bare "Kansas City" */
    size_t len = end - i;
    if (qualifier && t[i - 2] == ',' && i >= len + 7 &&
        memcmp(t + i - 7, " City", 5) == 0 && memcmp(t + i - 7 - len, t + i, len) == 0)
        return end + 1;
    if (st < 64 && (qualifier || end - i > 3) && !(end - i == 2 && !qualifier) && !city_name) {
        x->state_weight[st] += qualifier ? 1 : 2;
        return end + 1;
    }
    return i + 1;
}

/* weigh_state at a capital whose token leaves the state to be asked. */
static COLD size_t weigh_own_state(cpi_extract *x, cpi_capitals walk, const char *t, size_t n,
                                   size_t i) {
    /* (the walk by value: the caller's stays in registers) */
    const cpi_capitals *caps = &walk;
    size_t end = i;
    int st = state_at(x, caps, t, n, i, &end);
    if (st < 0) {
        /* (remembered as none, also where the filter said so: read_blocks
         * asks again at most words) */
        x->site_memos->capitals[caps->at - x->capitals].state = -1;
        return i + 1;
    }
    return weigh_state(x, t, n, i, st, end);
}

static NOINLINE void weigh_states_and_speakers(cpi_extract *x) {
    const cp_document *doc = x->doc;
    struct cpi_site_cache *c = x->cache->sites_read;
    /* (in locals: a byte stored through these may alias anything) */
    const uint32_t *capitals = x->capitals;
    capital_info *infos = x->site_memos->capitals;
    token_memo own; /* (a long token's) */
    for (size_t b = 0; b < doc->block_count; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        cpi_capitals caps = cpi_capitals_of(x, b);
        size_t weigh_from = 0;
        x->weighing_block = b;
        /* the open run: its words (0: none), its first word, its last
         * word's start and its end */
        size_t run_words = 0, first = 0, first_end = 0, last = 0, run_end = 0;
        unsigned first_flags = 0, block_flags = 0;
        for (; caps.at < caps.end; caps.at++) {
            size_t i = *caps.at;
            uint64_t key[2];
            size_t len = token_at(t, n, i, key);
#ifndef NDEBUG
            if (len <= TOKEN_MAX) { /* the same key as byte by byte (debug builds) */
                uint64_t check_key[2];
                size_t check_len = 0;
                while (i + check_len < n && t[i + check_len] != ' ')
                    check_len++;
                token_key(t + i, len, check_key);
                assert(check_len == len && check_key[0] == key[0] && check_key[1] == key[1]);
            }
#endif
            const token_memo *m = token_memo_at(x, c, &own, t, n, i, len, key);
            size_t k = (size_t)(caps.at - capitals);
            infos[k] = m->info; /* (TOKEN_STATE_OWN: -2, asked when read) */
            block_flags |= m->info.flags & WORD_PLURAL;
            int st = m->info.state;
            /* (long words are measured when read: 0) */
            size_t run_e =
                m->info.run_len ? i + m->info.run_len : run_word_end(t, n, i, word_end(t, n, i));
            assert(run_e == run_word_end(t, n, i, word_end(t, n, i)));
            if (i >= weigh_from) {
                assert(st == TOKEN_STATE_OWN || st == state_at(x, &caps, t, n, i, &(size_t){i}));
                weigh_from = st == -1                ? i + 1
                             : st == TOKEN_STATE_OWN ? weigh_own_state(x, caps, t, n, i)
                                                     : weigh_state(x, t, n, i, st, i + m->info.state_len);
            }
            if (run_words) {
                if (i < run_end)
                    continue; /* inside the run's last word ("AT&T") */
                if (run_words < MAX_RUN_WORDS && i == run_end + 1 && t[run_end] == ' ') {
                    run_words++; /* the run goes on */
                    last = i;
                    run_end = run_e;
                    continue;
                }
                note_speaker(x, t, n, run_words, first, first_end, first_flags, last, run_end);
                block_flags |= counties_after(t, n, run_end);
            }
            /* a run starts here */
            if (m->president && may_name_president(x, t, n, i))
                note_president(x, t, n, i);
            run_words = 1;
            first = last = i;
            first_end = run_end = run_e;
            first_flags = m->info.flags;
        }
        if (run_words) {
            note_speaker(x, t, n, run_words, first, first_end, first_flags, last, run_end);
            block_flags |= counties_after(t, n, run_end);
        }
        x->site_memos->block_flags[b] = (uint8_t)block_flags;
    }
}

/* Does the block hold a bar in its first 64 bytes, as a table's row, or
 * "; " (the cells of a row that wide gaps separated, as loading reads
 * them)? */
static bool has_cells(const cp_block *row) {
    const char *t = cpi_block_text(row);
    size_t n = row->text_size < 64 ? row->text_size : 64;
    if (memchr(t, '|', n))
        return true;
    const char *semi = memchr(t, ';', n);
    return semi && (size_t)(semi - t) + 1 < row->text_size && semi[1] == ' ';
}

/* The block of the first row of the table block b is a row of (the blocks of
 * lines right before it with cells in them), or SIZE_MAX when b has no
 * cells or the walk back passes ROWS_BACK rows (a longer table is read as
 * none). */
static size_t table_first_row(const cp_document *doc, const cp_block *b) {
    enum { ROWS_BACK = 64 };
    if (!has_cells(b))
        return SIZE_MAX;
    size_t at = (size_t)(b - doc->blocks);
    for (size_t k = 0; at > 0 && doc->blocks[at - 1].line + 1 == doc->blocks[at].line &&
                       has_cells(&doc->blocks[at - 1]);
         k++, at--)
        if (k == ROWS_BACK)
            return SIZE_MAX;
    return at;
}

/* Is block b a row of a table whose first cell of its first row is
 * "State" ("State | Code | Total allocation", "| State | Award |")? Its
 * rows then name states: "New York | NY | $113,418,054" is the state, not
 * the city. The table's rows are the blocks of the lines right before b's
 * with cells in them (has_cells: bars, or columns set apart by wide gaps);
 * the walk back is bounded (a longer table is read as no table of
 * states). */
static bool row_of_state_table(const cp_document *doc, const cp_block *b) {
    size_t at = table_first_row(doc, b);
    if (at == SIZE_MAX)
        return false;
    const char *t = cpi_block_text(&doc->blocks[at]);
    size_t n = doc->blocks[at].text_size, i = 0;
    while (i < n && (t[i] == '|' || t[i] == ' '))
        i++;
    size_t e = i;
    while (e < n && cpi_is_alpha(t[e]))
        e++;
    return cpi_starts_with(t, n, i, "State") &&
           (e - i == 5 || (e - i == 6 && t[i + 5] == 's')) && e < n &&
           (t[e] == ' ' || t[e] == '|' || t[e] == ';');
}

/* The column of a row's cell at `pos`: the cell separators before it
 * (bars, or the "; " of cells that wide gaps separated). */
static size_t cell_column(const char *t, size_t pos, bool bars) {
    size_t column = 0;
    for (size_t k = 0; k < pos; k++)
        column += bars ? t[k] == '|' : t[k] == ';' && t[k + 1] == ' ';
    return column;
}

/* Is the cell at `start` of row b under a heading "County" ("COUNTY",
 * "Counties"), or "Parish", in its table's first row? Its bare names are
 * then counties ("| Summit | $400,000 |") or parishes ("| Caddo |"), not
 * towns of those names: which, or NOT_COUNTY_COLUMN (0). Under "City"
 * ("CITY", "Cities"): CITY_COLUMN, its names read as places ("| Sedalia |
 * 12 |"). The walk back is bounded as row_of_state_table's. */
enum { NOT_COUNTY_COLUMN, COUNTY_COLUMN, PARISH_COLUMN, CITY_COLUMN };
static int in_county_column(const cp_document *doc, const cp_block *b, size_t start) {
    enum { HEADER_MAX = 256, ROW_MAX = 2048 };
    if (start > ROW_MAX)
        return NOT_COUNTY_COLUMN; /* (no row's cell: its column is not counted) */
    size_t at = table_first_row(doc, b);
    if (at == SIZE_MAX || &doc->blocks[at] == b)
        return NOT_COUNTY_COLUMN; /* (the first row is the heading) */
    const char *t = cpi_block_text(b);
    bool bars = memchr(t, '|', b->text_size < 64 ? b->text_size : 64) != NULL;
    size_t column = cell_column(t, start, bars);
    const char *h = cpi_block_text(&doc->blocks[at]);
    size_t n =
        doc->blocks[at].text_size < HEADER_MAX ? doc->blocks[at].text_size : HEADER_MAX;
    size_t i = 0;
    for (size_t c = 0; c < column && i < n; i++)
        c += bars ? h[i] == '|' : h[i] == ';' && i + 1 < n && h[i + 1] == ' ';
    while (i < n && h[i] == ' ')
        i++;
    size_t e = i;
    while (e < n && cpi_is_alpha(h[e]))
        e++;
    static const char *const HEADINGS[] = {"COUNTIES", "COUNTY", "Counties",
                                           "County",   "PARISH", "Parish"};
    static const char *const CITY_HEADINGS[] = {"CITIES", "CITY", "Cities", "City"};
    if (e == i || !(e == n || h[e] == ' ' || h[e] == '|' || h[e] == ';'))
        return NOT_COUNTY_COLUMN;
    if (cpi_word_in(CPI_WORDS(CITY_HEADINGS), h + i, e - i))
        return CITY_COLUMN;
    if (!cpi_word_in(CPI_WORDS(HEADINGS), h + i, e - i))
        return NOT_COUNTY_COLUMN;
    return h[i + 1] == 'A' || h[i + 1] == 'a' ? PARISH_COLUMN : COUNTY_COLUMN;
}

/* "| Columbia Police Department | SC |": in a table row, the next cell
 * names the state of the place in this one (its row, or -1). */
static int table_cell_state(cpi_extract *x, const char *t, size_t n, size_t run_end) {
    /* a row whose cells tabs or wide gaps separated, which read as "; ",
     * with a postal code's cell ("Jackson County; MO; $400,000"; a list
     * in prose, "Milwaukee; New York; ...", has none) */
    if (run_end + 4 <= n && t[run_end] == ';' && t[run_end + 1] == ' ' &&
        cpi_is_upper(t[run_end + 2]) && cpi_is_upper(t[run_end + 3]) &&
        (run_end + 4 == n || t[run_end + 4] == ';')) {
        size_t end = run_end + 2;
        int st = state_lookup(x, t, n, run_end + 2, &end);
        return st >= 0 && end == run_end + 4 ? st : -1;
    }
    /* the end of this cell: its next bar, within the rest of a name
     * ("Kalamazoo Department of Public Safety | MI |") */
    size_t rest = n - run_end < 48 ? n - run_end : 48;
    const char *bar = memchr(t + run_end, '|', rest);
    if (!bar || bar == t + run_end || bar[-1] != ' ' || (size_t)(bar - t) + 2 >= n ||
        bar[1] != ' ')
        return -1;
    size_t cell = (size_t)(bar - t) + 2, end = cell;
    int st = state_lookup(x, t, n, cell, &end);
    if (st < 0 || !(end == n || cpi_starts_with(t, n, end, " |")))
        return -1;
    return st;
}

/* The state that qualifies the next item of the list the name ending at
 * `end` heads, within its sentence ("... Reservation and in Rapid City,
 * South Dakota"), or -1. */
static int state_listed_next(cpi_extract *x, const cpi_capitals *caps, const char *t,
                             size_t n, size_t end) {
    enum { LOOK = 64 };
    static const char *const JOINTS[] = {" and in ", " and ", ", and ", ", "};
    size_t at = 0;
    for (size_t k = 0; k < sizeof JOINTS / sizeof JOINTS[0] && !at; k++)
        at = cpi_starts_with(t, n, end, JOINTS[k]);
    if (!at)
        return -1;
    for (size_t i = end + at; i + 2 < n && i < end + LOOK; i++) {
        if (t[i] == '.' || t[i] == ';' || t[i] == ':')
            return -1;
        size_t state_end = i + 2;
        if (t[i] == ',' && t[i + 1] == ' ' && cpi_is_upper(t[i + 2]))
            return state_at(x, caps, t, n, i + 2, &state_end);
    }
    return -1;
}

/* Is name[0..len) "<Place> City" before a city's own body ("the
 * Montgomery City Council", "Carson City Hall" is not) where only <Place>
 * is of a state in view: that city's council, not a town called
 * "Montgomery City" of another state? */
static bool city_of_council(const cpi_extract *x, const char *name, size_t len,
                            const char *next, size_t next_len) {
    static const char *const BODIES[] = {/* sorted */
                                         "Attorney", "Clerk",   "Commission", "Council",
                                         "Hall",     "Manager", "Schools"};
    if (len < 7 || memcmp(name + len - 5, " City", 5) != 0 ||
        !cpi_word_in(CPI_WORDS(BODIES), next, next_len))
        return false;
    size_t first = 0, rows = rows_named(x, name, len, false, &first);
    for (size_t r = first; r < first + rows; r++)
        if (state_in_view(x, cpi_places[r].state))
            return false;
    size_t short_len = len - 5;
    if (names_county(name, short_len) || !may_name_place(name, short_len))
        return false;
    rows = rows_named(x, name, short_len, false, &first);
    for (size_t r = first; r < first + rows; r++)
        if (state_in_view(x, cpi_places[r].state))
            return true;
    return false;
}

/* "The designated counties are, in Kentucky, Bell, Clay and Knox counties;
 * in Tennessee, Campbell and Knox counties": the state that opens the list
 * the name at `start` is an item of ("in <State>, " within its clause,
 * only names and joints between), or -1. */
static int state_opening_list(const cpi_extract *x, const char *t, size_t n,
                              size_t start) {
    enum { LIST_BACK = 256 };
    size_t from = start > LIST_BACK ? start - LIST_BACK : 0, p = start;
    while (p > from && t[p - 1] != ';' && t[p - 1] != '.' && t[p - 1] != ':')
        p--;
    int st = -1;
    for (size_t q = p; q + 4 < start; q++) {
        if (t[q] != 'i' || t[q + 1] != 'n' || t[q + 2] != ' ' ||
            (q > p && t[q - 1] != ' '))
            continue;
        size_t end = q + 3;
        int found = state_lookup(x, t, n, q + 3, &end);
        if (found < 0 || end + 2 > start || t[end] != ',' || t[end + 1] != ' ')
            continue;
        bool names_only = true;
        for (size_t k = end + 2; k < start && names_only; k++)
            names_only = cpi_is_alpha(t[k]) || t[k] == ' ' || t[k] == ',' ||
                         t[k] == '\'' || t[k] == '-' || t[k] == '.';
        if (names_only)
            st = found; /* (the last one: "in Kentucky, ...; in Tennessee, ...") */
    }
    return st;
}

/* "- Missouri - 3 awards" over "  - Springfield: $1,000,000": the state
 * a nested list item's parent item opens with, where the bare name[0..len)
 * has a reading in it; or -1. */
static int parent_item_state(const cpi_extract *x, const cp_block *b, const char *name,
                             size_t len) {
    enum { ITEMS_BACK = 64 };
    const cp_block *blocks = x->doc->blocks;
    size_t at = (size_t)(b - blocks);
    for (size_t k = 0; k < ITEMS_BACK && at > 0; k++) {
        const cp_block *up = &blocks[--at];
        if (up->kind != CP_BLOCK_LIST_ITEM)
            return -1;
        if (up->level >= b->level)
            continue;
        const char *t = cpi_block_text(up);
        size_t end = 0;
        int st = state_lookup(x, t, up->text_size, 0, &end);
        if (st < 0 ||
            (end < up->text_size && t[end] != ' ' && t[end] != ':' && t[end] != ','))
            return -1;
        if (names_county(name, len) || !may_name_place(name, len))
            return -1;
        size_t first = 0, rows = rows_named(x, name, len, false, &first);
        for (size_t r = first; r < first + rows; r++)
            if (same_code(cpi_places[r].state, cpi_states[st].code))
                return st;
        return -1;
    }
    return -1;
}

/* "near Trenton in Williams County": the state of the county named right
 * after the bare name[0..len) (ending at `end`), where a reading of the
 * name lies within half a degree of it; or -1. */
static int county_after_state(const cpi_extract *x, const char *t, size_t n,
                              const char *name, size_t len, size_t end) {
    enum { COUNTY_WORDS = 3 };
    if (!cpi_starts_with(t, n, end, " in ") || end + 4 >= n || !cpi_is_upper(t[end + 4]))
        return -1;
    size_t c0 = end + 4, c1 = c0;
    for (int words = 0; words <= COUNTY_WORDS && c1 < n && cpi_is_upper(t[c1]); words++) {
        size_t w = c1;
        while (c1 < n && (cpi_is_alpha(t[c1]) || t[c1] == '\''))
            c1++;
        if (c1 < n && t[c1] == '.' && c1 - w <= 2)
            c1++; /* "St. Clair County" */
        if (names_county(t + c0, c1 - c0))
            break;
        if (c1 + 1 >= n || t[c1] != ' ')
            return -1;
        c1++;
    }
    if (!names_county(t + c0, c1 - c0) || names_county(name, len) ||
        !may_name_place(name, len))
        return -1;
    size_t cf = 0, cn = rows_named(x, t + c0, c1 - c0, true, &cf);
    size_t pf = 0, pn = cn ? rows_named(x, name, len, false, &pf) : 0;
    for (size_t i = cf; i < cf + cn; i++)
        for (size_t r = pf; r < pf + pn; r++)
            if (same_code(cpi_places[r].state, cpi_counties[i].state) &&
                within(cpi_places[r].lat - cpi_counties[i].lat, 0.5f) &&
                within(cpi_places[r].lon - cpi_counties[i].lon, 0.6f))
                return cpi_state_by_code(cpi_counties[i].state);
    return -1;
}

/* "Greenville and Spartanburg, South Carolina": the state that qualifies
 * the next place of a pair (or of a short list) the bare name at
 * [start, run_end) opens, where a reading of the name is in that state and
 * no city of twenty times its size has the name elsewhere ("Houston and
 * Jackson, Mississippi" keeps Houston, Texas); or -1. */
static int partner_qualified_state(cpi_extract *x, const cpi_capitals *caps,
                                   const char *t, size_t n, size_t start,
                                   size_t run_end) {
    enum { ITEMS = 3 };
    if (names_county(t + start, run_end - start))
        return -1; /* (a county's state is read with the county's) */
    size_t i = run_end;
    for (int item = 0; item < ITEMS; item++) {
        size_t at = cpi_starts_with(t, n, i, " and ");
        if (!at)
            at = cpi_starts_with(t, n, i, ", and ");
        if (!at)
            at = cpi_starts_with(t, n, i, ", ");
        if (!at || i + at >= n || !cpi_is_upper(t[i + at]))
            return -1;
        i += at;
        /* the item: capitalised words ("Spartanburg", "Rock Hill") */
        while (i < n && cpi_is_upper(t[i])) {
            while (i < n && (cpi_is_alpha(t[i]) || t[i] == '.'))
                i++;
            if (i + 1 < n && t[i] == ' ' && cpi_is_upper(t[i + 1]))
                i++;
        }
        if (i + 2 >= n || t[i] != ',' || t[i + 1] != ' ' || !cpi_is_upper(t[i + 2]))
            return -1;
        size_t state_end = i + 2;
        int st = state_at(x, caps, t, n, i + 2, &state_end);
        if (st < 0)
            continue; /* (the next item: "Greenville, Spartanburg and ...") */
        size_t first = 0, rows = rows_named(x, t + start, run_end - start, false, &first);
        for (size_t r = first; r < first + rows; r++)
            if (same_code(cpi_places[r].state, cpi_states[st].code))
                return cpi_places[first].population / 20 < cpi_places[r].population ? st
                                                                                    : -1;
        return -1;
    }
    return -1;
}

/* "City of Portland; Portland, ME; $750,000": a row's next cell that
 * names the place again with its state (a recipient, then its location);
 * that state, or -1. */
static int repeated_cell_state(cpi_extract *x, const char *t, size_t n, size_t start,
                               size_t len, size_t run_end) {
    size_t cell = run_end + 2;
    if (cell + len + 4 > n || t[run_end] != ';' || t[run_end + 1] != ' ' ||
        memcmp(t + cell, t + start, len) != 0 || t[cell + len] != ',' ||
        t[cell + len + 1] != ' ')
        return -1;
    size_t end = cell + len + 2;
    return state_lookup(x, t, n, cell + len + 2, &end);
}

/* "Georgia | Macon-Bibb County Sheriff's Office | 10": the cell before the
 * place at `start` (which opens its own cell, or follows "City of") is a
 * state's name alone; its
 * row, or -1. Cells that wide gaps separated read "Ohio; Summit; ...". */
static int table_cell_state_before(cpi_extract *x, const char *t, size_t n, size_t start) {
    char bar;
    size_t end;
    /* (past a government's word: "IL | City of Aurora |") */
    if (start >= 8 && memcmp(t + start - 4, " of ", 4) == 0) {
        size_t w = start - 4;
        while (w > 0 && cpi_is_lower(t[w - 1]))
            w--;
        if (w > 0 && cpi_is_upper(t[w - 1]))
            start = w - 1;
    }
    if (start >= 4 && t[start - 1] == ' ' && t[start - 2] == '|' && t[start - 3] == ' ') {
        bar = '|';
        end = start - 3;
    } else if (start >= 3 && t[start - 1] == ' ' && t[start - 2] == ';') {
        bar = ';';
        end = start - 2;
    } else {
        return -1;
    }
    size_t cell = end;
    while (cell > 0 && t[cell - 1] != bar && end - cell < 48)
        cell--;
    if (cell > 0 && t[cell - 1] != bar)
        return -1; /* not a cell of a short name */
    while (cell < end && t[cell] == ' ')
        cell++;
    size_t state_end = cell;
    int st = cell < end ? state_lookup(x, t, n, cell, &state_end) : -1;
    return st >= 0 && state_end == end ? st : -1;
}

static const char *const DEPARTMENTS[] = { /* sorted */
    "Agriculture", "Commerce", "Defense", "Education", "Energy", "Interior", "Justice",
    "Labor", "State", "Transportation", "Treasury",
};

/* Is name[0..len), before the word after[0..alen), a federal
 * department's ("Justice Department", "State Department")? */
static bool federal_department(const cpi_extract *x, const char *name, size_t len,
                               const char *after, size_t alen) {
        return alen == 10 && memcmp(after, "Department", 10) == 0 &&
           word_in_list(x, WL_DEPARTMENT, CPI_WORDS(DEPARTMENTS), name, len);
}

/* The state whose name, in capitals, is all of t[0..n) ("LOUISIANA",
 * "NEW MEXICO"); -1 when none. */
static int state_in_capitals(const cpi_extract *x, const char *t, size_t n) {
#ifndef NDEBUG
    for (size_t k = 1; k < cpi_state_count; k++) /* (debug builds) */
        assert((cpi_states[k - 1].name[0] | 0x20) <= (cpi_states[k].name[0] | 0x20));
#endif
    if (n == 0)
        return -1;
    unsigned char first = (unsigned char)(t[0] | 0x20);
    const struct cpi_site_cache *cache = x->cache->sites_read;
    if (cache->state_letters_known) {
        /* the rows of the heading's first letter alone, their lengths
         * known */
        if (first < 'a' || first > 'z')
            return -1; /* (every name starts with a letter) */
        for (size_t k = cache->state_letter_from[first - 'a'];
             k < cache->state_letter_from[first - 'a' + 1]; k++) {
            const char *name = cpi_states[k].name;
            if (cache->state_name_len[k] == n && cpi_same_letters(t, name, n))
                return cpi_capitals_only(t, n) ? (int)k : -1;
        }
        return -1;
    }
    for (size_t k = 0; k < cpi_state_count; k++) {
        const char *name = cpi_states[k].name;
        /* (the first letter before the length: asked of every heading that
         * is one run of capitals, "JUSTICE NEWS"; the table is in the order
         * of its first letters, so the search ends past the heading's) */
        unsigned char c = (unsigned char)(name[0] | 0x20);
        if (c > first)
            break;
        if (c == first && strlen(name) == n && cpi_same_letters(t, name, n))
            return cpi_capitals_only(t, n) ? (int)k : -1;
    }
    return -1;
}

/* "CITY OF DECATUR, ILLINOIS", "DECATUR, ILLINOIS - The council ...": a
 * heading or a dateline at the top in capitals, a place and its state's
 * name after a comma; the state is in view (the state words of the
 * first pass, in mixed case, do not read it). */
static void weigh_state_in_capitals(cpi_extract *x, const char *t, size_t n) {
    enum { SHORT = 80 }; /* (a heading's or a dateline's capitals) */
    /* one pass to the capitals' end (a small letter, a dash after them, or
     * SHORT bytes), the last ", " in them kept */
    size_t end = 0, at = 0;
    size_t stop = n < SHORT ? n : SHORT;
    if (!memchr(t, ',', stop))
        return; /* (most headings: "JUSTICE NEWS") */
    for (; end < stop && !cpi_is_lower(t[end]); end++) {
        if (t[end] == '-' && end > 0 && t[end - 1] == ' ')
            break;
        if (t[end] == ',' && end + 1 < n && t[end + 1] == ' ')
            at = end + 2;
    }
    while (end > at && t[end - 1] == ' ')
        end--;
    if (at == 0 || end <= at)
        return;
    int st = state_in_capitals(x, t + at, end - at);
    if (st >= 0 && st < 64)
        x->state_weight[st]++;
}

/* weigh_state_in_capitals of the first blocks that open with capitals */
static void weigh_states_in_capitals(cpi_extract *x) {
    enum { TOP = 4 };
    const cp_document *doc = x->doc;
    for (size_t b = 0; b < doc->block_count && b < TOP; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        if (n > 4 && cpi_is_upper(t[0]) && cpi_is_upper(t[1]))
            weigh_state_in_capitals(x, t, n);
    }
}

/* "OHIO -- Lorain: 47 arrests": a block that opens with a state's name,
 * in any case, and a dash before the place at `start` names its state (its
 * row, or -1). */
static int heading_dash_state(const char *t, size_t start) {
    if (start < 5 || memcmp(t + start - 3, " - ", 3) != 0 || !cpi_is_upper(t[0]))
        return -1;
    size_t len = start - 3;
    for (size_t k = 0; k < cpi_state_count; k++) {
        const char *name = cpi_states[k].name;
        if (strlen(name) != len)
            continue;
        size_t j = 0;
        while (j < len && (t[j] | 0x20) == (name[j] | 0x20))
            j++;
        if (j == len)
            return (int)k;
    }
    return -1;
}

/* Look left from a qualified place for more places of the same state:
 * "Anniston and Oxford, Ala.", "Dallas and Fort Worth", "A, B and C". */
/* Does one of the last few places found end at `end` of block b? */
static bool site_ends_at(const cpi_extract *x, const cp_block *b, size_t end) {
    size_t block = (size_t)(b - x->doc->blocks);
    for (size_t k = x->site_hit_count, seen = 0; k > 0 && seen < 4; k--, seen++) {
        const cpi_hit *h = &x->site_hits[k - 1];
        if (h->block != block)
            break;
        if (h->end == end)
            return true;
    }
    return false;
}

/* The separator of a list that ends at pos (" and ", ", ", "/", " & "):
 * its length, or 0. */
static inline size_t list_separator_before(const char *t, size_t pos) {
    if (pos >= 5 && memcmp(t + pos - 5, " and ", 5) == 0)
        return 5;
    if (pos >= 2 && memcmp(t + pos - 2, ", ", 2) == 0)
        return 2;
    if (pos >= 1 && t[pos - 1] == '/')
        return 1;
    if (pos >= 3 && memcmp(t + pos - 3, " & ", 3) == 0)
        return 3;
    return 0;
}

/* Is the largest place named name[0..len) a city of 250,000 people or more
 * outside the state `code` ("Boston" for "NY")? */
static bool large_elsewhere(const char *name, size_t len, const char *code) {
    if (!may_name_place(name, len))
        return false;
    char key[128];
    size_t key_len = fold_name(name, len, key, sizeof key);
    size_t first, n = find_places(key, key_len, &first);
    return n > 0 && cpi_places[first].population >= 250000 &&
           !same_code(cpi_places[first].state, code);
}

/* Is name[0..len) one of the gazetteer's great cities (a million people
 * or more: "Los Angeles", "Phoenix")? */
static bool great_city(const char *name, size_t len) {
    if (!may_name_place(name, len))
        return false;
    char key[128];
    size_t key_len = fold_name(name, len, key, sizeof key);
    size_t first, n = find_places(key, key_len, &first);
    for (size_t i = first; i < first + n; i++)
        if (cpi_places[i].population >= 1000000)
            return true;
    return false;
}

/* The places listed before the qualified place at pos, of its state ("Anniston and
 * Oxford, Ala."): asked where a list's separator ends at pos. False when out of
 * memory. */
static bool listed_before_walk(cpi_extract *x, const cp_block *b, size_t pos,
                               const char *code, bool counties) {
    const char *t = cpi_block_text(b);
    for (int guard = 0; guard < 12; guard++) {
        size_t separator = list_separator_before(t, pos);
        if (!separator)
            return true;
        size_t sep = pos - separator;
        /* the run of capitalised words ending at sep */
        size_t start = sep;
        int words = 0;
        while (start > 0 && words < 4) {
            size_t ws = start;
            while (ws > 0 && t[ws - 1] != ' ' && t[ws - 1] != '/')
                ws--;
            if (!cpi_is_upper(t[ws]))
                break;
            start = ws;
            words++;
            if (start == 0 || t[start - 1] != ' ')
                break;
            start--;
            /* (a list's or a clause's mark before: "Akron; Manatee and
             * Sarasota Counties") */
            if (start > 0 && (t[start - 1] == ',' || t[start - 1] == '/' ||
                              t[start - 1] == ';' || t[start - 1] == ':')) {
                start++;
                break;
            }
        }
        while (start < sep && t[start] == ' ')
            start++;
        if (words == 0 || start >= sep)
            return true;
        /* drop leading function words ("In Anniston") */
        size_t s = start;
        while (s < sep) {
            size_t e = word_end(t, sep, s);
            if (!function_word(x, t + s, e - s) || e >= sep)
                break;
            s = e + 1;
        }
        if (site_ends_at(x, b, sep))
            return true; /* "Spokane, Washington and Jackson County": a place already */
        site_spec spec;
        char name[128];
        size_t len = sep - s;
        if (len >= sizeof name - 8)
            return true;
        memcpy(name, t + s, len);
        if (counties)
            len += (size_t)snprintf(name + len, sizeof name - len, " County");
        name[len] = '\0';
        if (!resolve(x, name, len, code, false, &spec))
            return true;
        if (!add_site(x, &spec, b, s, sep))
            return false;
        pos = s;
    }
    return true;
}

/* Is the run ending at `end` followed by "and X Counties" or ", X Counties"?
 * Then it is a county of that list, read when the list's end is reached. */
static bool counties_follow(const char *t, size_t n, size_t end) {
    size_t i = end;
    if (i + 5 <= n && memcmp(t + i, " and ", 5) == 0)
        i += 5;
    else if (i + 2 <= n && memcmp(t + i, ", ", 2) == 0)
        i += 2;
    else
        return false;
    for (int words = 0; words < 4 && i < n && cpi_is_upper(t[i]); words++) {
        size_t e = word_end(t, n, i);
        if ((e - i == 8 && (memcmp(t + i, "Counties", 8) == 0 || memcmp(t + i, "Parishes", 8) == 0)))
            return true;
        if (e >= n || t[e] != ' ')
            return false;
        i = e + 1;
    }
    return false;
}

/* Is the name ending at `end` one of a list that ends in lower-case
 * "counties" or "parishes": "Forsyth and Guilford counties", "Montgomery,
 * Pulaski and Wythe counties" (or "county" before a noun)? Then each name
 * is a county (a parish): the offset just past that word, or 0. (Inlined:
 * asked after most names.) */
static HOT_INLINE size_t county_list_end(const cpi_extract *x, const cpi_capitals *caps,
                                         const char *t, size_t n, size_t end, bool *parish) {
    size_t i = end;
    const uint32_t *at = caps->at; /* (the names' words: capitals after it, in order) */
    for (int items = 0; items < 12; items++) {
        if (i >= n || (t[i] != ' ' && t[i] != ','))
            return 0; /* (what follows a name is seldom either) */
        /* the words tried by the byte after the space or comma */
        char next = i + 1 < n ? t[i + 1] : '\0';
        size_t len = 0, sep = 0;
        if (t[i] == ' ' && (next == 'c' || next == 'p'))
            len = cpi_starts_with(t, n, i, next == 'c' ? " counties" : " parishes");
        if (len && (i + len == n || !cpi_inner_char(t[i + len]))) {
            *parish = next == 'p';
            return i + len;
        }
        /* "the Fresno, Tulare and Kern county sheriff's offices": the
         * singular before the noun it qualifies */
        if (next == 'c' && cpi_starts_with(t, n, i, " county ") && i + 8 < n &&
            cpi_is_lower(t[i + 8])) {
            *parish = false;
            return i + 7;
        }
        if (t[i] == ',' && next == ' ') {
            sep = i + 2 < n && t[i + 2] == 'a' ? cpi_starts_with(t, n, i, ", and ") : 0;
            if (!sep)
                sep = 2; /* ", " */
        } else if (next == 'a') {
            sep = cpi_starts_with(t, n, i, " and ");
        }
        if (!sep || i + sep >= n || !cpi_is_upper(t[i + sep]))
            return 0;
        i += sep;
        /* the next name: capitalised words */
        for (int words = 0; words < 4; words++) {
            size_t w = i;
            /* (a capital's word as the first pass measured it, if it did) */
            while (at < caps->end && *at < w)
                at++;
            size_t measured =
                at < caps->end && *at == w ? x->site_memos->capitals[at - x->capitals].word_len : 0;
            i = measured ? w + measured : word_end(t, n, w);
            assert(i == word_end(t, n, w)); /* (debug builds) */
            if (i + 2 < n && t[i] == '.' && t[i + 1] == ' ' && i - w <= 3 &&
                (t[w] == 'S' || t[w] == 'F' || t[w] == 'M') && /* (not "Ala.", "Ga.") */
                (cpi_str_eq("St", t + w, i - w) || cpi_str_eq("Ste", t + w, i - w) ||
                 cpi_str_eq("Ft", t + w, i - w) || cpi_str_eq("Mt", t + w, i - w)))
                i++; /* "St. Bernard": an abbreviation inside the name */
            if (i + 1 < n && t[i] == ' ' && cpi_is_upper(t[i + 1]))
                i++;
            else
                break;
        }
    }
    return 0;
}

/* Does the text call the name at `start` a small place ("the village of
 * Columbus", "the town of Clinton")? No famous city is so called. */
static bool village_of_before(const char *t, size_t n, size_t start) {
    static const char *const NOUNS[] = {"borough", "hamlet", "town", "township",
                                        "village"};
    size_t of = cpi_prev_word(t, start);
    if (of == SIZE_MAX || !cpi_word_is(t, n, of, "of"))
        return false;
    size_t noun = cpi_prev_word(t, of);
    return noun != SIZE_MAX &&
           cpi_word_in(CPI_WORDS(NOUNS), t + noun, cpi_inner_len(t, n, noun));
}

/* What "such as" after a plural noun makes of the names after it: places
 * ("hub communities such as Fairbanks, Bethel and Juneau"), counties or
 * parishes ("parishes such as Plaquemines and Jefferson Davis"). */
typedef enum such_as { SUCH_AS_NONE, SUCH_AS_PLACE, SUCH_AS_COUNTY, SUCH_AS_PARISH } such_as;

static const char *const PLACE_NOUNS[] = { /* sorted */
    "areas",      "boroughs",  "cities",         "communities", "counties", "hubs",
    "jurisdictions", "localities", "locations", "municipalities", "parishes", "places",
    "regions",    "states",    "towns",          "villages",
};

/* such_as_before a name whose word before it starts at `as` (SIZE_MAX:
 * none). */
/* (inlined: asked before every bare name, mostly turned away at "as") */
static HOT_INLINE such_as such_as_after(const cpi_extract *x, const char *t, size_t n,
                                         size_t as) {
        /* word by word from the name back, each read only when the one after
     * it fits */
    if (as == SIZE_MAX)
        return SUCH_AS_NONE;
    /* (a dash after the noun: "the three coastal counties - Hancock,
     * Harrison and Jackson") */
    if (t[as] == '-' && as + 1 < n && t[as + 1] == ' ') {
        as = cpi_prev_word(t, as);
        if (as == SIZE_MAX || (t[as] != 'c' && t[as] != 'p'))
            return SUCH_AS_NONE;
        if (cpi_word_is(t, n, as, "counties"))
            return SUCH_AS_COUNTY;
        return cpi_word_is(t, n, as, "parishes") ? SUCH_AS_PARISH : SUCH_AS_NONE;
    }
    /* "five counties: Adams, Brown and Clark", a list after its noun */
    size_t noun_len = t[as] == 'c' || t[as] == 'p' ? cpi_inner_len(t, n, as) : 0;
    if (noun_len >= 8 && as + noun_len < n && t[as + noun_len] == ':') {
        if (cpi_word_is(t, n, as, "parishes"))
            return SUCH_AS_PARISH;
        if (cpi_word_is(t, n, as, "counties"))
            return SUCH_AS_COUNTY;
        return SUCH_AS_NONE;
    }
    if (!cpi_word_is(t, n, as, "as"))
        return SUCH_AS_NONE;
    size_t such = cpi_prev_word(t, as);
    if (such == SIZE_MAX || !cpi_word_is(t, n, such, "such"))
        return SUCH_AS_NONE;
    size_t noun = cpi_prev_word(t, such);
    if (noun == SIZE_MAX || !word_in_list(x, WL_PLACE_NOUN, CPI_WORDS(PLACE_NOUNS), t + noun,
                                              cpi_inner_len(t, n, noun)))
        return SUCH_AS_NONE;
    if (cpi_word_is(t, n, noun, "parishes"))
        return SUCH_AS_PARISH;
    if (cpi_word_is(t, n, noun, "counties"))
        return SUCH_AS_COUNTY;
    return SUCH_AS_PLACE;
}

static such_as such_as_before(const cpi_extract *x, const char *t, size_t n, size_t start) {
    return such_as_after(x, t, n, cpi_prev_word(t, start));
}

/* Does the text read the name at [start, end) as a place: after "in", "at",
 * "from" ..., or before "police", "area", "residents", "man" ("a 26-year-old
 * Petersburg man") ...? `skipped` is a
 * capitalised function word the run began with ("In Tyler"), or SIZE_MAX. */
/* Does the text call the name ending at `end` a town, after it ("Shively,
 * a separate small city inside Jefferson County", "Lead, a mining
 * town", "Winterville, a few miles east")? Up to three words in lower
 * case after ", a ", the last a town's noun (or "miles"). */
static bool town_after(const char *t, size_t n, size_t end) {
    static const char *const NOUNS[] = {"borough", "city",     "miles",  "suburb",
                                        "town",    "township", "village"};
    size_t p = cpi_starts_with(t, n, end, ", a ");
    if (!p)
        return false;
    p += end;
    for (int words = 0; words < 3 && p < n && cpi_is_lower(t[p]); words++) {
        size_t e = p;
        while (e < n && cpi_is_lower(t[e]))
            e++;
        for (size_t k = 0; k < sizeof NOUNS / sizeof NOUNS[0]; k++)
            if (cpi_str_eq(NOUNS[k], t + p, e - p))
                return true;
        if (e >= n || t[e] != ' ')
            return false;
        p = e + 1;
    }
    return false;
}

/* "Flint received $2.2 million and Saginaw $1.1 million": a name followed
 * by a sum whose verb the sentence gave an earlier name (a gapped clause,
 * the name at `start` after "and", a comma or a semicolon); the verb with
 * its sum is looked for back to the sentence's start. */
static bool gapped_grant(const char *t, size_t start) {
    static const char *const VERBS[] = {"received $", "receive $", "receives $", "got $",
                                        "get $",      "gets $",    "awarded $",  "won $"};
    if (!(start >= 2 && (t[start - 2] == ',' || t[start - 2] == ';')) &&
        !(start >= 4 && memcmp(t + start - 4, "and ", 4) == 0))
        return false;
    size_t from = start > 240 ? start - 240 : 0;
    for (size_t p = start - 1; p > from; p--) {
        if (t[p] == ' ' && (t[p - 1] == '.' || t[p - 1] == '?' || t[p - 1] == '!') &&
            cpi_is_upper(t[p + 1])) {
            size_t w = p - 1;
            while (w > 0 && cpi_is_alpha(t[w - 1]))
                w--;
            if (p - 1 - w > 3 || !cpi_is_upper(t[w]))
                return false; /* a sentence's end ("St. Louis" is none) */
        }
        if (t[p] != '$' || t[p - 1] != ' ')
            continue;
        for (size_t k = 0; k < sizeof VERBS / sizeof VERBS[0]; k++) {
            size_t len = strlen(VERBS[k]);
            if (p >= len && t[p - len] == ' ' &&
                memcmp(t + p + 1 - len, VERBS[k], len) == 0)
                return true;
        }
    }
    return false;
}

/* "Shelby County, which contains Memphis", "Harris County (home to
 * Houston)": the place a county's name is followed by as holding it; its
 * start (its length in *len), or NULL. */
static const char *county_holds(const char *t, size_t n, size_t end, size_t *len) {
    static const char *const PHRASES[] = {
        ", which contains ",    ", which includes ",   ", which surrounds ",
        ", which encompasses ", ", which is home to ", ", home to ",
        " (home to ",           ", which takes in ",   ", which covers ",
        ", the home of ",       ", home of ",          ", including "};
    if (end + 10 >= n || (t[end] != ',' && t[end] != ' ') ||
        (t[end] == ' ' && t[end + 1] != '('))
        return NULL;
    size_t p = cpi_prefix_at(t, n, end, CPI_PHRASES(PHRASES));
    if (!p)
        return NULL;
    p += end;
    size_t e = p;
    for (int words = 0; words < 3 && e < n && cpi_is_upper(t[e]); words++) {
        size_t w = e;
        while (w < n && (cpi_is_alpha(t[w]) || t[w] == '.' || t[w] == '\''))
            w++;
        e = w;
        if (!(w + 1 < n && t[w] == ' ' && cpi_is_upper(t[w + 1])))
            break;
        e = w + 1;
    }
    while (e > p && (t[e - 1] == ' ' || t[e - 1] == '.'))
        e--;
    *len = e - p;
    return e > p ? t + p : NULL;
}

/* Does a grant's verb follow a name that ends at `end` ("Biloxi received
 * the largest award", "Ridgeland applied late", "Meridian's application is
 * pending", "Branson will add four officers")? A small town's name in a state in view is
 * read as the town there; a person's first name was turned away before. */
static bool grant_verb_after(const char *t, size_t n, size_t start, size_t end) {
    static const char *const AFTER[] = {
        " received ",     " applied ",       " got $",         " was awarded ",
        " will receive ", " also received ", " has received ", " was not funded",
        " will add ",     " will hire ",     "'s application", "'s share ",
        "'s grant ",      "'s award "};
    if (end + 2 >= n)
        return false;
    /* ("..., Saginaw $1.1 million", "; Bangor, $375,000") */
    if ((t[end] == ' ' && t[end + 1] == '$') ||
        (t[end] == ',' && t[end + 1] == ' ' && t[end + 2] == '$'))
        return gapped_grant(t, start);
    /* (asked of most names a run ends: the two bytes after turn most away) */
    char c = t[end], d = t[end + 1];
    if (!(c == ' ' && (d == 'r' || d == 'a' || d == 'g' || d == 'w' || d == 'h')) &&
        !(c == '\'' && d == 's'))
        return false;
    return cpi_prefix_at(t, n, end, CPI_PHRASES(AFTER)) > 0;
}

/* "Seward County Sheriff's Office (Liberal)", "Blackfeet Nation
 * (Browning)": a name alone in parentheses after an agency's, a
 * government's or a tribe's name is the town where it sits. */
static bool seat_in_parentheses(const char *t, size_t n, size_t start, size_t end) {
    static const char *const BODIES[] = {
        /* sorted */
        "Authority", "Board",  "Commission", "Department", "Government", "Nation",
        "Office",    "Police", "Sheriff",    "Tribe",      "Tribes",
    };
    if (start < 4 || end >= n || t[end] != ')' || t[start - 1] != '(' ||
        t[start - 2] != ' ')
        return false;
    size_t w = start - 2;
    while (w > 0 && cpi_is_alpha(t[w - 1]))
        w--;
    return cpi_is_upper(t[w]) && cpi_word_in(CPI_WORDS(BODIES), t + w, start - 2 - w);
}

static bool locative(const cpi_extract *x, const char *t, size_t n, size_t start, size_t end, size_t skipped) {
    static const char *const AFTER[] = {
        " police", " officials", " residents", " area", " region", " community",
        " communities", " County", " city", " mayor", ", where", ", which ",
        " and surrounding", " man", " woman", " resident", " native", " chief",
        " council",
        /* a New England town's government ("Brattleboro's select board") */
        " select board", " selectboard", " selectmen", " town manager"};
    size_t prev = skipped != SIZE_MAX ? skipped : cpi_prev_word(t, start);
    if (place_preposition(x, t, n, prev) ||
        such_as_before(x, t, n, skipped != SIZE_MAX ? skipped : start) != SUCH_AS_NONE)
        return true;
    /* a destination: "guns headed for Nogales", "bound for Houston" */
    if (prev != SIZE_MAX && prev >= 6 && cpi_word_is(t, n, prev, "for")) {
        size_t verb = cpi_prev_word(t, prev);
        if (verb != SIZE_MAX &&
            (cpi_word_is(t, n, verb, "headed") || cpi_word_is(t, n, verb, "bound") ||
             cpi_word_is(t, n, verb, "destined")))
            return true;
    }
    char next = end + 1 < n ? t[end + 1] : '\0'; /* (every phrase is longer) */
    for (size_t i = 0; i < sizeof AFTER / sizeof AFTER[0]; i++)
        if (AFTER[i][1] == next && cpi_starts_with(t, n, end, AFTER[i]))
            return true; /* (the second byte turns most away: the first is a space) */
    if (town_after(t, n, end))
        return true;
    if (seat_in_parentheses(t, n, start, end))
        return true;
    /* a list item or a heading that is the name itself ("Taylor: $500,000") */
    return start == 0 && (end == n || t[end] == ':' || t[end] == ',');
}

/* The state a block names whole ("Delaware", "Georgia:", a heading
 * "TEXAS"), or -1. */
static int whole_state(cpi_extract *x, const cp_block *b) {
    const char *t = cpi_block_text(b);
    if (b->text_size == 0 || !cpi_is_upper(t[0]))
        return -1; /* ("- Wilmington": every state starts with a capital) */
    size_t end = 0;
    /* (as remembered at the block's first capital, when it is one) */
    cpi_capitals caps = cpi_capitals_of(x, (size_t)(b - x->doc->blocks));
    if (b->kind == CP_BLOCK_HEADING && b->text_size > 3 && cpi_is_upper(t[1]) &&
        cpi_is_upper(t[2]))
        return state_in_capitals(x, t, b->text_size); /* "TEXAS" over its awards */
    if (caps.at < caps.end && *caps.at == 0 &&
        x->site_memos->capitals[caps.at - x->capitals].state == -1)
        return -1; /* (known from the first pass) */
    int st = state_at(x, &caps, t, b->text_size, 0, &end);
    return st >= 0 && (end == b->text_size || t[end] == ':') ? st : -1;
}

/* Copy a state code ("" or two letters) into a three-byte field. Readers
 * stop at its NUL. */
static inline void copy_code(char out[3], const char *code) {
    out[0] = code[0];
    out[1] = code[0] ? code[1] : '\0';
    out[2] = '\0';
}

/* For list item `block`, the state the item above it or the heading over
 * its list names whole; "" when none. One walk with a stack of levels,
 * taken only as far as the blocks asked about (they are asked in order:
 * an earlier one starts it again). */
static void over_state_of(cpi_extract *x, size_t block, char out[3]) {
    over_walk *w = &x->site_memos->over;
    if (!x->site_memos->over_started || block + 1 < w->next) {
        memset(w, 0, sizeof *w);
        x->site_memos->over_started = true;
    }
    const cp_document *doc = x->doc;
    /* A block that is no list item sets the walk anew (its heading, an
     * empty stack): the walk starts at the last such block before the
     * item's list, the blocks before it are not read. (Back from the item
     * only as far as the walk has come: each block is passed once.) */
    size_t list_start = block;
    while (list_start > w->next && doc->blocks[list_start - 1].kind == CP_BLOCK_LIST_ITEM)
        list_start--;
    if (list_start > w->next + 1)
        w->next = list_start - 1;
    for (; w->next <= block; w->next++) {
        const cp_block *b = &doc->blocks[w->next];
        w->last[0] = '\0';
        int st = -1;
        if (b->kind == CP_BLOCK_LIST_ITEM || b->kind == CP_BLOCK_HEADING)
            st = whole_state(x, b);
        const char *code = st >= 0 ? cpi_states[st].code : "";
        if (b->kind != CP_BLOCK_LIST_ITEM) {
            copy_code(w->heading, code);
            if (w->used) /* (most blocks follow no list: no call) */
                memset(w->stack, 0, w->used * sizeof w->stack[0]); /* a list that starts again */
            w->used = 0;
            continue;
        }
        size_t level = b->level < CP_MAX_LIST_DEPTH ? b->level : CP_MAX_LIST_DEPTH;
        copy_code(w->last, level > 0 ? w->stack[level - 1] : w->heading);
        copy_code(w->stack[level], code);
        w->stack[level + 1][0] = '\0'; /* no item open below this one yet */
        if (w->used < level + 2)
            w->used = level + 2;
    }
    memcpy(out, w->last, 3);
}

/* The state of the last place found in block b; else, for a list item,
 * the state that the item above it or the heading over the list names
 * whole ("- Delaware" over "  - Wilmington"), or the place that opens the
 * item before it, when one opens this one too (`opens`); else "". */
static void near_state(cpi_extract *x, const cp_block *b, bool opens, char out[3]) {
    out[0] = '\0';
    x->near_over = false;
    const cpi_hit *last = x->site_hit_count ? &x->site_hits[x->site_hit_count - 1] : NULL;
    if (last && &x->doc->blocks[last->block] == b) {
        const cp_site *s = last->entity;
        if (s->state[0])
            memcpy(out, s->state, 3);
        return;
    }
    if (b->kind == CP_BLOCK_LIST_ITEM) {
        over_state_of(x, (size_t)(b - x->doc->blocks), out);
        x->near_over = out[0] != '\0';
        /* ... else, in a list of places (each item opens with its place),
         * the state of the item just before it, as a place before it in a
         * sentence ("- Hopkinsville Police Department" over "- Richmond
         * Police Department") */
        if (!out[0] && opens && last && last->start == 0 &&
            last->block + 1 == (size_t)(b - x->doc->blocks)) {
            const cp_block *prev = &x->doc->blocks[last->block];
            const cp_site *s = last->entity;
            if (prev->kind == CP_BLOCK_LIST_ITEM && prev->level == b->level &&
                s->state[0])
                memcpy(out, s->state, 3);
        }
    }
}

/* Do the places of the state with this code include townships with
 * their own police (the states of civil townships that govern)? */
static bool township_state(const char *code) {
    static const char TOWNSHIP_STATES[][3] = {"IL", "IN", "KS", "MI", "MN", "MO",
                                              "ND", "NE", "NJ", "OH", "PA", "SD"};
    for (size_t i = 0; i < sizeof TOWNSHIP_STATES / sizeof TOWNSHIP_STATES[0]; i++)
        if (same_code(TOWNSHIP_STATES[i], code))
            return true;
    return false;
}

/* The one state with townships among those the text names, into code;
 * false when there is none or more than one. */
static bool only_township_state(const cpi_extract *x, char code[3]) {
    int found = -1;
    for (size_t row = 0; row < 64 && row < cpi_state_count; row++) {
        if (!((x->site_states >> row) & 1) || !township_state(cpi_states[row].code))
            continue;
        if (found >= 0)
            return false;
        found = (int)row;
    }
    if (found < 0)
        return false;
    memcpy(code, cpi_states[found].code, 3);
    return true;
}

/* "Oregon and Washington", "Washington and Idaho": a state listed with
 * another state at [i, send) (the last place found, or the one after). */
static bool listed_with_state(cpi_extract *x, const cpi_capitals *caps, const cp_block *b,
                              const char *t, size_t n, size_t i, size_t send) {
    static const char *const SEPARATORS[] = {" and ", ", ", " or "};
    if (x->site_hit_count) {
        const cpi_hit *last = &x->site_hits[x->site_hit_count - 1];
        const cp_site *site = last->entity;
        for (size_t k = 0; k < 3 && &x->doc->blocks[last->block] == b &&
                           site->kind == CP_SITE_STATE && last->end < i;
             k++)
            if (i - last->end == strlen(SEPARATORS[k]) &&
                memcmp(t + last->end, SEPARATORS[k], i - last->end) == 0)
                return true;
    }
    for (size_t k = 0; k < 3; k++) {
        size_t len = cpi_starts_with(t, n, send, SEPARATORS[k]);
        size_t end = send + len;
        if (len && state_at(x, caps, t, n, send + len, &end) >= 0)
            return true;
    }
    return false;
}

/* "Memphis and Jackson in Tennessee": a state (of this code) after " in "
 * that follows the places just found only qualifies them; so does one in
 * parentheses after a place's agency ("Ketchikan Police Department
 * (Alaska)"). */
static bool qualifies_places_before(const cpi_extract *x, const cp_block *b, size_t i,
                                    const char *code) {
    const char *t = cpi_block_text(b);
    if (x->site_hit_count == 0 || i < 4)
        return false;
    const cpi_hit *last = &x->site_hits[x->site_hit_count - 1];
    const cp_site *site = last->entity;
    if (&x->doc->blocks[last->block] != b)
        return false;
    /* "Ketchikan Police Department (Alaska)": the state in parentheses
     * after a place's agency of that state */
    if (t[i - 1] == '(' && t[i - 2] == ' ' && last->end <= i - 2 &&
        same_code(site->state, code) &&
        (site->kind == CP_SITE_CITY || site->kind == CP_SITE_COUNTY)) {
        for (size_t k = last->end; k + 1 < i - 2; k++)
            if (t[k] == ' ' && !cpi_is_upper(t[k + 1]))
                return false; /* (capitalised words only: the agency's name) */
        return true;
    }
    if (memcmp(t + i - 4, " in ", 4) != 0 || last->end > i - 4)
        return false;
    if (last->end == i - 4 && site->kind == CP_SITE_CITY)
        return true;
    /* ... and "Imperial County in California", "the Chesapeake Police
     * Department in Virginia": a county, or a place's agency, in its own
     * state */
    if (!same_code(site->state, code) ||
        (site->kind != CP_SITE_CITY && site->kind != CP_SITE_COUNTY))
        return false;
    for (size_t k = last->end; k < i - 4; k++)
        if (t[k] != ' ' && !cpi_is_alpha(t[k]) && t[k] != '\'')
            return false;
    for (size_t k = last->end; k + 1 < i - 4; k++)
        if (t[k] == ' ' && !cpi_is_upper(t[k + 1]))
            return false; /* (capitalised words only: the agency's name) */
    return true;
}

/* The next item of a list after the name ending at `end`: its start
 * (returned; 0 when none) and the ends of its first one to three
 * capitalised words. */
static size_t next_list_item(const char *t, size_t n, size_t end, size_t ends[3],
                             size_t *words) {
    /* (longest first: " and " begins the others) */
    static const char *const SEPARATORS[] = {" and the rest of the ",
                                             " and the rest of ",
                                             " and ",
                                             ", and ",
                                             ", ",
                                             " & ",
                                             " nor "};
    size_t sep = 0;
    for (size_t k = 0; k < sizeof SEPARATORS / sizeof SEPARATORS[0] && !sep; k++)
        sep = cpi_starts_with(t, n, end, SEPARATORS[k]);
    size_t p = end + sep;
    if (!sep || p >= n || !cpi_is_upper(t[p]))
        return 0;
    size_t e = p;
    *words = 0;
    while (*words < 3) {
        e = run_word_end(t, n, e, word_end(t, n, e)); /* ("St. Johnsbury") */
        ends[(*words)++] = e;
        if (e + 1 >= n || t[e] != ' ' || !cpi_is_upper(t[e + 1]))
            break;
        e++;
    }
    return p;
}

/* Is the name ending at `end` the first item of a list whose next item is
 * a place ("Spartanburg and Charlotte, two cities that applied")? */
/* (where the next place ends into *item_end) */
static bool place_follows_to(cpi_extract *x, const char *t, size_t n, size_t end,
                             size_t *item_end) {
    size_t ends[3], words = 0;
    size_t p = next_list_item(t, n, end, ends, &words);
    /* the next name, longest first, read as a place on its own strength
     * ("Gary and Sandy spoke": first names) */
    site_spec spec;
    for (size_t w = words; p && w > 0; w--)
        if (resolve_in(x, t + p, ends[w - 1] - p, NULL, true, false, &spec)) {
            *item_end = ends[w - 1];
            return true;
        }
    return false;
}

static bool place_follows(cpi_extract *x, const char *t, size_t n, size_t end) {
    size_t item_end;
    return place_follows_to(x, t, n, end, &item_end);
}

/* After "the": is the name ending at `end` the first of a list of places
 * ("the Great Falls and Missoula police")? Not when a comma leads to a
 * place qualified by its state ("our namesake on the Pacific, Portland,
 * Ore."): that place stands in apposition, and "the" name is something
 * else, an ocean, a region. */
static bool places_listed_after_the(cpi_extract *x, const char *t, size_t n, size_t end) {
    size_t e, state_end;
    if (!place_follows_to(x, t, n, end, &e))
        return false;
    return !(t[end] == ',' && e + 2 < n && t[e] == ',' && t[e + 1] == ' ' &&
             state_lookup(x, t, n, e + 2, &state_end) >= 0);
}

/* Is the name ending at `end` the first item of a list whose next item is
 * a town of state `code` ("Logansport and Peru each received money", in a
 * text about Indiana)? Two small towns of one state, named together, are
 * each other's context. */
static bool town_follows(cpi_extract *x, const char *t, size_t n, size_t end,
                         const char *code) {
    size_t ends[3], words = 0;
    size_t p = next_list_item(t, n, end, ends, &words);
    site_spec spec;
    for (size_t w = words; p && w > 0; w--)
        if (resolve_in(x, t + p, ends[w - 1] - p, NULL, true, true, &spec))
            return spec.kind == CP_SITE_CITY && same_code(spec.state, code);
    return false;
}

/* The name [start, start + len), read as *spec, is the first item of a
 * list whose next item is a small town of a state in view, and no bigger
 * place's namesake ("Marmet", not "Macon"): where a small town of its name
 * is in that state, *spec becomes it (two small towns named together are
 * each other's context, as in town_follows). */
static void town_of_next_state(cpi_extract *x, const char *t, size_t n, size_t start,
                               size_t len, size_t end, site_spec *spec) {
    size_t ends[3], words = 0;
    size_t p = next_list_item(t, n, end, ends, &words);
    site_spec next;
    for (size_t w = words; p && w > 0; w--)
        if (resolve_in(x, t + p, ends[w - 1] - p, NULL, true, true, &next)) {
            site_spec here;
            size_t first = 0;
            if (next.kind == CP_SITE_CITY && state_in_view(x, next.state) &&
                small_town_named(t + p, ends[w - 1] - p, next.state) &&
                rows_named(x, t + p, ends[w - 1] - p, false, &first) > 0 &&
                same_code(cpi_places[first].state, next.state) && /* (its largest) */
                resolve_in(x, t + start, len, next.state, true, true, &here) &&
                here.kind == CP_SITE_CITY && small_town_named(t + start, len, next.state))
                *spec = here;
            return;
        }
}

/* "Kingston and Harriman in Roane County": the state (into code) of the
 * county named after " in " at the end of the list the name ending at `end`
 * begins (or is alone in); false when none, or none clear. */
static bool county_state_after(cpi_extract *x, const char *t, size_t n, size_t end,
                               char code[3]) {
    /* (most names: neither a list nor " in " after them, two bytes say) */
    if (end + 4 >= n || !((t[end] == ' ' && (t[end + 1] == 'i' || t[end + 1] == 'a')) ||
                          (t[end] == ',' && t[end + 1] == ' ')))
        return false;
    size_t p = end;
    for (int items = 0; items < 4; items++) {
        size_t ends[3], words = 0;
        size_t next = next_list_item(t, n, p, ends, &words);
        if (!next || !words)
            break;
        p = ends[words - 1];
    }
    if (!cpi_starts_with(t, n, p, " in ") || p + 5 >= n || !cpi_is_upper(t[p + 4]))
        return false;
    size_t a = p + 4, e = a;
    for (int w = 0; w < 4 && e < n && cpi_is_upper(t[e]); w++) {
        e = word_end(t, n, e);
        if (names_county(t + a, e - a))
            break;
        if (e + 1 < n && t[e] == ' ')
            e++;
    }
    if (!names_county(t + a, e - a))
        return false;
    site_spec county;
    if (!resolve_passed(x, t + a, e - a, NULL, true, true, &county) ||
        county.kind != CP_SITE_COUNTY)
        return false;
    memcpy(code, county.state, 3);
    return true;
}

/* Do the place's people follow the name ending at `end` ("a Laurel man",
 * "Laurel police"), making a first name a town's? */
static bool people_after(const char *t, size_t n, size_t end) {
    static const char *const PEOPLE[] = {" man ",   " man,",     " woman ",   " woman,",
                                         " men ",   " women ",   " resident", " native",
                                         " police", " officials"};
    return cpi_prefix_at(t, n, end, CPI_PHRASES(PEOPLE)) > 0;
}

/* Is the name [start, end) the home of one person ("a Marshall man", "an
 * Independence woman")? A word that is more often an ordinary one names
 * a place there. */
static bool one_of_there(const char *t, size_t n, size_t start, size_t end) {
    static const char *const ONE[] = {" man ",     " man,",   " woman ", " woman,",
                                      " resident", " native", " couple", " teen"};
    return (cpi_ends_with(t, start, " a ") || cpi_ends_with(t, start, " an ") ||
            cpi_ends_with(t, start, "A ") || cpi_ends_with(t, start, "An ")) &&
           cpi_prefix_at(t, n, end, CPI_PHRASES(ONE)) > 0;
}

/* Is the name at `start` called a town ("the city of Mitchell", "the town of
 * Lead"), whatever else the word names (Chief Darrel Mitchell)? */
static bool called_a_town(const char *t, size_t start) {
    static const char *const BEFORE[] = {"city of ", "City of ", "town of ", "Town of ",
                                         "village of ", "Village of "};
    for (size_t k = 0; k < sizeof BEFORE / sizeof BEFORE[0]; k++)
        if (cpi_ends_with(t, start, BEFORE[k]))
            return true;
    return false;
}

/* Does the name [start, end) head its list item, a dash or colon after it
 * ("\u2022 Spartanburg \u2013 Highland and Northside communities")? A list
 * of places, each described. */
static bool item_head(const cp_block *b, const char *t, size_t n, size_t start, size_t end) {
    static const char *const SEPARATORS[] = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", ": ",
                                             " -- "};
    if (b->kind != CP_BLOCK_LIST_ITEM || start != 0)
        return false;
    for (size_t k = 0; k < sizeof SEPARATORS / sizeof SEPARATORS[0]; k++)
        if (cpi_starts_with(t, n, end, SEPARATORS[k]))
            return true;
    return false;
}

/* How a name follows a place in a list, as listed_after_site tells. */
enum { NOT_LISTED, LISTED, LISTED_PAST_SEMICOLON };

/* Is the name at `start` the next item of a list whose previous item was a
 * place ("Anniston and Oxford", "Sierra Vista, Kingman, and El Mirage"):
 * LISTED, or LISTED_PAST_SEMICOLON where a semicolon parts them (its items
 * have their own states: "Compton, California; Newark, the largest city
 * in New Jersey"), else NOT_LISTED (0)? */
/* (inlined: asked at every bare name, mostly answered by its first test) */
static HOT_INLINE int listed_after_site(const cpi_extract *x, const cp_block *b,
                                        size_t start) {
    if (x->site_hit_count == 0)
        return NOT_LISTED;
    const cpi_hit *last = &x->site_hits[x->site_hit_count - 1];
    if (&x->doc->blocks[last->block] != b || last->end > start)
        return NOT_LISTED;
    static const char *const SEPARATORS[] = {", ", " and ", ", and ", " & ",
                                             "/",  " or ",  ", or ",  " nor "};
    size_t gap = start - last->end;
    const char *g = cpi_block_text(b) + last->end;
    for (size_t i = 0; i < sizeof SEPARATORS / sizeof SEPARATORS[0]; i++)
        if (cpi_str_eq(SEPARATORS[i], g, gap))
            return LISTED;
    if (cpi_str_eq("; ", g, gap) || cpi_str_eq("; and ", g, gap))
        return LISTED_PAST_SEMICOLON;
    /* a list between semicolons, its places with their states ("Roanoke,
     * Va.; Newburgh and Jamestown, N.Y.; Ocala, Fla."): ", " and a state
     * of a word or two, then "; "; or with what each gets ("East Ridge
     * $21,300; Red Bank $14,600"): words in lower case and numbers */
    if (gap < 6 || gap > 24)
        return NOT_LISTED; /* (", NY; " is the shortest) */
    size_t semi = gap - 2;
    if (!(g[semi] == ';' && g[semi + 1] == ' ')) {
        if (gap < 10 || memcmp(g + gap - 6, "; and ", 6) != 0)
            return NOT_LISTED;
        semi = gap - 6;
    }
    if (g[0] == ',' && g[1] == ' ' && cpi_is_upper(g[2])) {
        size_t spaces = 0;
        for (size_t i = 2; i < semi; i++)
            spaces += g[i] == ' ' || g[i] == ';' || g[i] == ',';
        return spaces <= 1 ? LISTED_PAST_SEMICOLON : NOT_LISTED;
    }
    for (size_t i = 0; i < semi; i++)
        if (cpi_is_upper(g[i]) || g[i] == '.' || g[i] == ';' || g[i] == ':')
            return NOT_LISTED;
    return LISTED_PAST_SEMICOLON;
}

/* Is [start, end) the whole text of list item b, and the item before it
 * a place, its own text too ("- Montgomery" over "- Mobile")? A word that
 * is a place's name and an ordinary word is the place in a list of
 * places. */
static bool item_among_places(const cpi_extract *x, const cp_block *b, size_t start,
                              size_t end) {
    if (b->kind != CP_BLOCK_LIST_ITEM || start != 0 ||
        (end != b->text_size &&
         !(end + 1 == b->text_size &&
           (cpi_block_text(b)[end] == ',' || cpi_block_text(b)[end] == ';'))) ||
        b == x->doc->blocks || x->site_hit_count == 0)
        return false;
    const cp_block *before = b - 1;
    const cpi_hit *last = &x->site_hits[x->site_hit_count - 1];
    return before->kind == CP_BLOCK_LIST_ITEM && &x->doc->blocks[last->block] == before &&
           last->end + 1 >= before->text_size;
}

static const char *const FEATURE_WORDS[] = {
    /* sorted */
    "Ave",    "Avenue",  "Basin",    "Bay",        "Blvd",   "Boulevard",
    "Cities", "College", "Delta",    "District",   "Gulf",   "Highway",
    "Lake",   "Native",  "Natives",  "Parkway",    "River",  "Road",
    "Sound",  "Street",  "Turnpike", "University", "Valley",
};

/* Is the state's name at `start` a river's, the river's word left out
 * ("East St. Louis, across the Mississippi", "along the Ohio", "east of
 * the Mississippi")? The
 * states named for rivers, after a preposition of a river's bank and
 * "the". */
static bool river_named(const char *t, size_t start) {
    static const char *const BEFORE[] = {
        "across the ",   "along the ",    "up the ",      "down the ",    "over the ",
        "banks of the ", "bank of the ",  "cross the ",   "crossed the ", "east of the ",
        "west of the ",  "north of the ", "south of the "};
    static const char *const RIVERS[] = {"Mississippi", "Missouri", "Ohio",
                                         "Arkansas",    "Colorado", "Delaware",
                                         "Tennessee"};
    if (start < 8 || t[start - 1] != ' ' || t[start - 2] != 'e')
        return false; /* (no "the" before it: most states) */
    bool river = false;
    for (size_t k = 0; k < sizeof RIVERS / sizeof RIVERS[0] && !river; k++)
        river = cpi_starts_with(t, start + strlen(RIVERS[k]), start, RIVERS[k]) > 0;
    for (size_t k = 0; river && k < sizeof BEFORE / sizeof BEFORE[0]; k++)
        if (cpi_ends_with(t, start, BEFORE[k]))
            return true;
    return false;
}

/* Does the word at pos make the state before it part of another name: a
 * river, a valley, a university, a people, a city's quarter ("the
 * Mississippi River", "Ohio State University", "Alaska Natives", Dayton's
 * "Oregon District"), a pair of namesakes ("the two Kansas Cities")? */
static bool names_a_feature(const cpi_extract *x, const char *t, size_t n, size_t pos) {
    static const uint16_t LENGTHS[26] = {
        ['a' - 'a'] = LEN(3) | LEN(6), ['b' - 'a'] = LEN(3) | LEN(4) | LEN(5) | LEN(9),
        ['c' - 'a'] = LEN(6) | LEN(7), ['d' - 'a'] = LEN(5) | LEN(8),
        ['g' - 'a'] = LEN(4),          ['h' - 'a'] = LEN(7),
        ['l' - 'a'] = LEN(4),          ['n' - 'a'] = LEN(6) | LEN(7),
        ['p' - 'a'] = LEN(7),          ['r' - 'a'] = LEN(4) | LEN(5),
        ['s' - 'a'] = LEN(5) | LEN(6), ['t' - 'a'] = LEN(8),
        ['u' - 'a'] = LEN(10),         ['v' - 'a'] = LEN(6),
    };
    if (pos >= n || !cpi_is_upper(t[pos]))
        return false;
    size_t len = cpi_inner_len(t, n, pos);
    if (len == 5 && memcmp(t + pos, "State", 5) == 0 && pos + 6 < n && t[pos + 5] == ' ')
        return names_a_feature(x, t, n, pos + 6); /* "Ohio State University" */
    if (len == 2 && t[pos + 1] == 't' && t[pos] == 'S' && pos + 2 < n && t[pos + 2] == '.')
        return true; /* "1122 Colorado St., Suite 300": a street */
    return word_listed(x, WL_FEATURE, CPI_WORDS(FEATURE_WORDS), LENGTHS, t + pos, len);
}

/* "the Chicago area", "the Denver metro area": after a name, words that
 * make "the" name's place. ("the Four Corners region" is no town called
 * Four Corners: regions are named in the regions table.) */
static const char *const AREAS[] = {" area", " metro", " metropolitan", " suburbs", " area's"};

static bool area_follows_phrase(const char *t, size_t n, size_t end) {
    return cpi_phrase_at(t, n, end, CPI_PHRASES(AREAS)) > 0;
}

/* (inline: the two bytes after the space turn most names away without a
 * call) */
static inline bool area_follows(const char *t, size_t n, size_t end) {
    if (end + 2 >= n || t[end] != ' ' ||
        !((t[end + 1] == 'a' && t[end + 2] == 'r') || (t[end + 1] == 'm' && t[end + 2] == 'e') ||
          (t[end + 1] == 's' && t[end + 2] == 'u'))) {
        assert(!area_follows_phrase(t, n, end)); /* (debug builds) */
        return false;
    }
    return area_follows_phrase(t, n, end);
}

/* "the Chicago police", "the Los Angeles strike force", "the Boston
 * partnership", "the Muskegon Heights city council": after "the" name, a
 * noun in small letters of a town's own bodies and efforts, that makes the
 * name a place's (where "the White House said" names a building). */
static const char *const LOCAL_NOUNS[] = {
    /* sorted */
    "award",      "city",  "council", "effort", "field",       "grant",
    "initiative", "mayor", "model",   "office", "partnership", "police",
    "program",    "site",  "strike",  "task",   "team",
};

static bool local_noun_follows(const char *t, size_t n, size_t end) {
    if (end + 2 >= n || t[end] != ' ' || !cpi_is_lower(t[end + 1]))
        return false;
    return cpi_word_in(CPI_WORDS(LOCAL_NOUNS), t + end + 1, cpi_inner_len(t, n, end + 1));
}

/* Is the state's name at [start, state_end) the first word(s) of a place
 * the gazetteer knows, with capitalised words up to run_end: "Virginia
 * Beach", "Colorado Springs", "Maryland Heights"? */
static bool state_begins_place(const char *t, size_t start, size_t state_end, size_t run_end) {
    char key[128];
    for (size_t end = run_end; end > state_end; end--) {
        if (end < run_end && t[end] != ' ')
            continue; /* whole words only */
        fold_name(t + start, end - start, key, sizeof key);
        size_t first;
        if (cpi_find_places(key, &first))
            return true;
    }
    return false;
}

/* Does a verb of waiting or relying end at `end` ("wait", "counting")? */
static bool waits_on(const char *t, size_t end) {
    static const char *const VERBS[] = {"wait",  "waits",    "waited", "waiting",
                                        "count", "counting", "depend", "depends",
                                        "rely",  "relying"};
    size_t w = cpi_prev_word(t, end);
    if (w == SIZE_MAX)
        return false;
    for (size_t k = 0; k < sizeof VERBS / sizeof VERBS[0]; k++)
        if (cpi_str_eq(VERBS[k], t + w, end - w))
            return true;
    return false;
}

/* Is the name at [ws, we) the seat of a government standing for it:
 * "Washington", or a state's capital that a verb in -ing takes as its
 * object ("keep pressing Albany to restore the state aid", "lobbying
 * Sacramento"), or that one asks or waits on ("we have asked Jefferson
 * City to match", "I would not wait on Sacramento"), or whose help or
 * money comes ("help from Springfield")?
 * (Not after "including", "during", "following" and the like, which list
 * places.) */
static bool is_metonym(const cpi_extract *x, const char *t, size_t n, size_t ws,
                       size_t we) {
    if (we - ws == 10 && memcmp(t + ws, "Washington", 10) == 0)
        return true;
    /* "Washington and Raleigh both like to take credit": a capital listed
     * with the federal government is its state's */
    bool with_washington =
        (ws >= 15 && memcmp(t + ws - 15, "Washington and ", 15) == 0) ||
        (we + 15 <= n && memcmp(t + we, " and Washington", 15) == 0);
    if (with_washington) {
        size_t first, rows = rows_named(x, t + ws, we - ws, false, &first);
        for (size_t i = first; i < first + rows; i++)
            if (cpi_places[i].capital)
                return true;
    }
    if (ws < 5 || t[ws - 1] != ' ' || !cpi_is_lower(t[ws - 2]))
        return false; /* (most names: a test or two) */
    bool on = ws >= 8 && ((t[ws - 2] == 'n' && t[ws - 3] == 'o' && t[ws - 4] == ' ' &&
                           waits_on(t, ws - 4)) ||
                          (t[ws - 2] == 'r' && t[ws - 3] == 'o' && t[ws - 4] == 'f' &&
                           t[ws - 5] == ' ' && waits_on(t, ws - 5)));
    size_t prev = cpi_prev_word(t, ws - 1);
    if (prev == SIZE_MAX || !cpi_is_lower(t[prev]))
        return false;
    /* "lawmakers in Springfield": the state's legislature; "help from
     * Springfield", "money from Albany": its government */
    on = on || cpi_ends_with(t, ws, "lawmakers in ") ||
         cpi_ends_with(t, ws, "legislators in ") ||
         cpi_ends_with(t, ws, "legislature in ") ||
         cpi_ends_with(t, ws, "Legislature in ") || cpi_ends_with(t, ws, "help from ") ||
         cpi_ends_with(t, ws, "money from ") || cpi_ends_with(t, ws, "aid from ") ||
         cpi_ends_with(t, ws, "funding from ");
    /* "we have asked Jefferson City to match the money" */
    static const char *const ASKING[] = {"asked",   "asks",    "urged",     "urges",
                                         "pressed", "lobbied", "petitioned"};
    for (size_t k = 0; k < sizeof ASKING / sizeof ASKING[0] && !on; k++)
        on = cpi_str_eq(ASKING[k], t + prev, ws - 1 - prev);
    if (!on && (t[ws - 2] != 'g' || t[ws - 3] != 'n' || t[ws - 4] != 'i'))
        return false;
    static const char *const LISTING[] = {"including", "during",    "following", "regarding",
                                          "concerning", "involving", "surrounding"};
    for (size_t k = 0; k < sizeof LISTING / sizeof LISTING[0] && !on; k++)
        if (cpi_str_eq(LISTING[k], t + prev, ws - 1 - prev))
            return false;
    if (names_county(t + ws, we - ws))
        return false; /* (the rows below are places') */
    size_t first, rows = rows_named(x, t + ws, we - ws, false, &first);
    for (size_t i = first; i < first + rows; i++)
        if (cpi_places[i].capital)
            return true;
    return false;
}

/* Is the word at `start` a surname: after a capitalised name and a
 * middle initial ("MERRICK B. GARLAND", "Lisa M. Monroe")? */
static bool surname_after_initial(const char *t, size_t start) {
    if (start < 6 || t[start - 1] != ' ' || t[start - 2] != '.' ||
        !cpi_is_upper(t[start - 3]) || t[start - 4] != ' ' || !cpi_is_alpha(t[start - 5]))
        return false;
    size_t w = start - 5; /* back to the first name's first letter */
    while (w > 0 && cpi_is_alpha(t[w - 1]))
        w--;
    return cpi_is_upper(t[w]) && start - 5 - w >= 1;
}

/* Is w[0..len) a direction that names a part of a city ("South
 * Columbus")? */
static bool compass_word(const char *w, size_t len) {
    static const char *const DIRECTIONS[] = {/* sorted */
                                             "East",      "North", "Northeast",
                                             "Northwest", "South", "Southeast",
                                             "Southwest", "West"};
    return len >= 4 && cpi_word_in(CPI_WORDS(DIRECTIONS), w, len);
}

/* Words of direction before a state ("in central Wyoming"). */
static const char *const COMPASS_WORDS[] = {
    "central",      "eastern",      "northern",     "southern",     "western",
    "northeastern", "northwestern", "southeastern", "southwestern", "rural",
};

/* Are the words [from, to) of a run, by their flags wf, plain ASCII? */
static inline bool ascii_words(const unsigned *wf, size_t from, size_t to) {
    for (size_t j = from; j < to; j++)
        if (wf[j] & WORD_HIGH)
            return false;
    return true;
}

/* May a name the bare names' walk of read_blocks tries in the run's words
 * [s0, k) (flags wf, plain ASCII, shorter than 128 bytes) be a place's: the
 * whole run, or one followed by an organisation's word, or that owns what
 * follows, ending in a word a place's name may end in? */
static inline bool bare_name_may_place(const unsigned *wf, size_t s0, size_t k) {
    for (size_t e = k; e > s0; e--)
        if ((wf[e - 1] & WORD_PLACE_END) &&
            (e == k || (wf[e] & WORD_ORG) || (wf[e - 1] & WORD_POSSESSIVE) ||
             (e + 1 < k && (wf[k - 1] & WORD_OFFICE))))
            return true;
    return false;
}

/* Does the name ending at `end` name a neighbourhood: "the Hyde Park
 * neighborhood", "the Historic Jefferson, Centennial and Lincoln
 * neighborhoods" (the rest of its list, names in capitals, then the
 * word)? Not a town of the gazetteer, whatever its name. */
static bool neighborhoods_after(const char *t, size_t n, size_t end) {
    enum { ITEMS = 6 };
    static const char *const JOINTS[] = {", and ", ", ", " and "};
    for (size_t item = 0; item < ITEMS; item++) {
        /* (a list's: "neighborhoods"; "Charleston, Greenville and
         * Columbia's Eau Claire neighborhood" lists towns) */
        if (cpi_starts_with(t, n, end, item ? " neighborhoods" : " neighborhood") ||
            cpi_starts_with(t, n, end, item ? " neighbourhoods" : " neighbourhood"))
            return true;
        size_t j = 0;
        for (size_t k = 0; k < sizeof JOINTS / sizeof JOINTS[0] && !j; k++)
            j = cpi_starts_with(t, n, end, JOINTS[k]);
        if (!j || end + j >= n || !cpi_is_upper(t[end + j]))
            return false;
        end += j; /* the next name: its words in capitals, none a town's own */
        do {
            end = word_end(t, n, end);
            if (end >= 2 && t[end - 2] == '\'' && t[end - 1] == 's')
                return false;
        } while (end + 1 < n && t[end] == ' ' && cpi_is_upper(t[end + 1]) && (end += 1));
    }
    return false;
}

/* Step 0 of read_blocks at the capital i: a name of cpi_joined_names, and
 * a state after it that qualifies it, read as the place (*end: after them).
 * 1 when read, 0 when none is there, -1 when out of memory. */
static int joined_name(cpi_extract *x, const cpi_capitals *caps, const cp_block *b,
                       const char *t, size_t n, size_t i, size_t *end) {
    const cpi_dict_entry *e = cpi_dict_match(&x->k->joined, t, n, i);
    if (!e)
        return 0;
    const cpi_joined_name *j = &cpi_joined_names[e->value];
    site_spec spec;
    if (j->county)
        spec_county(&spec, &cpi_counties[j->row]);
    else
        spec_place(&spec, &cpi_places[j->row]);
    size_t stop = i + e->len;
    /* "King of Prussia, Pa.": its state, not a site of its own */
    size_t qend = stop;
    if (stop + 2 < n && t[stop] == ',' && t[stop + 1] == ' ' &&
        cpi_is_upper(t[stop + 2])) {
        int st = state_at(x, caps, t, n, stop + 2, &qend);
        if (st >= 0 && !same_code(cpi_states[st].code, spec.state))
            return 0; /* another state's: not this place */
        if (st < 0)
            qend = stop;
    }
    if (!add_site(x, &spec, b, i, stop))
        return -1;
    *end = qend;
    return 1;
}

/* Can the run of capitalised words ws/we (k words, flags wf, the first
 * word's state first_state as the first pass read it) name nothing that
 * read_blocks's steps after a region's would find? True only where none of
 * them can: no heading, postal code, state or list of counties, nothing
 * after it that qualifies it, and no name in it that ends in a word a
 * place's name may end in (the bare names' test, word by word). Most runs
 * ("Officials said", "Attorney General Dana Whitfield") are left then. */
static HOT_INLINE bool run_names_nothing(const cpi_extract *x, const cp_block *b, const char *t,
                                         size_t n, const size_t *ws, const size_t *we,
                                         const unsigned *wf, size_t k, bool first_asked,
                                         int first_state, unsigned block_flags) {
    size_t run_end = we[k - 1];
    if (first_state != -1 || (block_flags & BLOCK_COUNTIES))
        return false; /* a state (or not known yet), a list of counties */
    if (run_end + 1 < n && (t[run_end] == ',' || (t[run_end] == ' ' && t[run_end + 1] == '(')))
        return false; /* ", Mich.", " (Mass.)" */
    if (k > 1 || (wf[0] & (WORD_COUNTY | WORD_PLURAL))) {
        if (cpi_starts_with(t, n, run_end, " in "))
            return false; /* "Humboldt County in California" */
        size_t code_len = we[k - 1] - ws[k - 1];
        if (k > 1 && (code_len == 2 || code_len == 3))
            return false; /* "Boston MA" */
    }
    if (ws[0] == 0 && run_end == n && b->kind == CP_BLOCK_HEADING)
        return false; /* "LOUISIANA" */
    size_t s0 = 0;
    while (s0 < k && !(s0 == 0 && first_asked) && (wf[s0] & WORD_RUN_FUNCTION))
        s0++;
    if (s0 == k)
        return true; /* function words alone */
    if (run_end - ws[s0] >= 128 || (x->noun_list_hit && x->noun_list_hit == x->site_hit_count))
        return false;
    unsigned all = 0;
    for (size_t j = s0; j < k; j++)
        all |= wf[j];
    if (all & (WORD_DASH | WORD_HIGH))
        return false; /* "Dallas-Fort Worth"; a name the filter does not read */
    if (s0 + 1 < k && cpi_str_eq("Township", t + ws[k - 1], we[k - 1] - ws[k - 1]))
        return false;
    if (bare_name_may_place(wf, s0, k))
        return false;
    /* "counties such as Cecil": a county's name */
    size_t before = cpi_prev_word(t, ws[s0]);
    return before == SIZE_MAX || !cpi_word_is(t, n, before, "as");
}

/* A byline's end of its writer's name ("By Dana Whitlock, Ozarks Courier
 * staff": the paper's name is no place of the story), else n. */
static size_t byline_name_end(const char *t, size_t n) {
    enum { LONGEST = 120 };
    if (n > LONGEST || n < 6 || t[0] != 'B' || t[1] != 'y' || t[2] != ' ' ||
        !cpi_is_upper(t[3]))
        return n;
    for (size_t i = 3; i + 1 < n; i++)
        if ((t[i] == ',' || t[i] == '|') && t[i + 1] == ' ')
            return i;
    return n;
}

static bool read_blocks(cpi_extract *x) {
    /* (one call for the document's blocks: most hold a few capitals, and a
     * call per block would cost as much as reading them) */
    for (size_t block = 0; block < x->doc->block_count; block++) {
        const cp_block *b = &x->doc->blocks[block];
        if (!cpi_block_readable(b, false))
            continue;
        const char *t = cpi_block_text(b);
        size_t n = byline_name_end(t, b->text_size);
        cpi_capitals caps = cpi_capitals_of(x, block);
        x->reading_block = block;
        /* (no list of counties, nor "Counties", where the first pass saw none) */
        unsigned block_flags = x->site_memos->block_flags[block];
        for (size_t i = cpi_capitals_next(&caps, 0, n); i < n;
             i = cpi_capitals_next(&caps, i + 1, n)) {
            /* A capitalised function word before a name ("In Ohio,", "The Twin
             * Cities will"): the name starts at the next word. */
            size_t first_end = capital_end(x, caps.at, t, n, i);
            const capital_info *first_info = &x->site_memos->capitals[caps.at - x->capitals];
            unsigned first_flags = first_info->flags;
            assert(!(first_flags & WORD_FUNCTION) == !function_word(x, t + i, first_end - i));
            /* (when asked here and false, the run's first word is no function
             * word below either: with the period of "St." it is none) */
            bool first_asked = first_end + 1 < n && t[first_end] == ' ' && cpi_is_upper(t[first_end + 1]);
            if (first_asked && (first_flags & WORD_FUNCTION))
                continue;
            /* ... or a count ("Forty-seven Polk County deputies"), unless
             * it starts a region's name ("Four Corners") */
            assert(!(first_flags & WORD_COUNT) == !spelled_count(t + i, first_end - i));
            if (first_asked && (first_flags & WORD_COUNT) &&
                !((first_flags & WORD_REGION) &&
                  cpi_dict_match_word(&x->k->regions, t, n, i)))
                continue;
            /* 0. A place whose name has a word in lower case ("Isle of Wight
             * County", "King of Prussia, Pa."): no run of capitals reads it */
            unsigned char c0 = (unsigned char)t[i];
            if (first_flags & WORD_JOINED) {
                /* the word in lower case after this one, or after one more
                 * ("St. John the Baptist Parish", the period of "St." after
                 * its word): "of", "du", "de", "and", "the", "in", "by",
                 * "qui", "or", "at" start with one of these letters */
                const uint32_t JOINING = 1u << ('o' - 'a') | 1u << ('d' - 'a') |
                                         1u << ('a' - 'a') | 1u << ('t' - 'a') |
                                         1u << ('i' - 'a') | 1u << ('b' - 'a') |
                                         1u << ('q' - 'a');
                size_t at =
                    first_end < n && t[first_end] == '.' ? first_end + 1 : first_end;
                if ((c0 == 'S' || c0 == 'L' || c0 == 'N') && at + 2 < n && t[at] == ' ' &&
                    cpi_is_upper(t[at + 1]))
                    at = word_end(t, n, at + 1); /* (only such names have two) */
                if (at + 2 < n && t[at] == ' ' && cpi_is_lower(t[at + 1]) &&
                    (JOINING >> (t[at + 1] - 'a') & 1)) {
                    size_t end = 0;
                    int read = joined_name(x, &caps, b, t, n, i, &end);
                    if (read < 0)
                        return false;
                    if (read) {
                        i = end - 1; /* (the loop goes on after it) */
                        continue;
                    }
                }
            }
            /* 1. A named region. */
            const cpi_dict_entry *re =
                first_flags & WORD_REGION ? cpi_dict_match_word(&x->k->regions, t, n, i) : NULL;
            assert(re == cpi_dict_match(&x->k->regions, t, n, i)); /* (debug builds) */
            if (re && region_names_program(t, n, i + re->len)) {
                i += re->len; /* "the Appalachia HIDTA": a program's name (or
                               * a street's) */
                continue;
            }
            int joined = re ? joined_cities(x, b, t, i, i + re->len, &cpi_regions[re->value]) : 0;
            if (joined < 0)
                return false;
            if (joined) {
                i += re->len; /* "Dallas-Fort Worth": Dallas and Fort Worth */
                continue;
            }
            if (re) {
                const cpi_region *r = &cpi_regions[re->value];
                site_spec spec;
                memset(&spec, 0, sizeof spec);
                spec.kind = CP_SITE_REGION;
                spec.name = r->name;
                spec.folded = r->key;
                copy_name(spec.state, sizeof spec.state, r->state);
                spec.has_coordinates = true;
                spec.lat = r->lat;
                spec.lon = r->lon;
                /* named as the text writes it ("the Triad" of the Piedmont
                 * Triad), under the table's id */
                size_t wlen = re->len;
                if (wlen < sizeof spec.text && cpi_is_upper(t[i]) &&
                    !(strlen(r->name) == wlen &&
                      cpi_same_letters(r->name, t + i, wlen))) {
                    spec.key = r->name;
                    memcpy(spec.text, t + i, wlen);
                    spec.text[wlen] = '\0';
                    spec.name = spec.text;
                }
                if (!add_site(x, &spec, b, i, i + re->len))
                    return false;
                i += re->len;
                continue;
            }
            size_t ws[MAX_RUN_WORDS], we[MAX_RUN_WORDS];
            unsigned wf[MAX_RUN_WORDS]; /* the words' flags (WORD_...) */
            size_t k = capital_run_from(x, caps.at, t, n, i, first_end, ws, we, wf);
    #ifndef NDEBUG
            for (size_t j = 0; j < k; j++) { /* the flags as asked of the words (debug builds) */
                const char *w = t + ws[j];
                size_t wn = we[j] - ws[j];
                assert(!(wf[j] & WORD_RUN_FUNCTION) == !function_word(x, w, wn));
                assert(!(wf[j] & WORD_COUNTY) == !is_county_word(w, wn));
                assert(!(wf[j] & WORD_PLURAL) == !(wn == 8 && (memcmp(w, "Counties", 8) == 0 ||
                                                                memcmp(w, "Parishes", 8) == 0)));
                assert(!(wf[j] & WORD_ORG) == !org_of_place(x, w, wn));
                assert(!(wf[j] & WORD_AGENCY) == !local_agency(x, w, wn));
                assert(!(wf[j] & WORD_OFFICE) == !office_word(w, wn));
                assert(!(wf[j] & WORD_DASH) == !memchr(w, '-', wn));
            }
    #endif
            if (k == 0)
                continue;
            size_t run_end = we[k - 1];
            /* "the Wind River Indian Reservation", "the Osage Nation", "Pueblo of
             * Laguna", "the Gila River Indian Community": a tribal land, a
             * region */
            size_t last_len = we[k - 1] - ws[k - 1];
            bool reservation =
                k > 1 &&
                ((last_len == 11 && memcmp(t + ws[k - 1], "Reservation", 11) == 0) ||
                 (last_len == 6 && memcmp(t + ws[k - 1], "Nation", 6) == 0) ||
                 (k > 2 && last_len == 9 && memcmp(t + ws[k - 1], "Community", 9) == 0 &&
                  we[k - 2] - ws[k - 2] == 6 &&
                  memcmp(t + ws[k - 2], "Indian", 6) == 0) ||
                 (k > 2 && we[0] - ws[0] == 6 && memcmp(t + ws[0], "Pueblo", 6) == 0 &&
                  we[1] - ws[1] == 2 && memcmp(t + ws[1], "of", 2) == 0));
            if (reservation)
                note_tribe(x, t, ws, we, k);
            if ((!reservation && run_names_nothing(x, b, t, n, ws, we, wf, k, first_asked,
                                                   first_info->state, block_flags)) ||
                (run_end < n && t[run_end] != '.' && !(wf[0] & WORD_POSSESSIVE) &&
                 (block_flags & BLOCK_NEIGHBORHOODS) &&
                 neighborhoods_after(t, n, run_end))) {
                i = run_end;
                continue;
            }
            /* 1b. A line that is a state's name in capitals ("LOUISIANA" over
             * its rows of awards): the state, not a town of that name */
            if (ws[0] == 0 && run_end == n && b->kind == CP_BLOCK_HEADING) {
                int whole = state_in_capitals(x, t, n);
                if (whole >= 0) {
                    site_spec spec;
                    spec_state(&spec, &cpi_states[whole]);
                    if (!add_site(x, &spec, b, 0, n))
                        return false;
                    i = n;
                    continue;
                }
            }
            /* 1c. A place and its postal code without a comma, as a table's
             * row or a list writes it ("Boston MA $1,950,000", "Salt Lake City
             * UT", "Kalamazoo County MI"): the city or county of that state */
            size_t code_len = we[k - 1] - ws[k - 1]; /* ("UT." ends a sentence) */
            if (k >= 2 && (code_len == 2 || (code_len == 3 && t[we[k - 1] - 1] == '.')) &&
                cpi_is_upper(t[ws[k - 1]]) && cpi_is_upper(t[ws[k - 1] + 1]) &&
                we[k - 2] - ws[0] < 100) {
                char code[3] = {t[ws[k - 1]], t[ws[k - 1] + 1], '\0'};
                site_spec spec;
                if (cpi_state_by_code(code) >= 0 && !function_word(x, t + ws[0], we[0] - ws[0]) &&
                    resolve(x, t + ws[0], we[k - 2] - ws[0], code, false, &spec) &&
                    (spec.kind == CP_SITE_CITY || spec.kind == CP_SITE_COUNTY)) {
                    if (!add_site(x, &spec, b, ws[0], ws[k - 1] + 2))
                        return false;
                    i = ws[k - 1] + 2;
                    continue;
                }
            }
            /* 2. A place qualified by its state: "Memphis, Tennessee". */
            size_t qend = 0;
            int st = -1;
            bool in_form = false;
            /* the state named at the run's start (ws[0] is i), if any: step 3
             * reads it too */
            size_t state_end = i;
            int first_state = first_info->state;
            if (first_state >= 0) /* (the first pass's, mostly) */
                state_end = i + first_info->state_len;
            else if (first_state == -2)
                first_state = state_at(x, &caps, t, n, i, &state_end);
            assert(first_state == state_at(x, &caps, t, n, i, &(size_t){i})); /* (debug builds) */
            bool run_is_state = first_state >= 0 && state_end == run_end;
            if (run_end + 2 < n && t[run_end] == ',' && t[run_end + 1] == ' ') {
                st = state_at(x, &caps, t, n, run_end + 2, &qend);
                /* "California, Maryland" and "Upstate New York, Kansas" list
                 * states; "Washington, D.C." is a place */
                if (st >= 0 && (st < 128 && x->cache->sites_read->state_name_len[st] < 255
                                    ? x->cache->sites_read->state_name_len[st]
                                    : strlen(cpi_states[st].name)) == qend - (run_end + 2)) {
                    bool ends_in_state = run_is_state;
                    for (size_t j = 1; j < k && !ends_in_state; j++) {
                        size_t e = ws[j];
                        ends_in_state = state_at(x, &caps, t, n, ws[j], &e) >= 0 && e == run_end;
                    }
                    if (ends_in_state)
                        st = -1;
                }
                /* "Multnomah, Washington and Clackamas counties" lists counties */
                bool parish;
                if (st >= 0 && (block_flags & BLOCK_COUNTIES) &&
                    county_list_end(x, &caps, t, n, run_end, &parish))
                    st = -1;
                /* "New York City, Washington, D.C., and ...": the next place of a
                 * list, not a state */
                if (st >= 0 && qend + 6 <= n && memcmp(t + qend, ", D.C.", 6) == 0)
                    st = -1;
                /* "Wyandotte County, Kansas City, Kan.", "Norfolk, Virginia
                 * Beach": a place whose name starts with a state's */
                if (st >= 0 && qend + 6 <= n && t[qend] == ' ' &&
                    (memcmp(t + qend, " City", 5) == 0 ||
                     memcmp(t + qend, " Beach", 6) == 0) &&
                    (qend + 6 == n || !cpi_is_alpha(t[qend + 5 + (t[qend + 1] == 'B')])))
                    st = -1;
                /* "Boston, New York and Houston": the city, next in a list,
                 * after a large city of another state */
                if (st >= 0 && qend - (run_end + 2) == 8 &&
                    memcmp(t + run_end + 2, "New York", 8) == 0 &&
                    (cpi_starts_with(t, n, qend, " and ") || cpi_starts_with(t, n, qend, ", ")) &&
                    large_elsewhere(t + ws[0], run_end - ws[0], "NY"))
                    st = -1;
            }
            bool plural = wf[k - 1] & WORD_PLURAL; /* "Counties", "Parishes" */
            bool county_like = plural || (wf[k - 1] & WORD_COUNTY);
            /* (and an agency's: "the Montgomery County Police Department in
             * Maryland", whatever the state of the list item before) */
            bool agency =
                (wf[k - 1] & WORD_AGENCY) || (k >= 2 && (wf[k - 2] & WORD_AGENCY));
            if (st < 0 && (county_like || reservation || agency) && run_end + 4 < n &&
                memcmp(t + run_end, " in ", 4) == 0) {
                size_t at = run_end + 4;
                size_t dir = reservation ? cpi_phrase_at(t, n, at, CPI_PHRASES(COMPASS_WORDS)) : 0;
                if (dir && at + dir < n && t[at + dir] == ' ')
                    at += dir + 1; /* "in central Wyoming" */
                st = state_at(x, &caps, t, n, at, &qend);
                in_form = st >= 0;
            }
            if (st < 0 && run_end + 3 < n && t[run_end] == ' ' && t[run_end + 1] == '(') {
                /* "Tohono O'odham Nation (Arizona)", "the Cambridge (Mass.) Police
                 * Department": the state in parentheses; after an agency's whole
                 * name ("Wilmington Police Department (Delaware)") it qualifies
                 * the place that owns the agency (below), whatever the states
                 * the text names elsewhere */
                size_t e = run_end + 2;
                int paren = state_at(x, &caps, t, n, run_end + 2, &e);
                if (paren >= 0 && e < n && t[e] == ')') {
                    st = paren;
                    qend = e + 1;
                }
            }
            if (st >= 0) {
                const char *code = cpi_states[st].code;
                bool done = false;
                if (ws[0] >= 10 && memcmp(t + ws[0] - 10, "Pueblo of ", 10) == 0 &&
                    run_end - ws[0] + 10 < sizeof(((site_spec *)0)->text)) {
                    /* "Pueblo of Laguna, N.M.": a tribe's land, not Laguna */
                    site_spec spec;
                    memset(&spec, 0, sizeof spec);
                    spec.kind = CP_SITE_REGION;
                    memcpy(spec.text, t + ws[0] - 10, run_end - ws[0] + 10);
                    spec.name = spec.text;
                    memcpy(spec.state, code, 3);
                    if (!add_site(x, &spec, b, ws[0] - 10, qend))
                        return false;
                    done = true;
                }
                for (size_t s = 0; s < k && !done; s++) {
                    if (s > 0 && !(wf[s - 1] & WORD_RUN_FUNCTION) && s < k - 1)
                        continue;
                    site_spec spec;
                    char copy[128];
                    const char *name = t + ws[s]; /* (in the text, not NUL-terminated) */
                    size_t len = run_end - ws[s];
                    if (len >= sizeof copy - 8)
                        continue;
                    if (plural && s + 1 >= k)
                        continue; /* "Counties" alone names none */
                    if (plural) {
                        /* "Cecil and Frederick Counties": each is a County. */
                        len = ws[k - 1] - 1 - ws[s];
                        memcpy(copy, name, len);
                        len += (size_t)snprintf(copy + len, sizeof copy - len,
                                                t[ws[k - 1]] == 'C' ? " County" : " Parish");
                        name = copy;
                    }
                    if (!(s == 0 && first_asked) && (wf[s] & WORD_RUN_FUNCTION))
                        continue;
                    /* "County of San Diego, California", as award lists name
                     * a county: San Diego County */
                    if (!plural && ws[s] >= 10 &&
                        memcmp(t + ws[s] - 10, "County of ", 10) == 0) {
                        memcpy(copy, name, len);
                        memcpy(copy + len, " County", 7);
                        if (resolve(x, copy, len + 7, code, false, &spec) &&
                            spec.kind == CP_SITE_COUNTY) {
                            if (!add_site(x, &spec, b, ws[s] - 10,
                                          in_form ? run_end : qend))
                                return false;
                            done = true;
                            continue;
                        }
                    }
                    bool known = resolve(x, name, len, code, false, &spec);
                    /* (what is remembered of the name, for name_as_written below) */
                    name_memo *resolved = known ? x->site_memos->resolved : NULL;
                    if (!known && !plural && s == k - 1) {
                        /* "Oakland-Richmond, Ca.": two places joined by a hyphen */
                        const char *dash = memchr(name, '-', len);
                        site_spec other;
                        if (dash && resolve(x, name, (size_t)(dash - name), code, false, &other) &&
                            resolve(x, dash + 1, len - (size_t)(dash - name) - 1, code, false, &spec)) {
                            if (!add_site(x, &other, b, ws[s], ws[s] + (size_t)(dash - name)))
                                return false;
                            known = true;
                        }
                    }
                    if (!known && !plural &&
                        (county_like || (reservation && s == 0) ||
                         (we[k - 1] - ws[k - 1] == 8 && memcmp(t + ws[k - 1], "Township", 8) == 0))) {
                        memset(&spec, 0, sizeof spec);
                        spec.kind = county_like  ? CP_SITE_COUNTY
                                    : reservation ? CP_SITE_REGION
                                                  : CP_SITE_CITY;
                        memcpy(spec.text, name, len); /* (len < 120) */
                        spec.text[len] = '\0';
                        spec.name = spec.text;
                        memcpy(spec.state, code, 3);
                        known = true;
                    }
                    if (!known)
                        continue;
                    if (plural) {
                    } else if (resolved && resolved->as_written >= 0) {
                        /* (as for this name and state before) */
                        if (!resolved->as_written)
                            name_as_written(&spec, name, len);
                    } else {
                        /* not one of two joined */
                        bool as_is = memchr(name, '-', len) || !name_as_written(&spec, name, len);
                        if (resolved)
                            resolved->as_written = as_is;
                    }
                    if (!add_site(x, &spec, b, ws[s], in_form ? run_end : qend))
                        return false;
                    if (in_form && reservation) {
                        /* "the Wind River Reservation in central Wyoming" names
                         * the state too ("Humboldt County in California" only
                         * qualifies the county) */
                        site_spec whole;
                        spec_state(&whole, &cpi_states[st]);
                        if (!add_site(x, &whole, b, run_end + 4, qend))
                            return false;
                    }
                    if (list_separator_before(t, ws[s]) && /* (most places head no list) */
                        !listed_before_walk(x, b, ws[s], code, plural))
                        return false;
                    done = true;
                }
                /* "Stockton Police Department, Calif.", "Elkhart County
                 * Sheriff's Office, Indiana": the state qualifies the city or
                 * county that owns the agency (a recipient named through
                 * it), the words before the agency's */
                for (size_t e = 1;
                     e < k && !done && (wf[k - 1] & (WORD_ORG | WORD_OFFICE)); e++) {
                    if (!(wf[e] & (WORD_AGENCY | WORD_ORG)))
                        continue; /* ("Louisville Metro Government, Kentucky") */
                    site_spec spec;
                    size_t len = we[e - 1] - ws[0];
                    bool found =
                        resolve(x, t + ws[0], len, code, false, &spec) &&
                        (spec.kind == CP_SITE_CITY || spec.kind == CP_SITE_COUNTY);
                    /* ("Miami-Dade Police Department (Fla.)": a county's
                     * name without "County", when no town has it) */
                    char county[64];
                    if (!found && len + 8 <= sizeof county &&
                        !names_county(t + ws[0], len)) {
                        memcpy(county, t + ws[0], len);
                        memcpy(county + len, " County", 8);
                        found = resolve(x, county, len + 7, code, false, &spec) &&
                                spec.kind == CP_SITE_COUNTY;
                    }
                    if (found) {
                        if (!add_site(x, &spec, b, ws[0], we[e - 1]))
                            return false;
                        done = true;
                    } /* (else the word may be the place's own: "Kansas City
                       * Police Department (Kan.)") */
                }
                if (done) {
                    i = qend;
                    continue;
                }
                /* "Clarksville, West Virginia" with no such place in the
                 * gazetteer: not Clarksville of another state, and the state
                 * only qualified it (unless the state's name goes on into
                 * another name: "Detroit, Kansas City") */
                bool state_ends_name =
                    !(qend + 1 < n && t[qend] == ' ' && cpi_is_upper(t[qend + 1]));
                /* "Houston, Los Angeles, New York/New Jersey": a great city of
                 * another state inside a list goes on the list, and so does the
                 * state after it */
                bool listed_on = list_separator_before(t, ws[0]) && qend < n &&
                                 (t[qend] == ',' || t[qend] == '/' ||
                                  cpi_starts_with(t, n, qend, " and ")) &&
                                 great_city(t + ws[0], run_end - ws[0]);
                /* (a run with a digit names no place: "In FY2024,
                 * California received ...") */
                bool digits = false;
                for (size_t d = ws[0]; d < run_end && !digits; d++)
                    digits = cpi_is_digit(t[d]);
                if (!in_form && !run_is_state && !county_like && k <= 3 &&
                    state_ends_name && !(wf[0] & WORD_RUN_FUNCTION) && !listed_on &&
                    !digits) {
                    i = qend;
                    continue;
                }
            }
            /* 3. A state on its own, or the District of Columbia. */
            size_t send = state_end; /* (i when none) */
            int alone = first_state;
            if (alone >= 0 && send + 5 <= n &&
                (memcmp(t + send, " City", 5) == 0 ||
                 (send + 7 <= n && memcmp(t + send, " Citian", 7) == 0)))
                alone = -1; /* "Kansas City": the city's name ("Kansas Citians": its
                               people) */
            bool in_county_list;
            if (alone >= 0 && ((send + 7 <= n && (memcmp(t + send, " County", 7) == 0 ||
                                                  memcmp(t + send, " Parish", 7) == 0)) ||
                               ((block_flags & BLOCK_COUNTIES) &&
                                county_list_end(x, &caps, t, n, send, &in_county_list))))
                alone = -1; /* "Delaware County", "Washington Parish", "Washington and
                             * Clackamas counties": a county's name */
            if (alone >= 0 && send < run_end && state_begins_place(t, i, send, run_end))
                alone = -1; /* "Virginia Beach", "Colorado Springs": a place's name */
            if (alone >= 0 && send + 1 < n && t[send] == ' ' && names_a_feature(x, t, n, send + 1)) {
                i = run_end; /* "the Mississippi River" */
                continue;
            }
            if (alone >= 0 && send == run_end && river_named(t, i)) {
                i = run_end; /* "across the Mississippi" */
                continue;
            }
            if (alone >= 0 && send - i > 2) {
                const cpi_state *s = &cpi_states[alone];
                bool full = cpi_str_eq(s->name, t + i, send - i);
                bool dc = s->kind == CPI_DISTRICT;
                size_t prev = cpi_prev_word(t, i);
                bool district_of = prev != SIZE_MAX && cpi_word_is(t, n, prev, "of") &&
                                   cpi_prev_word(t, prev) != SIZE_MAX &&
                                   (cpi_word_is(t, n, cpi_prev_word(t, prev), "District") ||
                                    cpi_word_is(t, n, cpi_prev_word(t, prev), "University"));
                if (district_of) {
                    i = send; /* "the University of California", "the District of
                               * Oregon": a name's part, no place of that name */
                    continue;
                }
                if (full || dc) {
                    site_spec spec;
                    bool city = false;
                    bool state_row =
                        (strcmp(s->code, "NY") == 0 || strcmp(s->code, "WA") == 0) &&
                        row_of_state_table(x->doc, b);
                    if (strcmp(s->code, "NY") == 0 &&
                        !cpi_word_is(t, n, send + 1, "State") &&
                        !cpi_word_is(t, n, send + 1, "state") && !state_row) {
                        /* "New York" alone is the city, named as written */
                        city = resolve(x, "New York City", 13, "NY", false, &spec);
                        if (city)
                            spec.name = "New York";
                    }
                    if (strcmp(s->code, "WA") == 0 &&
                        !cpi_word_is(t, n, send + 1, "State") &&
                        !cpi_word_is(t, n, send + 1, "state") && !state_row &&
                        !listed_with_state(x, &caps, b, t, n, i, send)) {
                        /* "Chicago, New York, Los Angeles and Washington": the
                         * capital, listed after a city of another state */
                        const cp_site *before =
                            listed_after_site(x, b, i) == LISTED
                                ? x->site_hits[x->site_hit_count - 1].entity
                                : NULL;
                        int capital_row = (before &&
                                           (before->kind == CP_SITE_CITY ||
                                            before->kind == CP_SITE_REGION) &&
                                           !same_code(before->state, "WA")) ||
                                                  (x->state_weight[alone] == 0 &&
                                                   capital_in(t, n, i, send))
                                              ? cpi_state_by_code("DC")
                                              : -1;
                        if (capital_row >= 0) {
                            site_spec capital;
                            spec_state(&capital, &cpi_states[capital_row]);
                            if (!add_site(x, &capital, b, i, send))
                                return false;
                        }
                        i = send; /* "Washington": the government, not a place */
                        continue;
                    }
                    if (qualifies_places_before(x, b, i, s->code)) {
                        i = send; /* "Memphis and Jackson in Tennessee" */
                        continue;
                    }
                    if (!city)
                        spec_state(&spec, s);
                    if (!add_site(x, &spec, b, i, send))
                        return false;
                    i = send;
                    continue;
                }
                if (!full) {
                    i = send;
                    continue;
                }
            }
            /* A tribal land's name with no state: none of its words is a
             * place of its own ("the Navajo Nation" is not Navajo, N.M.) */
            if (reservation) {
                /* "Yakima and Toppenish, on the Yakama Reservation": a
                 * reservation's name (not a nation's, which may span
                 * states) is of the state of the place before it in its
                 * paragraph */
                char code[3];
                if ((last_len == 11 || last_len == 9) &&
                    run_end - ws[0] < sizeof(((site_spec *)0)->text) &&
                    !(wf[0] & WORD_RUN_FUNCTION)) {
                    /* (or of its table row's state cell: "| Gila River Indian
                     * Community | AZ |"; or of the place its sentence lists
                     * next with its state: "on the Pine Ridge Indian
                     * Reservation and in Rapid City, South Dakota") */
                    int cell = table_cell_state(x, t, n, run_end);
                    if (cell < 0)
                        cell = state_listed_next(x, &caps, t, n, run_end);
                    if (cell >= 0)
                        memcpy(code, cpi_states[cell].code, 3);
                    else
                        near_state(x, b, ws[0] == 0, code);
                    x->near_over = false;
                    if (code[0]) {
                        site_spec spec;
                        memset(&spec, 0, sizeof spec);
                        spec.kind = CP_SITE_REGION;
                        memcpy(spec.text, t + ws[0], run_end - ws[0]);
                        spec.name = spec.text;
                        memcpy(spec.state, code, 3);
                        if (!add_site(x, &spec, b, ws[0], run_end))
                            return false;
                    }
                }
                i = run_end;
                continue;
            }
            /* 4. A bare place name. */
            size_t s0 = 0;
            while (s0 < k && !(s0 == 0 && first_asked) && (wf[s0] & WORD_RUN_FUNCTION))
                s0++;
            size_t before = s0 == 0 ? cpi_prev_word(t, ws[0]) : SIZE_MAX; /* (read then only) */
            bool after_the = s0 > 0 ? cpi_word_is(t, n, ws[s0 - 1], "The")
                                    : (before != SIZE_MAX && (cpi_word_is(t, n, before, "the") ||
                                                              cpi_word_is(t, n, before, "The")));
            bool parish = false;
            size_t list_end = s0 < k && (block_flags & BLOCK_COUNTIES)
                                  ? county_list_end(x, &caps, t, n, run_end, &parish)
                                  : 0;
            /* (a state's name before "county" alone: "the Indiana county of
             * the same name" is a county in that state, none called so) */
            size_t named_end = 0;
            if (list_end == run_end + 7 &&
                state_at(x, &caps, t, n, ws[s0], &named_end) >= 0 && named_end == run_end)
                list_end = 0;
            if (list_end) {
                /* "Rankin and Madison counties": each a county, of the state
                 * that follows the list or else of the one in view */
                size_t list_state_end = list_end;
                int qst = list_end + 2 < n && t[list_end] == ',' && t[list_end + 1] == ' '
                              ? state_at(x, &caps, t, n, list_end + 2, &list_state_end)
                              : -1;
                /* "Campbell, Claiborne and Hancock counties in Tennessee" */
                if (qst < 0 && list_end + 4 < n && memcmp(t + list_end, " in ", 4) == 0)
                    qst = state_at(x, &caps, t, n, list_end + 4, &list_state_end);
                /* "in Tennessee, Campbell, Claiborne and Knox counties" */
                if (qst < 0)
                    qst = state_opening_list(x, t, n, ws[s0]);
                char name[128];
                size_t len = run_end - ws[s0];
                site_spec spec;
                if (len + 8 < sizeof name) {
                    memcpy(name, t + ws[s0], len);
                    memcpy(name + len, parish ? " Parish" : " County", 8);
                    if (resolve(x, name, len + 7, qst >= 0 ? cpi_states[qst].code : NULL, false,
                                &spec) &&
                        spec.kind == CP_SITE_COUNTY && !add_site(x, &spec, b, ws[s0], run_end))
                        return false;
                }
                s0 = k; /* not a bare place either way */
            }
            /* "parishes such as Plaquemines and Jefferson Davis": each a
             * county (a parish) of the state in view */
            /* the word before the name (the one before the run, when no
             * function word starts it) */
            size_t before_name = s0 == 0 ? before : s0 < k ? cpi_prev_word(t, ws[s0]) : SIZE_MAX;
            such_as noun = s0 < k ? such_as_after(x, t, n, before_name) : SUCH_AS_NONE;
            if (noun == SUCH_AS_NONE && s0 < k && x->noun_list_hit &&
                x->noun_list_hit == x->site_hit_count && listed_after_site(x, b, ws[s0]))
                noun = x->noun_list_parish ? SUCH_AS_PARISH : SUCH_AS_COUNTY;
            if (noun == SUCH_AS_COUNTY || noun == SUCH_AS_PARISH) {
                char name[128];
                size_t len = run_end - ws[s0];
                site_spec spec;
                if (len + 8 < sizeof name) {
                    /* (Louisiana's counties are parishes, whatever a
                     * federal program calls them) */
                    if (noun == SUCH_AS_COUNTY && state_in_view(x, "LA"))
                        noun = SUCH_AS_PARISH;
                    memcpy(name, t + ws[s0], len);
                    memcpy(name + len, noun == SUCH_AS_PARISH ? " Parish" : " County", 8);
                    if (resolve(x, name, len + 7, NULL, false, &spec) &&
                        spec.kind == CP_SITE_COUNTY) {
                        if (!add_site(x, &spec, b, ws[s0], run_end))
                            return false;
                        x->noun_list_hit = x->site_hit_count;
                        x->noun_list_parish = noun == SUCH_AS_PARISH;
                        i = run_end;
                        continue;
                    }
                }
            }
            if (s0 < k && (block_flags & BLOCK_PLURAL) && counties_follow(t, n, run_end))
                s0 = k; /* "Florence and Horry Counties"; "the White House" */
            /* (the township's word ends the run, or its agency's words
             * follow: "Cheltenham Township Police Department") */
            size_t tk = k;
            while (tk > s0 + 2 && (wf[tk - 1] & (WORD_AGENCY | WORD_ORG | WORD_OFFICE)) &&
                   !cpi_str_eq("Township", t + ws[tk - 1], we[tk - 1] - ws[tk - 1]))
                tk--;
            if (s0 + 1 < tk &&
                cpi_str_eq("Township", t + ws[tk - 1], we[tk - 1] - ws[tk - 1])) {
                /* "Redford Township": the township of a place the gazetteer
                 * knows, read as the text names it, in a state the text
                 * names or names a place of (townships are not in the
                 * gazetteer: "Millcreek Township" near Erie is no town of
                 * Utah's, but of the state of Erie, below) */
                site_spec spec;
                bool known = resolve_in(x, t + ws[s0], we[tk - 2] - ws[s0], NULL, true,
                                        true, &spec) &&
                             spec.kind == CP_SITE_CITY && state_in_view(x, spec.state);
                if (!known) {
                    /* else a township of the state of the place named just
                     * before it in its paragraph, where states have
                     * townships ("the Erie County District Attorney's
                     * Office, Millcreek Township police") */
                    char near[3];
                    near_state(x, b, false, near);
                    known = near[0] && township_state(near);
                    /* ... or of the one state with townships the text names
                     * ("Pennsylvania awards:" over "- Cheltenham Township
                     * Police Department") */
                    if (!known && !near[0])
                        known = only_township_state(x, near);
                    if (known) {
                        memset(&spec, 0, sizeof spec);
                        spec.kind = CP_SITE_CITY;
                        memcpy(spec.state, near, 3);
                    }
                }
                if (known) {
                    snprintf(spec.text, sizeof spec.text, "%.*s",
                             (int)(we[tk - 1] - ws[s0]), t + ws[s0]);
                    spec.name = spec.text;
                    spec.key = NULL;
                    spec.folded = NULL;
                    if (!add_site(x, &spec, b, ws[s0], we[tk - 1]))
                        return false;
                }
                s0 = k; /* not a bare place either way */
            }
            if (s0 < k && s0 + 3 >= k && we[k - 1] - ws[s0] < 64) {
                /* "Dallas-Fort Worth", "Raleigh-Durham": two cities of one state
                 * joined by a hyphen are two sites, unless the whole is itself
                 * a place ("Winston-Salem", "Wilkes-Barre"); of two states,
                 * two cities of one metro area ("Philadelphia-Camden", not
                 * Tulsa's "Kendall-Whittier" district) */
                /* (a word without a hyphen, as the first pass found, is not read) */
                const char *dash =
                    wf[s0] & WORD_DASH ? memchr(t + ws[s0], '-', we[s0] - ws[s0]) : NULL;
                assert(dash == memchr(t + ws[s0], '-', we[s0] - ws[s0])); /* (debug builds) */
                size_t d = dash ? (size_t)(dash - t) : 0;
                site_spec whole, one, two;
                if (dash && d > ws[s0] && d + 1 < we[s0] && cpi_is_upper(t[d + 1]) &&
                    !(resolve_in(x, t + ws[s0], we[k - 1] - ws[s0], NULL, true, true,
                                 &whole) &&
                      whole.kind != CP_SITE_REGION) &&
                    resolve_in(x, t + ws[s0], d - ws[s0], NULL, true, true, &one) &&
                    resolve_in(x, t + d + 1, we[k - 1] - d - 1, NULL, true, true, &two) &&
                    one.kind == CP_SITE_CITY && two.kind == CP_SITE_CITY &&
                    (memcmp(one.state, two.state, 3) == 0 ||
                     (!small_town_named(t + ws[s0], d - ws[s0], one.state) &&
                      metro_partner(x, t + d + 1, we[k - 1] - d - 1, &one, &two)))) {
                    if (!add_site(x, &one, b, ws[s0], d) ||
                        !add_site(x, &two, b, d + 1, we[k - 1]))
                        return false;
                    s0 = k;
                }
            }
            if (s0 + 1 == k && area_follows(t, n, we[s0])) {
                /* "the Oakland-Richmond area": two places joined by a hyphen,
                 * each read as a place, in the state in view */
                /* (a word without a hyphen, as the first pass found, is not read) */
                const char *dash =
                    wf[s0] & WORD_DASH ? memchr(t + ws[s0], '-', we[s0] - ws[s0]) : NULL;
                assert(dash == memchr(t + ws[s0], '-', we[s0] - ws[s0])); /* (debug builds) */
                size_t d = dash ? (size_t)(dash - t) : 0;
                site_spec one, two;
                if (dash && d > ws[s0] && d + 1 < we[s0] && cpi_is_upper(t[d + 1]) &&
                    resolve_in(x, t + ws[s0], d - ws[s0], NULL, true, true, &one) &&
                    resolve_in(x, t + d + 1, we[s0] - d - 1, NULL, true, true, &two) &&
                    one.kind == CP_SITE_CITY && two.kind == CP_SITE_CITY &&
                    memcmp(one.state, two.state, 3) == 0) {
                    if (!add_site(x, &one, b, ws[s0], d) || !add_site(x, &two, b, d + 1, we[s0]))
                        return false;
                    s0 = k;
                }
            }
            if (s0 < k && (wf[k - 1] & WORD_DASH) && we[k - 1] - ws[s0] < 64) {
                /* "a Vicksburg-based crew", "Tulsa-area gangs": the place
                 * before the hyphen, read as a place */
                const char *dash = memchr(t + ws[k - 1], '-', we[k - 1] - ws[k - 1]);
                size_t d = dash ? (size_t)(dash - t) : 0;
                size_t sl = dash ? we[k - 1] - d - 1 : 0;
                site_spec one;
                if (dash && d > ws[s0] &&
                    ((sl == 5 && (memcmp(dash + 1, "based", 5) == 0 ||
                                  memcmp(dash + 1, "Based", 5) == 0)) ||
                     (sl == 4 && memcmp(dash + 1, "area", 4) == 0)) &&
                    resolve_in(x, t + ws[s0], d - ws[s0], NULL, true, true, &one) &&
                    (one.kind == CP_SITE_CITY || one.kind == CP_SITE_COUNTY)) {
                    if (!add_site(x, &one, b, ws[s0], d))
                        return false;
                    s0 = k;
                }
            }
            if (s0 + 1 == k && we[s0] - ws[s0] == 5 &&
                memcmp(t + ws[s0], "North", 5) == 0) {
                /* "North and South Carolina": two states, the first's last
                 * word left out */
                static const struct {
                    const char *after, *code;
                } HALVES[] = {{" and South Carolina", "NC"}, {" and South Dakota", "ND"}};
                for (size_t h = 0; h < sizeof HALVES / sizeof HALVES[0]; h++) {
                    size_t len = strlen(HALVES[h].after);
                    if (cpi_starts_with(t, n, we[s0], HALVES[h].after) &&
                        (we[s0] + len == n || !cpi_is_alpha(t[we[s0] + len]))) {
                        site_spec state;
                        spec_state(&state,
                                   &cpi_states[cpi_state_by_code(HALVES[h].code)]);
                        if (!add_site(x, &state, b, ws[s0], we[s0]))
                            return false;
                        s0 = k;
                        break;
                    }
                }
            }
            if (s0 < k && ws[s0] >= 10 &&
                memcmp(t + ws[s0] - 10, "County of ", 10) == 0 &&
                we[k - 1] - ws[s0] < 100) {
                /* "the County of Fresno", as a grantee names itself: the
                 * county (the state's case is read with the state, above) */
                char name[112];
                size_t len = we[k - 1] - ws[s0];
                memcpy(name, t + ws[s0], len);
                memcpy(name + len, " County", 7);
                site_spec county;
                if (resolve(x, name, len + 7, NULL, true, &county) &&
                    county.kind == CP_SITE_COUNTY) {
                    if (!add_site(x, &county, b, ws[s0] - 10, we[k - 1]))
                        return false;
                    s0 = k;
                }
            }
            if (s0 + 2 == k && compass_word(t + ws[s0], we[s0] - ws[s0])) {
                /* "South Columbus", "Southwest Detroit": a part of a city
                 * named by its direction, the city (not "South Bend" nor
                 * "West Memphis", places of their own, nor "North Dakota") */
                site_spec city;
                size_t compass_end = ws[s0], first_row;
                size_t whole_len = we[k - 1] - ws[s0];
                if (state_at(x, &caps, t, n, ws[s0], &compass_end) < 0 &&
                    !(may_name_place(t + ws[s0], whole_len) &&
                      rows_named(x, t + ws[s0], whole_len, false, &first_row) > 0) &&
                    resolve_in(x, t + ws[k - 1], we[k - 1] - ws[k - 1], NULL, true, false,
                               &city) &&
                    city.kind == CP_SITE_CITY) {
                    if (!add_site(x, &city, b, ws[k - 1], we[k - 1]))
                        return false;
                    s0 = k;
                }
            }
            /* (no name the walk below tries may be a place's: it finds none) */
            if (s0 < k && (bare_name_may_place(wf, s0, k) || !ascii_words(wf, s0, k) ||
                           run_end - ws[s0] >= 128)) {
                size_t prev = before_name; /* (s0 is the same, or k) */
                bool titled = false;
                static const char *const TITLES[] = {
                    "President", "Attorney", "General", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.",
                    "Rep.", "Gov.", "Mayor", "Judge", "Chief", "Secretary", "Col.", "Lt.",
                    "Sgt.", "Capt.", "Maj.", "Gen.", "Det.", "Cmdr.", "Sheriff", "Officer",
                    "Trooper", "Deputy", "Agent", "Commissioner", "Superintendent", "Director"};
                /* (every title is capitalised) */
                /* ("Chief, Memphis got ...": a title spoken to, not of the name) */
                bool vocative = ws[s0] >= 2 && t[ws[s0] - 2] == ',';
                for (size_t q = 0; prev != SIZE_MAX && !vocative && cpi_is_upper(t[prev]) &&
                                   q < sizeof TITLES / sizeof TITLES[0];
                     q++)
                    if (cpi_word_is(t, n, prev, TITLES[q]))
                        titled = true;
                bool done = false;
                for (size_t e = k; e > s0 && !done && !titled; e--) {
                    /* the rest of the run must be empty or name an organisation of
                     * the place */
                    size_t len = we[e - 1] - ws[s0];
                    bool possessive =
                        len > 2 && t[ws[s0] + len - 2] == '\'' && t[ws[s0] + len - 1] == 's';
                    /* "Muncie's Youth Opportunity Center": the place owns what follows */
                    /* ("Albuquerque Community Safety Department", "Macon-Bibb
                     * County Mayor's Office": the run ends in an office's word) */
                    if (e < k && !(wf[e] & WORD_ORG) && !possessive &&
                        !(e + 1 < k && (wf[k - 1] & WORD_OFFICE)))
                        continue;
                    if (e == k && after_the && !area_follows(t, n, we[e - 1]) &&
                        !names_county(t + ws[s0], len) &&
                        !places_listed_after_the(x, t, n, we[e - 1]) &&
                        !local_noun_follows(t, n, we[e - 1]))
                        continue; /* "the White House" names a building; "the
                                   * Chicago area" a place, as do "the Ada
                                   * County and Canyon County sheriff's
                                   * offices", "the Great Falls and Missoula
                                   * police" */
                    if (possessive && e < k &&
                        (cpi_starts_with(t, n, ws[s0], "St. ") ||
                         cpi_starts_with(t, n, ws[s0], "Saint ")) &&
                        cpi_word_in(CPI_WORDS(SAINTS_HOUSES), t + ws[e], we[e] - ws[e]))
                        break; /* a saint's: "St. John's Church" */
                    if (possessive)
                        len -= 2; /* "Boston's" */
                    /* a name that ends in no place's last word, nor in "County", is
                     * not resolved (below): at the last, shortest try nothing else
                     * can come of it, whatever the tests before that would say */
                    /* (a name of ASCII bytes, shorter than 128, may be a place's
                     * only where its last word may end one: the words' flags
                     * answer for most) */
                    bool may_place = ((wf[e - 1] & WORD_PLACE_END) ||
                                      !ascii_words(wf, s0, e) || run_end - ws[s0] >= 128) &&
                                     (names_county(t + ws[s0], len) ||
                                      may_name_place_remembered(x, t + ws[s0], len));
                    assert(may_place == (names_county(t + ws[s0], len) ||
                                         may_name_place(t + ws[s0], len))); /* (debug builds) */
                    if (!may_place && e == s0 + 1)
                        break;
                    /* a common word is a place only after a preposition of
                     * place, in a state in view ("In Mobile, the task force") */
                    bool common = e - s0 == 1 && common_word(x, t + ws[s0], len);
                    /* ... or before its own police ("Mobile Police Department"),
                     * or in a list of places ("Birmingham, Mobile and New
                     * Orleans", "Neither Mobile nor Tuscaloosa") */
                    bool agency_after = e < k && (wf[e] & WORD_AGENCY);
                    /* (after "Department of" it is a department's: "the
                     * Department of Justice Police Department", a page
                     * header glued to the text) */
                    if ((common && cpi_ends_with(t, ws[s0], "Department of ")) ||
                        (common &&
                         ((!after_in_or_at(t, n, ws[s0]) && !agency_after &&
                           !(e == k && one_of_there(t, n, ws[s0], we[e - 1])) &&
                           !listed_after_site(x, b, ws[s0]) &&
                           !(e == k && place_follows(x, t, n, we[e - 1])) &&
                           !(e == k && town_after(t, n, we[e - 1])) &&
                           !(e == k && item_among_places(x, b, ws[s0], we[e - 1])) &&
                           !(e == k && in_county_column(x->doc, b, ws[s0]))) ||
                          cpi_month_word(t + ws[s0], len) ||
                          institution_word(t + ws[s0], len))) ||
                        (e - s0 == 1 && surname_after_initial(t, ws[s0])) ||
                        (e - s0 == 1 && cpi_is_person(x, t + ws[s0], len) &&
                         !called_a_town(t, ws[s0]) &&
                         !(e == k && in_county_column(x->doc, b, ws[s0])) &&
                         !(e == k && people_after(t, n, we[e - 1]))))
                        break;
                    if (len == 11 && memcmp(t + ws[s0], "White House", 11) == 0)
                        break; /* the President's office, also a town in Tennessee */
                    if (e < k && federal_department(x, t + ws[s0], len, t + ws[e], we[e] - ws[e]))
                        break; /* "the Justice Department" (Justice, Oklahoma) */
                    if (e == k && we[e - 1] < n && t[we[e - 1]] == ':' &&
                        cpi_capitals_only(t, we[e - 1]) >= 2 &&
                        (no_letter_before(t, ws[s0]) || speaker_title_before(t, ws[s0])))
                        break; /* "HOLLAND: We thank the chief", "ATTORNEY GENERAL
                                * GARLAND: Thank you", "[00:00:31] GARLAND:": a
                                * speaker */
                    const cpi_dict_entry *known = wf[s0] & WORD_PROGRAM
                                                      ? cpi_dict_match(&x->k->programs, t, n, ws[s0])
                                                      : NULL;
                    assert(known == cpi_dict_match(&x->k->programs, t, n, ws[s0]));
                    if (known && known->len > we[e - 1] - ws[s0])
                        break; /* a known program's name: "Weed and Seed" (Weed,
                                * California) */
                    if (cpi_is_person(x, t + ws[e - 1], we[e - 1] - ws[e - 1]) &&
                        !(e - s0 == 1 && (called_a_town(t, ws[s0]) ||
                                          (e == k && people_after(t, n, we[e - 1]))))) {
                        if (e == k)
                            continue; /* "Memphis Mayor Paul Young": the place
                                       * before the office, if any */
                        break;
                    }
                    if (is_metonym(x, t, n, ws[s0], we[e - 1]) && e == k)
                        break;
                    if (e == k && foreign_after(t, n, we[e - 1]))
                        break; /* "Nogales, Sonora": abroad */
                    if (e == k && e - s0 == 1 && we[e - 1] + 5 < n &&
                        memcmp(t + we[e - 1], " of ", 4) == 0 && cpi_is_upper(t[we[e - 1] + 4]))
                        break; /* "Pueblo of Laguna": the head of a name */
                    int listed_how = listed_after_site(x, b, ws[s0]);
                    bool listed = listed_how != NOT_LISTED;
                    /* "X said" names a person, but not after a place of its
                     * list ("members in Milwaukee and Baltimore said") */
                    if (e == k && followed_by_speech(t, n, we[e - 1]) &&
                        !after_place_preposition(x, t, n, ws[s0]) && !listed &&
                        !names_county(t + ws[s0], len))
                        break; /* (not "Horry County added": no person's name) */
                    /* (nothing below breaks: a name that ends in no place's
                     * last word, nor in "County", is not resolved; try the
                     * shorter one) */
                    if (!may_place || (x->tribe_count && names_tribe(x, t + ws[s0], len)))
                        continue;
                    if (e < k && e - s0 >= 2 &&
                        city_of_council(x, t + ws[s0], len, t + ws[e], we[e] - ws[e]))
                        continue;
                    site_spec spec;
                    bool located =
                        e < k ||
                        locative(x, t, n, ws[s0], we[e - 1],
                                 s0 > 0 ? ws[s0 - 1] : SIZE_MAX) ||
                        (e == k && in_county_column(x->doc, b, ws[s0]) == CITY_COLUMN) ||
                        listed || (e == k && place_follows(x, t, n, we[e - 1])) ||
                        (e == k && item_head(b, t, n, ws[s0], we[e - 1]));
                    const cp_site *neighbour =
                        listed_how == LISTED ? x->site_hits[x->site_hit_count - 1].entity
                                             : NULL;
                    memcpy(x->list_state, neighbour ? neighbour->state : "", neighbour ? 3 : 1);
                    x->list_small = neighbour && neighbour->kind == CP_SITE_CITY &&
                                    small_town(neighbour);
                    const cpi_hit *before_neighbour =
                        neighbour && x->site_hit_count >= 2
                            ? &x->site_hits[x->site_hit_count - 2]
                            : NULL;
                    x->list_mixed =
                        before_neighbour &&
                        before_neighbour->block ==
                            x->site_hits[x->site_hit_count - 1].block &&
                        strcmp(((const cp_site *)before_neighbour->entity)->state,
                               neighbour->state) != 0;
                    near_state(x, b, ws[s0] == 0, x->near_state);
                    if (listed_how == LISTED_PAST_SEMICOLON)
                        x->near_state[0] = '\0'; /* (its own state, if any, follows) */
                    x->by_agency = agency_after;
                    x->grant_after =
                        e == k &&
                        grant_verb_after(t, n, ws[s0], we[e - 1] - (possessive ? 2 : 0));
                    /* (and the next names of its list: "Gonzales and King
                     * City") */
                    x->village_named = village_of_before(t, n, ws[s0]);
                    x->town_named =
                        noun == SUCH_AS_PLACE || x->village_named ||
                        (listed && x->town_list_end &&
                         x->site_hits[x->site_hit_count - 1].end == x->town_list_end &&
                         &x->doc->blocks[x->site_hits[x->site_hit_count - 1].block] == b);
                    bool town = x->town_named;
                    x->county_holds =
                        e == k && names_county(t + ws[s0], len)
                            ? county_holds(t, n, we[e - 1], &x->county_holds_len)
                            : NULL;
                    int cell = table_cell_state(x, t, n, run_end);
                    if (cell < 0)
                        cell = table_cell_state_before(x, t, n, ws[s0]);
                    if (cell < 0 && e == k)
                        cell = repeated_cell_state(x, t, n, ws[s0], len, run_end);
                    if (cell < 0)
                        cell = heading_dash_state(t, ws[s0]);
                    if (cell < 0 && b->kind == CP_BLOCK_LIST_ITEM && b->level > 0)
                        cell = parent_item_state(x, b, t + ws[s0], len);
                    if (cell < 0 && e == k && run_end + 12 < n && t[run_end] == ' ' &&
                        t[run_end + 1] == 'i' && t[run_end + 2] == 'n')
                        cell = county_after_state(x, t, n, t + ws[s0], len, run_end);
                    if (cell < 0 && e == k && run_end + 4 < n &&
                        (t[run_end] == ' ' || t[run_end] == ','))
                        cell = partner_qualified_state(x, &caps, t, n, ws[s0], run_end);
                    bool resolved =
                        cell >= 0 ? resolve_in(x, t + ws[s0], len, cpi_states[cell].code, false,
                                               true, &spec)
                                  : resolve_passed(x, t + ws[s0], len, NULL, true, located,
                                                   &spec); /* (the filter let it through) */
                    if (!resolved && cell < 0 && !located && e == k &&
                        resolve_passed(x, t + ws[s0], len, NULL, true, true, &spec) &&
                        spec.kind == CP_SITE_CITY && state_in_view(x, spec.state) &&
                        town_follows(x, t, n, we[e - 1], spec.state))
                        resolved = true; /* "Logansport and Peru" */
                    /* "Kingston and Harriman in Roane County": the county after
                     * the list says the state */
                    if (cell < 0 && e == k && !names_county(t + ws[s0], len)) {
                        char code[3];
                        site_spec there;
                        if (county_state_after(x, t, n, we[e - 1], code) &&
                            resolve_in(x, t + ws[s0], len, code, false, true, &there) &&
                            there.kind == CP_SITE_CITY) {
                            spec = there;
                            resolved = true;
                        }
                    }
                    /* "| Summit | $400,000 |" under a column headed "County",
                     * "| Caddo |" under one headed "Parish" */
                    char county[72];
                    site_spec there;
                    int column;
                    if (e == k && !names_county(t + ws[s0], len) &&
                        len + 8 <= sizeof county &&
                        (column = in_county_column(x->doc, b, ws[s0])) !=
                            NOT_COUNTY_COLUMN &&
                        column != CITY_COLUMN) {
                        memcpy(county, t + ws[s0], len);
                        memcpy(county + len,
                               column == PARISH_COLUMN ? " Parish" : " County", 8);
                        if ((cell >= 0
                                 ? resolve_in(x, county, len + 7, cpi_states[cell].code,
                                              false, true, &there)
                                 : resolve_passed(x, county, len + 7, NULL, true, true,
                                                  &there)) &&
                            there.kind == CP_SITE_COUNTY) {
                            spec = there;
                            resolved = true;
                        }
                    }
                    if (!resolved && cell >= 0 && names_county(t + ws[s0], len) &&
                        len < sizeof spec.text) {
                        /* a county the gazetteer lacks, its state in its row
                         * ("Georgia | Macon-Bibb County Sheriff's Office") */
                        memset(&spec, 0, sizeof spec);
                        spec.kind = CP_SITE_COUNTY;
                        memcpy(spec.text, t + ws[s0], len);
                        spec.name = spec.text;
                        memcpy(spec.state, cpi_states[cell].code, 3);
                        resolved = true;
                    }
                    x->list_state[0] = '\0';
                    x->list_small = false;
                    x->list_mixed = false;
                    x->near_state[0] = '\0';
                    x->near_over = false;
                    x->by_agency = false;
                    x->grant_after = false;
                    x->county_holds = NULL;
                    x->town_named = false;
                    x->village_named = false;
                    if (resolved && e - s0 == 1 && foreign_name(x, t + ws[s0], len) &&
                        !(neighbour && same_code(neighbour->state, spec.state) &&
                          neighbour->kind == CP_SITE_CITY) &&
                        !(e == k && spec.kind == CP_SITE_CITY &&
                          town_follows(x, t, n, we[e - 1], spec.state)))
                        break; /* "in Mexico": abroad (not "Logansport and Peru",
                                * "Durango, Lamar and Montrose") */
                    if (resolved && common && !state_in_view(x, spec.state))
                        break;
                    /* a city of a state the text does not name, first in a list
                     * whose next item is a small town of a state it names, is
                     * that state's namesake ("Montgomery and Marmet" in a text
                     * about West Virginia) */
                    if (resolved && e == k && cell < 0 && spec.kind == CP_SITE_CITY &&
                        !state_in_view(x, spec.state))
                        town_of_next_state(x, t, n, ws[s0], len, we[e - 1], &spec);
                    if (resolved) {
                        name_as_written(&spec, t + ws[s0], len);
                        if (!add_site(x, &spec, b, ws[s0], ws[s0] + len))
                            return false;
                        x->town_list_end = town ? ws[s0] + len : 0;
                        done = true;
                    }
                }
            }
            i = run_end;
        }
    }
    return true;
}

/* A new worker's cache: every slot empty (only what marks a slot empty is
 * written, not the 100 KB of names and ids in them). */
static void empty_site_cache(struct cpi_site_cache *c) {
    c->k = NULL;
    for (size_t i = 0; i < sizeof c->states / sizeof c->states[0]; i++)
        c->states[i].len = 0;
    for (size_t i = 0; i < sizeof c->tokens / sizeof c->tokens[0]; i++) {
        c->tokens[i].len = 0;
        c->tokens[i].key[0] = 0; /* (read first by a lookup) */
    }
    for (size_t i = 0; i < sizeof c->names / sizeof c->names[0]; i++)
        c->names[i].len = 0;
    for (size_t i = 0; i < sizeof c->places / sizeof c->places[0]; i++)
        c->places[i].len = 0;
    for (size_t i = 0; i < sizeof c->may_place / sizeof c->may_place[0]; i++)
        c->may_place[i].len = 0;
    for (size_t i = 0; i < sizeof c->ids / sizeof c->ids[0]; i++)
        c->ids[i].folded = NULL;
    for (size_t i = 0; i < sizeof c->words / sizeof c->words[0]; i++) {
        c->words[i].len = 0;
        c->words[i].lists = 0;
    }
}

/* Enter the words of one list (bit `list`) in the table of word_in. */
static void add_word_list(word_slot *slots, unsigned list, const char *const *words,
                          size_t count) {
    for (size_t i = 0; i < count; i++) {
        size_t n = strlen(words[i]);
        assert(n > 0 && n <= WORD_MAX_LEN); /* (debug builds) */
        size_t s = word_slot_of(words[i], n);
        while (slots[s].len && !(slots[s].len == n && memcmp(slots[s].word, words[i], n) == 0))
            s = (s + 1) & (WORD_SLOTS - 1);
        slots[s].word = words[i];
        slots[s].len = (uint8_t)n;
        slots[s].lists |= (uint16_t)list;
    }
}

static void make_word_table(word_slot *slots) {
    add_word_list(slots, WL_FUNCTION, CPI_WORDS(FUNCTION_WORDS));
    add_word_list(slots, WL_COMMON, CPI_WORDS(COMMON_WORDS));
    add_word_list(slots, WL_ORG, CPI_WORDS(ORG_WORDS));
    add_word_list(slots, WL_AGENCY, CPI_WORDS(AGENCY_WORDS));
    add_word_list(slots, WL_FOREIGN, CPI_WORDS(FOREIGN));
    add_word_list(slots, WL_DEPARTMENT, CPI_WORDS(DEPARTMENTS));
    add_word_list(slots, WL_FEATURE, CPI_WORDS(FEATURE_WORDS));
    add_word_list(slots, WL_PREPOSITION, CPI_WORDS(PREPOSITIONS));
    add_word_list(slots, WL_PLACE_NOUN, CPI_WORDS(PLACE_NOUNS));
    add_word_list(slots, WL_OFFICE, CPI_WORDS(OFFICE_WORDS));
}

bool cpi_extract_sites(cpi_extract *x) {
    struct cpi_site_memos memos; /* (only the valid bits need zeroing) */
    memos.site_valid = 0;
    memos.over_started = false;
    x->site_memos = &memos;
    cpi_extract_cache *cache = x->cache;
    if (!cache->sites_read) {
        cache->sites_read = cpi_mem_alloc(x->mem, sizeof *cache->sites_read);
        if (!cache->sites_read)
            return false;
        empty_site_cache(cache->sites_read);
        make_word_table(cache->sites_read->words);
    }
    if (cache->sites_read->k != x->k) { /* (a worker serves one knowledge) */
        for (size_t i = 0; i < sizeof cache->sites_read->states / sizeof(state_memo); i++)
            cache->sites_read->states[i].len = 0;
        for (size_t i = 0; i < sizeof cache->sites_read->tokens / sizeof(token_memo); i++) {
            cache->sites_read->tokens[i].len = 0;
            cache->sites_read->tokens[i].key[0] = 0;
        }
        note_state_first_words(cache->sites_read, x->k);
        cache->sites_read->k = x->k;
    }
    /* room for the hits of most documents at once, not grown from 8 by
     * reallocations (a document names a dozen places or two) */
    if (!cpi_mem_reserve(x->mem, (void **)&x->site_hits, &x->site_hit_cap, 32,
                         sizeof(cpi_hit)))
        return false;
    size_t capital_count = x->capitals_from[x->doc->block_count];
    /* (one allocation: the blocks' flags after the capitals') */
    memos.capitals = cpi_arena_alloc(
        x->transient, capital_count * sizeof(capital_info) + x->doc->block_count + 1);
    if (!memos.capitals)
        return false;
    memos.block_flags = (uint8_t *)(memos.capitals + capital_count);
    weigh_states_and_speakers(x);
    weigh_states_in_capitals(x);
    bool ok = read_blocks(x);
    x->site_memos = NULL;
    return ok;
}
