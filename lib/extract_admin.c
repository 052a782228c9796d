/* Extraction of the administration a document is about and of the officials
 * it names (MODEL.md section 3).
 *
 * With a date, the administration is the one in office on that date. With
 * none, it is the president the text names most as acting: "President
 * Obama", "the Trump administration", not "Vice President Joe Biden" nor a
 * "Bush-era policy"; where the name fits several terms (Bush, Trump), the
 * years the text mentions choose. Officials are people named after a federal
 * role ("Attorney General Jeff Sessions", "press secretary Josh Earnest");
 * surname-only mentions join the full name. */
#include <assert.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "extract.h"
#include "hash.h"

/* ---- the administration ----------------------------------------------------- */

static int year_of(const char *date) {
    int y = 0;
    for (int i = 0; i < 4 && date[i]; i++)
        y = y * 10 + (date[i] - '0');
    return y;
}

static int in_office(const char *date) {
    for (size_t i = cpi_presidency_count; i > 0; i--) {
        const cpi_presidency *p = &cpi_presidencies[i - 1];
        if (strcmp(p->start, date) <= 0 && (p->end[0] == '\0' || strcmp(date, p->end) < 0))
            return (int)(i - 1);
    }
    return -1;
}

/* The largest plausible year written in the text (four digits standing
 * alone) twice or more, else the largest written once, or 0: a year named
 * once in a text about others is mostly an aside ("do not confuse it with
 * the 2025 deployments"). */
static int latest_year(const cp_document *doc) {
    enum { FIRST = 1900, LAST = 2100 };
    unsigned char seen[LAST - FIRST + 1] = {0};
    int best = 0;
    for (size_t b = 0; b < doc->block_count; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        for (size_t i = 0; i + 4 <= n; i++) {
            /* not part of a longer number: "1,2017", "$2017", "2017.5", "20170" */
            if (!cpi_is_digit(t[i]) ||
                (i > 0 && (cpi_is_digit(t[i - 1]) || t[i - 1] == '$' ||
                           ((t[i - 1] == ',' || t[i - 1] == '.') && i > 1 &&
                            cpi_is_digit(t[i - 2])))))
                continue;
            if (!cpi_is_digit(t[i + 1]) || !cpi_is_digit(t[i + 2]) || !cpi_is_digit(t[i + 3]))
                continue;
            if (i + 4 < n && (cpi_is_digit(t[i + 4]) ||
                              ((t[i + 4] == ',' || t[i + 4] == '.') && i + 5 < n &&
                               cpi_is_digit(t[i + 5]))))
                continue;
            int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
                    (t[i + 3] - '0');
            if (y >= FIRST && y <= LAST) {
                if (seen[y - FIRST] < 2)
                    seen[y - FIRST]++;
                if (y > best)
                    best = y;
            }
            i += 3;
        }
    }
    for (int y = best; y >= FIRST; y--)
        if (seen[y - FIRST] >= 2)
            return y;
    return best;
}

/* Among the terms a name may refer to, the one the text's years point at:
 * the term containing the latest year, else the first term after it (a text
 * that looks back at 2024 was written in 2025 or later), else the latest. */
static int choose_term(const int *terms, size_t n, int year) {
    if (n == 1)
        return terms[0];
    if (year) {
        for (size_t i = 0; i < n; i++) {
            const cpi_presidency *p = &cpi_presidencies[terms[i]];
            int start = year_of(p->start);
            int end = p->end[0] ? year_of(p->end) : 9999;
            if (start <= year && year < end)
                return terms[i];
        }
        for (size_t i = 0; i < n; i++)
            if (year_of(cpi_presidencies[terms[i]].start) > year)
                return terms[i];
    }
    return terms[n - 1];
}

static bool contains(const char *t, size_t n, const char *w) {
    size_t k = strlen(w);
    if (!k)
        return true;
    /* from one first letter to the next (memchr skips the rest fast) */
    for (const char *at = t; (size_t)(at - t) + k <= n; at++) {
        at = memchr(at, w[0], n - k + 1 - (size_t)(at - t));
        if (!at)
            return false;
        if (memcmp(at, w, k) == 0)
            return true;
    }
    return false;
}

/* Whether some block says "first term" (the first of two terms is meant). */
static bool says_first_term(const cp_document *doc) {
    for (size_t b = 0; b < doc->block_count; b++)
        if (contains(cpi_block_text(&doc->blocks[b]), doc->blocks[b].text_size, "first term"))
            return true;
    return false;
}

