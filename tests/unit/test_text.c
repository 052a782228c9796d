/* Unit tests of the text stage: cleaning (markup, folding, NFC, spaces, the
 * offset map) and sentence splitting; and the byte classes and word
 * searches that extraction runs over clean text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "extract.h"
#include "text.h"

typedef struct fx {
    cpi_mem mem;
    cpi_cleaner cl;
} fx;

static int setup(void **state) {
    static fx f;
    cpi_mem_init(&f.mem, NULL);
    cpi_cleaner_init(&f.cl, &f.mem);
    *state = &f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    cpi_cleaner_release(&f->cl);
    return 0;
}

static const char *clean(fx *f, const char *s) {
    cpi_piece p = {0, strlen(s)};
    assert_true(cpi_clean(&f->cl, s, strlen(s), &p, 1));
    return f->cl.out;
}

static void test_markup(void **state) {
    fx *f = *state;
    assert_string_equal(clean(f, "***PSP Teams*** focus"), "PSP Teams focus");
    assert_string_equal(clean(f, "a **bold** and *italic* word"), "a bold and italic word");
    assert_string_equal(clean(f, "see [the list](https://x.org/a) now"), "see the list now");
    assert_string_equal(clean(f, "[**Bold link**](#)"), "Bold link");
    /* unpaired or spaced stars and brackets stay */
    assert_string_equal(clean(f, "5 * 3 = 15"), "5 * 3 = 15");
    assert_string_equal(clean(f, "a *b"), "a *b");
    assert_string_equal(clean(f, "[sic] and [x](y"), "[sic] and [x](y");
    assert_string_equal(clean(f, "****"), "****");
}

static void test_folding(void **state) {
    fx *f = *state;
    assert_string_equal(clean(f, "\xE2\x80\x9CQuote\xE2\x80\x9D it\xE2\x80\x99s"),
                        "\"Quote\" it's");
    assert_string_equal(clean(f, "a \xE2\x80\x94 b \xE2\x80\x93 c -- d"), "a - b - c - d");
    assert_string_equal(clean(f, "  lots \v of\xC2\xA0\xC2\xA0space  "), "lots of space");
    /* the tabs of a line with two or more separate the cells of a table;
     * after a comma or at a line's start a tab is only space, and so is a
     * line's one tab */
    assert_string_equal(clean(f, "\tWayne County Office\tWayne County, MI \t 6,\t7"),
                        "Wayne County Office; Wayne County, MI; 6, 7");
    assert_string_equal(clean(f, "Officials\tsaid so"), "Officials said so");
    /* so do the gaps of three spaces or more of a line with two of them (a
     * table laid out with spaces), not one gap, nor a line's indent or end */
    assert_string_equal(
        clean(f, "City of Erie    Erie, PA    $5\n  Two  spaces.   One gap   "),
        "City of Erie; Erie, PA; $5 Two spaces. One gap");
    assert_string_equal(clean(f, "soft\xC2\xADhyphen zero\xE2\x80\x8Bwidth"),
                        "softhyphen zerowidth");
    assert_string_equal(clean(f, "wait\xE2\x80\xA6"), "wait...");
    /* NFC: e + combining acute becomes one precomposed character */
    assert_string_equal(clean(f, "Cafe\xCC\x81 Ol\xC3\xA9"), "Caf\xC3\xA9 Ol\xC3\xA9");
}

