/* Unit tests of document metadata: dates in text, line classes, the
 * arena's mark and rollback that make loads transactional, and the
 * gazetteer's lookups by folded key. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "doc_meta.h"
#include "knowledge.h"
#include "tables.h"

static void assert_date(const char *text, int y, int m, int d, size_t used) {
    cpi_date out;
    size_t n;
    assert_true(cpi_parse_date(text, strlen(text), &out, &n));
    assert_int_equal(out.year, y);
    assert_int_equal(out.month, m);
    assert_int_equal(out.day, d);
    assert_int_equal(n, used);
}

static void test_dates(void **state) {
    (void)state;
    assert_date("June 20, 2017", 2017, 6, 20, 13);
    assert_date("JUNE 24, 2004", 2004, 6, 24, 13);
    assert_date("Jan. 5, 2019 more", 2019, 1, 5, 12);
    assert_date("Sept. 30 2020", 2020, 9, 30, 13);
    assert_date("20 June 2017", 2017, 6, 20, 12);
    assert_date("09/27/2024 | Press release", 2024, 9, 27, 10);
    assert_date("2021-06-22", 2021, 6, 22, 10);
    assert_date("February 29, 2024", 2024, 2, 29, 17);
    cpi_date d;
    size_t n;
    assert_false(cpi_parse_date("February 29, 2023", 17, &d, &n));
    assert_false(cpi_parse_date("June 2017", 9, &d, &n));
    assert_false(cpi_parse_date("13/01/2020", 10, &d, &n));
    assert_false(cpi_parse_date("Mayor Smith", 11, &d, &n));
    assert_false(cpi_parse_date("Wednesday, July 15", 18, &d, &n));
}

static cp_block_kind kind_of(const char *t) { return cpi_classify_line(t, strlen(t)).kind; }

static void test_datelines(void **state) {
    (void)state;
    static const char *const yes[] = {
        "Tuesday, June 20, 2017",
        "Updated June 20, 2017",
        "09/27/2024 | Press release",
        "Date Published: March 3, 2020",
        "For Immediate Release July 22, 1998",
        "MONDAY, NOVEMBER 17, 1997202/307-0703",
        "April 16, 2015 Office of Public Affairs (202) 307-9065",
        "Thurs., Jan. 9, 2020",
        "February 07, 2023",
        /* a speech's place first */
        "Kansas City, MO ~ Tuesday, June 26, 2018",
        "Tulsa, Okla. \xE2\x80\x94 May 2, 2019",
        "WASHINGTON - Friday, March 6, 2020",
        /* a time after the date or before it; a section's name first */
        "Published Aug. 14, 2023, 6:02 a.m. ET",
        "Updated 6:02 a.m. ET, August 14, 2023",
        "Hearing Summary | Posted May 19, 2023",
        "Press release | 08/14/2023",
        /* a time and its zone before the date, without a comma */
        "Published: 5:10 PM EST Dec 18, 2019",
        "Updated 6:02 a.m. ET August 14, 2023",
        "Published: 5:10 PM DEC 18, 2019",
        "Released on February 12, 2008",
        /* a date between middle dots or bullets */
        "Brief No. 23-07 \xC2\xB7 March 8, 2023 \xC2\xB7 Center for Justice Policy "
        "Research",
        "News \xE2\x80\xA2 June 5, 2019 \xE2\x80\xA2 Local",
        /* a weekday, then the time, then the date */
        "Posted: Thu 5:42 PM, Mar 15, 2007",
        "Posted at 5:34 PM, Jul 22, 2020 and last updated 8:02 AM, Jul 23, 2020",
        /* a publication's issue, its day in parentheses */
        "Congressional Record, Volume 148, Number 47 (Thursday, April 18, 2002)",
        /* a clock time after the date and its comma; a notice's bracketed date */
        "Thursday, August 14, 2025, 5:00 p.m.",
        "August 14, 2023, 6:02 a.m.",
        "[Federal Register: June 21, 1999 (Volume 64, Number 118)]",
        /* labels of notices and minutes; a middle dot after the date */
        "Issued on: November 26, 2019",
        "Meeting Date: June 11, 2024",
        "April 28, 2025 \xC2\xB7 \xF0\x9F\x8C\x90",
        /* a broadcast's air date; a release's numeric date; a Federal
         * Register page's running head, its issue before the date */
        "Air date: Friday, March 1, 2024",
        "For Release: 11/02/2021",
        "Federal Register / Vol. 61, No. 40 / Wednesday, February 28, 1996 / Notices",
        /* an audit's cover, an annual report's */
        "Report Date: 09/12/2023",
        "Date of Publication: March 14, 2008",
        /* a job posting's, a notice's */
        "Posting Date: 06/14/2004",
        "Date Issued: May 2, 2011",
        /* a form's fields on one line; an opinion's decision after its
         * argument; a blog's byline after its date */
        "Drafting Number: LLS 01-0377 Date: January 16, 2001",
        "ARGUED FEBRUARY 14, 2006 - DECIDED JUNE 2, 2006",
        "Posted January 18, 2017 by Dr. Ines Kaur \xC2\xB7 7 min read \xC2\xB7 4 "
        "comments",
        /* a numeric date with dashes; the Record's header in brackets,
         * the next bracketed line joined to it */
        "09-21-2010",
        /* a web story's publication, its time after "at", then its update */
        "Published: Mar. 3, 2015 at 5:47 PM EST | Updated: Mar. 4, 2015 at 9:10 AM EST",
        /* a newspaper page's header: its page, its name, its date */
        "B2 | THE LEHIGH VALLEY SENTINEL | THURSDAY, MARCH 16, 1995",
        "[Congressional Record Volume 140, Number 101 (Thursday, July 28, 1994)] "
        "[Senate]",
        /* a transcript's air date; a section's name, a dash, the date; a
         * Federal Register page's number before its running head */
        "Aired: Tuesday, March 6, 2012, 6:00 PM ET",
        "Date of report: December 18, 2015",
        "Crime & Justice Roundup - Friday, Oct. 3, 2025",
        "Crime & Justice Roundup \xE2\x80\x94 Friday, Oct. 3, 2025",
        "38112 Federal Register / Vol. 65, No. 118 / Monday, June 19, 2000 / Notices",
        /* a news site's line that says whose date it is */
        "This article was published August 20, 2015 at 4:45 a.m.",
        /* a labelled date ended by a period, another label after it */
        "Published: Mar 3, 2020. Publicly Released: Mar 3, 2020.",
        "Published: March 3, 2020.",
    };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        cpi_line_class c = cpi_classify_line(yes[i], strlen(yes[i]));
        if (c.kind != CP_BLOCK_DATELINE)
            fail_msg("not a dateline: %s", yes[i]);
        assert_true(c.has_date);
    }
    cpi_line_class c =
        cpi_classify_line("ARGUED FEBRUARY 14, 2006 - DECIDED JUNE 2, 2006", 47);
    assert_int_equal(c.date.month, 6);
    assert_int_equal(c.date.day, 2);
    static const char web[] = "Published: Mar. 3, 2015 at 5:47 PM EST | Updated: Mar. 4, 2015";
    c = cpi_classify_line(web, sizeof web - 1);
    assert_int_equal(c.date.day, 3);
    c = cpi_classify_line("Updated June 20, 2017", 21);
    assert_true(c.labelled);
    c = cpi_classify_line("Tuesday, June 20, 2017", 22);
    assert_false(c.labelled);
    assert_int_equal(c.date.day, 20);
    static const char *const no[] = {
        "On June 20, 2017, the Attorney General announced a new partnership for cities.",
        "June 20, 2017 was the day the Attorney General announced the partnership in "
        "full.",
        "Wednesday, July 15",
        "The President signed the executive order (May 26, 2020)",
        "WASHINGTON \xE2\x80\x94 The Justice Department on June 20, 2017 named new "
        "cities.",
        "Kansas City, MO ~ a partnership city",
        "June 20, 2017, 14 people were shot in the city.",
        "Shootings | fell on June 20, 2017 across the whole city and the county.",
        "Federal Register / Vol. 61 and the notices of the agency, page 12",
        "Crime fell - June 20, 2017 was the day the Attorney General named the cities.",
        "38 agents came on June 19, 2000 to the city.",
        "This article was published in a journal of criminology on June 19, 2000.",
        "Updated March 3, 2020. The grant program that pays for officers was renewed by "
        "the agency for a third year.",
    };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_int_not_equal(kind_of(no[i]), CP_BLOCK_DATELINE);
}

