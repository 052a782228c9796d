/* Extraction of figures (MODEL.md sections 3 and 5): quantities in digits
 * ("6,000", "3.4 billion", "$2.3M", "40 percent") or words ("twelve", "a
 * dozen", "three-year"), with their qualifier ("about", "more than"), kind
 * (count, money, percent, rate, change, duration), the period of a rate
 * ("every day") and the start of a change ("from about 6,000 ... to 8,000").
 * Not figures: years, days of the month, times, ordinals, phone numbers,
 * identifiers ("P.L. 117-159", "Executive Order 14074", "FY24") and numbers
 * inside names ("Interstate 95", "Reduction7", "MS-13"). */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "decimal.h"
#include "doc_meta.h"
#include "extract.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

/* For the few hot helpers gcc leaves out of line by itself, though one
 * call each costs more than their work (digits_at, number_word_row,
 * period_at: measured). */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

typedef struct number {
    size_t start, end; /* clean span of the number itself (with $, scale, %) */
    double value;
    bool money, percent, word, year_like;
} number;

static const struct {
    char word[10]; /* (padded with NULs: number_word_row reads 8 bytes) */
    int value;
} WORD_NUMBERS[] = {
    {"two", 2},       {"three", 3},     {"four", 4},       {"five", 5},       {"six", 6},
    {"seven", 7},     {"eight", 8},     {"nine", 9},       {"ten", 10},       {"eleven", 11},
    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},  {"fifteen", 15},   {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},    {"thirty", 30},
    {"forty", 40},    {"fifty", 50},    {"sixty", 60},     {"seventy", 70},   {"eighty", 80},
    {"ninety", 90},   {"hundred", 100}, {"dozen", 12},
};

/* The row of WORD_NUMBERS a word may spell, by a hash of its first,
 * second and last letters and its length (a letter's low five bits: either
 * case hashes alike), which no two rows share: one row to compare the word
 * with, or none (-1). */
#define NUMBER_WORD_HASH(w, len)                                                         \
    ((((unsigned)(w)[0] & 31) * 4 + ((unsigned)(w)[1] & 31) * 2 +                        \
      ((unsigned)(w)[(len) - 1] & 31) * 15 + (unsigned)(len)) & 63)
static const signed char NUMBER_WORD_SLOT[64] = {
    16, -1, -1, 13,  9, 27, -1, 25,  2,  4, -1, -1, -1, 26, -1, 10,
    12, -1, -1, -1, 23, -1, -1,  6, -1,  7, 22, -1, -1, 19, -1, -1,
    -1, -1,  0, 24, 17, -1, 21, -1, -1, -1, -1, -1, -1,  5, -1,  8,
     1, 15, 20, -1, -1, -1, -1, 14, -1,  3, 11, 18, -1, -1, -1, -1,
};

/* Sets of letters, as bits: BIT('a') is 1. */
#define BIT(c) (1u << ((c) - 'a'))

/* For each length, the first letters of the number words that long: most
 * words of a text are no number, and this tells without a search. */
static const uint32_t NUMBER_WORD_FIRSTS[10] = {
    [3] = BIT('s') | BIT('t'),
    [4] = BIT('f') | BIT('n'),
    [5] = BIT('d') | BIT('e') | BIT('f') | BIT('s') | BIT('t'),
    [6] = BIT('e') | BIT('n') | BIT('t'),
    [7] = BIT('f') | BIT('h') | BIT('s'),
    [8] = BIT('e') | BIT('f') | BIT('n') | BIT('t'),
    [9] = BIT('s'),
};

/* The same for what number_at can read at a letter: the number words, and
 * the first words of shares and of "one" ("a third of", "one-half of",
 * "half of", "one"). The scanner tests each word against it, by its length
 * (10: ten letters or more) and first letter, before any other work. */
static const uint32_t NUMBER_STARTS[11] = {
    [1] = BIT('a'),
    [3] = BIT('o') | BIT('s') | BIT('t'),
    [4] = BIT('f') | BIT('h') | BIT('n'),
    [5] = BIT('d') | BIT('e') | BIT('f') | BIT('s') | BIT('t'),
    [6] = BIT('e') | BIT('n') | BIT('t'),
    [7] = BIT('f') | BIT('h') | BIT('s'),
    [8] = BIT('e') | BIT('f') | BIT('n') | BIT('t'),
    [9] = BIT('s'),
};

/* And by first and second letter, the third letters of those of three
 * letters or more (0: no number starts so): the scanner's first test, as
 * it needs no measure of the word ("from" would pass the test above for
 * "four", "fell" for "five", "the" for "ten"). Letters of either case are
 * indexed by their low five bits (a is 1), a bit each. The table is flat,
 * indexed by PAIR: on a little-endian machine the first two bytes of a
 * word, read as one 16-bit number and masked, are its index (one load for
 * the scanner's test of each word). */
#define L(c) ((c) & 31)
#define BIT5(c) (1u << ((c) & 31))
#define PAIR(a, b) (((unsigned)(a) & 31) | ((unsigned)(b) & 31) << 8)
static const uint32_t NUMBER_THIRDS[PAIR(31, 31) + 1] = {
    [PAIR('d', 'o')] = BIT5('z'),             /* dozen */
    [PAIR('e', 'i')] = BIT5('g'),             /* eight... */
    [PAIR('e', 'l')] = BIT5('e'),             /* eleven */
    [PAIR('f', 'i')] = BIT5('f') | BIT5('v'), /* fifteen, five */
    [PAIR('f', 'o')] = BIT5('r') | BIT5('u'), /* forty, four */
    [PAIR('h', 'a')] = BIT5('l'),             /* half */
    [PAIR('h', 'u')] = BIT5('n'),             /* hundred */
    [PAIR('n', 'i')] = BIT5('n'),             /* nine... */
    [PAIR('o', 'n')] = BIT5('e'),             /* one */
    /* "a third", "a quarter", "a fifth", "a million", "a billion": "a" and
     * a space (0 in five bits), for next_candidate's filter
     * (may_be_number_word reads no space) */
    [PAIR('a', 0)] = BIT5('b') | BIT5('f') | BIT5('m') | BIT5('q') | BIT5('t'),
    [PAIR('s', 'e')] = BIT5('v'),             /* seven... */
    [PAIR('s', 'i')] = BIT5('x'),             /* six... */
    [PAIR('t', 'e')] = BIT5('n'),             /* ten */
    [PAIR('t', 'h')] = BIT5('i') | BIT5('r'), /* thirty, three */
    [PAIR('t', 'w')] = BIT5('e') | BIT5('o'), /* twelve, two */
};
#undef L

#ifndef NDEBUG
/* The hand-made tables above agree with WORD_NUMBERS (debug builds). */
static void check_number_tables(void) {
    size_t count = sizeof WORD_NUMBERS / sizeof WORD_NUMBERS[0], slots = 0;
    uint32_t firsts[10] = {0};
    for (size_t i = 0; i < count; i++) {
        const char *w = WORD_NUMBERS[i].word;
        size_t len = strlen(w);
        assert(len >= 3 && len < 10 &&
               NUMBER_WORD_SLOT[NUMBER_WORD_HASH(w, len)] == (int)i);
        firsts[len] |= 1u << (w[0] - 'a');
    }
    for (size_t h = 0; h < 64; h++)
        slots += NUMBER_WORD_SLOT[h] >= 0;
    assert(slots == count);
    assert(memcmp(firsts, NUMBER_WORD_FIRSTS, sizeof firsts) == 0);
    for (size_t len = 0; len < 10; len++) {
        uint32_t want = firsts[len];
        if (len == 1)
            want |= BIT('a'); /* "a third of" */
        if (len == 3)
            want |= BIT('o'); /* "one", "one-half of" */
        if (len == 4)
            want |= BIT('h'); /* "half of" */
        assert(NUMBER_STARTS[len] == want);
    }
    assert(NUMBER_STARTS[10] == 0);
    uint32_t thirds[32][32] = {{0}};
    for (size_t i = 0; i < count; i++) {
        const char *w = WORD_NUMBERS[i].word;
        thirds[w[0] & 31][w[1] & 31] |= BIT5(w[2]);
    }
    thirds['o' & 31]['n' & 31] |= BIT5('e'); /* "one" */
    thirds['h' & 31]['a' & 31] |= BIT5('l'); /* "half" */
    thirds['a' & 31][' ' & 31] |= BIT5('b') | BIT5('f') | BIT5('m') | BIT5('q') |
                                  BIT5('t'); /* "a third", "a million" */
    for (unsigned pair = 0; pair < sizeof NUMBER_THIRDS / sizeof NUMBER_THIRDS[0];
         pair++) {
        unsigned a = pair & 0xFF, b = pair >> 8;
        assert(a < 32 && b < 32 ? NUMBER_THIRDS[pair] == thirds[a][b]
                                : !NUMBER_THIRDS[pair]);
    }
}
#endif

/* The row of WORD_NUMBERS that the word w[0..len) spells in any case (its
 * len letters, a whole word), or -1. */
static ALWAYS_INLINE int number_word_row(const char *w, size_t len) {
    if (len < 3 || len >= 10 || !((NUMBER_WORD_FIRSTS[len] >> ((w[0] | 0x20) - 'a')) & 1))
        return -1;
    int row = NUMBER_WORD_SLOT[NUMBER_WORD_HASH(w, len)];
    if (row < 0)
        return -1;
    /* the row's word, compared in lower case (ASCII letters: | 0x20 lowers
     * them): its first eight letters as one 8-byte number, the word's
     * bytes past len masked off, then the ninth */
    const char *word = WORD_NUMBERS[row].word;
    if (word[len - 1] == '\0' || word[len] != '\0')
        return -1; /* (not len letters long; len < 10) */
    size_t head = len < 8 ? len : 8;
    uint64_t text = 0, want = 0;
    cpi_copy_short((char *)&text, w, head);
    cpi_copy_short((char *)&want, word, head);
    if ((text | 0x2020202020202020u) << (64 - 8 * head) != want << (64 - 8 * head))
        return -1;
    return len < 9 || word[8] == (w[8] | 0x20) ? row : -1;
}

static inline char lower(char c) { return cpi_is_upper(c) ? (char)(c - 'A' + 'a') : c; }

/* Is the word w, a literal of one to eight lower-case letters, at t[pos] in
 * either case, a whole word? c | 0x20 equals a lower-case letter only when c
 * is that letter in either case: the text's bytes are compared with the
 * word's at once, as one 8-byte number (the literal's length is known). */
#define WORD_CI(t, n, pos, w) word_ci(t, n, pos, w, sizeof(w) - 1)
static inline bool word_ci(const char *t, size_t n, size_t pos, const char *w, size_t len) {
    assert(len >= 1 && len <= 8);
    if (pos >= n || n - pos < len)
        return false;
    uint64_t text = 0, word = 0;
    memcpy(&text, t + pos, len);
    memcpy(&word, w, len);
    if ((text | (0x2020202020202020u >> (64 - 8 * len))) != word)
        return false;
    return pos + len == n || !cpi_is_alpha(t[pos + len]);
}

/* Is the literal z at t[pos..n)? (Macros: z's length is known.) */
#define LITERAL_AT(t, n, pos, z) \
    ((pos) + sizeof(z) - 1 <= (n) && memcmp((t) + (pos), z, sizeof(z) - 1) == 0)
/* ... and no letter after it */
#define WORD_AT(t, n, pos, z)                                  \
    (LITERAL_AT(t, n, pos, z) && ((pos) + sizeof(z) - 1 == (n) || \
                                  !cpi_is_alpha((t)[(pos) + sizeof(z) - 1])))
/* Does t[0..pos) end with the literal z? */
#define ENDS_WITH(t, pos, z) \
    ((pos) >= sizeof(z) - 1 && memcmp((t) + (pos) - (sizeof(z) - 1), z, sizeof(z) - 1) == 0)

/* The number of letters from t[i] on. */
static inline size_t letters_at(const char *t, size_t n, size_t i) {
    size_t e = i;
    while (e < n && cpi_is_alpha(t[e]))
        e++;
    return e - i;
}

/* By first letter, the second bytes of identifier_words_before's words in
 * lower case (as bits: BIT5): most words before a number ("the", "about",
 * "a", "to") start none of them. */
static const uint32_t IDENTIFIER_LOWER_SECONDS[26] = {
    ['a' - 'a'] = BIT5('r'),                         /* article */
    ['c' - 'a'] = BIT5('h'),                         /* chapter */
    ['e' - 'a'] = BIT5('x'),                         /* exhibit */
    ['n' - 'a'] = BIT5('o'),                         /* no. */
    ['p' - 'a'] = BIT5('.') | BIT5('a') | BIT5('p'), /* p., page, pp. */
    ['r' - 'a'] = BIT5('o'),                         /* room, route */
    ['s' - 'a'] = BIT5('e') | BIT5('u'),             /* section, suite */
    ['t' - 'a'] = BIT5('i'),                         /* title */
    ['v' - 'a'] = BIT5('o'),                         /* vol., volume */
};

/* Words before a number that make it part of a name, a date or an
 * identifier ("Title 18", "May 5", "No. 3", "\xC2\xA7 922"). */