/* Is phrase[0..len) one of the '|'-separated forms? */
static bool form_listed(const char *forms, const char *phrase, size_t len) {
    const char *p = forms;
    while (*p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == len && memcmp(p, phrase, len) == 0)
            return true;
        p += n;
        if (*p == '|')
            p++;
    }
    return false;
}

static int acting_president(cpi_extract *x) {
    const cp_document *doc = x->doc;
    unsigned votes[64]; /* (zeroed at the first vote: most texts name no president) */
    unsigned voted = 0;
    /* the text's years and a "first term" choose between a name's terms:
     * read once, and only for a name of several terms (-1: not yet) */
    int year = -1, first_term = -1;
    for (size_t b = 0; b < doc->block_count; b++) {
        const char *t = cpi_block_text(&doc->blocks[b]);
        size_t n = doc->blocks[b].text_size;
        cpi_capitals caps = cpi_capitals_of(x, b);
        for (size_t i = cpi_capitals_next(&caps, 0, n); i < n;
             i = cpi_capitals_next(&caps, i + 1, n)) {
            const cpi_dict_entry *e = cpi_dict_match(&x->k->presidents, t, n, i);
            if (!e)
                continue;
            size_t end = i + e->len;
            size_t prev = cpi_prev_word(t, i);
            bool skip = false;
            if (prev != SIZE_MAX) {
                static const char *const NOT_ACTING[] = {
                    "Vice",      "former",  "Former",   "late",      "then-President",
                    "ex-President", "Senator", "Governor", "Gov", "candidate", "Candidate"};
                for (size_t k = 0; k < sizeof NOT_ACTING / sizeof NOT_ACTING[0]; k++)
                    if (cpi_word_is(t, n, prev, NOT_ACTING[k]))
                        skip = true;
                size_t pp = cpi_prev_word(t, prev);
                if (cpi_word_is(t, n, prev, "President") && pp != SIZE_MAX &&
                    (cpi_word_is(t, n, pp, "Vice") || cpi_word_is(t, n, pp, "former") ||
                     cpi_word_is(t, n, pp, "Former")))
                    skip = true;
            }
            if (end < n && t[end] == '-' && end + 4 <= n && memcmp(t + end + 1, "era", 3) == 0)
                skip = true;
            i = end;
            if (skip)
                continue;
            /* Every presidency this form may name: both of Trump's terms, both
             * Bushes for a bare "Bush". */
            int terms[8];
            size_t nterms = 0;
            for (size_t p = 0; p < cpi_presidency_count && nterms < 8; p++)
                if (form_listed(cpi_presidencies[p].forms, e->phrase, e->len))
                    terms[nterms++] = (int)p;
            if (nterms == 0)
                terms[nterms++] = (int)e->value;
            int chosen = terms[0];
            if (nterms > 1) {
                if (first_term < 0)
                    first_term = says_first_term(doc);
                if (first_term) {
                    chosen = terms[nterms - 1];
                } else {
                    if (year < 0)
                        year = latest_year(doc);
                    chosen = choose_term(terms, nterms, year);
                }
            }
            if (chosen >= 0 && chosen < 64) {
                if (!voted)
                    memset(votes, 0, sizeof votes);
                votes[chosen]++;
                voted++;
            }
        }
    }
    /* The president named most often; between equals, the latest: a text
     * names no president who came after it, and an undated one is mostly
     * about its own time ("launched under President Bush in 2001 ...
     * President Obama has asked us ...") */
    int best = -1;
    for (int p = 0; voted && p < 64; p++)
        if (votes[p] && (best < 0 || votes[p] >= votes[best]))
            best = p;
    return best;
}

/* ---- officials -------------------------------------------------------------- */

/* Federal roles, longest first so that "Deputy Attorney General" wins over
 * "Attorney General". Titles of people who are not officials of an
 * administration (mayors, senators) are listed apart: they only mark people,
 * so that "Mayor Jackson" is not read as a place. */
