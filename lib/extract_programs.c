/* Extraction of programs (MODEL.md sections 3 and 5): the known programs of
 * the built-in table by any of their names, and programs nobody listed, found
 * from the text: capitalised names whose head says what they are
 * ("... Partnership", "... Task Force", "... Strike Forces", "... Initiative",
 * "... Program", "... Teams", "... Center", "... Network", "... Grant",
 * "Project ...", "Operation ..."), with acronyms defined in parentheses and
 * used later on their own. Agencies, offices and laws ("... Act") are not
 * programs. One program however it is named: its id is the slug of its name
 * without a leading "National". */
#include <stdio.h>
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

enum { MAX_NAME_WORDS = 14, MAX_ACRONYMS = 32, MAX_SHORT_NAMES = 8, MAX_INITIALS = 8 };

/* The word lists below are asked about most capitalised words of a text,
 * and most words are in none of them. Each list has a filter: by first
 * letter, the lengths its words have, their second and their last letters
 * (in FILTER[c - 'A'].start, LEN(len) is set when a word of the list starts
 * with c and is len bytes long, NEXT(d) when one starts with c and then d;
 * in .last, LAST(z) when one starts with c and ends with z), so that most
 * words are turned away without a search. The lists' words are
 * capitalised, then lower case. Debug builds check the filters against the
 * lists. */
#define LEN(len) (UINT64_C(1) << (len))
#define NEXT(c) (UINT64_C(1) << (32 + (c) - 'a'))
#define LAST(c) (UINT32_C(1) << ((c) - 'a'))

typedef struct word_filter {
    uint64_t start; /* LEN and NEXT */
    uint32_t last;  /* LAST */
} word_filter;

/* A filter has FILTER_ROWS rows, the capitals' and then empty ones, so that
 * one test turns away a word too long for LEN and one that starts with no
 * capital. */
enum { FILTER_ROWS = 32 };

static inline bool may_be_listed(const word_filter *filter, const char *w, size_t n) {
    unsigned c = (unsigned char)w[0] - 'A'; /* capitals only: lower case is 32 on */
    if ((n | c) >= FILTER_ROWS || !((filter[c].start >> n) & 1))
        return false;
    if (n == 1)
        return true;
    /* (NEXT's bits and LAST's stop short of 32: a letter past 'z' finds
     * none of them, so one compare bounds both shifts) */
    unsigned d = (unsigned char)w[1] - 'a', z = (unsigned char)w[n - 1] - 'a';
    return (d | z) < 32 && ((filter[c].start >> (32 + d)) & 1) && ((filter[c].last >> z) & 1);
}

/* The search behind listed, for the few words its filter lets through. */
static bool listed_search(const char *const *list, size_t count, const word_filter *filter,
                          const char *w, size_t n) {
#ifndef NDEBUG
    for (size_t i = 0; i < count; i++)
        assert(may_be_listed(filter, list[i], strlen(list[i])));
#else
    (void)filter;
#endif
    return cpi_word_in(list, count, w, n);
}

/* Is w[0..n) in the sorted list whose filter is `filter`? (The filter is
 * inline: it turns away most words, without a call.) */
static inline bool listed(const char *const *list, size_t count, const word_filter *filter,
                          const char *w, size_t n) {
    return n > 0 && may_be_listed(filter, w, n) && listed_search(list, count, filter, w, n);
}

/* Words that say what a program works on. */
static const char *const TOPICS[] = {
    /* sorted */
    "Crime",    "Drug",       "Gang",    "Gun",    "Intervention", "Justice",  "Opioid",
    "Policing", "Prevention", "Reentry", "Reform", "Safety",       "Violence", "Youth",
};

/* Does one of the words [from, to) of a run name a topic of TOPICS, or
 * stand for words that may ("the HVI Collaborative": an acronym)? */
static bool names_topic(const char *t, const size_t *ws, const size_t *wend, size_t from,
                        size_t to) {
    for (size_t w = from; w < to; w++) {
        size_t len = wend[w] - ws[w];
        if (len >= 2 && cpi_is_upper(t[ws[w]]) && cpi_is_upper(t[ws[w] + 1]))
            return true;
        if (cpi_word_in(CPI_WORDS(TOPICS), t + ws[w], len))
            return true;
    }
    return false;
}

typedef struct head {
    const char *word;
    const char *kind;
} head;

/* Heads that end a program's name, and the kind they give. */
static const head HEADS[] = {
    {"Partnership", "partnership"}, {"Partnerships", "partnership"},
    {"Force", "task_force"},        {"Forces", "task_force"},
    {"Initiative", "initiative"},   {"Initiatives", "initiative"},
    {"Program", "program"}, /* ("... Programs": a kind, not a name) */
    {"Team", "team"},               {"Teams", "team"},
    {"Collaborative", "initiative"},
    {"Network", "network"},         {"Grant", "grant"},
    {"Grants", "grant"},            {"Plan", "initiative"},
};

/* HEADS' filter (see may_be_listed). */
static const word_filter HEAD_FILTER[FILTER_ROWS] = {
    ['C' - 'A'] = {LEN(13) | NEXT('o'), LAST('e')},
    ['F' - 'A'] = {LEN(5) | LEN(6) | NEXT('o'), LAST('e') | LAST('s')},
    ['G' - 'A'] = {LEN(5) | LEN(6) | NEXT('r'), LAST('s') | LAST('t')},
    ['I' - 'A'] = {LEN(10) | LEN(11) | NEXT('n'), LAST('e') | LAST('s')},
    ['N' - 'A'] = {LEN(7) | NEXT('e'), LAST('k')},
    ['P' - 'A'] = {LEN(4) | LEN(7) | LEN(11) | LEN(12) | NEXT('a') | NEXT('l') | NEXT('r'),
                   LAST('m') | LAST('n') | LAST('p') | LAST('s')},
    ['T' - 'A'] = {LEN(4) | LEN(5) | NEXT('e'), LAST('m') | LAST('s')},
};

#if defined(__GNUC__)
__attribute__((noinline)) /* (so that head_kind, its filter, is inlined) */
#endif
static const char *head_kind_search(const char *t, size_t n, size_t ws, size_t we,
                                    size_t prev_ws) {
#ifndef NDEBUG
    for (size_t i = 0; i < sizeof HEADS / sizeof HEADS[0]; i++)
        assert(may_be_listed(HEAD_FILTER, HEADS[i].word, strlen(HEADS[i].word)));
#endif
    for (size_t i = 0; i < sizeof HEADS / sizeof HEADS[0]; i++) {
        /* (the first letter first: most heads differ there, no loop) */
        if (HEADS[i].word[0] == t[ws] && cpi_str_eq(HEADS[i].word, t + ws, we - ws)) {
            if (HEADS[i].word[0] == 'G' && we + 1 < n && t[we] == ' ' && cpi_is_upper(t[we + 1]))
                return NULL; /* "Agent in Charge Grant Holloway": a first name */
            if (HEADS[i].word[0] == 'F') {
                /* "Task Force", "Strike Forces" */
                if (prev_ws != SIZE_MAX && cpi_word_is(t, n, prev_ws, "Strike"))
                    return "strike_force";
                if (prev_ws != SIZE_MAX && cpi_word_is(t, n, prev_ws, "Task"))
                    return "task_force";
                return NULL;
            }
            return HEADS[i].kind;
        }
    }
    return NULL;
}

/* The kind the word [ws, we) gives a name as its head, or NULL. The filter
 * is inline: most words are no head. */
static inline const char *head_kind(const char *t, size_t n, size_t ws, size_t we,
                                    size_t prev_ws) {
    if (ws >= n || !may_be_listed(HEAD_FILTER, t + ws, we - ws))
        return NULL;
    return head_kind_search(t, n, ws, we, prev_ws);
}

/* Words that make a capitalised name an office, a law or a collection of
 * statistics ("Uniform Crime Reporting Program"), not a program. */
static bool not_program_word(const char *w, size_t n) {
    static const char *const WORDS[] = {
        /* sorted */
        "Act",        "Administration", "Agency",     "Association", "Bureau",
        "Commission", "Committee",      "Congress",   "Council",     "Court",
        "Department", "Division",       "House",      "Office",      "Reporting",
        "Senate",     "Service",        "University",
    };
    static const word_filter FILTER[FILTER_ROWS] = {
        ['A' - 'A'] = {LEN(3) | LEN(6) | LEN(11) | LEN(14) | NEXT('c') | NEXT('d') |
                           NEXT('g') | NEXT('s'),
                       LAST('n') | LAST('t') | LAST('y')},
        ['B' - 'A'] = {LEN(6) | NEXT('u'), LAST('u')},
        ['C' - 'A'] = {LEN(5) | LEN(7) | LEN(8) | LEN(9) | LEN(10) | NEXT('o'),
                       LAST('e') | LAST('l') | LAST('n') | LAST('s') | LAST('t')},
        ['D' - 'A'] = {LEN(8) | LEN(10) | NEXT('e') | NEXT('i'), LAST('n') | LAST('t')},
        ['H' - 'A'] = {LEN(5) | NEXT('o'), LAST('e')},
        ['O' - 'A'] = {LEN(6) | NEXT('f'), LAST('e')},
        ['R' - 'A'] = {LEN(9) | NEXT('e'), LAST('g')},
        ['S' - 'A'] = {LEN(6) | LEN(7) | NEXT('e'), LAST('e')},
        ['U' - 'A'] = {LEN(10) | NEXT('n'), LAST('y')},
    };
    return listed(CPI_WORDS(WORDS), FILTER, w, n);
}

/* Is the word [ws, we) a title people are named after ("Chief",
 * "Sheriff", "Mayor": the officials' titles dictionary), the whole word? */
static bool title_at(const cpi_extract *x, const char *t, size_t n, size_t ws,
                     size_t we) {
    const cpi_dict_entry *e = cpi_dict_match(&x->k->titles, t, n, ws);
    return e && (e->len == we - ws || (e->len == we - ws + 1 && t[we] == '.'));
}

/* Laws and bills are no programs (MODEL.md); most say so by "Act", a few
 * are named like a plan. */
static bool law_named_like_program(const char *w, size_t n) {
    static const char *const LAWS[] = {"American Rescue Plan", "American Jobs Plan",
                                       "American Families Plan", "Rescue Plan"};
    for (size_t i = 0; i < sizeof LAWS / sizeof LAWS[0]; i++)
        if (cpi_str_eq(LAWS[i], w, n))
            return true;
    return false;
}

/* Verbs and prepositions of headlines and lead-ins in title case
 * ("Attorney General Announces ...", "Building Community Trust Through
 * Collaborative Reform"): w[0..n) is a whole word. */
static bool headline_verb(const char *w, size_t n) {
    static const char *const VERBS[] = {
        /* sorted */
        "Added",     "Adds",     "After",      "Amid",     "Announce", "Announced",
        "Announces", "Are",      "Arrests",    "As",       "At",       "Awarded",
        "Awards",    "Begins",   "Brings",     "Busts",    "Charges",  "Creates",
        "Creation",  "Directs",  "Dismantles", "Disrupts", "Ends",     "Expands",
        "Following", "For",      "From",       "Get",      "Gets",     "Hails",
        "Help",      "Helps",    "In",         "Indicts",  "Into",     "Is",
        "Issues",    "Join",     "Joins",      "Launch",   "Launches", "Marks",
        "Names",     "Nets",     "On",         "Opens",    "Part",     "Reaches",
        "Receive",   "Receives", "Releases",   "Reports",  "Results",  "Seizes",
        "Send",      "Sends",    "Starts",     "Takes",    "Targets",  "Through",
        "To",        "Under",    "Unveils",    "Will",     "Win",      "Winds",
        "Wins",      "With",     "Wraps",
    };
    static const word_filter FILTER[FILTER_ROWS] = {
        ['A' - 'A'] = {LEN(2) | LEN(3) | LEN(4) | LEN(5) | LEN(6) | LEN(7) | LEN(8) |
                           LEN(9) | NEXT('d') | NEXT('f') | NEXT('m') | NEXT('n') |
                           NEXT('r') | NEXT('s') | NEXT('t') | NEXT('w'),
                       LAST('d') | LAST('e') | LAST('r') | LAST('s') | LAST('t')},
        ['B' - 'A'] = {LEN(5) | LEN(6) | NEXT('e') | NEXT('r') | NEXT('u'), LAST('s')},
        ['C' - 'A'] = {LEN(7) | LEN(8) | NEXT('h') | NEXT('r'), LAST('n') | LAST('s')},
        ['D' - 'A'] = {LEN(7) | LEN(8) | LEN(10) | NEXT('i'), LAST('s')},
        ['E' - 'A'] = {LEN(4) | LEN(7) | NEXT('n') | NEXT('x'), LAST('s')},
        ['F' - 'A'] = {LEN(3) | LEN(4) | LEN(9) | NEXT('o') | NEXT('r'),
                       LAST('g') | LAST('m') | LAST('r')},
        ['G' - 'A'] = {LEN(3) | LEN(4) | NEXT('e'), LAST('s') | LAST('t')},
        ['H' - 'A'] = {LEN(4) | LEN(5) | NEXT('a') | NEXT('e'), LAST('p') | LAST('s')},
        ['I' - 'A'] = {LEN(2) | LEN(4) | LEN(6) | LEN(7) | NEXT('n') | NEXT('s'),
                       LAST('n') | LAST('o') | LAST('s')},
        ['J' - 'A'] = {LEN(4) | LEN(5) | NEXT('o'), LAST('n') | LAST('s')},
        ['L' - 'A'] = {LEN(6) | LEN(8) | NEXT('a'), LAST('h') | LAST('s')},
        ['M' - 'A'] = {LEN(5) | NEXT('a'), LAST('s')},
        ['N' - 'A'] = {LEN(4) | LEN(5) | NEXT('a') | NEXT('e'), LAST('s')},
        ['O' - 'A'] = {LEN(2) | LEN(5) | NEXT('n') | NEXT('p'), LAST('n') | LAST('s')},
        ['P' - 'A'] = {LEN(4) | NEXT('a'), LAST('t')},
        ['R' - 'A'] = {LEN(7) | LEN(8) | NEXT('e'), LAST('e') | LAST('s')},
        ['S' - 'A'] = {LEN(4) | LEN(5) | LEN(6) | NEXT('e') | NEXT('t'),
                       LAST('d') | LAST('s')},
        ['T' - 'A'] = {LEN(2) | LEN(5) | LEN(7) | NEXT('a') | NEXT('h') | NEXT('o'),
                       LAST('h') | LAST('o') | LAST('s')},
        ['U' - 'A'] = {LEN(5) | LEN(7) | NEXT('n'), LAST('r') | LAST('s')},
        ['W' - 'A'] = {LEN(3) | LEN(4) | LEN(5) | NEXT('i') | NEXT('r'),
                       LAST('h') | LAST('l') | LAST('n') | LAST('s')},
    };
    return listed(CPI_WORDS(VERBS), FILTER, w, n);
}

/* Nouns a headline puts before the program it tells of ("Results of
 * Violent Crime Initiative", "Expansion of Project Safe Neighborhoods"):
 * followed by "of" or "on", they are no part of its name. w[0..n) is a
 * whole word. */
static bool report_noun(const char *w, size_t n) {
    static const char *const NOUNS[] = {
        /* sorted */
        "Anniversary", "Assessment", "Evaluation", "Expansion", "Findings", "Highlights",
        "Impact",      "Outcomes",   "Overview",   "Progress",  "Report",   "Results",
        "Review",      "Status",     "Success",    "Summary",   "Update",
    };
    return cpi_word_in(CPI_WORDS(NOUNS), w, n);
}

/* Words that make a name a generic kind, not a program ("Federal
 * Program", "Training Programs", a think tank's "Criminal Justice
 * Program", a headline's "Into One Program"). w[0..n) is a whole word. */
static bool generic_word(const char *w, size_t n) {
    static const char *const WORDS[] = { /* sorted */
        "Criminal", "Each", "Every", "Federal", "Grant", "Its", "Joint", "Justice", "Key",
        "Local", "Major", "National", "New", "One", "Other", "Our", "Pilot", "Public",
        "Special", "State", "Strike", "Task", "That", "Their", "This", "Training",
    };
    static const word_filter FILTER[FILTER_ROWS] = {
        ['C' - 'A'] = {LEN(8) | NEXT('r'), LAST('l')},
        ['E' - 'A'] = {LEN(4) | LEN(5) | NEXT('a') | NEXT('v'), LAST('h') | LAST('y')},
        ['F' - 'A'] = {LEN(7) | NEXT('e'), LAST('l')},
        ['G' - 'A'] = {LEN(5) | NEXT('r'), LAST('t')},
        ['I' - 'A'] = {LEN(3) | NEXT('t'), LAST('s')},
        ['J' - 'A'] = {LEN(5) | LEN(7) | NEXT('o') | NEXT('u'), LAST('t') | LAST('e')},
        ['K' - 'A'] = {LEN(3) | NEXT('e'), LAST('y')},
        ['L' - 'A'] = {LEN(5) | NEXT('o'), LAST('l')},
        ['M' - 'A'] = {LEN(5) | NEXT('a'), LAST('r')},
        ['N' - 'A'] = {LEN(3) | LEN(8) | NEXT('a') | NEXT('e'), LAST('l') | LAST('w')},
        ['O' - 'A'] = {LEN(3) | LEN(5) | NEXT('n') | NEXT('t') | NEXT('u'),
                       LAST('e') | LAST('r')},
        ['P' - 'A'] = {LEN(5) | LEN(6) | NEXT('i') | NEXT('u'), LAST('c') | LAST('t')},
        ['S' - 'A'] = {LEN(5) | LEN(6) | LEN(7) | NEXT('p') | NEXT('t'),
                       LAST('e') | LAST('l')},
        ['T' - 'A'] = {LEN(4) | LEN(5) | LEN(8) | NEXT('a') | NEXT('h') | NEXT('r'),
                       LAST('g') | LAST('k') | LAST('r') | LAST('s') | LAST('t')},
    };
    return listed(CPI_WORDS(WORDS), FILTER, w, n);
}

/* "Growing the Community Violence Intervention Collaborative": a verb in
 * -ing before an article leads into a name, as a bold lead-in's first word. */
static bool gerund_lead(const char *t, size_t n, const size_t *ws, const size_t *wend,
                        size_t w, size_t last) {
    size_t len = wend[w] - ws[w];
    if (w + 1 >= last || len <= 4 || memcmp(t + wend[w] - 3, "ing", 3) != 0)
        return false;
    /* ... or opening a title, or what follows its colon, before a generic
     * word: "FACT SHEET: Expanding Federal Partnerships" (not "Building
     * Bridges Program") */
    bool opens = ws[w] == 0 || (ws[w] >= 2 && t[ws[w] - 2] == ':' && t[ws[w] - 1] == ' ');
    return (opens && generic_word(t + ws[w + 1], wend[w + 1] - ws[w + 1])) ||
           cpi_word_is(t, n, ws[w + 1], "the") ||
           cpi_word_is(t, n, ws[w + 1], "a") || cpi_word_is(t, n, ws[w + 1], "an") ||
           cpi_word_is(t, n, ws[w + 1], "its") || cpi_word_is(t, n, ws[w + 1], "our");
}

/* A program of this document whose name is `name` with its first word, an
 * acronym, spelled out: "CVI Collaborative" for "Community Violence
 * Intervention Collaborative". NULL when none. */
static cp_program *spelled_out(const cpi_extract *x, const char *name, size_t len) {
    size_t a = 0;
    while (a < len && cpi_is_upper(name[a]))
        a++;
    if (a < 2 || a > 6 || a + 1 >= len || name[a] != ' ')
        return NULL;
    const char *rest = name + a; /* " Collaborative" */
    size_t rest_len = len - a;
    /* (the full name comes early: the first programs only, so that a text
     * of thousands of names stays linear) */
    size_t count = x->program_count < 256 ? x->program_count : 256;
    for (size_t i = 0; i < count; i++) {
        const char *full = x->programs[i]->name;
        size_t flen = strlen(full);
        if (flen <= rest_len || memcmp(full + flen - rest_len, rest, rest_len) != 0)
            continue;
        /* the initials of the words before the shared tail (not of a
         * joining word in lower case: "Missing or Murdered ..." is MMIP) */
        size_t k = 0, end = flen - rest_len;
        bool ok = true;
        for (size_t p = 0; p < end && ok; p++) {
            if ((p == 0 || full[p - 1] == ' ') && !cpi_is_lower(full[p])) {
                if (k >= a || full[p] != name[k])
                    ok = false;
                k++;
            }
        }
        if (ok && k == a)
            return x->programs[i];
    }
    return NULL;
}

/* Capitalised words that begin a sentence or a heading before a name:
 * articles, prepositions, conjunctions. w[0..n) is a whole word. */