static bool identifier_words_before(const char *t, size_t n, size_t prev) {
    /* clang-format off */
    static const char *const WORDS[] = {
        /* sorted */
        "Amendment", "Appendix", "Apr",       "April",            "Area",
        "Areas",     "Article",  "Aug",       "August",           "Beat",
        "Beats",     "Box",      "CATEGORY",  "CFDA",             "CFR",
        "Case",      "Category", "Channel",   "Chapter",          "Code",
        "Dec",       "December", "District",  "Districts",        "Docket",
        "Episode",   "Exhibit",  "Feb",       "February",         "Figure",
        "Form",      "Grade",    "Highway",   "Interstate",       "Issue",
        "Item",      "Items",    "Jan",       "January",          "July",
        "June",      "Law",      "Level",     "March",            "May",
        "NCJ",       "Nov",      "November",  "Number",           "Oct",
        "October",   "Order",    "Page",      "Part",             "Phase",
        "Post",      "Posts",    "Precinct",  "Precincts",        "Region",
        "Room",      "Route",    "Section",   "Sections",         "Sector",
        "Segment",   "Sept",     "September", "Suite",            "Table",
        "Team",      "Tier",     "Title",     "Troop",            "Troops",
        "USC",       "Unit",     "Volume",    "Ward",             "Wards",
        "Zone",      "Zones",    "article",   "chapter",          "exhibit",
        "page",      "pages",    "room",      "route",            "section",
        "suite",     "title",    "volume",   "\xC2\xA7",  "\xC2\xA7\xC2\xA7",
    };
    /* clang-format on */
    /* written with their periods */
    static const char *const DOTTED[] = {
        "No.",  "NO.",    "Nos.",   "P.L.",  "p.",   "pp.",  "no.",    "Vol.",
        "vol.", "U.S.C.", "C.F.R.", "Ep.",   "H.R.", "S.",   "H.Res.", "S.Res.",
        "H.B.", "S.B.",   "Sec.",   "Jan.",  "Feb.", "Mar.", "Apr.",   "Jun.",
        "Jul.", "Aug.",   "Sep.",   "Sept.", "Oct.", "Nov.", "Dec.",
    };
    while (prev + 1 < n && (t[prev] == '[' || t[prev] == '(' || t[prev] == '"'))
        prev++; /* "[Page 12]", "[[Page 12]]", a quoted name: "\"Route 94\"" */
                /* identifier_before has asked IDENTIFIER_LOWER_SECONDS, which holds the
                 * first two bytes of WORDS and DOTTED in lower case (CAPS are capitals) */
#ifndef NDEBUG
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        assert(!cpi_is_lower(WORDS[i][0]) ||
               ((IDENTIFIER_LOWER_SECONDS[WORDS[i][0] - 'a'] >> (WORDS[i][1] & 31)) & 1));
    for (size_t i = 0; i < sizeof DOTTED / sizeof DOTTED[0]; i++)
        assert(!cpi_is_lower(DOTTED[i][0]) ||
               ((IDENTIFIER_LOWER_SECONDS[DOTTED[i][0] - 'a'] >> (DOTTED[i][1] & 31)) & 1));
#endif
    /* by first letter, the lengths of WORDS (bit k: k letters), in lower
     * case and in capitals: most words before a number ("the", "than",
     * "about", "said", "The", "Police") need no search */
#define LEN(k) (1u << (k))
    static const uint16_t LOWER_LENGTHS[26] = {
        ['a' - 'a'] = LEN(7),          ['c' - 'a'] = LEN(7),
        ['e' - 'a'] = LEN(7),          ['p' - 'a'] = LEN(4) | LEN(5),
        ['r' - 'a'] = LEN(4) | LEN(5), ['s' - 'a'] = LEN(5) | LEN(7),
        ['t' - 'a'] = LEN(5),          ['v' - 'a'] = LEN(6),
    };
    static const uint16_t UPPER_LENGTHS[26] = {
        ['A' - 'A'] = LEN(3) | LEN(4) | LEN(5) | LEN(6) | LEN(7) | LEN(8) | LEN(9),
        ['B' - 'A'] = LEN(3) | LEN(4) | LEN(5),
        ['C' - 'A'] = LEN(3) | LEN(4) | LEN(7) | LEN(8),
        ['D' - 'A'] = LEN(3) | LEN(6) | LEN(8) | LEN(9),
        ['E' - 'A'] = LEN(7),
        ['F' - 'A'] = LEN(3) | LEN(4) | LEN(6) | LEN(8),
        ['G' - 'A'] = LEN(5),
        ['H' - 'A'] = LEN(7),
        ['I' - 'A'] = LEN(4) | LEN(5) | LEN(10),
        ['J' - 'A'] = LEN(3) | LEN(4) | LEN(7),
        ['L' - 'A'] = LEN(3) | LEN(5),
        ['M' - 'A'] = LEN(3) | LEN(5),
        ['N' - 'A'] = LEN(3) | LEN(6) | LEN(8),
        ['O' - 'A'] = LEN(3) | LEN(5) | LEN(7),
        ['P' - 'A'] = LEN(4) | LEN(5) | LEN(8) | LEN(9),
        ['R' - 'A'] = LEN(4) | LEN(5) | LEN(6),
        ['S' - 'A'] = LEN(4) | LEN(5) | LEN(6) | LEN(7) | LEN(8) | LEN(9),
        ['T' - 'A'] = LEN(4) | LEN(5) | LEN(6),
        ['U' - 'A'] = LEN(3) | LEN(4),
        ['V' - 'A'] = LEN(6),
        ['W' - 'A'] = LEN(4) | LEN(5),
        ['Z' - 'A'] = LEN(4) | LEN(5),
    };
#undef LEN
#ifndef NDEBUG
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        assert((!cpi_is_lower(WORDS[i][0]) ||
                ((LOWER_LENGTHS[WORDS[i][0] - 'a'] >> strlen(WORDS[i])) & 1)) &&
               (!cpi_is_upper(WORDS[i][0]) ||
                ((UPPER_LENGTHS[WORDS[i][0] - 'A'] >> strlen(WORDS[i])) & 1)));
#endif
    size_t len = cpi_inner_len(t, n, prev);
    const uint16_t *lengths = cpi_is_lower(t[prev])   ? LOWER_LENGTHS + (t[prev] - 'a')
                              : cpi_is_upper(t[prev]) ? UPPER_LENGTHS + (t[prev] - 'A')
                                                      : NULL; /* ("\xC2\xA7") */
    if ((!lengths || (len < 16 && ((*lengths >> len) & 1))) &&
        cpi_word_in(CPI_WORDS(WORDS), t + prev, len))
        return true;
    /* each of DOTTED has a period right after its first letters */
    if (prev + len < n && t[prev + len] == '.')
        for (size_t i = 0; i < sizeof DOTTED / sizeof DOTTED[0]; i++)
            if (cpi_word_is(t, n, prev, DOTTED[i]))
                return true;
    /* "ITEM 4:", "[SEGMENT 1]": one of WORDS in capitals (a heading's) */
    if (len >= 3 && len <= 10 && prev + 1 < n && cpi_is_upper(t[prev]) &&
        cpi_is_upper(t[prev + 1])) {
        char title[10];
        bool caps = true;
        title[0] = t[prev];
        for (size_t i = 1; i < len && caps; i++) {
            caps = cpi_is_upper(t[prev + i]);
            title[i] = (char)(t[prev + i] | 0x20);
        }
        if (caps && cpi_word_in(CPI_WORDS(WORDS), title, len))
            return true;
    }
    /* "AUG 30", "SEPT. 4", "FEBRUARY 27, 2025": a month in capitals */
    static const char *const CAPS[] = {
        "JAN",     "FEB",      "MAR",      "APR",     "MAY",       "JUN",
        "JUL",     "AUG",      "SEP",      "SEPT",    "OCT",       "NOV",
        "DEC",     "JUNE",     "JULY",     "JANUARY", "FEBRUARY",  "MARCH",
        "APRIL",   "AUGUST",   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
    if (prev + 1 >= n || !cpi_is_upper(t[prev]) || !cpi_is_upper(t[prev + 1]))
        return false;
    for (size_t i = 0; i < sizeof CAPS / sizeof CAPS[0]; i++) {
        size_t k = cpi_starts_with(t, n, prev, CAPS[i]);
        if (k && (prev + k == n || t[prev + k] == ' ' || t[prev + k] == '.'))
            return true;
    }
    return false;
}

/* Does the word at prev make the number after it part of an identifier?
 * Most are in lower case and start no identifier's word: told here, by
 * their first two bytes, without a call (t[prev + 1] is there: a number
 * follows the word). */
static inline bool identifier_before(const char *t, size_t n, size_t prev) {
    if (cpi_is_lower(t[prev]) &&
        !((IDENTIFIER_LOWER_SECONDS[t[prev] - 'a'] >> (t[prev + 1] & 31)) & 1))
        return false;
    return identifier_words_before(t, n, prev);
}

/* Is the word at prev a month's name, whole or cut short ("Oct",
 * "Oct.")? After one, a number past 31 is no day ("In Oct 40 people
 * died"). */
static bool month_word(const char *t, size_t n, size_t prev) {
    return cpi_month_word(t + prev, cpi_inner_len(t, n, prev));
}

/* "18 U.S.C. 922", "28 C.F.R. 0.5": the title of a code of laws. */
static bool code_title_after(const char *t, size_t n, size_t end) {
    static const char *const CODES[] = {" U.S.C.", " C.F.R.", " USC", " CFR"};
    if (end + 1 >= n || t[end] != ' ' || (t[end + 1] != 'U' && t[end + 1] != 'C'))
        return false; /* (asked after every number: most end here) */
    return cpi_phrase_at(t, n, end, CPI_PHRASES(CODES)) > 0;
}

/* A federal court's docket number ("United States v. Ann Lee, 22 CR 301"):
 * the year before the case's letters, or the number after them; or a
 * reporter's citation ("517 U.S. 456", "412 F.3d 877, 881"; a number
 * after "U.S.", a page or a highway, is asked apart), or a law's in the
 * Statutes at Large ("136 Stat. 1313"). */
static bool docket_number(const char *t, size_t n, size_t prev, const number *num) {
    static const char *const LETTERS[] = {"CR", "cr", "CV", "cv", "MJ", "mj"};
    static const struct {
        const char *s;
        size_t len;
    } REPORTERS[] = {{" U.S. ", 6},      {" F.2d ", 6},   {" F.3d ", 6}, {" F.4th ", 7},
                     {" F. Supp. ", 10}, {" S. Ct. ", 8}, {" Stat. ", 7}};
    if (num->word || num->money || num->percent)
        return false;
    /* the volume: a reporter's name after it ("517 U.S. 456") */
    char after = num->end + 1 < n && t[num->end] == ' ' ? t[num->end + 1] : '\0';
    if (after == 'U' || after == 'F' || after == 'S')
        for (size_t k = 0; k < sizeof REPORTERS / sizeof REPORTERS[0]; k++)
            if (cpi_starts_with(t, n, num->end, REPORTERS[k].s) &&
                num->end + REPORTERS[k].len < n &&
                cpi_is_digit(t[num->end + REPORTERS[k].len]))
                return true;
    /* the page, or a pin cite after it ("F.3d 877, 881"): where the
     * citation's page starts, after the reporter's name */
    size_t page = num->start;
    if (page >= 3 && t[page - 1] == ' ' && t[page - 2] == ',' &&
        cpi_is_digit(t[page - 3])) {
        page -= 2;
        while (page > 0 && cpi_is_digit(t[page - 1]))
            page--;
    }
    if (page >= 2 && t[page - 1] == ' ' &&
        (t[page - 2] == '.' || t[page - 2] == 'd' || t[page - 2] == 'h'))
        for (size_t k = 0; k < sizeof REPORTERS / sizeof REPORTERS[0]; k++)
            if (page > REPORTERS[k].len && cpi_ends_with(t, page, REPORTERS[k].s) &&
                cpi_is_digit(t[page - REPORTERS[k].len - 1]))
                return true;
    /* a docket: "22 CR 301" */
    if (after && num->end + 5 <= n && t[num->end + 3] == ' ' &&
        cpi_is_digit(t[num->end + 4]))
        for (size_t k = 0; k < sizeof LETTERS / sizeof LETTERS[0]; k++)
            if (t[num->end + 1] == LETTERS[k][0] && t[num->end + 2] == LETTERS[k][1])
                return true;
    if (prev != SIZE_MAX && prev >= 2 && cpi_is_digit(t[prev - 2]) &&
        prev + 3 == num->start)
        for (size_t k = 0; k < sizeof LETTERS / sizeof LETTERS[0]; k++)
            if (t[prev] == LETTERS[k][0] && t[prev + 1] == LETTERS[k][1])
                return true;
    return false;
}

/* "1602 Martin Luther King Jr. Way", "2141 Rayburn House Office Building": a
 * street or room number (street_after asks first for the space and a
 * capital, digit or 'b' after it). */
static bool street_name_after(const char *t, size_t n, const number *num) {
    static const char *const STREETS[] = {
        /* sorted */
        "Ave",    "Ave.",    "Avenue", "Blvd",  "Blvd.",   "Boulevard", "Building",
        "Circle", "Court",   "Dr.",    "Drive", "Highway", "Lane",      "Parkway",
        "Pike",   "Place",   "Plaza",  "Rd.",   "Road",    "Square",    "St.",
        "Street", "Terrace", "Trail",  "Way",
    };
    if (num->word || num->money || num->percent || num->end + 1 >= n || t[num->end] != ' ')
        return false;
    if (cpi_starts_with(t, n, num->end, " block of "))
        return true; /* "the 1800 block of West North Avenue" */
    /* a grid's street: "an office on 3500 South" */
    static const char *const COMPASS[] = {" North", " South", " East", " West"};
    if (num->start >= 3 && (cpi_ends_with(t, num->start, "on ") ||
                            cpi_ends_with(t, num->start, "at "))) {
        for (size_t k = 0; k < sizeof COMPASS / sizeof COMPASS[0]; k++) {
            size_t len = cpi_starts_with(t, n, num->end, COMPASS[k]);
            if (len && (num->end + len == n || !cpi_is_alpha(t[num->end + len])))
                return true;
        }
    }
    size_t i = num->end + 1;
    /* capitalised words, or ordinals ("701 N. 7th Street") */
    for (int words = 0; words < 5 && i < n && (cpi_is_upper(t[i]) || cpi_is_digit(t[i]));
         words++) {
        size_t e = i;
        while (e < n && t[e] != ' ' && t[e] != ',' && t[e] != ';' && t[e] != ')')
            e++;
        if (cpi_word_in(CPI_WORDS(STREETS), t + i, e - i) ||
            (e - i > 1 && t[e - 1] == '.' && cpi_word_in(CPI_WORDS(STREETS), t + i, e - i - 1)))
            return words > 0; /* at least one word of the street's name */
        if (e >= n || t[e] != ' ')
            return false;
        i = e + 1;
    }
    return false;
}

/* Does a street's name (or " block of ") follow the number in digits?
 * Most numbers have a word in lower case after them: told here, without a
 * call. */
static inline bool street_after(const char *t, size_t n, const number *num) {
    if (num->word || num->money || num->percent || num->end + 1 >= n || t[num->end] != ' ')
        return false;
    char next = t[num->end + 1];
    return (cpi_is_upper(next) || cpi_is_digit(next) || next == 'b') &&
           street_name_after(t, n, num);
}

/* "the Four Corners region", "the One Pill Can Kill campaign": a number word
 * capitalised inside a sentence, before another capitalised word, is part of
 * a name. (Headings capitalise every word: they are not asked.) */
/* Do capitalised words from `at` on close a quotation ("... Pill Can
 * Kill\"")? Looked for within a few words. */
static bool quoted_title_after(const char *t, size_t n, size_t at) {
    enum { LOOK = 48 };
    size_t stop = n - at > LOOK ? at + LOOK : n;
    for (size_t i = at; i < stop; i++) {
        if (t[i] == '"')
            return i > at;
        if (t[i] == ' ' && i + 1 < n && !cpi_is_upper(t[i + 1]) && !cpi_is_digit(t[i + 1]))
            return false; /* a word in lower case: a quoted sentence */
        if (t[i] == '.' || t[i] == ',' || t[i] == ';')
            return false;
    }
    return false;
}

/* Does the number word end a quoted name of capitalised words, from the
 * quote to it ("the \xE2\x80\x9cDub Five\xE2\x80\x9d street gang",
 * "\"Jackson Five\"")? */
static bool quoted_name_end(const char *t, size_t n, const number *num) {
    size_t e = num->end;
    bool closes = (e < n && t[e] == '"') ||
                  (e + 2 < n && (unsigned char)t[e] == 0xE2 &&
                   (unsigned char)t[e + 1] == 0x80 && (unsigned char)t[e + 2] == 0x9D);
    if (!closes || num->start < 3 || t[num->start - 1] != ' ')
        return false;
    /* back over capitalised words to the opening quote */
    size_t p = num->start - 1;
    for (int words = 0; words < 4; words++) {
        size_t w = p;
        while (w > 0 && cpi_is_alpha(t[w - 1]))
            w--;
        if (w == p || !cpi_is_upper(t[w]))
            return false;
        if (w > 0 && t[w - 1] == '"')
            return true;
        if (w >= 3 && (unsigned char)t[w - 3] == 0xE2 &&
            (unsigned char)t[w - 2] == 0x80 && (unsigned char)t[w - 1] == 0x9C)
            return true;
        if (w < 2 || t[w - 1] != ' ')
            return false;
        p = w - 1;
    }
    return false;
}

static bool word_in_name(const char *t, size_t n, const number *num) {
    if (num->word && cpi_is_upper(t[num->start]) && quoted_name_end(t, n, num))
        return true; /* the \xE2\x80\x9cDub Five\xE2\x80\x9d street gang */
    if (!num->word || !cpi_is_upper(t[num->start]) || num->end + 1 >= n ||
        t[num->end] != ' ' || !cpi_is_upper(t[num->end + 1]))
        return false;
    /* a headline's capitals over a counted noun ("Surge Teams to Three
     * Cities", "Charges Twelve Defendants"): a count */
    static const char *const COUNTED[] = {
        /* sorted */
        "Agents",    "Arrests",    "Cities",    "Communities", "Counties",
        "Deaths",    "Defendants", "Districts", "Firearms",    "Guns",
        "Homicides", "Months",     "Officers",  "People",      "Shootings",
        "Sites",     "States",     "Teams",     "Years",
    };
    if (cpi_word_in(CPI_WORDS(COUNTED), t + num->end + 1,
                    cpi_inner_len(t, n, num->end + 1)))
        return false;
    size_t p = num->start;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    /* at the start of the text, of a sentence or after a dateline's dash
     * ("ALLENTOWN, Pa. \u2014 Three Lehigh Valley cities"), any word is
     * capitalised */
    if (p >= 3 && (unsigned char)t[p - 3] == 0xE2 && (unsigned char)t[p - 2] == 0x80 &&
        ((unsigned char)t[p - 1] == 0x93 || (unsigned char)t[p - 1] == 0x94))
        return false;
    /* a quoted title in capitals ("\"One Pill Can Kill\" campaign"): a name */
    if (p > 0 && t[p - 1] == '"' && quoted_title_after(t, n, num->end))
        return true;
    return p > 0 && !strchr(".!?:\"'-", t[p - 1]);
}

/* "the 222 Corridor", "its 360 Strategy", "the 300 Men March": a number in
 * digits after an article or possessive, before capitalised words that end
 * the phrase, is part of a name. An acronym ("the 12 PSP sites") or a noun
 * after the capitalised words ("the 94 Federal districts") makes it a
 * count. */
static bool digits_in_name(const char *t, size_t n, size_t prev, const number *num,
                           bool heading) {
    static const char *const BEFORE[] = {"Its", "The", "Their",
                                         "its", "the", "their"}; /* sorted */
    static const char *const FUNCTION_WORDS[] = { /* sorted */
        "a", "an", "and", "as", "at", "by", "for", "from", "had", "has", "in", "is",
        "of", "on", "or", "that", "the", "to", "was", "which", "will", "with",
    };
    if (num->word || num->money || num->percent || num->end + 2 >= n || t[num->end] != ' ' ||
        !cpi_is_upper(t[num->end + 1]) || cpi_is_upper(t[num->end + 2]) ||
        t[num->end + 2] == '.')
        return false;
    /* after an article, or opening a paragraph ("222 Corridor. Five police
     * departments"; a heading capitalises every word) */
    if (prev != SIZE_MAX && num->start > 0 && num->start - 1 == prev &&
        (t[prev] == '\'' || t[prev] == '"'))
        prev = cpi_prev_word(t, prev); /* "the '222 Corridor'" */
    if (prev == SIZE_MAX ? heading || num->start > 0
                         : !cpi_word_in(CPI_WORDS(BEFORE), t + prev, cpi_inner_len(t, n, prev)))
        return false;
    size_t i = num->end + 1;
    while (i < n && cpi_is_upper(t[i])) {
        i += cpi_inner_len(t, n, i);
        if (i + 1 >= n || t[i] != ' ')
            return true; /* the name ends the clause */
        i++;
    }
    /* "the 61 Internet Crimes Against Children (ICAC) task forces": the
     * acronym in parentheses, then what the words are */
    if (i < n && t[i] == '(') {
        const char *close = memchr(t + i, ')', n - i < 12 ? n - i : 12);
        size_t c = close ? (size_t)(close - t) : n;
        if (c + 2 < n && t[c + 1] == ' ')
            i = c + 2;
    }
    size_t len = cpi_inner_len(t, n, i);
    return len == 0 || cpi_word_in(CPI_WORDS(FUNCTION_WORDS), t + i, len);
}

/* Is [start, end) of block b inside a program's name ("Operation Bayou
 * City 250", "Task Force 2000")? The links sorted the program hits in
 * text order before figures are read. */
static bool in_program_name(const cpi_extract *x, size_t b, size_t start, size_t end) {
    const cpi_hit *h = x->program_hits;
    size_t lo = 0, hi = x->program_hit_count;
    while (lo < hi) { /* the first hit past (b, start) */
        size_t mid = lo + (hi - lo) / 2;
        if (h[mid].block < b || (h[mid].block == b && h[mid].start <= start))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && h[lo - 1].block == b && h[lo - 1].end >= end;
}

/* "tonight at 7", "Tuesday morning at 10": an hour, the word "at" at
 * `prev`, after a word of the day's time. */
static bool hour_after_day_word(const char *t, size_t n, size_t prev, const number *num) {
    static const char *const DAY_WORDS[] = {/* sorted */
                                            "afternoon", "evening",  "morning", "night",
                                            "today",     "tomorrow", "tonight"};
    if (num->word || num->money || num->percent || num->end - num->start > 2 ||
        !cpi_word_is(t, n, prev, "at"))
        return false;
    size_t w = cpi_prev_word(t, prev);
    return w != SIZE_MAX &&
           cpi_word_in(CPI_WORDS(DAY_WORDS), t + w, cpi_inner_len(t, n, w));
}

/* "360 is how we go after both sides": the number of a program's name
 * ("DEA 360 Strategy") standing for the program, a verb after it. */
static bool program_by_number(const cpi_extract *x, const char *t, size_t n,
                              const number *num) {
    static const char *const VERBS[] = {" has ", " is ", " was ", " will "};
    if (num->word || num->money || num->percent || num->end + 4 >= n ||
        t[num->end] != ' ' ||
        !(t[num->end + 1] == 'i' || t[num->end + 1] == 'w' || t[num->end + 1] == 'h'))
        return false;
    bool verb = false;
    for (size_t k = 0; k < sizeof VERBS / sizeof VERBS[0] && !verb; k++)
        verb = cpi_starts_with(t, n, num->end, VERBS[k]) > 0;
    size_t len = num->end - num->start;
    enum { ASKED = 64 }; /* (the first programs of a text: bounded per number) */
    for (size_t i = 0; verb && i < x->program_count && i < ASKED; i++) {
        const char *name = x->programs[i]->name;
        for (const char *q = strstr(name, " "); q; q = strchr(q + 1, ' ')) {
            const char *w = q + 1;
            if (strncmp(w, t + num->start, len) == 0 && (w[len] == ' ' || w[len] == '\0'))
                return true;
        }
    }
    return false;
}

/* "2. Baltimore's U.S. attorney": a number opening its block with a period
 * marks an item ("### 2." as a heading), "5.2 Facilities Management" a
 * section; "- 30 -" ends a press release; "- 3 -" numbers a page. */
static bool marker_at(const char *t, size_t n, const number *num) {
    if (num->word || num->money || num->percent)
        return false;
    if (num->start == 0 && num->end + 1 < n && (t[num->end] == '.' || t[num->end] == ')') &&
        t[num->end + 1] == ' ')
        return true;
    /* "5.2 Facilities Management - Approve ...": a section's number (digits,
     * a period, digits) before a capitalised title opens its block */
    if (num->start == 0 && num->end - num->start <= 5 && num->end + 2 < n &&
        t[num->end] == ' ' && cpi_is_upper(t[num->end + 1]) && cpi_is_lower(t[num->end + 2])) {
        const char *dot = memchr(t, '.', num->end);
        if (dot && dot > t && (size_t)(dot - t) + 1 < num->end && !memchr(t, ',', num->end))
            return true;
    }
    /* a page's number or the end mark ("- 3 -", "- 30 -") alone in its
     * block, between dashes or '#' (a leading dash may have been read as a
     * list's bullet) */
    if (n > 16 || num->end - num->start > 3)
        return false; /* (short: no walk over a long block for each number) */
    bool dashes = false;
    for (size_t i = 0; i < n; i++) {
        if (i == num->start) {
            i = num->end - 1;
        } else if (t[i] == '-' || t[i] == '#') {
            dashes = true;
        } else if (i + 2 < n && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
                   ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94)) {
            dashes = true;
            i += 2;
        } else if (t[i] != ' ') {
            return false;
        }
    }
    return dashes;
}

/* "... a handful BUREAU OF JUSTICE ASSISTANCE | FY 2014 ANNUAL REPORT 17 of
 * blocks": a page's number ending a running header in capitals, glued by
 * the PDF's text into a paragraph that goes on in lower case. `prev` is
 * the word before the number (asked only when it starts with a capital). */
static bool running_header_number(const char *t, size_t n, size_t prev, const number *num) {
    if (num->word || num->money || num->percent || num->end - num->start > 3 ||
        num->end + 1 >= n || t[num->end] != ' ' || !cpi_is_lower(t[num->end + 1]))
        return false;
    if (num->start >= 2 && t[num->start - 2] == ':')
        return false; /* a title's subtitle: "THE YEAR IN CRIME: 10 stories" */
    int words = 0; /* the words in capitals before it, back to one that is not */
    for (size_t e = num->start - 1, w = prev, read = 0; words < 3 && read < 8; read++) {
        bool letters = false;
        for (size_t i = w; i < e; i++) {
            if (cpi_is_lower(t[i]))
                return false;
            letters |= cpi_is_upper(t[i]);
        }
        words += letters && e - w >= 2;
        if (w < 2 || t[w - 1] != ' ')
            break;
        e = w - 1; /* the word before, past a " | " */
        if (t[e - 1] == '|' && e >= 3 && t[e - 2] == ' ')
            e -= 2;
        w = e;
        while (w > 0 && t[w - 1] != ' ')
            w--;
    }
    return words >= 3;
}

/* "ONE HUNDRED FIFTH CONGRESS", "one hundred twentieth": a number word
 * opening an ordinal. */
static bool opens_ordinal(const char *t, size_t n, const number *num) {
    if (!num->word || num->end + 9 >= n || t[num->end] != ' ' ||
        !WORD_CI(t, n, num->end + 1, "hundred") || t[num->end + 8] != ' ')
        return false;
    size_t w = num->end + 9, e = w;
    while (e < n && cpi_is_alpha(t[e]))
        e++;
    if (e - w < 5)
        return false;
    char a = lower(t[e - 2]), b = lower(t[e - 1]);
    return (a == 't' && b == 'h') || (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
           (a == 'r' && b == 'd');
}

/* "18 months", "three years": a span of time after a number. */
static bool time_unit_after(const char *t, size_t n, size_t end) {
    static const char *const UNITS[] = {"day", "days", "decade", "decades", "month",
                                        "months", "week", "weeks", "year", "years"};
    if (end + 1 >= n || t[end] != ' ')
        return false;
    size_t len = cpi_inner_len(t, n, end + 1);
    return cpi_word_in(CPI_WORDS(UNITS), t + end + 1, len);
}

/* "NW 9 News", "Arkansas 11 News": a station's number inside its name.
 * The station's name without "News" is remembered for the rest of the
 * document: "SAVANNAH, Ga. (Coastal 9) -", "(Coastal 9 file photo)". */
static bool station_number(cpi_extract *x, const char *t, size_t n, size_t prev,
                           const number *num) {
    if (num->word || num->money || num->percent || prev == SIZE_MAX)
        return false;
    if (t[prev] == '(' && prev + 1 < num->start)
        prev++; /* "(Arkansas 11 News)" */
    if (!cpi_is_upper(t[prev]))
        return false;
    /* "WMKQ News 7": the channel after the station's name */
    if ((cpi_word_is(t, n, prev, "News") || cpi_word_is(t, n, prev, "NEWS")) &&
        prev + 5 == num->start && (num->end == n || !cpi_is_alpha(t[num->end])))
        return true;
    size_t name_len = num->end - prev;
    if ((cpi_starts_with(t, n, num->end, " News") ||
         cpi_starts_with(t, n, num->end, " NEWS")) &&
        (num->end + 5 == n || !cpi_is_alpha(t[num->end + 5]))) {
        /* "ARKANSAS 11 NEWS" too */
        if (!x->station_len && name_len <= sizeof x->station) {
            memcpy(x->station, t + prev, name_len);
            x->station_len = (unsigned char)name_len;
        }
        return true;
    }
    if (x->station_len == name_len && memcmp(x->station, t + prev, name_len) == 0 &&
        (num->end == n || !cpi_is_alpha(t[num->end])))
        return true;
    /* "KTWN 7's reporter", "WKLP-AM 1130": a station's call letters (K or
     * W and two or three more capitals, its band after a dash) before its
     * channel or frequency */
    size_t len = cpi_inner_len(t, n, prev), call = len;
    if (prev + len + 3 < n && t[prev + len] == '-' &&
        (cpi_starts_with(t, n, prev + len + 1, "AM") ||
         cpi_starts_with(t, n, prev + len + 1, "FM") ||
         cpi_starts_with(t, n, prev + len + 1, "TV")))
        len += 3;
    if ((t[prev] != 'K' && t[prev] != 'W') || call < 3 || call > 4 ||
        prev + len + 1 != num->start)
        return false;
    for (size_t k = 1; k < call; k++)
        if (!cpi_is_upper(t[prev + k]))
            return false;
    return true;
}

/* "Cleveland, OH 44115": a ZIP code after a state's postal code, or after
 * a place and its state's name, or after the words "ZIP code" (also over
 * a list of them: "ZIP codes, 72204 and 72209"), or before them ("the
 * 53206 ZIP code"). */
static bool zip_code(const char *t, size_t n, size_t prev, const number *num) {
    if (num->word || num->money || num->percent || prev == SIZE_MAX ||
        num->end - num->start != 5 || prev + 2 >= n)
        return false;
    char p0 = t[prev];
    size_t zip =
        p0 == 'c' && (cpi_word_is(t, n, prev, "code") || cpi_word_is(t, n, prev, "codes"))
            ? cpi_prev_word(t, prev)
            : prev;
    if (zip != SIZE_MAX && (t[zip] | 0x20) == 'z' &&
        (cpi_word_is(t, n, zip, "ZIP") || cpi_word_is(t, n, zip, "zip")))
        return true;
    /* "the 53206 ZIP code", "ZIP codes, 72204 and 72209": the words around */
    if (num->end + 1 < n && (t[num->end + 1] | 0x20) == 'z' &&
        (cpi_starts_with(t, n, num->end, " ZIP code") ||
         cpi_starts_with(t, n, num->end, " zip code")))
        return true;
    size_t stop = num->start > 48 ? num->start - 48 : 0;
    if ((p0 == 'a' || p0 == 'o' || p0 == 'c') &&
        (cpi_word_is(t, n, prev, "and") || cpi_word_is(t, n, prev, "or") ||
         cpi_word_is(t, n, prev, "codes")) &&
        (memchr(t + stop, 'Z', num->start - stop) ||
         memchr(t + stop, 'z', num->start - stop))) {
        /* back over a list of codes to "ZIP codes" */
        size_t i = num->start;
        while (i > stop &&
               (cpi_is_digit(t[i - 1]) || t[i - 1] == ' ' || t[i - 1] == ',' ||
                t[i - 1] == ':' || t[i - 1] == 'a' || t[i - 1] == 'n' ||
                t[i - 1] == 'd' || t[i - 1] == 'o' || t[i - 1] == 'r' || t[i - 1] == 's'))
            i--;
        if (i >= 8 &&
            (cpi_ends_with(t, i, "ZIP code") || cpi_ends_with(t, i, "zip code")))
            return true;
    }
    if (!cpi_is_upper(t[prev]))
        return false;
    if (cpi_is_upper(t[prev + 1]) && t[prev + 2] == ' ' && prev + 3 == num->start)
        return true;
    if (num->start >= 5 && memcmp(t + num->start - 5, "D.C. ", 5) == 0)
        return true; /* "Washington, D.C. 20530" */
    /* "Buffalo, New York 14202": a state's name of two words */
    size_t first = cpi_prev_word(t, prev);
    if (first != SIZE_MAX && cpi_is_upper(t[first]) && first >= 2 && t[first - 1] == ' ' &&
        t[first - 2] == ',' && first + cpi_inner_len(t, n, first) + 1 == prev &&
        prev + cpi_inner_len(t, n, prev) + 1 == num->start)
        return true;
    /* "Salinas, California 93901": a place, its state's name, the code */
    size_t len = cpi_inner_len(t, n, prev);
    return prev + len + 1 == num->start && prev >= 2 && t[prev - 1] == ' ' &&
           t[prev - 2] == ',';
}

/* What zip_code asks first, inline: five bytes, no money, and the word
 * before in capitals, or "code", "zip", "and" or "or", or a "ZIP" after
 * (most numbers end here). */
static inline bool may_be_zip_code(const char *t, size_t n, size_t prev,
                                   const number *num) {
    if (num->end - num->start != 5 || num->money || prev == SIZE_MAX)
        return false;
    char p0 = t[prev];
    return cpi_is_upper(p0) || p0 == 'c' || p0 == 'z' ||
           (p0 == 'a' && t[prev + 1] == 'n' && t[prev + 2] == 'd' &&
            t[prev + 3] == ' ') ||
           (p0 == 'o' && t[prev + 1] == 'r' && t[prev + 2] == ' ') ||
           (num->end + 2 < n && t[num->end] == ' ' && (t[num->end + 1] | 0x20) == 'z');
}

/* "call 911", "dial 311": the emergency and city service numbers. */
static bool emergency_number(const char *t, size_t n, const number *num) {
    /* (its length and "11" first: most numbers end there) */
    if (!(num->end - num->start == 3 && t[num->start + 1] == '1' &&
          t[num->start + 2] == '1' && (t[num->start] == '9' || t[num->start] == '3') &&
          !num->money && !num->percent))
        return false;
    /* "311 defendants charged", "911 arrests": a count after all */
    static const char *const COUNTED[] = {/* sorted */
                                          "agents",   "arrests", "cases",    "deaths",
                                          "defendants", "firearms", "guns",  "homicides",
                                          "murders",  "officers", "people",  "shootings",
                                          "victims"};
    size_t e = num->end;
    return !(e + 2 < n && t[e] == ' ' &&
             cpi_word_in(CPI_WORDS(COUNTED), t + e + 1, cpi_inner_len(t, n, e + 1)));
}

/* A number that names something rather than counts: a law's subsection
 * ("287(g)", "922(g)(1)"), an agenda's item ("Item 7.B"), a radio
 * station's frequency ("91.7 FM"), a Congress ("109 Congress"). */
static bool names_a_thing(const char *t, size_t n, const number *num) {
    if (num->word || num->money || num->percent)
        return false;
    size_t e = num->end;
    if (e + 2 < n && t[e] == '(' && cpi_is_lower(t[e + 1]) && t[e + 2] == ')')
        return true;
    if (e + 1 < n && t[e] == '.' && cpi_is_upper(t[e + 1]) &&
        (e + 2 == n || !cpi_is_alpha(t[e + 2])))
        return true;
    if (e + 9 <= n && memcmp(t + e, " Congress", 9) == 0)
        return true; /* "[House Hearing, 109 Congress]": the 109th */
    return e + 3 <= n && memcmp(t + e, " FM", 3) == 0 && (e + 3 == n || !cpi_is_alpha(t[e + 3]));
}

/* "[1]", "[^1]" (Markdown's): a footnote's mark. Or a journal's volume
 * and issue, "17(1), 205-250": the volume before "(1)", the pages after
 * it. */
static bool footnote_at(const char *t, size_t n, const number *num) {
    size_t s = num->start, e = num->end;
    if (s > 0 && e < n && t[e] == ']' &&
        (t[s - 1] == '[' || (s > 1 && t[s - 1] == '^' && t[s - 2] == '[')))
        return true;
    /* the volume: "(", digits, ")" right after it */
    if (e + 2 < n && t[e] == '(' && cpi_is_digit(t[e + 1])) {
        size_t i = e + 1;
        while (i < n && cpi_is_digit(t[i]))
            i++;
        return i < n && t[i] == ')' && !num->money && !num->percent;
    }
    /* the pages: after "(1), " that follows a number */
    if (s >= 6 && t[s - 1] == ' ' && t[s - 2] == ',' && t[s - 3] == ')' &&
        cpi_is_digit(t[s - 4]) && !num->money && !num->percent) {
        size_t i = s - 4;
        while (i > 0 && cpi_is_digit(t[i - 1]))
            i--;
        return i >= 2 && t[i - 1] == '(' && cpi_is_digit(t[i - 2]);
    }
    return false;
}

/* "§922": a section of a law, the sign glued to it. */
static bool section_sign_before(const char *t, size_t start) {
    return start >= 2 && (unsigned char)t[start - 2] == 0xC2 &&
           (unsigned char)t[start - 1] == 0xA7;
}

/* " pm", " a.m.", " o'clock" at t[e]: its length, else 0. */
static size_t clock_at(const char *t, size_t n, size_t e) {
#define CLOCK(z) (LITERAL_AT(t, n, e, z) ? sizeof(z) - 1 : 0)
    if (e + 1 >= n || t[e] != ' ')
        return 0; /* all start with a space: most numbers end here */
    switch (t[e + 1]) {
    /* (the third byte tells which of two may be there: "people", "and"
     * ask for one compare) */
    case 'p': return e + 2 < n && t[e + 2] == 'm' ? CLOCK(" pm") : CLOCK(" p.m.");
    case 'a':
        return e + 2 < n && t[e + 2] == 'm'   ? CLOCK(" am")
               : e + 2 < n && t[e + 2] == 't' ? CLOCK(" at night")
                                              : CLOCK(" a.m.");
    case 'P': return CLOCK(" PM");
    case 'A': return CLOCK(" AM");
    case 'o': return CLOCK(" o'clock");
    case 'i': return CLOCK(" in the morning") + CLOCK(" in the afternoon") +
                     CLOCK(" in the evening");
    default: return 0;
    }
#undef CLOCK
}

/* A time of day at the space t[e] (" pm", " a.m.", " o'clock", " at
 * night"), a whole word? */
static inline bool time_of_day_at(const char *t, size_t n, size_t e) {
    /* the byte after each one's first letter ("pm", "p.m.", "PM", "o'clock",
     * "in the"): most words after a number ("people", "annually") end
     * here, without a call */
    char second = e + 2 < n ? t[e + 2] : '\0';
    if (second != 'm' && second != '.' && second != 'M' && second != '\'' &&
        second != 'n' && second != 't')
        return false; /* (and "at night") */
    size_t clock = clock_at(t, n, e);
    return clock && (e + clock == n || !cpi_is_alpha(t[e + clock]));
}

/* The value of the number t[s..end) (digits, thousands separators, at
 * most one point) by cpi_decimal: its first 63 digits and point, the
 * integer digits past them as powers of ten (numbers of more than 15
 * digits; debug builds check the fast path with it). */
static double long_digits_value(const char *t, size_t s, size_t end) {
    char buf[64];
    size_t b = 0;
    size_t dropped = 0; /* integer digits past the buffer: powers of ten */
    bool point = false;
    for (size_t e = s; e < end; e++) {
        if (t[e] == ',')
            continue;
        point |= t[e] == '.';
        if (b + 1 < sizeof buf)
            buf[b++] = t[e];
        else if (!point)
            dropped++;
    }
    buf[b] = '\0';
    double v = cpi_decimal(buf, b);
    for (size_t k = 0; k < dropped && v < 1e300; k++)
        v *= 10;
    return v;
}

/* "(about 54)", "(up from 9)": a parenthesis opened a few words before the
 * number at s, and not closed since. */
static bool paren_open_before(const char *t, size_t s) {
    size_t from = s > 24 ? s - 24 : 0;
    for (size_t k = s; k > from; k--) {
        char c = t[k - 1];
        if (c == '(')
            return true;
        if (c == ')' || c == '.' || c == ';')
            return false;
    }
    return false;
}

/* Is the hyphen at t[dash] between two counts of one to three digits, the
 * second the larger, before a noun in lower case or a percent: a range
 * ("20-25 active sites", "10-15%"), not a phone number's or a date's parts
 * ("555-0100", "2019-20") nor a vote's ("3-2")? */
static bool range_of_counts(const char *t, size_t n, size_t dash) {
    size_t a = dash;
    while (a > 0 && cpi_is_digit(t[a - 1]))
        a--;
    size_t b = dash + 1, e = b;
    while (e < n && cpi_is_digit(t[e]))
        e++;
    if (a == dash || dash - a > 3 || e == b || e - b > 3)
        return false;
    unsigned left = 0, right = 0;
    for (size_t k = a; k < dash; k++)
        left = left * 10 + (unsigned)(t[k] - '0');
    for (size_t k = b; k < e; k++)
        right = right * 10 + (unsigned)(t[k] - '0');
    if (right <= left)
        return false;
    /* (after a word in lower case, a colon, a cell's bar, or opening the
     * text: not "P.L. 117-159", "Table 3-5") */
    if (a > 0) {
        size_t w = cpi_prev_word(t, a);
        if (w == SIZE_MAX || t[a - 1] != ' ' ||
            ((cpi_is_upper(t[w]) || cpi_is_digit(t[w])) && t[a - 2] != ':'))
            return false;
    }
    return (e < n && t[e] == '%') ||
           (e + 2 < n && t[e] == ' ' && cpi_is_lower(t[e + 1]) &&
            cpi_is_lower(t[e + 2]) && !cpi_starts_with(t, n, e, " and ") &&
            !cpi_starts_with(t, n, e, " of ") && !cpi_starts_with(t, n, e, " or "));
}

/* Does what is glued to the digits t[s..e) make them no quantity: a date
 * or a phone number's part, an ordinal or an identifier glued to letters,
 * an enumerator? One switch on the byte after them (digits_at tells what
 * follows a space itself). */
static bool glued_after(const char *t, size_t n, size_t s, size_t e, bool money) {
    if (e >= n)
        return false;
    char c = t[e];
    switch (c) {
    case '-':
        if (range_of_counts(t, n, e))
            return false; /* "20-25 active sites" */
        /* fall through */
    case '/':
    case ':': /* "514-2007", "6/20", "10:30", "95-CF-WX-1044" */
        return e + 1 < n && (cpi_is_digit(t[e + 1]) || (c == '-' && cpi_is_upper(t[e + 1])));
    case ')': /* "1) add 500 agents": an enumerator ("($642,000)" is money),
                 unless a parenthesis opened just before: "(about 54)" */
        return !money && e - s <= 2 && !paren_open_before(t, s);
    default:
        /* "21st", "4th", "FY24" glued: an ordinal or an identifier ("5M":
         * a scale; "1990s ": a decade, "'90s": one too, and no count) */
        if (c == 's' && e - s == 2 && !money &&
            ((s >= 1 && t[s - 1] == '\'') ||
             (s >= 3 && memcmp(t + s - 3, "\xE2\x80\x99", 3) == 0)))
            return true;
        /* ("1990s", "the 20s" end in a zero; "Glock 19s", "AR-15s" are a
         * name's plural) */
        return e + 1 < n && cpi_is_alpha(c) && c != 'M' && c != 'B' && c != 'K' &&
               !(c == 's' && t[e + 1] == ' ' && !money && t[e - 1] == '0');
    }
}

/* "(36 months)", "(12 cities)": after a parenthesis, digits and a word in
 * lower case count; "(202) 555-0100", "(1)" do not. */
static bool counted_in_parens(const char *t, size_t n, size_t i) {
    size_t k = i;
    while (k < n && (cpi_is_digit(t[k]) || ((t[k] == ',' || t[k] == '.') && k + 1 < n &&
                                            cpi_is_digit(t[k + 1]))))
        k++;
    return k + 1 < n && t[k] == ' ' && cpi_is_lower(t[k + 1]);
}

/* A number in digits at t[i]; false when it is not a figure. */
/* (always inlined: read_block calls it for each number in digits, and the
 * number it reads stays in registers) */
static ALWAYS_INLINE bool digits_at(const char *t, size_t n, size_t i, number *out) {
    size_t s = i;
    bool money = i > 0 && t[i - 1] == '$';
    /* '#', '(', '-', '.', '/', ':' as bits, from 0x20 on */
    enum {
        GLUED_BEFORE = 1u << ('#' - 0x20) | 1u << ('(' - 0x20) | 1u << ('-' - 0x20) |
                       1u << ('.' - 0x20) | 1u << ('/' - 0x20) | 1u << (':' - 0x20)
    };
    unsigned before = i > 0 ? (unsigned)(unsigned char)t[i - 1] - 0x20 : 0;
    /* "-47.1" in a table's column of changes: a minus sign after a space
     * or at the line's start (a minus sign of any kind is a hyphen in the
     * clean text), not joined to a word or a number ("MS-13", "2019-20") */
    bool negative = false;
    if (i > 0 &&
        (cpi_is_alpha(t[i - 1]) || (before < 32 && ((GLUED_BEFORE >> before) & 1))) &&
        !(t[i - 1] == '(' && counted_in_parens(t, n, i))) {
        /* (asked only here: most numbers have a space before them) */
        negative = t[i - 1] == '-' && (i == 1 || t[i - 2] == ' ');
        if (!negative && !(t[i - 1] == '-' && i >= 2 && cpi_is_digit(t[i - 2]) &&
                           range_of_counts(t, n, i - 1)))
            return false; /* "Reduction7", "MS-13", "202/307", "(202)" */
    }
    size_t e = i;
    bool commas = false, point = false;
    /* the digits as an integer (cpi_decimal's fast path, without a copy),
     * how many there are and how many follow the point */
    uint64_t mantissa = 0; /* (wraps past 19 digits: then unused) */
    size_t digits = 0, fraction = 0;
    /* digits, thousands separators (",000") and a decimal point: runs of
     * digits, each run read in a loop of its own */
    for (;;) {
        size_t run = e;
        for (unsigned d; e < n && (d = (unsigned)(unsigned char)t[e] - '0') < 10; e++)
            mantissa = mantissa * 10 + d; /* (d < 10: a digit, with no lookup) */
        digits += e - run;
        if (point)
            fraction += e - run;
        if (e + 3 < n && t[e] == ',' && cpi_is_digit(t[e + 1]) && cpi_is_digit(t[e + 2]) &&
            cpi_is_digit(t[e + 3])) {
            commas = true;
            e++;
        } else if (e + 1 < n && t[e] == '.' && !point && cpi_is_digit(t[e + 1])) {
            point = true;
            e++;
        } else {
            break;
        }
    }
    size_t digits_end = e;
    /* what follows: most numbers end at a space and a word, whose first
     * byte tells in one switch the few tests that apply (a program's name,
     * a time of day, a range of times, a scale, "percent"); any other byte
     * goes to glued_after */
    size_t scale_word = SIZE_MAX; /* the scale SCALES names after the space */
    bool percent = false;
    bool spaced = e + 1 < n && t[e] == ' ';
    if (spaced) {
        switch (t[e + 1]) {
        case 'p':
        case 'P':
            /* "the 1033 program": a program's name (its number, singular) */
            if (!money && e + 8 <= n && memcmp(t + e + 2, "rogram", 6) == 0 &&
                (e + 8 == n || !cpi_is_alpha(t[e + 8])))
                return false;
            if (t[e + 1] == 'p' && e + 8 <= n && memcmp(t + e + 2, "ercent", 6) == 0 &&
                (e + 8 == n || !cpi_inner_char(t[e + 8]))) { /* cpi_word_is, in one compare */
                percent = true;
                break;
            }
            if (time_of_day_at(t, n, e)) /* " pm", " p.m.", " PM" */
                return false;
            break;
        case 'a':
        case 'A':
        case 'o':
        case 'i':
            if (time_of_day_at(t, n, e))
                return false;
            break;
        case 't':
            /* "from 3 to 8 pm": the start of a range of times */
            if (e + 4 < n && t[e + 2] == 'o' && t[e + 3] == ' ') {
                size_t at = e + 4;
                while (at < n && cpi_is_digit(t[at]))
                    at++;
                if (at > e + 4 && clock_at(t, n, at))
                    return false;
                break;
            }
            scale_word = e + 2 < n && (t[e + 2] | 0x20) == 'h' ? 0 : 3;
            break;
        case 'T':
            scale_word = e + 2 < n && (t[e + 2] | 0x20) == 'h' ? 0 : 3;
            break;
        case 'm':
        case 'M':
            scale_word = 1;
            break;
        case 'b':
        case 'B':
            scale_word = 2;
            break;
        default:
            break;
        }
    } else if (glued_after(t, n, s, e, money)) {
        return false;
    }
    /* Clinger's fast path, as in decimal.c: up to 15 digits and a power of
     * ten up to 1e15 are exact doubles, and one division rounds right
     * (and no scale takes them past 1e300) */
    static const double POW10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    bool long_number = digits > 15;
    double v = long_number ? long_digits_value(t, s, digits_end)
                           : (double)mantissa / POW10[fraction];
    assert(v == long_digits_value(t, s, digits_end));
    if (long_number && (!isfinite(v) || v >= 1e300))
        return false; /* beyond any count: not a figure a reader can use */
    out->year_like = !commas && !money && !point && digits_end - s == 4 && v >= 1900 &&
                     v <= 2100;
    /* scale */
    double scale = 1;
    if (scale_word != SIZE_MAX) {
#define SCALE(w, v) {w, sizeof(w) - 1, v}
        static const struct {
            const char *w;
            size_t len;
            double v;
        } SCALES[] = {SCALE("thousand", 1e3), SCALE("million", 1e6), SCALE("billion", 1e9),
                      SCALE("trillion", 1e12)};
#undef SCALE
        /* (each as a literal: one compare) */
        bool named = scale_word == 0   ? WORD_CI(t, n, e + 1, "thousand")
                     : scale_word == 1 ? WORD_CI(t, n, e + 1, "million")
                     : scale_word == 2 ? WORD_CI(t, n, e + 1, "billion")
                                       : WORD_CI(t, n, e + 1, "trillion");
        if (named) {
            scale = SCALES[scale_word].v;
            e += 1 + SCALES[scale_word].len;
            out->year_like = false;
            percent = false; /* (asked again after the scale) */
            scale_word = 0;  /* (read: a scale) */
        } else {
            scale_word = SIZE_MAX;
        }
    } else if (e < n && (t[e] == 'M' || t[e] == 'B' || t[e] == 'K') &&
               (e + 1 == n || !cpi_is_alpha(t[e + 1]))) {
        scale = t[e] == 'M' ? 1e6 : t[e] == 'B' ? 1e9 : 1e3;
        e++;
        scale_word = 0;
    }
    /* "percent" after a space was told above; after a scale or another
     * byte ("5%", "5-percent") it is asked here */
    if (scale_word != SIZE_MAX || !spaced) {
        if (e < n && t[e] == '%') {
            percent = true;
            e++;
        } else if (e + 8 <= n && memcmp(t + e + 1, "percent", 7) == 0 &&
                   (e + 8 == n || !cpi_inner_char(t[e + 8]))) {
            percent = true;
            e += 8;
        }
    } else if (percent) {
        e += 8;
    }
    if (percent)
        out->year_like = false;
    if (negative && (out->year_like || scale_word != SIZE_MAX))
        return false; /* "1990 -2000" is a range of years; a sign before a
                       * scaled amount is rare enough to read as a dash */
    out->start = money || negative ? s - 1 : s;
    out->end = e;
    out->value = negative ? -(v * scale) : v * scale;
    if (long_number && (!isfinite(out->value) || out->value >= 1e300))
        return false; /* scaled past any count (found by fuzzing) */
    out->money = money;
    out->percent = percent;
    out->word = false;
    return true;
}

/* "one" counts ("one in Louisiana", "dismantled one lab"), except as a
 * pronoun or in an idiom: "no one", "the one they lead", "one another", "one
 * day", "one-size-fits-all", "a rough one", "than one that"; and "one of the ..." picks
 * one out of a group more often than it counts (MODEL.md leaves it optional). */
static bool one_is_a_number(const char *t, size_t n, size_t i) {
    static const char *const BEFORE[] = {"no", "No", "the", "The", "this", "This", "that",
                                         "any", "which", "each", "Each"};
    static const char *const AFTER[] = {"another", "who", "whose", "day",
                                        "way",     "of",  "that",  "which"};
    if (i + 3 < n && t[i + 3] == '-')
        return false;
    size_t prev = cpi_prev_word(t, i);
    while (prev != SIZE_MAX && prev < i && !cpi_is_alpha(t[prev]))
        prev++; /* past a quotation mark: "\"No one should ..." */
    if (prev == i)
        prev = SIZE_MAX;
    for (size_t k = 0; prev != SIZE_MAX && k < sizeof BEFORE / sizeof BEFORE[0]; k++)
        if (cpi_word_is(t, n, prev, BEFORE[k]))
            return false;
    /* "Detroit One, the partnership", "Phase One": the end of a name (not
     * a headline's "Adds One Officer") */
    if (t[i] == 'O' && prev != SIZE_MAX && cpi_is_upper(t[prev]) && i >= 2 &&
        t[i - 1] == ' ' && cpi_is_alpha(t[i - 2]) &&
        !(i + 4 < n && t[i + 3] == ' ' && cpi_is_upper(t[i + 4])))
        return false;
    for (size_t k = 0; i + 4 < n && k < sizeof AFTER / sizeof AFTER[0]; k++)
        if (cpi_word_is(t, n, i + 4, AFTER[k]))
            return false;
    /* "not having one.", "the county did not have one": a pronoun for a
     * thing just named, at the end of its clause after "have" or "need" */
    static const char *const HAVE[] = { /* sorted */
        "get", "got", "had", "has", "have", "having", "need", "needs", "want", "wants",
    };
    bool clause_end = i + 3 == n || strchr(".,;:!?)", t[i + 3]);
    if (clause_end && prev != SIZE_MAX &&
        cpi_word_in(CPI_WORDS(HAVE), t + prev, cpi_inner_len(t, n, prev)))
        return false;
    /* "a finished one,", "even a rough one.": a pronoun after "a" and a
     * word that describes it */
    if (clause_end && prev != SIZE_MAX && cpi_is_lower(t[prev])) {
        size_t article = cpi_prev_word(t, prev);
        if (article != SIZE_MAX && article < prev &&
            (cpi_word_is(t, n, article, "a") || cpi_word_is(t, n, article, "an")))
            return false;
    }
    /* "Rochester started one in January": one of the things just named,
     * made, with no noun after it */
    static const char *const MADE[] = { /* sorted */
        "built", "created", "formed", "launched", "opened", "started",
    };
    static const char *const THEN[] = {"in", "last", "on", "this"};
    bool then = clause_end;
    for (size_t k = 0; !then && i + 4 < n && k < sizeof THEN / sizeof THEN[0]; k++)
        then = cpi_word_is(t, n, i + 4, THEN[k]);
    if (then && prev != SIZE_MAX &&
        cpi_word_in(CPI_WORDS(MADE), t + prev, cpi_inner_len(t, n, prev)))
        return false;
    return true;
}

/* A number in words at t[i], a word of len letters. */
/* A scale word after a number word, "two million", "three billion": the
 * scale, its end into *end; 1 when none. */
static double scale_after_word(const char *t, size_t n, size_t e, size_t *end) {
    if (e + 1 >= n || t[e] != ' ')
        return 1;
    char c = (char)(t[e + 1] | 0x20);
    double scale = c == 't' && WORD_CI(t, n, e + 1, "thousand")   ? 1e3
                   : c == 'm' && WORD_CI(t, n, e + 1, "million")  ? 1e6
                   : c == 'b' && WORD_CI(t, n, e + 1, "billion")  ? 1e9
                   : c == 't' && WORD_CI(t, n, e + 1, "trillion") ? 1e12
                                                                  : 1;
    if (scale > 1)
        *end = e + 1 + letters_at(t, n, e + 1);
    return scale;
}

/* The unit after a number of tens and its dash at t[*e] ("-five" of
 * "twenty-five", "-one" of "forty-one": "one" is no row of the table), its
 * end into *e; 0 when none. */
static double unit_after_tens(const char *t, size_t n, size_t *e) {
    if (WORD_CI(t, n, *e + 1, "one")) {
        *e += 4;
        return 1;
    }
    size_t unit_len = letters_at(t, n, *e + 1);
    int unit = number_word_row(t + *e + 1, unit_len);
    if (unit < 0 || unit >= 8) /* two to nine */
        return 0;
    *e += 1 + unit_len;
    return WORD_NUMBERS[unit].value;
}

/* A number from one to ninety-nine in words at t[i] ("six", "forty-one"):
 * its value, its end into *end; 0 when none. */
static double below_hundred_at(const char *t, size_t n, size_t i, size_t *end) {
    size_t len = letters_at(t, n, i);
    if (len == 3 && WORD_CI(t, n, i, "one")) {
        *end = i + 3;
        return 1;
    }
    int row = number_word_row(t + i, len);
    if (row < 0 || WORD_NUMBERS[row].value >= 100)
        return 0;
    double v = WORD_NUMBERS[row].value;
    size_t e = i + len;
    if (v >= 20 && e + 1 < n && t[e] == '-')
        v += unit_after_tens(t, n, &e);
    *end = e;
    return v;
}

/* The number below a hundred in words after t[e], a space and maybe "and"
 * first ("hundred and sixteen", "thousand six"): its value, its end into
 * *end; 0 when none. */
static double rest_after(const char *t, size_t n, size_t e, size_t *end) {
    if (e + 1 >= n || t[e] != ' ')
        return 0;
    size_t at = e + 1 + (cpi_starts_with(t, n, e + 1, "and ") ? 4 : 0);
    double rest = below_hundred_at(t, n, at, end);
    return rest > 0 && (*end == n || !cpi_is_alpha(t[*end])) ? rest : 0;
}

/* Is the word after t[e] (a space first) an ordinal ("fifth", "twentieth"):
 * the number before it is part of one ("One Hundred Fifth Congress")? */
static bool ordinal_after(const char *t, size_t n, size_t e) {
    static const char *const ORDINALS[] = {"eighth", "eleventh", "fifth",  "first",
                                           "fourth", "ninth",    "second", "seventh",
                                           "sixth",  "tenth",    "third",  "twelfth"};
    if (e + 1 >= n || t[e] != ' ')
        return false;
    size_t len = letters_at(t, n, e + 1);
    char w[16];
    if (len < 5 || len >= sizeof w)
        return false;
    for (size_t k = 0; k < len; k++)
        w[k] = (char)(t[e + 1 + k] | 0x20);
    if ((len > 6 && memcmp(w + len - 6, "teenth", 6) == 0) ||
        (len > 4 && memcmp(w + len - 4, "ieth", 4) == 0))
        return true;
    for (size_t k = 0; k < sizeof ORDINALS / sizeof ORDINALS[0]; k++)
        if (strlen(ORDINALS[k]) == len && memcmp(ORDINALS[k], w, len) == 0)
            return true;
    return false;
}

/* The words a number in words goes on with, spoken as much as written:
 * "hundred" ("three hundred and sixteen", "twenty-eight hundred"), a tenth
 * ("four point one"), a scale ("million") and what follows a thousand
 * ("twenty-five thousand six hundred"; no scale when `scales` is false,
 * and no call of its own: a run of "one thousand one thousand ..." is no
 * deeper than one). v is the number up to `e`; the whole number's value,
 * its end into *end. */
static double compound_words(const char *t, size_t n, double v, size_t e, size_t *end,
                             bool scales) {
    bool hundred = v == 100; /* ("a hundred") */
    if (v < 100 && e + 8 < n && t[e] == ' ' && (t[e + 1] | 0x20) == 'h' &&
        WORD_CI(t, n, e + 1, "hundred") && !cpi_is_alpha(t[e + 8])) {
        if (ordinal_after(t, n, e + 8)) {
            *end = e;
            return v; /* (an ordinal's words: no more of the number) */
        }
        v *= 100;
        e += 8;
        hundred = true;
    }
    size_t w;
    double rest;
    if (hundred && (rest = rest_after(t, n, e, &w)) > 0) {
        v += rest;
        e = w;
    } else if (v < 100 && e + 8 < n && t[e] == ' ' && t[e + 1] == 'p' &&
               cpi_starts_with(t, n, e, " point ")) {
        static const char *const DIGITS[] = {"zero", "one", "two",   "three", "four",
                                             "five", "six", "seven", "eight", "nine"};
        size_t len = letters_at(t, n, e + 7);
        for (size_t d = 0; d < 10; d++)
            if (strlen(DIGITS[d]) == len && word_ci(t, n, e + 7, DIGITS[d], len)) {
                v += (double)d / 10;
                e += 7 + len;
                break;
            }
    }
    if (!scales) { /* (what follows a thousand: "six hundred and ten") */
        *end = e;
        return v;
    }
    double scale = scale_after_word(t, n, e, &e);
    v *= scale;
    if (scale == 1e3 &&
        (rest = rest_after(t, n, e, &w)) > 0) { /* "thousand six hundred" */
        size_t rest_end = w;
        double more = compound_words(t, n, rest, w, &rest_end, false);
        if (more < 1000) {
            v += more;
            e = rest_end;
        }
    }
    *end = e;
    return v;
}

static bool words_at(const char *t, size_t n, size_t i, size_t len, number *out) {
    if (len == 3 && (t[i] | 0x20) == 'o' && (t[i + 1] | 0x20) == 'n' && (t[i + 2] | 0x20) == 'e') {
        size_t scaled_end = i + 3;
        double scale;
        if (i + 8 < n && t[i + 3] == ' ' &&
            (WORD_CI(t, n, i + 4, "hundred") || cpi_starts_with(t, n, i + 3, " point ")))
            scale = compound_words(t, n, 1, i + 3, &scaled_end, true); /* "one hundred" */
        else
            scale = scale_after_word(t, n, i + 3, &scaled_end); /* "one million" */
        if (scale == 1 && !one_is_a_number(t, n, i))
            return false;
        out->start = i;
        out->end = scaled_end;
        out->value = scale;
        out->money = out->percent = out->year_like = false;
        out->word = true;
        return true;
    }
    /* number words are 3 to 9 letters, and a whole word matches at most
     * one of them: its length and first letter rule most words out, and
     * the others are compared with those of their length, in lower case */
    int row = number_word_row(t + i, len);
    if (row < 0)
        return false;
    size_t k = (size_t)row;
    size_t s = i, e = i + len;
    double v = WORD_NUMBERS[k].value;
    if (v == 12 && k == sizeof WORD_NUMBERS / sizeof WORD_NUMBERS[0] - 1) {
        /* "a dozen", not "dozens"; "half a dozen" is six */
        if (i < 2 || !WORD_CI(t, n, i - 2, "a"))
            return false;
        if (i >= 7 && WORD_CI(t, n, i - 7, "half") && (i == 7 || !cpi_is_alpha(t[i - 8]))) {
            v = 6;
            s = i - 7;
        }
    } else if (v >= 20 && v < 100 && e + 1 < n && t[e] == '-') {
        v += unit_after_tens(t, n, &e); /* "twenty-five", "forty-one" */
    }
    if (v == 100 && (i < 2 || !WORD_CI(t, n, i - 2, "a")))
        return false; /* "hundreds", "two hundred" handled as words poorly */
    /* "two-thirds", "three-quarters": a fraction; "two dozen": 24 */
    static const struct {
        const char *w;
        double d;
    } PARTS[] = {{"-thirds", 3}, {"-quarters", 4}, {"-fourths", 4}, {"-fifths", 5},
                 {"-sixths", 6}, {"-eighths", 8}, {"-tenths", 10}};
    /* the letters PARTS go on with after the dash */
    static const uint32_t PART_FIRSTS = BIT('e') | BIT('f') | BIT('q') | BIT('s') | BIT('t');
#ifndef NDEBUG
    for (size_t part = 0; part < sizeof PARTS / sizeof PARTS[0]; part++)
        assert((PART_FIRSTS >> (PARTS[part].w[1] - 'a')) & 1);
#endif
    bool part_next = e + 1 < n && t[e] == '-' && v < 20 && cpi_is_lower(t[e + 1]) &&
                     ((PART_FIRSTS >> (t[e + 1] - 'a')) & 1);
    for (size_t part = 0; part_next && part < sizeof PARTS / sizeof PARTS[0]; part++) {
        size_t plen = cpi_starts_with(t, n, e, PARTS[part].w);
        if (plen && (e + plen == n || !cpi_is_alpha(t[e + plen]))) {
            v /= PARTS[part].d;
            e += plen;
            break;
        }
    }
    /* (the byte after first: most words end there, before a test of v) */
    if (e < n && t[e] == ' ' && v >= 2 && v < 100 && v == (double)(int)v &&
        WORD_CI(t, n, e + 1, "dozen")) {
        v *= 12;
        e += 6;
    } else if (e + 1 < n && t[e + 1] == 'a' && v < 100 &&
               cpi_starts_with(t, n, e, " and a half") &&
               (e + 11 == n || !cpi_is_alpha(t[e + 11]))) {
        v += 0.5; /* "two and a half times" */
        e += 11;
        v *= scale_after_word(t, n, e, &e); /* "two and a half million" */
    } else if (e + 1 < n && t[e] == ' ' && v >= 2 && v <= 100) {
        v = compound_words(t, n, v, e, &e,
                           true); /* "two million dollars", "two hundred" */
    }
    if (v <= 12 && time_of_day_at(t, n, e))
        return false; /* "at two in the morning", "ten o'clock": a time */
    out->start = s;
    out->end = e;
    out->value = v;
    out->money = out->percent = out->year_like = false;
    out->word = true;
    return true;
}

/* Does the word after "a" at t[i] start as a share's does ("a third", "a
 * quarter", "a fifth": share_at's first three; debug builds check), or a
 * scale's ("a million", "a billion")? */
static inline bool share_after_a(const char *t, size_t n, size_t i) {
    char next = i + 2 < n && t[i + 1] == ' ' ? (char)(t[i + 2] | 0x20) : '\0';
    return next == 't' || next == 'q' || next == 'f' || next == 'm' || next == 'b';
}

/* Is the share at t[i..e) one without "of" ("fell by nearly a third",
 * "half the guns", "more than half involved a handgun")? After "by" (a
 * word between: "by nearly a third"), or, for `half`, before "the", or
 * after "more than", "nearly", "almost" or "about" and before a verb of
 * the past ("involved") or a form of "be". */
static bool share_alone(const char *t, size_t n, size_t i, size_t e, bool half) {
    static const char *const QUALIFIERS[] = {"more than ", "More than ", "nearly ",
                                             "Nearly ",    "almost ",    "Almost ",
                                             "about ",     "About ",     "roughly "};
    static const char *const BE[] = {"are", "is", "was", "were"};
    if (half && e + 5 <= n && memcmp(t + e, " the ", 5) == 0)
        return true;
    size_t before = i;
    for (size_t k = 0; k < sizeof QUALIFIERS / sizeof QUALIFIERS[0]; k++) {
        size_t len = strlen(QUALIFIERS[k]);
        if (i >= len && memcmp(t + i - len, QUALIFIERS[k], len) == 0 &&
            (i == len || !cpi_is_alpha(t[i - len - 1]))) {
            before = i - len;
            break;
        }
    }
    if (before >= 3 && memcmp(t + before - 3, "by ", 3) == 0 &&
        (before == 3 || !cpi_is_alpha(t[before - 4])))
        return e == n || !cpi_is_alpha(t[e]) || t[e] == ' ';
    if (before == i || e + 2 >= n || t[e] != ' ' || !cpi_is_lower(t[e + 1]))
        return false;
    size_t w = e + 1, we = w;
    while (we < n && cpi_is_lower(t[we]))
        we++;
    if (we < n && cpi_is_alpha(t[we]))
        return false;
    return (we - w > 3 && t[we - 2] == 'e' && t[we - 1] == 'd') ||
           cpi_word_in(CPI_WORDS(BE), t + w, we - w);
}

/* A share told in words before "of": "a third of", "a quarter of",
 * "one-fifth of", "half of"; or alone where share_alone says so. (Without
 * "of", "a third officer" is an ordinal.) */
static ALWAYS_INLINE bool share_at(const char *t, size_t n, size_t i, number *out) {
#define SHARE(w, v) {w, sizeof(w) - 1, v}
    static const struct {
        const char *w;
        size_t len;
        double v;
    } SHARES[] = {SHARE("a third", 1.0 / 3),   SHARE("a quarter", 0.25),
                  SHARE("a fifth", 0.2),       SHARE("one-third", 1.0 / 3),
                  SHARE("one-quarter", 0.25),  SHARE("one-fourth", 0.25),
                  SHARE("one-fifth", 0.2),     SHARE("one-half", 0.5),
                  SHARE("half", 0.5)};
#undef SHARE
#ifndef NDEBUG
    for (size_t k = 0; k < sizeof SHARES / sizeof SHARES[0]; k++) {
        size_t first = strcspn(SHARES[k].w, " -"); /* word_number_at asks these lengths only */
        assert(first == 1 || first == 3 || first == 4);
        assert(k >= 3 || share_after_a(SHARES[k].w, SHARES[k].len, 0));
    }
#endif
    /* most words end here: the article "a ", "one-" or "half " must start
     * it, and then only the shares it starts are tried */
    size_t from, to;
    /* "a million", "half a billion": a scale after "a" */
    bool half = lower(t[i]) == 'h';
    size_t a = half ? i + 6 : i + 1; /* the space before the scale */
    if (a + 2 < n && t[a] == ' ' && (!half || (t[i + 4] == ' ' && t[i + 5] == 'a'))) {
        size_t end = a;
        double scale = scale_after_word(t, n, a, &end);
        if (scale >= 1e6 && (end == n || !cpi_is_alpha(t[end]))) {
            out->start = i;
            out->end = end;
            out->value = half ? scale / 2 : scale;
            out->money = out->percent = out->year_like = false;
            out->word = true;
            return true;
        }
    }
    switch (lower(t[i])) {
    case 'a':
        if (!share_after_a(t, n, i))
            return false;
        /* the one share of the next word's first letter */
        from = (t[i + 2] | 0x20) == 't' ? 0 : (t[i + 2] | 0x20) == 'q' ? 1 : 2;
        to = from + 1;
        break;
    case 'o':
        if (i + 3 >= n || t[i + 3] != '-')
            return false;
        from = 3, to = 8;
        break;
    case 'h': {
        if (i + 4 >= n || t[i + 4] != ' ')
            return false;
        /* "the first half of the year": a part of a period; "the other
         * half of our problem", "the 'weed' half of the strategy": a part
         * of a whole, no quantity */
        static const char *const ORDINALS[] = {"first", "latter", "other",
                                               "second"}; /* sorted */
        size_t prev = cpi_prev_word(t, i);
        if (prev != SIZE_MAX &&
            cpi_word_in(CPI_WORDS(ORDINALS), t + prev, cpi_inner_len(t, n, prev)))
            return false;
        if (i >= 2 && (t[i - 2] == '"' || t[i - 2] == '\'' || t[i - 2] == '`'))
            return false;
        from = 8, to = 9;
        break;
    }
    default:
        return false;
    }
    for (size_t k = from; k < to; k++) {
        assert(SHARES[k].w[0] == lower(t[i]));
        size_t len = SHARES[k].len, e = i + len;
        if (e > n)
            continue;
        size_t j = 1;
        while (j < len && lower(t[i + j]) == SHARES[k].w[j])
            j++;
        if (j < len || (!(e + 4 <= n && memcmp(t + e, " of ", 4) == 0) &&
                        !share_alone(t, n, i, e, SHARES[k].w[0] == 'h')))
            continue;
        out->start = i;
        out->end = e;
        out->value = SHARES[k].v;
        out->money = out->percent = out->year_like = false;
        out->word = true;
        return true;
    }
    return false;
}

/* A number in words or a share at the start of a word of len letters.
 * (Shares start with "a", "one-" or "half": words of one, three or four
 * letters; number words have three letters or more.) */
static ALWAYS_INLINE bool word_number_at(const char *t, size_t n, size_t i, size_t len, number *out) {
    return ((len == 1 || len == 3 || len == 4) && share_at(t, n, i, out)) ||
           (len >= 3 && words_at(t, n, i, len, out));
}

static bool number_at(const char *t, size_t n, size_t i, number *out) {
    if (cpi_is_digit(t[i]))
        return digits_at(t, n, i, out);
    if (cpi_is_alpha(t[i]) && cpi_word_start(t, i))
        return word_number_at(t, n, i, letters_at(t, n, i), out);
    return false;
}

bool cpi_read_number(const char *t, size_t n, size_t i, size_t *end, double *value) {
    number num;
    if (i >= n || !number_at(t, n, i, &num))
        return false;
    *end = num.end;
    *value = num.value;
    return true;
}

/* Does t[0..start) end with the literal z (a phrase of lower-case words
 * and a space), its first letter in either case, a whole word? (A macro:
 * z's length is known, and the compare of the others is a load or two.) */
#define QUALIFIER_AT(t, start, z)                                                        \
    ((start) >= sizeof(z) - 1 &&                                                         \
     ((t)[(start) - (sizeof(z) - 1)] | 0x20) == (z)[0] &&                                \
     memcmp((t) + (start) - (sizeof(z) - 2), (z) + 1, sizeof(z) - 2) == 0 &&             \
     ((start) == sizeof(z) - 1 || (t)[(start) - sizeof(z)] == ' '))

/* "about 6,000", "More than 7,100": the qualifier that ends right before
 * start, or CP_QUALIFIER_EXACT. */
static ALWAYS_INLINE cp_qualifier qualifier_before(const char *t, size_t n, size_t start) {
    (void)n;
    if (start < 2 || t[start - 1] != ' ')
        return CP_QUALIFIER_EXACT; /* every qualifier ends in a letter and a space */
    /* by last letter, so that the text is tried against its own few; at
     * most one can match. (The first letter may be capitalised to begin a
     * sentence: "More than 7,100 fugitives"; c | 0x20 is a lower-case
     * letter only when c is that letter in either case.) */
#define TRY(z, q)                   \
    if (QUALIFIER_AT(t, start, z)) \
        return q;
    switch (t[start - 2]) {
    case 'd': TRY("around ", CP_QUALIFIER_APPROXIMATELY) break;
    case 'e': TRY("some ", CP_QUALIFIER_APPROXIMATELY) break;
    case 'n':
        TRY("more than ", CP_QUALIFIER_MORE_THAN)
        TRY("less than ", CP_QUALIFIER_LESS_THAN)
        TRY("fewer than ", CP_QUALIFIER_LESS_THAN)
        break;
    case 'o': TRY("up to ", CP_QUALIFIER_AT_MOST) break;
    case 'r':
        TRY("over ", CP_QUALIFIER_MORE_THAN)
        TRY("under ", CP_QUALIFIER_LESS_THAN)
        break;
    case 's':
        TRY("as many as ", CP_QUALIFIER_AT_MOST)
        TRY("as much as ", CP_QUALIFIER_AT_MOST)
        break;
    case 't':
        TRY("about ", CP_QUALIFIER_APPROXIMATELY)
        TRY("almost ", CP_QUALIFIER_APPROXIMATELY)
        TRY("at least ", CP_QUALIFIER_AT_LEAST)
        TRY("at most ", CP_QUALIFIER_AT_MOST)
        break;
    case 'y':
        TRY("approximately ", CP_QUALIFIER_APPROXIMATELY)
        TRY("nearly ", CP_QUALIFIER_APPROXIMATELY)
        TRY("roughly ", CP_QUALIFIER_APPROXIMATELY)
        break;
    default: break;
    }
#undef TRY
    return CP_QUALIFIER_EXACT;
}

/* The period a rate's phrase at the space t[i] names (i + 1 < n), or
 * NULL: " a day", " annually", " daily", " every week", " each year",
 * " per month". */
static ALWAYS_INLINE const char *period_at(const char *t, size_t n, size_t i) {
    /* the phrase's first word, then its unit */
    size_t u; /* where the unit starts */
    bool a = false, each = false, per = false;
    switch (t[i + 1]) {
    case 'a':
        if (i + 3 <= n && t[i + 2] == ' ') { /* "a " */
            a = true;
            u = i + 3;
            break;
        }
        return WORD_AT(t, n, i + 1, "annually") ? "year" : NULL;
    case 'd':
        return WORD_AT(t, n, i + 1, "daily") ? "day" : NULL;
    case 'e':
        if (LITERAL_AT(t, n, i + 1, "each ")) {
            each = true;
            u = i + 6;
        } else if (LITERAL_AT(t, n, i + 1, "every ")) {
            u = i + 7;
        } else {
            return NULL;
        }
        break;
    case 'p':
        if (!LITERAL_AT(t, n, i + 1, "per "))
            return NULL;
        per = true;
        u = i + 5;
        break;
    default:
        return NULL; /* most words */
    }
    /* the unit, by its first letter: all four say "a day", "each day" ...;
     * no "each week"; "a month", "per month" */
    switch (u < n ? t[u] : '\0') {
    case 'd':
        return WORD_AT(t, n, u, "day") ? "day" : NULL;
    case 'w':
        return !each && WORD_AT(t, n, u, "week") ? "week" : NULL;
    case 'm':
        return (a || per) && WORD_AT(t, n, u, "month") ? "month" : NULL;
    case 'y':
        return WORD_AT(t, n, u, "year") ? "year" : NULL;
    default:
        return NULL;
    }
}

/* What the bytes after a number's end say of its clause, a bit a byte for
 * the CLAUSE_SPAN bytes from there (none past the text's end): where it
 * stops ('.', ';'), its commas, the spaces that may open a
 * rate's period (before 'a', 'd', 'e' or 'p': period_at's first letters)
 * and where " to " starts. A change's end ("from 6,000 to 8,000"),
 * up_from_after and period_after all read these, not the text again. */
enum { CLAUSE_SPAN = 48 };
typedef struct clause_marks {
    uint64_t stops, commas, openers, tos;
} clause_marks;

#if defined(__SSE2__) && defined(__GNUC__)
/* The marks of the 16 bytes at s (s[16..18] are read too), added to m's
 * from bit `shift` on (those of " to " only if `change`). */
static inline void clause_marks16(const char *s, unsigned shift, bool change, clause_marks *m) {
#define LOAD(k) _mm_loadu_si128((const __m128i *)(const void *)(s + (k)))
#define IS(v, c) _mm_cmpeq_epi8(v, _mm_set1_epi8(c))
#define BITS(v) ((uint64_t)(unsigned)_mm_movemask_epi8(v) << shift)
    __m128i v = LOAD(0), next = LOAD(1);
    __m128i space = IS(v, ' ');
    __m128i lead = _mm_or_si128(_mm_or_si128(IS(next, 'a'), IS(next, 'd')),
                                _mm_or_si128(IS(next, 'e'), IS(next, 'p')));
    m->stops |= BITS(_mm_or_si128(IS(v, '.'), IS(v, ';')));
    m->commas |= BITS(IS(v, ','));
    m->openers |= BITS(_mm_and_si128(space, lead));
    if (change) /* (only a change's start asks for its " to ") */
        m->tos |= BITS(_mm_and_si128(_mm_and_si128(space, IS(next, 't')),
                                     _mm_and_si128(IS(LOAD(2), 'o'), IS(LOAD(3), ' '))));
#undef LOAD
#undef IS
#undef BITS
}
#endif

/* The marks of t[end..n) (see clause_marks), all CLAUSE_SPAN bytes (" to "
 * only if `change`: the number may start one). The tests read the marks
 * only up to the clause's first stop (or comma past the number's next
 * byte), so those past it change nothing; with SSE2 they are read in
 * straight code, three loads, as a loop that stopped at the first cost
 * more than the bytes it spared. */
static void clause_marks_at(const char *t, size_t n, size_t end, bool change, clause_marks *out) {
    clause_marks m = {0, 0, 0, 0}; /* (built here, stored once) */
    size_t room = n - end;
#if defined(__SSE2__) && defined(__GNUC__)
    /* the loads reach 3 bytes past the span: near the text's end, from a
     * copy padded with NULs */
    char copy[CLAUSE_SPAN + 16];
    const char *s = t + end;
    if (room < CLAUSE_SPAN + 3) {
        memset(copy, 0, sizeof copy);
        memcpy(copy, s, room);
        s = copy;
    }
    static_assert(CLAUSE_SPAN == 48, "three loads of 16 bytes");
    clause_marks16(s, 0, change, &m);
    clause_marks16(s + 16, 16, change, &m);
    clause_marks16(s + 32, 32, change, &m);
#else
    (void)change;
    for (size_t b = 0; b < CLAUSE_SPAN && b < room; b++) {
        uint64_t bit = (uint64_t)1 << b;
        char c = t[end + b], next = b + 1 < room ? t[end + b + 1] : '\0';
        if (c == '.' || c == ';')
            m.stops |= bit;
        else if (c == ',')
            m.commas |= bit;
        else if (c == ' ' && (next == 'a' || next == 'd' || next == 'e' || next == 'p'))
            m.openers |= bit;
        else if (c == ' ' && cpi_starts_with(t, n, end + b, " to "))
            m.tos |= bit;
    }
#endif
    *out = m;
}

/* The bits below the lowest one of x (all when x is 0). */
static inline uint64_t below_first(uint64_t x) { return x ? (x & (0 - x)) - 1 : ~(uint64_t)0; }

/* The bits for the first `room` bytes (room < 64). */
static inline uint64_t first_bits(size_t room) { return ((uint64_t)1 << room) - 1; }

/* Where the " to " of a change ("from 6,000 to 8,000") starts, within 40
 * bytes of the first number's end and before its clause stops, with a
 * byte after it; SIZE_MAX if none (m: the marks from end). */
static size_t change_to_after(size_t n, size_t end, const clause_marks *m) {
    size_t room = n - end > 4 ? n - end - 4 : 0;
    uint64_t tos = m->tos & first_bits(room < 40 ? room : 40) & below_first(m->stops);
    return tos ? end + (size_t)__builtin_ctzll(tos) : SIZE_MAX;
}

/* The period of a rate after a number's end, within the next few words of
 * its clause (40 bytes): "316 people are shot every day" gives "day".
 * Only the openers before the clause's end are asked (m: the marks from
 * end). */
static ALWAYS_INLINE const char *period_after(const char *t, size_t n, size_t end, const clause_marks *m) {
    /* a comma right after the number ends no clause */
    uint64_t stops = m->stops | (m->commas & ~(uint64_t)3);
    size_t room = n - end < 40 ? n - end : 40;
    for (uint64_t o = m->openers & below_first(stops) & first_bits(room); o; o &= o - 1) {
        const char *per = period_at(t, n, end + (size_t)__builtin_ctzll(o));
        if (per)
            return per;
    }
    return NULL;
}

/* The thing counted, right after the number: "316 people are shot" gives
 * "people shot", "12 cities" gives "cities". NULL when the next word is not
 * a noun of its own (a preposition, a period, a scale); then *nomem tells
 * an allocation that failed from no unit at all. */
/* The words after a number that are no unit of it ("people are shot":
 * "are" ends the unit), by first letter, each in 8 bytes padded with NULs:
 * a word of at most 8 letters, padded so too, is compared with the few of
 * its first letter as one 8-byte number each (no search, no call). */
static const char NOT_UNITS[][8] = { /* sorted */
    "a", "after", "an", "and", "annually", "are", "as", "at", "be", "been", "billion",
    "but", "by", "each", "every", "for", "from", "had", "has", "have", "in", "is",
    "million", "more", "of", "on", "or", "over", "per", "percent", "since", "so",
    "than", "that", "the", "this", "thousand", "to", "was", "were", "which", "who",
    "will", "with"};
/* NOT_UNITS_FROM[c - 'a'] to NOT_UNITS_FROM[c - 'a' + 1]: those starting with c */
static const unsigned char NOT_UNITS_FROM[27] = {
    0, 8, 13, 13, 13, 15, 17, 17, 20, 22, 22, 22, 22, 24, 24, 28,
    30, 30, 30, 32, 38, 38, 38, 44, 44, 44, 44,
};

/* Is the word w[0..len) of lower-case letters ('-' inside) one of
 * NOT_UNITS? */
static bool not_unit(const char *w, size_t len) {
#ifndef NDEBUG
    size_t count = sizeof NOT_UNITS / sizeof NOT_UNITS[0];
    assert(NOT_UNITS_FROM[26] == count);
    for (size_t k = 0; k < count; k++) {
        size_t first = (size_t)(NOT_UNITS[k][0] - 'a');
        assert(NOT_UNITS_FROM[first] <= k && k < NOT_UNITS_FROM[first + 1]);
        assert(k == 0 || strncmp(NOT_UNITS[k - 1], NOT_UNITS[k], 8) < 0);
    }
#endif
    if (len > 8)
        return false;
    uint64_t key = 0, word;
    cpi_copy_short((char *)&key, w, len); /* (padded with NULs) */
    size_t first = (size_t)(w[0] - 'a');
    for (size_t k = NOT_UNITS_FROM[first]; k < NOT_UNITS_FROM[first + 1]; k++) {
        memcpy(&word, NOT_UNITS[k], 8);
        if (word == key)
            return true;
    }
    return false;
}

/* The end of the word of lower-case letters at t[w] ('-' inside it, not
 * first): w itself when none starts there. With SSE2, from the masks of
 * the 16 bytes at w, one bit search for most words. */
static inline size_t lower_word_end(const char *t, size_t n, size_t w) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (n - w >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + w));
        __m128i lower = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'a'))),
                                       _mm_set1_epi8((char)(-128 + 26)));
        unsigned in = (unsigned)_mm_movemask_epi8(lower);
        unsigned dash = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
        in = (in & 1) ? in | (dash & ~1u) : 0; /* (no dash first) */
        unsigned out = ~in & 0xFFFF;
        if (out)
            return w + (unsigned)__builtin_ctz(out);
        /* (sixteen letters or more: on byte by byte) */
    }