static const char *const ROLES[] = {
    "Acting Deputy Attorney General", "Acting Assistant Attorney General",
    "Principal Deputy Assistant Attorney General", "Deputy Assistant Attorney General",
    "Acting Associate Attorney General", "Deputy Attorney General",
    "Associate Attorney General", "Assistant Attorney General", "Acting Attorney General",
    "Attorney General", "White House Press Secretary", "White House press secretary",
    "Press Secretary", "press secretary", "Secretary of Homeland Security",
    "Homeland Security Secretary", "Director of National Drug Control Policy",
    "Drug Policy Director", "FBI Director", "ATF Director", "DEA Administrator",
    "Acting Administrator", "Acting Director", "Deputy Director", "Administrator", "Director",
    "United States Attorney", "U.S. Attorney", "Acting U.S. Attorney", "Vice President",
    "Secretary", "Chief of Staff", "Special Agent in Charge", "U.S. Marshal",
    "Surgeon General", "Solicitor General",
};

static const char *const OTHER_TITLES[] = {
    "Mayor", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Sheriff",
    "Chief", "Commissioner", "Judge", "Mr.", "Mrs.", "Ms.", "Dr.", "Councilman",
    "Councilwoman", "Congressman", "Congresswoman", "Officer", "Sgt.", "Lt.", "Capt.",
    "President", "First Lady", "Detective", "Prosecutor", "Leader",
};

/* A test before the dictionary at each capitalised word: a title found
 * there has the word's run of ASCII letters as its own first run (it ends
 * at a word boundary or goes on with a non-letter: "Sen.", "U.S."), so
 * only a run of a length listed for its capital can start one ("The",
 * "Officials", "Department" cannot). Bit L of TITLE_RUNS[c - 'A']: some
 * title starts with c and a run of L letters (L < 16); cpi_titles_add
 * checks it in debug builds. (extract_agencies.c does the same.) */
#define RUN(len) (UINT32_C(1) << (len))
static const uint32_t TITLE_RUNS[26] = {
    ['A' - 'A'] = RUN(3) | RUN(6) | RUN(8) | RUN(9) | RUN(13), /* ATF Acting Attorney ... */
    ['C' - 'A'] = RUN(4) | RUN(5) | RUN(10) | RUN(11) | RUN(12) | RUN(13), /* Capt Chief ... */
    ['D' - 'A'] = RUN(2) | RUN(3) | RUN(4) | RUN(6) | RUN(8) | RUN(9), /* Dr DEA Drug Deputy ... */
    ['F' - 'A'] = RUN(3) | RUN(5),           /* FBI First */
    ['G' - 'A'] = RUN(3) | RUN(8),           /* Gov Governor */
    ['H' - 'A'] = RUN(8),                    /* Homeland */
    ['J' - 'A'] = RUN(5),                    /* Judge */
    ['L' - 'A'] = RUN(2) | RUN(6),           /* Lt Leader */
    ['M' - 'A'] = RUN(2) | RUN(3) | RUN(5),  /* Mr Ms Mrs Mayor */
    ['O' - 'A'] = RUN(7),                    /* Officer */
    ['P' - 'A'] = RUN(5) | RUN(9) | RUN(10), /* Press President Principal Prosecutor */
    ['R' - 'A'] = RUN(3) | RUN(14),          /* Rep Representative */
    ['S' - 'A'] = RUN(3) | RUN(7) | RUN(9),  /* Sen Sgt Senator ... Secretary Solicitor */
    ['U' - 'A'] = RUN(1) | RUN(6),           /* U.S. United */
    ['V' - 'A'] = RUN(4),                    /* Vice */
    ['W' - 'A'] = RUN(5),                    /* White */
};
#undef RUN

/* cpi_letter_run(t, n, i, 16): the titles' and the agencies' filters both
 * need it at a capital, counted once for both, 16 bytes at a time. */
static inline size_t letter_run16(const char *t, size_t n, size_t i) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        /* lower-cased and moved so that 'a'..'z' are the 26 smallest
         * signed bytes (UTF-8 bytes land above them) */
        __m128i low = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                                   _mm_set1_epi8((char)(0x80 - 'a')));
        __m128i letter = _mm_cmplt_epi8(low, _mm_set1_epi8((char)(0x80 + 26)));
        unsigned other = ~(unsigned)_mm_movemask_epi8(letter) & 0xFFFFu;
        return other ? (size_t)__builtin_ctz(other) : 16;
    }
#endif
    return cpi_letter_run(t, n, i, 16);
}

/* Bit L of TITLE_WORDS[c - 'A']: some title is one run of L letters
 * starting with c ("Mayor", "Director"). Every other title goes on after
 * its first run with a space or a period ("Attorney General", "Sen.",
 * "U.S. Attorney"); cpi_titles_add checks both in debug builds. */