static bool leading_word(const char *w, size_t n) {
    static const char *const WORDS[] = {
        /* sorted */
        "A",       "About",  "After",   "Also",   "Although", "An",      "And",
        "As",      "At",     "Because", "Before", "Billion",  "But",     "By",
        "During",  "Each",   "Every",   "For",    "From",     "Funding", "Her",
        "His",     "If",     "In",      "Its",    "Million",  "Now",     "Of",
        "On",      "Once",   "Our",     "Since",  "That",     "The",     "Their",
        "Then",    "These",  "This",    "Those",  "Thousand", "Through", "To",
        "Under",   "Unless", "Via",     "When",   "Whether",  "While",   "With",
        "Without",
    };
    static const word_filter FILTER[FILTER_ROWS] = {
        ['A' - 'A'] = {LEN(1) | LEN(2) | LEN(3) | LEN(4) | LEN(5) | LEN(8) | NEXT('b') |
                           NEXT('f') | NEXT('l') | NEXT('n') | NEXT('s') | NEXT('t'),
                       LAST('d') | LAST('h') | LAST('n') | LAST('o') | LAST('r') |
                           LAST('s') | LAST('t')},
        ['B' - 'A'] = {LEN(2) | LEN(3) | LEN(6) | LEN(7) | NEXT('e') | NEXT('i') |
                           NEXT('u') | NEXT('y'),
                       LAST('e') | LAST('n') | LAST('t') | LAST('y')},
        ['D' - 'A'] = {LEN(6) | NEXT('u'), LAST('g')},
        ['E' - 'A'] = {LEN(4) | LEN(5) | NEXT('a') | NEXT('v'), LAST('h') | LAST('y')},
        ['F' - 'A'] = {LEN(3) | LEN(4) | LEN(7) | NEXT('o') | NEXT('r') | NEXT('u'),
                       LAST('g') | LAST('m') | LAST('r')},
        ['H' - 'A'] = {LEN(3) | NEXT('e') | NEXT('i'), LAST('r') | LAST('s')},
        ['I' - 'A'] = {LEN(2) | LEN(3) | NEXT('f') | NEXT('n') | NEXT('t'),
                       LAST('f') | LAST('n') | LAST('s')},
        ['M' - 'A'] = {LEN(7) | NEXT('i'), LAST('n')},
        ['N' - 'A'] = {LEN(3) | NEXT('o'), LAST('w')},
        ['O' - 'A'] = {LEN(2) | LEN(3) | LEN(4) | NEXT('f') | NEXT('n') | NEXT('u'),
                       LAST('e') | LAST('f') | LAST('n') | LAST('r')},
        ['S' - 'A'] = {LEN(5) | NEXT('i'), LAST('e')},
        ['T' - 'A'] = {LEN(2) | LEN(3) | LEN(4) | LEN(5) | LEN(7) | LEN(8) | NEXT('h') |
                           NEXT('o'),
                       LAST('d') | LAST('e') | LAST('h') | LAST('n') | LAST('o') |
                           LAST('r') | LAST('s') | LAST('t')},
        ['U' - 'A'] = {LEN(5) | LEN(6) | NEXT('n'), LAST('r') | LAST('s')},
        ['V' - 'A'] = {LEN(3) | NEXT('i'), LAST('a')},
        ['W' - 'A'] = {LEN(4) | LEN(5) | LEN(7) | NEXT('h') | NEXT('i'),
                       LAST('e') | LAST('h') | LAST('n') | LAST('r') | LAST('t')},
    };
    return listed(CPI_WORDS(WORDS), FILTER, w, n);
}

/* Does the word at `start` follow a capitalised word, not an article or
 * a preposition ("The"): the end of a name? */
static bool after_capital(const char *t, size_t start) {
    if (start < 2 || t[start - 1] != ' ')
        return false;
    size_t p = start - 1;
    while (p > 0 && t[p - 1] != ' ')
        p--;
    /* (an owner's possessive is no name: "the COPS Office's Collaborative
     * Reform Initiative") */
    if (start - 1 - p > 2 && t[start - 3] == '\'' && t[start - 2] == 's')
        return false;
    return cpi_is_upper(t[p]) && !leading_word(t + p, start - 1 - p);
}


/* Is the word at pos a joining word of a name: "of", "on", "or", "for",
 * "and", "to", "the"? (By its first letter: most words start with none of
 * theirs.) */
#if defined(__GNUC__)
__attribute__((noinline)) /* (apart: its callers are hot loops) */
#endif
static bool connector(const char *t, size_t n, size_t pos) {
    if (pos >= n)
        return false;
    switch (t[pos]) {
    case 'o':
        return cpi_word_is(t, n, pos, "of") || cpi_word_is(t, n, pos, "on") ||
               cpi_word_is(t, n, pos, "or");
    case 'f':
        return cpi_word_is(t, n, pos, "for");
    case 'a':
        return cpi_word_is(t, n, pos, "and");
    case 't':
        return cpi_word_is(t, n, pos, "to") || cpi_word_is(t, n, pos, "the");
    default:
        return false;
    }
}

/* "gun trafficking strike forces": two or three plain lower-case words that
 * say what the force is for, then "task force(s)" or "strike force(s)".
 * Number words, verbs ("expands", "close", "formed", "need another task
 * force"), "has no", "which",
 * hyphenated adjectives
 * ("full-time") and words glued to punctuation do not qualify. Returns the name's end, or 0. */
static size_t lowercase_force(const char *t, size_t n, size_t i) {
    static const char *const NOT_MODIFIERS[] = {
        /* sorted */
        "a",        "about",    "added",     "additional",  "after",     "all",
        "an",       "and",      "announced", "another",     "any",       "are",
        "as",       "asked",    "at",        "both",        "build",     "built",
        "by",       "call",     "called",    "calls",       "can",       "close",
        "could",    "create",   "created",   "current",     "dozen",     "dozens",
        "each",     "eight",    "establish", "established", "every",     "existing",
        "expand",   "expanded", "federal",   "five",        "for",       "form",
        "formed",   "four",     "from",      "fund",        "funded",    "had",
        "has",      "have",     "if",        "in",          "into",      "is",
        "its",      "join",     "joined",    "joint",       "launch",    "launched",
        "lead",     "led",      "local",     "many",        "may",       "might",
        "more",     "most",     "multiple",  "must",        "need",      "needs",
        "new",      "nine",     "no",        "noted",       "of",        "on",
        "one",      "or",       "other",     "our",         "own",       "permanent",
        "regional", "said",     "say",       "says",        "seven",     "several",
        "shall",    "should",   "similar",   "six",         "some",      "special",
        "started",  "state",    "such",      "support",     "temporary", "ten",
        "than",     "that",     "the",       "their",       "these",     "this",
        "those",    "three",    "to",        "told",        "two",       "under",
        "various",  "want",     "wants",     "was",         "were",      "when",
        "where",    "which",    "while",     "who",         "whose",     "will",
        "with",     "without",  "would",
    };
    if (i > 0 && t[i - 1] != ' ')
        return 0;
    size_t p = i;
    for (int words = 0; words < 4 && p < n && cpi_is_lower(t[p]); words++) {
        size_t e = p;
        while (e < n && cpi_is_lower(t[e]))
            e++;
        if (e < n && t[e] != ' ')
            return 0; /* punctuation or a hyphen: not a plain word */
        if (words >= 2 && (cpi_word_is(t, n, p, "task") || cpi_word_is(t, n, p, "strike"))) {
            size_t f = e + 1;
            size_t end = cpi_word_is(t, n, f, "force")    ? f + 5
                         : cpi_word_is(t, n, f, "forces") ? f + 6
                                                          : 0;
            /* ("task force levels", "task force officers": a modifier) */
            static const char *const NOUNS[] = {/* sorted */
                                                "agents",     "funding",     "levels",
                                                "meetings",   "members",     "officers",
                                                "operations", "participants"};
            if (end && end + 1 < n && t[end] == ' ' &&
                cpi_word_in(CPI_WORDS(NOUNS), t + end + 1, cpi_inner_len(t, n, end + 1)))
                return 0;
            return end;
        }
        if (cpi_word_in(CPI_WORDS(NOT_MODIFIERS), t + p, e - p))
            return 0;
        if (e - p > 3 && t[e - 1] == 's' && t[e - 2] != 's' && t[e - 2] != 'u')
            return 0; /* "expands": a verb, or a plural that is no modifier */
        if (e >= n)
            return 0;
        p = e + 1;
    }
    return 0;
}

typedef struct acronym {
    char text[16];
    cp_program *program;
} acronym;

typedef struct initials_entry {
    const char *name; /* (in the block's text) */
    uint8_t len;
    bool made;     /* text made from name */
    char text[16]; /* its initials; "" when none */
    cp_program *program;
} initials_entry;

/* "ARPO Strike Force": an acronym and the last words of the name it
 * shortens, defined together in parentheses after the name. */
typedef struct short_name {
    char text[48];
    size_t len;
    cp_program *program;
    bool head; /* a name's words before " on " (define_head_short_name) */
    bool operation; /* a name's words after "Operation" (define_operation_short_name) */
} short_name;

/* A name read in a block's text and the program it gave (program(): the
 * one with the slug of the name as its id). */
typedef struct name_seen {
    const char *text;
    size_t len;
    cp_program *program;
} name_seen;

enum { MAX_NAMED = 16 };

typedef struct ctx {
    cpi_extract *x;
    acronym acr[MAX_ACRONYMS];
    size_t acr_count;
    /* names whose initials may stand for them, not yet used
     * (define_initials): apart, so that the reading of most runs does not
     * ask them */
    initials_entry initials[MAX_INITIALS];
    size_t initials_count;
    uint32_t acr_first; /* the first letters of acr's and initials' (bit c & 31) */
    short_name shorts[MAX_SHORT_NAMES];
    size_t short_count;
    /* the first names read (a text names its programs again and again):
     * the same name is the same program all through the document (the
     * registry only loses programs in merge_short_forms, at the end), so
     * it is not slugged and looked up again */
    name_seen names[MAX_NAMED];
    size_t name_count;
} ctx;

/* The program the name s[0..n) gave before in this document, or NULL. */
static cp_program *named_before(const ctx *c, const char *s, size_t n) {
    for (size_t k = 0; k < c->name_count; k++)
        if (c->names[k].len == n && memcmp(c->names[k].text, s, n) == 0)
            return c->names[k].program;
    return NULL;
}

/* The eight bytes of s from i as a number, byte i lowest. */
static inline uint64_t load8(const char *s, size_t i) {
    uint64_t v;
    memcpy(&v, s + i, 8);
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

/* Store v's eight bytes (lowest first) at out. */
static inline void store8(char *out, uint64_t v) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    memcpy(out, &v, 8);
}

/* Where eight bytes of s[0..n) are read at step i: at i, or, for the last
 * bytes, the eight that end at n (they overlap the step before; a text of
 * fewer than eight bytes is none of plain_name's or slug_of_plain's). */
static inline size_t step_at(size_t n, size_t i) { return i + 8 <= n ? i : n - 8; }

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS (ONES * 0x80)

/* The high bit of each byte of v (all below 0x80) in [lo, hi]. */
static inline uint64_t bytes_in(uint64_t v, unsigned lo, unsigned hi) {
    return (v + (0x80 - lo) * ONES) & ~(v + (0x80 - hi - 1) * ONES) & HIGHS;
}

/* Is s[0..n) words of ASCII letters and digits between single spaces (most
 * names)? Folding such a name (cpi_fold) only lowers its capitals. (Eight
 * bytes at a time from eight bytes on.) */
static bool plain_name(const char *s, size_t n) {
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
        return false;
    if (n < 8) {
        for (size_t i = 0; i < n; i++)
            if (!(cpi_class(s[i]) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT)) &&
                (s[i] != ' ' || s[i - 1] == ' '))
                return false;
        return true;
    }
    for (size_t i = 0; i < n; i += 8) {
        size_t at = step_at(n, i);
        uint64_t v = load8(s, at);
        if (v & HIGHS)
            return false; /* UTF-8 */
        uint64_t space = bytes_in(v, ' ', ' ');
        uint64_t ok = bytes_in(v | 0x20 * ONES, 'a', 'z') | bytes_in(v, '0', '9') | space;
        uint64_t space_before = at > 0 && s[at - 1] == ' ' ? 0x80 : 0;
        if (ok != HIGHS || (space & ((space << 8) | space_before)))
            return false;
    }
    return true;
}

/* slug_of for a plain name (see plain_name): lowered, spaces made hyphens,
 * eight bytes at a time from eight bytes on; SIZE_MAX when s[0..n) is no
 * plain name (out is then left to slug_of). The usual name, whole in out
 * and of eight bytes or more, is tested and written in one pass. */
static size_t slug_of_plain(const char *s, size_t n, char *out, size_t cap) {
    static const char NATIONAL[] = "national ";
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
        return SIZE_MAX;
    size_t from = 0;
    if (n > 9) {
        from = 9;
        for (size_t i = 0; i < 9 && from; i++)
            if ((s[i] | 0x20) != NATIONAL[i])
                from = 0;
    }
    const char *f = s + from;
    size_t m = n - from;
    if (m >= 8 && m < cap) {
        /* ("national " itself is plain: its letters, then one space,
         * which the first step sees before it) */
        for (size_t i = 0; i < m; i += 8) {
            size_t at = step_at(m, i);
            uint64_t v = load8(f, at);
            if (v & HIGHS)
                return SIZE_MAX; /* UTF-8 */
            uint64_t space = bytes_in(v, ' ', ' ');
            uint64_t ok = bytes_in(v | 0x20 * ONES, 'a', 'z') | bytes_in(v, '0', '9') | space;
            uint64_t space_before = from + at > 0 && s[from + at - 1] == ' ' ? 0x80 : 0;
            if (ok != HIGHS || (space & ((space << 8) | space_before)))
                return SIZE_MAX;
            /* ('| 0x20' lowers letters and keeps digits and spaces; a
             * space then gets 0x0D more: '-') */
            store8(out + at, (v | 0x20 * ONES) + (space >> 7) * 0x0D);
        }
        out[m] = '\0';
        return m;
    }
    if (!plain_name(s, n))
        return SIZE_MAX;
    size_t o = m < cap ? m : cap - 1;
    if (o < 8) {
        for (size_t i = 0; i < o; i++)
            out[i] = f[i] == ' ' ? '-' : (char)(f[i] | 0x20); /* ('| 0x20' keeps digits) */
    } else {
        for (size_t i = 0; i < o; i += 8) {
            size_t at = step_at(o, i);
            uint64_t v = load8(f, at) | 0x20 * ONES;
            uint64_t space = ~(v + 0x50 * ONES) & HIGHS;
            store8(out + at, v + (space >> 7) * 0x0D);
        }
    }
    out[o] = '\0';
    return o;
}

#undef ONES
#undef HIGHS

/* A program's id: its name folded (cpi_fold), without a leading
 * "national", its spaces made hyphens. */
static size_t slug_of(const char *s, size_t n, char *out, size_t cap) {
    char folded[256];
    size_t plain = n + 2 < sizeof folded ? slug_of_plain(s, n, out, cap) : SIZE_MAX;
    if (plain != SIZE_MAX)
        return plain;
    size_t k = cpi_fold(s, n, folded, sizeof folded);
    const char *f = folded;
    if (k > 9 && strncmp(f, "national ", 9) == 0) {
        f += 9;
        k -= 9;
    }
    /* the folded name, its spaces made hyphens (it holds no other byte
     * to change) */
    size_t o = k < cap ? k : cap - 1;
    memcpy(out, f, o);
    out[o] = '\0';
    for (char *sp = memchr(out, ' ', o); sp; sp = memchr(sp + 1, ' ', o - (size_t)(sp + 1 - out)))
        *sp = '-';
    return o;
}

/* cpi_str_eq for a whole name (most often equal, so compared to the end):
 * strncmp compares many bytes at once, and stops where z ends. (s, a
 * text, holds no NUL.) */
static bool same_name(const char *z, const char *s, size_t n) {
    return strncmp(z, s, n) == 0 && z[n] == '\0';
}

static bool add_alias(cpi_extract *x, cp_program *p, const char *s, size_t n) {
    if (same_name(p->name, s, n))
        return true;
    if (p->acronym && cpi_str_eq(p->acronym, s, n))
        return true;
    for (size_t i = 0; i < p->aliases.count; i++) {
        const char *a = ((const char **)p->aliases.items)[i];
        if (cpi_str_eq(a, s, n))
            return true;
    }
    char *copy = cpi_model_string(x->model, s, n);
    return copy && cpi_vec_push(x->model, &p->aliases, &copy, sizeof copy);
}

static cp_program *known_program(cpi_extract *x, size_t row);

/* Program `part` becomes a component of `whole` (its places are the
 * whole's too). False when out of memory. */
static bool make_part(cpi_extract *x, cp_program *part, cp_program *whole) {
    part->parent = whole;
    return cpi_vec_push(x->model, &whole->components, &part, sizeof part);
}

/* The program with this id, made if new. */
static cp_program *program(cpi_extract *x, const char *id, const char *name, size_t name_len,
                           const char *kind) {
    cp_program *p = cpi_registry_find(&x->model->program_reg, id);
    if (p)
        return p;
    p = cpi_model_entity(x->model, sizeof *p);
    if (!p)
        return NULL;
    p->id = cpi_model_string(x->model, id, strlen(id));
    p->name = cpi_model_string(x->model, name, name_len);
    p->kind = kind;
    if (!p->id || !p->name || !cpi_registry_add(x->model, &x->model->program_reg, p))
        return NULL;
    return p;
}

static cp_program *known_program(cpi_extract *x, size_t row) {
    const cpi_known_program *k = &cpi_known_programs[row];
    cp_program *p = cpi_registry_find(&x->model->program_reg, k->id);
    if (p)
        return p;
    p = program(x, k->id, k->name, strlen(k->name), k->kind);
    if (!p)
        return NULL;
    p->acronym = k->acronym[0] ? k->acronym : NULL;
    for (const char *a = k->aliases; *a;) {
        const char *bar = strchr(a, '|');
        size_t len = bar ? (size_t)(bar - a) : strlen(a);
        if (!add_alias(x, p, a, len))
            return NULL;
        a += len;
        if (*a == '|')
            a++;
    }
    if (k->administration[0])
        p->admin = cpi_model_admin(x->model, k->administration);
    if (k->parent[0]) {
        for (size_t i = 0; i < cpi_known_program_count; i++) {
            if (strcmp(cpi_known_programs[i].id, k->parent) == 0) {
                cp_program *parent = known_program(x, i);
                if (!parent)
                    return NULL;
                if (!make_part(x, p, parent))
                    return NULL;
            }
        }
    }
    return p;
}

static bool note_program(cpi_extract *x, cp_program *p, const cp_block *b, size_t s, size_t e) {
    cp_mention m = cpi_mention_at(x, b, s, e);
    if (!cpi_mention_list_push(x->model, &p->mentions, &m) ||
        !cpi_hit_add(x, &x->program_hits, &x->program_hit_count, &x->program_hit_cap,
                     (size_t)(b - x->doc->blocks), s, e, p))
        return false;
    if (p->seen_in == x->generation)
        return true;
    if (!cpi_mem_reserve(x->mem, (void **)&x->programs, &x->program_cap, x->program_count + 1,
                         sizeof(cp_program *)))
        return false;
    p->seen_in = x->generation;
    x->programs[x->program_count++] = p;
    return true;
}

/* Record that the acronym a[0..len) stands for p in this document. False
 * only when out of memory. */
static bool define_acronym_text(ctx *c, cp_program *p, const char *a, size_t len) {
    if (len < 2 || len >= sizeof c->acr[0].text || c->acr_count >= MAX_ACRONYMS)
        return true;
    acronym *d = &c->acr[c->acr_count++];
    memcpy(d->text, a, len);
    d->text[len] = '\0';
    d->program = p;
    c->acr_first |= UINT32_C(1) << (a[0] & 31);
    if (!p->acronym)
        p->acronym = cpi_model_string(c->x->model, a, len);
    return p->acronym != NULL;
}

/* An acronym the text defines for no program (an office's: "the
 * Pennsylvania State Police (PSP)"): its program is NULL, and a known
 * program with that acronym is not read from it in this text. */
static void define_foreign_acronym(ctx *c, const char *a, size_t len) {
    if (len < 2 || len >= sizeof c->acr[0].text || c->acr_count >= MAX_ACRONYMS)
        return;
    acronym *d = &c->acr[c->acr_count++];
    memcpy(d->text, a, len);
    d->text[len] = '\0';
    d->program = NULL;
    c->acr_first |= UINT32_C(1) << (a[0] & 31);
}

/* Is the known acronym at t[i] (len bytes) in parentheses after an
 * office's name that it stands for ("The Pennsylvania State Police
 * (PSP)", where PSP is also the Public Safety Partnership's)? The
 * initials of the capitalised words before it, read back over "of",
 * "and", "for" and "the", spell it, one of them is an office's word, and
 * they are no name of program `known`. */