#endif
    size_t we = w;
    while (we < n && (cpi_is_lower(t[we]) || (we > w && t[we] == '-')))
        we++;
    return we;
}

static const char *unit_after(cpi_extract *x, const char *t, size_t n, size_t end,
                              size_t *span_end, bool *nomem) {
    /* by first letter, the lengths of NOT_UNITS (bit k: k letters): most
     * nouns ("people", "cities", "agents") need no search */
#define LEN(k) (1u << (k))
    static const uint16_t NOT_UNIT_LENGTHS[26] = {
        ['a' - 'a'] = LEN(1) | LEN(2) | LEN(3) | LEN(5) | LEN(8),
        ['b' - 'a'] = LEN(2) | LEN(3) | LEN(4) | LEN(7),
        ['e' - 'a'] = LEN(4) | LEN(5),
        ['f' - 'a'] = LEN(3) | LEN(4),
        ['h' - 'a'] = LEN(3) | LEN(4),
        ['i' - 'a'] = LEN(2),
        ['m' - 'a'] = LEN(4) | LEN(7),
        ['o' - 'a'] = LEN(2) | LEN(4),
        ['p' - 'a'] = LEN(3) | LEN(7),
        ['s' - 'a'] = LEN(2) | LEN(5),
        ['t' - 'a'] = LEN(2) | LEN(3) | LEN(4) | LEN(8),
        ['w' - 'a'] = LEN(3) | LEN(4) | LEN(5),
    };
#undef LEN
#ifndef NDEBUG
    for (size_t k = 0; k < sizeof NOT_UNITS / sizeof NOT_UNITS[0]; k++) {
        size_t len = 0;
        while (len < 8 && NOT_UNITS[k][len])
            len++;
        assert((NOT_UNIT_LENGTHS[NOT_UNITS[k][0] - 'a'] >> len) & 1);
    }
#endif
    size_t i = end;
    if (i >= n || t[i] != ' ')
        return NULL;
    i++;
    /* up to four lowercase words: "executive orders", "law enforcement
     * agencies", "gun trafficking strike forces" */
    size_t e = i;
    for (int words = 0; words < 4; words++) {
        size_t w = e + (words > 0);
        size_t we = lower_word_end(t, n, w);
        if (we == w || (we < n && cpi_is_alpha(t[we])))
            break;
        if (((NOT_UNIT_LENGTHS[t[w] - 'a'] >> (we - w < 16 ? we - w : 15)) & 1) &&
            not_unit(t + w, we - w))
            break;
        e = we;
        if (e >= n || t[e] != ' ')
            break;
    }
    if (e == i)
        return NULL;
    size_t len = e - i < 60 ? e - i : 60;
    *span_end = e;
    /* "people are shot": the participle says what happened to them, after
     * " are ", " were ", " have been " or " had been " (told apart by
     * their first letters) */
    size_t a = 0;
    if (e + 1 < n && t[e] == ' ') {
        switch (t[e + 1]) {
        case 'a': a = LITERAL_AT(t, n, e, " are ") ? 5 : 0; break;
        case 'w': a = LITERAL_AT(t, n, e, " were ") ? 6 : 0; break;
        case 'h':
            a = LITERAL_AT(t, n, e, " have been ")  ? 11
                : LITERAL_AT(t, n, e, " had been ") ? 10
                                                    : 0;
            break;
        default: break;
        }
    }
    if (a && e + a < n) {
        size_t p = e + a, q = p;
        while (q < n && cpi_is_lower(t[q]))
            q++;
        bool participle = q - p >= 3 && ((t[q - 1] == 'd' && t[q - 2] == 'e') ||
                                         memcmp(t + q - 2, "ot", 2) == 0 ||
                                         (t[q - 1] == 'n' && t[q - 2] == 'e'));
        char unit[96];
        if (participle && len + 1 + (q - p) < sizeof unit) {
            memcpy(unit, t + i, len);
            unit[len++] = ' ';
            memcpy(unit + len, t + p, q - p);
            len += q - p;
            *span_end = q;
            const char *copy = cpi_arena_strndup(x->model->arena, unit, len);
            *nomem = copy == NULL;
            return copy;
        }
    }
    /* (the unit as written: copied from the text itself) */
    const char *copy = cpi_arena_strndup(x->model->arena, t + i, len);
    *nomem = copy == NULL; /* not "no unit": the caller must fail */
    return copy;
}