#define RUN(len) (UINT32_C(1) << (len))
static const uint32_t TITLE_WORDS[26] = {
    ['A' - 'A'] = RUN(13),                              /* Administrator */
    ['C' - 'A'] = RUN(5) | RUN(10) | RUN(11) | RUN(12) | RUN(13), /* Chief Councilman ... */
    ['D' - 'A'] = RUN(8) | RUN(9),                      /* Director Detective */
    ['G' - 'A'] = RUN(8),                               /* Governor */
    ['J' - 'A'] = RUN(5),                               /* Judge */
    ['L' - 'A'] = RUN(6),                               /* Leader */
    ['M' - 'A'] = RUN(5),                               /* Mayor */
    ['O' - 'A'] = RUN(7),                               /* Officer */
    ['P' - 'A'] = RUN(9) | RUN(10),                     /* President Prosecutor */
    ['R' - 'A'] = RUN(14),                              /* Representative */
    ['S' - 'A'] = RUN(7) | RUN(9),                      /* Senator Sheriff Secretary */
};
#undef RUN

/* May a title start at the capital t[i] whose run of letters is `run` long
 * (cpi_letter_run up to 16)? Its run must be a title's first, followed as
 * in one ("FBI," cannot start "FBI Director"). */
static bool title_may_start(const char *t, size_t n, size_t i, size_t run) {
    if (run >= 16 || !((TITLE_RUNS[t[i] - 'A'] >> run) & 1))
        return false;
    char after = i + run < n ? t[i + run] : '\0';
    return after == ' ' || after == '.' || ((TITLE_WORDS[t[i] - 'A'] >> run) & 1);
}

#ifndef NDEBUG
/* The filters above hold for the title z. */
static bool title_filters_hold(const char *z) {
    size_t len = strlen(z), run = letter_run16(z, len, 0);
    if (!cpi_is_upper(z[0]) || run >= 16 || !((TITLE_RUNS[z[0] - 'A'] >> run) & 1))
        return false;
    if (run == len)
        return (TITLE_WORDS[z[0] - 'A'] >> run) & 1;
    return z[run] == ' ' || z[run] == '.';
}
#endif


/* The one title that starts in lower case. extract_officials tries titles
 * only at capitals and where this phrase is written before one;
 * cpi_titles_add checks in debug builds that no other title needs trying. */
static const char PRESS_SECRETARY[] = "press secretary";

bool cpi_titles_add(const cpi_mem *mem, cpi_dict *d) {
#ifndef NDEBUG
    for (size_t r = 0; r < sizeof ROLES / sizeof ROLES[0]; r++)
        assert(strcmp(ROLES[r], PRESS_SECRETARY) == 0 || title_filters_hold(ROLES[r]));
    for (size_t r = 0; r < sizeof OTHER_TITLES / sizeof OTHER_TITLES[0]; r++)
        assert(title_filters_hold(OTHER_TITLES[r]));
#endif
    for (size_t r = 0; r < sizeof ROLES / sizeof ROLES[0]; r++)
        if (!cpi_dict_add(mem, d, ROLES[r], strlen(ROLES[r]), (uint32_t)r))
            return false;
    for (size_t r = 0; r < sizeof OTHER_TITLES / sizeof OTHER_TITLES[0]; r++)
        if (!cpi_dict_add(mem, d, OTHER_TITLES[r], strlen(OTHER_TITLES[r]),
                          (uint32_t)(CPI_TITLE_OTHER + r)))
            return false;
    return true;
}

/* Words that can follow a title without being a name: headline verbs. */
static const char *const HEADLINE_VERBS[] = { /* sorted */
    "Announce", "Announces", "Awards", "Calls", "Directs", "Issues", "Joins",
    "Launches", "Names", "Releases", "Says", "Testifies", "Unveils", "Visits",
};
/* Bit L of HEADLINE_VERB_LENGTHS[c - 'A']: some verb starts with c and has
 * L bytes (checked in debug builds): most names ("Marcus", "Dana") are
 * turned away without the search. */
