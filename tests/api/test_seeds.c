/* The five seed documents loaded through the public API and checked in
 * detail: dates, titles, kinds, blocks and their nesting, the header taken out
 * of the body, and byte offsets of chosen phrases equal to where they stand
 * in the file. Also: every clean character maps back to bytes that fold to
 * it (exhaustive over the seeds). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testutil.h"

static const char *const SEEDS[] = {"000_cb7478d317e0990c", "001_128cdeab1240b2e1",
                                    "002_fad8123c6befce06", "003_30d921b88dc582be",
                                    "004_722d21e90fd49d95"};

static int setup(void **state) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        return -1;
    for (size_t i = 0; i < 5; i++)
        if (cp_corpus_load_file(c, tu_seed_path(SEEDS[i]), NULL) != CP_OK)
            return -1;
    *state = c;
    return 0;
}

static int teardown(void **state) {
    cp_corpus_free(*state);
    return 0;
}

static const cp_document *doc(void **state, int i) {
    const cp_document *d = cp_corpus_document_by_id(*state, SEEDS[i]);
    assert_non_null(d);
    return d;
}

static size_t count_kind(const cp_document *d, cp_block_kind kind) {
    size_t n = 0;
    for (size_t i = 0; i < cp_document_block_count(d); i++)
        n += cp_block_kind_of(cp_document_block_at(d, i)) == kind;
    return n;
}

/* The block whose clean text contains `phrase`, and the phrase's clean span. */
static const cp_block *block_with(const cp_document *d, const char *phrase, size_t *at) {
    for (size_t i = 0; i < cp_document_block_count(d); i++) {
        const cp_block *b = cp_document_block_at(d, i);
        size_t k = tu_find(cp_block_text(b), cp_block_text_size(b), phrase);
        if (k != SIZE_MAX) {
            *at = k;
            return b;
        }
    }
    fail_msg("no block contains '%s'", phrase);
    return NULL;
}

/* The clean phrase maps to the original span [start, end) of `original`,
 * which is where that text stands in the file. */
static void assert_maps(const cp_document *d, const char *clean, const char *original_first,
                        const char *original_last) {
    size_t at;
    const cp_block *b = block_with(d, clean, &at);
    size_t start = cp_block_original_start(b, at);
    size_t end = cp_block_original_end(b, at + strlen(clean));
    const char *bytes = cp_document_bytes(d);
    size_t size = cp_document_size(d);
    size_t want_start = tu_find(bytes, size, original_first);
    size_t want_last = tu_find(bytes + want_start, size - want_start, original_last);
    assert_int_not_equal(want_start, SIZE_MAX);
    assert_int_not_equal(want_last, SIZE_MAX);
    assert_int_equal(start, want_start);
    assert_int_equal(end, want_start + want_last + strlen(original_last));
}

static void test_all_loaded(void **state) {
    assert_int_equal(cp_corpus_document_count(*state), 5);
    for (int i = 0; i < 5; i++) {
        const cp_document *d = doc(state, i);
        assert_string_equal(cp_document_id(d), SEEDS[i]);
        size_t size;
        char *file = tu_read_file(tu_seed_path(SEEDS[i]), &size);
        assert_non_null(file);
        assert_int_equal(cp_document_size(d), size);
        assert_memory_equal(cp_document_bytes(d), file, size);
        free(file);
    }
}

static void test_2021_story(void **state) {
    const cp_document *d = doc(state, 0);
    assert_string_equal(cp_document_date(d), "2021-06-22");
    assert_string_equal(cp_document_header_date(d), "2021-06-22");
    assert_null(cp_document_dateline_date(d));
    assert_null(cp_document_title(d));
    assert_int_equal(cp_document_kind_of(d), CP_DOCUMENT_NEWS);
    /* The header is metadata: the body starts after " date 2021-06-22 ". */
    assert_int_equal(cp_document_body_start(d), 17);
    const cp_block *first = cp_document_block_at(d, 0);
    assert_int_equal(cp_block_start(first), 17);
    assert_memory_equal(cp_block_text(first), "President Joe Biden will", 24);
    assert_int_equal(cp_document_block_count(d), 19);
    assert_int_equal(count_kind(d, CP_BLOCK_PARAGRAPH), 19);
    assert_maps(d, "from about 6,000 annually to 8,000", "from about 6,000", "to 8,000");
    /* A curly apostrophe folds to ' and maps back to its three bytes. */
    assert_maps(d, "administration's crime", "administration\xE2\x80\x99s", "crime");
    /* An em dash folds to -, inside the list of regions. */
    assert_maps(d, "regions - New York", "regions \xE2\x80\x94", "New York");
}