/* cpi_mention_of for the spans read_block maps, which come in text order:
 * in a block with an offset map, the search for a span's segment starts at
 * the one the last span ended in (*seg), a walk forward instead of a
 * binary search from the block's start each time. Spans at the text's
 * edges and empty ones are left to cpi_mention_of (debug builds check). */
static cp_mention mention_from(const cpi_extract *x, const cp_block *b, size_t start,
                               size_t end, size_t *seg) {
    size_t size = b->text_size;
    size_t ostart, oend;
    if (b->seg_count == 0) {
        size_t orig = (uint32_t)(b->start + b->identity_skip);
        ostart = orig + (start < size ? start : size);
        oend = orig + (end < size ? end : size);
    } else {
        if (start >= end || end >= size)
            return cpi_mention_of(x, b, start, end);
        const cpi_seg *segs = cpi_block_segs(b), *last = segs + b->seg_count - 1;
        const cpi_seg *p = segs + *seg; /* (a walk of pointers: no index to scale) */
        if (p > last || p->clean > start)
            p = segs;
        while (p < last && p[1].clean <= start)
            p++;
        ostart = p->orig + (p->atomic ? 0 : start - p->clean);
        size_t c = end - 1; /* the last byte's segment */
        while (p < last && p[1].clean <= c)
            p++;
        oend = p->atomic ? p->orig + p->olen : p->orig + (c - p->clean) + 1;
        *seg = (size_t)(p - segs);
    }
    cp_mention m = {x->doc, (uint32_t)ostart, (uint32_t)oend};
#ifndef NDEBUG
    cp_mention check = cpi_mention_of(x, b, start, end);
    assert(m.start == check.start && m.end == check.end);
#endif
    return m;
}