static bool acronym_of_other_words(const cpi_extract *x, const char *t, size_t n,
                                   size_t i, size_t len, uint32_t known) {
    if (i < 4 || t[i - 1] != '(' || t[i - 2] != ' ' || i + len >= n || t[i + len] != ')')
        return false;
    size_t k = len, e = i - 2, start = e;
    bool office = false;
    for (size_t words = 0; k > 0 && e > 0 && t[e] == ' ' && words < 2 * len + 4;
         words++) {
        size_t w = e;
        while (w > 0 && t[w - 1] != ' ')
            w--;
        if (cpi_is_upper(t[w])) {
            if (t[w] != t[i + --k])
                return false;
            office |= not_program_word(t + w, e - w) ||
                      cpi_str_eq("Police", t + w, e - w) ||
                      cpi_str_eq("Patrol", t + w, e - w);
            start = w;
        } else if (!cpi_word_is(t, n, w, "of") && !cpi_word_is(t, n, w, "and") &&
                   !cpi_word_is(t, n, w, "for") && !cpi_word_is(t, n, w, "the")) {
            return false;
        }
        if (w == 0)
            break;
        e = w - 1;
    }
    if (k > 0 || !office)
        return false;
    const cpi_dict_entry *name = cpi_dict_match(&x->k->programs, t, i - 2, start);
    return !name || name->value != known;
}

/* "SACSI" after "Strategic Approaches to Community Safety Initiative",
 * with no "(SACSI)" to define it: the initials of a name's capitalised
 * words, three or more, name its program too. Noted apart (the name now,
 * its initials when an acronym-like word first asks, in initials_of), not
 * yet the program's acronym: that only when the text uses them. */
static void define_initials(ctx *c, cp_program *p, const char *name, size_t len) {
    if (c->initials_count >= MAX_INITIALS || len > 255)
        return;
    initials_entry *d = &c->initials[c->initials_count++];
    c->acr_first |= UINT32_C(1) << (name[0] & 31);
    d->name = name;
    d->len = (uint8_t)len;
    d->made = false;
    d->text[0] = '\0';
    d->program = p;
}

/* The initials of entry d's name, made once (empty when fewer than three
 * or more than fit). */
static const char *initials_of(initials_entry *d) {
    if (d->text[0] || d->made)
        return d->text;
    d->made = true;
    size_t k = 0;
    for (size_t i = 0; i < d->len; i++)
        if ((i == 0 || d->name[i - 1] == ' ') && cpi_is_upper(d->name[i])) {
            if (k + 1 >= sizeof d->text) {
                d->text[0] = '\0';
                return d->text;
            }
            d->text[k++] = d->name[i];
        }
    d->text[k >= 3 ? k : 0] = '\0';
    return d->text;
}

/* Did the text define the acronym a[0..len) for a program other than
 * the known program of index `known` ("the Missing or Murdered
 * Indigenous Persons (MMIP) Regional Outreach Program", where MMIP is
 * also the initiative's)? */
static bool defined_otherwise(const ctx *c, const char *a, size_t len, size_t known) {
    for (size_t d = 0; d < c->acr_count; d++)
        if (cpi_str_eq(c->acr[d].text, a, len))
            return !c->acr[d].program ||
                   strcmp(c->acr[d].program->id, cpi_known_programs[known].id) != 0;
    return false;
}

/* "(ICAC)": an acronym (2 to 14 capitals, digits or '-') in parentheses
 * opening at p: the offset of its ')', or 0. */
static size_t acronym_in_parentheses(const char *t, size_t n, size_t p) {
    if (p >= n || t[p] != '(')
        return 0;
    size_t e = p + 1;
    while (e < n && e - p <= 15 && (cpi_is_upper(t[e]) || cpi_is_digit(t[e]) || t[e] == '-'))
        e++;
    /* "(S.O.S.)", "(D.A.R.E.)": capitals each with its period */
    if (e == p + 2 && e < n && t[e] == '.') {
        e = p + 1;
        while (e + 1 < n && e - p <= 14 && cpi_is_upper(t[e]) && t[e + 1] == '.')
            e += 2;
        return e < n && t[e] == ')' && e - p >= 5 ? e : 0;
    }
    return e < n && t[e] == ')' && e - p >= 3 ? e : 0;
}

/* The length of the acronym a with its periods ("S.O.S.") at t[i], a word
 * of its own; 0 if it is not there. */
static size_t dotted_acronym_at(const char *t, size_t n, size_t i, const char *a) {
    size_t len = cpi_starts_with(t, n, i, a);
    return len && (i + len == n ||
                   !(cpi_is_alpha(t[i + len]) || cpi_is_digit(t[i + len])))
               ? len
               : 0;
}

/* Add name[0..len) to the short names as p's (`heads`, `operation`: the
 * entry's head and operation, see short_name), and as p's alias (the
 * caller checked there is room); false only when out of memory. */
static bool push_short_name(ctx *c, cp_program *p, const char *name, size_t len,
                            bool heads, bool operation) {
    short_name *d = &c->shorts[c->short_count++];
    memcpy(d->text, name, len);
    d->text[len] = '\0';
    d->len = len;
    d->program = p;
    d->head = heads;
    d->operation = operation;
    return add_alias(c->x, p, name, len);
}

/* Record name[0..len) as a short name of p, an alias, and acr[0..alen) as
 * its acronym (the caller checked there is room); false only when out of
 * memory. */
static bool record_short_name(ctx *c, cp_program *p, const char *name, size_t len,
                              const char *acr, size_t alen) {
    return push_short_name(c, p, name, len, false, false) &&
           define_acronym_text(c, p, acr, alen);
}

/* " (ARPO Strike Force)" after "Appalachian Regional Prescription Opioid
 * Strike Force" at [start, end): an acronym, then the name's own last words.
 * Records the short name and its acronym; false only when out of memory. */
static bool define_short_name(ctx *c, cp_program *p, const char *t, size_t n, size_t start,
                              size_t end) {
    if (end + 2 >= n || t[end] != ' ' || t[end + 1] != '(')
        return true;
    size_t a = end + 2, e = a;
    while (e < n && e - a < 15 && (cpi_is_upper(t[e]) || cpi_is_digit(t[e]) || t[e] == '-'))
        e++;
    if (e - a < 2 || e >= n || t[e] != ' ')
        return true;
    const char *close = memchr(t + e, ')', n - e);
    if (!close)
        return true;
    size_t tail = (size_t)(close - t) - (e + 1);
    size_t len = (size_t)(close - t) - a;
    /* the tail repeats the name's last words, from a word start */
    if (tail == 0 || tail >= end - start || t[end - tail - 1] != ' ' ||
        memcmp(t + end - tail, t + e + 1, tail) != 0 || len >= sizeof c->shorts[0].text ||
        c->short_count >= MAX_SHORT_NAMES)
        return true;
    return record_short_name(c, p, t + a, len, t + a, e - a);
}

/* " (Byrne SCIP)" after "Byrne State Crisis Intervention Program" at
 * [start, end): the name's first word, then an acronym of the rest. Records
 * the short name and its acronym; false only when out of memory. */
static bool define_word_acronym(ctx *c, cp_program *p, const char *t, size_t n, size_t start,
                                size_t end) {
    if (end + 2 >= n || t[end] != ' ' || t[end + 1] != '(')
        return true;
    size_t first = start;
    while (first < end && cpi_is_alpha(t[first]))
        first++;
    size_t word = first - start, a = end + 2;
    if (word < 2 || first >= end || a + word + 3 > n || memcmp(t + a, t + start, word) != 0 ||
        t[a + word] != ' ')
        return true;
    size_t caps = a + word + 1, e = caps;
    while (e < n && e - caps < 12 && (cpi_is_upper(t[e]) || cpi_is_digit(t[e])))
        e++;
    size_t len = e - a;
    if (e - caps < 2 || e >= n || t[e] != ')' || len >= sizeof c->shorts[0].text ||
        c->short_count >= MAX_SHORT_NAMES)
        return true;
    return record_short_name(c, p, t + a, len, t + caps, e - caps);
}

/* Record name[0..len), words each capitalised ("Council of State ..." is
 * none, nor "Take the Streets"), as a short name of p that heads it, once
 * (the caller checked there is room); `operation`: its words after
 * "Operation". False only when out of memory. */
static bool record_head_short_name(ctx *c, cp_program *p, const char *name, size_t len,
                                   bool operation) {
    for (size_t k = 0; k < len; k++)
        if (name[k] == ' ' && (k + 1 == len || !cpi_is_upper(name[k + 1])))
            return true;
    for (size_t s = 0; s < c->short_count; s++)
        if (c->shorts[s].len == len && memcmp(c->shorts[s].text, name, len) == 0)
            return true;
    return push_short_name(c, p, name, len, true, operation);
}

/* "National Forum on Youth Violence Prevention" at [start, end): its
 * words before " on ", two or more and capitalised, are a short name a
 * text goes on with ("the National Forum, launched in 2010, ..."), unless
 * they are a kind's alone ("Task Force on ..."). False only when out of
 * memory. */
static bool define_head_short_name(ctx *c, cp_program *p, const char *t, size_t start,
                                   size_t end) {
    const char *on = NULL;
    for (const char *q = memchr(t + start, ' ', end - start); q && !on;
         q = memchr(q + 1, ' ', (size_t)(t + end - q - 1)))
        if (t + end - q > 4 && q[1] == 'o' && q[2] == 'n' && q[3] == ' ')
            on = q;
    size_t len = on ? (size_t)(on - (t + start)) : 0;
    if (!on || len >= sizeof c->shorts[0].text || c->short_count >= MAX_SHORT_NAMES ||
        !memchr(t + start, ' ', len) || cpi_starts_with(t, end, start, "Task ") ||
        cpi_starts_with(t, end, start, "Strike "))
        return true;
    return record_head_short_name(c, p, t + start, len, false);
}

/* "Operation Summer Heat" at [start, end): its words after "Operation",
 * two or more and each capitalised, are a short name a text goes on with
 * ("the Summer Heat cities"); one word alone ("Legend") is too common a
 * word to read. False only when out of memory. */
static bool define_operation_short_name(ctx *c, cp_program *p, const char *t,
                                        size_t start, size_t end) {
    size_t from = start + cpi_starts_with(t, end, start, "Operation ");
    size_t len = end - from;
    if (from == start || len >= sizeof c->shorts[0].text ||
        c->short_count >= MAX_SHORT_NAMES || !memchr(t + from, ' ', len) ||
        !cpi_is_upper(t[from]))
        return true;
    return record_head_short_name(c, p, t + from, len, true);
}

/* "STOP School Violence Program" at [start, end): its words before
 * " Program", two or more and each capitalised, are a short name a text
 * goes on with ("the four STOP School Violence grants"), not where a
 * capitalised word follows them (the whole name again). False only when
 * out of memory. */
static bool define_program_stem(ctx *c, cp_program *p, const char *t, size_t start,
                                size_t end) {
    enum { PROGRAM = sizeof " Program" - 1 };
    if (end - start <= PROGRAM || memcmp(t + end - PROGRAM, " Program", PROGRAM) != 0)
        return true;
    size_t len = end - PROGRAM - start;
    if (len >= sizeof c->shorts[0].text || c->short_count >= MAX_SHORT_NAMES ||
        !memchr(t + start, ' ', len) || !cpi_is_upper(t[start]))
        return true;
    return record_head_short_name(c, p, t + start, len, false);
}

/* The program of a short name defined earlier that starts at i, and its end
 * (a name's head, not where its whole name or a longer one goes on: " on
 * Youth ...", " Foundation"). */
static cp_program *short_name_at(const ctx *c, const char *t, size_t n, size_t i, size_t *end) {
    for (size_t s = 0; s < c->short_count; s++) {
        size_t len = c->shorts[s].len;
        if (len <= n - i && t[i] == c->shorts[s].text[0] &&
            memcmp(t + i, c->shorts[s].text, len) == 0 &&
            (i + len == n || !(cpi_is_alpha(t[i + len]) || cpi_is_digit(t[i + len]))) &&
            !(c->shorts[s].head && i + len + 2 < n && t[i + len] == ' ' &&
              (cpi_is_upper(t[i + len + 1]) || cpi_starts_with(t, n, i + len, " on "))) &&
            /* (the whole name again is read as the whole name) */
            !(c->shorts[s].operation && i >= 10 &&
              memcmp(t + i - 10, "Operation ", 10) == 0)) {
            *end = i + len;
            return c->shorts[s].program;
        }
    }
    return NULL;
}

/* " (ACRONYM)" after a program's name [start, end): the acronym stands for
 * it; " (ACRONYM Last Words)" defines a short name too. */
static bool define_acronym(ctx *c, cp_program *p, const char *t, size_t n, size_t start,
                           size_t end) {
    size_t close = end < n && t[end] == ' ' ? acronym_in_parentheses(t, n, end + 1) : 0;
    if (close)
        return define_acronym_text(c, p, t + end + 2, close - end - 2);
    /* ", known as CVIPI,": the acronym told in words */
    static const char *const KNOWN_AS[] = {", known as ", " (known as "};
    for (size_t k = 0; k < sizeof KNOWN_AS / sizeof KNOWN_AS[0]; k++) {
        size_t len = cpi_starts_with(t, n, end, KNOWN_AS[k]);
        if (!len)
            continue;
        size_t a = end + len, e = a;
        while (e < n && e - a <= 12 && (cpi_is_upper(t[e]) || cpi_is_digit(t[e])))
            e++;
        if (e - a >= 2 && e - a <= 12 && (e == n || !cpi_is_alpha(t[e])) &&
            cpi_is_upper(t[a]))
            return add_alias(c->x, p, t + a, e - a) && define_acronym_text(c, p, t + a, e - a);
    }
    return define_short_name(c, p, t, n, start, end) &&
           define_word_acronym(c, p, t, n, start, end) &&
           define_head_short_name(c, p, t, start, end) &&
           define_operation_short_name(c, p, t, start, end) &&
           define_program_stem(c, p, t, start, end);
}

/* "(ICAC) Task ...": an acronym in parentheses at p, then a capitalised
 * word: the offset of its ')', or 0. */
static size_t acronym_inside(const char *t, size_t n, size_t p) {
    size_t close = acronym_in_parentheses(t, n, p);
    return close && close + 2 < n && t[close + 1] == ' ' && cpi_is_upper(t[close + 2]) ? close
                                                                                       : 0;
}

/* Do the first k words of a run name an office ("Bureau of Justice
 * Assistance (BJA) Smart Policing Initiative": the acronym is the
 * office's)? */
static bool office_before(const char *t, const size_t *ws, const size_t *wend, size_t k) {
    for (size_t w = 0; w < k; w++)
        if (not_program_word(t + ws[w], wend[w] - ws[w]))
            return true;
    return false;
}

/* " (ACRONYM)" at end, when ACRONYM names a known program: its entry. */
static const cpi_dict_entry *known_acronym_after(const cpi_extract *x, const char *t, size_t n,
                                                 size_t end) {
    size_t close = end < n && t[end] == ' ' ? acronym_in_parentheses(t, n, end + 1) : 0;
    size_t at = end + 2;
    if (!close) {
        /* ", known as CVIPI" */
        size_t len = cpi_starts_with(t, n, end, ", known as ");
        if (!len)
            return NULL;
        at = end + len;
        close = at;
        while (close < n && close - at <= 12 && (cpi_is_upper(t[close]) || cpi_is_digit(t[close])))
            close++;
        if (close - at < 2 || (close < n && cpi_is_alpha(t[close])))
            return NULL;
    }
    const cpi_dict_entry *k = cpi_dict_match(&x->k->programs, t, n, at);
    return k && k->len == close - at ? k : NULL;
}

/* Was w[0..n) defined as an acronym in this document? */
static bool acronym_defined(const ctx *c, const char *w, size_t n) {
    for (size_t a = 0; a < c->acr_count; a++)
        if (cpi_str_eq(c->acr[a].text, w, n))
            return true;
    return false;
}

/* The program an acronym stands for in this document, or the known program
 * with that acronym. */
static cp_program *acronym_owner(ctx *c, const char *w, size_t n) {
    for (size_t a = 0; a < c->acr_count; a++)
        if (cpi_str_eq(c->acr[a].text, w, n))
            return c->acr[a].program;
    if (n < 2 || !cpi_is_upper(w[0]) || !(cpi_is_upper(w[1]) || w[1] == '.'))
        return NULL; /* no acronym: no program has it */
    /* (the first programs only, so that a text of thousands of names stays
     * linear: those with acronyms are named early) */
    size_t count = c->x->program_count < 256 ? c->x->program_count : 256;
    /* "CGICs", "HIDTAs": an acronym's plural names its program too */
    size_t singular = n > 2 && w[n - 1] == 's' && cpi_is_upper(w[n - 2]) ? n - 1 : n;
    for (size_t i = 0; i < count; i++) {
        cp_program *p = c->x->programs[i];
        if (p->acronym && (cpi_str_eq(p->acronym, w, n) || cpi_str_eq(p->acronym, w, singular)))
            return p;
    }
    return NULL;
}

/* Was the program made by this document? (Fields of older programs are not
 * changed: a failed load must leave nothing behind.) */
static bool made_here_p(const cpi_extract *x, const cp_program *p) {
    const cpi_vec *all = &x->model->program_reg.all;
    for (size_t i = x->programs_before; i < all->count; i++)
        if (((void **)all->items)[i] == p)
            return true;
    return false;
}

#if !(defined(__SSE2__) && defined(__GNUC__))
/* The next "force" in a text, and where the run of lower-case letters and
 * spaces that ends there starts. Each call moves past the previous one and
 * looks back no further than it, so a block costs one pass. */
typedef struct force_window {
    size_t at;         /* the next "force" at or after `from` (n when none) */
    size_t plain_from; /* [plain_from, at) holds only a-z and spaces */
    size_t from;       /* where the next search starts */
} force_window;

static void force_window_next(force_window *fw, const char *t, size_t n) {
    size_t prev = fw->from, prev_plain = fw->plain_from;
    bool had = fw->from > 0; /* the previous "force" ended at fw->from */
    const char *f = fw->from < n ? memchr(t + fw->from, 'f', n - fw->from) : NULL;
    while (f && !((size_t)(f - t) + 5 <= n && memcmp(f, "force", 5) == 0))
        f = memchr(f + 1, 'f', n - (size_t)(f + 1 - t));
    if (!f) {
        fw->at = fw->from = fw->plain_from = n;
        return;
    }
    size_t at = (size_t)(f - t), p = at;
    while (p > prev && (cpi_is_lower(t[p - 1]) || t[p - 1] == ' '))
        p--;
    /* back at the previous "force" (itself plain letters): its run goes on */
    fw->plain_from = had && p == prev ? prev_plain : p;
    fw->at = at;
    fw->from = at + 5;
}
#endif

/* Heads in lower case after a capitalised name ("the Safe Passage
 * program"), each a space and a word. */
typedef struct lower_head {
    const char *w, *kind;
} lower_head;

static const lower_head HEADS_LOWER[] = {
    {" program", "program"}, {" initiative", "initiative"}, {" campaign", "initiative"}};

/* The head of HEADS_LOWER at end, a whole word: its entry, its length in
 * *len; NULL when there is none (most names: the test of two bytes says). */
static inline const lower_head *lower_head_at(const char *t, size_t n, size_t end, size_t *len) {
#ifndef NDEBUG
    for (size_t h = 0; h < sizeof HEADS_LOWER / sizeof HEADS_LOWER[0]; h++)
        assert(HEADS_LOWER[h].w[0] == ' ' && strchr("pic", HEADS_LOWER[h].w[1]));
#endif
    if (end + 1 >= n || t[end] != ' ' ||
        (t[end + 1] != 'p' && t[end + 1] != 'i' && t[end + 1] != 'c'))
        return NULL; /* every head is a space, then 'p', 'i' or 'c' */
    for (size_t h = 0; h < sizeof HEADS_LOWER / sizeof HEADS_LOWER[0]; h++) {
        *len = cpi_starts_with(t, n, end, HEADS_LOWER[h].w);
        if (*len && (end + *len == n || !cpi_inner_char(t[end + *len])))
            return &HEADS_LOWER[h];
    }
    return NULL;
}

/* Is [start, end) a place's name, a state's or a region's (a city's
 * program is the city's: "the Lehigh Valley program")? */
static bool names_place(const cpi_extract *x, const char *t, size_t n, size_t start,
                        size_t end) {
    char key[128];
    size_t first;
    cpi_fold(t + start, end - start, key, sizeof key);
    const cpi_dict_entry *st = cpi_dict_match(&x->k->states, t, n, start);
    const cpi_dict_entry *region = cpi_dict_match(&x->k->regions, t, n, start);
    return cpi_find_places(key, &first) || (st && st->len == end - start) ||
           (region && region->len == end - start);
}