static void test_2017_release(void **state) {
    const cp_document *d = doc(state, 1);
    assert_string_equal(cp_document_date(d), "2017-06-20");
    assert_null(cp_document_header_date(d));
    assert_string_equal(cp_document_title(d),
                        "Attorney General Sessions Announces Creation of National Public "
                        "Safety Partnership to Combat Violent Crime");
    assert_int_equal(cp_document_kind_of(d), CP_DOCUMENT_PRESS_RELEASE);
    assert_int_equal(count_kind(d, CP_BLOCK_LIST_ITEM), 12);
    assert_int_equal(count_kind(d, CP_BLOCK_METADATA), 3);
    assert_int_equal(count_kind(d, CP_BLOCK_DATELINE), 2);
    assert_int_equal(count_kind(d, CP_BLOCK_ARTEFACT), 1);
    for (size_t i = 0; i < cp_document_block_count(d); i++) {
        const cp_block *b = cp_document_block_at(d, i);
        if (cp_block_kind_of(b) == CP_BLOCK_LIST_ITEM)
            assert_int_equal(cp_block_level(b), 0);
        if (i > 0)
            assert_true(cp_block_start(b) >= cp_block_start(cp_document_block_at(d, i - 1)));
    }
    /* "- · Birmingham, Alabama": the item spans its marker, its text does not. */
    size_t at;
    const cp_block *b = block_with(d, "Birmingham, Alabama", &at);
    assert_int_equal(at, 0);
    assert_int_equal(cp_block_text_size(b), strlen("Birmingham, Alabama"));
    assert_int_equal(cp_block_start(b),
                     tu_find(cp_document_bytes(d), cp_document_size(d), "- \xC2\xB7 Birm"));
    assert_maps(d, "Kansas City, Missouri", "Kansas City, Missouri", "Missouri");
    /* The page header glued into the text is an artefact, and the sentence it
     * cut reads whole: "the Drug Enforcement Administration;". */
    assert_maps(d, "Drug Enforcement Administration;", "Drug Enforcement\n", "Administration;");
    b = block_with(d, "Drug Enforcement Administration;", &at);
    assert_int_equal(cp_block_kind_of(b), CP_BLOCK_PARAGRAPH);
    b = block_with(d, "8/6/2017 Attorney General", &at);
    assert_int_equal(cp_block_kind_of(b), CP_BLOCK_ARTEFACT);
    assert_string_equal(cp_block_text(b) + cp_block_text_size(b) - 21,
                        "Department of Justice");
    b = block_with(d, "Topic(s): Violent Crime", &at);
    assert_int_equal(cp_block_kind_of(b), CP_BLOCK_METADATA);
    b = block_with(d, "JUSTICE NEWS", &at);
    assert_int_equal(cp_block_kind_of(b), CP_BLOCK_HEADING);
    assert_int_equal(cp_block_start(b), 0);
}