/* Adds the figure t[start..end) of block b, its span in the block's clean
 * text: map_figures maps it to the document's bytes once the block is
 * read. */
static bool add_figure(cpi_extract *x, const cp_block *b, size_t start, size_t end,
                       double value, bool has_from, double from, cp_figure_kind kind,
                       cp_qualifier q, const char *per) {
    /* (counted inline below the limit, as cpi_hit_add does) */
    bool counted = x->mentions < CP_MAX_MENTIONS ? (x->mentions++, true) : cpi_count_mention(x);
    if (!counted ||
        !cpi_mem_reserve(x->mem, (void **)&x->figures, &x->figure_cap,
                         x->figure_count + 1, sizeof(cp_figure)))
        return false;
    const char *text =
        cpi_arena_strndup(x->model->arena, cpi_block_text(b) + start, end - start);
    if (!text)
        return false;
    /* (whole, in one store: no unit yet) */
    x->figures[x->figure_count++] = (cp_figure){.doc = x->doc,
                                                .text = text,
                                                .value = value,
                                                .from = has_from ? from : NAN,
                                                .per = per,
                                                .start = (uint32_t)start,
                                                .end = (uint32_t)end,
                                                .kind = (uint8_t)kind,
                                                .qualifier = (uint8_t)q};
    return true;
}