#define LEN(n) (1u << (n))
static const uint16_t HEADLINE_VERB_LENGTHS[26] = {
    ['A' - 'A'] = LEN(6) | LEN(8) | LEN(9), ['C' - 'A'] = LEN(5), ['D' - 'A'] = LEN(7),
    ['I' - 'A'] = LEN(6), ['J' - 'A'] = LEN(5), ['L' - 'A'] = LEN(8), ['N' - 'A'] = LEN(5),
    ['R' - 'A'] = LEN(8), ['S' - 'A'] = LEN(4), ['T' - 'A'] = LEN(9), ['U' - 'A'] = LEN(7),
    ['V' - 'A'] = LEN(6),
};
#undef LEN

/* Is the capitalised word w[0..n) a headline verb? */
static bool headline_verb(const char *w, size_t n) {
    assert(cpi_is_upper(w[0]));
#ifndef NDEBUG
    for (size_t v = 0; v < sizeof HEADLINE_VERBS / sizeof HEADLINE_VERBS[0]; v++) {
        size_t len = strlen(HEADLINE_VERBS[v]);
        assert(len < 16 && ((HEADLINE_VERB_LENGTHS[HEADLINE_VERBS[v][0] - 'A'] >> len) & 1));
    }
#endif
    if (n >= 16 || !((HEADLINE_VERB_LENGTHS[w[0] - 'A'] >> n) & 1))
        return false;
    return cpi_word_in(CPI_WORDS(HEADLINE_VERBS), w, n);
}

/* A person's name at pos: 1-4 capitalised words or initials ("William P.
 * Barr", "Joseph R. Biden Jr."). Returns its end, or pos when there is none;
 * *last gets the start of its last word (the surname), *last_end that
 * word's end (cpi_word_end, with any "'s"). */
static size_t name_at(const char *t, size_t n, size_t pos, size_t *last, size_t *last_end) {
    size_t i = pos, end = pos;
    int words = 0;
    while (i < n && words < 4) {
        if (!cpi_is_upper(t[i]))
            break;
        size_t e = cpi_word_end(t, n, i);
        if (e < n && t[e] == '.' && e - i == 1)
            e++; /* an initial: "P." */
        size_t len = e - i;
        if (headline_verb(t + i, len))
            break;
        if (len > 2 && t[e - 1] == 's' && t[e - 2] == '\'') {
            /* "Merrick Garland's department": the name ends here, without
             * the possessive */
            *last = i;
            *last_end = e;
            end = e - 2;
            words++;
            break;
        }
        bool suffix = (len == 3 && memcmp(t + i, "Jr.", 3) == 0) ||
                      (len == 3 && memcmp(t + i, "Sr.", 3) == 0);
        if (!suffix && !(len == 2 && t[i + 1] == '.')) {
            *last = i;
            *last_end = e; /* (not an initial: e is the word's end) */
        }
        end = e;
        words++;
        if (e < n && t[e] == ',' && e + 5 <= n && memcmp(t + e, ", Jr.", 5) == 0) {
            end = e + 5;
            break;
        }
        if (e >= n || t[e] != ' ')
            break;
        i = e + 1;
    }
    return words ? end : pos;
}

typedef struct found_official {
    const char *role;
    char name[96];
    size_t block;
    size_t start, end;
} found_official;

static bool add_official(cpi_extract *x, const cp_administration *admin, const char *name,
                         const char *role, cp_mention mention) {
    char id[160];
    size_t n = strlen(admin->row->id);
    memcpy(id, admin->row->id, n);
    id[n++] = '/';
    size_t k = strlen(name);
    if (n + k + 1 > sizeof id)
        return true;
    memcpy(id + n, name, k + 1);
    size_t hash = cpi_hash_str(id); /* (once, for the look-up and the adding) */
    cp_official *o = cpi_registry_find_hashed(&x->model->official_reg, id, hash);
    if (!o) {
        o = cpi_model_entity(x->model, sizeof *o);
        if (!o)
            return false;
        o->id = cpi_model_string(x->model, id, n + k); /* (n: the admin's id and '/') */
        if (!o->id)
            return false;
        o->name = o->id + n;
        o->role = role;
        o->admin = admin;
        if (!cpi_registry_add_hashed(x->model, &x->model->official_reg, o, hash))
            return false;
        cp_administration *a = (cp_administration *)admin;
        if (!cpi_vec_push(x->model, &a->officials, &o, sizeof o))
            return false;
    }
    if (!cpi_mention_list_push(x->model, &o->mentions, &mention))
        return false;
    if (o->seen_in == x->generation)
        return true;
    if (!cpi_mem_reserve(x->mem, (void **)&x->officials, &x->official_cap,
                         x->official_count + 1, sizeof(cp_official *)))
        return false;
    o->seen_in = x->generation;
    x->officials[x->official_count++] = o;
    return true;
}

