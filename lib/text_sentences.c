/* Text, stage 2: sentences of a clean text.
 *
 * A sentence ends at '.', '!' or '?' (with any closing quotes and brackets)
 * followed by a space and a capital, a digit or an opening quote, or at the
 * end of the text. Abbreviations do not end a sentence: titles (`Gen.`),
 * initials (`William P. Barr`), months and `No.` before a number; those that
 * often close a sentence (`Mo.`, `D.C.`, `U.S.`, `Jr.`) end one only before a
 * word that usually starts one ("... Kansas City, Mo. The city ..."). */
#include <string.h>

#include "text.h"

typedef enum abbrev_kind {
    ABBREV_NONE = 0,
    ABBREV_TITLE,     /* never ends a sentence */
    ABBREV_NUMBERED,  /* does not end one before a digit: Jan. 5, No. 3 */
    ABBREV_FINAL      /* ends one only before a sentence starter */
} abbrev_kind;

typedef struct abbrev {
    const char *word;
    abbrev_kind kind;
} abbrev;

/* Abbreviations, matched case-sensitively. The table is small and consulted
 * only at periods, so a linear scan is enough. */
static const abbrev ABBREVS[] = {
    {"Adm", ABBREV_TITLE},   {"Ala", ABBREV_FINAL},    {"Apr", ABBREV_NUMBERED},
    {"Ariz", ABBREV_FINAL},  {"Ark", ABBREV_FINAL},    {"Asst", ABBREV_TITLE},
    {"Atty", ABBREV_TITLE},  {"Aug", ABBREV_NUMBERED}, {"Ave", ABBREV_FINAL},
    {"Blvd", ABBREV_FINAL},  {"Ca", ABBREV_FINAL},     {"Calif", ABBREV_FINAL},
    {"Capt", ABBREV_TITLE},  {"Cmdr", ABBREV_TITLE},   {"Co", ABBREV_FINAL},
    {"Col", ABBREV_TITLE},   {"Colo", ABBREV_FINAL},   {"Conn", ABBREV_FINAL},
    {"Corp", ABBREV_FINAL},  {"Cpl", ABBREV_TITLE},    {"Dec", ABBREV_NUMBERED},
    {"Del", ABBREV_FINAL},   {"Dept", ABBREV_FINAL},   {"Det", ABBREV_TITLE},
    {"Dr", ABBREV_TITLE},    {"Feb", ABBREV_NUMBERED}, {"Fig", ABBREV_NUMBERED},
    {"Fla", ABBREV_FINAL},   {"Ft", ABBREV_TITLE},     {"Ga", ABBREV_FINAL},
    {"Gen", ABBREV_TITLE},   {"Gov", ABBREV_TITLE},    {"Hon", ABBREV_TITLE},
    {"Ill", ABBREV_FINAL},   {"Inc", ABBREV_FINAL},    {"Ind", ABBREV_FINAL},
    {"Insp", ABBREV_TITLE},  {"Jan", ABBREV_NUMBERED}, {"Jr", ABBREV_FINAL},
    {"Jul", ABBREV_NUMBERED}, {"Jun", ABBREV_NUMBERED}, {"Kan", ABBREV_FINAL},
    {"Kans", ABBREV_FINAL},  {"Ky", ABBREV_FINAL},     {"La", ABBREV_FINAL},
    {"Lt", ABBREV_TITLE},    {"Ltd", ABBREV_FINAL},    {"Maj", ABBREV_TITLE},
    {"Mar", ABBREV_NUMBERED}, {"Mass", ABBREV_FINAL},  {"Md", ABBREV_FINAL},
    {"Me", ABBREV_FINAL},    {"Mich", ABBREV_FINAL},   {"Minn", ABBREV_FINAL},
    {"Miss", ABBREV_FINAL},  {"Mo", ABBREV_FINAL},     {"Mont", ABBREV_FINAL},
    {"Mr", ABBREV_TITLE},    {"Mrs", ABBREV_TITLE},    {"Ms", ABBREV_TITLE},
    {"Mt", ABBREV_TITLE},    {"Neb", ABBREV_FINAL},    {"Nebr", ABBREV_FINAL},
    {"Nev", ABBREV_FINAL},   {"No", ABBREV_NUMBERED},  {"Nos", ABBREV_NUMBERED},
    {"Nov", ABBREV_NUMBERED}, {"Oct", ABBREV_NUMBERED}, {"Okla", ABBREV_FINAL},
    {"Ore", ABBREV_FINAL},   {"Pa", ABBREV_FINAL},     {"Pfc", ABBREV_TITLE},
    {"Ph", ABBREV_TITLE},    {"Pres", ABBREV_TITLE},   {"Prof", ABBREV_TITLE},
    {"Rep", ABBREV_TITLE},   {"Reps", ABBREV_TITLE},   {"Rev", ABBREV_TITLE},
    {"Sen", ABBREV_TITLE},   {"Sens", ABBREV_TITLE},   {"Sep", ABBREV_NUMBERED},
    {"Sept", ABBREV_NUMBERED}, {"Sgt", ABBREV_TITLE},  {"Sr", ABBREV_FINAL},
    {"St", ABBREV_TITLE},    {"Supt", ABBREV_TITLE},   {"Tenn", ABBREV_FINAL},
    {"Tex", ABBREV_FINAL},   {"Va", ABBREV_FINAL},     {"Vol", ABBREV_NUMBERED},
    {"Vt", ABBREV_FINAL},    {"Wash", ABBREV_FINAL},   {"Wis", ABBREV_FINAL},
    {"Wyo", ABBREV_FINAL},   {"approx", ABBREV_FINAL}, {"e.g", ABBREV_TITLE},
    {"etc", ABBREV_FINAL},   {"i.e", ABBREV_TITLE},    {"vs", ABBREV_TITLE},
};