/* The figures added for block b from `first` on hold their spans in the
 * block's clean text: mapped here to the document's bytes, in one walk of
 * the block's segments (the spans come in text order) with no call for
 * each. */
static ALWAYS_INLINE void map_figures(cpi_extract *x, const cp_block *b, size_t first) {
    cp_figure *f = x->figures + first, *stop = x->figures + x->figure_count;
    size_t size = b->text_size;
    if (b->seg_count == 0) { /* one run of the original bytes */
        size_t orig = (uint32_t)(b->start + b->identity_skip);
        for (; f < stop; f++) {
            assert(f->start < size && f->end <= size);
            f->start = (uint32_t)(orig + f->start);
            f->end = (uint32_t)(orig + f->end);
        }
        return;
    }
    const cpi_seg *segs = cpi_block_segs(b), *last = segs + b->seg_count - 1, *p = segs;
    for (; f < stop; f++) {
        size_t start = f->start, end = f->end;
        if (start >= end || end >= size) { /* at the text's end: its own rules */
            cp_mention m = cpi_mention_of(x, b, start, end);
            f->start = m.start;
            f->end = m.end;
            continue;
        }
        if (p->clean > start) /* (a figure inside the last one's unit) */
            p = segs;
        while (p < last && p[1].clean <= start)
            p++;
        f->start = (uint32_t)(p->orig + (p->atomic ? 0 : start - p->clean));
        size_t c = end - 1; /* the last byte's segment */
        while (p < last && p[1].clean <= c)
            p++;
        f->end = (uint32_t)(p->atomic ? p->orig + p->olen : p->orig + (c - p->clean) + 1);
        assert(f->start == (uint32_t)cp_block_original_start(b, start) &&
               f->end == (uint32_t)cp_block_original_end(b, end));
    }
}