/* After a capitalised name at [start, end): " program" or " initiative" in
 * lower case, which heads it ("the Safe Passage program"). The name must be
 * two words or more, or an acronym ("the ALERRT program"), and no place (a
 * city's program is the city's). Returns the offset past the head (kind set)
 * or 0. */
static size_t lower_head_after(const cpi_extract *x, const char *t, size_t n, size_t start,
                               size_t end, const char **kind) {
    size_t len;
    const lower_head *found = lower_head_at(t, n, end, &len);
    if (!found)
        return 0;
    bool words = memchr(t + start, ' ', end - start) != NULL;
    bool capitals = end - start >= 3;
    for (size_t i = start; i < end && capitals; i++)
        capitals = cpi_is_upper(t[i]);
    if ((!words && !capitals) || names_place(x, t, n, start, end))
        return 0;
    *kind = found->kind;
    return end + len;
}

/* The kinds of program in lower case after a name that they make a
 * program's: in quotes ("the “Triggerlock” program") or an apposition
 * ("Detroit One, the partnership launched ..."). */
static const struct {
    const char *w, *kind;
} KIND_WORDS[] = {{"program", "program"},          {"initiative", "initiative"},
                  {"operation", "operation"},      {"project", "project"},
                  {"partnership", "partnership"},  {"task force", "task_force"},
                  {"strike force", "strike_force"}};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* After a capitalised name ending at `end`: an apposition that says what
 * it is, ", the partnership launched in 2013 by ...", ", a task force
 * that ..."? Its head, then a participle or a relative pronoun (not "the
 * partnership's founder"): the name is a program's, of that kind. NULL if
 * not (most names: the first byte tells). */
static const char *apposed_kind(const char *t, size_t n, size_t end) {
    static const char *const THEN[] = {
        "launched", "created", "formed",   "founded", "started",  "set up",  "begun",
        "that",     "which",   "designed", "aimed",   "unveiled", "modeled", "funded"};
    if (end + 4 >= n || t[end] != ',' || t[end + 1] != ' ')
        return NULL;
    size_t i = end + 2, len;
    if ((len = cpi_starts_with(t, n, i, "the ")) ||
        (len = cpi_starts_with(t, n, i, "a ")))
        i += len;
    else
        return NULL;
    for (size_t h = 0; h < COUNT(KIND_WORDS); h++) {
        len = cpi_starts_with(t, n, i, KIND_WORDS[h].w);
        if (len && i + len + 1 < n && t[i + len] == ' ' &&
            cpi_phrase_at(t, n, i + len + 1, CPI_PHRASES(THEN)))
            return KIND_WORDS[h].kind;
    }
    return NULL;
}

/* "21st" in "21st Century Policing Initiative": an ordinal that may begin a
 * name when a capitalised word follows it. */
static inline bool ordinal_word(const char *t, size_t n, size_t pos) {
    if (!cpi_is_digit(t[pos]))
        return false;
    /* one to three digits (after a fourth the next byte is a digit, no
     * suffix: no need to count on) */
    size_t e = pos + 1;
    if (e < n && cpi_is_digit(t[e]) && ++e < n && cpi_is_digit(t[e]))
        e++;
    if (e + 4 > n || t[e + 2] != ' ' || !cpi_is_upper(t[e + 3]))
        return false;
    return memcmp(t + e, "st", 2) == 0 || memcmp(t + e, "nd", 2) == 0 ||
           memcmp(t + e, "rd", 2) == 0 || memcmp(t + e, "th", 2) == 0;
}

#if !(defined(__SSE2__) && defined(__GNUC__))
/* The next word at or after i that starts with a letter or a digit (the
 * words read_block looks at), or n: a letter or digit after a byte that
 * cannot be inside a word (see cpi_word_start). The scan goes a run at a
 * time: to the end of a word, then to the start of the next. (The walk
 * where SSE2 is missing; word_starts16 finds the same starts 16 bytes at a
 * time.) */
static inline size_t next_word(const char *t, size_t n, size_t i) {
    enum { ALNUM = CPI_UPPER | CPI_LOWER | CPI_DIGIT, WORD = ALNUM | CPI_HIGH | CPI_JOINER };
    if (i >= n)
        return n;
    if ((cpi_class(t[i]) & ALNUM) && cpi_word_start(t, i))
        return i;
    for (;;) {
        while (i < n && (cpi_class(t[i]) & WORD))
            i++;
        while (i < n && !(cpi_class(t[i]) & WORD))
            i++;
        if (i >= n || (cpi_class(t[i]) & ALNUM))
            return i;
    }
}
#endif

/* The lower-case letter whose words read_block's 16-byte test lets
 * through (the others are read only before a "force"): 'e', that of the
 * one known name in lower case without "force" ("eTrace"); debug builds
 * check that no other needs it. */
#define LOWER_UNFORCED_TESTED (UINT32_C(1) << ('e' - 'a'))

#if defined(__SSE2__) && defined(__GNUC__)
/* The words read_word may read among the 16 bytes at s, as bits: those
 * with a capital, a digit, or the lower-case letter of
 * LOWER_UNFORCED_TESTED after no letter or digit; the others read_word
 * would find nothing at but before a "force" (see read_block). A word
 * start (next_word's) needs more, no UTF-8 byte or joiner before it: rare,
 * and tested apart (cpi_word_start). The bits of the '"' are added to
 * *quotes; those of the 'f' are *fs. */
static inline unsigned words_to_read16(const char *s, unsigned *quotes, unsigned *fs,
                                       unsigned *inner, unsigned *digits) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* c in [lo, lo + k): one signed compare once lo is moved to -128 */
#define IN_RANGE(c, lo, k)                                                \
    _mm_cmplt_epi8(_mm_add_epi8(c, _mm_set1_epi8((char)(0x80 - (lo)))), \
                   _mm_set1_epi8((char)(-128 + (k))))
    __m128i upper = IN_RANGE(v, 'A', 26), lower = IN_RANGE(v, 'a', 26);
    __m128i digit = IN_RANGE(v, '0', 10);
    __m128i upper_digit = _mm_or_si128(upper, digit);
    __m128i alnum = _mm_or_si128(upper_digit, lower);
    __m128i read = _mm_or_si128(upper_digit, _mm_cmpeq_epi8(v, _mm_set1_epi8('e')));
#undef IN_RANGE
    *quotes |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    *fs = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('f')));
    unsigned alnum_bits = (unsigned)_mm_movemask_epi8(alnum);
    *inner = alnum_bits | (unsigned)_mm_movemask_epi8(v); /* (UTF-8 bytes: negative) */
    *digits = (unsigned)_mm_movemask_epi8(digit);
    return (unsigned)_mm_movemask_epi8(read) & ~(alnum_bits << 1);
}

/* words_to_read16 for t[at, at + 16), at < n: past the text's end, the
 * 16 bytes that end it, shifted (a block shorter than 16 is copied), so
 * that no byte past the end is in *inner. */
static inline unsigned words_to_read_at(const char *t, size_t n, size_t at, unsigned *quotes,
                                        unsigned *fs, unsigned *inner, unsigned *digits) {
    if (at + 16 <= n)
        return words_to_read16(t + at, quotes, fs, inner, digits);
    if (n >= 16) {
        size_t shift = at - (n - 16);
        unsigned q = 0;
        unsigned bits = words_to_read16(t + n - 16, &q, fs, inner, digits);
        *quotes |= q >> shift;
        *fs >>= shift;
        *inner >>= shift;
        *digits >>= shift;
        return bits >> shift;
    }
    char tail[16] = {0}; /* the bytes, padded with NULs (in no word) */
    memcpy(tail, t, n);
    return words_to_read16(tail, quotes, fs, inner, digits);
}

/* words_to_read_at for the 32 bytes from at (< n): bit k of each mask is
 * byte at + k (none past the end). */
static inline uint32_t words_to_read32(const char *t, size_t n, size_t at, unsigned *quotes,
                                       uint32_t *fs, uint32_t *inner, uint32_t *digits) {
    unsigned words, fs2 = 0, inner2 = 0, words2 = 0, digits2 = 0;
    if (at + 32 <= n) { /* (most: no bounds) */
        words = words_to_read16(t + at, quotes, fs, inner, digits);
        words2 = words_to_read16(t + at + 16, quotes, &fs2, &inner2, &digits2);
    } else {
        words = words_to_read_at(t, n, at, quotes, fs, inner, digits);
        if (at + 16 < n)
            words2 = words_to_read_at(t, n, at + 16, quotes, &fs2, &inner2, &digits2);
    }
    *fs |= fs2 << 16;
    *inner |= inner2 << 16;
    *digits |= digits2 << 16;
    return words | words2 << 16;
}

/* Can read_word find anything at the number that starts at i (a digit)?
 * Only a known name that starts with it (the dictionary's filters pass)
 * or an ordinal before a name; most numbers are neither. */
static inline bool number_may_name(const cpi_dict *dict, const char *t, size_t n, size_t i) {
    unsigned char c0 = (unsigned char)t[i];
    if (dict->first[c0] != dict->first[c0 + 1] &&
        (dict->shorts || (n - i >= 3 && cpi_dict_has_bit(dict->triples,
                                                         cpi_dict_triple_bit(
                                                             c0, (unsigned char)t[i + 1],
                                                             (unsigned char)t[i + 2])))))
        return true;
    return ordinal_word(t, n, i);
}
#endif

/* Can a capitalised run go on after its word that ends at `end`: a space,
 * then a capital, a digit, an acronym in parentheses or a joining word
 * ("of")? (What read_name's loop over the run reads on at.) */
static inline bool run_goes_on(const char *t, size_t n, size_t end) {
    if (end + 1 >= n || t[end] != ' ')
        return false;
    char c = t[end + 1];
    return (cpi_class(c) & (CPI_UPPER | CPI_DIGIT)) || c == '(' || connector(t, n, end + 1);
}

/* cpi_inner_len of the word at i: its letters eight at a time
 * (cpi_letter_run), then any digits or UTF-8 bytes one by one. */
static inline size_t inner_len(const char *t, size_t n, size_t i) {
    size_t e = i + cpi_letter_run(t, n, i, 16);
    while (e < n && cpi_inner_char(t[e]))
        e++;
    return e - i;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* The bytes of the 16 at s inside a word (cpi_inner_char: letters, digits
 * and UTF-8 bytes), as bits. */
static inline unsigned inner16(const char *s) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* ('| 0x20' lowers capitals: one range test takes both cases; a UTF-8
     * byte is negative, its own bit) */
    __m128i letter = _mm_cmplt_epi8(
        _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a'))),
        _mm_set1_epi8((char)(-128 + 26)));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
                                   _mm_set1_epi8((char)(-128 + 10)));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) |
           (unsigned)_mm_movemask_epi8(v);
}
#endif

/* inner_len of the words of a run after its first (most of them names'
 * words of five to twelve letters): 16 bytes at a time where SSE2 is, the
 * last ones as the 16 that end the text. */
static inline size_t run_inner_len(const char *t, size_t n, size_t i) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (n >= 16) {
        size_t at = i;
        for (; at + 16 <= n; at += 16) {
            unsigned out = ~inner16(t + at) & 0xFFFFu;
            if (out)
                return at - i + (size_t)__builtin_ctz(out);
        }
        if (at == n)
            return n - i;
        unsigned out = ~(inner16(t + n - 16) >> (at - (n - 16))); /* (past n: out) */
        return at - i + (size_t)__builtin_ctz(out);
    }
#endif
    return inner_len(t, n, i);
}

/* cpi_word_end of the word at p whose letters and digits end at inner:
 * only a joiner ('.', '\'', '-', '&') there can take it further. */
static size_t word_end_from_slow(const char *t, size_t n, size_t p, size_t inner) {
    size_t e = inner;
    if (e < n && (t[e] == '.' || t[e] == '\'' || t[e] == '-' || t[e] == '&')) {
        /* (cpi_word_end's answer without reading the word again, unless a
         * letter or digit follows: "Smith." ends before its period) */
        if (e + 1 < n && cpi_inner_char(t[e + 1]))
            e = cpi_word_end(t, n, p); /* "U.S", "Attorney's": the word goes on */
        else if (t[e] == '.' && e - p == 1 && cpi_is_upper(t[p]))
            e++; /* an initial ("J."): the period is the word's */
    }
    /* "Eradication/Suppression": two capitalised words of a name joined by
     * a slash are one */
    while (e + 1 < n && t[e] == '/' && cpi_is_upper(t[e + 1]))
        e = cpi_word_end(t, n, e + 1);
    return e;
}

/* (Most words end at a space, a comma or the text's end: only a joiner,
 * '&' or '/' takes one on, and the rest is inline.) */
static inline size_t word_end_from(const char *t, size_t n, size_t p, size_t inner) {
    if (inner >= n || t[inner] == ' ' ||
        (!(cpi_class(t[inner]) & CPI_JOINER) && t[inner] != '&' && t[inner] != '/'))
        return inner;
    return word_end_from_slow(t, n, p, inner);
}

/* The end of read_run for a run that names no program: its words
 * [ws[w], wend[w]) for w < k, its first word [i, we), which may be the
 * acronym of by_acronym. Sets *next like read_name; false only when out of
 * memory. */
static inline bool run_names_nothing(ctx *c, const cp_block *b, const char *t, size_t i, size_t we,
                              const size_t *ws, const size_t *wend, size_t k,
                              cp_program *by_acronym, size_t *next) {
    if (by_acronym) {
        if (!note_program(c->x, by_acronym, b, i, we))
            return false;
        *next = we;
        return true;
    }
    *next = k ? wend[k - 1] : we;
    /* "A VCRI surge": a run that names nothing may still hold an acronym
     * defined earlier; read on from it */
    for (size_t w = 1; w < k && c->acr_count; w++)
        if (acronym_defined(c, t + ws[w], wend[w] - ws[w])) {
            *next = ws[w] - 1; /* the loop steps onto it */
            break;
        }
    return true;
}

/* Is w[0..n) a Roman numeral of a round ("II", "VIII", "XIV")? */
static bool roman_numeral(const char *w, size_t n) {
    if (n == 0 || n > 5)
        return false;
    for (size_t i = 0; i < n; i++)
        if (w[i] != 'I' && w[i] != 'V' && w[i] != 'X')
            return false;
    return true;
}

/* Is the run's last word, of k, the number that ends an operation's name
 * ("Operation Route 66")? One to three digits after two words or more of
 * which one is "Operation" (a year after a name is when it ran, and a
 * number after "Project Safe Neighborhoods" counts something). */
static bool operation_number(const char *t, size_t n, const size_t *ws,
                             const size_t *wend, size_t k) {
    size_t len = wend[k - 1] - ws[k - 1];
    if (k < 3 || len > 3)
        return false;
    for (size_t i = ws[k - 1]; i < wend[k - 1]; i++)
        if (!cpi_is_digit(t[i]))
            return false;
    for (size_t w = 0; w + 2 < k; w++)
        if (cpi_word_is(t, n, ws[w], "Operation"))
            return true;
    return false;
}

/* Do the words [last, k) of a run go on with its name: "for" or "on", then
 * two words or more in capitals (joined by "and", "of" or "to": "Task
 * Force on Children Exposed to Violence"), the first no place's
 * ("Initiative for Technical Assistance", not "Initiative for Memphis
 * Police")? */
static bool name_goes_on(const cpi_extract *x, const char *t, size_t n, const size_t *ws,
                         const size_t *wend, size_t last, size_t k, bool heading) {
    /* ... or "to" and a verb of purpose in capitals ("Cincinnati Initiative
     * to Reduce Violence", "Task Force to Combat Gun Crime"), not in a
     * headline's capitals nor after a plural head ("Expanding Federal
     * Partnerships to Prevent Youth Violence": what they are for) */
    static const char *const PURPOSES[] = {"Address", "Combat", "Counter", "Curb",
                                           "End",     "Fight",  "Improve", "Prevent",
                                           "Protect", "Reduce", "Stop"};
    if (cpi_word_is(t, n, ws[last], "to")) {
        if (heading || t[wend[last - 1] - 1] == 's' ||
            !cpi_word_in(CPI_WORDS(PURPOSES), t + ws[last + 1],
                         wend[last + 1] - ws[last + 1]))
            return false;
    } else if (!cpi_word_is(t, n, ws[last], "for") && !cpi_word_is(t, n, ws[last], "on"))
        return false;
    size_t capitals = 0;
    for (size_t w = last + 1; w < k; w++) {
        if (cpi_is_upper(t[ws[w]]))
            capitals++;
        else if (!cpi_word_is(t, n, ws[w], "and") && !cpi_word_is(t, n, ws[w], "of") &&
                 !cpi_word_is(t, n, ws[w], "to"))
            return false;
    }
    if (capitals < 2 || !cpi_is_upper(t[ws[last + 1]]) || t[wend[k - 1] - 1] == ',')
        return false;
    char key[64];
    size_t len = cpi_fold(t + ws[last + 1], wend[last + 1] - ws[last + 1], key, sizeof key);
    size_t unused;
    return len > 0 && cpi_find_places(key, &unused) == 0 &&
           !cpi_dict_match(&x->k->states, t, n, ws[last + 1]);
}

/* Has the run a word of its own among its words [from, to): not generic,
 * not a joining word, not another head ("Task Force Program" names
 * nothing)? ws, wend, winner: the words' starts, ends and inner lengths. */
static bool own_word(const char *t, size_t n, const size_t *ws, const size_t *wend,
                     const size_t *winner, size_t from, size_t to) {
    for (size_t w = from; w < to; w++)
        if (!generic_word(t + ws[w], winner[w]) && !connector(t, n, ws[w]) &&
            !head_kind(t, n, ws[w], wend[w], w > from ? ws[w - 1] : SIZE_MAX))
            return true;
    return false;
}

/* Does a sentence of block b start at its clean offset p? (Asked only
 * after a word that ends in a period: "N.M." may close one.) */