/* Words that start a sentence after an abbreviation that may end one. */
static const char *const STARTERS[] = {
    "A",      "According", "After",  "Also",    "An",    "And",   "As",    "At",
    "But",    "During",    "For",    "He",      "Her",   "His",   "However", "I",
    "If",     "In",        "It",     "Its",     "Last",  "Meanwhile", "Officials",
    "On",     "Our",       "She",    "Since",   "That",  "The",   "Their", "There",
    "These",  "They",      "This",   "Those",   "Under", "We",    "When",  "While",
    "With",   "Yet",
};

static bool is_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
static bool is_lower(char ch) { return ch >= 'a' && ch <= 'z'; }
static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static bool is_alpha(char ch) { return is_upper(ch) || is_lower(ch); }

static abbrev_kind lookup_abbrev(const char *w, size_t n) {
    for (size_t i = 0; i < sizeof ABBREVS / sizeof ABBREVS[0]; i++)
        if (strlen(ABBREVS[i].word) == n && memcmp(ABBREVS[i].word, w, n) == 0)
            return ABBREVS[i].kind;
    return ABBREV_NONE;
}

static bool is_starter(const char *w, size_t n) {
    for (size_t i = 0; i < sizeof STARTERS / sizeof STARTERS[0]; i++)
        if (strlen(STARTERS[i]) == n && memcmp(STARTERS[i], w, n) == 0)
            return true;
    return false;
}

/* The kind of abbreviation ending at the period at text[dot]. */
static abbrev_kind abbrev_before(const char *t, size_t dot) {
    size_t b = dot;
    while (b > 0 && (is_alpha(t[b - 1]) || t[b - 1] == '.'))
        b--;
    size_t n = dot - b;
    if (n == 0)
        return ABBREV_NONE;
    /* An initial: one capital ("P." of William P. Barr). */
    if (n == 1 && is_upper(t[b]))
        return ABBREV_TITLE;
    /* Dotted capitals ("U.S", "D.C", "N.Y", "W.Va"): may end a sentence. */
    if (memchr(t + b, '.', n) && is_upper(t[b]))
        return ABBREV_FINAL;
    return lookup_abbrev(t + b, n);
}

static bool add_sentence(cpi_cleaner *c, size_t s, size_t e, const cpi_seg *segs,
                         size_t seg_count, size_t size) {
    if (s >= e)
        return true;
    if (!cpi_mem_reserve(c->mem, (void **)&c->sentences, &c->sentence_cap,
                         c->sentence_count + 1, sizeof(cp_sentence)))
        return false;
    cp_sentence *x = &c->sentences[c->sentence_count++];
    x->text_start = s;
    x->text_end = e;
    x->start = cpi_map_start(segs, seg_count, size, s);
    x->end = cpi_map_end(segs, seg_count, size, e);
    return true;
}

bool cpi_split_sentences(cpi_cleaner *c, const char *t, size_t size, const cpi_seg *segs,
                         size_t seg_count) {
    c->sentence_count = 0;
    size_t start = 0;
    size_t i = 0;
    while (i < size) {
        char ch = t[i];
        if (ch != '.' && ch != '!' && ch != '?') {
            /* the clean text is NUL-terminated: strcspn skips to the next
             * candidate many bytes at a time */
            size_t skip = strcspn(t + i, ".!?");
            i += skip ? skip : 1; /* 0 only at a NUL inside (never in clean text) */
            continue;
        }
        size_t end = i + 1;
        while (end < size && (t[end] == '.' || t[end] == '!' || t[end] == '?'))
            end++;
        while (end < size && (t[end] == '"' || t[end] == '\'' || t[end] == ')' ||
                              t[end] == ']'))
            end++;
        bool split = false;
        size_t next = end;
        if (end >= size) {
            split = true;
        } else if (t[end] == ' ') {
            next = end + 1;
            char n = next < size ? t[next] : '\0';
            if (is_upper(n) || is_digit(n) || n == '"' || n == '\'' || n == '(') {
                split = true;
                if (ch == '.' && end == i + 1) {
                    abbrev_kind k = abbrev_before(t, i);
                    size_t w = next;
                    while (w < size && is_alpha(t[w]))
                        w++;
                    if (k == ABBREV_TITLE)
                        split = false;
                    else if (k == ABBREV_NUMBERED)
                        split = !is_digit(n);
                    else if (k == ABBREV_FINAL)
                        split = is_starter(t + next, w - next);
                }
            }
        } else if (ch == '.' && end == i + 1 && is_upper(t[end]) && end + 1 < size &&
                   is_lower(t[end + 1]) && i >= 3 && is_lower(t[i - 1]) &&
                   is_lower(t[i - 2]) && is_lower(t[i - 3])) {
            /* "beautiful.The": a lost space between two sentences. */
            size_t b = i;
            while (b > 0 && is_alpha(t[b - 1]))
                b--;
            if (b == 0 || t[b - 1] == ' ') {
                split = true;
                next = end;
            }
        }
        if (split) {
            if (!add_sentence(c, start, end, segs, seg_count, size))
                return false;
            start = next;
        }
        i = end > i + 1 ? end : i + 1;
    }
    if (start < size && !add_sentence(c, start, size, segs, seg_count, size))
        return false;
    return true;
}