static void test_line_kinds(void **state) {
    (void)state;
    assert_int_equal(kind_of("JUSTICE NEWS"), CP_BLOCK_HEADING);
    assert_int_equal(kind_of("FOR IMMEDIATE RELEASE"), CP_BLOCK_HEADING);
    assert_int_equal(kind_of("Attorney General Announces Crime Reduction Task Force"),
                     CP_BLOCK_HEADING);
    assert_int_equal(kind_of("Topic(s): Violent Crime"), CP_BLOCK_METADATA);
    assert_int_equal(kind_of("Contact: Press Office"), CP_BLOCK_METADATA);
    assert_int_equal(kind_of("Twelve sites have been selected to receive this assistance:"),
                     CP_BLOCK_PARAGRAPH);
    assert_int_equal(kind_of("The program started in 2017 and grew quickly."),
                     CP_BLOCK_PARAGRAPH);
    assert_int_equal(kind_of("two cities join the violent crime program"), CP_BLOCK_PARAGRAPH);
}

/* An arena holding "keep", and a mark just after it. */
static char *arena_with_keep(cpi_mem *mem, cpi_arena *a, cpi_arena_mark *m) {
    assert_true(cpi_mem_init(mem, NULL));
    cpi_arena_init(a, mem);
    char *keep = cpi_arena_strndup(a, "keep", 4);
    assert_non_null(keep);
    *m = cpi_arena_mark_get(a);
    return keep;
}