static bool changed_by(const char *t, size_t start) {
    size_t s = start;
    /* the qualifiers, in this order ("by about nearly 5" keeps "about") */
#define SKIP(z) s -= ENDS_WITH(t, s, z) ? sizeof(z) - 1 : 0
    SKIP("nearly ");
    SKIP("about ");
    SKIP("more than ");
    SKIP("almost ");
    SKIP("roughly ");
#undef SKIP
    if (!ENDS_WITH(t, s, "by "))
        return false; /* every verb below ends so */
    return ENDS_WITH(t, s, "rose by ") || ENDS_WITH(t, s, "increased by ") ||
           ENDS_WITH(t, s, "decreased by ") || ENDS_WITH(t, s, "fell by ") ||
           ENDS_WITH(t, s, "grew by ") || ENDS_WITH(t, s, "dropped by ") ||
           ENDS_WITH(t, s, "jumped by ") || ENDS_WITH(t, s, "declined by ") ||
           ENDS_WITH(t, s, "climbed by ") || ENDS_WITH(t, s, "went up by ") ||
           ENDS_WITH(t, s, "went down by ");
}

/* "64 defendants, up from 41", "$651 million in 2023, down from": where the
 * earlier value starts, after the first comma of the clause (within a few
 * words of the number's end); 0 if none (m: the marks from end). */
static size_t up_from_after(const char *t, size_t n, size_t end, const clause_marks *m) {
    static const char *const TOLD[] = {", up from ", ", down from "};
    if (!m->commas) /* (within CLAUSE_SPAN bytes) */
        return 0;
    size_t j = end + (size_t)__builtin_ctzll(m->commas);
    if (j + 2 >= n || (t[j + 2] != 'u' && t[j + 2] != 'd'))
        return 0; /* (", and ", ", the ": most commas, told by the byte TOLD differ at) */
    for (size_t k = 0; k < sizeof TOLD / sizeof TOLD[0]; k++) {
        size_t len = cpi_starts_with(t, n, j, TOLD[k]);
        if (!len)
            continue;
        /* (asked only now: few commas are followed so) */
        if (m->stops & below_first(m->commas))
            return 0; /* past the clause */
        for (size_t i = end; i < j; i++)
            if (cpi_is_digit(t[i]) || t[i] == ':')
                return 0; /* past the clause, or another number comes first
                             ("from 65 counties"): its own */
        size_t at = j + len;
        if (at + 6 < n && memcmp(t + at, "about ", 6) == 0)
            at += 6;
        if (at < n && t[at] == '$')
            at++;
        return at < n && cpi_is_digit(t[at]) ? at : 0;
    }
    return 0;
}

static bool kind_is_money_or_percent(cp_figure_kind k) {
    return k == CP_FIGURE_MONEY || k == CP_FIGURE_PERCENT;
}

/* The number a block starts with before a space ("2 42 U.S.C. 3755(d)."),
 * at most three digits; -1 when none. */
static int leading_number(const cp_block *b) {
    const char *t = cpi_block_text(b);
    size_t n = b->text_size, i = 0;
    int v = 0;
    while (i < n && i < 3 && cpi_is_digit(t[i]))
        v = v * 10 + (t[i++] - '0');
    return i > 0 && i < n && t[i] == ' ' ? v : -1;
}

/* Does block b open with the number of a note, its neighbour opening with
 * the number before or after it ("1 P.L. 109-162" over "2 42 U.S.C. ...")? */
static bool note_number(const cp_document *doc, size_t b) {
    const cp_block *blk = &doc->blocks[b];
    if (blk->text_size == 0 || !cpi_is_digit(cpi_block_text(blk)[0]))
        return false; /* (most blocks: no call) */
    int v = leading_number(blk);
    if (v < 0)
        return false;
    return (b > 0 && leading_number(&doc->blocks[b - 1]) == v - 1) ||
           (b + 1 < doc->block_count && leading_number(&doc->blocks[b + 1]) == v + 1);
}

/* An older year, read as a year only after a word that dates ("moved
 * there in 1873", "since 1791"; year_like reads 1900 to 2100 anywhere). */
static bool older_year(const char *t, size_t n, size_t prev, const number *num) {
    if (prev == SIZE_MAX || num->word || num->money || num->percent ||
        num->end - num->start != 4 || num->value < 1700 || num->value >= 1900 ||
        !cpi_is_digit(t[num->start + 1]))
        return false;
    static const char *const DATING[] = {"In", "Since", "in", "since",
                                         "until"}; /* sorted */
    return cpi_word_in(CPI_WORDS(DATING), t + prev, cpi_inner_len(t, n, prev));
}

/* Does heading b open with a section's number ("4.2 ARPO Strike Force",
 * "3.1.2 Methods"): numbers joined by dots, a space, then a word in
 * capitals that is no scale ("4.2 Million Guns Traced" is a figure)? */
static bool section_number(const cp_block *b) {
    const char *t = cpi_block_text(b);
    size_t n = b->text_size;
    if (b->kind != CP_BLOCK_HEADING || n < 5 || !cpi_is_digit(t[0]))
        return false; /* (most blocks: no digit first) */
    size_t i = 0;
    int parts = 0;
    for (;;) {
        size_t d = i;
        while (i < n && i - d < 3 && cpi_is_digit(t[i]))
            i++;
        if (i == d)
            return false;
        parts++;
        if (i + 1 < n && t[i] == '.' && cpi_is_digit(t[i + 1]))
            i++;
        else
            break;
    }
    static const char *const SCALES[] = {"Billion", "Million", "Percent", "Thousand",
                                         "Trillion"}; /* sorted */
    return parts >= 2 && i + 1 < n && t[i] == ' ' && cpi_is_upper(t[i + 1]) &&
           !cpi_word_in(CPI_WORDS(SCALES), t + i + 1, cpi_inner_len(t, n, i + 1));
}

/* May the word at t[i] (a letter starts it) be a number, by its first
 * three letters (NUMBER_THIRDS)? Of the words of one or two letters, only
 * "a" before the first letter of a share ("a third of", "a quarter of",
 * "a fifth of": share_at) may be read. */
static inline bool may_be_number_word(const char *t, size_t n, size_t i) {
    if (i + 1 == n || !cpi_is_alpha(t[i + 1]))
        return (t[i] | 0x20) == 'a' && share_after_a(t, n, i);
    uint32_t thirds = NUMBER_THIRDS[PAIR(t[i], t[i + 1])];
    if (!thirds)
        return false;
    return i + 2 < n && cpi_is_alpha(t[i + 2]) && ((thirds >> (t[i + 2] & 31)) & 1);
}

/* May the word at p (a letter starts it, and p[1], p[2] can be read) be a
 * number, by NUMBER_THIRDS alone? It lets through all that
 * may_be_number_word does (and some more: five bits of a byte that is no
 * letter may be a letter's), with no bounds and no letter tests: most
 * words end here, and the few more it lets through are told by read_block's
 * next tests (their length, then word_number_at, which reads numbers
 * only). */