static void test_backgrounder(void **state) {
    const cp_document *d = doc(state, 2);
    assert_null(cp_document_date(d));
    assert_string_equal(cp_document_title(d), "PUBLIC SAFETY PARTNERSHIP");
    assert_int_equal(cp_document_kind_of(d), CP_DOCUMENT_FACT_SHEET);
    size_t level0 = 0, level1 = 0;
    for (size_t i = 0; i < cp_document_block_count(d); i++) {
        const cp_block *b = cp_document_block_at(d, i);
        if (cp_block_kind_of(b) != CP_BLOCK_LIST_ITEM)
            continue;
        if (cp_block_level(b) == 0)
            level0++;
        else if (cp_block_level(b) == 1)
            level1++;
    }
    assert_int_equal(level0, 8);
    assert_int_equal(level1, 16);
    size_t at;
    const cp_block *b = block_with(d, "Springfield, Illinois", &at);
    assert_int_equal(cp_block_level(b), 1);
    /* Markup is stripped from the text but kept in the offsets. */
    b = block_with(d, "PSP Diagnostic Teams focus", &at);
    assert_int_equal(at, 0);
    assert_maps(d, "PSP Diagnostic Teams focus", "PSP Diagnostic Teams***", "focus");
    size_t start = cp_block_original_start(b, 0);
    assert_memory_equal(cp_document_bytes(d) + start, "PSP Diagnostic", 14);
    assert_int_equal(cp_block_start(b),
                     tu_find(cp_document_bytes(d), cp_document_size(d), "- ***PSP Diag"));
    /* An en dash between spaces folds to "-". */
    assert_maps(d, "assistance - Diagnostics Teams", "assistance \xE2\x80\x93", "Teams");
    /* A list item cut by a page break continues after it. */
    b = block_with(d, "for short- and long-term violent", &at);
    assert_int_equal(cp_block_kind_of(b), CP_BLOCK_LIST_ITEM);
    assert_int_equal(cp_block_level(b), 1);
    assert_maps(d, "short- and long-term", "short-\n", "long-term");
    /* Links keep their text. */
    b = block_with(d, "Attorney General Announces Crime Reduction and Public Safety Task Force",
                   &at);
    assert_int_equal(cp_block_text_size(b),
                     strlen("Attorney General Announces Crime Reduction and Public Safety "
                            "Task Force"));
    assert_int_equal(cp_block_end(b) - cp_block_start(b), cp_block_text_size(b) + 5);
}

static void test_2016_story(void **state) {
    const cp_document *d = doc(state, 3);
    assert_null(cp_document_date(d));
    assert_null(cp_document_title(d));
    assert_int_equal(cp_document_kind_of(d), CP_DOCUMENT_NEWS);
    /* One paragraph per line, no blank lines, no final newline. */
    assert_int_equal(cp_document_block_count(d), 9);
    const cp_block *last = cp_document_block_at(d, 8);
    assert_int_equal(cp_block_end(last), cp_document_size(d));
    assert_int_equal(cp_block_line(last), 9);
    /* "President George W. Bush" does not end a sentence at "W.". */
    assert_int_equal(cp_block_sentence_count(last), 2);
    const cp_sentence *s = cp_block_sentence_at(last, 1);
    assert_memory_equal(cp_block_text(last) + cp_sentence_text_start(s),
                        "President George W. Bush", 24);
    assert_int_equal(cp_sentence_end(s), cp_document_size(d));
    assert_int_equal(cp_sentence_start(s),
                     tu_find(cp_document_bytes(d), cp_document_size(d), "President George"));
}

static void test_2022_story(void **state) {
    const cp_document *d = doc(state, 4);
    assert_string_equal(cp_document_date(d), "2022-02-04");
    assert_int_equal(cp_document_kind_of(d), CP_DOCUMENT_NEWS);
    assert_int_equal(cp_document_body_start(d), 17);
    assert_maps(d, "316 people are shot every day", "316 people", "every day");
    /* "--" is a dash. */
    assert_maps(d, "a gun - any kind of gun - and", "a gun --", "gun -- and");
}

/* Which clean characters may stand for which original bytes. */
static bool folds_to(const char *orig, size_t olen, const char *clean, size_t clen) {
    if (olen == clen && memcmp(orig, clean, clen) == 0)
        return true;
    if (clen != 1)
        return false;
    static const char *const SINGLE_QUOTES[] = {"\xE2\x80\x98", "\xE2\x80\x99"};
    static const char *const DOUBLE_QUOTES[] = {"\xE2\x80\x9C", "\xE2\x80\x9D"};
    static const char *const DASHES[] = {"--", "\xE2\x80\x93", "\xE2\x80\x94"};
    /* a dash reads as " - ": its space and its hyphen both map to it */
    if (clean[0] == ' ' || clean[0] == '-') {
        static const char *const SPACED[] = {"--", "\xE2\x80\x94"};
        for (size_t i = 0; i < 2; i++)
            if (olen == strlen(SPACED[i]) && memcmp(orig, SPACED[i], olen) == 0)
                return true;
    }
    switch (clean[0]) {
    case ' ':
        for (size_t i = 0; i < olen; i++)
            if (!strchr(" \t\r\n", orig[i]) && (unsigned char)orig[i] != 0xC2 &&
                (unsigned char)orig[i] != 0xA0)
                return false;
        return true;
    case '\'':
        for (size_t i = 0; i < 2; i++)
            if (olen == 3 && memcmp(orig, SINGLE_QUOTES[i], 3) == 0)
                return true;
        return false;
    case '"':
        for (size_t i = 0; i < 2; i++)
            if (olen == 3 && memcmp(orig, DOUBLE_QUOTES[i], 3) == 0)
                return true;
        return false;
    case '-':
        for (size_t i = 0; i < 3; i++)
            if (olen == strlen(DASHES[i]) && memcmp(orig, DASHES[i], olen) == 0)
                return true;
        return false;
    default:
        return false;
    }
}