static void test_map(void **state) {
    fx *f = *state;
    const char *s = "x \xE2\x80\x9C**Hi**\xE2\x80\x9D  e\xCC\x81 [a](b) z";
    cpi_piece p = {0, strlen(s)};
    assert_true(cpi_clean(&f->cl, s, strlen(s), &p, 1));
    assert_string_equal(f->cl.out, "x \"Hi\" \xC3\xA9 a z");
    const cpi_seg *g = f->cl.segs;
    size_t n = f->cl.seg_count, t = f->cl.out_size;
    /* "Hi" starts after the quote and "**" */
    assert_int_equal(cpi_map_start(g, n, t, 3), 7);
    assert_int_equal(cpi_map_end(g, n, t, 5), 9);
    /* the opening quote is three bytes */
    assert_int_equal(cpi_map_start(g, n, t, 2), 2);
    assert_int_equal(cpi_map_end(g, n, t, 3), 5);
    /* the composed é covers "e" + U+0301 */
    size_t e = 7; /* clean offset of é */
    assert_memory_equal(f->cl.out + e, "\xC3\xA9", 2);
    assert_int_equal(cpi_map_start(g, n, t, e), 16);
    assert_int_equal(cpi_map_end(g, n, t, e + 2), 19);
    /* the link text */
    assert_int_equal(cpi_map_start(g, n, t, 10), 21);
    assert_int_equal(cpi_map_end(g, n, t, 11), 22);
    /* the end of the text maps to the end of the last character */
    assert_int_equal(cpi_map_end(g, n, t, t), strlen(s));
    assert_int_equal(cpi_map_start(g, n, t, t), strlen(s));
    /* a tab's "; " maps to the tab: "b" after it is still byte 2 */
    assert_string_equal(clean(f, "a\tb\tc"), "a; b; c");
    g = f->cl.segs, n = f->cl.seg_count, t = f->cl.out_size;
    assert_int_equal(cpi_map_start(g, n, t, 3), 2);
    assert_int_equal(cpi_map_end(g, n, t, 1), 1);
}

static void test_pieces(void **state) {
    fx *f = *state;
    const char *s = "for short-\n\nand long-term";
    cpi_piece p[2] = {{0, 10}, {12, 25}};
    assert_true(cpi_clean(&f->cl, s, strlen(s), p, 2));
    assert_string_equal(f->cl.out, "for short- and long-term");
    assert_int_equal(cpi_map_start(f->cl.segs, f->cl.seg_count, f->cl.out_size, 11), 12);
    assert_int_equal(cpi_map_end(f->cl.segs, f->cl.seg_count, f->cl.out_size, 10), 10);
}

/* A word a line's end broke with a hyphen is whole again, its span over
 * the hyphen and the break; a prefix keeps its hyphen. */
static void test_broken_words(void **state) {
    fx *f = *state;
    const char *s = "in Cincin-\nnati, the Co-\nlocated teams";
    cpi_piece p[3] = {{0, 10}, {11, 24}, {25, 38}};
    assert_true(cpi_clean(&f->cl, s, strlen(s), p, 3));
    assert_string_equal(f->cl.out, "in Cincinnati, the Co-located teams");
    const cpi_seg *g = f->cl.segs;
    size_t n = f->cl.seg_count, t = f->cl.out_size;
    /* "Cincinnati": clean [3, 13) is the bytes [3, 15) */
    assert_int_equal(cpi_map_start(g, n, t, 3), 3);
    assert_int_equal(cpi_map_end(g, n, t, 13), 15);
    assert_int_equal(cpi_map_start(g, n, t, 9), 11); /* the "n" after the break */
    /* "Co-located": clean [19, 29) is the bytes [21, 32) */
    assert_int_equal(cpi_map_start(g, n, t, 19), 21);
    assert_int_equal(cpi_map_end(g, n, t, 29), 32);
}

static size_t sentences(fx *f, const char *s) {
    const char *t = clean(f, s);
    assert_true(cpi_split_sentences(&f->cl, t, f->cl.out_size, f->cl.segs, f->cl.seg_count));
    return f->cl.sentence_count;
}