/* Where "press secretary " ends right before the capital at c, from a
 * word start: the title's start, else SIZE_MAX. A title in lower case marks
 * a person only with a name after it, and a name is capitalised: so the
 * title is looked for at the capitals alone, not in all of the text. */
static inline size_t press_before(const char *t, size_t c) {
    enum { LEN = sizeof PRESS_SECRETARY - 1 };
    if (c <= LEN || t[c - 1] != ' ' || t[c - 2] != 'y')
        return SIZE_MAX; /* (nearly every capital) */
    size_t p = c - 1 - LEN;
    return memcmp(t + p, PRESS_SECRETARY, LEN) == 0 && cpi_word_start(t, p) ? p : SIZE_MAX;
}

/* The officials of a document before their surnames are joined (see
 * extract_officials). */
typedef struct officials_found {
    found_official found[64];
    size_t count;
} officials_found;

/* The title e found at t[i] (the longest there; a capital, or a "press
 * secretary" before one), and the name after it: a person noted, an
 * official kept. Returns where the title or the name ends (i when no title
 * starts there): the next is looked for after it. */
static size_t read_title(cpi_extract *x, const cp_administration *admin, size_t b,
                         const char *t, size_t n, size_t i, const cpi_dict_entry *e,
                         officials_found *of) {
    if (!e)
        return i;
    /* federal roles before other titles */
    bool federal = e->value < CPI_TITLE_OTHER;
    const char *role = federal ? ROLES[e->value] : OTHER_TITLES[e->value - CPI_TITLE_OTHER];
    size_t p = i + e->len;
    if (p >= n || t[p] != ' ')
        return p;
    size_t last = p + 1, last_end = p + 1;
    size_t end = name_at(t, n, p + 1, &last, &last_end);
    if (end == p + 1)
        return p;
    if (last_end == p + 1) /* (initials or a suffix alone: "P.", "Jr.") */
        last_end = cpi_word_end(t, n, last);
    assert(last_end == cpi_word_end(t, n, last));
    size_t slen = last_end - last;
    cpi_note_person(x, t + last, slen);
    /* "President Trump" marks a person; presidents are not officials. */
    if (federal && admin && x->doc->blocks[b].kind != CP_BLOCK_HEADING && of->count < 64 &&
        end - (p + 1) < sizeof of->found[0].name) {
        found_official *f = &of->found[of->count++];
        f->role = role;
        memcpy(f->name, t + p + 1, end - (p + 1));
        f->name[end - (p + 1)] = '\0';
        f->block = b;
        f->start = i;
        f->end = end;
    }
    return end;
}

/* Where a walk over one block's capitals is: the titles and the agencies
 * are looked for from these offsets on (past the title, name or agency
 * found last). */
typedef struct capitals_walk {
    size_t resume, agency_resume;
} capitals_walk;

/* The work at the capital t[i] of block b (class `cls`) that may start a
 * title or an agency or have "press secretary" before it: kept out of the
 * walk, which passes over most capitals. False when out of memory. */
static bool officials_at(cpi_extract *x, const cp_administration *admin, size_t b,
                         const char *t, size_t i, unsigned cls, capitals_walk *w,
                         officials_found *of) {
    const cp_block *blk = &x->doc->blocks[b];
    size_t n = blk->text_size;
    if (i >= w->resume) {
        size_t press = press_before(t, i);
        if (press != SIZE_MAX && press >= w->resume)
            w->resume = read_title(x, admin, b, t, n, press,
                                   cpi_dict_match(&x->k->titles, t, n, press), of) + 1;
    }
    /* (the class is 0 with fewer than three bytes left) */
    unsigned may = cls & (CPI_CAP_TITLE | CPI_CAP_AGENCY);
    if (i < w->resume)
        may &= ~(unsigned)CPI_CAP_TITLE;
    if (i < w->agency_resume || !cpi_block_readable(blk, true))
        may &= ~(unsigned)CPI_CAP_AGENCY;
    if (!may)
        return true;
    assert(n - i >= 3);
    size_t run = letter_run16(t, n, i);
    /* (a capital of the index starts a word, and the class says the
     * dictionary's filter passes: its scan, without cpi_dict_match's
     * tests) */
    if ((may & CPI_CAP_TITLE) && title_may_start(t, n, i, run))
        w->resume = read_title(x, admin, b, t, n, i,
                               cpi_dict_scan(&x->k->titles, t, n, i, false, true), of) + 1;
    size_t end = SIZE_MAX;
    if ((may & CPI_CAP_AGENCY) && run < 16 && ((cpi_agency_runs[t[i] - 'A'] >> run) & 1)) {
        if (!cpi_agency_at(x, b, t, n, i, &end))
            return false;
        if (end != SIZE_MAX)
            w->agency_resume = end + 1;
    }
    return true;
}