static bool sentence_starts_at(const cp_block *b, size_t p) {
    size_t lo = 0, hi = b->sentence_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t start = cpi_sentence_text_start(cpi_block_sentence(b, mid));
        if (start == p)
            return true;
        if (start < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* Is w[0..n) ("-led", "-funded") the end of a word that tells who leads
 * or pays for what follows ("FBI-led", "state-funded")? */
static bool led_by_word(const char *w, size_t n) {
    static const char *const ENDS[] = {"-backed", "-based",     "-funded",   "-led",
                                       "-run",    "-sponsored", "-supported"};
    for (size_t k = 0; k < COUNT(ENDS); k++)
        if (strlen(ENDS[k]) == n && memcmp(w, ENDS[k], n) == 0)
            return true;
    return false;
}

/* Part 3 of read_block, a capitalised run of words from i on, of which
 * read_name has read the first ([i, we), its letters and digits up to
 * inner_i, the program by_acronym if it is an acronym defined earlier):
 * sets *next like read_name. (Apart: most words are done before it.) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool read_run(ctx *c, const cp_block *b, const char *t, size_t n, size_t i,
                     size_t inner_i, size_t we, cp_program *by_acronym, size_t *next) {
    cpi_extract *x = c->x;
    const cpi_dict *dict = &x->k->programs;
        /* each word's start, end, and the length of its letters and digits */
        size_t ws[MAX_NAME_WORDS], wend[MAX_NAME_WORDS], winner[MAX_NAME_WORDS];
        /* bit w: no known name starts at word w (its look-up was done: the
         * first word's by read_word, the others' as the run is read) */
        uint32_t unknown = 0;
        size_t k = 0, p = i;
        /* "Internet Crimes Against Children (ICAC) Task Force Program": an
         * acronym inside the name, before word inner_at */
        size_t inner_at = 0, inner_start = 0, inner_end = 0;
        while (p < n && k < MAX_NAME_WORDS) {
            size_t close = inner_at || t[p] != '(' ? 0 : acronym_inside(t, n, p);
            if (close && k > 0 && !office_before(t, ws, wend, k)) {
                inner_at = k;
                inner_start = p + 1;
                inner_end = close;
                p = close + 2;
                continue;
            }
            bool cap = cpi_is_upper(t[p]) || cpi_is_digit(t[p]);
            if (!cap && !(k > 0 && connector(t, n, p)))
                break;
            /* "Boston's Operation Ceasefire and on the Cincinnati
             * Initiative": "and" or "or" before a word in lower case joins
             * phrases, not a name's words ("Weed and Seed") */
            if (!cap && (t[p] == 'a' || t[p] == 'o') && p + 4 < n &&
                (cpi_word_is(t, n, p, "and") || cpi_word_is(t, n, p, "or")) &&
                cpi_is_lower(t[p + (t[p] == 'a' ? 4 : 3)]))
                break;
            /* "Violent Gang Task Forces and Violent Crime Task Forces": "and"
             * after a name's head joins two names */
            if (!cap && k >= 2 && t[p] == 'a' && cpi_word_is(t, n, p, "and") &&
                head_kind(t, n, ws[k - 1], wend[k - 1], ws[k - 2]))
                break;
            size_t unused_end;
            if ((k > 0 || p != i) &&
                (cpi_dict_match_word(dict, t, n, p) || /* (after a space) */
                 (c->short_count && short_name_at(c, t, n, p, &unused_end))))
                break; /* a known program or short name starts here: read it on its own */
            size_t inner = p == i ? inner_i : p + run_inner_len(t, n, p);
            /* "Results of Violent Crime Initiative": the name starts after
             * "of" (the four bytes " of " or " on " before a capital tell
             * first; most words have none) */
            if (k == 0 && inner + 4 < n && t[inner] == ' ' && t[inner + 1] == 'o' &&
                (t[inner + 2] == 'f' || t[inner + 2] == 'n') && t[inner + 3] == ' ' &&
                cpi_is_upper(t[inner + 4]) && report_noun(t + p, inner - p)) {
                p = inner + 4;
                unknown = 0;
                continue;
            }
            /* "the FBI-led Wind River Safe Trails Task Force": who leads it
             * is no word of its name (a hyphen after the letters tells),
             * nor is the article that opens a sentence ("The ATF-led ...") */
            if ((k == 0 || (k == 1 && cpi_word_is(t, n, ws[0], "The"))) && inner < n &&
                t[inner] == '-') {
                size_t e0 = p == i ? we : word_end_from(t, n, p, inner);
                if (e0 + 1 < n && t[e0] == ' ' && cpi_is_upper(t[e0 + 1]) &&
                    led_by_word(t + inner, e0 - inner)) {
                    p = e0 + 1;
                    k = 0;
                    unknown = 0;
                    continue;
                }
            }
            if (headline_verb(t + p, inner - p)) {
                /* "Operation Harbor Light Expands": a name before the verb
                 * ends there */
                if (k >= 2 && (head_kind(t, n, ws[k - 1], wend[k - 1], ws[k - 2]) ||
                               cpi_word_is(t, n, ws[0], "Operation") ||
                               cpi_word_is(t, n, ws[0], "Project")))
                    break;
                k = 0; /* "X Announces Y Task Force": the name is after the verb */
                unknown = 0;
                size_t verb_end = word_end_from(t, n, p, inner);
                if (verb_end + 1 < n && t[verb_end] == ' ') {
                    p = verb_end + 1;
                    /* "Joins New Central Valley Task Force": "New" after
                     * the verb is the task force's age, unless it opens a
                     * place ("Joins New Mexico Task Force") */
                    if (p + 5 < n && memcmp(t + p, "New ", 4) == 0 &&
                        cpi_is_upper(t[p + 4])) {
                        size_t e = p + 5;
                        while (e < n && cpi_is_alpha(t[e]))
                            e++;
                        if (!cpi_dict_match(&x->k->states, t, n, p) &&
                            !names_place(x, t, n, p, e))
                            p += 4;
                    }
                    continue;
                }
                break;
            }
            if (k > 0 || p == i)
                unknown |= UINT32_C(1) << k;
            ws[k] = p;
            wend[k] = p == i ? we : word_end_from(t, n, p, inner);
            winner[k] = inner - p;
            k++;
            if (wend[k - 1] + 1 < n && t[wend[k - 1]] == ' ' &&
                !(t[wend[k - 1] - 1] == '.' && sentence_starts_at(b, wend[k - 1] + 1)))
                p = wend[k - 1] + 1;
            else
                break; /* (also after "Gallup, N.M." closing a sentence) */
        }
        while (k > 0 && !cpi_is_upper(t[ws[k - 1]]) &&
               !operation_number(t, n, ws, wend, k))
            k--; /* no trailing "of the" */
        /* "Boston's Operation Ceasefire", "the U.S. Marshals Service's
         * Operation North Star": the owner before "Operation" or "Project"
         * is no part of the name */
        /* ... nor a sentence's first word ("During Operation Tidal Wave,",
         * "Under Project Exile"), a year ("In 2023 Operation North Star")
         * or what has a part in it ("Agents of Operation Summer Heat") */
        static const char *const OPENERS[] = {"After",   "Before", "During", "Since",
                                              "Through", "Under",  "Until",  "With"};
        for (size_t w = 1; w + 1 < k && inner_at == 0; w++) {
            if (t[ws[w]] != 'O' && t[ws[w]] != 'P')
                continue; /* (most words) */
            if (!cpi_word_is(t, n, ws[w], "Operation") &&
                !cpi_word_is(t, n, ws[w], "Project"))
                continue;
            size_t before = w - 1;
            bool owner =
                (wend[before] - ws[before] >= 3 && t[wend[before] - 2] == '\'' &&
                 t[wend[before] - 1] == 's') ||
                (w == 1 && (cpi_word_in(CPI_WORDS(OPENERS), t + ws[0], wend[0] - ws[0]) ||
                            cpi_is_digit(t[ws[0]]))) ||
                (w >= 2 && cpi_word_is(t, n, ws[before], "of"));
            if (!owner)
                break;
            memmove(ws, ws + w, (k - w) * sizeof ws[0]);
            memmove(wend, wend + w, (k - w) * sizeof wend[0]);
            memmove(winner, winner + w, (k - w) * sizeof winner[0]);
            unknown >>= w;
            k -= w;
            break;
        }
        const char *kind = NULL;
        size_t last = k;
        for (size_t w = k; w > 0 && !kind; w--) {
            kind = head_kind(t, n, ws[w - 1], wend[w - 1], w > 1 ? ws[w - 2] : SIZE_MAX);
            if (kind)
                last = w;
        }
        /* no head, no "Project ..." or "Operation ..." and no head in lower
         * case after it: the run names nothing (most runs), whatever its
         * first word */
        bool operation = k >= 2 && (cpi_word_is(t, n, ws[0], "Project") ||
                                    cpi_word_is(t, n, ws[0], "Operation"));
        size_t lower_len;
        /* "the Community Policing Development (CPD) program": the head in
         * lower case after the name's acronym */
        const lower_head *head_after_acronym = NULL;
        if (!kind && !operation && k >= 2 && wend[k - 1] + 2 < n &&
            t[wend[k - 1]] == ' ' && t[wend[k - 1] + 1] == '(') {
            size_t close = acronym_in_parentheses(t, n, wend[k - 1] + 1);
            if (close)
                head_after_acronym = lower_head_at(t, n, close + 1, &lower_len);
        }
        /* "Detroit One, the partnership launched in 2013 by ...": the kind
         * in an apposition */
        const char *apposed = NULL;
        if (!kind && !operation && !head_after_acronym &&
            (k == 0 || !lower_head_at(t, n, wend[k - 1], &lower_len)) &&
            (k < 2 || !(apposed = apposed_kind(t, n, wend[k - 1]))))
            return run_names_nothing(c, b, t, i, we, ws, wend, k, by_acronym, next);
        size_t first = 0;
        /* "the Attorney General's Task Force": the owner is not the name */
        for (size_t w = 0; w < last; w++)
            if (wend[w] - ws[w] > 2 && t[wend[w] - 2] == '\'' && t[wend[w] - 1] == 's')
                first = w + 1;
        /* "Six Pilot Sites for the National Initiative": a name that
         * begins after "the" inside the run */
        for (size_t w = first + 1; w + 1 < last; w++)
            if (cpi_word_is(t, n, ws[w], "the") && connector(t, n, ws[w - 1]))
                first = w + 1;
        /* "District of Columbia Safe and Beautiful and Memphis Safe Task
         * Force": after a second "and", a name of its own */
        size_t ands = 0, after_and = first;
        for (size_t w = first + 1; w + 1 < last; w++)
            if (cpi_word_is(t, n, ws[w], "and")) {
                ands++;
                after_and = w + 1;
            }
        if (ands >= 2 && after_and + 1 < last)
            first = after_and;
        /* "Collaborative Reform Initiative for Technical Assistance": the
         * name goes on after its head with "for" or "on" and words of its
         * own in capitals, not a place's */
        if (kind && last + 2 < k + 1 &&
            name_goes_on(x, t, n, ws, wend, last, k, b->kind == CP_BLOCK_HEADING))
            last = k;
        /* "Under the American Rescue Plan": a leading preposition or article
         * is not part of the name */
        while (first < last &&
               (leading_word(t + ws[first], winner[first]) ||
                gerund_lead(t, n, ws, wend, first, last) ||
                !(cpi_is_upper(t[ws[first]]) ||
                  (ordinal_word(t, n, ws[first]) && first + 1 < last)) ||
                (first + 1 < last && head_kind(t, n, ws[first], wend[first], SIZE_MAX) &&
                 after_capital(t, ws[first]))))
            first++; /* ... or the head of a name read just before it ("Task Force
                      * Program and ...", not "the Collaborative Reform ...") */
        bool named = false;
        if (k == 2 && operation) {
            /* "Operation VR7" after "Operation Violence Reduction7 (VR7)" */
            bool done = false;
            for (size_t a = 0; a < c->acr_count && !done; a++)
                if (c->acr[a].program &&
                    cpi_str_eq(c->acr[a].text, t + ws[1], wend[1] - ws[1])) {
                    if (!note_program(x, c->acr[a].program, b, ws[0], wend[1]) ||
                        !add_alias(x, c->acr[a].program, t + ws[0], wend[1] - ws[0]))
                        return false;
                    done = true;
                }
            if (done) {
                *next = wend[1];
                return true;
            }
        }
        /* "Operation Cross Country VIII": a round of the operation is the
         * operation */
        if (operation && k >= 3 && roman_numeral(t + ws[k - 1], wend[k - 1] - ws[k - 1]))
            k--;
        if (!kind && operation) {
            kind = cpi_word_is(t, n, ws[0], "Project") ? "project" : "operation";
            first = 0;
            last = k;
            named = true;
        }
        /* "the Safe Passage program", "the ALERRT program": a name, then
         * its head in lower case */
        size_t lower_end = 0;
        if (!kind && k > first)
            lower_end = lower_head_after(x, t, n, ws[first], wend[k - 1], &kind);
        if (lower_end)
            last = k;
        if (!kind && head_after_acronym && k > first + 1) {
            kind = head_after_acronym->kind; /* (the name: its capitalised words) */
            last = k;
        }
        if (!kind && apposed && k > first + 1 &&
            !names_place(x, t, n, ws[first], wend[k - 1])) {
            kind = apposed; /* (the name: its capitalised words) */
            last = k;
        }
        /* a name needs a word of its own */
        bool specific = named || own_word(t, n, ws, wend, winner, first,
                                          lower_end || last == 0 ? last : last - 1);
        /* a "Collaborative" is a program's only where its name says what it
         * works on ("Community Violence Intervention Collaborative"), else
         * a recipient's own group ("Northend Peacekeepers Collaborative") */
        if (kind && specific && last > first && !lower_end &&
            cpi_word_is(t, n, ws[last - 1], "Collaborative") &&
            !names_topic(t, ws, wend, first, last - 1))
            specific = false;
        /* "Fiscal Year 2014 Allocations and Program Highlights": a report's
         * title, of a year's money, not a program's name */
        if (kind && !named && last > first + 2 &&
            cpi_word_is(t, n, ws[first], "Fiscal") &&
            cpi_word_is(t, n, ws[first + 1], "Year"))
            kind = NULL;
        /* "Police Chief Alicia Grant": a title, a first name and a
         * surname that is a head's word name a person */
        if (kind && !named && last >= first + 3 &&
            title_at(x, t, n, ws[last - 3], wend[last - 3]))
            kind = NULL;
        /* a headline capitalises every word: there "... Grants" are awards
         * ("Announces $231 Million in Crisis Intervention Grants"), no name,
         * and so is "... Grant" after its amount ("Receives $1.38 Million
         * Federal Anti-Heroin Grant") */
        if (kind && b->kind == CP_BLOCK_HEADING && !lower_end && last > first &&
            (cpi_word_is(t, n, ws[last - 1], "Grants") ||
             (cpi_word_is(t, n, ws[last - 1], "Grant") &&
              (cpi_ends_with(t, ws[first], "Million ") ||
               cpi_ends_with(t, ws[first], "Billion ") ||
               (ws[first] >= 2 && cpi_is_digit(t[ws[first] - 2]))))))
            kind = NULL;
        if (kind && specific && (last - first >= 2 || named || lower_end)) {
            /* "the Recovery Act Edward Byrne Memorial Justice Assistance
             * Grants": a law's name, then the program's (two words at
             * least after "Act") */
            for (size_t w = first; w + 2 < last; w++)
                if (cpi_word_is(t, n, ws[w], "Act") && wend[w] - ws[w] == 3)
                    first = w + 1;
            /* "the White House Community Violence Intervention
             * Collaborative", "a Justice Department Violence Reduction
             * Initiative": an office of two words that owns the program
             * is no part of its name */
            if (last >= first + 4 &&
                (cpi_word_is(t, n, ws[first + 1], "House") ||
                 cpi_word_is(t, n, ws[first + 1], "Department")) &&
                !connector(t, n, ws[first + 2]) &&
                !not_program_word(t + ws[first], wend[first] - ws[first]) &&
                own_word(t, n, ws, wend, winner, first + 2, last - 1))
                first += 2;
            /* "the U.S. Marshals Northern Ohio Violent Fugitive Task Force":
             * the agency's name of two words or more before the program's,
             * three words at least (an acronym, "DEA Mobile Enforcement
             * Teams", stays the name's) */
            if (last >= first + 4 && cpi_is_upper(t[ws[first]])) {
                const cpi_dict_entry *owner =
                    cpi_dict_match(&x->k->agencies, t, n, ws[first]);
                for (size_t w = first + 1; owner && w + 3 < last; w++)
                    if (wend[w] == ws[first] + owner->len) {
                        first = w + 1;
                        break;
                    }
            }
            bool office = false;
            for (size_t w = first; w < last; w++)
                if (not_program_word(t + ws[w], wend[w] - ws[w]))
                    office = true;
            /* "... of the Office of Justice Programs": the rest of an
             * office's name, where a long run was cut */
            size_t of = cpi_prev_word(t, ws[first]);
            size_t office_word =
                of != SIZE_MAX && cpi_word_is(t, n, of, "of") ? cpi_prev_word(t, of) : SIZE_MAX;
            if (office_word != SIZE_MAX &&
                not_program_word(t + office_word, cpi_inner_len(t, n, office_word)))
                office = true;
            size_t s0 = ws[first], e0 = lower_end ? lower_end : wend[last - 1];
            if (s0 >= 4 && t[s0 - 1] == ' ' && t[s0 - 2] == '.' && t[s0 - 3] == 't' &&
                (t[s0 - 4] == 'S' || t[s0 - 4] == 'F' || t[s0 - 4] == 'M') &&
                (s0 == 4 || !cpi_is_alpha(t[s0 - 5])))
                s0 -= 4; /* "the St. Louis Strike Force": the abbreviation is the name's */
            /* "Youth Advocate Programs, Inc.": a company's name */
            if (cpi_starts_with(t, n, e0, ", Inc") || cpi_starts_with(t, n, e0, " Inc.") ||
                cpi_starts_with(t, n, e0, ", LLC"))
                office = true;
            const cpi_dict_entry *kn = s0 == ws[first] && ((unknown >> first) & 1)
                                           ? NULL
                                           : cpi_dict_match(&x->k->programs, t, n, s0);
            if (kn && kn->len == e0 - s0) {
                /* a known program's other name */
                cp_program *pr = known_program(x, kn->value);
                if (!pr || !note_program(x, pr, b, s0, e0))
                    return false;
                *next = e0;
                return true;
            }
            /* "Community Based Violence Intervention and Prevention Initiative
             * (CVIPI)": a known program's acronym after a name makes the name
             * that program's, however it is spelled */
            const cpi_dict_entry *by = known_acronym_after(x, t, n, e0);
            if (!office && by) {
                cp_program *pr = known_program(x, by->value);
                if (!pr || !note_program(x, pr, b, s0, e0) || !add_alias(x, pr, t + s0, e0 - s0))
                    return false;
                *next = e0;
                return true;
            }
            /* "the Community Oriented Policing Services (COPS) Hiring
             * Program": an office's name and acronym, then the program's
             * own words; the program is named by the acronym ("COPS Hiring
             * Program") */
            bool office_inner = !office && inner_at > first && inner_at < last;
            if (office_inner) {
                const cpi_dict_entry *ag = cpi_dict_match(&x->k->agencies, t, n, s0);
                office_inner = ag && s0 + ag->len == wend[inner_at - 1];
            }
            if (office_inner &&
                (inner_end - inner_start) + 1 + (e0 - ws[inner_at]) < 256) {
                char by_acr[256];
                size_t a = inner_end - inner_start, tail = e0 - ws[inner_at];
                memcpy(by_acr, t + inner_start, a);
                by_acr[a] = ' ';
                memcpy(by_acr + a + 1, t + ws[inner_at], tail);
                size_t len = a + 1 + tail;
                const cpi_dict_entry *known =
                    cpi_dict_match(&x->k->programs, by_acr, len, 0);
                cp_program *pr = NULL;
                if (known && known->len == len)
                    pr = known_program(x, known->value);
                else {
                    char id[200];
                    slug_of(by_acr, len, id, sizeof id);
                    pr = program(x, id, by_acr, len, kind);
                }
                if (!pr || !note_program(x, pr, b, s0, e0) ||
                    !add_alias(x, pr, by_acr, len))
                    return false;
                *next = e0;
                return true;
            }
            if (!office && !cpi_dict_match(&x->k->agencies, t, n, s0) &&
                !law_named_like_program(t + s0, e0 - s0)) {
                /* the name without an acronym inside it */
                const char *name = t + s0;
                size_t name_len = e0 - s0;
                char joined[256];
                bool inner = inner_at > first && inner_at < last &&
                             e0 - s0 < sizeof joined;
                if (inner) {
                    size_t front = wend[inner_at - 1] - s0, tail = e0 - ws[inner_at];
                    memcpy(joined, t + s0, front);
                    joined[front] = ' ';
                    memcpy(joined + front + 1, t + ws[inner_at], tail);
                    name = joined;
                    name_len = front + 1 + tail;
                }
                /* "Byrne Criminal Justice Innovation (BCJI) Program": a
                 * known program, by its name without the acronym */
                const cpi_dict_entry *known =
                    inner ? cpi_dict_match(&x->k->programs, name, name_len, 0) : NULL;
                if (known && known->len != name_len)
                    known = NULL;
                /* "Alabama Internet Crimes Against Children Task Force": a
                 * state's part of a known national program is the program */
                const cpi_dict_entry *st = cpi_dict_match(&x->k->states, name, name_len, 0);
                if (!known && st && st->len + 1 < name_len && name[st->len] == ' ') {
                    size_t rest = name_len - st->len - 1;
                    known = cpi_dict_match(&x->k->programs, name + st->len + 1, rest, 0);
                    if (known && known->len != rest)
                        known = NULL;
                }
                if (known) {
                    cp_program *kp = known_program(x, known->value);
                    if (!kp || !note_program(x, kp, b, s0, e0) ||
                        (inner && !define_acronym_text(c, kp, t + inner_start,
                                                       inner_end - inner_start)))
                        return false;
                    *next = e0;
                    return true;
                }
                /* "CVI Collaborative" after "Community Violence Intervention
                 * Collaborative": the same program, its first words as
                 * initials */
                cp_program *spelled = spelled_out(x, name, name_len);
                if (spelled) {
                    if (!note_program(x, spelled, b, s0, e0) ||
                        !add_alias(x, spelled, name, name_len))
                        return false;
                    *next = e0;
                    return true;
                }
                cp_program *pr = named_before(c, name, name_len);
                if (!pr) {
                    char id[200];
                    slug_of(name, name_len, id, sizeof id);
                    pr = program(x, id, name, name_len, kind);
                    /* (a name in the text, not in `joined`, stays there) */
                    if (pr && !inner && c->name_count < MAX_NAMED)
                        c->names[c->name_count++] = (name_seen){name, name_len, pr};
                }
                if (!pr || !note_program(x, pr, b, s0, e0) || !add_alias(x, pr, name, name_len))
                    return false;
                if (inner && !define_acronym_text(c, pr, t + inner_start, inner_end - inner_start))
                    return false;
                if (!inner && !pr->acronym)
                    define_initials(c, pr, name, name_len);
                /* "PSP Regional Teams": a part of the program whose acronym
                 * leads the name */
                cp_program *owner = acronym_owner(c, t + s0, wend[first] - s0);
                if (owner && owner != pr && !pr->parent && made_here_p(x, pr)) {
                    if (!make_part(x, pr, owner))
                        return false;
                }
                if (!define_acronym(c, pr, t, n, s0, e0))
                    return false;
                *next = e0;
                return true;
            }
        }
    return run_names_nothing(c, b, t, i, we, ws, wend, k, by_acronym, next);
}

/* Most capitalised runs name nothing ("FOR IMMEDIATE RELEASE", "Omaha
 * Police Department", "Deputy Attorney General Marcus Ortega"): read_run's
 * word loop and its tests after it are not needed to tell. The chain of
 * words from the capital i (its first word [i, we), no acronym defined
 * earlier): capitalised words, digits and joining words between single
 * spaces, as far as any run starting in it could reach. When none of its
 * words is a head, "Project" or "Operation", the start of a known name
 * (the first word's was tried), a short name or an acronym defined
 * earlier, no acronym in parentheses follows one and no head in lower
 * case the last, then no run starting in it names anything, and the words
 * of the chain, read one by one, find nothing either: its end, where the
 * block's words go on (unless an apposition says what it is). Else 0:
 * read_run reads the run. */
static size_t chain_naming_nothing(const ctx *c, const char *t, size_t n, size_t i, size_t we) {
    const cpi_dict *dict = &c->x->k->programs;
    size_t ws = i, end = we;
    for (;;) {
        if (may_be_listed(HEAD_FILTER, t + ws, end - ws) ||
            ((t[ws] == 'P' || t[ws] == 'O') &&
             (cpi_starts_with(t, n, ws, "Project") || cpi_starts_with(t, n, ws, "Operation"))))
            return 0;
        if (ws > i) {
            unsigned char c0 = (unsigned char)t[ws];
            size_t unused_end;
            if ((dict->first[c0] != dict->first[c0 + 1] && cpi_dict_match_word(dict, t, n, ws)) ||
                (c->short_count && short_name_at(c, t, n, ws, &unused_end)) ||
                (c->acr_count && acronym_defined(c, t + ws, end - ws)))
                return 0;
        }
        if (end + 1 >= n || t[end] != ' ')
            break;
        size_t p = end + 1;
        if (t[p] == '(')
            return 0;
        if (!(cpi_class(t[p]) & (CPI_UPPER | CPI_DIGIT)) && !connector(t, n, p))
            break;
        ws = p;
        end = word_end_from(t, n, p, p + run_inner_len(t, n, p));
    }
    size_t head_len;
    return lower_head_at(t, n, end, &head_len) || (end > we && apposed_kind(t, n, end))
               ? 0
               : end;
}

/* Parts 2 and 3 of read_block, at a word i that starts with a capital or
 * an ordinal: sets *next to where the block's word loop goes on from (the
 * word after it). `outside`, when not 0: bit k says t[i + k] is no letter,
 * digit or UTF-8 byte (read_block's test of 32 bytes has found where the
 * word's end); 0: not known. False only when out of memory. */
/* The program an acronym at t[i] (its word ends at *we) stands for, into
 * *out: one the text defined ("PSN", "S.O.S.", whose word *we then
 * covers), or a name's initials, which become its acronym when used. Out
 * of line: asked only in texts that define some. False when out of
 * memory. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool
acronym_at(ctx *c, const char *t, size_t n, size_t i, size_t *we, cp_program **out) {
    /* (an acronym's second byte is a capital, a digit, a '-' or a '.') */
    if (i + 1 >= n || !(cpi_is_upper(t[i + 1]) || cpi_is_digit(t[i + 1]) ||
                        t[i + 1] == '-' || t[i + 1] == '.'))
        return true;
    for (size_t a = 0; a < c->acr_count; a++)
        if (cpi_str_eq(c->acr[a].text, t + i, *we - i)) {
            *out = c->acr[a].program;
            return true;
        }
    /* ("S.O.S." is read as words of a letter each: its whole, if defined) */
    for (size_t a = 0; t[i + 1] == '.' && a < c->acr_count; a++) {
        size_t len =
            c->acr[a].text[1] == '.' ? dotted_acronym_at(t, n, i, c->acr[a].text) : 0;
        if (len) {
            *out = c->acr[a].program;
            *we = i + len;
            return true;
        }
    }
    for (size_t a = 0; a < c->initials_count; a++)
        if (cpi_str_eq(initials_of(&c->initials[a]), t + i, *we - i) && *we > i) {
            /* (not an agency's or a known program's: "Arson Task Force" is
             * not the "ATF") */
            const cpi_dict_entry *e = cpi_dict_match(&c->x->k->agencies, t, n, i);
            if ((e && e->len == *we - i) ||
                ((e = cpi_dict_match(&c->x->k->programs, t, n, i)) && e->len == *we - i))
                return true;
            *out = c->initials[a].program;
            return (*out)->acronym || define_acronym_text(c, *out, t + i, *we - i);
        }
    return true;
}

