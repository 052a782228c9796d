/* Text, stage 2: sentences of a clean text.
 *
 * A sentence ends at '.', '!' or '?' (with any closing quotes and brackets)
 * followed by a space and a capital, a digit or an opening quote, or at the
 * end of the text. Abbreviations do not end a sentence: titles (`Gen.`),
 * initials (`William P. Barr`), months and `No.` before a number; those that
 * often close a sentence (`Mo.`, `D.C.`, `U.S.`, `Jr.`) end one only before a
 * word that usually starts one ("... Kansas City, Mo. The city ..."). */
#include <assert.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "text.h"

typedef enum abbrev_kind {
    ABBREV_NONE = 0,
    ABBREV_TITLE,     /* never ends a sentence */
    ABBREV_NUMBERED,  /* does not end one before a digit: Jan. 5, No. 3 */
    ABBREV_FINAL      /* ends one only before a sentence starter */
} abbrev_kind;

typedef struct abbrev {
    const char *word;
    size_t len;
    abbrev_kind kind;
} abbrev;
#define AB(w, k) {w, sizeof(w) - 1, k} /* (lengths known at compile time) */

/* Abbreviations, matched case-sensitively, in strcmp() order (looked up by
 * halves: lookup_abbrev()). */
static const abbrev ABBREVS[] = {
    AB("Adm", ABBREV_TITLE),   AB("Ala", ABBREV_FINAL),    AB("Apr", ABBREV_NUMBERED),
    AB("Ariz", ABBREV_FINAL),  AB("Ark", ABBREV_FINAL),    AB("Asst", ABBREV_TITLE),
    AB("Atty", ABBREV_TITLE),  AB("Aug", ABBREV_NUMBERED), AB("Ave", ABBREV_FINAL),
    AB("Blvd", ABBREV_FINAL),  AB("Ca", ABBREV_FINAL),     AB("Calif", ABBREV_FINAL),
    AB("Capt", ABBREV_TITLE),  AB("Cmdr", ABBREV_TITLE),   AB("Co", ABBREV_FINAL),
    AB("Col", ABBREV_TITLE),   AB("Colo", ABBREV_FINAL),   AB("Conn", ABBREV_FINAL),
    AB("Corp", ABBREV_FINAL),  AB("Cpl", ABBREV_TITLE),    AB("Dec", ABBREV_NUMBERED),
    AB("Del", ABBREV_FINAL),   AB("Dept", ABBREV_FINAL),   AB("Det", ABBREV_TITLE),
    AB("Dr", ABBREV_TITLE),    AB("Feb", ABBREV_NUMBERED), AB("Fig", ABBREV_NUMBERED),
    AB("Fla", ABBREV_FINAL),   AB("Ft", ABBREV_TITLE),     AB("Ga", ABBREV_FINAL),
    AB("Gen", ABBREV_TITLE),   AB("Gov", ABBREV_TITLE),    AB("Hon", ABBREV_TITLE),
    AB("Ill", ABBREV_FINAL),   AB("Inc", ABBREV_FINAL),    AB("Ind", ABBREV_FINAL),
    AB("Insp", ABBREV_TITLE),  AB("Jan", ABBREV_NUMBERED), AB("Jr", ABBREV_FINAL),
    AB("Jul", ABBREV_NUMBERED), AB("Jun", ABBREV_NUMBERED), AB("Kan", ABBREV_FINAL),
    AB("Kans", ABBREV_FINAL),  AB("Ky", ABBREV_FINAL),     AB("La", ABBREV_FINAL),
    AB("Lt", ABBREV_TITLE),    AB("Ltd", ABBREV_FINAL),    AB("Maj", ABBREV_TITLE),
    AB("Mar", ABBREV_NUMBERED), AB("Mass", ABBREV_FINAL),  AB("Md", ABBREV_FINAL),
    AB("Me", ABBREV_FINAL),    AB("Mich", ABBREV_FINAL),   AB("Minn", ABBREV_FINAL),
    AB("Miss", ABBREV_FINAL),  AB("Mo", ABBREV_FINAL),     AB("Mont", ABBREV_FINAL),
    AB("Mr", ABBREV_TITLE),    AB("Mrs", ABBREV_TITLE),    AB("Ms", ABBREV_TITLE),
    AB("Mt", ABBREV_TITLE),    AB("Neb", ABBREV_FINAL),    AB("Nebr", ABBREV_FINAL),
    AB("Nev", ABBREV_FINAL),   AB("No", ABBREV_NUMBERED),  AB("Nos", ABBREV_NUMBERED),
    AB("Nov", ABBREV_NUMBERED), AB("Oct", ABBREV_NUMBERED), AB("Okla", ABBREV_FINAL),
    AB("Ore", ABBREV_FINAL),   AB("Pa", ABBREV_FINAL),     AB("Pfc", ABBREV_TITLE),
    AB("Ph", ABBREV_TITLE),    AB("Pres", ABBREV_TITLE),   AB("Prof", ABBREV_TITLE),
    AB("Rep", ABBREV_TITLE),   AB("Reps", ABBREV_TITLE),   AB("Rev", ABBREV_TITLE),
    AB("Sen", ABBREV_TITLE),   AB("Sens", ABBREV_TITLE),   AB("Sep", ABBREV_NUMBERED),
    AB("Sept", ABBREV_NUMBERED), AB("Sgt", ABBREV_TITLE),  AB("Sr", ABBREV_FINAL),
    AB("St", ABBREV_TITLE),    AB("Supt", ABBREV_TITLE),   AB("Tenn", ABBREV_FINAL),
    AB("Tex", ABBREV_FINAL),   AB("Va", ABBREV_FINAL),     AB("Vol", ABBREV_NUMBERED),
    AB("Vt", ABBREV_FINAL),    AB("Wash", ABBREV_FINAL),   AB("Wis", ABBREV_FINAL),
    AB("Wyo", ABBREV_FINAL),   AB("approx", ABBREV_FINAL), AB("e.g", ABBREV_TITLE),
    AB("etc", ABBREV_FINAL),   AB("i.e", ABBREV_TITLE),    AB("vs", ABBREV_TITLE),
};