static bool extract_officials(cpi_extract *x, const cp_administration *admin) {
    const cp_document *doc = x->doc;
    officials_found of;
    of.count = 0;
    found_official *found = of.found;
    /* One walk over the capitals for titles and agencies (cpi_agency_at):
     * both dictionaries' filters on a phrase's first three bytes (none is
     * shorter) turn away most capitals, as the index classed them
     * (capital_class). */
    assert(!x->k->titles.shorts && !x->k->agencies.shorts);
    const uint32_t *capitals = x->capitals;
    const uint8_t *classes = x->capital_class;
    const size_t *block_ends = x->capitals_from + 1; /* (block b's capitals end at block_ends[b]) */
    size_t k = x->capitals_from[0];
    const cp_block *blocks = doc->blocks;
    size_t block_count = doc->block_count;
    for (size_t b = 0; b < block_count; b++) {
        /* Titles start at a capitalised word (the index of them), or are
         * "press secretary" before one: only those places are looked up,
         * in order; those inside a title and name found are passed over,
         * and so are those inside an agency's name. */
        size_t block_end = block_ends[b];
        if (k == block_end)
            continue;
        const char *t = cpi_block_text(&blocks[b]);
        capitals_walk w = {0, 0};
        /* Most capitals pass neither dictionary's filter and have no
         * "press secretary" before them, whose last letter is a 'y': one
         * test of both, nothing else. Only the block's first capital can
         * have fewer than two bytes before it. */
        size_t i = capitals[k];
        bool look = (classes[k] & (CPI_CAP_TITLE | CPI_CAP_AGENCY)) || (i >= 2 && t[i - 2] == 'y');
        for (;;) {
            if (look && !officials_at(x, admin, b, t, i, classes[k], &w, &of))
                return false;
            if (++k == block_end)
                break;
            i = capitals[k];
            assert(i >= 2);
            look = (classes[k] & (CPI_CAP_TITLE | CPI_CAP_AGENCY)) || t[i - 2] == 'y';
        }
    }
    size_t nfound = of.count;
    /* A surname alone ("Attorney General Sessions") joins the full name the
     * document gives elsewhere ("Jeff Sessions"). */
    for (size_t i = 0; i < nfound; i++) {
        if (strchr(found[i].name, ' '))
            continue;
        for (size_t j = 0; j < nfound; j++) {
            const char *full = found[j].name;
            size_t fl = strlen(full), sl = strlen(found[i].name);
            if (fl > sl && full[fl - sl - 1] == ' ' && strcmp(full + fl - sl, found[i].name) == 0) {
                memcpy(found[i].name, full, fl + 1);
                break;
            }
        }
    }
    for (size_t i = 0; i < nfound; i++) {
        cp_mention m = cpi_mention_of(x, &doc->blocks[found[i].block], found[i].start,
                                      found[i].end);
        if (!add_official(x, admin, found[i].name, found[i].role, m))
            return false;
    }
    return true;
}

bool cpi_extract_administration(cpi_extract *x) {
    cp_document *doc = x->doc;
    const char *date = cp_document_date(doc);
    int p = date ? in_office(date) : acting_president(x);
    cp_administration *admin = NULL;
    if (p >= 0) {
        admin = cpi_model_admin_at(x->model, (size_t)p);
        if (!cpi_registry_find(&x->model->admin_reg, admin->row->id) &&
            !cpi_registry_add(x->model, &x->model->admin_reg, admin))
            return false;
        if (!cpi_vec_push(x->model, &admin->documents, &doc, sizeof doc))
            return false;
    }
    doc->administration = admin;
    return extract_officials(x, admin);
}