#if defined(__GNUC__)
__attribute__((always_inline)) /* (its call cost more than most of its runs) */
#endif
static inline bool read_name(ctx *c, const cp_block *b, const char *t, size_t n, size_t i,
                             unsigned outside, size_t *next) {
    cpi_extract *x = c->x;
    /* 2. a short name or an acronym defined earlier */
    size_t short_end;
    cp_program *by_short = c->short_count ? short_name_at(c, t, n, i, &short_end) : NULL;
    if (by_short) {
        if (!note_program(x, by_short, b, i, short_end))
            return false;
        *next = short_end;
        return true;
    }
    size_t inner_i = i + (outside ? (size_t)__builtin_ctz(outside) : inner_len(t, n, i));
    size_t we = word_end_from(t, n, i, inner_i);
    cp_program *by_acronym = NULL;
    /* (an acronym's second byte is a capital, a digit, a '-' or a '.', and
     * its first one of those of the acronyms defined: most capitalised
     * words ask no further) */
    if (((c->acr_first >> (t[i] & 31)) & 1) && i + 1 < n && !cpi_is_lower(t[i + 1]) &&
        !acronym_at(c, t, n, i, &we, &by_acronym))
        return false;
    /* "SCP Training Teams" may name a part of the program: read the
     * capitalised run first, and fall back to the acronym alone */
    bool run_follows = we + 1 < n && t[we] == ' ' && cpi_is_upper(t[we + 1]);
    if (by_acronym && !run_follows) {
        if (!note_program(x, by_acronym, b, i, we))
            return false;
        *next = we;
        return true;
    }
    /* 3. a capitalised name with a program's head: most capitalised words
     * stand alone ("The", "Smith said"), and a word alone names nothing but
     * with a head in lower case after it */
    size_t head_len;
    if (!run_goes_on(t, n, we) && !lower_head_at(t, n, we, &head_len)) {
        *next = we;
        return true;
    }
    size_t nothing_to = by_acronym ? 0 : chain_naming_nothing(c, t, n, i, we);
    if (nothing_to) {
        *next = nothing_to;
        return true;
    }
    return read_run(c, b, t, n, i, inner_i, we, by_acronym, next);
}

/* Words from w on that go on a known name into a longer name of the same
 * program (two at least, the last a head, the first no head and no
 * generic word): the longer name's end, or 0. */
static size_t name_goes_on_from(const char *t, size_t n, size_t w) {
    size_t prev = SIZE_MAX;
    for (int words = 0; words < 5 && w < n && cpi_is_upper(t[w]); words++) {
        size_t e = w;
        while (e < n && (cpi_is_alpha(t[e]) || t[e] == '-'))
            e++;
        if (words == 0 && (generic_word(t + w, e - w) || head_kind(t, n, w, e, SIZE_MAX)))
            return 0;
        if (words > 0 && head_kind(t, n, w, e, prev))
            return e;
        if (!(e + 1 < n && t[e] == ' '))
            return 0;
        prev = w;
        w = e + 1;
    }
    return 0;
}

/* "the Crime Gun Intelligence Center (CGIC) Integration Initiative": a
 * known name, its acronym, then words that make a longer name of the same
 * program (see name_goes_on_from). `end`: the known name's end; returns
 * the longer name's end (and the acronym's ')' in *close), or 0. */
static size_t words_after_acronym(const char *t, size_t n, size_t end, size_t *close) {
    if (t[end] != ' ' || !(*close = acronym_inside(t, n, end + 1)))
        return 0;
    return name_goes_on_from(t, n, *close + 2);
}

/* "the Crime Gun Intelligence Center Integration Initiative": a known
 * name (ending at `end`) that words go on into a longer name, those words
 * no start of another known name ("the PSN Violent Crime Initiative"
 * names two): the longer name's end, or 0. */
static size_t words_after_name(const cpi_dict *dict, const char *t, size_t n,
                               size_t end) {
    if (end + 1 >= n || t[end] != ' ' || !cpi_is_upper(t[end + 1]) ||
        cpi_dict_match_word(dict, t, n, end + 1))
        return 0;
    return name_goes_on_from(t, n, end + 1);
}

/* Do the words t[start, end) name a region or a part of a state ("Gulf
 * Coast", "Mid-Michigan", "Southeast Kentucky")? (A state alone, "the
 * Alabama ICAC Task Force", or a city, "the Milwaukee Safe Streets Task
 * Force", names the national program where it works.) */
static bool region_words(const cpi_extract *x, const char *t, size_t n, size_t start,
                         size_t end) {
    const cpi_dict_entry *r = cpi_dict_match(&x->k->regions, t, n, start);
    if (r && start + r->len == end)
        return true;
    const cpi_dict_entry *st = cpi_dict_match(&x->k->states, t, n, start);
    if (st && start + st->len == end)
        return false;
    static const char *const PARTS[] = {
        "Central ",   "Eastern ",   "Mid-",   "North ",     "Northeast ",
        "Northern ",  "Northwest ", "South ", "Southeast ", "Southern ",
        "Southwest ", "Western ",   "West ",  "East "};
    for (size_t k = 0; k < COUNT(PARTS); k++) {
        size_t len = cpi_starts_with(t, end, start, PARTS[k]);
        st = len ? cpi_dict_match(&x->k->states, t, n, start + len) : NULL;
        if (st && start + len + st->len == end)
            return true;
    }
    return false;
}

/* Is the known name of entry e one of a national family of local units,
 * each named by its region ("the Gulf Coast Homeland Security Task Force",
 * "the Mid-Michigan Safe Streets Task Force"): a task force's or a strike
 * force's name in the singular, of a family whose name is plural? */
static bool regional_family(const cpi_dict_entry *e) {
    const cpi_known_program *k = &cpi_known_programs[e->value];
    size_t name_len = strlen(k->name);
    return (strcmp(k->kind, "task_force") == 0 || strcmp(k->kind, "strike_force") == 0) &&
           name_len > 1 && k->name[name_len - 1] == 's' && e->len >= 5 &&
           memcmp(e->phrase + e->len - 5, "Force", 5) == 0;
}

/* Where the name of a region starts before a known family of regional
 * units (entry e at i, a name that starts "Regional ": "Great Lakes",
 * "Pacific Southwest" before "Regional Fugitive Task Force"): one to three
 * capitalised words of letters, no state's, no office's; i if none. */
static size_t region_before(const cpi_extract *x, const char *t, size_t n, size_t i,
                            const cpi_dict_entry *e) {
    if (i < 2 || t[i - 1] != ' ' || !cpi_is_alpha(t[i - 2]) ||
        !((e->len >= 9 && memcmp(e->phrase, "Regional ", 9) == 0) || regional_family(e)))
        return i;
    bool regional = e->len >= 9 && memcmp(e->phrase, "Regional ", 9) == 0;
    size_t start = i, we = i - 1;
    for (int words = 0; words < 3 && we > 0; words++) {
        size_t ws = we;
        while (ws > 0 && (cpi_is_alpha(t[ws - 1]) ||
                          (t[ws - 1] == '-' && ws >= 2 && cpi_is_alpha(t[ws - 2]))))
            ws--; /* ("Mid-Michigan") */
        if (ws == we || !cpi_is_upper(t[ws]) ||
            (ws > 0 && t[ws - 1] != ' ' && t[ws - 1] != '('))
            break;
        if (cpi_word_is(t, n, ws, "The") || cpi_word_is(t, n, ws, "Marshals") ||
            not_program_word(t + ws, we - ws) ||
            cpi_dict_match(&x->k->states, t, n, ws) ||
            cpi_dict_match(&x->k->agencies, t, n, ws))
            break;
        start = ws;
        if (ws == 0 || t[ws - 1] != ' ')
            break;
        we = ws - 1;
    }
    /* (another family's unit is named by a known region or a state's
     * part: "Gulf Coast", "Mid-Michigan", "Southeast Kentucky"; a
     * headline's words are none) */
    if (!regional && start < i && !region_words(x, t, n, start, i - 1))
        return i;
    return start;
}

/* The unit of the known family of row `family` that name[0..len) names,
 * made if new: a program of its own, of the family's kind. */
static cp_program *regional_member(cpi_extract *x, size_t family, const char *name,
                                   size_t len) {
    char id[200];
    slug_of(name, len, id, sizeof id);
    size_t before = x->model->program_reg.all.count;
    cp_program *p = program(x, id, name, len, cpi_known_programs[family].kind);
    /* (a part of the family's program, when made now: its places are the
     * family's too) */
    if (p && !p->parent && x->model->program_reg.all.count > before) {
        cp_program *parent = known_program(x, family);
        if (!parent)
            return NULL;
        if (parent != p) {
            if (!make_part(x, p, parent))
                return NULL;
        }
    }
    return p;
}

/* "Byrne Criminal Justice Innovation (BCJI) Program": a known name's
 * words (t[i..end), program `known`), its acronym (its ')' at `close`),
 * then the last word of another of the program's names, that the words
 * and it make: that word's end, or 0. */
static size_t head_after_acronym(const cpi_dict *dict, const char *t, size_t n, size_t i,
                                 size_t end, size_t close, uint32_t known) {
    size_t w = close + 2, e = w;
    if (w >= n || t[close + 1] != ' ' || !cpi_is_upper(t[w]))
        return 0;
    while (e < n && cpi_is_alpha(t[e]))
        e++;
    char name[256];
    if ((end - i) + 1 + (e - w) >= sizeof name)
        return 0;
    memcpy(name, t + i, end - i);
    name[end - i] = ' ';
    memcpy(name + (end - i) + 1, t + w, e - w);
    size_t len = (end - i) + 1 + (e - w);
    const cpi_dict_entry *whole = cpi_dict_match(dict, name, len, 0);
    return whole && whole->len == len && whole->value == known ? e : 0;
}

/* Is the known name t[i..end) an agency's name and lower-case words after
 * it, the agency's name starting before i, through "of " ("a Bureau of
 * Justice Assistance grant": no "Justice Assistance Grant")? Not with
 * capitalised words after it ("the Office of Community Oriented Policing
 * Services Hiring Program" names a program). */
static bool inside_agency_name(const cpi_extract *x, const char *t, size_t n, size_t i,
                               size_t end) {
    if (i < 5 || t[i - 1] != ' ' || t[i - 2] != 'f' || t[i - 3] != 'o' || t[i - 4] != ' ')
        return false; /* (most names) */
    size_t ws = i - 4;
    while (ws > 0 && cpi_is_alpha(t[ws - 1]))
        ws--;
    const cpi_dict_entry *a = ws < i - 4 && cpi_is_upper(t[ws])
                                  ? cpi_dict_match(&x->k->agencies, t, n, ws)
                                  : NULL;
    if (!a || ws + a->len <= i)
        return false;
    for (size_t k = ws + a->len; k < end; k++)
        if (cpi_is_upper(t[k]))
            return false;
    return true;
}

/* Read the word at i (a word start): sets *next to where the block's
 * words go on after (i itself when it named nothing). `outside`: as for
 * read_name. False only when out of memory. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* (in read_block's loop: its call cost more than most words) */
#endif
static inline bool read_word(ctx *c, const cp_block *b, const char *t, size_t n, size_t i,
                             unsigned outside, size_t force_at, size_t plain_from,
                             size_t *next) {
    cpi_extract *x = c->x;
    const cpi_dict *dict = &x->k->programs;
    *next = i;
    /* 1. a known program by any of its names (most lower-case letters
     * start none: the dictionary's index by first byte says so) */
    unsigned char c0 = (unsigned char)t[i];
    const cpi_dict_entry *e =
        dict->first[c0] != dict->first[c0 + 1] ? cpi_dict_match_word(dict, t, n, i) : NULL;
    if (e && c->acr_count && defined_otherwise(c, t + i, e->len, e->value))
        e = NULL; /* ("(MMIP)" after another program's name: this text's MMIP) */
    if (e && inside_agency_name(x, t, n, i, i + e->len))
        e = NULL; /* "a Bureau of Justice Assistance grant": the office's */
    if (e && i > 0 && t[i - 1] == '(' &&
        acronym_of_other_words(x, t, n, i, e->len, e->value)) {
        define_foreign_acronym(c, t + i, e->len);
        e = NULL; /* "(PSP)" after "Pennsylvania State Police": the office's */
    }
    if (e) {
        size_t end = i + e->len, close = 0;
        size_t longer =
            end + 1 < n && t[end + 1] == '(' ? words_after_acronym(t, n, end, &close) : 0;
        if (longer && e->len + (longer - close - 1) >= 256)
            longer = 0;
        if (!longer && close)
            longer = head_after_acronym(dict, t, n, i, end, close, e->value);
        /* (or the words go on the name without an acronym between) */
        size_t plain_longer = !close ? words_after_name(dict, t, n, end) : 0;
        /* "the Great Lakes Regional Fugitive Task Force": one of the
         * family, named by its region */
        size_t region = !longer && !plain_longer ? region_before(x, t, n, i, e) : i;
        cp_program *p = region < i
                            ? regional_member(x, e->value, t + region, end - region)
                            : known_program(x, e->value);
        i = region;
        size_t mention_end = longer ? longer : plain_longer ? plain_longer : end;
        if (!p || !note_program(x, p, b, i, mention_end) ||
            !add_alias(x, p, t + i, end - i))
            return false;
        if (!define_acronym(c, p, t, n, i, end))
            return false;
        *next = mention_end;
        if (plain_longer && !add_alias(x, p, t + i, plain_longer - i))
            return false; /* (the longer name is the program's too) */
        if (longer) {
            /* the longer name, without its acronym, is the program's too */
            char name[256];
            memcpy(name, t + i, e->len);
            memcpy(name + e->len, t + close + 1, longer - close - 1);
            if (!add_alias(x, p, name, e->len + (longer - close - 1)))
                return false;
        }
        return true;
    }
    /* 1a. a known acronym's plural: "HIDTAs", "CGICs" */
    if (cpi_is_upper(t[i]) && i + 3 < n && cpi_is_upper(t[i + 1])) {
        size_t e2 = i + 2;
        while (e2 < n && e2 - i < 15 && cpi_is_upper(t[e2]))
            e2++;
        if (e2 < n && t[e2] == 's' && (e2 + 1 == n || !cpi_is_alpha(t[e2 + 1])) &&
            (i == 0 || !cpi_is_alpha(t[i - 1]))) {
            const cpi_dict_entry *one = cpi_dict_match_word(dict, t, e2, i);
            if (one && one->len == e2 - i) {
                cp_program *p = known_program(x, one->value);
                if (!p || !note_program(x, p, b, i, e2 + 1))
                    return false;
                *next = e2 + 1;
                return true;
            }
        }
    }
    if (cpi_is_upper(t[i]))
        return read_name(c, b, t, n, i, outside, next);
    if (cpi_is_digit(t[i])) /* (no descriptive name starts with one) */
        return !ordinal_word(t, n, i) || read_name(c, b, t, n, i, outside, next);
    /* 1b. a descriptive name in lower case: "gun trafficking strike forces" */
    size_t end = i >= plain_from && force_at < n ? lowercase_force(t, n, i) : 0;
    if (!end)
        return true;
    if (t[end - 1] == 'e') {
        /* "a dedicated trafficking task force", "a multi-agency violent
         * crime task force": one of a kind, not a name */
        size_t prev = cpi_prev_word(t, i);
        for (int words = 0; words < 3 && prev != SIZE_MAX && cpi_is_lower(t[prev]);
             words++) {
            if (cpi_word_is(t, n, prev, "a") || cpi_word_is(t, n, prev, "an"))
                return true;
            if (cpi_word_is(t, n, prev, "the") || cpi_word_is(t, n, prev, "and") ||
                cpi_word_is(t, n, prev, "of"))
                break;
            prev = cpi_prev_word(t, prev); /* (over its modifiers) */
        }
        /* "the Eastern Panhandle violent crime task force": a local one,
         * named by its region's capitalised words, not a name */
        prev = cpi_prev_word(t, i);
        if (prev != SIZE_MAX && cpi_is_upper(t[prev]))
            for (size_t w = i; w + 5 <= end; w++)
                if (memcmp(t + w, "task ", 5) == 0)
                    return true;
    }
    char id[200];
    slug_of(t + i, end - i, id, sizeof id);
    bool strike = false;
    for (size_t w = i; w + 7 <= end; w++)
        strike |= memcmp(t + w, "strike ", 7) == 0;
    cp_program *pr = program(x, id, t + i, end - i, strike ? "strike_force" : "task_force");
    if (!pr || !note_program(x, pr, b, i, end))
        return false;
    *next = end;
    return true;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* The "force"s read_block has found in a block (see there). */
typedef struct forces_read {
    size_t words_to; /* the run words before it were read (up to a "force") */
    size_t end;      /* the end of the last "force" found, else 0 */
    size_t plain;    /* ... and where its run of letters and spaces starts */
} forces_read;

/* The first "force" at one of the places `fs` (bits from base on), or n;
 * the places up to it are taken out of *fs. */
static inline size_t next_force(const char *t, size_t n, size_t base, uint32_t *fs) {
    for (; *fs; *fs &= *fs - 1) {
        size_t at = base + (size_t)__builtin_ctz(*fs);
        if (at + 5 <= n && t[at + 1] == 'o' && memcmp(t + at, "force", 5) == 0) {
            *fs &= *fs - 1;
            return at;
        }
    }
    return n;
}

/* read_block's 32 bytes from base that hold the "force" at f (and maybe
 * more): their words `words` before the run of letters and spaces that
 * ends at it, the run's words (from where the last run's stopped), then
 * the same for the next "force", and the words after the last. Apart:
 * few 32 bytes hold one. False only when out of memory. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool read_forced32(ctx *c, const cp_block *b, const char *t, size_t n, size_t base,
                          uint32_t words, uint32_t fs, size_t f, forces_read *fr,
                          size_t *resume) {
    for (;;) {
        size_t plain_from = n;
        if (f < n) {
            size_t p = f;
            while (p > fr->end && (cpi_is_lower(t[p - 1]) || t[p - 1] == ' '))
                p--;
            /* back at the previous "force" (itself plain letters): its run
             * goes on (as force_window_next finds it) */
            plain_from = fr->end > 0 && p == fr->end ? fr->plain : p;
            fr->end = f + 5;
            fr->plain = plain_from;
        }
        /* the words before the run (all of them after the last "force") */
        for (; words; words &= words - 1) {
            size_t i = base + (size_t)__builtin_ctz(words), next;
            if (i >= plain_from)
                break;
            if (i < *resume || !cpi_word_start(t, i))
                continue;
            if (!read_word(c, b, t, n, i, 0, n, n, &next))
                return false;
            if (next != i)
                *resume = next + 1;
        }
        if (f == n)
            return true;
        /* the run's words up to the "force", each once */
        size_t from = plain_from > fr->words_to ? plain_from : fr->words_to;
        for (size_t i = from > *resume ? from : *resume; i <= f; i++) {
            if (!cpi_is_lower(t[i]) || (i == plain_from ? !cpi_word_start(t, i) : t[i - 1] != ' '))
                continue;
            size_t next;
            if (!read_word(c, b, t, n, i, 0, f, plain_from, &next))
                return false;
            if (next != i) {
                *resume = next + 1;
                i = next;
            }
        }
        fr->words_to = f + 1;
        /* (the run's words among `words` are read) */
        while (words && base + (size_t)__builtin_ctz(words) <= f)
            words &= words - 1;
        f = next_force(t, n, base, &fs);
    }
}
#endif