static inline bool number_prefix(const char *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint16_t two;
    memcpy(&two, p, 2);
    unsigned pair = two & 0x1F1Fu; /* PAIR(p[0], p[1]) */
#else
    unsigned pair = PAIR(p[0], p[1]);
#endif
    return (NUMBER_THIRDS[pair] >> (p[2] & 31)) & 1;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* For the 16 bytes at s: bit k of *alnum set where s[k] is an ASCII letter
 * or digit, of *digit where it is a digit. */
static inline void alnum16(const char *s, unsigned *alnum, unsigned *digit) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* c in [lo, lo + k): one signed compare once lo is moved to -128 */
#define IN_RANGE(c, lo, k)                                                 \
    _mm_cmplt_epi8(_mm_add_epi8(c, _mm_set1_epi8((char)(0x80 - (lo)))), \
                   _mm_set1_epi8((char)(-128 + (k))))
    __m128i d = IN_RANGE(v, '0', 10);
    __m128i letter = IN_RANGE(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
#undef IN_RANGE
    *digit = (unsigned)_mm_movemask_epi8(d);
    *alnum = (unsigned)_mm_movemask_epi8(_mm_or_si128(d, letter));
}
#endif

/* The first start of a run of letters and digits at or after `from` that
 * may be a figure: a digit, or letters number_prefix lets through; n
 * when none. `inside`: t[from - 1] is a letter or digit (the run it ends
 * is passed over), else from is 0 or t[from - 1] is neither. Most words
 * are passed over here, 16 bytes at a time (SSE2). */
static ALWAYS_INLINE size_t next_candidate(const char *t, size_t n, size_t from, bool inside) {
    size_t i = from;
#if defined(__SSE2__) && defined(__GNUC__)
    unsigned carry = inside; /* is the byte before these 16 a letter or digit? */
    for (; i + 18 <= n; i += 16) { /* (number_prefix reads two bytes past a start) */
        unsigned alnum, digit;
        alnum16(t + i, &alnum, &digit);
        unsigned starts = alnum & ~((alnum << 1) | carry);
        carry = (alnum >> 15) & 1;
        for (; starts; starts &= starts - 1) {
            unsigned k = (unsigned)__builtin_ctz(starts);
            if (((digit >> k) & 1) || number_prefix(t + i + k))
                return i + k;
        }
    }
    /* the last 17 bytes or fewer, with no copy but in a short text: the
     * 16 bytes before n, shifted to start at i; a word that starts in
     * the last two bytes may be no number (with NULs after them, as
     * number_prefix read them before, none is) */
    for (; i < n; i += 16) {
        unsigned alnum, digit, room = (unsigned)(n - i);
        if (room >= 16) {
            alnum16(t + i, &alnum, &digit);
        } else if (n >= 16) {
            alnum16(t + n - 16, &alnum, &digit);
            alnum >>= 16 - room;
            digit >>= 16 - room;
        } else {
            char pad[16] = {0};
            cpi_copy_short(pad, t + i, room);
            alnum16(pad, &alnum, &digit);
        }
        unsigned starts = alnum & ~((alnum << 1) | carry);
        carry = (alnum >> 15) & 1;
        for (; starts; starts &= starts - 1) {
            unsigned k = (unsigned)__builtin_ctz(starts);
            if (((digit >> k) & 1) || (k + 2 < room && number_prefix(t + i + k)))
                return i + k;
        }
    }
    return n;
#else
    while (inside && i < n && (cpi_class(t[i]) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT)))
        i++;
    for (; i < n; i++) {
        unsigned c = cpi_class(t[i]);
        if (!(c & (CPI_UPPER | CPI_LOWER | CPI_DIGIT)))
            continue;
        if ((c & CPI_DIGIT) || may_be_number_word(t, n, i))
            return i;
        while (i + 1 < n && (cpi_class(t[i + 1]) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT)))
            i++;
    }
    return n;
#endif
}

/* cpi_prev_word(t, pos), without its call and byte loops where the word
 * and the spaces after it lie in the 16 bytes before pos (SSE2): the
 * start of the word before each number found. */
static inline size_t prev_word(const char *t, size_t pos) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (pos >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + pos - 16));
        unsigned space = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        unsigned other = ~space & 0xFFFF;
        if (other) {
            unsigned last = 31 - (unsigned)__builtin_clz(other); /* the word's last byte */
            unsigned before = space & ((1u << last) - 1);          /* the spaces before it */
            if (before) {
                size_t start = pos - 16 + (32 - (unsigned)__builtin_clz(before));
                assert(start == cpi_prev_word(t, pos));
                return start;
            }
        }
    }
#endif
    return cpi_prev_word(t, pos);
}

/* "Congressional Research Service                         3": a page's
 * number, set apart by a long run of spaces (a table's columns take fewer)
 * at the end of a short line, its running title's: not a quantity. Asked
 * of a number that ends its block. */
static bool page_number_apart(const cpi_extract *x, const cp_block *b, size_t n,
                              const number *num) {
    enum { LINE_MAX = 100, SPACES = 20 };
    if (num->word || num->money || num->percent || num->end - num->start > 3 ||
        n > LINE_MAX || !x->doc->bytes)
        return false;
    cp_mention m = cpi_mention_of(x, b, num->start, num->end);
    if (m.start < SPACES + 1)
        return false;
    for (size_t k = 1; k <= SPACES; k++)
        if (x->doc->bytes[m.start - k] != ' ')
            return false;
    return true;
}

/* "(year three of five)", "on day 10 of 30": the number of a year or a
 * day in a count of them, not a quantity. `prev` is the word before. */
static bool index_of_span(const char *t, size_t n, size_t prev, const number *num) {
    if (num->money || num->percent || !cpi_starts_with(t, n, num->end, " of "))
        return false;
    if (t[prev] == '(')
        prev++;
    size_t len = num->start - 1 - prev;
    if (len < 3 || len > 5 ||
        !(WORD_CI(t, n, prev, "year") || WORD_CI(t, n, prev, "day") ||
          WORD_CI(t, n, prev, "week") || WORD_CI(t, n, prev, "month")))
        return false;
    number total;
    return number_at(t, n, num->end + 4, &total) && !total.year_like;
}

static ALWAYS_INLINE bool read_block(cpi_extract *x, const cp_block *b, bool note) {
    const char *t = cpi_block_text(b);
    size_t n = b->text_size;
    size_t ident_end = SIZE_MAX; /* where the last identifier's number ends */
    bool ident_many = false;     /* ... after a plural ("Sections") */
    size_t seg = 0;              /* the segment the last unit mapped ended in */
    size_t first_figure = x->figure_count; /* (mapped at the end: map_figures) */
    bool ok = true; /* (false: an allocation failed) */
    size_t i = 0;
    if (note) /* the note's or section's number is no figure */
        while (i < n && (cpi_is_digit(t[i]) || t[i] == '.'))
            i++;
    /* t[i] is a word or number that is no figure: on past it and any
     * letters or digits glued to it */
    bool past = false;
    while (i < n) {
        unsigned c; /* (not read for the word just passed) */
        bool candidate = false; /* next_candidate let t[i] through */
        if (past || !((c = cpi_class(t[i])) & (CPI_UPPER | CPI_LOWER | CPI_DIGIT))) {
            /* (else spaces, punctuation, UTF-8): on to the next word that
             * may be a number, past the others (the one call: inlined) */
            i = next_candidate(t, n, i + 1, past);
            past = false;
            if (i >= n)
                break;
            c = cpi_class(t[i]);
            candidate = true;
        }
        number num;
        bool found;
        if (c & CPI_DIGIT) {
            if (i > 0 && cpi_is_digit(t[i - 1])) {
                i++;
                continue;
            }
            found = digits_at(t, n, i, &num);
        } else {
            /* a word: most are no number, and its first letters tell
             * which (NUMBER_THIRDS), then its length (NUMBER_STARTS),
             * before number_at's work. Inside a word (after a letter,
             * digit, '.', '-', '\'') nothing starts: digits glued to
             * letters are no figure either. (A candidate has passed
             * number_prefix, which lets through all that
             * may_be_number_word does; the latter is for the block's last
             * two bytes.) */
            unsigned first = (unsigned)(t[i] | 0x20) - 'a'; /* an ASCII letter */
            found = false;
            if (candidate ||
                (i + 2 < n ? number_prefix(t + i) : may_be_number_word(t, n, i))) {
                size_t len = letters_at(t, n, i);
                found = ((NUMBER_STARTS[len < 10 ? len : 10] >> first) & 1) &&
                        cpi_word_start(t, i) && word_number_at(t, n, i, len, &num);
            }
        }
        if (!found) {
            past = true;
            continue;
        }
        size_t prev = prev_word(t, num.start);
        /* ("July, 24 face charges": a comma parts a month from a count;
         * "Trenton Health Team: $1,250,000": a sum names nothing) */
        bool identifier = prev != SIZE_MAX && !num.money && identifier_before(t, n, prev) &&
                          !(num.start >= 2 && t[num.start - 2] == ',') &&
                          !(num.value > 31 && !num.word && month_word(t, n, prev));
        /* "\xC2\xA7\xC2\xA7 841 and 846", "pages 12 and 13": the next of a
         * pair of identifiers; "Items 2.1 through 2.9": the end of a range of
         * them */
        if (!identifier && !num.word && ident_end != SIZE_MAX &&
            ((num.start == ident_end + 9 &&
              cpi_starts_with(t, n, ident_end, " through ")) ||
             ((num.start == ident_end + 5 || num.start == ident_end + 4) &&
              (cpi_starts_with(t, n, ident_end, " and ") ||
               cpi_starts_with(t, n, ident_end, " or ")) &&
              (ident_many ||
               !(num.end + 1 < n && t[num.end] == ' ' && cpi_is_lower(t[num.end + 1]))))))
            identifier = true; /* (not "\xC2\xA7 922 and 12 cases": that counts) */
        if (identifier) {
            /* a plural announces the pair whatever follows ("Wards 7 and 8
             * east of the river") */
            size_t len = prev != SIZE_MAX ? cpi_inner_len(t, n, prev) : 0;
            ident_many = len > 3 && t[prev + len - 1] == 's';
            ident_end = num.end;
        }
        /* a space before the number and a word in lower case after it
         * (most figures: "about 236 people"): no code's title, sign,
         * footnote, street, name or thing named is there, and only the
         * tests that read more than those bytes are asked */
        bool plain_around = num.start > 0 && t[num.start - 1] == ' ' && num.end + 1 < n &&
                            t[num.end] == ' ' && cpi_is_lower(t[num.end + 1]) &&
                            t[num.end + 1] != 'b';
        if (num.year_like || identifier || older_year(t, n, prev, &num) ||
            (prev != SIZE_MAX &&
             (cpi_word_is(t, n, prev, "FY") || cpi_word_is(t, n, prev, "U.S."))) ||
            (!plain_around &&
             (code_title_after(t, n, num.end) || section_sign_before(t, num.start) ||
              (num.start > 0 && (t[num.start - 1] == '_' || t[num.start - 1] == '/')) ||
              street_after(t, n, &num) || footnote_at(t, n, &num) ||
              docket_number(t, n, prev, &num))) ||
            emergency_number(t, n, &num) || (!plain_around && names_a_thing(t, n, &num)) ||
            (prev != SIZE_MAX && index_of_span(t, n, prev, &num)) ||
            (num.end == n && page_number_apart(x, b, n, &num)) ||
            (prev != SIZE_MAX && (cpi_is_upper(t[prev]) || t[prev] == '(') &&
             station_number(x, t, n, prev, &num)) ||
            (may_be_zip_code(t, n, prev, &num) && zip_code(t, n, prev, &num)) ||
            (!plain_around &&
             (digits_in_name(t, n, prev, &num, b->kind == CP_BLOCK_HEADING) ||
              in_program_name(x, (size_t)(b - x->doc->blocks), num.start, num.end))) ||
            ((num.start == 0 || n <= 16) && marker_at(t, n, &num)) ||
            (prev != SIZE_MAX && t[prev] == 'a' && prev + 3 == num.start &&
             hour_after_day_word(t, n, prev, &num)) ||
            (num.end + 4 < n && t[num.end] == ' ' &&
             (t[num.end + 1] == 'i' || t[num.end + 1] == 'w' || t[num.end + 1] == 'h') &&
             program_by_number(x, t, n, &num)) ||
            opens_ordinal(t, n, &num) ||
            (prev != SIZE_MAX && cpi_is_upper(t[prev]) &&
             running_header_number(t, n, prev, &num)) ||
            (num.word && !plain_around && b->kind != CP_BLOCK_HEADING &&
             word_in_name(t, n, &num))) {
            i = num.end;
            /* "Page 2 of 5": the count of pages goes with it */
            if (prev != SIZE_MAX && (cpi_word_is(t, n, prev, "Page") ||
                                     cpi_word_is(t, n, prev, "page")) &&
                cpi_starts_with(t, n, i, " of ") && i + 4 < n && cpi_is_digit(t[i + 4])) {
                i += 4;
                while (i + 1 < n && cpi_is_digit(t[i + 1]))
                    i++;
            }
            i++;
            continue;
        }
        size_t start = num.start, end = num.end;
        /* "more than a dozen", "about a hundred": the qualifier comes
         * before the article these two words take */
        bool article = num.word && start >= 2 && t[start - 2] == 'a' && t[start - 1] == ' ' &&
                       (start == 2 || t[start - 3] == ' ') &&
                       (lower(t[start]) == 'd' ? WORD_CI(t, n, start, "dozen")
                                               : WORD_CI(t, n, start, "hundred"));
        cp_qualifier q = qualifier_before(t, n, article ? start - 2 : start);
        if (q == CP_QUALIFIER_MORE_THAN && start >= 5 && lower(t[start - 5]) == 'o' &&
            memcmp(t + start - 4, "ver ", 4) == 0 && time_unit_after(t, n, num.end))
            q = CP_QUALIFIER_EXACT; /* "over three years": during them, not more */
        cp_figure_kind kind = num.money ? CP_FIGURE_MONEY : num.percent ? CP_FIGURE_PERCENT
                                                                        : CP_FIGURE_COUNT;
        /* "three-year period", "six-week": a duration */
        if (end + 1 < n && t[end] == '-' &&
            (WORD_CI(t, n, end + 1, "year") || WORD_CI(t, n, end + 1, "month") ||
             WORD_CI(t, n, end + 1, "week") || WORD_CI(t, n, end + 1, "day")))
            kind = CP_FIGURE_DURATION;
        /* "from about 6,000 annually to 8,000": a change */
        bool has_from = false;
        double from = 0, value = num.value;
        bool from_word = start >= 5 && (memcmp(t + start - 5, "from ", 5) == 0 ||
                                        (q != CP_QUALIFIER_EXACT && start >= 11 &&
                                         memcmp(t + start - 11, "from about ", 11) == 0));
        /* (all that follows but a duration reads the clause's marks) */
        clause_marks marks;
        if (from_word || kind != CP_FIGURE_DURATION)
            clause_marks_at(t, n, num.end, from_word, &marks);
        size_t to_at = from_word ? change_to_after(n, num.end, &marks) : SIZE_MAX;
        if (to_at != SIZE_MAX) {
            number to;
            size_t k = to_at + 4;
            if (k + 6 < n && memcmp(t + k, "about ", 6) == 0)
                k += 6;
            if (k < n && t[k] == '$')
                k++;
            if (k < n && number_at(t, n, k, &to) && !to.year_like) {
                has_from = true;
                from = num.value;
                value = to.value;
                kind = CP_FIGURE_CHANGE;
                end = to.end;
            }
        }
        /* "64 defendants, up from 41": a change told from its end */
        bool told_back = false;
        if (!has_from && kind != CP_FIGURE_DURATION) {
            size_t k = up_from_after(t, n, num.end, &marks);
            number was;
            if (k && number_at(t, n, k, &was) && !was.year_like) {
                has_from = told_back = true;
                from = was.value;
                kind = CP_FIGURE_CHANGE;
                end = was.end;
            }
        }
        /* (a change's period may sit inside it: "from 6,000 annually to") */
        const char *per = has_from || kind != CP_FIGURE_DURATION
                              ? period_after(t, n, num.end, &marks)
                              : NULL;
        if (!has_from && per && kind == CP_FIGURE_COUNT)
            kind = CP_FIGURE_RATE;
        /* a change's span starts at its "from" (or at its end, told first) */
        size_t fstart = start;
        if (has_from && !told_back)
            fstart = memcmp(t + start - 5, "from ", 5) == 0 ? start - 5 : start - 11;
        if (!add_figure(x, b, fstart, end, value, has_from, from, kind, q, per)) {
            ok = false; /* (the figures so far are mapped all the same) */
            break;
        }
        if (!kind_is_money_or_percent(kind)) {
            size_t unit_at = has_from && !told_back ? end : num.end;
            size_t ustart = unit_at + 1, uend = 0;
            cp_figure *f = &x->figures[x->figure_count - 1];
            bool nomem = false;
            f->unit = unit_after(x, t, n, unit_at, &uend, &nomem);
            if (nomem) {
                ok = false;
                break;
            }
            if (f->unit) {
                cp_mention um = mention_from(x, b, ustart, uend, &seg);
                f->unit_start = um.start;
                if (um.end - um.start <= UINT16_MAX)
                    f->unit_len = (uint16_t)(um.end - um.start);
                else
                    f->unit = NULL; /* four words of 16,000 letters: no unit */
            }
        }
        /* "rose by 12", "increased by nearly 33,000": a change of that much */
        if (!has_from && kind == CP_FIGURE_COUNT && changed_by(t, start))
            x->figures[x->figure_count - 1].kind = CP_FIGURE_CHANGE;
        i = end + 1;
    }
    if (x->figure_count > first_figure)
        map_figures(x, b, first_figure);
    return ok;
}

bool cpi_extract_figures(cpi_extract *x) {
#ifndef NDEBUG
    check_number_tables();
#endif
    for (size_t b = 0; b < x->doc->block_count; b++) {
        const cp_block *blk = &x->doc->blocks[b];
        if (!cpi_block_readable(blk, false))
            continue;
        if (!read_block(x, blk, note_number(x->doc, b) || section_number(blk)))
            return false;
    }
    return true;
}