static void test_arena_rollback(void **state) {
    (void)state;
    cpi_mem mem;
    cpi_arena a;
    cpi_arena_mark m;
    char *keep = arena_with_keep(&mem, &a, &m);
    for (int i = 0; i < 100; i++)
        assert_non_null(cpi_arena_alloc(&a, 10000)); /* several chunks */
    assert_non_null(cpi_arena_alloc(&a, 1u << 20));  /* a big one */
    cpi_arena_rollback(&a, m);
    assert_string_equal(keep, "keep");
    char *s = cpi_arena_strndup(&a, "abc", 3); /* strings are packed */
    assert_non_null(s);
    void *p = cpi_arena_alloc(&a, 3); /* the next struct is aligned again */
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % 8, 0);
    assert_true((char *)p >= s + 4);
    assert_string_equal(s, "abc");
    cpi_arena_release(&a);
}

/* A region grows at the arena's top, moving when its chunk is full (its
 * bytes kept), gives back its tail, and is undone by a rollback. */
static void test_arena_region(void **state) {
    (void)state;
    cpi_mem mem;
    cpi_arena a;
    cpi_arena_mark m;
    char *keep = arena_with_keep(&mem, &a, &m);
    cpi_arena_region r = {NULL, 0, false};
    size_t total = 0;
    for (size_t step = 1; total < 3u << 20; step = step * 3 + 1) {
        size_t at = r.size;
        assert_true(cpi_arena_region_grow(&a, &r, step));
        assert_int_equal(r.size, at + step);
        assert_int_equal((uintptr_t)r.data % 8, 0);
        memset(r.data + at, (int)(step & 0xFF), step);
        total += step;
    }
    /* every byte written is still there, wherever the region went */
    size_t at = 0;
    for (size_t step = 1; at < total; step = step * 3 + 1) {
        assert_int_equal(r.data[at], (unsigned char)(step & 0xFF));
        assert_int_equal(r.data[at + step - 1], (unsigned char)(step & 0xFF));
        at += step;
    }
    cpi_arena_region_shrink(&a, &r, 10);
    assert_int_equal(r.size, total - 10);
    /* the next allocation starts after the region */
    unsigned char *after = cpi_arena_alloc(&a, 8);
    assert_non_null(after);
    assert_true(after >= r.data + r.size || after + 8 <= r.data);
    cpi_arena_rollback(&a, m);
    assert_string_equal(keep, "keep");
    /* a region that starts in a chunk with room stays there */
    cpi_arena_region small = {NULL, 0, false};
    assert_true(cpi_arena_region_grow(&a, &small, 16));
    assert_false(small.own_chunk);
    assert_true(small.data > (unsigned char *)keep);
    cpi_arena_release(&a);
}

/* Every key of a sorted table is found, as the whole run of rows that
 * share it (the prefix index must agree with the order of the rows). */
#define CHECK_EVERY_KEY(table, count, find)                                               \
    for (size_t i = 0; i < (count); i++) {                                               \
        size_t first = SIZE_MAX, n = find((table)[i].key, &first);                       \
        assert_true(n > 0 && first <= i && i < first + n);                              \
        for (size_t k = first; k < first + n; k++)                                       \
            assert_string_equal((table)[k].key, (table)[i].key);                         \
        assert_true(first == 0 || strcmp((table)[first - 1].key, (table)[i].key) != 0);  \
        assert_true(first + n == (count) ||                                              \
                    strcmp((table)[first + n].key, (table)[i].key) != 0);                \
    }

static void test_gazetteer_lookup(void **state) {
    (void)state;
    CHECK_EVERY_KEY(cpi_places, cpi_place_count, cpi_find_places);
    CHECK_EVERY_KEY(cpi_counties, cpi_county_count, cpi_find_counties);
    size_t first = SIZE_MAX;
    assert_int_equal(cpi_find_places("memphis", &first), 5);
    assert_string_equal(cpi_places[first].state, "TN"); /* the largest first */
    assert_true(cpi_find_places("springfield", &first) > 3); /* one per state */
    /* keys no row has: empty, unknown, a byte folding never makes */
    const char *none[] = {"", "zzzz", "m", "memphi", "memphiss", "Memphis", "st. louis", "9"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        assert_int_equal(cpi_find_places(none[i], &first), 0);
        assert_int_equal(cpi_find_counties(none[i], &first), 0);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_line_kinds),
        cmocka_unit_test(test_arena_rollback),
        cmocka_unit_test(test_arena_region),
        cmocka_unit_test(test_gazetteer_lookup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