/* Read the words of a block for programs. *quoted is set when the block
 * may hold a '"' (read_quoted has nothing to read in the others). False
 * only when out of memory. */
static bool read_block(ctx *c, const cp_block *b, bool *quoted) {
    const char *t = cpi_block_text(b);
    size_t n = b->text_size;
#if defined(__SSE2__) && defined(__GNUC__)
    /* The words to read of 32 bytes at once, as bits: a word costs a few
     * instructions, not a loop over its bytes, and most are not read:
     * those that start with a capital, a digit or the lower-case letter of
     * the known names in lower case without "force" (LOWER_UNFORCED_TESTED).
     * Descriptive names and the other known names in lower case are plain
     * lower-case words up to "force(s)" (lower_names_tested): their words
     * are read where the 32 bytes that hold a "force" are, back to where
     * the run of letters and spaces before it starts (read_forced32). */
    size_t resume = 0; /* the words before it were read with a name */
    forces_read fr = {0, 0, 0};
    unsigned quotes = 0;
    for (size_t base = 0; base < n; base += 32) {
        if (resume >= base + 32) {
            quotes |= 1; /* (not looked at: it may hold one) */
            continue;
        }
        uint32_t fs, inner, digits;
        uint32_t words = words_to_read32(t, n, base, &quotes, &fs, &inner, &digits);
        /* the numbers first, in a loop of their own: most are read for
         * nothing (as many as the capitals in some texts) */
        for (uint32_t numbers = words & digits; numbers; numbers &= numbers - 1) {
            unsigned j = (unsigned)__builtin_ctz(numbers);
            if (!number_may_name(&c->x->k->programs, t, n, base + j))
                words &= ~(UINT32_C(1) << j);
        }
        size_t f = fs ? next_force(t, n, base, &fs) : n;
        if (f < n) {
            if (!read_forced32(c, b, t, n, base, words, fs, f, &fr, &resume))
                return false;
            continue;
        }
        if (resume > base) /* (the words read with the name before) */
            words &= UINT32_MAX << (resume - base);
        while (words) {
            unsigned j = (unsigned)__builtin_ctz(words);
            words &= words - 1;
            size_t i = base + j, next;
            if (!cpi_word_start(t, i))
                continue;
            /* (the bytes from i that are no word's: those of the 32 after
             * its end, none when it goes on past them) */
            uint32_t outside = ~inner >> j;
            if (!read_word(c, b, t, n, i, outside, n, n, &next))
                return false;
            /* (a word that named nothing may still start a descriptive
             * name: it is read again if a "force" ends its run) */
            if (next != i) {
                resume = next + 1;
                words = resume - base < 32 ? words & (UINT32_MAX << (resume - base)) : 0;
            }
        }
    }
    *quoted = quotes != 0;
#else
    /* Descriptive names are plain lower-case words up to "force(s)": a
     * word can start one only inside the run of letters and spaces that
     * leads to the next "force" (most blocks have none). */
    force_window fw = {0, 0, 0};
    force_window_next(&fw, t, n);
    *quoted = true;
    for (size_t i = next_word(t, n, 0); i < n; i = next_word(t, n, i + 1)) {
        while (fw.at < i)
            force_window_next(&fw, t, n);
        if (!read_word(c, b, t, n, i, 0, fw.at, fw.plain_from, &i))
            return false;
    }
#endif
    return true;
}

/* "the “Triggerlock” program": a capitalised name in quotes, then the kind
 * of thing it names. (Quotes are straight in the clean text.) */
static bool read_quoted(cpi_extract *x, const cp_block *b) {
    static const char *const CONNECTORS[] = {"of", "and", "the", "for", "to", "in"};
    const char *t = cpi_block_text(b);
    size_t n = b->text_size;
    size_t index = (size_t)(b - x->doc->blocks);
    for (size_t i = 0; i + 2 < n; i++) {
        if (t[i] != '"') {
            const char *q = memchr(t + i, '"', n - i); /* most blocks quote nothing */
            if (!q)
                break;
            i = (size_t)(q - t) - 1;
            continue;
        }
        if (!cpi_is_upper(t[i + 1]))
            continue;
        size_t j = i + 1;
        while (j < n && j < i + 64 && t[j] != '"')
            j++;
        if (j >= n || t[j] != '"' || j + 1 >= n || t[j + 1] != ' ')
            continue;
        /* a name: at most five words, each capitalised or a connector, and
         * no sentence inside ("It's enough," he said) */
        bool name = true;
        size_t words = 0;
        for (size_t w = i + 1; w < j && name; words++) {
            size_t e = w;
            while (e < j && t[e] != ' ')
                e++;
            bool connector = false;
            for (size_t k = 0; k < sizeof CONNECTORS / sizeof CONNECTORS[0]; k++)
                connector |= cpi_str_eq(CONNECTORS[k], t + w, e - w);
            name = e > w && (cpi_is_upper(t[w]) || cpi_is_digit(t[w]) || connector) &&
                   !strchr(",.!?;:", t[e - 1]);
            w = e + 1;
        }
        const char *kind = NULL;
        for (size_t k = 0; name && words <= 5 && !kind && k < COUNT(KIND_WORDS); k++)
            if (cpi_word_is(t, n, j + 2, KIND_WORDS[k].w))
                kind = KIND_WORDS[k].kind;
        bool known = false; /* found already by its name */
        for (size_t h = 0; kind && h < x->program_hit_count; h++)
            known |= x->program_hits[h].block == index && x->program_hits[h].start == i + 1;
        if (kind && !known) {
            char id[200];
            slug_of(t + i + 1, j - i - 1, id, sizeof id);
            cp_program *p = program(x, id, t + i + 1, j - i - 1, kind);
            if (!p || !note_program(x, p, b, i + 1, j))
                return false;
        }
        i = j;
    }
    return true;
}

/* "ICAC program", "the VRN initiative": a program's acronym and a head in
 * lower case name that program. */
static bool acronym_and_head(const char *name, const char *acr) {
    size_t n = acr ? strlen(acr) : 0;
    return n && strncmp(name, acr, n) == 0 &&
           (strcmp(name + n, " program") == 0 || strcmp(name + n, " initiative") == 0 ||
            strcmp(name + n, " campaign") == 0);
}

static bool known_id(const char *id) {
    for (size_t i = 0; i < cpi_known_program_count; i++) /* (first bytes: few calls) */
        if (cpi_known_programs[i].id[0] == id[0] && strcmp(cpi_known_programs[i].id, id) == 0)
            return true;
    return false;
}

/* Is w[0..n) a word for guns ("Gun", "Firearms")? */
static bool gun_word(const char *w, size_t n) {
    return cpi_str_eq("Gun", w, n) || cpi_str_eq("Guns", w, n) ||
           cpi_str_eq("Firearm", w, n) || cpi_str_eq("Firearms", w, n);
}

/* Is `s` (ns bytes) `l` (nl bytes) with one word for guns put for another,
 * as a headline retells a name ("Central Valley Gun Trafficking Task
 * Force" of the "Central Valley Firearms Trafficking Task Force")? */
static bool gun_synonym(const char *s, size_t ns, const char *l, size_t nl) {
    size_t i = 0, j = 0, swaps = 0;
    while (i < ns && j < nl) {
        size_t ie = i, je = j;
        while (ie < ns && s[ie] != ' ')
            ie++;
        while (je < nl && l[je] != ' ')
            je++;
        if (ie - i != je - j || memcmp(s + i, l + j, ie - i) != 0) {
            if (!gun_word(s + i, ie - i) || !gun_word(l + j, je - j) || ++swaps > 1)
                return false;
        }
        i = ie + (ie < ns);
        j = je + (je < nl);
    }
    return i >= ns && j >= nl && swaps == 1;
}

/* Has name[0..n) a word for guns (what gun_synonym needs of both names)? */
static bool has_gun_word(const char *name, size_t n) {
    for (size_t i = 0; i < n;) {
        const char *space = memchr(name + i, ' ', n - i);
        size_t e = space ? (size_t)(space - name) : n;
        if (gun_word(name + i, e - i))
            return true;
        i = e + 1;
    }
    return false;
}

/* Is `s` (ns bytes) the last words of `l` (nl bytes): "Gun Interdiction
 * Initiative" of "Youth Crime Gun Interdiction Initiative"? */
static inline bool word_suffix(const char *s, size_t ns, const char *l, size_t nl) {
    if (ns >= nl)
        return false;
    if (l[nl - ns - 1] == ' ' && memcmp(l + nl - ns, s, ns) == 0)
        return true;
    /* (one of a plural's: "Each Surge Team" of "Safe Cities Surge Teams";
     * two words at least) */
    return ns + 1 < nl && l[nl - 1] == 's' && s[ns - 1] != 's' && l[nl - ns - 2] == ' ' &&
           memcmp(l + nl - ns - 1, s, ns) == 0 && memchr(s, ' ', ns);
}

/* Is `s` "Federal" before the last words, two or more, of `l`, or before
 * all of them, a word for guns maybe put for another (gun_synonym): a
 * headline's "Federal Border Gun Initiative" for the body's "Southern New
 * Mexico Border Gun Initiative", "Federal Gun Trafficking Strike Force"
 * for one of the "Firearms Trafficking Strike Forces" (one of a plural
 * name's)? */
static bool federal_suffix(const char *s, size_t ns, const char *l, size_t nl) {
    if (ns <= 8 || memcmp(s, "Federal ", 8) != 0 || !memchr(s + 8, ' ', ns - 8))
        return false;
    s += 8;
    ns -= 8;
    if (nl > 1 && l[nl - 1] == 's' && s[ns - 1] != 's')
        nl--;
    return (ns == nl && memcmp(s, l, ns) == 0) || word_suffix(s, ns, l, nl) ||
           gun_synonym(s, ns, l, nl);
}

/* Is s ("COPS Grant", "Federal COPS Grants") a grant named by the first
 * word of the grant program l ("COPS Hiring Program"): a headline's short
 * name for it? */
static bool first_word_grant(const char *s, size_t ns, const cp_program *l) {
    if (ns > 8 && memcmp(s, "Federal ", 8) == 0) {
        s += 8;
        ns -= 8;
    }
    const char *space = memchr(s, ' ', ns);
    if (!space || space == s || !l->kind || strcmp(l->kind, "grant") != 0)
        return false;
    size_t w = (size_t)(space - s);
    size_t rest = ns - w; /* " Grant" or " Grants" */
    return (rest == 6 || (rest == 7 && s[ns - 1] == 's')) &&
           memcmp(space, " Grant", 6) == 0 && strncmp(l->name, s, w) == 0 &&
           l->name[w] == ' ';
}

/* Is s[0..ns) a place's name, then the last words of l[0..nl), which
 * starts with that name too ("Chicago Strike Force" of "Chicago Firearms
 * Trafficking Strike Force": a local unit's short name)? The place is one
 * of the document's sites, named in one word. */
static bool place_and_suffix(const cpi_extract *x, const char *s, size_t ns, const char *l,
                             size_t nl) {
    const char *space = memchr(s, ' ', ns);
    if (!space || nl <= ns)
        return false;
    size_t first = (size_t)(space - s), rest = ns - first - 1;
    if (!memchr(space + 1, ' ', rest) || memcmp(l, s, first + 1) != 0 ||
        !word_suffix(space + 1, rest, l, nl))
        return false;
    for (size_t i = 0; i < x->site_hit_count; i++) {
        const cp_site *site = x->site_hits[i].entity;
        if (cpi_str_eq(site->name, s, first))
            return true;
    }
    return false;
}

/* Is s[0..ns) the name or an alias of program l, in either case, or its
 * singular or plural ("Violent Crime Initiatives" of the Violent Crime
 * Initiative)? */
static bool names_known(const char *s, size_t ns, const cp_program *l) {
    for (size_t a = 0; a <= l->aliases.count; a++) {
        const char *name = a ? ((const char *const *)l->aliases.items)[a - 1] : l->name;
        size_t len = strlen(name);
        size_t n = len < ns ? len : ns; /* (the shorter: "Force" of "Forces") */
        if (len != ns && !(len == ns + 1 && name[ns] == 's') &&
            !(ns == len + 1 && s[len] == 's'))
            continue;
        if (cpi_same_letters(name, s, n))
            return true;
    }
    return false;
}

/* The length of the place, as the text writes it, that s[0..ns) begins
 * with before a space ("New York" of "New York Gun Trafficking Strike
 * Force"; "Tulsa" of "Tulsa, Oklahoma" written), or 0. */
static size_t place_prefix(const cpi_extract *x, const char *s, size_t ns) {
    for (size_t i = 0; i < x->site_hit_count; i++) {
        const cpi_hit *h = &x->site_hits[i];
        const char *written = cpi_block_text(&x->doc->blocks[h->block]) + h->start;
        const char *comma = memchr(written, ',', h->end - h->start);
        size_t pn = comma ? (size_t)(comma - written) : h->end - h->start;
        if (pn + 1 < ns && s[pn] == ' ' && memcmp(s, written, pn) == 0)
            return pn;
    }
    return 0;
}

/* Is s[0..ns) the known program l by another number ("Violent Crime
 * Initiatives"), or, after the place it begins with (place bytes, see
 * place_prefix), l's name: the place's unit of the program ("New York Gun
 * Trafficking Strike Force" of the Gun Trafficking Strike Forces)? */
static bool unit_of_known(const char *s, size_t ns, size_t place, const cp_program *l) {
    return names_known(s, ns, l) ||
           (place && names_known(s + place + 1, ns - place - 1, l));
}

/* The start of the first word of s[0..ns) made of capitals and dots
 * alone, two bytes or more ("ARPO" of "ARPO Strike Force", "S.O.S" of
 * "Operation S.O.S"), or SIZE_MAX. */
static size_t capitals_word(const char *s, size_t ns) {
    for (size_t w = 0; w < ns;) {
        size_t e = w;
        while (e < ns && (cpi_is_upper(s[e]) || s[e] == '.'))
            e++;
        if (e - w >= 2 && (e == ns || s[e] == ' '))
            return w;
        while (e < ns && s[e] != ' ')
            e++;
        w = e + 1;
    }
    return SIZE_MAX;
}

/* Is s[0..ns), with the word of capitals at `at` (capitals_word), program
 * l's name with l's acronym for the words it stands for: "ARPO Strike
 * Force" of the "Appalachian Regional Prescription Opioid (ARPO) Strike
 * Force", "Operation S.O.S" of "Operation Synthetic Opioid Surge
 * (S.O.S.)"? The words before and after the acronym begin and end l's
 * name. */
static bool acronym_for_words(const char *s, size_t ns, size_t at, const cp_program *l) {
    if (at == SIZE_MAX || !l->acronym)
        return false;
    size_t na = strlen(l->acronym), end = at;
    while (end < ns && s[end] != ' ')
        end++;
    if (!(end - at == na ||
          (end - at + 1 == na && l->acronym[na - 1] == '.' && end == ns)) ||
        memcmp(s + at, l->acronym, end - at) != 0)
        return false;
    size_t nl = strlen(l->name), tail = ns - end;
    return at + tail < nl && memcmp(l->name, s, at) == 0 &&
           memcmp(l->name + nl - tail, s + end, tail) == 0 && (at > 0 || tail > 0);
}

/* How far apart in a document's list of programs a short form and its long
 * one are looked for: a bound, so that a text of thousands of names stays
 * linear (a short form sits near its long one: the headline's, the next
 * paragraph's). */
#define MERGE_WINDOW 256

typedef struct merged {
    cp_program *from, *to;
} merged;

static int cmp_merged(const void *a, const void *b) {
    uintptr_t p = (uintptr_t)((const merged *)a)->from, q = (uintptr_t)((const merged *)b)->from;
    return (p > q) - (p < q);
}

/* Where the hits of program p go: to the program it was merged into, and on. */
static cp_program *merged_into(const merged *moves, size_t count, cp_program *p) {
    for (;;) {
        merged key = {p, NULL};
        const merged *m = bsearch(&key, moves, count, sizeof *moves, cmp_merged);
        if (!m)
            return p;
        p = m->to;
    }
}

/* The length of `name` before its last word when that word is one of
 * `heads` (sorted), else 0. */
static size_t stem_before_head(const char *name, const char *const *heads, size_t count) {
    const char *space = strrchr(name, ' ');
    if (!space || space == name)
        return 0;
    return cpi_word_in(heads, count, space + 1, strlen(space + 1))
               ? (size_t)(space - name)
               : 0;
}

/* "Safe Cities Surge Teams" in a text that names the "Safe Cities Surge
 * Initiative": a unit named by the words of an umbrella program of the same
 * document, its head a unit's, is a part of it (its places are the
 * umbrella's too). Names made here only, each asked of its neighbours in
 * the order made (MERGE_WINDOW). */
static bool stem_components(cpi_extract *x) {
    static const char *const UNITS[] = {/* sorted */
                                        "Center", "Centers", "Team",
                                        "Teams",  "Unit",    "Units"};
    static const char *const UMBRELLAS[] = {/* sorted */
                                            "Initiative", "Network", "Partnership",
                                            "Program", "Strategy"};
    /* (the programs this document made: the registry's last ones) */
    const cpi_vec *all = &x->model->program_reg.all;
    cp_program **made = (cp_program **)all->items + x->programs_before;
    size_t n = all->count - x->programs_before;
    for (size_t i = 0; i < n; i++) {
        cp_program *u = made[i];
        if (u->parent || u->components.count)
            continue;
        size_t stem = stem_before_head(u->name, CPI_WORDS(UNITS));
        if (!stem || known_id(u->id))
            continue;
        size_t lo = i > MERGE_WINDOW ? i - MERGE_WINDOW : 0;
        size_t hi = n - i > MERGE_WINDOW ? i + MERGE_WINDOW + 1 : n;
        for (size_t k = lo; k < hi; k++) {
            cp_program *m = made[k];
            if (k == i || m->parent ||
                stem_before_head(m->name, CPI_WORDS(UMBRELLAS)) != stem ||
                memcmp(m->name, u->name, stem) != 0)
                continue;
            if (!make_part(x, u, m))
                return false;
            break;
        }
    }
    return true;
}