/* Words that start a sentence after an abbreviation that may end one, with
 * their lengths, in strcmp() order. */
#define WORD(s) {s, sizeof(s) - 1}
static const struct {
    const char *word;
    size_t len;
} STARTERS[] = {
    WORD("A"),      WORD("According"), WORD("After"),   WORD("Also"),    WORD("An"),
    WORD("And"),    WORD("As"),        WORD("At"),      WORD("But"),     WORD("During"),
    WORD("For"),    WORD("He"),        WORD("Her"),     WORD("His"),     WORD("However"),
    WORD("I"),      WORD("If"),        WORD("In"),      WORD("It"),      WORD("Its"),
    WORD("Last"),   WORD("Meanwhile"), WORD("Officials"), WORD("On"),    WORD("Our"),
    WORD("She"),    WORD("Since"),     WORD("That"),    WORD("The"),     WORD("Their"),
    WORD("There"),  WORD("These"),     WORD("They"),    WORD("This"),    WORD("Those"),
    WORD("Under"),  WORD("We"),        WORD("When"),    WORD("While"),   WORD("With"),
    WORD("Yet"),
};
#undef WORD

static bool is_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
static bool is_lower(char ch) { return ch >= 'a' && ch <= 'z'; }
static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static bool is_alpha(char ch) { return is_upper(ch) || is_lower(ch); }

/* The order of w[0..n) and the table word t[0..tn), as strcmp() has it. */
static inline int compare_word(const char *w, size_t n, const char *t, size_t tn) {
    size_t common = n < tn ? n : tn;
    for (size_t i = 0; i < common; i++) /* (a few letters: no call) */
        if (w[i] != t[i])
            return (unsigned char)w[i] < (unsigned char)t[i] ? -1 : 1;
    return (n > tn) - (n < tn);
}

/* Both tables are in strcmp() order (debug builds check it): a word is
 * looked up by halves, seven steps rather than a hundred compares. */