static void test_sentences(void **state) {
    fx *f = *state;
    assert_int_equal(sentences(f, "One. Two! Three? Four"), 4);
    assert_int_equal(sentences(f, "He lives in Kansas City, Mo. with his family."), 1);
    assert_int_equal(sentences(f, "He lives in Kansas City, Mo. The city is large."), 2);
    /* a state after a place, with no comma of its own, ends a sentence;
     * not before its police department's name */
    assert_int_equal(sentences(f, "Among them is Reno, Nev. Police in Sparks are not."),
                     2);
    assert_int_equal(sentences(f, "Officers of the Reno, Nev. Police Department came."),
                     1);
    assert_int_equal(sentences(f, "The U.S. Marshals Service helped. It worked."), 2);
    assert_int_equal(sentences(f, "Agents came to Washington, D.C. on Monday."), 1);
    assert_int_equal(sentences(f, "Gen. Smith spoke. Mr. Jones and Dr. Lee listened."), 2);
    assert_int_equal(sentences(f, "On Jan. 5 it began. Case No. 12 was first."), 2);
    assert_int_equal(sentences(f, "Attorney General William P. Barr announced it."), 1);
    assert_int_equal(sentences(f, "\"It's enough.\" Biden said so."), 2);
    assert_int_equal(sentences(f, "It is safe and beautiful.The order says so."), 2);
    assert_int_equal(sentences(f, "It costs $3.4 billion. Really."), 2);
    assert_int_equal(sentences(f, "Visit Al.com today."), 1);
    /* footnote marks glued to a sentence's end go with it */
    assert_int_equal(sentences(f, "They shared analysts.\xC2\xB2 In 2006 it grew."), 2);
    assert_int_equal(sentences(f, "It began in 2004.\xE2\x81\xB4 Later it grew."), 2);
    assert_int_equal(sentences(f, "It began in 2004.[^3] Later it grew.[12] Then more."),
                     3);
    assert_int_equal(sentences(f, "See [a]. It is [2004] old."), 2);
    /* spans */
    sentences(f, "First one. Second one.");
    assert_int_equal(f->cl.sentences[1].text_start, 11);
    assert_int_equal(f->cl.sentences[1].text_end, 22);
    assert_int_equal(f->cl.sentences[0].end, 10);
}

static void test_linear_markup(void **state) {
    /* Many unmatched openers: the bounded search keeps this fast. */
    fx *f = *state;
    static char big[200001];
    for (size_t i = 0; i < sizeof big - 1; i += 2) {
        big[i] = '*';
        big[i + 1] = 'a';
    }
    big[sizeof big - 1] = '\0';
    cpi_piece p = {0, sizeof big - 1};
    assert_true(cpi_clean(&f->cl, big, sizeof big - 1, &p, 1));
    assert_true(f->cl.out_size > 0);
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = i % 3 == 2 ? ']' : '[';
    assert_true(cpi_clean(&f->cl, big, sizeof big - 1, &p, 1));
    assert_int_equal(f->cl.out_size, sizeof big - 1);
}

/* The next capitalised word, one byte at a time: what cpi_next_capital's
 * eight-byte steps must agree with. */
static size_t next_capital_slowly(const char *t, size_t n, size_t pos) {
    for (size_t i = pos; i < n; i++)
        if (t[i] >= 'A' && t[i] <= 'Z' &&
            (i == 0 || !(cpi_inner_char(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == '\'' ||
                         t[i - 1] == '-')))
            return i;
    return pos > n ? pos : n;
}

static void test_next_capital(void **state) {
    (void)state;
    /* capitals at every offset of an 8-byte step, next to the bytes just
     * outside A-Z ('@', '[', 'a'-1, 0x80-0xFF), inside words and after joiners */
    const char *texts[] = {"", "A", "a", "@[`{ \x80\xC3\x89\xFF", "abcdefgH", "abcdefghI",
                           "in Memphis, Tennessee", "x-Ray O'Neil D.C. McAllen",
                           "\xC3\x89" "cole Zeta \xE2\x80\x94" "Alpha", "aaaaaaaaaaaaaaaaaaaaaaaZ",
                           "ZZZZZZZZZZZZZZZZ", "@@@@@@@@[[[[[[[[ Q"};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        const char *t = texts[k];
        size_t n = strlen(t);
        for (size_t pos = 0; pos <= n + 1; pos++)
            assert_int_equal(cpi_next_capital(t, n, pos), next_capital_slowly(t, n, pos));
    }
    /* every byte value at every position of a 24-byte window */
    char buf[25];
    for (int c = 1; c < 256; c++)
        for (size_t at = 0; at < 24; at++) {
            memset(buf, ' ', 24);
            buf[24] = '\0';
            buf[at] = (char)c;
            assert_int_equal(cpi_next_capital(buf, 24, 0), next_capital_slowly(buf, 24, 0));
        }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_markup),   cmocka_unit_test(test_folding),
        cmocka_unit_test(test_map),      cmocka_unit_test(test_pieces),
        cmocka_unit_test(test_sentences), cmocka_unit_test(test_linear_markup),
        cmocka_unit_test(test_next_capital), cmocka_unit_test(test_broken_words),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