/* Program i of the document, made here and no longer hit, leaves its list
 * and the model's registry. */
static void leave_document(cpi_extract *x, size_t i) {
    cpi_registry_remove(&x->model->program_reg, x->programs[i]);
    memmove(x->programs + i, x->programs + i + 1,
            (x->program_count - i - 1) * sizeof *x->programs);
    x->program_count--;
}

/* "Federal agents, CPD target West Side gun pipeline": a known program's
 * acronym of three letters, alone, is as often some police department's or
 * agency's ("CPD", "CHP", "PSP"); a program this document knows by its
 * acronym alone, never by a name, and whose acronym the text does not
 * define, is no program of the text. (Longer acronyms, "NIBIN", "HIDTA",
 * name their program.) */
static bool drop_bare_acronyms(cpi_extract *x) {
    for (size_t i = 0; i < x->program_count; i++) {
        cp_program *p = x->programs[i];
        if (!p->acronym || strlen(p->acronym) != 3 || p->parent || p->components.count ||
            !known_id(p->id))
            continue;
        bool bare = true;
        for (size_t h = 0; bare && h < x->program_hit_count; h++) {
            const cpi_hit *hit = &x->program_hits[h];
            if (hit->entity == p)
                bare = hit->end - hit->start == 3 &&
                       memcmp(cpi_block_text(&x->doc->blocks[hit->block]) + hit->start,
                              p->acronym, 3) == 0;
        }
        if (!bare || !made_here_p(x, p))
            continue;
        size_t kept = 0;
        for (size_t h = 0; h < x->program_hit_count; h++)
            if (x->program_hits[h].entity != p)
                x->program_hits[kept++] = x->program_hits[h];
        x->program_hit_count = kept;
        leave_document(x, i--);
    }
    return true;
}

/* "a federal COPS grant" in a story about the COPS Hiring Program: an award
 * of a family's umbrella program ("COPS Program", known by the words
 * "COPS grant(s)" alone in this text) is an award of the one member of the
 * family the text names ("COPS Hiring Program": the umbrella's stem, then
 * more words). Its hits and mentions move there, the words it was called
 * by become aliases. Only a program this document made moves (older ones
 * are not changed); with two members named, which one is meant is not
 * known and nothing moves. */
static bool fold_umbrella_grants(cpi_extract *x) {
    static const char *const UMBRELLA[] = {"Program"};
    for (size_t i = 0; i < x->program_count; i++) {
        cp_program *u = x->programs[i];
        size_t stem = stem_before_head(u->name, CPI_WORDS(UMBRELLA));
        if (!stem || !known_id(u->id) || u->components.count || u->parent)
            continue;
        cp_program *member = NULL;
        size_t members = 0;
        for (size_t k = 0; k < x->program_count; k++) {
            const cp_program *m = x->programs[k];
            if (k != i && strncmp(m->name, u->name, stem) == 0 && m->name[stem] == ' ' &&
                strcmp(m->name + stem, u->name + stem) != 0 && known_id(m->id)) {
                member = x->programs[k];
                members++;
            }
        }
        if (members != 1)
            continue;
        /* (every hit of the umbrella: its words end in "grant" or "grants") */
        bool grants_only = true;
        size_t hits = 0;
        for (size_t h = 0; grants_only && h < x->program_hit_count; h++) {
            const cpi_hit *hit = &x->program_hits[h];
            if (hit->entity != u)
                continue;
            const char *t = cpi_block_text(&x->doc->blocks[hit->block]);
            size_t e = hit->end - (t[hit->end - 1] == 's');
            grants_only = e - hit->start > 6 && memcmp(t + e - 6, " grant", 6) == 0;
            hits++;
        }
        if (!grants_only || !hits || !made_here_p(x, u))
            continue;
        for (size_t h = 0; h < x->program_hit_count; h++) {
            cpi_hit *hit = &x->program_hits[h];
            if (hit->entity != u)
                continue;
            if (!add_alias(x, member,
                           cpi_block_text(&x->doc->blocks[hit->block]) + hit->start,
                           hit->end - hit->start))
                return false;
            hit->entity = member;
        }
        if (!cpi_mention_list_append(x->model, &member->mentions, &u->mentions))
            return false;
        leave_document(x, i--);
    }
    return true;
}

/* "the Northeast Anti-Heroin Task Force" in a text that names the "COPS
 * Anti-Heroin Task Force Program": a unit named by a part of the country
 * and the words of an umbrella program of the same document (the words
 * before its head, "Program" or "Initiative") is a part of it (its places
 * are the umbrella's too). Names made here only, each asked of its
 * neighbours in the order made (MERGE_WINDOW). */
static bool regional_units(cpi_extract *x) {
    static const char *const PARTS[] = {/* sorted */
                                        "Central",   "East",     "Eastern",   "North",
                                        "Northeast", "Northern", "Northwest", "South",
                                        "Southeast", "Southern", "Southwest", "West",
                                        "Western"};
    static const char *const UMBRELLAS[] = {" Initiative", " Program"};
    const cpi_vec *all = &x->model->program_reg.all;
    cp_program **made = (cp_program **)all->items + x->programs_before;
    size_t n = all->count - x->programs_before;
    for (size_t i = 0; i < n; i++) {
        cp_program *u = made[i];
        const char *space = strchr(u->name, ' ');
        if (u->parent || u->components.count || !space ||
            !cpi_word_in(CPI_WORDS(PARTS), u->name, (size_t)(space - u->name)) ||
            !strchr(space + 1, ' '))
            continue;
        const char *words = space + 1; /* "Anti-Heroin Task Force" */
        size_t len = strlen(words);
        size_t lo = i > MERGE_WINDOW ? i - MERGE_WINDOW : 0;
        size_t hi = n - i > MERGE_WINDOW ? i + MERGE_WINDOW + 1 : n;
        for (size_t k = lo; k < hi; k++) {
            cp_program *m = made[k];
            const char *at = k == i || m->parent ? NULL : strstr(m->name, words);
            if (!at || at == m->name || at[-1] != ' ')
                continue;
            bool umbrella = false;
            for (size_t h = 0; h < COUNT(UMBRELLAS) && !umbrella; h++)
                umbrella = strcmp(at + len, UMBRELLAS[h]) == 0;
            if (!umbrella)
                continue;
            if (!make_part(x, u, m))
                return false;
            break;
        }
    }
    return true;
}

/* A headline or a later sentence often shortens a program's name. A name
 * this document made that ends a longer program name of the same document
 * is that program: its mentions and hits move there, it becomes an alias.
 * (Programs leave the list at the end, hits are moved in one pass.) */
static bool merge_short_forms(cpi_extract *x) {
    size_t n = x->program_count;
    if (n < 2)
        return true;
    size_t *len = cpi_mem_alloc(x->mem, n * sizeof *len);
    bool *gone = cpi_mem_alloc(x->mem, n * sizeof *gone);
    bool *known = cpi_mem_alloc(x->mem, n * sizeof *known);
    bool *guns = cpi_mem_alloc(x->mem, n * sizeof *guns);
    merged *moves = NULL;
    size_t move_count = 0, move_cap = 0;
    enum { UNITS_KEPT = 8 };
    typedef struct unit_of {
        cp_program *s;
        size_t place_len;
    } unit_of;
    unit_of units[UNITS_KEPT];
    size_t unit_count = 0;
    bool ok = len && gone && known && guns;
    for (size_t i = 0; ok && i < n; i++) {
        len[i] = strlen(x->programs[i]->name);
        gone[i] = false;
        known[i] = known_id(x->programs[i]->id); /* (once, not per pair) */
        guns[i] = has_gun_word(x->programs[i]->name, len[i]);
    }
    for (size_t i = 0; ok && i < n; i++) {
        cp_program *s = x->programs[i];
        if (s->parent || s->components.count || known[i])
            continue;
        cp_program *l = NULL;
        size_t place = SIZE_MAX; /* place_prefix of s, once asked */
        size_t capitals = capitals_word(s->name, len[i]);
        size_t lo = i > MERGE_WINDOW ? i - MERGE_WINDOW : 0;
        size_t hi = n - i > MERGE_WINDOW ? i + MERGE_WINDOW + 1 : n;
        for (size_t k = lo; k < hi && !l; k++)
            if (k != i && !gone[k] &&
                (word_suffix(s->name, len[i], x->programs[k]->name, len[k]) ||
                 acronym_and_head(s->name, x->programs[k]->acronym) ||
                 acronym_for_words(s->name, len[i], capitals, x->programs[k]) ||
                 first_word_grant(s->name, len[i], x->programs[k]) ||
                 place_and_suffix(x, s->name, len[i], x->programs[k]->name, len[k]) ||
                 (guns[i] && guns[k] &&
                  gun_synonym(s->name, len[i], x->programs[k]->name, len[k])) ||
                 federal_suffix(s->name, len[i], x->programs[k]->name, len[k]) ||
                 (known[k] && unit_of_known(s->name, len[i],
                                            place != SIZE_MAX ? place
                                                              : (place = place_prefix(
                                                                     x, s->name, len[i])),
                                            x->programs[k])) ||
                 /* "Violent Crime Initiatives": the plural of a name it made */
                 (len[i] == len[k] + 1 && s->name[len[k]] == 's' &&
                  memcmp(s->name, x->programs[k]->name, len[k]) == 0)))
                l = x->programs[k];
        if (!l)
            continue;
        /* (a place's unit of a known program: its hits are remembered for
         * the links, which give the program the place) */
        if (unit_count < UNITS_KEPT && known_id(l->id)) {
            if (place == SIZE_MAX)
                place = place_prefix(x, s->name, len[i]);
            if (place && unit_of_known(s->name, len[i], place, l))
                units[unit_count++] = (unit_of){s, place};
        }
        merged m = {s, l};
        ok = add_alias(x, l, s->name, len[i]) &&
             cpi_mention_list_append(x->model, &l->mentions, &s->mentions) &&
             cpi_mem_reserve(x->mem, (void **)&moves, &move_cap, move_count + 1, sizeof m);
        if (ok) {
            moves[move_count++] = m;
            cpi_registry_remove(&x->model->program_reg, s);
            gone[i] = true;
        }
    }
    if (ok && move_count) {
        qsort(moves, move_count, sizeof *moves, cmp_merged);
        for (size_t h = 0; unit_count && h < x->program_hit_count; h++)
            for (size_t u = 0; u < unit_count; u++)
                if (x->program_hits[h].entity == units[u].s &&
                    x->unit_place_count <
                        sizeof x->unit_places / sizeof x->unit_places[0])
                    x->unit_places[x->unit_place_count++] = (struct cpi_unit_place){
                        x->program_hits[h].block, x->program_hits[h].start,
                        units[u].place_len, merged_into(moves, move_count, units[u].s)};
        for (size_t h = 0; h < x->program_hit_count; h++)
            x->program_hits[h].entity = merged_into(moves, move_count, x->program_hits[h].entity);
        size_t kept = 0;
        for (size_t i = 0; i < n; i++)
            if (!gone[i])
                x->programs[kept++] = x->programs[i];
        x->program_count = kept;
    }
    cpi_mem_free(x->mem, len);
    cpi_mem_free(x->mem, gone);
    cpi_mem_free(x->mem, known);
    cpi_mem_free(x->mem, guns);
    cpi_mem_free(x->mem, moves);
    return ok;
}

#ifndef NDEBUG
/* Do the known programs' names in lower case that start with no letter of
 * LOWER_UNFORCED_TESTED all hold a "force", and are those with a "force"
 * plain lower-case words (see read_block)? */
static bool lower_names_tested(const cpi_dict *d) {
    for (uint32_t e = d->first['a']; e < d->first['z' + 1]; e++) {
        const cpi_dict_entry *entry = &d->entries[e];
        bool force = false, plain = true;
        for (size_t i = 0; i + 5 <= entry->len && !force; i++)
            force = memcmp(entry->phrase + i, "force", 5) == 0;
        for (size_t i = 0; i < entry->len; i++)
            plain &= cpi_is_lower(entry->phrase[i]) || entry->phrase[i] == ' ';
        if (force ? !plain : !((LOWER_UNFORCED_TESTED >> (entry->phrase[0] - 'a')) & 1))
            return false;
    }
    return true;
}
#endif

/* Has the document named the program already? */
static bool named_already(const cpi_extract *x, const cp_program *p) {
    for (size_t i = 0; i < x->program_hit_count; i++)
        if (x->program_hits[i].entity == p)
            return true;
    return false;
}

/* "OPERATION CROSS COUNTRY", a section's heading in capitals: an
 * operation or a project no list knows, its name the heading's words up to
 * its end, a colon or a dash (not "OPERATION SUMMER HEAT ENDS WITH ..."),
 * read as "Operation Cross Country". False only when out of memory. */
static bool capital_operation(cpi_extract *x, const cp_block *b, const char *t, size_t n,
                              size_t i, bool title) {
    size_t lead = cpi_starts_with(t, n, i, "OPERATION ");
    const char *kind = "operation";
    if (!lead) {
        lead = cpi_starts_with(t, n, i, "PROJECT ");
        kind = "project";
    }
    if (!lead || title)
        return true;
    /* (after an article it is the noun: "HOW THE OPERATION WORKED") */
    static const char *const ARTICLES[] = {"THE ", "THIS ", "THAT ",
                                           "OUR ", "EACH ", "AN "};
    for (size_t k = 0; k < sizeof ARTICLES / sizeof ARTICLES[0]; k++)
        if (cpi_ends_with(t, i, ARTICLES[k]) &&
            (i == strlen(ARTICLES[k]) || !cpi_is_alpha(t[i - strlen(ARTICLES[k]) - 1])))
            return true;
    /* (a report's section: "PROJECT PERIOD AND BUDGET", "OPERATION UPDATE") */
    static const char *const SECTIONS[] = {
        "AREA",     "BACKGROUND", "BUDGET",  "CONTACTS", "COSTS",     "DESCRIPTION",
        "DETAILS",  "GOALS",      "MANAGER", "NAME",     "NARRATIVE", "OVERVIEW",
        "PARTNERS", "PERIOD",     "PLAN",    "RESULTS",  "SCHEDULE",  "SITES",
        "STAFF",    "STATUS",     "SUMMARY", "TEAM",     "TIMELINE",  "TITLE",
        "UPDATE",   "UPDATES"};
    size_t we = i + lead;
    while (we < n && cpi_is_upper(t[we]))
        we++;
    if (cpi_word_in(CPI_WORDS(SECTIONS), t + i + lead, we - i - lead))
        return true;
    size_t e = i + lead, words = 0;
    for (;;) {
        size_t w = e;
        while (e < n && (cpi_is_upper(t[e]) || t[e] == '-' || t[e] == '\''))
            e++;
        if (e == w || (e < n && cpi_is_alpha(t[e])))
            return true; /* (a word in lower case: no heading's name) */
        words++;
        if (words > 4)
            return true;
        if (e + 1 < n && t[e] == ' ' && cpi_is_upper(t[e + 1])) {
            e++;
            continue;
        }
        break;
    }
    if (!(e == n || t[e] == ':' || cpi_starts_with(t, n, e, " - ")))
        return true;
    char name[96];
    size_t len = e - i;
    if (len >= sizeof name)
        return true;
    for (size_t k = 0; k < len; k++) {
        char ch = t[i + k];
        bool first = k == 0 || name[k - 1] == ' ' || name[k - 1] == '-';
        name[k] = first || !cpi_is_upper(ch) ? ch : (char)(ch | 0x20);
    }
    char id[200];
    slug_of(name, len, id, sizeof id);
    cp_program *p = program(x, id, name, len, kind);
    return p && note_program(x, p, b, i, e) && add_alias(x, p, name, len);
}

/* "COPS ANTI-HEROIN TASK FORCE PROGRAM" over its awards: a heading in
 * capitals that names, as whole words, a program the text names in its
 * own case (by its name or any other of its names) names that program.
 * *found: whether one was named at i. False only when out of memory.
 * (The text's first programs and their first names only: a bound on the
 * work per word, whatever a hostile text names.) */
static bool doc_name_in_capitals(cpi_extract *x, const cp_block *b, const char *t,
                                 size_t n, size_t i, bool *found) {
    enum { PROGRAMS_MAX = 32, NAMES_MAX = 8 };
    for (size_t k = 0; k < x->program_count && k < PROGRAMS_MAX && !*found; k++) {
        cp_program *p = x->programs[k];
        for (size_t a = 0; a <= p->aliases.count && a <= NAMES_MAX; a++) {
            const char *name =
                a ? ((const char *const *)p->aliases.items)[a - 1] : p->name;
            if ((name[0] | 0x20) != (t[i] | 0x20))
                continue; /* (most names) */
            size_t len = strlen(name);
            if (len < 8 || len > n - i || !strchr(name, ' ') ||
                (i + len < n && cpi_is_alpha(t[i + len])))
                continue;
            size_t j = 0;
            while (j < len && (t[i + j] | 0x20) == (name[j] | 0x20))
                j++;
            if (j == len) {
                *found = true;
                return note_program(x, p, b, i, i + len);
            }
        }
    }
    return true;
}

/* The known programs a heading in capitals names, whatever the case of
 * their names in the table ("UNIVERSAL HIRING PROGRAM AWARDS, OHIO" over a
 * table): each name is looked for as whole words. The headline names those
 * the text names nowhere else ("OPERATION FALCON: ..." over a text that
 * says "the sweep"); one the text names too needs no more mentions (a
 * headline's own would open a section). */
static bool read_capitals(cpi_extract *x, const cp_block *b) {
    const char *t = cpi_block_text(b);
    bool title = t == x->doc->title;
    size_t n = b->text_size;
    const cpi_dict *dict = &x->k->programs;
    for (size_t i = 0; i < n; i++) {
        if (!cpi_is_upper(t[i]) || (i > 0 && cpi_is_alpha(t[i - 1])))
            continue; /* a word's start, in capitals */
        bool known = false;
        /* the names that start with its letter, in either case */
        const unsigned char cases[2] = {(unsigned char)t[i], (unsigned char)(t[i] | 0x20)};
        for (int c = 0; c < 2; c++) {
            for (size_t k = dict->first[cases[c]]; k < dict->first[cases[c] + 1]; k++) {
                const cpi_dict_entry *e = &dict->entries[k];
                if (e->len < 6 || e->len > n - i ||
                    (t[i + 1] | 0x20) != (e->phrase[1] | 0x20) || /* (most: no call) */
                    !memchr(e->phrase, ' ', e->len) ||
                    (i + e->len < n && cpi_is_alpha(t[i + e->len])))
                    continue; /* (an acronym is in capitals already) */
                size_t j = 1;
                while (j < e->len && (t[i + j] | 0x20) == (e->phrase[j] | 0x20))
                    j++;
                if (j < e->len)
                    continue;
                cp_program *p = known_program(x, e->value);
                if (!p)
                    return false;
                if ((!title || !named_already(x, p)) && !note_program(x, p, b, i, i + e->len))
                    return false;
                known = true;
            }
        }
        if (!known && !title && !doc_name_in_capitals(x, b, t, n, i, &known))
            return false;
        if (!known && !capital_operation(x, b, t, n, i, title))
            return false;
    }
    return true;
}

/* The longest list item in capitals read as a heading. */
enum { CAPITAL_ITEM_MAX = 80 };

bool cpi_extract_programs(cpi_extract *x) {
    ctx c; /* (its tables are filled as they are read: only the counts start at 0) */
    c.x = x;
    assert(lower_names_tested(&x->k->programs));
    c.acr_count = 0;
    c.initials_count = 0;
    c.acr_first = 0;
    c.short_count = 0;
    c.name_count = 0;
    for (size_t b = 0; b < x->doc->block_count; b++) {
        const cp_block *blk = &x->doc->blocks[b];
        if (!cpi_block_readable(blk, true))
            continue;
        bool quoted;
        if (!read_block(&c, blk, &quoted) || (quoted && !read_quoted(x, blk)))
            return false;
    }
    for (size_t b = 0; b < x->doc->block_count; b++) {
        const cp_block *blk = &x->doc->blocks[b];
        /* a heading in capitals ("OPERATION FALCON: MARSHALS TELL HOUSE
         * PANEL ...", or a numbered one, "1. COPS HIRING PROGRAM: TEXAS
         * AWARDS"): its words match no known name as written */
        if ((blk->kind == CP_BLOCK_HEADING ||
             (blk->kind == CP_BLOCK_LIST_ITEM && blk->text_size <= CAPITAL_ITEM_MAX)) &&
            cpi_capitals_only(cpi_block_text(blk), blk->text_size) >= 8 &&
            !read_capitals(x, blk))
            return false;
    }
    return drop_bare_acronyms(x) && fold_umbrella_grants(x) && merge_short_forms(x) &&
           stem_components(x) && regional_units(x);
}