static abbrev_kind lookup_abbrev(const char *w, size_t n) {
    size_t lo = 0, hi = sizeof ABBREVS / sizeof ABBREVS[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_word(w, n, ABBREVS[mid].word, ABBREVS[mid].len);
        if (c == 0)
            return ABBREVS[mid].kind;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return ABBREV_NONE;
}

static bool is_starter(const char *w, size_t n) {
    size_t lo = 0, hi = sizeof STARTERS / sizeof STARTERS[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_word(w, n, STARTERS[mid].word, STARTERS[mid].len);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

#ifndef NDEBUG
/* The tables' order (debug builds). */
static void check_tables(void) {
    for (size_t i = 1; i < sizeof ABBREVS / sizeof ABBREVS[0]; i++)
        assert(compare_word(ABBREVS[i - 1].word, ABBREVS[i - 1].len, ABBREVS[i].word,
                            ABBREVS[i].len) < 0);
    for (size_t i = 1; i < sizeof STARTERS / sizeof STARTERS[0]; i++)
        assert(compare_word(STARTERS[i - 1].word, STARTERS[i - 1].len, STARTERS[i].word,
                            STARTERS[i].len) < 0);
}
#endif

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

/* Is the abbreviation before t[dot] a state after a place and its comma
 * ("Reno, Nev.")? Mid-sentence, such a state takes a comma of its own
 * ("Reno, Nev., police"): without one, its period ends the sentence. */
static bool state_after_place(const char *t, size_t dot) {
    size_t b = dot;
    while (b > 0 && (is_alpha(t[b - 1]) || t[b - 1] == '.'))
        b--;
    return b >= 3 && t[b - 1] == ' ' && t[b - 2] == ',' && is_alpha(t[b - 3]);
}

/* Does the word after the one ending at w name an office, making both
 * part of a name ("Reno, Nev. Police Department")? */
static bool office_follows(const char *t, size_t size, size_t w) {
    static const char *const OFFICES[] = {"Department", "Dept",     "Office",
                                          "Division",   "District", "Field"};
    if (w + 1 >= size || t[w] != ' ')
        return false;
    for (size_t k = 0; k < sizeof OFFICES / sizeof OFFICES[0]; k++) {
        size_t len = strlen(OFFICES[k]);
        if (w + 1 + len <= size && memcmp(t + w + 1, OFFICES[k], len) == 0)
            return true;
    }
    return false;
}

static inline bool add_sentence(cpi_cleaner *c, size_t s, size_t e, const cpi_seg *segs,
                                size_t seg_count, size_t size) {
    if (s >= e)
        return true;
    if (!cpi_mem_reserve(c->mem, (void **)&c->sentences, &c->sentence_cap,
                         c->sentence_count + 1, sizeof(cp_sentence)))
        return false;
    cp_sentence *x = &c->sentences[c->sentence_count++];
    x->text_start = s;
    x->text_end = e;
    if (seg_count == 1 && !segs[0].atomic) {
        /* one identity run (most blocks): cpi_map_start/cpi_map_end without
         * the calls; offsets at the text's end map to the run's end */
        size_t run_end = segs[0].orig + segs[0].olen;
        x->start = s < size ? segs[0].orig + s : run_end;
        x->end = e < size ? segs[0].orig + e : run_end;
    } else {
        /* a sentence from the text's start or to its end (most blocks are
         * one sentence): mapped as cpi_map_start/cpi_map_end do, without
         * the search (the first segment alone starts at clean offset 0) */
        assert(seg_count > 0); /* (a text has a segment for each of its bytes) */
        const cpi_seg *last = &segs[seg_count - 1];
        x->start = s == 0 ? segs[0].orig : cpi_map_start(segs, seg_count, size, s);
        x->end = e >= size ? last->orig + last->olen : cpi_map_end(segs, seg_count, size, e);
    }
    return true;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* The bytes of t[0..16) that are '.', '!' or '?' (0xFF), the others 0. */
static inline __m128i marks_at(const char *t) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)t);
    return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
}

/* Bit k set where t[k] is '.', '!' or '?' (16 bytes). */
static inline unsigned marks16(const char *t) {
    return (unsigned)_mm_movemask_epi8(marks_at(t));
}
#endif

/* The offset of the first '.', '!' or '?' in t[i..size), or size: 32 and
 * 16 bytes at a time (SSE2), the last 16 of a text read once more (a short
 * text from a copy) rather than byte by byte. */
static size_t next_mark(const char *t, size_t i, size_t size) {
#if defined(__SSE2__) && defined(__GNUC__)
    if (size >= 16) {
        /* 32 bytes a step, told apart only when one of them is a mark */
        for (; size - i >= 32; i += 32) {
            __m128i low = marks_at(t + i), high = marks_at(t + i + 16);
            if (_mm_movemask_epi8(_mm_or_si128(low, high))) {
                unsigned mask = (unsigned)_mm_movemask_epi8(low) |
                                (unsigned)_mm_movemask_epi8(high) << 16;
                return i + (size_t)__builtin_ctz(mask);
            }
        }
        for (; size - i >= 16; i += 16) {
            unsigned mask = marks16(t + i);
            if (mask)
                return i + (size_t)__builtin_ctz(mask);
        }
        if (i == size)
            return size;
        unsigned mask = marks16(t + size - 16) >> (16 - (size - i)); /* from i on */
        return mask ? i + (size_t)__builtin_ctz(mask) : size;
    }
    if (i < size) { /* a short text: from a copy padded with NULs */
        char pad[16] = {0};
        memcpy(pad, t + i, size - i);
        unsigned mask = marks16(pad);
        return mask ? i + (size_t)__builtin_ctz(mask) : size;
    }
    return size;
#else
    while (i < size && t[i] != '.' && t[i] != '!' && t[i] != '?')
        i++;
    return i;
#endif
}

/* Past the footnote marks glued to a sentence's end at t[end]:
 * superscript digits ("analysts.\xC2\xB2 In 2006"), "[^2]" and "[2]". */
static size_t past_note_marks(const char *t, size_t end, size_t size) {
    for (;;) {
        if (end + 1 < size && (unsigned char)t[end] == 0xC2 &&
            ((unsigned char)t[end + 1] == 0xB9 || (unsigned char)t[end + 1] == 0xB2 ||
             (unsigned char)t[end + 1] == 0xB3)) {
            end += 2; /* superscript one, two, three */
        } else if (end + 2 < size && (unsigned char)t[end] == 0xE2 &&
                   (unsigned char)t[end + 1] == 0x81 &&
                   (unsigned char)t[end + 2] >= 0xB0 &&
                   (unsigned char)t[end + 2] <= 0xB9) {
            end += 3; /* superscript zero, four to nine */
        } else if (end + 2 < size && t[end] == '[') {
            size_t e = end + 1 + (t[end + 1] == '^');
            size_t digits = e;
            while (e < size && e - digits < 3 && is_digit(t[e]))
                e++;
            if (e == digits || e >= size || t[e] != ']')
                return end;
            end = e + 1;
        } else {
            return end;
        }
    }
}

bool cpi_split_sentences(cpi_cleaner *c, const char *t, size_t size, const cpi_seg *segs,
                         size_t seg_count) {
#ifndef NDEBUG
    check_tables();
#endif
    c->sentence_count = 0;
    size_t start = 0;
    size_t i = 0;
    while (i < size) {
        char ch = t[i];
        if (ch != '.' && ch != '!' && ch != '?') {
            i = next_mark(t, i + 1, size);
            continue;
        }
        size_t end = i + 1;
        while (end < size && (t[end] == '.' || t[end] == '!' || t[end] == '?'))
            end++;
        while (end < size && (t[end] == '"' || t[end] == '\'' || t[end] == ')' ||
                              t[end] == ']'))
            end++;
        end = past_note_marks(t, end, size);
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
                        split = is_starter(t + next, w - next) ||
                                (state_after_place(t, i) && !office_follows(t, size, w));
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