/* A sentence's original span is its clean span mapped, whether its block's
 * map is an array or one identity run (sentences stored without their end):
 * both kinds occur in the seeds. */
static void test_sentence_spans(void **state) {
    size_t identity = 0, mapped = 0;
    for (int i = 0; i < 5; i++) {
        const cp_document *d = doc(state, i);
        for (size_t k = 0; k < cp_document_block_count(d); k++) {
            const cp_block *b = cp_document_block_at(d, k);
            size_t n = cp_block_text_size(b);
            bool one_run = cp_block_original_end(b, n) - cp_block_original_start(b, 0) == n &&
                           memcmp(cp_document_bytes(d) + cp_block_original_start(b, 0),
                                  cp_block_text(b), n) == 0;
            for (size_t j = 0; j < cp_block_sentence_count(b); j++) {
                const cp_sentence *s = cp_block_sentence_at(b, j);
                assert_true(cp_sentence_text_start(s) < cp_sentence_text_end(s));
                assert_true(cp_sentence_text_end(s) <= n);
                assert_int_equal(cp_sentence_start(s),
                                 cp_block_original_start(b, cp_sentence_text_start(s)));
                assert_int_equal(cp_sentence_end(s),
                                 cp_block_original_end(b, cp_sentence_text_end(s)));
                if (one_run)
                    identity++;
                else
                    mapped++;
            }
        }
    }
    assert_true(identity > 0 && mapped > 0);
}

static void test_every_character_maps(void **state) {
    size_t checked = 0;
    for (int i = 0; i < 5; i++) {
        const cp_document *d = doc(state, i);
        const char *bytes = cp_document_bytes(d);
        for (size_t k = 0; k < cp_document_block_count(d); k++) {
            const cp_block *b = cp_document_block_at(d, k);
            const char *t = cp_block_text(b);
            size_t n = cp_block_text_size(b);
            size_t prev_end = cp_block_start(b), prev_start = SIZE_MAX;
            size_t c = 0;
            while (c < n) {
                size_t len = 1;
                unsigned char lead = (unsigned char)t[c];
                if (lead >= 0xF0)
                    len = 4;
                else if (lead >= 0xE0)
                    len = 3;
                else if (lead >= 0xC0)
                    len = 2;
                size_t s = cp_block_original_start(b, c);
                size_t e = cp_block_original_end(b, c + len);
                /* in order; the characters of one folded unit (" - " for a
                 * dash) share its span */
                assert_true(s >= prev_end || (s == prev_start && e == prev_end));
                assert_true(s < e);
                assert_true(e <= cp_block_end(b));
                if (!folds_to(bytes + s, e - s, t + c, len))
                    fail_msg("%s block %zu: clean '%.*s' at %zu maps to '%.*s' [%zu,%zu)",
                             cp_document_id(d), k, (int)len, t + c, c, (int)(e - s),
                             bytes + s, s, e);
                prev_end = e;
                prev_start = s;
                c += len;
                checked++;
            }
            /* Closing markup ("***", "](#)") may follow the last character. */
            assert_true(cp_block_original_end(b, n) <= cp_block_end(b));
        }
    }
    assert_true(checked > 15000);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_loaded),     cmocka_unit_test(test_2021_story),
        cmocka_unit_test(test_2017_release),   cmocka_unit_test(test_backgrounder),
        cmocka_unit_test(test_2016_story),     cmocka_unit_test(test_2022_story),
        cmocka_unit_test(test_every_character_maps), cmocka_unit_test(test_sentence_spans),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
