/* Programs, links and figures through the public API: the seeds, and one
 * short document of our own for each pattern and each exclusion. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testutil.h"

static int setup(void **state) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK || cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL) != CP_OK)
        return -1;
    *state = c;
    return 0;
}

static int teardown(void **state) {
    cp_corpus_free(*state);
    return 0;
}

static bool program_has_site(const cp_program *p, const char *site) {
    for (size_t i = 0; i < cp_program_site_count(p); i++)
        if (strcmp(cp_site_id(cp_program_site_at(p, i)), site) == 0)
            return true;
    return false;
}

static const cp_figure *figure_with(const cp_document *d, const char *text) {
    for (size_t i = 0; i < cp_document_figure_count(d); i++)
        if (strcmp(cp_figure_text(cp_document_figure_at(d, i)), text) == 0)
            return cp_document_figure_at(d, i);
    return NULL;
}

static void test_partnership(void **state) {
    const cp_program *psp = cp_corpus_program_by_id(*state, "public-safety-partnership");
    if (!psp)
        psp = cp_corpus_program_by_id(*state, "national-public-safety-partnership");
    assert_non_null(psp);
    assert_string_equal(cp_program_name(psp), "National Public Safety Partnership");
    assert_string_equal(cp_program_acronym(psp), "PSP");
    assert_string_equal(cp_program_kind(psp), "partnership");
    assert_string_equal(cp_administration_id(cp_program_administration(psp)), "trump-2017");
    static const char *const cities[] = {
        "birmingham-al", "indianapolis-in", "memphis-tn", "toledo-oh",
        "baton-rouge-la", "buffalo-ny", "cincinnati-oh", "houston-tx",
        "jackson-tn", "kansas-city-mo", "lansing-mi", "springfield-il"};
    for (size_t i = 0; i < 12; i++) {
        if (!program_has_site(psp, cities[i]))
            fail_msg("PSP lacks %s", cities[i]);
        const cp_site *s = cp_corpus_site_by_id(*state, cities[i]);
        assert_true(cp_site_program_count(s) >= 1);
    }
    /* one program in both documents, with its two teams as components */
    const cp_document *release = cp_corpus_document_by_id(*state, "001_128cdeab1240b2e1");
    const cp_document *backgrounder = cp_corpus_document_by_id(*state, "002_fad8123c6befce06");
    bool in_release = false, in_backgrounder = false;
    for (size_t i = 0; i < cp_document_program_count(release); i++)
        in_release |= cp_document_program_at(release, i) == psp;
    for (size_t i = 0; i < cp_document_program_count(backgrounder); i++)
        in_backgrounder |= cp_document_program_at(backgrounder, i) == psp;
    assert_true(in_release && in_backgrounder);
    assert_int_equal(cp_program_component_count(psp), 2);
    for (size_t i = 0; i < 2; i++) {
        const cp_program *team = cp_program_component_at(psp, i);
        assert_ptr_equal(cp_program_parent(team), psp);
        assert_string_equal(cp_program_kind(team), "team");
    }
}

static void test_strike_forces(void **state) {
    const cp_document *d = cp_corpus_document_by_id(*state, "000_cb7478d317e0990c");
    const cp_program *sf = NULL;
    for (size_t i = 0; i < cp_document_program_count(d); i++)
        if (strcmp(cp_program_kind(cp_document_program_at(d, i)), "strike_force") == 0)
            sf = cp_document_program_at(d, i);
    assert_non_null(sf);
    static const char *const regions[] = {"new-york-ny", "chicago-il", "los-angeles-ca",
                                          "san-francisco-bay-area-ca", "washington-dc"};
    for (size_t i = 0; i < 5; i++)
        if (!program_has_site(sf, regions[i]))
            fail_msg("strike forces lack %s", regions[i]);
}

static void test_seed_figures(void **state) {
    const cp_document *d = cp_corpus_document_by_id(*state, "000_cb7478d317e0990c");
    const cp_figure *f = figure_with(d, "from about 6,000 annually to 8,000");
    assert_non_null(f);
    assert_true(cp_figure_value(f) == 8000);
    double from = 0;
    assert_true(cp_figure_from(f, &from));
    assert_true(from == 6000);
    assert_int_equal(cp_figure_kind_of(f), CP_FIGURE_CHANGE);
    assert_int_equal(cp_figure_qualifier(f), CP_QUALIFIER_APPROXIMATELY);
    assert_string_equal(cp_figure_per(f), "year");
    assert_memory_equal(cp_document_bytes(d) + cp_figure_start(f), "from about 6,000",
                        16);
    d = cp_corpus_document_by_id(*state, "004_722d21e90fd49d95");
    f = figure_with(d, "316");
    assert_non_null(f);
    assert_int_equal(cp_figure_kind_of(f), CP_FIGURE_RATE);
    assert_string_equal(cp_figure_per(f), "day");
    assert_string_equal(cp_figure_unit(f), "people shot");
    size_t us, ue;
    assert_true(cp_figure_unit_span(f, &us, &ue));
    assert_memory_equal(cp_document_bytes(d) + us, "people are shot", ue - us);
    assert_int_equal(ue - us, 15);
    d = cp_corpus_document_by_id(*state, "000_cb7478d317e0990c");
    f = figure_with(d, "33,000");
    assert_non_null(f);
    assert_int_equal(cp_figure_kind_of(f), CP_FIGURE_CHANGE);
    assert_int_equal(cp_figure_qualifier(f), CP_QUALIFIER_APPROXIMATELY);
    d = cp_corpus_document_by_id(*state, "004_722d21e90fd49d95");
    /* not figures: the year of "so far this year", Interstate 95 */
    assert_null(figure_with(d, "95"));
    d = cp_corpus_document_by_id(*state, "003_30d921b88dc582be");
    assert_null(figure_with(d, "21"));
    assert_null(figure_with(d, "2015"));
    /* the corpus list is ordered by document and offset */
    size_t n = cp_corpus_figure_count(*state);
    assert_true(n >= 15);
    for (size_t i = 1; i < n; i++) {
        const cp_figure *a = cp_corpus_figure_at(*state, i - 1), *b = cp_corpus_figure_at(*state, i);
        int c = strcmp(cp_document_id(cp_figure_document(a)), cp_document_id(cp_figure_document(b)));
        assert_true(c < 0 || (c == 0 && cp_figure_start(a) < cp_figure_start(b)));
    }
}

/* ---- own documents ---------------------------------------------------------- */

static cp_corpus *load(const char *text) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(c, "t.txt", text, strlen(text), NULL), CP_OK);
    return c;
}

/* Does the text link the Safe Valley Task Force to `member` and to none of
 * the `count` places `others`, each a site of it? */
static void assert_member_alone(const char *text, const char *member,
                                const char *const *others, size_t count) {
    cp_corpus *c = load(text);
    const cp_program *p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, member));
    for (size_t k = 0; k < count; k++) {
        assert_non_null(cp_corpus_site_by_id(c, others[k]));
        assert_false(program_has_site(p, others[k]));
    }
    cp_corpus_free(c);
}
#define PLACES(list) (list), (sizeof(list) / sizeof((list)[0]))

/* The figure values of a text, in order, as a string "1;2.5;3". */
static void assert_values(const char *text, const char *want) {
    cp_corpus *c = load(text);
    const cp_document *d = cp_corpus_document_at(c, 0);
    char got[256] = "";
    for (size_t i = 0; i < cp_document_figure_count(d); i++) {
        const cp_figure *f = cp_document_figure_at(d, i);
        char one[64];
        double from;
        if (cp_figure_from(f, &from))
            snprintf(one, sizeof one, "%s%g>%g", i ? ";" : "", from, cp_figure_value(f));
        else
            snprintf(one, sizeof one, "%s%g", i ? ";" : "", cp_figure_value(f));
        strncat(got, one, sizeof got - strlen(got) - 1);
    }
    if (strcmp(got, want) != 0)
        fail_msg("'%s': figures '%s', expected '%s'", text, got, want);
    cp_corpus_free(c);
}

/* A document's figures, in text order. */
static void assert_text_order(const cp_document *d) {
    for (size_t k = 1; k < cp_document_figure_count(d); k++)
        assert_true(cp_figure_start(cp_document_figure_at(d, k - 1)) <
                    cp_figure_start(cp_document_figure_at(d, k)));
}

/* The corpus's figures are its documents' figures one document after
 * another in load order, whatever the ids, through failed loads and
 * documents without figures; each document's in text order, where they
 * were before the later loads. */
static void test_corpus_figure_order(void **state) {
    (void)state;
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_figure_count(c), 0);
    assert_null(cp_corpus_figure_at(c, 0));
    static const struct {
        const char *name, *text;
        size_t figures;
    } DOCS[] = {{"b.txt", "Police made 40 arrests and seized 12 guns.", 2},
                {"a.txt", "No numbers here at all.", 0},
                {"c.txt", "The task force has 9 agents.", 1},
                {"a.txt", "A second a.txt with 5 figures is refused.", 0},
                {"d.txt", "Shootings fell from 300 to 200, then 17 more and 4 less.", 3}};
    size_t want = 0;
    const cp_figure *first = NULL;
    size_t first_start = 0;
    for (size_t k = 0; k < sizeof DOCS / sizeof DOCS[0]; k++) {
        cp_status st = cp_corpus_load_buffer(c, DOCS[k].name, DOCS[k].text, strlen(DOCS[k].text), NULL);
        assert_int_equal(st, k == 3 ? CP_ERR_DUPLICATE_ID : CP_OK);
        want += DOCS[k].figures;
        assert_int_equal(cp_corpus_figure_count(c), want);
        if (!first) {
            first = cp_corpus_figure_at(c, 0);
            first_start = cp_figure_start(first);
        }
        assert_ptr_equal(cp_corpus_figure_at(c, 0), first);
        assert_int_equal(cp_figure_start(first), first_start);
        assert_string_equal(cp_figure_text(first), "40");
    }
    size_t i = 0;
    for (size_t d = 0; d < cp_corpus_document_count(c); d++) {
        const cp_document *doc = cp_corpus_document_at(c, d);
        assert_text_order(doc);
        for (size_t k = 0; k < cp_document_figure_count(doc); k++, i++) {
            assert_ptr_equal(cp_corpus_figure_at(c, i), cp_document_figure_at(doc, k));
            assert_ptr_equal(cp_figure_document(cp_corpus_figure_at(c, i)), doc);
        }
    }
    assert_int_equal(i, want);
    assert_null(cp_corpus_figure_at(c, want));
    assert_string_equal(cp_document_id(cp_figure_document(cp_corpus_figure_at(c, 0))), "b");
    assert_string_equal(cp_document_id(cp_figure_document(cp_corpus_figure_at(c, 2))), "c");
    cp_corpus_free(c);
}

/* Figures read back from JSON go to their documents, each document's in
 * the order written (text order), as the loaded corpus had them. */
static void test_figures_from_json(void **state) {
    cp_corpus *j;
    char *json;
    assert_int_equal(cp_corpus_to_json(*state, &json, NULL), CP_OK);
    assert_int_equal(cp_corpus_new(&j, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_json(j, "seeds.json", json, strlen(json), NULL),
                     CP_OK);
    cp_string_free(json);
    assert_int_equal(cp_corpus_figure_count(j), cp_corpus_figure_count(*state));
    for (size_t d = 0; d < cp_corpus_document_count(j); d++) {
        const cp_document *got = cp_corpus_document_at(j, d);
        const cp_document *want = cp_corpus_document_by_id(*state, cp_document_id(got));
        assert_non_null(want);
        assert_int_equal(cp_document_figure_count(got), cp_document_figure_count(want));
        assert_text_order(got);
        for (size_t k = 0; k < cp_document_figure_count(got); k++) {
            const cp_figure *g = cp_document_figure_at(got, k);
            const cp_figure *w = cp_document_figure_at(want, k);
            assert_ptr_equal(cp_figure_document(g), got);
            assert_int_equal(cp_figure_start(g), cp_figure_start(w));
            assert_string_equal(cp_figure_text(g), cp_figure_text(w));
        }
    }
    cp_corpus_free(j);
}

static void test_figure_patterns(void **state) {
    (void)state;
    assert_values("The grants total $1.5 billion and $2.3M more.", "1.5e+09;2.3e+06");
    assert_values("Homicides rose 40 percent, and assaults 12%.", "40;12");
    assert_values("Twelve cities and a dozen counties joined.", "12;12");
    /* a title of the United States Code is an identifier */
    assert_values("Under title 32, United States Code, 200 troops deployed.", "200");
    assert_values("Forty-one towns, twenty-five counties and thirty-nine cities.", "41;25;39");
    /* a volume's number and the city's service line are no figures */
    assert_values("Congressional Record, Volume 148, Number 47. Call 311 about 12 cases.", "12");
    /* a sum after a word that may lead an identifier ("Team 7") */
    assert_values("- Trenton Health Team: $1,250,000 for outreach; Team 7 met.", "1.25e+06");
    /* a station's number and a ZIP code are no figures */
    assert_values("Copyright 2024 NW 9 News. Write to Cleveland, OH 44115 about 12 cases.", "12");
    /* a count before a name and its acronym, then the noun it counts */
    assert_values("It joined the 61 Internet Crimes Against Children (ICAC) task forces.", "61");
    /* "One" that ends a name; a headline's "One Officer" is a count */
    assert_values("PSN works through Detroit One, the partnership of 12 agencies.", "12");
    assert_values("Memphis Adds One Officer", "1");
    /* a number word opening a quoted title in capitals; a quoted sentence counts */
    assert_values("The DEA's \"One Pill Can Kill\" campaign ran. \"Two officers were hurt,\" "
                  "he said.",
                  "2");
    /* a law's subsection, an agenda's item, a station's frequency */
    assert_values("Under the 287(g) program and 18 U.S.C. 922(g)(1), Item 7.B on WXYZ 91.7 FM "
                  "put 40 deputies to work.",
                  "40");
    /* a city's police areas, beats, zones and wards are names */
    assert_values(
        "Area 1 (South) had 98 homicides; Beat 12, Zone 4, Sector 7, Region 5 and "
        "Ward 9 fewer. Area police made 14 arrests.",
        "98;14");
    /* a state police post's and troop's numbers; a report's numbered
     * section heading (its count in words after "Station" counts) */
    assert_values("Report\n\n4.2 Strike Force Work\n\nPost 9 and Troop 13 made 40 "
                  "arrests near Union Station two years ago.",
                  "40;2");
    assert_values("4.2 Million Guns Traced\n\nThe rest.", "4.2e+06");
    /* a year before 1900 after a word that dates; a count of that size */
    assert_values("Whitman moved there in 1873; the town grew to 1850 homes.", "1850");
    /* an agenda's item and a transcript's segment in capitals */
    assert_values("ITEM 4: REPORT OF THE CHIEF\n\n[SEGMENT 2]\n\n40 deputies came.", "40");
    /* a station's name in parentheses, or its channel after "News" */
    assert_values("A vigil. (Arkansas 11 News) By Ann Lee, WMKQ News 7. 40 came.", "40");
    /* before the words "ZIP code", and a list of them after "ZIP codes" */
    assert_values(
        "Agents toured the 53206 ZIP code and the ZIP codes 72204 and 72209 with "
        "12 officers and 40000 residents.",
        "12;40000");
    /* after the words "ZIP code"; inside a web address */
    assert_values("The district spans ZIP code 87108, see www.usdoj.gov/pr/Pre_96/April95/247.txt; "
                  "40 agents came.",
                  "40");
    assert_values("ARKANSAS 11 NEWS reported, and KTWN 7's reporter counted 12 cases.", "12");
    assert_values("On WKLP-AM 1130, Milwaukee, 14 callers asked.", "14");
    assert_values("It is a three-year program for 1,066 officers.", "3;1066");
    /* "no one" after a quotation mark, "started one in" (a pronoun); an
     * issue's and a section's number; a program named by its number */
    assert_values("\"No one is safe,\" he said. Tulsa started one in May. Issue 1 and Sec. 2 "
                  "of the 1033 program list 40 agencies.",
                  "40");
    /* "half a dozen" is six; a ZIP code after a state's name of two words */
    assert_values("Agents arrested half a dozen men. Write to Buffalo, New York 14202 about "
                  "40 cases.",
                  "6;40");
    /* a told-back change across another number leaves it its own; a ZIP
     * code after "D.C." */
    assert_values("Teams pulled 1.1 million plants from 65 counties, down from 1.4 million. "
                  "Write to Washington, D.C. 20530.",
                  "1.1e+06;1.4e+06>65");
    /* an enumerator "1)", but a value in a parenthesis opened before it */
    assert_values("Steps: 1) hire 30 analysts. Rates: St. Louis (about 54), Gary (up from 9).",
                  "30;54;9");
    assert_values("Shootings fell from 250 to 180 last year.", "250>180");
    assert_values("Arrests reached 64, up from 41, and thefts 90, down from about 120.",
                  "41>64;120>90");
    assert_values("More than 7,100 fugitives and at least 30 gangs.", "7100;30");
    assert_values("Arrests rose by 12 and thefts fell by nearly 3,000.", "12;3000");
    assert_values("Up to 40 agents and less than 2.5 percent of cases.", "40;2.5");
    /* number words with a scale; an agenda's items and a report's number */
    assert_values("The town will get three million dollars, one million more than planned, "
                  "and twenty-five thousand for overtime.",
                  "3e+06;1e+06;25000");
    assert_values("Items 4.1 through 4.7 and Sections 2 through 6 passed. The study (NCJ "
                  "198765) followed 40 youths.",
                  "40");
    assert_values("Two towns and one in Ohio; agents closed one lab.", "2;1;1");
    /* a number word inside a name; at a sentence's start it counts */
    assert_values("Agents in the Four Corners region ran the One Pill campaign. Four agents "
                  "stayed.",
                  "4");
    /* "one" as a pronoun after "have" ends no count */
    assert_values("Each city needs a plan; the county did not have one. Police charged one.",
                  "1");
    /* "and a half"; the emergency number */
    assert_values("Rates are two and a half times the average; call 911 now.", "2.5");
    /* shares before "of"; an ordinal is none */
    assert_values("A quarter of cities, one-fifth of towns and half of agencies; a third "
                  "officer came.",
                  "0.25;0.2;0.5");
    /* shares without "of": after "by", "half the", a qualifier and a verb;
     * not an ordinal after them */
    assert_values("Homicides fell by nearly a third. Half the guns and more than half involved "
                  "a handgun; the first half ended, and nearly a third officer left.",
                  "0.333333;0.5;0.5");
    /* numbers spoken in words: hundreds, tenths, scales and what follows a
     * thousand */
    assert_values(
        "Three hundred and sixteen people, twenty-eight hundred arrests, a rise of "
        "four point one percent, one hundred and thirteen guns, two hundred fifty "
        "agents, four hundred and twenty million dollars and twenty-five thousand "
        "six hundred officers.",
        "316;2800;4.1;113;250;4.2e+08;25600");
    /* a scale after "a", "half a" and "and a half" */
    assert_values("Two and a half million for enforcement, half a million for reentry, a "
                  "billion in all; a man came a month ago.",
                  "2.5e+06;500000;1e+09");
    /* fractions and dozens */
    assert_values("Two-thirds of cities and three-quarters of counties; two dozen agents.",
                  "0.666667;0.75;24");
    /* numbers of pages, footnotes, streets, categories and teams are no figures */
    assert_values("Page 2 of 5. As noted [1], offices at 1602 Martin Luther King Jr. Way "
                  "hold Category 2 and Team 3 with 40 agents.",
                  "40");
    /* the titles and sections of codes of laws are no figures */
    assert_values("Under 18 U.S.C. 922(g) and 28 C.F.R. 0.5, see \xC2\xA7" "923 and 4 cases.",
                  "4");
    /* the number that ends a program's name */
    assert_values("Agents of Operation Harbor City 250, a surge, took 86 people.", "86");
    /* Markdown's footnote marks, a law's place in the Statutes at Large and a
     * journal's volume, issue and pages are no figures */
    assert_values("Shootings fell 12 percent.[^1]\n\n[^1]: Pub. L. 117-159, 136 Stat. 1313. "
                  "Lee, A. (2018). Policing. Justice Review, 17(1), 205-250.",
                  "12");
    /* not figures */
    assert_values("No one was hurt; the one they chose is one of the best, one-size-fits-all.",
                  "");
    assert_values("It is a start, not a finished one, and better than one that counts "
                  "nothing; even a rough one.",
                  "");
    assert_values("See page 12 of the report, chapter 3, and room 4.", "");
    /* a room's number in a building; a running header's page number glued
     * into a paragraph by a PDF's text */
    assert_values("Held in 2141 Rayburn House Office Building; 3 Building Blocks.", "3");
    /* a street's number */
    assert_values("A meeting at the library, 2110 Library Circle, drew 40 people.", "40");
    assert_values("It opens an office on 3500 South, with 12 officers; 30 west of here.", "12;30");
    /* a docket number */
    assert_values("See United States v. Ann Lee, 22 CR 301, which named 4 people.", "4");
    /* a reporter's citation and a U.S. highway */
    assert_values(
        "See Armstrong, 517 U.S. 456 (1996), and Lyle, 412 F.3d 877, 881 (7th Cir. "
        "2005); 3 crashes were on U.S. 412 and U.S. 59 to Laredo",
        "3");
    /* a month in capitals; a section's number before its title */
    assert_values("3. MINUTES OF FEBRUARY 27, 2025", "");
    assert_values("POLICY BRIEF NO. 7 counts 12 cities", "12");
    assert_values("5.2 Facilities Management: 12 roofs.", "12");
    assert_values("Maps of a handful BUREAU OF JUSTICE ASSISTANCE | FY 2014 ANNUAL REPORT 17 "
                  "of blocks show 12 hot spots.",
                  "12");
    assert_values("Open from 3 to 8 pm, or at 10 a.m. on AUG 30.", "");
    assert_values(
        "Outreach workers go out at two in the morning, or at ten o'clock, with five "
        "case managers.",
        "5");
    /* a wire service's month without its period; a plural's pair of
     * identifiers, whatever word follows */
    assert_values(
        "MEMPHIS, Tenn., Sept 16 (Reuters) - Patrols in Wards 7 and 8 east of the "
        "river began Jan 2 with 40 troopers; see Section 922 and 12 cases.",
        "40;12");
    /* past 31, a number after a month is no day */
    assert_values("In Oct 40 people died; on May 5 officers met; in May 150 joined.",
                  "40;150");
    assert_values("The plan will: 1) add 500 agents; 2) fund $2 Million in grants.", "500;2e+06");
    assert_values("On June 20, 2017, in FY24, under P.L. 117-159 and Executive Order 14074.",
                  "");
    assert_values("Call (202) 514-2007 before 10:30 on Interstate 95 in the 21st century.", "");
    assert_values("Operation Violence Reduction7 targeted MS-13 in 2019.", "");
    /* award numbers, bills, parts and codes, a bracketed page, the end mark */
    assert_values("Award 95-CF-WX-1044 under H.R. 3277, 28 C.F.R. Part 66 and Ohio Revised "
                  "Code 2925.11 [Page 12] paid 40 officers.\n\n\xE2\x80\x93 30 \xE2\x80\x93\n",
                  "40");
    /* numbers inside names; counts before a noun or an acronym */
    assert_values("Police along the 222 Corridor in Pennsylvania joined its 360 Strategy and "
                  "the 300 Men March; the 94 U.S. Attorneys, the 94 Federal districts and the "
                  "12 PSP sites too.",
                  "94;94;12");
    /* money in parentheses; a pair of sections or pages; a clock time in
     * words; a part of a period; an address's block; a table's number */
    assert_values("Awards: Baltimore ($642,000); under 21 U.S.C. \xC2\xA7\xC2\xA7 841 and "
                  "846, pages 12 and 13, at 3 in the morning in the first half of the year, "
                  "in the 1800 block of Main Street; Table 1 shows 5 cities. On June 5, 45 "
                  "officers came.",
                  "642000;5;45");
    /* a list marker in words; a comma parts a month from a count; a pair
     * of identifiers, but not a count after one; a number after a
     * dateline's dash; a number in a quoted name; a street number */
    assert_values("Number two, the task force. Of the 31 defendants charged since July, 24 face "
                  "charges. See \xC2\xA7 922 and 12 cases.\n\nALLENTOWN, Pa. \xE2\x80\x94 "
                  "Three Lehigh Valley cities along the '222 Corridor' met at 701 N. 7th Street.",
                  "31;24;12;3");
    /* a page's number between dashes; a ZIP code after a state's name */
    assert_values("Some 12 cases.\n\n- 3 -\n\n222 Lincoln Avenue, Salinas, California 93901\n",
                  "12");
    /* the numbers of notes, one per line */
    assert_values("Funding fell by 12 percent.\n\n1 P.L. 109-162, Title XI.\n2 42 U.S.C. 3755.\n"
                  "3 Bureau of Justice Assistance data.\n",
                  "12");
    /* a heading's item number; an ordinal Congress */
    assert_values("Roundup\n\n### 2. Baltimore adds 15 prosecutors\n\nONE HUNDRED FIFTH "
                  "CONGRESS\n",
                  "15");
    /* a station's name, once seen before "News", wherever it comes again */
    assert_values(
        "Coastal 9 News | Savannah\n\nSAVANNAH, Ga. (Coastal 9) - Agents came, 4 of "
        "them.\n\n[PHOTO: a park (Coastal 9 file photo)]\n",
        "4");
    /* the year of a count of years; a count in parentheses, not an area
     * code or an enumerator; a subtitle's count after a title in capitals;
     * a CFDA number */
    assert_values(
        "A grant of $175,000 (year three of five) for three years (36 months). Call "
        "(202) 555-0100: (1) hire.\n\nTHE YEAR IN CRIME: 10 stories\n\nCFDA 16.710\n",
        "175000;5;3;36;10");
    /* a Congress, an episode, a page in double brackets, a part of a whole,
     * a time of night */
    assert_values(
        "[House Hearing, 109 Congress]\n\n## Ep. 64: Agents\n\nIt is the other half "
        "of the problem and the 'weed' half of the plan; half of the 40 arrests were "
        "federal. It stays open until 9 at night.\n\n[[Page 12]]\n\nSome 14 came.\n",
        "0.5;40;14");
    /* a page's number far to the right of its running title */
    assert_values(
        "Officers: 125.\n\nCongressional Research Service                          3\n",
        "125");
}

static void test_figure_details(void **state) {
    (void)state;
    cp_corpus *c = load("Agents seized about 500 pounds a week and up to 40 guns per year; "
                        "thefts rose by 12.");
    const cp_document *d = cp_corpus_document_at(c, 0);
    assert_int_equal(cp_document_figure_count(d), 3);
    const cp_figure *f = cp_document_figure_at(d, 0);
    assert_int_equal(cp_figure_kind_of(f), CP_FIGURE_RATE);
    assert_string_equal(cp_figure_per(f), "week");
    assert_int_equal(cp_figure_qualifier(f), CP_QUALIFIER_APPROXIMATELY);
    assert_string_equal(cp_figure_unit(f), "pounds");
    f = cp_document_figure_at(d, 1);
    assert_string_equal(cp_figure_per(f), "year");
    assert_int_equal(cp_figure_qualifier(f), CP_QUALIFIER_AT_MOST);
    f = cp_document_figure_at(d, 2);
    assert_int_equal(cp_figure_kind_of(f), CP_FIGURE_CHANGE);
    cp_corpus_free(c);
    /* "over" a span of time is during it */
    c = load("Over nine years, over 200 officers joined.");
    d = cp_corpus_document_at(c, 0);
    assert_int_equal(cp_document_figure_count(d), 2);
    assert_int_equal(cp_figure_qualifier(cp_document_figure_at(d, 0)), CP_QUALIFIER_EXACT);
    assert_int_equal(cp_figure_qualifier(cp_document_figure_at(d, 1)), CP_QUALIFIER_MORE_THAN);
    cp_corpus_free(c);
    /* qualifiers before the article of "a dozen"; "as much as" */
    c = load("More than a dozen cities and as much as 60 percent of funds, over a two-year "
             "period.");
    d = cp_corpus_document_at(c, 0);
    assert_int_equal(cp_document_figure_count(d), 3);
    assert_int_equal(cp_figure_qualifier(cp_document_figure_at(d, 0)), CP_QUALIFIER_MORE_THAN);
    assert_int_equal(cp_figure_qualifier(cp_document_figure_at(d, 1)), CP_QUALIFIER_AT_MOST);
    assert_int_equal(cp_figure_qualifier(cp_document_figure_at(d, 2)), CP_QUALIFIER_EXACT);
    cp_corpus_free(c);
    /* a unit's span in the original bytes; a unit word longer than 65,535
     * bytes makes no unit */
    c = load("Agents seized 500 **pounds** of fentanyl.");
    d = cp_corpus_document_at(c, 0);
    size_t us = 0, ue = 0;
    assert_true(cp_figure_unit_span(cp_document_figure_at(d, 0), &us, &ue));
    assert_int_equal(ue - us, 6);
    assert_memory_equal(cp_document_bytes(d) + us, "pounds", 6);
    size_t big = 70000;
    char *text = malloc(big + 32);
    assert_non_null(text);
    memcpy(text, "Agents seized 500 ", 18);
    memset(text + 18, 'x', big);
    memcpy(text + 18 + big, ".", 2);
    cp_corpus_free(c);
    c = load(text);
    free(text);
    d = cp_corpus_document_at(c, 0);
    assert_int_equal(cp_document_figure_count(d), 1);
    assert_null(cp_figure_unit(cp_document_figure_at(d, 0)));
    assert_false(cp_figure_unit_span(cp_document_figure_at(d, 0), NULL, NULL));
    cp_corpus_free(c);
}

/* Long numbers keep their magnitude; one beyond any count is no figure (a
 * value JSON could not carry). Decimals read the same in any locale. */
static void test_figure_magnitudes(void **state) {
    (void)state;
    char text[1200];
    size_t n = 0;
    n += (size_t)snprintf(text, sizeof text, "They counted ");
    for (int i = 0; i < 138; i++)
        text[n++] = '3';
    n += (size_t)snprintf(text + n, sizeof text - n, " cases, then ");
    for (int i = 0; i < 400; i++)
        text[n++] = '7';
    n += (size_t)snprintf(text + n, sizeof text - n, " more, and 2.5 million.");
    cp_corpus *c = load(text);
    const cp_document *d = cp_corpus_document_at(c, 0);
    assert_int_equal(cp_document_figure_count(d), 2);
    double v = cp_figure_value(cp_document_figure_at(d, 0));
    assert_true(v > 3.33e137 && v < 3.34e137);
    assert_true(cp_figure_value(cp_document_figure_at(d, 1)) == 2500000.0);
    cp_corpus_free(c);
}

/* A minus sign before a number, after a space ("-47.1" in a column of
 * changes; U+2212 too), makes it negative, its span starting at the sign;
 * a hyphen joined to a word or a number ("MS-13", "2019-20") is no sign,
 * and "1990 -2000" is a range of years. */
static void test_figure_negative(void **state) {
    (void)state;
    cp_corpus *c = load("Offense   2024   2025   Change (%)\nRobbery   203   162   "
                        "\xE2\x88\x92"
                        "20.2\nCarjacking   41   24   -41.5\n\nMS-13 grew in 2019-20, "
                        "as from 1990 -2000.");
    const cp_document *d = cp_corpus_document_at(c, 0);
    static const double want[] = {203, 162, -20.2, 41, 24, -41.5};
    assert_int_equal(cp_document_figure_count(d), sizeof want / sizeof want[0]);
    for (size_t k = 0; k < sizeof want / sizeof want[0]; k++)
        assert_true(cp_figure_value(cp_document_figure_at(d, k)) == want[k]);
    const cp_figure *f = cp_document_figure_at(d, 2);
    assert_int_equal(cp_figure_start(f), 57); /* the sign's three bytes */
    assert_int_equal(cp_figure_end(f), 64);
    cp_corpus_free(c);
    /* a decade with an apostrophe for its century is no count */
    c = load("They came in the \xE2\x80\x99"
             "90s and the '80s with 12 agents.");
    d = cp_corpus_document_at(c, 0);
    assert_int_equal(cp_document_figure_count(d), 1);
    assert_true(cp_figure_value(cp_document_figure_at(d, 0)) == 12);
    cp_corpus_free(c);
}

static void test_link_sentences(void **state) {
    (void)state;
    /* a place that receives a program, and a grant to an agency of a place */
    cp_corpus *c = load("Memphis, Tennessee will receive the Blue Shield Initiative next year. "
                        "The Leavenworth Police Department in Kansas also won a grant from it.");
    const cp_program *p = cp_corpus_program_by_id(c, "blue-shield-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "memphis-tn"));
    assert_true(program_has_site(p, "leavenworth-ks"));
    cp_corpus_free(c);
}

/* The program a document is about: an acronym defined with a name is no
 * second mention of it. Within a paragraph, a sentence that names no
 * program goes on about the one the sentence before it named. */
static void test_link_main_program(void **state) {
    (void)state;
    cp_corpus *c = load("The Harbor Light Initiative began. The Ballistic Harbor Network (BHN) "
                        "helped.\n\nAgents worked in Toledo and Akron, Ohio.");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "toledo-oh"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "ballistic-harbor-network"),
                                  "toledo-oh"));
    cp_corpus_free(c);
    c = load("The Harbor Light Initiative began in Toledo, Ohio. Last year the city also "
             "became a Ballistic Harbor Network site. Akron prosecutors joined the effort.");
    p = cp_corpus_program_by_id(c, "ballistic-harbor-network");
    assert_non_null(p);
    assert_true(program_has_site(p, "akron-oh"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "harbor-light-initiative"),
                                  "akron-oh"));
    cp_corpus_free(c);
    /* a briefs column: places in capitals over each brief's headline */
    c = load(
        "VALLEY BRIEFS\n\nALLENTOWN\nCity wins grant\n\nAllentown will add officers "
        "under the Harbor Light Initiative this fall, the mayor said on Monday.\n\n"
        "PHILADELPHIA\nCity named network site\n\nPhiladelphia joined the Ballistic "
        "Harbor Network, officials said on Tuesday.\n\nPITTSBURGH\nMan sentenced\n\nA "
        "Pittsburgh man was sentenced to Lakeside Reentry Program supervision.\n\n"
        "ERIE\nCrime watch to meet\n\nThe Erie crime watch meets Monday.\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "allentown-pa"));
    assert_false(program_has_site(p, "philadelphia-pa"));
    assert_false(program_has_site(p, "pittsburgh-pa"));
    assert_false(program_has_site(p, "erie-pa"));
    cp_corpus_free(c);
    /* a live blog: each entry under its time is a section */
    c = load(
        "LIVE UPDATES: the attorney general in Tacoma\n\n4:15 p.m. \xE2\x80\x94 That is "
        "a "
        "wrap\n\nThe motorcade has left for Olympia.\n\n2:50 p.m. \xE2\x80\x94 Body "
        "cameras\n\nTacoma, Washington, gets money from the Harbor Light Initiative.\n\n"
        "1:40 p.m. \xE2\x80\x94 Data\n\nThe city joins the Ballistic Harbor Network, as "
        "Seattle did.\n\n11:05 a.m. \xE2\x80\x94 The speech\n\nShe praised the Lakeside "
        "Reentry Program in Puyallup.\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "tacoma-wa"));
    assert_false(program_has_site(p, "olympia-wa"));
    assert_false(program_has_site(p, "seattle-wa"));
    assert_false(program_has_site(p, "puyallup-wa"));
    cp_corpus_free(c);
    /* a countdown: numbered items alone over prose are its sections' titles,
     * each section about its own program or none */
    c = load(
        "Our year in review, ten stories in all, from the smallest city to the largest "
        "in the region we cover, as readers followed them most closely.\n\n"
        "3. Akron gets a grant\n\nAkron won a Harbor Light Initiative grant.\n\n"
        "2. Shell casings\n\nToledo police joined the Ballistic Harbor Network.\n\n"
        "1. Debate in Columbus\n\nLawmakers in Columbus, Ohio, argued about bail. "
        "Dayton spent $4 million on the Lakeside Reentry Program.\n\n"
        "0. Fewer killings\n\nHomicides fell in Cincinnati, Ohio.\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "akron-oh"));
    assert_false(program_has_site(p, "toledo-oh"));
    assert_false(program_has_site(p, "columbus-oh"));
    assert_false(program_has_site(p, "cincinnati-oh"));
    assert_true(program_has_site(cp_corpus_program_by_id(c, "ballistic-harbor-network"),
                                 "toledo-oh"));
    cp_corpus_free(c);
}

/* A candidate's answers: "the city" that won a grant is the city the text
 * named last; cities that "built similar programs", a city the text
 * "would ask" for something, a capital one "would not wait on" are no
 * sites of the program. */
/* "The city's first federal ... designation": a few words may stand
 * between "the city's" and its program; "the same program" is the one
 * named last before, not the text's; a place one is put "in touch with"
 * is consulted, no member. */
static void test_link_same_program(void **state) {
    (void)state;
    cp_corpus *c = load(
        "SHREVEPORT, La. - The council accepted the city's first federal Harbor Light "
        "Initiative designation on Tuesday.\n\n"
        "Monroe received Harbor Light Initiative money last year.\n\n"
        "The council also took a grant from the Bayou Hiring Program for 25 officers.\n\n"
        "Bossier City received money for eight officers from the same program in "
        "February.\n\n"
        "The initiative also put us in touch with Camden, N.J., on how it rebuilt "
        "trust.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *h = cp_corpus_program_by_id(c, "bayou-hiring-program");
    assert_non_null(p);
    assert_non_null(h);
    assert_true(program_has_site(p, "shreveport-la"));
    assert_true(program_has_site(p, "monroe-la"));
    assert_false(program_has_site(p, "bossier-city-la"));
    assert_true(program_has_site(h, "bossier-city-la"));
    assert_false(program_has_site(p, "camden-nj"));
    cp_corpus_free(c);
    /* "its" program is the one of the place the sentence opens with */
    c = load(
        "Agents met in Dallas, Texas.\n\n"
        "Shreveport, Louisiana, for example, used a Bayou Hiring Program award to assign "
        "12 officers to its Harbor Light Initiative area.\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "shreveport-la"));
    cp_corpus_free(c);
}

/* "Here" after a program's name is the place the text is about; a place
 * where a speech was given is none of the program's; nor one a model
 * "could be repeated in". */
static void test_link_here(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Little Rock joined the Harbor Light Initiative last year, the chief said.\n\n"
        "Q: Does anything else help?\n\n"
        "A: Prosecutors are still running Bayou Safe Streets Task Force cases here, and "
        "that "
        "predates us.\n\n"
        "The governor praised the Harbor Light Initiative in a speech to police chiefs "
        "in "
        "Chicago. Aides said the model could be repeated in Baltimore and other "
        "cities.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *b = cp_corpus_program_by_id(c, "safe-streets-task-forces");
    assert_non_null(p);
    assert_non_null(b);
    assert_true(program_has_site(p, "little-rock-ar"));
    assert_true(program_has_site(b, "little-rock-ar"));
    assert_false(program_has_site(p, "chicago-il"));
    assert_false(program_has_site(p, "baltimore-md"));
    cp_corpus_free(c);
}

/* A place set apart ("Albany, Georgia -- not Albany, New York"), a
 * legislator's ("the people I represent in Cleveland"), one of a
 * comparison ("a city the same size as Toledo") and one a team "was not
 * deployed to" are no members. */
static void test_link_set_apart(void **state) {
    (void)state;
    cp_corpus *c = load("The Harbor Light Initiative funds outreach in the City of "
                        "Albany, Georgia -- not "
                        "Albany, New York -- for youth.\n\n"
                        "The people I represent in Cleveland lived through a hard year. "
                        "In Columbus, a city "
                        "about the same size as Toledo, the Harbor Light Initiative pays "
                        "for outreach.\n\n"
                        "A second Harbor Light Initiative team was not deployed to "
                        "Albuquerque in 2010. Its outreach has drawn interest from "
                        "Hartford. The Harbor Light Initiative is joined by units from "
                        "Louisiana.\n\n"
                        "From our studio in Atlanta: the Harbor Light Initiative came to "
                        "West Memphis, Arkansas. Memphis has its own federal partnerships.\n\n"
                        "The Harbor Light Initiative, unlike the summer deployment to "
                        "Portland, Ore., works beside detectives.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "albany-ga"));
    assert_true(program_has_site(p, "columbus-oh"));
    assert_false(program_has_site(p, "albany-ny"));
    assert_false(program_has_site(p, "cleveland-oh"));
    assert_false(program_has_site(p, "toledo-oh"));
    assert_false(program_has_site(p, "albuquerque-nm"));
    assert_false(program_has_site(p, "hartford-ct"));
    assert_false(program_has_site(p, "louisiana"));
    assert_true(program_has_site(p, "west-memphis-ar"));
    assert_false(program_has_site(p, "atlanta-ga"));
    assert_false(program_has_site(p, "memphis-tn"));
    assert_false(program_has_site(p, "portland-or"));
    cp_corpus_free(c);
    /* a program a list item's work is modeled on is not the item's */
    c = load(
        "The Harbor Light Initiative adapted to local conditions:\n\n"
        "- Lowell, Mass.: a partnership guided a call-in strategy modeled on Operation "
        "Ceasefire in Boston.\n- Tulsa, Okla.: agents charged 117 defendants.\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *model = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(p);
    assert_non_null(model);
    assert_true(program_has_site(p, "lowell-ma"));
    assert_false(program_has_site(model, "lowell-ma"));
    cp_corpus_free(c);
}

/* A sentence after the program's that names none and tells a crime trend
 * ("cities such as Chicago ... saw homicides fall") counts crime there; a
 * present tense ("fall", "rise", "drop") tells one too. */
static void test_link_trend_sentence(void **state) {
    (void)state;
    cp_corpus *c = load("Agents came to Tulsa, Oklahoma.\n\n"
                        "The Harbor Light Initiative also reached Kansas City, Missouri, "
                        "in July 2020, and "
                        "more than 6,000 arrests followed. Elsewhere, cities such as "
                        "Chicago and Baltimore "
                        "also saw homicides fall in 2025 without a federal surge.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "kansas-city-mo"));
    assert_false(program_has_site(p, "chicago-il"));
    assert_false(program_has_site(p, "baltimore-md"));
    cp_corpus_free(c);
}

/* "The task force covers ..." after a task force is named is that task
 * force's sentence, not the text's program's; a heading that is a place
 * alone is the place of its section's program. */
static void test_link_task_force_referred(void **state) {
    (void)state;
    cp_corpus *c = load("The order created Harbor Light Task Forces in all 50 states. "
                        "Each brings together "
                        "federal and local partners.\n\n"
                        "MEMPHIS\n\n"
                        "In September the President created the Bluff City Task Force. "
                        "The task force covers "
                        "Memphis and the rest of Shelby County.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-task-forces");
    const cp_program *b = cp_corpus_program_by_id(c, "bluff-city-task-force");
    assert_non_null(p);
    assert_non_null(b);
    assert_true(program_has_site(b, "memphis-tn"));
    assert_true(program_has_site(b, "shelby-county-tn"));
    assert_false(program_has_site(p, "memphis-tn"));
    assert_false(program_has_site(p, "shelby-county-tn"));
    cp_corpus_free(c);
}

/* "the center" inside a sentence of selection ("it will take cases from
 * ...") stands for the center named last before it, not for the program
 * the sentence just before it names. */
static void test_link_center_referred(void **state) {
    (void)state;
    cp_corpus *c =
        load("The money also opened the Miami Valley Crime Gun Intelligence "
             "Center in Dayton, Ohio. The Harbor Light Initiative gave $2 "
             "million to the city last year. The ATF will run the center, "
             "and it will take cases from Greene, Clark and Warren counties.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *g = NULL;
    for (size_t k = 0; k < cp_corpus_program_count(c); k++)
        if (strstr(cp_program_name(cp_corpus_program_at(c, k)), "Intelligence Center"))
            g = cp_corpus_program_at(c, k);
    assert_non_null(p);
    assert_non_null(g);
    assert_true(program_has_site(g, "dayton-oh"));
    const char *const counties[] = {"greene-county-oh", "clark-county-oh",
                                    "warren-county-oh"};
    for (size_t k = 0; k < sizeof counties / sizeof counties[0]; k++) {
        assert_true(program_has_site(g, counties[k]));
        assert_false(program_has_site(p, counties[k]));
    }
    cp_corpus_free(c);
}

/* "The team's territory covers ..." names the team named two paragraphs
 * before, though its own paragraph names none, not the program the text
 * opens with. */
static void test_link_team_referred(void **state) {
    (void)state;
    cp_corpus *c =
        load("City leaders are counting on the Bluff City Initiative, the River "
             "Safe Program and a new team this year.\n\n"
             "The Harbor Light Impact Team, made up of six agents, started work "
             "in Macon, Georgia, this week. The Bluff City Initiative paid for "
             "a prosecutor.\n\n"
             "\"We know who they are,\" the chief said.\n\n"
             "The team's territory covers Jones, Twiggs and Monroe counties.\n");
    const cp_program *t = cp_corpus_program_by_id(c, "harbor-light-impact-team");
    const cp_program *b = cp_corpus_program_by_id(c, "bluff-city-initiative");
    assert_non_null(t);
    assert_non_null(b);
    const char *const counties[] = {"jones-county-ga", "twiggs-county-ga",
                                    "monroe-county-ga"};
    for (size_t k = 0; k < sizeof counties / sizeof counties[0]; k++) {
        assert_true(program_has_site(t, counties[k]));
        assert_false(program_has_site(b, counties[k]));
    }
    cp_corpus_free(c);
}

/* A release whose lead tells of money and names no program (a masthead
 * and a date before it) is about the program the paragraph after names,
 * though two more are each named as often further on. */
static void test_link_program_after_lead(void **state) {
    (void)state;
    cp_corpus *c =
        load("Department of Justice\n\nFOR IMMEDIATE RELEASE\n\nTUESDAY, MAY 6, 1997\n\n"
             "LAKE TOWNS RECEIVE $4 MILLION FOR OFFICERS\n\n"
             "WASHINGTON -- The Justice Department today announced $4,000,000 in grants "
             "that will add 50 officers to the streets of four communities in Ohio and "
             "Indiana, officials said on Tuesday morning.\n\n"
             "The money comes through the Harbor Light Hiring Program. Under it the "
             "federal government covers most of a new officer's salary.\n\n"
             "Toledo will add 20 officers, Dayton 15, Gary 10 and Muncie 5.\n\n"
             "Toledo will place its officers in areas of the Bluff City Initiative. "
             "Burglaries in the Bluff City Initiative area fell.\n\n"
             "Other agencies may apply to the River Safe Program. Applications for the "
             "River Safe Program are due in May.\n");
    const cp_program *h = cp_corpus_program_by_id(c, "harbor-light-hiring-program");
    const cp_program *b = cp_corpus_program_by_id(c, "bluff-city-initiative");
    assert_non_null(h);
    assert_non_null(b);
    const char *const places[] = {"toledo-oh", "dayton-oh", "gary-in", "muncie-in"};
    for (size_t k = 0; k < sizeof places / sizeof places[0]; k++)
        assert_true(program_has_site(h, places[k]));
    assert_false(program_has_site(b, "dayton-oh"));
    assert_false(program_has_site(b, "gary-in"));
    cp_corpus_free(c);
}

/* In a digest about no one program, a list of sites after a sentence that
 * names two programs is the first's, the sentence's subject; places
 * "among them" are the program's the sentence before names. */
static void test_link_digest_subject(void **state) {
    (void)state;
    cp_corpus *c = load(
        "WEEKLY DIGEST\n\n**1. Money lands in four places.** The Attorney General handed "
        "out $8 million of the Harbor Light Initiative, the new arm of the Bluff City "
        "Partnership. Each site gets $2 million. The sites: Tampa; Cleveland; Milwaukee; "
        "and Reno.\n\n**2. Other news.** The River Safe Program named Lowell, Mass., a "
        "site. The Delta Watch Network added Pueblo, Colo.\n");
    const cp_program *h = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *b = cp_corpus_program_by_id(c, "bluff-city-partnership");
    assert_non_null(h);
    assert_non_null(b);
    const char *const sites[] = {"tampa-fl", "cleveland-oh", "milwaukee-wi", "reno-nv"};
    for (size_t k = 0; k < sizeof sites / sizeof sites[0]; k++) {
        assert_true(program_has_site(h, sites[k]));
        assert_false(program_has_site(b, sites[k]));
    }
    assert_false(program_has_site(h, "lowell-ma"));
    cp_corpus_free(c);
    /* ... and places "among them" after the sentence that names one */
    c = load(
        "Washington has tried the Bluff City Partnership, the River Safe Program and "
        "Operation Clear Sky.\n\nIn 2021 the White House announced a Harbor Light "
        "Initiative of 15 cities. Tampa, Florida; Detroit; Reno; and Newark, New "
        "Jersey, were among them.\n");
    h = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(h);
    const char *const among[] = {"tampa-fl", "detroit-mi", "reno-nv", "newark-nj"};
    for (size_t k = 0; k < sizeof among / sizeof among[0]; k++)
        assert_true(program_has_site(h, among[k]));
    cp_corpus_free(c);
}

/* A section under its own heading that names no program but one by its
 * kind ("the operation would expand to ...") is about the text's program;
 * "spread to" tells its reach; four comparison places listed after a
 * colon are no members. */
static void test_link_section_by_kind(void **state) {
    (void)state;
    cp_corpus *c =
        load("Operation Harbor Light came to Kansas City, Missouri.\n\n"
             "**The numbers**\n\n"
             "Kansas City was one of the first sites of the Bluff City Partnership in "
             "2017.\n\n"
             "**Expansion**\n\n"
             "On July 22 officials said the operation would expand to Chicago and "
             "Albuquerque. By "
             "late August it had spread to Cleveland and Detroit. The first sites included "
             "Tulsa.\n\n"
             "Researchers compared it with four comparison cities of similar size, where "
             "no agents "
             "were sent: Worcester, Mass.; Toledo, Ohio; and Nashville, Tenn.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "operation-harbor-light");
    const cp_program *b = cp_corpus_program_by_id(c, "bluff-city-partnership");
    assert_non_null(p);
    assert_non_null(b);
    const char *const in[] = {"kansas-city-mo", "chicago-il", "albuquerque-nm",
                              "cleveland-oh",   "detroit-mi", "tulsa-ok"};
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++)
        assert_true(program_has_site(p, in[k]));
    assert_false(program_has_site(b, "chicago-il"));
    assert_false(program_has_site(p, "worcester-ma"));
    assert_false(program_has_site(p, "toledo-oh"));
    assert_false(program_has_site(p, "nashville-tn"));
    cp_corpus_free(c);
}

/* Items nested under a list item that names one program are that
 * program's; "Unlike Houston" names a place (no member); a place a model
 * "could be applied next to" is none. */
static void test_link_nested_under_item(void **state) {
    (void)state;
    cp_corpus *c = load(
        "The Bluff City Partnership grows.\n\n"
        "- **Members.** Sixteen cities joined:\n  - Tulsa, Okla.\n  - Newark, N.J.\n"
        "- **Funding.** The Harbor Light Initiative will make $100 million available.\n"
        "  - Planning awards will go to three states: Illinois, Massachusetts and "
        "Ohio.\n\n"
        "Unlike Houston, which pays from its general fund, members braid relief money. "
        "The "
        "model could be applied next to Chicago.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *b = cp_corpus_program_by_id(c, "bluff-city-partnership");
    assert_non_null(p);
    assert_non_null(b);
    assert_true(program_has_site(p, "illinois"));
    assert_true(program_has_site(p, "massachusetts"));
    assert_false(program_has_site(b, "illinois"));
    assert_true(program_has_site(b, "tulsa-ok"));
    assert_non_null(cp_corpus_site_by_id(c, "houston-tx"));
    assert_false(program_has_site(b, "houston-tx"));
    assert_false(program_has_site(b, "chicago-il"));
    cp_corpus_free(c);
}

static void test_link_the_city(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Stockton, California, recorded 38 homicides last year. In 2023 the city won a "
        "$2 million Harbor Light Initiative grant. Oakland and Richmond, California, "
        "built "
        "similar programs. I would not wait on Sacramento to sort this out.\n\n"
        "The Bay Watch Task Force pays for 15 officers in Lodi. I would ask Modesto to "
        "run "
        "joint academies with us.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "stockton-ca"));
    assert_false(program_has_site(p, "oakland-ca"));
    assert_false(program_has_site(p, "richmond-ca"));
    assert_null(cp_corpus_site_by_id(c, "sacramento-ca"));
    const cp_program *tf = cp_corpus_program_by_id(c, "bay-watch-task-force");
    assert_non_null(tf);
    assert_true(program_has_site(tf, "lodi-ca"));
    assert_false(program_has_site(tf, "modesto-ca"));
    cp_corpus_free(c);
    /* a city with more killings than ours is compared; a commission one
     * would ask for money is asked; a signature's place is its writer's */
    c = load(
        "The Harbor Light Initiative came to Nashville, Tennessee. Memphis still has far "
        "more killings than we do. The city would ask the Knox County Commission for "
        "$90,000.\n\nRespectfully submitted,\n\nOffice of the District Attorney, Sumner "
        "County\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "nashville-tn"));
    assert_false(program_has_site(p, "memphis-tn"));
    assert_false(program_has_site(p, "knox-county-tn"));
    assert_false(program_has_site(p, "sumner-county-tn"));
    cp_corpus_free(c);
    /* "the city" and "the department" that receive a program are the city
     * the text is about, not the last one it compares; "the county" that
     * pays with a program's money; a city that uses money "to" pay a
     * program does not receive it */
    c = load(
        "The Harbor Light Initiative opened in Stockton, California, the seat of San "
        "Joaquin County. Stockton police lead it, and Stockton counted 38 "
        "homicides.\n\nNearby Lodi and Tracy saw fewer killings.\n\nThe city also "
        "received $1 million through the Bay Watch Task Force. The department has hired "
        "12 officers with Delta Hiring Program grants. The county already pays four "
        "deputies with Valley Crime Grant Program money. The city will use $50,000 of "
        "its award to pay the Valley Peace Program. The city has been a Delta Watch "
        "Network "
        "site since 2017, and it was one of seven cities in Operation Bright Lake. The "
        "department already takes part in the River Guard Program, and the city's "
        "$260,000 Canyon Justice Grant award is held up. The city will also get a mobile "
        "Ballistic Harbor Network unit. The city expects $90,000 from the Sierra Hiring "
        "Program, and the city learned it will receive $40,000 from the Lake Shore "
        "Youth Program. The city is putting a $150,000 Valley Guard Program grant "
        "toward overtime.");
    const char *const joined[] = {"delta-watch-network",      "operation-bright-lake",
                                  "river-guard-program",      "canyon-justice-grant",
                                  "ballistic-harbor-network", "sierra-hiring-program",
                                  "lake-shore-youth-program", "valley-guard-program"};
    for (size_t k = 0; k < sizeof joined / sizeof joined[0]; k++) {
        p = cp_corpus_program_by_id(c, joined[k]);
        assert_non_null(p);
        assert_true(program_has_site(p, "stockton-ca"));
    }
    assert_non_null(cp_corpus_site_by_id(c, "lodi-ca"));
    assert_non_null(cp_corpus_site_by_id(c, "tracy-ca"));
    const char *const received[] = {"bay-watch-task-force", "delta-hiring-program"};
    for (size_t k = 0; k < 2; k++) {
        p = cp_corpus_program_by_id(c, received[k]);
        assert_non_null(p);
        assert_true(program_has_site(p, "stockton-ca"));
        assert_false(program_has_site(p, "tracy-ca"));
    }
    p = cp_corpus_program_by_id(c, "valley-crime-grant-program");
    assert_non_null(p);
    assert_true(program_has_site(p, "san-joaquin-county-ca"));
    p = cp_corpus_program_by_id(c, "valley-peace-program");
    assert_non_null(p);
    assert_false(program_has_site(p, "stockton-ca"));
    cp_corpus_free(c);
    /* a paragraph that opens with the text's program, and another as its
     * model, goes on about the first */
    c = load("The Harbor Light Initiative adds Stockton, California.\n\nThe initiative, "
             "launched in 2006, builds on the Bay Watch Task Force. The first sites are "
             "Tampa, Fla.; Cleveland; and Milwaukee.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    const cp_program *model = cp_corpus_program_by_id(c, "bay-watch-task-force");
    assert_non_null(model);
    const char *const first_sites[] = {"tampa-fl", "cleveland-oh", "milwaukee-wi"};
    for (size_t k = 0; k < 3; k++) {
        assert_true(program_has_site(p, first_sites[k]));
        assert_false(program_has_site(model, first_sites[k]));
    }
    cp_corpus_free(c);
    /* a city's own program works in its metro area and its state, not in
     * the cities of other states whose officials visit it */
    c = load(
        "The Fresno Violence Task Force works in Fresno, California, and in Clovis.\n\n"
        "Officials from Reno, Nevada, and Portland, Oregon, toured it in May. The task "
        "force added Madera and Bakersfield.");
    p = cp_corpus_program_by_id(c, "fresno-violence-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "clovis-ca"));
    assert_true(program_has_site(p, "madera-ca"));
    assert_true(program_has_site(p, "bakersfield-ca"));
    assert_false(program_has_site(p, "reno-nv"));
    assert_false(program_has_site(p, "portland-or"));
    assert_non_null(cp_corpus_site_by_id(c, "portland-or"));
    cp_corpus_free(c);
    /* a place's own program, also where it is another's model; the grants
     * "the city received" */
    c = load(
        "The Harbor Light Initiative opened in Stockton, California. It is modeled on "
        "Boston's Operation Ceasefire.\n\nIt adds to $1.4 million in Delta Hiring "
        "Program grants the city received last fall.");
    p = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(p);
    assert_true(program_has_site(p, "boston-ma"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "harbor-light-initiative"),
                                  "boston-ma"));
    assert_true(program_has_site(cp_corpus_program_by_id(c, "delta-hiring-program"),
                                 "stockton-ca"));
    cp_corpus_free(c);
    /* where guns were bought, a legislator's district, a capital asked for
     * money, places neither in it nor yet in it */
    c = load(
        "The Harbor Light Initiative works in St. Louis, Missouri. A gun bought in "
        "Belleville is used there. I represent Springfield. We have asked Jefferson City "
        "to match the money. Neither Kansas City nor Joplin is part of the initiative. "
        "Columbia, Rolla and the rest of Boone County asked to join. Agents trace guns "
        "back to their source, in Tulsa or Wichita. Some were resold in Omaha, or sold "
        "in "
        "the Town of Hempstead and the city of Yonkers, New York.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "st-louis-mo"));
    const char *const not_sites[] = {"belleville-il", "springfield-mo", "kansas-city-mo",
                                     "joplin-mo",     "columbia-mo",    "boone-county-mo",
                                     "tulsa-ok",      "wichita-ks",     "omaha-ne",
                                     "hempstead-ny",  "yonkers-ny"};
    for (size_t k = 0; k < sizeof not_sites / sizeof not_sites[0]; k++)
        if (program_has_site(p, not_sites[k]))
            fail_msg("linked to %s", not_sites[k]);
    assert_non_null(cp_corpus_site_by_id(c, "tulsa-ok"));
    assert_non_null(cp_corpus_site_by_id(c, "wichita-ks"));
    assert_null(cp_corpus_site_by_id(c, "jefferson-city-mo"));
    cp_corpus_free(c);
    /* a border; an office's seat; a town that never applied */
    c = load(
        "The Harbor Light Initiative pays for 18 officers in Springfield, Massachusetts. "
        "On my block it means two officers who walk from Main Street to the Chicopee "
        "line three afternoons a week. The alternative is what they live with next door "
        "in Holyoke, which never applied for a Harbor Light grant. The U.S. Attorney's "
        "office in Boston helps the initiative.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "springfield-ma"));
    assert_false(program_has_site(p, "chicopee-ma"));
    assert_false(program_has_site(p, "boston-ma"));
    assert_false(program_has_site(p, "holyoke-ma"));
    cp_corpus_free(c);
    /* a neighbourhood named like a town; a town not a site; a capital
     * listed with the federal government */
    c = load(
        "The Harbor Light Initiative came to Lafayette, Indiana: the Jefferson, "
        "Centennial and Lincoln neighborhoods and the Hyde Park neighborhood. West "
        "Lafayette itself is not a Harbor Light site. Washington and Indianapolis both "
        "take credit.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "lafayette-in"));
    assert_false(program_has_site(p, "west-lafayette-in"));
    assert_null(cp_corpus_site_by_id(c, "lincoln-ne"));
    assert_null(cp_corpus_site_by_id(c, "hyde-park-il"));
    assert_null(cp_corpus_site_by_id(c, "indianapolis-in"));
    cp_corpus_free(c);
    /* a place that does without the program; a known program's name with
     * its head in lower case */
    c = load(
        "The Harbor Light Initiative helps Birmingham, Alabama. What Huntsville is doing "
        "without one is different. The FBI's Safe Streets task forces have worked for 30 "
        "years.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_false(program_has_site(p, "huntsville-al"));
    assert_non_null(cp_corpus_program_by_id(c, "safe-streets-task-forces"));
    cp_corpus_free(c);
    /* places it does not work in; visitors' home */
    c = load(
        "The Harbor Light Initiative went to Jackson, Mississippi. We do not work in "
        "Rankin County, though we get calls from Pearl and Brandon every week. We also "
        "hosted peers from Jackson, Tennessee.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "jackson-ms"));
    assert_false(program_has_site(p, "rankin-county-ms"));
    assert_false(program_has_site(p, "pearl-ms"));
    assert_false(program_has_site(p, "jackson-tn"));
    cp_corpus_free(c);
    /* places a sentence after denies; donors' homes */
    c = load(
        "The Harbor Light Initiative works in Baton Rouge, Louisiana. In October, staff "
        "from Lafayette and Lake Charles spent two days with us. Neither city is a "
        "Harbor "
        "Light site. A welcome to our new donors from Zachary and Prairieville.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "baton-rouge-la"));
    assert_false(program_has_site(p, "lafayette-la"));
    assert_false(program_has_site(p, "lake-charles-la"));
    assert_false(program_has_site(p, "zachary-la"));
    cp_corpus_free(c);
    /* places outside it, a stolen gun's town, a town not on its list */
    c = load(
        "The Harbor Light Initiative covers Gary, Indiana. The district charges cases "
        "from "
        "Fort Wayne and South Bend, which are outside the plan altogether. The pistol "
        "had "
        "been stolen in Kankakee, Illinois. The list names Hammond. Merrillville is not "
        "on it because its application is under review.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "gary-in"));
    assert_false(program_has_site(p, "fort-wayne-in"));
    assert_false(program_has_site(p, "south-bend-in"));
    assert_false(program_has_site(p, "kankakee-il"));
    assert_false(program_has_site(p, "merrillville-in"));
    cp_corpus_free(c);
    /* a paragraph of awards under the program its first sentence names */
    c = load(
        "The Bay Watch Task Force works in Omaha, Nebraska. The Harbor Light Initiative "
        "announced its first awards in December. Three agencies were on that list. Omaha "
        "received $1,125,000. Lincoln received $600,000. Grand Island received "
        "$225,000.\n");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "grand-island-ne"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "bay-watch-task-force"),
                                  "grand-island-ne"));
    cp_corpus_free(c);
    /* "but not", "not in" */
    c = load("The Harbor Light Initiative expanded to Detroit, Michigan, but not Toledo. "
             "It was "
             "announced in Washington, not in Flint.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "detroit-mi"));
    assert_false(program_has_site(p, "toledo-oh"));
    assert_false(program_has_site(p, "flint-mi"));
    cp_corpus_free(c);
    /* "Washington County" and "making the case to Washington" weigh no
     * state of Washington: Benton County is Arkansas's */
    c = load(
        "Washington County Sheriff's Office\n\nDeputies made 37 arrests in Washington "
        "and Benton counties. We keep making the case to Washington.\n\nThe "
        "Fayetteville, "
        "Arkansas, police helped.\n");
    assert_non_null(cp_corpus_site_by_id(c, "benton-county-ar"));
    assert_null(cp_corpus_site_by_id(c, "benton-county-wa"));
    cp_corpus_free(c);
    /* "county" before a noun after a list of names: each a county */
    c = load("FRESNO, Calif. - Agents worked with the Fresno, Tulare and Kern county "
             "sheriff's offices.");
    const char *const counties[] = {"fresno-county-ca", "tulare-county-ca",
                                    "kern-county-ca"};
    for (size_t k = 0; k < sizeof counties / sizeof counties[0]; k++)
        assert_non_null(cp_corpus_site_by_id(c, counties[k]));
    assert_null(cp_corpus_site_by_id(c, "tulare-ca"));
    cp_corpus_free(c);
    /* a county of the state of the text's many places, though another
     * state is named by name more often; its towns, though the text never
     * names the state */
    c = load(
        "Rockford police met officers from Peoria, Elgin and Aurora. Guns came from "
        "Wisconsin, and Wisconsin dealers in Milwaukee sold most of them.\n\nWinnebago "
        "County joined us. Belvidere and Loves Park take part.");
    assert_non_null(cp_corpus_site_by_id(c, "winnebago-county-il"));
    assert_non_null(cp_corpus_site_by_id(c, "belvidere-il"));
    assert_non_null(cp_corpus_site_by_id(c, "loves-park-il"));
    assert_null(cp_corpus_site_by_id(c, "winnebago-county-wi"));
    cp_corpus_free(c);
    /* what the places were until now, or what else they asked to join,
     * keeps them in */
    c = load("The Harbor Light Initiative adds Canyon County and Payette County, Idaho. "
             "Neither has been part of any such program. It also adds Ada County, whose "
             "sheriff has asked to join a methamphetamine task force.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "canyon-county-id"));
    assert_true(program_has_site(p, "ada-county-id"));
    cp_corpus_free(c);
    /* a city not contacted about it, one that declined it, one that asked
     * about joining, one it has no plans for */
    c = load(
        "Operation Harbor Light sent agents to Cleveland, Ohio. In Akron, police said "
        "they had not been contacted about the operation. Toledo police were offered a "
        "seat and declined. Dayton police have asked about joining, and so have officers "
        "in Canton, where agents said they have no plans to go.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "cleveland-oh"));
    const char *const not_in[] = {"akron-oh", "toledo-oh", "dayton-oh", "canton-oh"};
    for (size_t k = 0; k < 4; k++) {
        assert_non_null(cp_corpus_site_by_id(c, not_in[k]));
        assert_false(program_has_site(p, not_in[k]));
    }
    cp_corpus_free(c);
    /* lawmakers in a state's capital are its legislature, help from it its
     * government */
    c = load("The Harbor Light Initiative helps Fayetteville, Arkansas. We are asking lawmakers "
             "in Little Rock for state money.");
    assert_null(cp_corpus_site_by_id(c, "little-rock-ar"));
    cp_corpus_free(c);
    c = load(
        "The Harbor Light Initiative helps Fayetteville, Arkansas. We will not wait for "
        "help from Little Rock.");
    assert_null(cp_corpus_site_by_id(c, "little-rock-ar"));
    cp_corpus_free(c);
    /* "New York" next in a list after a large city of another state */
    c = load("Killings also fell in Boston, New York and Houston. Police in Rochester, New "
             "York and Albany agreed.");
    assert_non_null(cp_corpus_site_by_id(c, "boston-ma"));
    assert_null(cp_corpus_site_by_id(c, "boston-ny"));
    assert_non_null(cp_corpus_site_by_id(c, "rochester-ny"));
    cp_corpus_free(c);
    /* a town whose name is a common word, first in a list of places */
    c = load("Police in Birmingham, Alabama, spoke. Mobile and Tuscaloosa are next.");
    assert_non_null(cp_corpus_site_by_id(c, "mobile-al"));
    cp_corpus_free(c);
    /* two small towns of a state in view named together; one with a
     * foreign namesake */
    c = load(
        "INDIANAPOLIS, Ind. - The money is for towns. Logansport and Peru each received "
        "money for two officers.");
    assert_non_null(cp_corpus_site_by_id(c, "logansport-in"));
    assert_non_null(cp_corpus_site_by_id(c, "peru-in"));
    cp_corpus_free(c);
    /* a smaller town of a state in view that gets or asks for a grant, or
     * whose chief speaks; a first name that does is still a person */
    c = load(
        "JACKSON, Miss. - Biloxi received the largest award, Ridgeland applied late, "
        "and Meridian's application is pending. Shirley received a plaque. Pascagoula's "
        "chief agreed. Tupelo will add two officers.");
    assert_non_null(cp_corpus_site_by_id(c, "tupelo-ms"));
    assert_non_null(cp_corpus_site_by_id(c, "biloxi-ms"));
    assert_non_null(cp_corpus_site_by_id(c, "ridgeland-ms"));
    assert_non_null(cp_corpus_site_by_id(c, "meridian-ms"));
    assert_non_null(cp_corpus_site_by_id(c, "pascagoula-ms"));
    assert_int_equal(cp_corpus_site_count(c), 6);
    cp_corpus_free(c);
    /* the grant's verb given once for a list of sums ("Flint received $2
     * million and Saginaw $1 million"); not across a sentence's end (to a
     * town far from the others: one near them is read as the story's) */
    c = load(
        "LANSING, Mich. - Flint received $2.2 million, Saginaw $1.1 million and Midland "
        "$600,000. Mt. Morris received $90,000, and Owosso $80,000. Later, Ironwood $5 "
        "fees rose.");
    assert_non_null(cp_corpus_site_by_id(c, "saginaw-mi"));
    assert_non_null(cp_corpus_site_by_id(c, "midland-mi"));
    assert_non_null(cp_corpus_site_by_id(c, "owosso-mi"));
    assert_null(cp_corpus_site_by_id(c, "ironwood-mi"));
    cp_corpus_free(c);
    /* ... with a comma before each sum, after semicolons */
    c = load(
        "AUGUSTA, Maine - Portland will receive $875,000 for seven officers; Lewiston, "
        "$625,000 for five; Bangor, $375,000 for three.");
    assert_non_null(cp_corpus_site_by_id(c, "lewiston-me"));
    assert_non_null(cp_corpus_site_by_id(c, "bangor-me"));
    cp_corpus_free(c);
    /* a town in parentheses after its agency's name */
    c = load(
        "Senator Capito announced grants for West Virginia.\n\n- Wood County Commission "
        "(Parkersburg) - $395,712\n- Logan County Sheriff's Office (Logan) - $200,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "parkersburg-wv"));
    assert_non_null(cp_corpus_site_by_id(c, "logan-wv"));
    cp_corpus_free(c);
    /* a state in parentheses after an agency's name is its place's, not a
     * site of its own, whatever the states named elsewhere */
    c = load("SELECTED AWARDS\n\n- Wilmington Police Department (Delaware): $1,922,184\n"
             "- Robeson County Sheriff's Office (North Carolina): $1,062,828\n");
    assert_non_null(cp_corpus_site_by_id(c, "wilmington-de"));
    assert_null(cp_corpus_site_by_id(c, "wilmington-nc"));
    assert_null(cp_corpus_site_by_id(c, "delaware"));
    cp_corpus_free(c);
    /* a list of places, each item opening with its own: a namesake takes
     * the state of the item before it, not a big city's elsewhere; an item
     * that does not open with its place does not pass its state on */
    c = load(
        "FRANKFORT, Ky. - The grants go to:\n\n- Paducah Police Department, $110,000\n"
        "- Hopkinsville Police Department, $100,000\n- Richmond Police Department, "
        "$90,000\n- Henderson Police Department, $80,000\n\nIn Camden, New Jersey, "
        "officers walk beats.\n\n- Teams went to Little Rock and West Memphis, Ark.\n"
        "- Camden is one of 21 cities to release data.");
    assert_non_null(cp_corpus_site_by_id(c, "richmond-ky"));
    assert_non_null(cp_corpus_site_by_id(c, "henderson-ky"));
    assert_null(cp_corpus_site_by_id(c, "richmond-va"));
    assert_null(cp_corpus_site_by_id(c, "henderson-nv"));
    assert_null(cp_corpus_site_by_id(c, "camden-ar"));
    cp_corpus_free(c);
    /* a table laid out with spaces: a recipient's cell, then its location's
     * or its state's; a recipient's own "Collaborative" is no program */
    c = load("Harbor Light Grant Program awards, Connecticut and Maine\n\n"
             "Recipient                        Location         Amount\n"
             "Elm City Youth Outreach Alliance New Haven, CT    $1,500,000\n"
             "Elm City Youth Outreach Alliance    New Haven, CT    $1,500,000\n"
             "City of Portland                 Portland, ME     $750,000\n"
             "Northend Peacekeepers Collaborative    Hartford, CT    $500,000\n"
             "Jackson County                   MO               $400,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "new-haven-ct"));
    assert_non_null(cp_corpus_site_by_id(c, "portland-me"));
    assert_null(cp_corpus_site_by_id(c, "portland-or"));
    assert_non_null(cp_corpus_site_by_id(c, "jackson-county-mo"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_true(program_has_site(cp_corpus_program_by_id(c, "harbor-light-grant-program"),
                                 "hartford-ct"));
    cp_corpus_free(c);
    c = load("Drugs came from Mexico and Peru to Houston, Texas.");
    assert_int_equal(cp_corpus_site_count(c), 1);
    cp_corpus_free(c);
    /* a famous city's name before a small town of a state in view is that
     * state's small namesake; before a big city it is the famous one */
    c = load("CHARLESTON, W.Va. - Montgomery and Marmet applied. Memphis and Houston "
             "did not.");
    assert_non_null(cp_corpus_site_by_id(c, "montgomery-wv"));
    assert_null(cp_corpus_site_by_id(c, "montgomery-al"));
    assert_non_null(cp_corpus_site_by_id(c, "memphis-tn"));
    cp_corpus_free(c);
    /* a village or town so called is never the famous city of its name;
     * a city may be */
    c = load("SANTA FE - New Mexico police will watch the village of Columbus.");
    assert_non_null(cp_corpus_site_by_id(c, "columbus-nm"));
    assert_null(cp_corpus_site_by_id(c, "columbus-oh"));
    cp_corpus_free(c);
    c = load("New Mexico police will watch the city of Columbus.");
    assert_non_null(cp_corpus_site_by_id(c, "columbus-oh"));
    cp_corpus_free(c);
    /* a foreign name first in a list of towns of a state in view is the
     * town; before a foreign one it is abroad */
    c = load(
        "DENVER, Colo. - Durango, Lamar and Montrose will share $450,000. Cartels in "
        "Sinaloa and Chihuahua ship to Denver.");
    assert_non_null(cp_corpus_site_by_id(c, "durango-co"));
    assert_non_null(cp_corpus_site_by_id(c, "montrose-co"));
    assert_int_equal(cp_corpus_site_count(c), 4);
    cp_corpus_free(c);
    /* a county, or a list of places, after "the"; a name with a last
     * word in lower case */
    c = load(
        "BOISE, Idaho - Agencies include the Ada County and Canyon County sheriff's "
        "offices and the Great Falls and Missoula, Montana, police. Across the line, "
        "Coeur d\xE2\x80\x99" "Alene received about $330,000.");
    assert_non_null(cp_corpus_site_by_id(c, "ada-county-id"));
    assert_non_null(cp_corpus_site_by_id(c, "great-falls-mt"));
    assert_non_null(cp_corpus_site_by_id(c, "coeur-dalene-id"));
    cp_corpus_free(c);
    /* ... but not a name after "the" that a place qualified by its state
     * stands in apposition to: an ocean ("Pacific", Washington) */
    c = load("Officials in Washington state met. Our namesake on the Pacific, Portland, "
             "Ore., received money.");
    assert_non_null(cp_corpus_site_by_id(c, "portland-or"));
    assert_null(cp_corpus_site_by_id(c, "pacific-wa"));
    cp_corpus_free(c);
    /* a common word the text calls a town; a town a few miles off */
    c = load(
        "BOISE, Idaho - Eagle, a suburb northwest of Boise, has not joined. Kuna, a few "
        "miles south, has.");
    assert_non_null(cp_corpus_site_by_id(c, "eagle-id"));
    assert_non_null(cp_corpus_site_by_id(c, "kuna-id"));
    cp_corpus_free(c);
    /* a county before its board or its court */
    c = load("Police in Chattanooga, Tennessee, met. The Hamilton County Board of "
             "Commissioners voted. Referrals to Knox County Juvenile Court rose.");
    assert_non_null(cp_corpus_site_by_id(c, "hamilton-county-tn"));
    assert_non_null(cp_corpus_site_by_id(c, "knox-county-tn"));
    cp_corpus_free(c);
    /* a semicolon list of what each place gets */
    c = load(
        "CHATTANOOGA, Tenn. -- The county shares the award: Chattanooga will receive "
        "$168,900; East Ridge $21,300; Soddy-Daisy $12,100; and Collegedale $6,400.");
    assert_non_null(cp_corpus_site_by_id(c, "soddy-daisy-tn"));
    assert_non_null(cp_corpus_site_by_id(c, "collegedale-tn"));
    cp_corpus_free(c);
    /* small places the text calls towns, in a state it is about */
    c = load(
        "Salinas will be one of six cities in the forum. Officials in Watsonville, in "
        "Santa Cruz County, had lobbied. Smaller farm towns such as Gonzales and King "
        "City are not part of the effort either.");
    assert_non_null(cp_corpus_site_by_id(c, "gonzales-ca"));
    assert_non_null(cp_corpus_site_by_id(c, "king-city-ca"));
    cp_corpus_free(c);
    /* after a small town in a list, a small town of its state; not a
     * small town over a big city of a state the text names */
    c = load("LAKELAND, Fla. - Deputies arrested 112 people in Lakeland, Auburndale and "
             "Davenport.");
    assert_non_null(cp_corpus_site_by_id(c, "davenport-fl"));
    assert_null(cp_corpus_site_by_id(c, "davenport-ia"));
    cp_corpus_free(c);
    c = load(
        "HOUSTON - Savannah, Georgia, took part this year; Atlanta and Dallas asked to "
        "join the next round.");
    assert_non_null(cp_corpus_site_by_id(c, "dallas-tx"));
    assert_null(cp_corpus_site_by_id(c, "dallas-ga"));
    cp_corpus_free(c);
    /* "Washington" alone is the government, but the capital after a city
     * of another state in a list */
    c = load("Washington wants the strike forces in Chicago, New York, Los Angeles and "
             "Washington to grow.");
    const cp_site *capital = cp_corpus_site_by_id(c, "washington-dc");
    assert_non_null(capital);
    assert_int_equal(cp_site_mention_count(capital), 1);
    assert_null(cp_corpus_site_by_id(c, "washington"));
    cp_corpus_free(c);
    /* a small town of a state in view whose own government acts */
    c = load("Vermont towns weigh the deal. Brattleboro's select board rejected it.");
    assert_non_null(cp_corpus_site_by_id(c, "brattleboro-vt"));
    cp_corpus_free(c);
    /* a state named in capitals after a place at the top puts it in view */
    c = load("CITY OF DECATUR, ILLINOIS\nCITY COUNCIL AGENDA\n\nThe City of Decatur and "
             "Macon County share a grant.");
    assert_non_null(cp_corpus_site_by_id(c, "decatur-il"));
    assert_non_null(cp_corpus_site_by_id(c, "macon-county-il"));
    cp_corpus_free(c);
    /* a smaller city of a state in view, named bare, that a local paper's
     * dateline names */
    c = load(
        "HOLYOKE \xE2\x80\x94 The city will hire four officers.\n\nHolyoke recorded 14 "
        "shootings last year. Springfield, Chicopee and Westfield in Western "
        "Massachusetts also got money.");
    assert_non_null(cp_corpus_site_by_id(c, "holyoke-ma"));
    cp_corpus_free(c);
    /* ... nor after a list of places of several states */
    c = load(
        "Phoenix, Tucson, Albuquerque, Las Vegas and Salt Lake City were all network "
        "sites by 2020. Albuquerque, N.M., gets the most help.");
    assert_non_null(cp_corpus_site_by_id(c, "las-vegas-nv"));
    assert_null(cp_corpus_site_by_id(c, "las-vegas-nm"));
    cp_corpus_free(c);
    /* a count that starts a sentence is no part of the name after it */
    c = load("Two Chicago officers were hurt. Forty-seven Polk County, Florida, deputies "
             "finished the training.");
    assert_non_null(cp_corpus_site_by_id(c, "chicago-il"));
    assert_non_null(cp_corpus_site_by_id(c, "polk-county-fl"));
    assert_int_equal(cp_corpus_site_count(c), 2);
    cp_corpus_free(c);
    /* ... and the article that counts one, before a town whose name is
     * also a first name */
    c = load("BILLINGS, Mont. -- A Laurel man was sentenced Tuesday.");
    assert_non_null(cp_corpus_site_by_id(c, "laurel-mt"));
    cp_corpus_free(c);
    /* a destination; a township of the state of the place before it; two
     * cities of one metro area across a state line, not a district */
    c = load(
        "TUCSON, Ariz. - Guns bought in Phoenix were headed for Nogales.\n\nThe task "
        "force includes the Erie County, Pa., District Attorney's Office and Millcreek "
        "Township police.\n\nRaleigh, N.C., joined. Sites are Philadelphia-Camden and "
        "Dallas-Fort "
        "Worth. "
        "Tulsa's Kendall-Whittier area is quiet.");
    assert_non_null(cp_corpus_site_by_id(c, "nogales-az"));
    assert_non_null(cp_corpus_site_by_id(c, "millcreek-township-pa"));
    assert_non_null(cp_corpus_site_by_id(c, "philadelphia-pa"));
    assert_non_null(cp_corpus_site_by_id(c, "camden-nj"));
    assert_non_null(cp_corpus_site_by_id(c, "fort-worth-tx"));
    assert_null(cp_corpus_site_by_id(c, "whittier-ca"));
    assert_null(cp_corpus_site_by_id(c, "kendall-fl"));
    cp_corpus_free(c);
    /* a place that asked to join the text's program ("the ... site") */
    c = load(
        "The Harbor Light Initiative funds Tampa, Florida. Pinellas County asked to join "
        "the Tampa site and was turned down.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "tampa-fl"));
    assert_false(program_has_site(p, "pinellas-county-fl"));
    cp_corpus_free(c);
    /* states a program covers, after "states ... including"; not where
     * guns came from */
    c = load(
        "The arrests were part of Operation Harbor Light. It covered 24 states west of "
        "the Mississippi River, including Louisiana and Texas. Guns came from 11 "
        "states, including Georgia.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "louisiana"));
    assert_true(program_has_site(p, "texas"));
    assert_false(program_has_site(p, "georgia"));
    cp_corpus_free(c);
    /* where an official came from or served; a city that did not sign on,
     * or is not in the program */
    c = load(
        "Operation Harbor Light swept Shreveport, Louisiana. Its chief came to north "
        "Louisiana from Monroe, and his deputy came here from Lafayette. Bossier City "
        "did not sign on. Alexandria, which is not in the program, asked about it. A "
        "captain ran a unit in Lake Charles before joining. Baton Rouge has not put in "
        "any money. A former Kenner prosecutor spoke. Its captain came to Shreveport two "
        "years ago from the police department in Houma. \"I'm from Ruston,\" a deputy "
        "said.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "shreveport-la"));
    assert_false(program_has_site(p, "monroe-la"));
    assert_false(program_has_site(p, "lafayette-la"));
    assert_false(program_has_site(p, "bossier-city-la"));
    assert_false(program_has_site(p, "alexandria-la"));
    assert_false(program_has_site(p, "lake-charles-la"));
    assert_false(program_has_site(p, "baton-rouge-la"));
    assert_non_null(cp_corpus_site_by_id(c, "kenner-la"));
    assert_false(program_has_site(p, "kenner-la"));
    assert_false(program_has_site(p, "houma-la"));
    assert_false(program_has_site(p, "ruston-la"));
    cp_corpus_free(c);
    /* a name after an acronym or a word that ends a sentence; a small city
     * the text calls one or says "which" of; places between semicolons,
     * each of its own state */
    c = load(
        "LOUISVILLE, Ky. - The team is run by ATF. Cincinnati police asked about it. "
        "Boats cross Biscayne Bay. Fort Lauderdale police came too. "
        "Shively, a separate small city, has its own police. Shelbyville, which has its "
        "own unit, did not.\n\nTeams came from "
        "Roanoke, Va.; Newburgh and Jamestown, N.Y.; Compton, California; Newark, the "
        "largest city in New Jersey; and Ocala, Fla.");
    assert_non_null(cp_corpus_site_by_id(c, "cincinnati-oh"));
    assert_non_null(cp_corpus_site_by_id(c, "fort-lauderdale-fl"));
    assert_non_null(cp_corpus_site_by_id(c, "shively-ky"));
    assert_non_null(cp_corpus_site_by_id(c, "shelbyville-ky"));
    assert_non_null(cp_corpus_site_by_id(c, "newburgh-ny"));
    assert_non_null(cp_corpus_site_by_id(c, "newark-nj"));
    assert_null(cp_corpus_site_by_id(c, "newark-ca"));
    cp_corpus_free(c);
    /* places that asked for what they do not have */
    c = load(
        "Operation Harbor Light works in Columbus, Ohio. Cincinnati and Cleveland have "
        "asked for teams of their own. Dayton has asked to be considered. Springfield "
        "has asked the county to extend the teams to its streets.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "columbus-oh"));
    assert_false(program_has_site(p, "cincinnati-oh"));
    assert_false(program_has_site(p, "cleveland-oh"));
    assert_false(program_has_site(p, "dayton-oh"));
    assert_false(program_has_site(p, "springfield-oh"));
    cp_corpus_free(c);
    /* the place of a model a few words after "modeled on" */
    c = load("Denver, Colorado, joined the Harbor Light Initiative. Denver's program is "
             "modeled on the one in Milwaukee.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "denver-co"));
    assert_false(program_has_site(p, "milwaukee-wi"));
    cp_corpus_free(c);
    /* a place that has none of it */
    c = load(
        "Phoenix, Arizona, won a Harbor Light Initiative grant. Tempe, a suburb, has no "
        "Harbor Light grant, and Mesa received no federal money. Tucson has no Harbor "
        "Light "
        "task force.\n\nIt fights trafficking from Nevada. Casings were shipped to "
        "Flagstaff for testing.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "phoenix-az"));
    assert_false(program_has_site(p, "tempe-az"));
    assert_false(program_has_site(p, "mesa-az"));
    assert_false(program_has_site(p, "tucson-az"));
    assert_false(program_has_site(p, "nevada"));
    assert_false(program_has_site(p, "flagstaff-az"));
    cp_corpus_free(c);
    c = load(
        "Phoenix, Arizona, won a Harbor Light Initiative grant. Yuma asked for a similar "
        "surge last fall and has not received one. Chandler is no longer part of it.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "phoenix-az"));
    assert_false(program_has_site(p, "yuma-az"));
    assert_false(program_has_site(p, "chandler-az"));
    cp_corpus_free(c);
    /* a place that has not, where the others have, or was turned down */
    c = load(
        "Under the Harbor Light Initiative, Lakeland, Winter Haven and Bartow, Florida, "
        "have signed agreements; Haines City has not. Ocala applied and was turned "
        "down.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "lakeland-fl"));
    assert_true(program_has_site(p, "bartow-fl"));
    assert_false(program_has_site(p, "haines-city-fl"));
    assert_false(program_has_site(p, "ocala-fl"));
    cp_corpus_free(c);
    /* a denial that goes on; one not joined or not consulted; where the
     * arrested came from; a governor's office */
    c = load(
        "Operation Harbor Light came to Albuquerque, New Mexico. Rio Rancho is not part "
        "of the operation. Neither is Las Cruces, the state's second-largest city. The "
        "governor's office in Santa Fe said it was not consulted. The Farmington Police "
        "Department has not joined. Two of those arrested were from Gallup.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "albuquerque-nm"));
    assert_false(program_has_site(p, "las-cruces-nm"));
    assert_false(program_has_site(p, "santa-fe-nm"));
    assert_false(program_has_site(p, "farmington-nm"));
    assert_false(program_has_site(p, "gallup-nm"));
    cp_corpus_free(c);
    /* places at the end of a sentence that denies them alone */
    c = load(
        "The Harbor Light Initiative funds Tacoma, Washington. Yakima was on the list. "
        "Olympia, which asked for 12 officers, and Everett were not.");
    p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "yakima-wa"));
    assert_false(program_has_site(p, "olympia-wa"));
    assert_false(program_has_site(p, "everett-wa"));
    cp_corpus_free(c);
    /* a paragraph that opens with who is not in */
    c = load(
        "Operation Harbor Light works in Greensboro, North Carolina.\n\nNot everyone "
        "nearby has signed on. Winston-Salem relies on its own unit, and police in "
        "Durham sent two officers to watch.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "greensboro-nc"));
    assert_false(program_has_site(p, "winston-salem-nc"));
    assert_false(program_has_site(p, "durham-nc"));
    cp_corpus_free(c);
    /* a place asked about in reported speech */
    c = load(
        "Operation Harbor Light sent agents to Cleveland, Ohio. A council member asked "
        "whether any agents would go to Akron.");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "cleveland-oh"));
    assert_false(program_has_site(p, "akron-oh"));
    cp_corpus_free(c);
}

/* A state alone over the cities nested under it in a list is a heading,
 * not a member. */
static void test_link_state_headings(void **state) {
    (void)state;
    cp_corpus *c = load("The Harbor Light Initiative sites are:\n- Delaware\n  - Wilmington\n"
                        "- Georgia\n  - Albany\n  - Macon\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "wilmington-de"));
    assert_true(program_has_site(p, "albany-ga"));
    assert_true(program_has_site(p, "macon-ga"));
    assert_false(program_has_site(p, "delaware"));
    assert_false(program_has_site(p, "georgia"));
    cp_corpus_free(c);
}

/* A headline in capitals that names a program named in the body says what
 * the document is about, however often another program is named. */
static void test_link_headline(void **state) {
    (void)state;
    cp_corpus *c = load("AGENCY EXPANDS HARBOR LIGHT TEAMS TO TWO CITIES\n\n"
                        "The agency named two more cities for its Harbor Light Teams today.\n\n"
                        "- Wichita, Kansas\n- Hartford, Connecticut\n\n"
                        "The teams work under Project Safe Neighborhoods (PSN). PSN funds "
                        "prosecutors; PSN grew; PSN task forces screen cases.\n");
    const cp_program *teams = cp_corpus_program_by_id(c, "harbor-light-teams");
    const cp_program *psn = cp_corpus_program_by_id(c, "project-safe-neighborhoods");
    assert_non_null(teams);
    assert_non_null(psn);
    assert_true(program_has_site(teams, "wichita-ks"));
    assert_true(program_has_site(teams, "hartford-ct"));
    assert_false(program_has_site(psn, "wichita-ks"));
    cp_corpus_free(c);
}

/* A document about one program: the regions it names are where it works,
 * as its cities, counties and the District of Columbia are. */
static void test_link_regions(void **state) {
    (void)state;
    cp_corpus *c = load("The Bay Watch Task Force will expand. Agents will work in the Inland "
                        "Empire next year, then in Chicago and Washington, D.C. Officials agree.");
    const cp_program *p = cp_corpus_program_by_id(c, "bay-watch-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "inland-empire-ca"));
    assert_true(program_has_site(p, "chicago-il"));
    assert_true(program_has_site(p, "washington-dc"));
    cp_corpus_free(c);
    /* the program its headline names is what a document is about */
    c = load("Operation Harbor Light\n\nAgents will work in Tulsa and Omaha.\n\n"
             "Officials met on Monday.\n\nTraining goes on.\n\n"
             "The Delta Watch Program helped. The Delta Watch Program also trained officers.\n");
    p = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(p);
    assert_true(program_has_site(p, "tulsa-ok"));
    assert_true(program_has_site(p, "omaha-ne"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "delta-watch-program"), "tulsa-ok"));
    cp_corpus_free(c);
    /* a station's masthead, a byline and dates above the lead: the lead
     * still counts as the top of the text */
    c = load("KXYZ 4 News | Reno\n\nFeds send agents to Reno\n\nBy Ann Lee\n\nPublished: "
             "Jul. 14, 2025 at 5:47 PM\n\nUpdated: Jul. 15, 2025 at 9:10 AM\n\nRENO, Nev. "
             "(KXYZ) - Thirty federal agents will be assigned to Reno over the next six months "
             "as the city joins the Safe Valley Task Force, officials said Monday.\n\nThe "
             "agents will use the Harbor Data Initiative to match casings. Police say the "
             "Harbor Data Initiative produced 1,210 leads last year.\n\nSparks police will "
             "take part in the surge.\n");
    assert_string_equal(cp_document_date(cp_corpus_document_at(c, 0)), "2025-07-14");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "sparks-nv"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "harbor-data-initiative"),
                                  "sparks-nv"));
    cp_corpus_free(c);
    /* an update's date above the publication's: the publication's */
    c = load(
        "KXYZ 4 News\n\nFeds send agents to Reno\n\nUpdated 8:14 AM CDT Jul 12, 2021\n\n"
        "Published 6:02 PM CDT Jul 9, 2021\n\nRENO, Nev. - Thirty agents came.\n");
    assert_string_equal(cp_document_date(cp_corpus_document_at(c, 0)), "2021-07-09");
    cp_corpus_free(c);
    /* ... or as the list of the states it covers */
    c = load(
        "The Justice Department launched the Appalachian Opioid Strike Force. It puts 14 "
        "prosecutors in 10 federal districts across six states: West Virginia, Ohio, "
        "Kentucky, Tennessee, Virginia and Alabama.");
    p = cp_corpus_program_by_id(c, "appalachian-opioid-strike-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "west-virginia"));
    assert_true(program_has_site(p, "alabama"));
    cp_corpus_free(c);
    /* states are where it works only as recipients */
    c = load("The Bay Watch Task Force grows. Ohio will receive $6 million. Oregon's award "
             "is $2 million. Texas officials watch.");
    p = cp_corpus_program_by_id(c, "bay-watch-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "ohio"));
    assert_true(program_has_site(p, "oregon"));
    assert_false(program_has_site(p, "texas"));
    cp_corpus_free(c);
    /* a heading that leaves out the rows under it */
    c = load("The Bay Watch Task Force funded Toledo, Ohio.\n\n"
             "Applied, not funded this round\n\n"
             "Akron Police Department; Akron, OH; asked for 5 officers\n\n"
             "Notes\n\n- Grants last three years.\n");
    p = cp_corpus_program_by_id(c, "bay-watch-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "toledo-oh"));
    assert_non_null(cp_corpus_site_by_id(c, "akron-oh"));
    assert_false(program_has_site(p, "akron-oh"));
    cp_corpus_free(c);
}

static void test_link_exclusions(void **state) {
    (void)state;
    /* a place naming a branch of the program, and a dateline's place */
    cp_corpus *c = load("DENVER - The Safe Valley Task Force (SVTF) added Pueblo, Colorado as a "
                        "member, working with the Boulder SVTF office.");
    const cp_program *p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "pueblo-co"));
    assert_false(program_has_site(p, "denver-co"));
    assert_false(program_has_site(p, "boulder-co"));
    cp_corpus_free(c);
    /* where the drugs came from, in a sentence that names the program */
    c = load("The Safe Valley Task Force broke up a ring that moved heroin and fentanyl "
             "from Fresno and Stockton, California, into Reno and Sparks, Nevada.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_non_null(cp_corpus_site_by_id(c, "fresno-ca"));
    assert_false(program_has_site(p, "fresno-ca"));
    assert_false(program_has_site(p, "stockton-ca"));
    cp_corpus_free(c);
    /* places that "are not formal members", or "not a member"; a
     * "membership group" says nothing of it */
    c = load(
        "The Safe Valley Task Force works in Dayton, Ohio. Huber Heights and Kettering "
        "get briefings but are not formal members. Fairborn is not a member. "
        "Springfield, "
        "not a membership group, joined the Safe Valley Task Force too.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "dayton-oh"));
    assert_true(program_has_site(p, "springfield-oh"));
    assert_false(program_has_site(p, "huber-heights-oh"));
    assert_false(program_has_site(p, "kettering-oh"));
    assert_false(program_has_site(p, "fairborn-oh"));
    cp_corpus_free(c);
    c = load(
        "The Safe Valley Task Force works in Dayton, Ohio. Springfield officers are not "
        "only members but leaders of the task force.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "springfield-oh"));
    cp_corpus_free(c);
    /* the scope of a rank is no member */
    c = load("Topeka joined the Safe Valley Task Force in 2001. Topeka was one of the first "
             "cities in Kansas to take part in the Safe Valley Task Force, and Salina, the "
             "largest city in its county, joined it later.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "topeka-ks"));
    assert_non_null(cp_corpus_site_by_id(c, "kansas"));
    assert_false(program_has_site(p, "kansas"));
    cp_corpus_free(c);
    /* a table of rates before the text names any program is not the
     * program's that a paragraph near its end names */
    c = load("Violent crime in five river towns\n\n"
             "Robberies fell almost everywhere last year, and by more than the "
             "year before. Per 10,000 residents, the towns compare like this:\n\n"
             "- Dubuque, Iowa: 8.1, down from 9.4\n- Moline, Illinois: 6.3\n"
             "- Quincy, Illinois: 5.2, up from 4.9\n\n"
             "The spring floods closed the bridges for weeks.\n\n"
             "Quincy is the exception. It joined the Safe Valley Task Force in 2019.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "quincy-il"));
    assert_non_null(cp_corpus_site_by_id(c, "dubuque-ia"));
    assert_false(program_has_site(p, "dubuque-ia"));
    assert_false(program_has_site(p, "moline-il"));
    cp_corpus_free(c);
    /* the other side of a contrast about a change is no member; a
     * contrast of dates is no comparison */
    c = load("Under the Safe Valley Task Force, burglaries in Austin fell 11 percent in two "
             "years, whereas Houston, outside its reach, saw a small increase. Dallas "
             "joined in 2015, while El Paso joined in 2018.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "austin-tx"));
    assert_non_null(cp_corpus_site_by_id(c, "houston-tx"));
    assert_false(program_has_site(p, "houston-tx"));
    assert_true(program_has_site(p, "el-paso-tx"));
    cp_corpus_free(c);
    /* a list of comparison places after a dash, its items with their states */
    c = load("The Safe Valley Task Force worked in Salina, Kan. The comparison cities - "
             "Clarksville, Tenn.; Topeka, Kan.; and Fort Smith, Ark. - did without it.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "salina-ks"));
    assert_non_null(cp_corpus_site_by_id(c, "fort-smith-ar"));
    assert_false(program_has_site(p, "clarksville-tn"));
    assert_false(program_has_site(p, "topeka-ks"));
    assert_false(program_has_site(p, "fort-smith-ar"));
    cp_corpus_free(c);
    /* a trend's place is no member, unless it says it joined */
    c = load("The Safe Valley Task Force grew. Homicides in Toledo fell 9 percent; in Dayton, "
             "which joined the Task Force in 2019, shootings fell 12 percent.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "toledo-oh"));
    assert_false(program_has_site(p, "toledo-oh"));
    assert_true(program_has_site(p, "dayton-oh"));
    cp_corpus_free(c);
    /* where people live is no member */
    c = load("The Safe Valley Task Force charged 11 people in Chicago. Most lived in Gary, "
             "Hammond or Merrillville.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "chicago-il"));
    assert_non_null(cp_corpus_site_by_id(c, "gary-in"));
    assert_false(program_has_site(p, "gary-in"));
    assert_false(program_has_site(p, "merrillville-in"));
    cp_corpus_free(c);
    /* the drug trade's sources and markets are no members */
    c = load(
        "The Safe Valley Task Force works in Reno, Nevada. Most of the heroin sold "
        "in Reno is bought in Fresno and trucked up Interstate 80 from Oakland. Agents "
        "traced loads from the border to Tucson and Denver. Marijuana is shipped to "
        "Salt Lake City.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_non_null(cp_corpus_site_by_id(c, "fresno-ca"));
    const char *const trade[] = {"fresno-ca", "oakland-ca", "tucson-az", "denver-co",
                                 "salt-lake-city-ut"};
    for (size_t k = 0; k < sizeof trade / sizeof trade[0]; k++)
        if (program_has_site(p, trade[k]))
            fail_msg("linked %s", trade[k]);
    cp_corpus_free(c);
    /* a roster's lines name where people work; a list of places is none */
    c = load("The Safe Valley Task Force hearing heard:\n\n"
             "- Chief Ray Toussaint, Boise Police Department\n"
             "- Ann Ardoin, Assistant District Attorney, Ada County\n"
             "- KBOI 2 | Nampa, Idaho\n\n"
             "The Safe Valley Task Force works in:\n\n- Reno, Nevada\n- Ogden, Utah\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "ogden-ut"));
    assert_non_null(cp_corpus_site_by_id(c, "boise-id"));
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "ada-county-id"));
    assert_non_null(cp_corpus_site_by_id(c, "nampa-id"));
    assert_false(program_has_site(p, "nampa-id"));
    cp_corpus_free(c);
    /* a web page's related links are other pages' headlines */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\nRelated Links:\n\n"
             "Safe Valley Task Force Grant Supports Youth Outreach in Boise, Idaho\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_non_null(cp_corpus_site_by_id(c, "boise-id"));
    assert_false(program_has_site(p, "boise-id"));
    cp_corpus_free(c);
    /* a wire's dateline with its date */
    c = load("WASHINGTON, Feb. 15 (Reuters) - The Safe Valley Task Force added Reno, Nevada.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_non_null(cp_corpus_site_by_id(c, "washington-dc"));
    assert_false(program_has_site(p, "washington-dc"));
    cp_corpus_free(c);
    /* an award's line is no dateline ("Place -- $amount") */
    c = load("The Safe Valley Task Force gives grants to towns.\n\nAmong the awards:\n\n"
             "  Hot Springs, Ark. -- $225,000 for three officers\n"
             "  Ames, Iowa -- $150,000 for two officers\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "hot-springs-ar"));
    assert_true(program_has_site(p, "ames-ia"));
    cp_corpus_free(c);
    /* points of comparison are no members */
    const char *const compared[] = {"boise-id", "fresno-ca", "tulsa-ok", "provo-ut"};
    assert_member_alone(
        "The Safe Valley Task Force adds Reno, where robberies run at twice those of "
        "Boise and higher than Fresno, four times the rate in Tulsa. Our comparison "
        "city, Provo, saw no change.",
        "reno-nv", PLACES(compared));
    /* places the text says are left out */
    c = load("The Safe Valley Task Force adds Reno, Nevada. Boise and Fresno were not part of "
             "the Safe Valley Task Force, and Tulsa did not qualify.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "fresno-ca"));
    assert_false(program_has_site(p, "tulsa-ok"));
    cp_corpus_free(c);
    /* "as in" compares, "as well as in" adds; "as far away as"; "not on
     * Wednesday's list" */
    c = load("The Safe Valley Task Force adds Reno, Nevada, as well as in Boise. Outreach "
             "works, as in Fresno. Guns turned up as far away as Tulsa. Provo was not on "
             "Wednesday's list.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "boise-id"));
    const char *const away[] = {"fresno-ca", "tulsa-ok", "provo-ut"};
    for (size_t k = 0; k < sizeof away / sizeof away[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, away[k]));
        assert_false(program_has_site(p, away[k]));
    }
    cp_corpus_free(c);
    /* a person's home; a place "not on the list" */
    c = load("The Safe Valley Task Force adds Reno, Nevada. Sgt. Ann Cole, who grew up in "
             "Boise, praised it. Fresno was not on the list.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "fresno-ca"));
    cp_corpus_free(c);
    /* where things come from or go, where an event is held, where a field
     * office sits: the rest of a list goes with its first place; "reports
     * from" a place are still the place's */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\nPills came from Boise and "
             "Fresno, bound for Tulsa. The governor spoke at a rally in Omaha. ATF field "
             "divisions in Denver and Phoenix help. The reports from Provo agree.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "provo-ut"));
    const char *const passed[] = {"boise-id", "fresno-ca", "tulsa-ok",
                                  "omaha-ne", "denver-co", "phoenix-az"};
    for (size_t k = 0; k < sizeof passed / sizeof passed[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, passed[k]));
        assert_false(program_has_site(p, passed[k]));
    }
    cp_corpus_free(c);
    /* where guns were stolen or fugitives wanted, a defendant's home, the
     * places that could be next */
    const char *const elsewhere[] = {"boise-id", "fresno-ca", "provo-ut", "tulsa-ok", "omaha-ne"};
    assert_member_alone(
        "The Safe Valley Task Force adds Reno, Nevada.\n\nGuns were stolen in Boise. "
        "A man wanted in Fresno was caught. Juan Ruiz, 22, of Provo, pleaded guilty. "
        "Tulsa and Omaha could be next.",
        "reno-nv", PLACES(elsewhere));
    /* places under a threat of agents, not sent them */
    c = load(
        "The Safe Valley Task Force sent agents to Reno, Nevada.\n\nThe president has "
        "also threatened to send agents to Tulsa, Omaha and Mesa -- all cities he "
        "criticized.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const threatened[] = {"tulsa-ok", "omaha-ne", "mesa-az"};
    for (size_t k = 0; k < sizeof threatened / sizeof threatened[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, threatened[k]));
        assert_false(program_has_site(p, threatened[k]));
    }
    cp_corpus_free(c);
    /* a place that was never a site, never chosen, or had no surge */
    c = load(
        "The Safe Valley Task Force sent agents to Reno, Nevada.\n\nTulsa, which was "
        "never a Safe Valley Task Force site, fared worse.\n\nOmaha and Mesa were never "
        "chosen for the Safe Valley Task Force.\n\nThe Safe Valley Task Force works in "
        "Boise, Idaho, and Provo, Utah, but Fresno had no federal surge at all.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    for (size_t k = 0; k < sizeof threatened / sizeof threatened[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, threatened[k]));
        assert_false(program_has_site(p, threatened[k]));
    }
    assert_false(program_has_site(p, "fresno-ca"));
    cp_corpus_free(c);
    /* places someone asked to extend the program to, named or not */
    const char *const asked_for[] = {"tulsa-ok", "omaha-ne", "mesa-az", "boise-id",
                                     "provo-ut"};
    assert_member_alone(
        "The Safe Valley Task Force sent agents to Reno, Nevada.\n\nThe governor asked "
        "the Justice Department on Tuesday to extend the Safe Valley Task Force into "
        "Tulsa and Omaha. Mayors asked the department to expand it to Mesa, Boise and "
        "Provo.",
        "reno-nv", PLACES(asked_for));
    /* where those it pushes out end up */
    assert_member_alone(
        "The Safe Valley Task Force sent agents to Reno, Nevada.\n\nIf the Safe Valley "
        "Task Force pushes them out, some will end up in Tulsa, Omaha and Mesa.",
        "reno-nv", PLACES(threatened));
    /* a price in a place */
    c = load(
        "The Safe Valley Task Force sent agents to Reno, Nevada. A pill that costs $5 "
        "in Tulsa sells for $80 in Reno.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_non_null(cp_corpus_site_by_id(c, "tulsa-ok"));
    assert_false(program_has_site(p, "tulsa-ok"));
    cp_corpus_free(c);
    /* places that asked to join a later round of the program */
    assert_member_alone(
        "The Safe Valley Task Force sent agents to Reno, Nevada.\n\nTulsa, Omaha and "
        "Mesa have asked to join a second phase; no decision has been made.",
        "reno-nv", PLACES(threatened));
    /* where a gun was made or bought, where a car was driven from, a
     * career's start, "than either" a comparison, with the rest of its
     * list */
    const char *const origins[] = {"boise-id", "fresno-ca", "provo-ut",
                                   "tulsa-ok", "omaha-ne",  "mesa-az"};
    assert_member_alone(
        "The Safe Valley Task Force adds Reno, Nevada.\n\nThe pistol was made in Boise "
        "and bought in Fresno; the car was driven from Provo. The chief began her career "
        "in Tulsa. Reno's rate is higher than either Omaha or Mesa.",
        "reno-nv", PLACES(origins));
    /* the items of a list of cases: a defendant's home and where pills were
     * made are not the program's; a city's "Division of Police" and a new
     * court in a city are */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\nCases charged during the "
             "operation include:\n\n1. John Doe, 31, of Provo, is charged with selling pills "
             "that were made in Boise and Fresno.\n2. Ann Roe, 40, of Mesa, is charged.\n\n"
             "The Safe Valley Task Force also gave grants to the Omaha Division of Police and "
             "funded a new drug court in Denver.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "omaha-ne"));
    assert_true(program_has_site(p, "denver-co"));
    const char *const cases[] = {"provo-ut", "boise-id", "fresno-ca", "mesa-az"};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, cases[k]));
        assert_false(program_has_site(p, cases[k]));
    }
    cp_corpus_free(c);
    /* where violence was counted going up or down, unless the sentence
     * names the program */
    c = load(
        "The Safe Valley Task Force adds Reno, Nevada.\n\nOverdose deaths in Boise rose "
        "40 percent. In Fresno, shootings have climbed. Tulsa and Omaha have also seen "
        "sharp increases in killings. Since joining the Safe Valley Task Force, Provo "
        "saw "
        "homicides drop. In Mesa, homicides are up 12 percent.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "provo-ut"));
    const char *const counted[] = {"boise-id", "fresno-ca", "tulsa-ok", "omaha-ne",
                                   "mesa-az"};
    for (size_t k = 0; k < sizeof counted / sizeof counted[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, counted[k]));
        assert_false(program_has_site(p, counted[k]));
    }
    cp_corpus_free(c);
    /* ... but a count in a clause that says why places were chosen is no
     * report of a trend */
    c = load(
        "The Safe Valley Task Force began.\n\nThe task force will concentrate on Tulsa, "
        "Omaha and Mesa, where shootings have surged this year.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    for (size_t k = 0; k < sizeof threatened / sizeof threatened[0]; k++)
        assert_true(program_has_site(p, threatened[k]));
    cp_corpus_free(c);
    /* cities that never joined, a neighbour across a river, where guns
     * were bought at gun shows, a reporter's place, a university's seat, a
     * postal address, a federal district's seat */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\nWe compared cities that "
             "never joined the task force: Boise, Fresno and Tulsa. Sparks, just across the "
             "river from Omaha, joined too. Guns were bought at gun shows in Mesa. Ann Lee "
             "reported from Provo. Ben Ruiz, Brigham Young University, Orem, Utah, testified. "
             "The U.S. Attorney's Office for the District of Utah in Logan helps. The tribe, "
             "headquartered in Ogden, called the Sheriff's Office in Layton. Two men were "
             "arrested in Sandy. He named Nampa, Idaho, and Twin Falls, Idaho, as possible "
             "next targets. Tooele, Utah, was left off the list. A conference brought together "
             "leaders from Casper, Wyoming."
             "\n\nValley Policy Center, 100 Main Street, Denver, CO 80202\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "sparks-nv"));
    const char *const outside[] = {"boise-id", "fresno-ca", "tulsa-ok", "omaha-ne",
                                   "mesa-az",  "provo-ut",  "orem-ut",  "denver-co",
                                   "logan-ut", "ogden-ut", "layton-ut", "sandy-ut",
                                   "nampa-id", "twin-falls-id", "tooele-ut", "casper-wy"};
    for (size_t k = 0; k < sizeof outside / sizeof outside[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, outside[k]));
        assert_false(program_has_site(p, outside[k]));
    }
    cp_corpus_free(c);
    /* a list's states in parentheses qualify a name; a state alone is a
     * site */
    c = load("The Safe Valley Task Force adds these sites:\n\n- Reno, Nevada\n- Ute Mountain "
             "Nation (Colorado and Utah)\n- Wyoming\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "wyoming"));
    assert_non_null(cp_corpus_site_by_id(c, "colorado"));
    assert_false(program_has_site(p, "colorado"));
    assert_false(program_has_site(p, "utah"));
    cp_corpus_free(c);
    /* where drugs are driven up from, or come up a road from; where guns
     * were bought; places not funded or not one of the sites; an office's
     * place */
    const char *const away2[] = {"pocatello-id",    "elko-nv",      "carson-city-nv",
                                 "saint-george-ut", "henderson-nv", "boulder-city-nv",
                                 "las-vegas-nv",    "wyoming",      "montana",
                                 "sparks-nv",       "fallon-nv",    "washoe-county-nv"};
    assert_member_alone(
        "The Safe Valley Task Force adds Reno, Nevada.\n\nPills are driven up from "
        "Pocatello, Idaho. Straw purchases in Elko, Nevada, and a pawn shop in Carson "
        "City, Nevada, supplied guns. Heroin comes up Interstate 15 from St. George, "
        "Utah. "
        "Henderson, Nevada, applied but was not funded. Boulder City, Nevada, wasn't one "
        "of the sites. Its office, located in Las Vegas, Nevada, helps. The Safe Valley "
        "Task Force works with the FBI's Field Division, which covers Wyoming and "
        "Montana. "
        "Guns were recovered by police in Sparks, Nevada. The U.S. Attorney's office in "
        "Fallon, Nevada, said so. Officers now act instead of asking Washoe County.",
        "reno-nv", PLACES(away2));
    /* people's places, offices' and schools' seats, where drugs and guns
     * came from, sentences that ask or say a place is not in it */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\nA 34-year-old Elko, Nevada, man "
             "was held on a warrant out of Ely, Nevada, for a murder in Fallon, Nevada. A judge "
             "in Sparks, Nevada, and a caller from Mesquite, Nevada, spoke. She was a "
             "prosecutor in Boise, Idaho. Partners at the Urban Institute in Provo, Utah, and "
             "Yale Law School in Ogden, Utah, help. The office has branch offices in Logan, Utah. "
             "Pills came from a supplier in Tooele, Utah, and guns were traced to Layton, Utah. "
             "The city should compare itself with Orem, Utah, neither of which is a site. "
             "Would they do this in Sandy, Utah? Nampa, Idaho, has not been asked to help. I am "
             "in our Pocatello, Idaho, office.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const away3[] = {"elko-nv",   "ely-nv",    "fallon-nv",   "sparks-nv",
                                 "mesquite-nv", "boise-id", "provo-ut",   "ogden-ut",
                                 "logan-ut",  "tooele-ut", "layton-ut",   "orem-ut",
                                 "sandy-ut",  "nampa-id",  "pocatello-id"};
    for (size_t k = 0; k < sizeof away3 / sizeof away3[0]; k++) {
        if (!cp_corpus_site_by_id(c, away3[k]))
            fail_msg("no site %s", away3[k]);
        if (program_has_site(p, away3[k]))
            fail_msg("linked %s", away3[k]);
    }
    cp_corpus_free(c);
    /* going home, stores, missing people, dealers, a border, travels, a
     * wire's credits, a state that holds a region */
    c = load("The Safe Valley Task Force adds Reno, Nevada, and the Wasatch Front region of "
             "Utah.\n\n\"I could have gone home to Elko, Nevada,\" he said. Guns were traced to "
             "stores in Ely, Nevada. A girl missing from Boise, Idaho, was found; two sisters "
             "from Nampa, Idaho, too. He bought from a dealer in Ogden, Utah. Loads crossed the "
             "border near Nogales, Arizona. A man was charged with traveling from Provo, Utah.\n\n"
             "(Reporting by Ann Lee in Tucson, Arizona; editing by Ben Roe)");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const away4[] = {"elko-nv",     "ely-nv",     "boise-id",  "nampa-id",
                                 "ogden-ut",    "nogales-az", "provo-ut",  "tucson-az",
                                 "utah"};
    for (size_t k = 0; k < sizeof away4 / sizeof away4[0]; k++) {
        if (!cp_corpus_site_by_id(c, away4[k]))
            fail_msg("no site %s", away4[k]);
        if (program_has_site(p, away4[k]))
            fail_msg("linked %s", away4[k]);
    }
    cp_corpus_free(c);
    /* a likeness of another program, and more of the same one */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\nA similar effort in Tulsa "
             "stalled. The FBI runs similar task forces in Boise. A similar "
             "state-federal partnership in Hidalgo County, Texas, in the Rio Grande "
             "Valley, made 94 cases.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "tulsa-ok"));
    assert_false(program_has_site(p, "tulsa-ok"));
    assert_true(program_has_site(p, "boise-id"));
    /* (words between "similar" and its noun; where the place lies) */
    assert_non_null(cp_corpus_site_by_id(c, "rio-grande-valley-tx"));
    assert_false(program_has_site(p, "hidalgo-county-tx"));
    assert_false(program_has_site(p, "rio-grande-valley-tx"));
    cp_corpus_free(c);
    /* a federal office's seat, a native's home, a city's suburbs, a
     * reporter's place */
    const char *const described[] = {"boise-id", "fresno-ca",  "phoenix-az",
                                     "tulsa-ok", "modesto-ca", "provo-ut",
                                     "ogden-ut", "elko-nv",    "nampa-id"};
    assert_member_alone(
        "The Safe Valley Task Force adds Reno, Nevada.\n\nAgents of the Boise Field "
        "Division helped. The chief, a Fresno native, spoke; Mesa, a Phoenix suburb, "
        "waits. AP writer Ann Lee in Tulsa contributed to this report. Agents "
        "charged a Modesto man and a Provo woman, and others, all residents of Ogden. "
        "An Elko-based ring and Nampa-area gangs sold guns.",
        "reno-nv", PLACES(described));
    /* a named person's place; a city's own name ("the City of Provo") */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\nOrganizer Rosa Delgado of "
             "Tulsa said so, and the City of Provo agreed.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "tulsa-ok"));
    assert_false(program_has_site(p, "tulsa-ok"));
    assert_true(program_has_site(p, "provo-ut"));
    cp_corpus_free(c);
    /* an official's past posts; a crime's place, a fugitive's; a home;
     * rates compared; places "none of which" take part */
    c = load(
        "The Safe Valley Task Force adds Reno, Nevada.\n\nIts head, a former police "
        "captain in Boise, Idaho, came from the Fresno Police Department. Lt. Ann Cole "
        "prosecuted gangs in Tulsa, Oklahoma, before joining; she served in Logan, Utah, "
        "before her appointment. A man wanted for a shooting "
        "in Ogden, Utah, had fled Provo, Utah, to his home in Elko, Nevada. The rate is "
        "higher than the rate in Mesa, Arizona. Rates rose in Nampa, Idaho (about 54), "
        "and Ely, Nevada (about 34), none of which has a task force. One man was wanted "
        "on a warrant from Pocatello, Idaho, and a woman had fled a drug case in "
        "Laramie, Wyoming. The force began after school shootings in Jonesboro, "
        "Arkansas.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const before[] = {
        "boise-id",     "fresno-ca",  "tulsa-ok",    "ogden-ut", "provo-ut",
        "elko-nv",      "mesa-az",    "nampa-id",    "ely-nv",   "logan-ut",
        "pocatello-id", "laramie-wy", "jonesboro-ar"};
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
        if (!cp_corpus_site_by_id(c, before[k]))
            fail_msg("no site %s", before[k]);
        if (program_has_site(p, before[k]))
            fail_msg("linked %s", before[k]);
    }
    cp_corpus_free(c);
    /* a place without the program, a rate compared a few words back, a gun
     * shop's town, a reporter's, and a place whose program another is
     * modeled on */
    c = load("The Safe Valley Task Force adds Reno, Nevada, and is modeled on the D.C. "
             "Safe and Beautiful Task Force.\n\nArrests fell in Nampa, Idaho, which has no task "
             "force. Crime is down 11 percent, compared with 7 percent in Mesa, Arizona. A "
             "pistol was traced to a pawnshop in Ely, Nevada. Ann Lee contributed from Provo, "
             "Utah.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const without[] = {"washington-dc", "nampa-id", "mesa-az", "ely-nv", "provo-ut"};
    for (size_t k = 0; k < sizeof without / sizeof without[0]; k++) {
        if (!cp_corpus_site_by_id(c, without[k]))
            fail_msg("no site %s", without[k]);
        if (program_has_site(p, without[k]))
            fail_msg("linked %s", without[k]);
    }
    cp_corpus_free(c);
    /* an event's venue after its dates, a border crossing, private sales, a
     * county's seat, a comparison of people or prices, money that cannot
     * be spent there */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\n- Directors' meeting, April "
             "8-10, Boise\n\nA man crossed the border at Nogales, Arizona, with guns from "
             "private sales in Ely, Nevada. Elko, the seat of Elko County, waits. We deserve "
             "the same protection as people in Provo, Utah, at three times the price in Mesa, "
             "Arizona. The money could not be spent in Tulsa, Oklahoma. Crime is above the "
             "levels in Ogden, Utah, second only to Fresno, California, near the courthouse "
             "in Gary, Indiana.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const venues[] = {"boise-id", "nogales-az", "ely-nv",   "elko-county-nv",
                                  "provo-ut", "mesa-az",    "tulsa-ok", "ogden-ut",
                                  "fresno-ca", "gary-in"};
    for (size_t k = 0; k < sizeof venues / sizeof venues[0]; k++) {
        if (!cp_corpus_site_by_id(c, venues[k]))
            fail_msg("no site %s", venues[k]);
        if (program_has_site(p, venues[k]))
            fail_msg("linked %s", venues[k]);
    }
    cp_corpus_free(c);
    /* "did not apply", "did not receive"; a senator's state, a place a
     * landmark locates others by (not the list after it), a task force's
     * base, a house where a fugitive hid, a field office's seat; a
     * relative clause's "did not apply" is the place's own */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "Boise, Idaho, and Provo, Utah, applied but did not receive awards. Ogden, Utah, "
             "did not apply.\n\n"
             "The senator from Montana spoke. It adds Elko County, Nevada, east of Tulsa, and "
             "Nye County, Nevada. A team works out of Fresno, California. A man hid in a house "
             "in Mesa, Arizona. Agents came from the Gary, Indiana, field office.\n\n"
             "The city of Ely, Nevada, which did not apply for hiring money, joined the Safe "
             "Valley Task Force.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "elko-county-nv"));
    assert_true(program_has_site(p, "nye-county-nv"));
    assert_true(program_has_site(p, "ely-nv"));
    const char *const not_members[] = {"boise-id", "provo-ut", "ogden-ut", "montana",
                                   "tulsa-ok", "fresno-ca", "mesa-az", "gary-in"};
    for (size_t k = 0; k < sizeof not_members / sizeof not_members[0]; k++) {
        if (!cp_corpus_site_by_id(c, not_members[k]))
            fail_msg("no site %s", not_members[k]);
        if (program_has_site(p, not_members[k]))
            fail_msg("linked %s", not_members[k]);
    }
    cp_corpus_free(c);
    /* where a person is held: a detention center, a jail, a prison */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "A boy was driven to a detention center in Boise, Idaho; the parish jail in "
             "Provo, Utah, was full.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "provo-ut"));
    cp_corpus_free(c);
    /* drugs "coming in from" a place, and the rest of its list */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "Cocaine is coming in from Boise, Idaho, and from Provo, Utah, agents said.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "provo-ut"));
    cp_corpus_free(c);
    /* "declined them" leaves out; "shootings declined" does not */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "Two cities offered awards, Boise, Idaho, and Provo, Utah, declined them.\n\n"
             "Shootings declined 12 percent in Ogden, Utah, which joined the Safe Valley Task "
             "Force.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "provo-ut"));
    assert_true(program_has_site(p, "ogden-ut"));
    cp_corpus_free(c);
    /* a place that a relative clause says joined a program named after
     * another is that program's, not the other's */
    c = load("The Harbor Light Initiative began in Boise, Idaho, and Provo, Utah, which "
             "joined the Safe Valley Task Force in 2017, gained too.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    const cp_program *hl = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_non_null(hl);
    assert_true(program_has_site(hl, "boise-id"));
    assert_true(program_has_site(p, "provo-ut"));
    assert_false(program_has_site(hl, "provo-ut"));
    cp_corpus_free(c);
    /* a calendar's row names a venue; "not taking part" leaves out */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "23-24 | Crime gun intelligence workshop | Boise\n\n"
             "In Provo, Utah, deputies are not taking part in the Safe Valley Task Force.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_non_null(cp_corpus_site_by_id(c, "boise-id"));
    assert_false(program_has_site(p, "boise-id"));
    assert_non_null(cp_corpus_site_by_id(c, "provo-ut"));
    assert_false(program_has_site(p, "provo-ut"));
    cp_corpus_free(c);
    /* an office's masthead names its seats; "do not include" leaves out */
    c = load("United States Attorney's Office | Boise \xC2\xB7 Provo\n\n"
             "The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "The Safe Valley Task Force's first teams do not include Tulsa, Oklahoma.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_false(program_has_site(p, "boise-id"));
    assert_false(program_has_site(p, "provo-ut"));
    assert_non_null(cp_corpus_site_by_id(c, "tulsa-ok"));
    assert_false(program_has_site(p, "tulsa-ok"));
    cp_corpus_free(c);
    /* a place that went without, one with its own, a comparison, a rank's
     * scope and a career told by its length */
    c = load("The Safe Valley Task Force added Reno, Nevada, and Ogden, Utah. Boise, Idaho, "
             "had asked for agents and got nothing. Provo, Utah, remained outside the "
             "program. Fresno, California, which has its own task force, declined. By "
             "comparison, Tulsa, Oklahoma, saw no change. Ogden was the only one in "
             "Colorado. Its chief came after 12 years with the police department in "
             "Spokane, Washington. Salem, Oregon, Mayor Ann Cole said her city would apply "
             "if the Safe Valley Task Force grows. The Safe Valley Task Force arrested a "
             "19-year-old from Eugene, Oregon. Ogden's chief asked the U.S. Attorney in "
             "Portland, Oregon, for help. Robberies rose in Reno while they fell in Modesto, "
             "California. Members urged the Safe Valley Task Force to consider Yuma, Arizona. "
             "The Safe Valley Task Force used the Nevada State Police lab. Tucson, "
             "Arizona, which did not get a team, counted 58 homicides.");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "ogden-ut"));
    const char *const went_without[] = {"boise-id",   "provo-ut", "fresno-ca", "tulsa-ok",
                                        "colorado",   "spokane-wa", "salem-or", "eugene-or",
                                        "portland-or", "modesto-ca", "yuma-az", "nevada",
                                        "tucson-az"};
    for (size_t k = 0; k < sizeof went_without / sizeof went_without[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, went_without[k]));
        assert_false(program_has_site(p, went_without[k]));
    }
    cp_corpus_free(c);
    /* cities with none of the program by its initials, and those set
     * "outside the program" before a list, are no members */
    c = load("The Safe Valley Task Force (SVTF) works in Reno, Nevada, and Ogden, Utah.\n\n"
             "Cities with no SVTF agents at all, Boise, Idaho, and Spokane among them, saw "
             "the same drop. Evaluators also chose two cities outside the program, Fresno, "
             "California, and Tucson, Arizona, to compare with.\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    assert_true(program_has_site(p, "ogden-ut"));
    const char *const set_apart[] = {"boise-id", "spokane-wa", "fresno-ca", "tucson-az"};
    for (size_t k = 0; k < sizeof set_apart / sizeof set_apart[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, set_apart[k]));
        assert_false(program_has_site(p, set_apart[k]));
    }
    cp_corpus_free(c);
    /* the places of a mass killing a law answered are no members */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\nWeeks after the "
             "massacres in Buffalo, New York, and Uvalde, Texas, Congress set aside money "
             "for the task force, and a shooting in Sparks, Nevada, followed.\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "reno-nv"));
    const char *const killings[] = {"buffalo-ny", "uvalde-tx", "sparks-nv"};
    for (size_t k = 0; k < sizeof killings / sizeof killings[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, killings[k]));
        assert_false(program_has_site(p, killings[k]));
    }
    cp_corpus_free(c);
}

/* A table's row of a county and its postal code without a comma: the
 * county of that state, as for a city. */
static void test_site_county_and_code(void **state) {
    (void)state;
    cp_corpus *c = load("The Rural Courts Initiative made these awards.\n\n"
                        "Grantee            State   Award\n"
                        "Clay County        MO      $120,000\n"
                        "Marion County      IN      $95,000\n");
    const cp_program *p = cp_corpus_program_by_id(c, "rural-courts-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "clay-county-mo"));
    assert_true(program_has_site(p, "marion-county-in"));
    cp_corpus_free(c);
    /* names with a word in lower case, a state after one of them */
    c = load("Deputies from Isle of Wight County, King of Prussia, Pa., and St. John the "
             "Baptist Parish joined.");
    assert_non_null(cp_corpus_site_by_id(c, "isle-of-wight-county-va"));
    assert_non_null(cp_corpus_site_by_id(c, "king-of-prussia-pa"));
    assert_non_null(cp_corpus_site_by_id(c, "st-john-the-baptist-parish-la"));
    assert_null(cp_corpus_site_by_id(c, "pennsylvania"));
    assert_int_equal(cp_corpus_site_count(c), 3);
    cp_corpus_free(c);
    /* a county whose own words name a place it holds is the namesake
     * around that place, not one of the state of the place before it */
    c = load("Police in Houston and Memphis, Tenn., met. Harris County, which surrounds "
             "Houston, and Shelby County, which contains Memphis, joined. So did Clay "
             "County (home to Liberty).");
    assert_non_null(cp_corpus_site_by_id(c, "shelby-county-tn"));
    assert_null(cp_corpus_site_by_id(c, "shelby-county-tx"));
    assert_non_null(cp_corpus_site_by_id(c, "clay-county-mo"));
    cp_corpus_free(c);
}

/* A state's name that goes on into a place's ("Wyandotte County, Kansas
 * City, Kan.", "Norfolk, Virginia Beach") qualifies nothing before it; its
 * people ("Kansas Citians") are no state; nor is an adverb before a state
 * ("Statewide, Oregon") a place it qualifies. */
static void test_site_named_after_state(void **state) {
    (void)state;
    cp_corpus *c =
        load("In Wyandotte County, Kansas City, Kan., police counted 46 homicides, "
             "a number Kansas Citians watch. Norfolk, Virginia Beach and Chesapeake "
             "joined.");
    static const char *const want[] = {"wyandotte-county-ks", "kansas-city-ks",
                                       "norfolk-va", "virginia-beach-va",
                                       "chesapeake-va"};
    for (size_t k = 0; k < sizeof want / sizeof want[0]; k++)
        if (!cp_corpus_site_by_id(c, want[k]))
            fail_msg("no site %s", want[k]);
    assert_int_equal(cp_corpus_site_count(c), sizeof want / sizeof want[0]);
    cp_corpus_free(c);
    /* an adverb that opens a sentence is no place the state qualifies */
    c = load("Statewide, Oregon recorded 190 homicides. Nationally, Texas did too. "
             "Elsewhere, Utah did.");
    assert_non_null(cp_corpus_site_by_id(c, "oregon"));
    assert_non_null(cp_corpus_site_by_id(c, "texas"));
    assert_non_null(cp_corpus_site_by_id(c, "utah"));
    assert_int_equal(cp_corpus_site_count(c), 3);
    cp_corpus_free(c);
}

/* A place the text named with its state keeps it when its bare name
 * comes after a city of another state in its paragraph but not in its
 * list; in the list, the list's state reads it. */
static void test_site_named_before_kept(void **state) {
    (void)state;
    cp_corpus *c =
        load("Awards went to the City of Jackson, Mississippi, and others.\n\n"
             "\"We can plan now,\" said Ann Lee, who grew up in Camden, New Jersey, "
             "and now runs Jackson's outreach program.\n");
    assert_non_null(cp_corpus_site_by_id(c, "jackson-ms"));
    assert_null(cp_corpus_site_by_id(c, "jackson-nj"));
    cp_corpus_free(c);
    c = load("Awards went to the City of Jackson, Mississippi, and others.\n\n"
             "Officers from Trenton, New Jersey, and Jackson trained there.\n");
    assert_non_null(cp_corpus_site_by_id(c, "jackson-nj"));
    cp_corpus_free(c);
}

/* A place's name that is also an ordinary word ("Mobile") is the place as
 * a list item of its own after an item that is a place, and not as an
 * item after words. */
static void test_site_common_word_item(void **state) {
    (void)state;
    cp_corpus *c =
        load("The partnership added these sites:\n\n- Alabama\n  - Montgomery\n"
             "  - Mobile\n- Dayton, Ohio\n");
    assert_non_null(cp_corpus_site_by_id(c, "mobile-al"));
    assert_non_null(cp_corpus_site_by_id(c, "montgomery-al"));
    cp_corpus_free(c);
    c = load("What the grants buy:\n\n- Radios\n- Mobile\n- Cameras\n");
    assert_null(cp_corpus_site_by_id(c, "mobile-al"));
    cp_corpus_free(c);
    /* a saint's church is no town; a city's program keeps its city */
    c = load(
        "In Missouri, officers cleared the square before a photo at St. John's Church. "
        "St. Louis's Operation Ceasefire grew.\n");
    assert_int_equal(cp_corpus_site_count(c), 2);
    assert_null(cp_corpus_site_by_id(c, "saint-john-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "st-louis-mo"));
    cp_corpus_free(c);
}

/* A township before its agency's words, of the one state with townships
 * the text names, is a site. */
static void test_site_township_agency(void **state) {
    (void)state;
    cp_corpus *c = load("Pennsylvania awards:\n\n- Upper Darby Township Police Department - "
                        "$410,000\n- Cheltenham Township Police Department - $160,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "upper-darby-township-pa"));
    assert_non_null(cp_corpus_site_by_id(c, "cheltenham-township-pa"));
    cp_corpus_free(c);
}

/* A table's column headed "County" holds counties by their bare names,
 * common words and people's names too, each of the state its row or the
 * text gives; a row's cell of wide gaps ("; ") says the state too. */
static void test_site_county_column(void **state) {
    (void)state;
    cp_corpus *c =
        load("The Harbor Initiative awards for Ohio:\n\n| COUNTY | AWARD |\n"
             "| Summit | $400,000 |\n| Marion | $650,000 |\n| Lucas | $300,000 |\n");
    const char *const counties[] = {"summit-county-oh", "marion-county-oh",
                                    "lucas-county-oh"};
    for (size_t k = 0; k < sizeof counties / sizeof counties[0]; k++)
        if (!cp_corpus_site_by_id(c, counties[k]))
            fail_msg("no site %s", counties[k]);
    assert_null(cp_corpus_site_by_id(c, "summit-nj"));
    cp_corpus_free(c);
    c = load("Harbor Initiative awards:\n\nState\tCounty\tAward\nOhio\tSummit\t$400,000\n"
             "Pennsylvania\tErie\t$650,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "summit-county-oh"));
    assert_non_null(cp_corpus_site_by_id(c, "erie-county-pa"));
    assert_null(cp_corpus_site_by_id(c, "erie-county-oh"));
    cp_corpus_free(c);
    /* under a heading "Parish", a parish */
    c = load("Harbor Initiative awards in Louisiana:\n\n| Recipient | Parish | Award |\n"
             "| Shreveport Police Department | Caddo | $214,630 |\n");
    assert_non_null(cp_corpus_site_by_id(c, "caddo-parish-la"));
    assert_null(cp_corpus_site_by_id(c, "caddo-county-ok"));
    cp_corpus_free(c);
    /* under another heading, a bare name stays a town */
    c = load("Harbor Initiative awards:\n\n| CITY | AWARD |\n| Toledo | $400,000 |\n");
    assert_non_null(cp_corpus_site_by_id(c, "toledo-oh"));
    cp_corpus_free(c);
}

/* A transcript's speaker in capitals, after a title or a time stamp, is
 * no town of that name. */
static void test_site_speaker_labels(void **state) {
    (void)state;
    cp_corpus *c = load("[00:00:09] ATTORNEY GENERAL GARLAND: Good morning from Texas.\n\n"
                        "[00:00:31] GARLAND: Guns cross state lines into Chicago.\n\n"
                        "MAYOR TYLER: Thank you.\n");
    assert_null(cp_corpus_site_by_id(c, "garland-tx"));
    assert_null(cp_corpus_site_by_id(c, "tyler-tx"));
    assert_non_null(cp_corpus_site_by_id(c, "chicago-il"));
    cp_corpus_free(c);
}

/* A state in parentheses after a place ("the Pharr (Texas) Police
 * Department") places it, and names no site of its own; after an agency's
 * whole name ("Lincoln Police Department (Neb.)") too, and so does a
 * state after a comma ("Stockton Police Department, Calif."). */
static void test_site_state_in_parentheses(void **state) {
    (void)state;
    cp_corpus *c = load("Awards of the Safe Valley Task Force went to the Cambridge (Mass.) "
                        "Police Department, the Pharr (Texas) Police Department and the "
                        "Lincoln Police Department (Neb.).");
    const cp_program *p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    const char *const places[] = {"cambridge-ma", "pharr-tx", "lincoln-ne"};
    for (size_t k = 0; k < sizeof places / sizeof places[0]; k++)
        assert_true(program_has_site(p, places[k]));
    assert_null(cp_corpus_site_by_id(c, "texas"));
    cp_corpus_free(c);
    /* a small town under its state's heading */
    c = load(
        "Selected awards, by state:\n\nALASKA\n- Bethel Police Department - $375,000 "
        "to hire three officers\n");
    assert_non_null(cp_corpus_site_by_id(c, "bethel-ak"));
    cp_corpus_free(c);
    /* a state's short form in parentheses, of two letters and a period */
    c = load(
        "Awards:\n- Harlan County Sheriff's Office (Ky.) - $418,000 for two deputies\n");
    assert_non_null(cp_corpus_site_by_id(c, "harlan-county-ky"));
    cp_corpus_free(c);
    /* a county that heads a council's name, under its state's heading */
    c = load("Awards by state:\n\nILLINOIS\n- Cook County Justice Advisory Council - "
             "$2,000,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "cook-county-il"));
    cp_corpus_free(c);
    /* ... the state's whole name too */
    c = load("Awards went to the Ketchikan Police Department (Alaska) and the Lewiston "
             "Police Department (Maine).");
    assert_non_null(cp_corpus_site_by_id(c, "ketchikan-ak"));
    assert_non_null(cp_corpus_site_by_id(c, "lewiston-me"));
    assert_null(cp_corpus_site_by_id(c, "alaska"));
    assert_null(cp_corpus_site_by_id(c, "maine"));
    cp_corpus_free(c);
    c = load("SOME OF THE RECIPIENTS\n\n"
             "- Stockton Police Department, Calif. - $2.5 million for 20 officers\n"
             "- Cairo Police Department, Ill. - $187,500 for one officer\n"
             "- Camden County Police Department, N.J. - $3.6 million\n"
             "- Elkhart County Sheriff's Office, Indiana - $744,000\n");
    const char *const recipients[] = {"stockton-ca", "cairo-il", "camden-county-nj",
                                      "elkhart-county-in"};
    for (size_t k = 0; k < sizeof recipients / sizeof recipients[0]; k++)
        assert_non_null(cp_corpus_site_by_id(c, recipients[k]));
    assert_int_equal(cp_corpus_site_count(c), 4);
    cp_corpus_free(c);
    /* a state's capital, bare, in a text that names a place of its state */
    c = load("Police in Erie want a Safe Valley Task Force. Harrisburg has one already.");
    assert_non_null(cp_corpus_site_by_id(c, "erie-pa"));
    assert_non_null(cp_corpus_site_by_id(c, "harrisburg-pa"));
    cp_corpus_free(c);
    /* ... even where a larger city of the name is famous elsewhere; and
     * that city, a consolidated city-county, in its own state's text */
    c = load("Police in Portland, Maine, asked for help. Augusta sent two officers.");
    assert_non_null(cp_corpus_site_by_id(c, "augusta-me"));
    assert_null(cp_corpus_site_by_id(c, "augusta-ga"));
    cp_corpus_free(c);
    c = load("Savannah, Georgia, is a focus area, along with Augusta and Brunswick.");
    assert_non_null(cp_corpus_site_by_id(c, "augusta-ga"));
    assert_non_null(cp_corpus_site_by_id(c, "brunswick-ga"));
    cp_corpus_free(c);
    /* with no state in view, a capital that is the largest of its name */
    c = load("The Safe Valley Task Force met in Trenton.");
    assert_non_null(cp_corpus_site_by_id(c, "trenton-nj"));
    cp_corpus_free(c);
    /* a county's name without "County" before its agency's words */
    c = load("Awards went to the Miami-Dade Police Department (Fla.) for 35 officers.");
    assert_non_null(cp_corpus_site_by_id(c, "miami-dade-county-fl"));
    cp_corpus_free(c);
    /* a city whose name ends in a word of agencies ("City"), each of its
     * two states in turn */
    c = load("The Kansas City Police Department (Mo.) asked first, and the Kansas City "
             "Police Department (Kan.) joined a week later.");
    assert_non_null(cp_corpus_site_by_id(c, "kansas-city-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "kansas-city-ks"));
    cp_corpus_free(c);
}

/* Two cities joined by a hyphen are two sites, a region's name too
 * ("Dallas-Fort Worth"); a city whose name has a hyphen stays whole. A
 * common word is a place after "the city of", or in a list of places. */
static void test_sites_joined_by_hyphen(void **state) {
    (void)state;
    cp_corpus *c = load("The Safe Valley Task Force adds Dallas-Fort Worth, Raleigh-Durham, "
                        "Winston-Salem and Minneapolis-St. Paul.");
    const cp_program *p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    const char *const places[] = {"dallas-tx",  "fort-worth-tx",    "raleigh-nc",
                                  "durham-nc",  "winston-salem-nc", "minneapolis-mn",
                                  "saint-paul-mn"};
    for (size_t k = 0; k < sizeof places / sizeof places[0]; k++)
        assert_true(program_has_site(p, places[k]));
    assert_null(cp_corpus_site_by_id(c, "dallas-fort-worth-tx"));
    assert_null(cp_corpus_site_by_id(c, "twin-cities-mn"));
    cp_corpus_free(c);
    /* a place's name that is mostly a common word, after "city of" in a
     * state in view; the word alone names none */
    c = load("Police in Alabama made 31 arrests in the city of Mobile. Mobile units came.");
    const cp_site *s = cp_corpus_site_by_id(c, "mobile-al");
    assert_non_null(s);
    assert_int_equal(cp_site_mention_count(s), 1);
    cp_corpus_free(c);
    /* ... not after "Department of", even before an agency's words (a page
     * header glued to the text) */
    c = load("TULSA, Okla. - The Tulsa | USAO-NDOK | Department of Justice Police "
             "Department joined.");
    assert_null(cp_corpus_site_by_id(c, "justice-ok"));
    cp_corpus_free(c);
    /* ... or as one person's home ("a Mobile woman"); not "Justice
     * officials" */
    c = load("Police in Alabama said a Mobile woman was hurt. Justice officials came.");
    assert_non_null(cp_corpus_site_by_id(c, "mobile-al"));
    assert_int_equal(cp_corpus_site_count(c), 2);
    cp_corpus_free(c);
    /* a city whose name begins with a word that mostly opens no name
     * ("Federal agents"): the name is read whole */
    c = load("Federal agents worked in Tacoma and Federal Way, Washington.");
    assert_non_null(cp_corpus_site_by_id(c, "federal-way-wa"));
    assert_int_equal(cp_corpus_site_count(c), 2);
    cp_corpus_free(c);
    /* a court's name is no town's in a state in view ("Supreme, La.") */
    c = load("Louisiana sued, and the Supreme Court declined to hear the case.");
    assert_null(cp_corpus_site_by_id(c, "supreme-la"));
    cp_corpus_free(c);
    /* a place and its postal code without a comma, as a table's row writes
     * it */
    c = load("City              State   Award\n"
             "Boston            MA      $1,950,000\n"
             "Salt Lake City    UT      $1,250,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "boston-ma"));
    assert_non_null(cp_corpus_site_by_id(c, "salt-lake-city-ut"));
    cp_corpus_free(c);
    /* ... a place's name before "man" reads as a place */
    c = load("In Virginia, a 26-year-old Petersburg man was charged.");
    assert_non_null(cp_corpus_site_by_id(c, "petersburg-va"));
    cp_corpus_free(c);
    /* ... or next in a list of places; a region's name that begins a
     * program's is no site */
    c = load("The Gulf Coast Regional Fugitive Task Force covers Birmingham, Mobile and New "
             "Orleans.");
    assert_non_null(cp_corpus_site_by_id(c, "mobile-al"));
    assert_null(cp_corpus_site_by_id(c, "gulf-coast"));
    cp_corpus_free(c);
}

/* Lines that are a state's name alone group a lead-in's items, and the
 * next lead-in takes its own ("ARIZONA" over "- City of Tucson"). */
static void test_lead_in_state_lines(void **state) {
    (void)state;
    cp_corpus *c = load("Grants went out through the Byrne Criminal Justice Innovation Program "
                        "and the Smart Policing Initiative.\n\n"
                        "Byrne Criminal Justice Innovation Program recipients:\n\nARIZONA\n"
                        "- City of Tucson \xE2\x80\x93 $1,000,000\n\nMICHIGAN\n"
                        "- City of Flint \xE2\x80\x93 $1,000,000\n\n"
                        "Smart Policing Initiative recipients, by state:\n\nGEORGIA\n"
                        "- Atlanta Police Department \xE2\x80\x93 $497,000\n\nTEXAS\n"
                        "- Harris County Sheriff's Office \xE2\x80\x93 $462,000\n\n"
                        "PENNSYLVANIA\n- City of Altoona \xE2\x80\x93 $480,000\n");
    const cp_program *bcji = cp_corpus_program_by_id(c, "byrne-cji");
    const cp_program *spi = cp_corpus_program_by_id(c, "smart-policing-initiative");
    assert_non_null(bcji);
    assert_non_null(spi);
    assert_true(program_has_site(bcji, "tucson-az"));
    assert_true(program_has_site(bcji, "flint-mi"));
    assert_false(program_has_site(bcji, "atlanta-ga"));
    assert_true(program_has_site(spi, "atlanta-ga"));
    assert_false(program_has_site(spi, "tucson-az"));
    assert_false(program_has_site(bcji, "arizona"));
    /* the heading's state places a county of several states' name */
    assert_true(program_has_site(spi, "harris-county-tx"));
    assert_null(cp_corpus_site_by_id(c, "harris-county-ga"));
    /* ... and a town of several states' name, with no state named in
     * sentences */
    assert_true(program_has_site(spi, "altoona-pa"));
    cp_corpus_free(c);
}

/* A lead-in's table rows are its program's: cells between bars (the state
 * before an agency's place is its context, and names a county the
 * gazetteer lacks) or dot leaders; the document's program takes none. */
/* A release about a criminal case names its program as the case's frame:
 * the places of the case (where the defendants live, where the drugs
 * went) are not the program's; a release of an operation's results still
 * links the cities it works in. */
/* A text that weighs three programs or more, none of them a third of its
 * mentions, is about none: each keeps the places its sentences give it,
 * and the other places go to none. */
static void test_link_no_main_program(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Crime Policy Then and Now\n\nProject Exile began in Richmond, "
        "Virginia. Operation Ceasefire began in Boston. The Harbor Light "
        "Initiative began in Toledo, Ohio. Weed and Seed began in Omaha.\n\nOfficials "
        "from Baltimore and "
        "Denver spoke at the meeting on Tuesday.");
    const cp_program *exile = cp_corpus_program_by_id(c, "project-exile");
    assert_non_null(exile);
    assert_true(program_has_site(exile, "richmond-va"));
    assert_true(
        program_has_site(cp_corpus_program_by_id(c, "operation-ceasefire"), "boston-ma"));
    assert_non_null(cp_corpus_site_by_id(c, "baltimore-md"));
    assert_false(program_has_site(exile, "baltimore-md"));
    assert_false(program_has_site(exile, "denver-co"));
    cp_corpus_free(c);
}

/* Places set against the program ("rather than", "instead of") are not
 * its own. */
static void test_link_contrast(void **state) {
    (void)state;
    const char *const texts[] = {
        "Harbor Light Initiative\n\nThe Harbor Light Initiative began in Toledo, Ohio. "
        "Congress could fund what worked in Akron and in Canton, rather than re-running "
        "the Harbor Light Initiative everywhere.",
        "Harbor Light Initiative\n\nThe Harbor Light Initiative began in Toledo, Ohio. "
        "Akron and Canton hired mentors instead of joining the Harbor Light Initiative."};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        cp_corpus *c = load(texts[k]);
        const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
        assert_non_null(p);
        assert_true(program_has_site(p, "toledo-oh"));
        assert_non_null(cp_corpus_site_by_id(c, "akron-oh"));
        assert_false(program_has_site(p, "akron-oh"));
        assert_false(program_has_site(p, "canton-oh"));
        cp_corpus_free(c);
    }
}

static void test_link_case_release(void **state) {
    (void)state;
    const char *const lead[] = {
        "A federal grand jury in Dayton has returned an indictment against eleven "
        "defendants accused of selling pills, the U.S. Attorney announced today.",
        "A Dayton man was sentenced today to 12 years in prison for selling pills, the "
        "U.S. Attorney announced.",
        "A Dayton woman pleaded guilty on Friday to selling pills, the U.S. Attorney "
        "announced.",
        "A Dayton man was convicted of selling pills, the U.S. Attorney announced."};
    for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "Pill Ring Case\n\n%s\n\nThe case is the largest in Ohio under the "
                 "Harbor Light Initiative, the Justice Department effort against pill "
                 "rings.\n\nAgents searched homes in Akron, Canton and Toledo on May "
                 "2.\n\nThe ring sold pills to buyers across Summit, Stark and Wayne "
                 "counties.\n",
                 lead[k]);
        cp_corpus *c = load(text);
        const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
        assert_non_null(p);
        const char *const places[] = {
            "dayton-oh",        "akron-oh",        "canton-oh",      "toledo-oh",
            "summit-county-oh", "stark-county-oh", "wayne-county-oh"};
        for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
            assert_non_null(cp_corpus_site_by_id(c, places[i]));
            assert_false(program_has_site(p, places[i]));
        }
        cp_corpus_free(c);
    }
    /* an operation's results; "convicted felons" tell of no case */
    cp_corpus *c =
        load("Harbor Light Defendants Charged\n\nFourteen more defendants were "
             "charged as part of the Harbor Light Initiative, which targets "
             "convicted felons with guns.\n\nAgents searched homes in Akron, "
             "Canton and Toledo on May 2.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "toledo-oh"));
    assert_true(program_has_site(p, "akron-oh"));
    cp_corpus_free(c);
}

static void test_link_table_rows(void **state) {
    (void)state;
    cp_corpus *c =
        load("The Safe Valley Task Force works in Reno, Nevada, and Boise, Idaho.\n\n"
             "The COPS Hiring Program (CHP) also made awards.\n\n"
             "Selected CHP awards:\n\n"
             "State | Agency | Officers | Award\n"
             "Utah | Provo Police Department | 4 | $500,000\n"
             "Georgia | Macon-Bibb County Sheriff's Office | 3 | $375,000\n\n"
             "Safe Valley Task Force state shares:\n\n"
             "Oregon ........ $4,112,338\n"
             "Montana ....... $2,961,450\n\n"
             "CHP awards, tab-separated:\n\n"
             "Grantee\tJurisdiction\tOfficers\n"
             "Wayne County Sheriff's Office\tWayne County, MI\t6\n"
             "Grand Rapids Police Department\tGrand Rapids, Mich.\t5\n");
    const cp_program *svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    const cp_program *chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    assert_non_null(svtf);
    assert_non_null(chp);
    assert_true(program_has_site(svtf, "reno-nv"));
    assert_true(program_has_site(chp, "provo-ut"));
    assert_true(program_has_site(chp, "macon-bibb-county-ga"));
    assert_false(program_has_site(chp, "utah"));
    assert_false(program_has_site(chp, "georgia"));
    assert_false(program_has_site(svtf, "provo-ut"));
    assert_false(program_has_site(svtf, "macon-bibb-county-ga"));
    assert_true(program_has_site(svtf, "oregon"));
    assert_true(program_has_site(svtf, "montana"));
    /* a tab ends a cell: the agency's name and the place do not run together */
    assert_true(program_has_site(chp, "wayne-county-mi"));
    assert_true(program_has_site(chp, "grand-rapids-mi"));
    assert_null(cp_corpus_site_by_id(c, "county-mi"));
    cp_corpus_free(c);
    /* a lead-in of two programs over a table laid out with spaces: the
     * rows are the awards' program's */
    c = load("The Safe Valley Task Force works in Reno, Nevada.\n\n"
             "Safe Valley Task Force cities also got awards from the COPS Hiring Program "
             "(CHP) to hire officers:\n\n"
             "City            Officers    Award\n"
             "Chicago              75     $9,375,000\n"
             "Albuquerque          40     $5,000,000\n");
    svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    assert_non_null(svtf);
    assert_non_null(chp);
    assert_true(program_has_site(chp, "chicago-il"));
    assert_true(program_has_site(chp, "albuquerque-nm"));
    assert_false(program_has_site(svtf, "chicago-il"));
    cp_corpus_free(c);
    /* a report's caption over the rows ("Table 1. CHP awards to ...")
     * leads them in as a colon does; one that names no program leaves
     * them to the programs of their own cells */
    c = load("The Safe Valley Task Force works in Reno, Nevada. The Safe Valley Task "
             "Force grew. The COPS Hiring Program (CHP) made awards too.\n\n"
             "Table 1. CHP awards to selected jurisdictions, 2009\n\n"
             "Jurisdiction             Officers funded   Award\n"
             "Pine Bluff, Arkansas     6                 $1,426,560\n"
             "Chester, Pennsylvania    8                 $1,911,064\n\n"
             "Table 2. Selected awards to rural jurisdictions\n\n"
             "Jurisdiction         Program   Award\n"
             "Bethel, Alaska       CHP       $1,250,000\n\n"
             "The Safe Valley Task Force also works in Boise, Idaho.\n");
    svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    assert_non_null(svtf);
    assert_non_null(chp);
    assert_true(program_has_site(chp, "pine-bluff-ar"));
    assert_true(program_has_site(chp, "chester-pa"));
    assert_false(program_has_site(svtf, "pine-bluff-ar"));
    assert_false(program_has_site(svtf, "chester-pa"));
    assert_false(program_has_site(svtf, "bethel-ak"));
    assert_true(program_has_site(svtf, "boise-id"));
    cp_corpus_free(c);
}

/* A web page's title line is no headline; a short name of the name's first
 * word and an acronym ("(Byrne SCIP)") names the program after; a list of
 * awards by state gives the states to it; an attack's places are not its. */
static void test_link_award_lines(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Office of Public Affairs | Awards Go Out Through Byrne SCIP | Department of Justice\n\n"
        "Awards Go Out Through Byrne SCIP\n\n"
        "The department announced awards under the Byrne State Crisis Intervention Program "
        "(Byrne SCIP). Congress acted after a gunman killed 10 people in Buffalo, New "
        "York.\n\n"
        "- California: $18.7 million\n- Texas \xE2\x80\x94 $16.2 million\n\n"
        "The Safe Valley Task Force also works in Reno, Nevada. Byrne SCIP grants help too.");
    const cp_document *d = cp_corpus_document_at(c, 0);
    assert_string_equal(cp_document_title(d), "Awards Go Out Through Byrne SCIP");
    const cp_program *scip =
        cp_corpus_program_by_id(c, "byrne-state-crisis-intervention-program");
    assert_non_null(scip);
    assert_true(cp_program_mention_count(scip) >= 3);
    assert_true(program_has_site(scip, "california"));
    assert_true(program_has_site(scip, "texas"));
    assert_non_null(cp_corpus_site_by_id(c, "buffalo-ny"));
    assert_false(program_has_site(scip, "buffalo-ny"));
    cp_corpus_free(c);
}

/* A headline naming two programs is about the one its verb makes the object
 * ("Tulsa Joins ... as ... Winds Down"). */
static void test_link_headline_object(void **state) {
    (void)state;
    cp_corpus *c = load("Tulsa Joins Project Exile as Operation Ceasefire Winds Down\n\n"
                        "Tulsa, Oklahoma, is trading Operation Ceasefire for Project Exile. "
                        "Operation Ceasefire ran three years in Tulsa. Operation Ceasefire will "
                        "end.\n\n"
                        "The other new sites include Provo, Utah, and Ogden, Utah.");
    const cp_program *exile = cp_corpus_program_by_id(c, "project-exile");
    const cp_program *ceasefire = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(exile);
    assert_non_null(ceasefire);
    assert_true(program_has_site(exile, "provo-ut"));
    assert_false(program_has_site(ceasefire, "provo-ut"));
    /* "Winds" ends the headline's name, as "Into" does */
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    c = load("Folding Gun Efforts Into One Program\n\nProject Exile grows in Provo, Utah.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
}

/* A sentence naming several programs: each takes the places after its
 * name, unless it is one of a list of partners. */
static void test_links_of_several_programs(void **state) {
    (void)state;
    cp_corpus *c = load("Project Exile in Richmond, Virginia, and Operation Ceasefire in "
                        "Boston cut shootings.");
    const cp_program *exile = cp_corpus_program_by_id(c, "project-exile");
    const cp_program *ceasefire = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(exile);
    assert_non_null(ceasefire);
    assert_true(program_has_site(exile, "richmond-va"));
    assert_false(program_has_site(exile, "boston-ma"));
    assert_true(program_has_site(ceasefire, "boston-ma"));
    assert_false(program_has_site(ceasefire, "richmond-va"));
    cp_corpus_free(c);
    /* a place that owns another program by a possessive is that one's */
    c = load("Project Exile grew in Richmond, Virginia, and drew on Boston's Operation "
             "Ceasefire.");
    exile = cp_corpus_program_by_id(c, "project-exile");
    assert_non_null(exile);
    assert_true(program_has_site(exile, "richmond-va"));
    assert_false(program_has_site(exile, "boston-ma"));
    cp_corpus_free(c);
    /* a clause whose subject is a place goes with the program after it */
    c = load("Newark, New Jersey, joined Project Exile, and Flint, Michigan, has received "
             "funding through Operation Ceasefire.");
    exile = cp_corpus_program_by_id(c, "project-exile");
    ceasefire = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(exile);
    assert_non_null(ceasefire);
    assert_true(program_has_site(exile, "newark-nj"));
    assert_false(program_has_site(exile, "flint-mi"));
    assert_true(program_has_site(ceasefire, "flint-mi"));
    cp_corpus_free(c);
    /* ... and a clause after "and that" */
    c = load(
        "The mayor said Newark, New Jersey, will receive a Project Exile grant and that "
        "Flint, Michigan, will remain in Operation Ceasefire.");
    exile = cp_corpus_program_by_id(c, "project-exile");
    ceasefire = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(exile);
    assert_non_null(ceasefire);
    assert_false(program_has_site(exile, "flint-mi"));
    assert_true(program_has_site(ceasefire, "flint-mi"));
    cp_corpus_free(c);
    /* ... a subject of several places too */
    c = load(
        "In 2013 Pueblo, Colorado, joined Project Exile, a program that helped it, and "
        "Colorado Springs and Denver have used Operation Ceasefire grants.");
    exile = cp_corpus_program_by_id(c, "project-exile");
    ceasefire = cp_corpus_program_by_id(c, "operation-ceasefire");
    assert_non_null(exile);
    assert_non_null(ceasefire);
    assert_false(program_has_site(exile, "denver-co"));
    assert_false(program_has_site(exile, "colorado-springs-co"));
    assert_true(program_has_site(ceasefire, "denver-co"));
    assert_true(program_has_site(ceasefire, "colorado-springs-co"));
    cp_corpus_free(c);
    /* places before the first name are the first program's */
    c = load("Columbia, S.C., was chosen for the Violent Crime Impact Teams, part of "
             "Project Safe Neighborhoods.");
    const cp_program *vcit = cp_corpus_program_by_id(c, "vcit");
    assert_non_null(vcit);
    assert_true(program_has_site(vcit, "columbia-sc"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "project-safe-neighborhoods"),
                                  "columbia-sc"));
    cp_corpus_free(c);
    /* the acronym after a name goes with it; a partner in a list takes
     * nothing */
    c = load("Operation Thin Air (OTA) put agents in Pueblo and Casper, Wyoming, with the "
             "Rocky Mountain Safe Streets Task Force. Operation Thin Air works with the FBI, "
             "the Safe Streets Task Force, and police in Provo.");
    const cp_program *ota = cp_corpus_program_by_id(c, "operation-thin-air");
    const cp_program *ss = cp_corpus_program_by_id(c, "safe-streets-task-forces");
    assert_non_null(ota);
    assert_non_null(ss);
    assert_true(program_has_site(ota, "pueblo-co"));
    assert_true(program_has_site(ota, "casper-wy"));
    assert_false(program_has_site(ss, "pueblo-co"));
    assert_false(program_has_site(ss, "provo-ut"));
    cp_corpus_free(c);
    /* what an apposition says ("a ... task force investigation that
     * targeted ...") the operation it describes did; the task force named
     * in it is its author, not where it works */
    c = load("Forty people were charged after Operation Harbor Light, a six-month Safe "
             "Valley Task Force investigation that targeted gangs in Reno, Nevada, and "
             "Boise, Idaho.");
    const cp_program *harbor = cp_corpus_program_by_id(c, "operation-harbor-light");
    assert_non_null(harbor);
    assert_true(program_has_site(harbor, "reno-nv"));
    assert_true(program_has_site(harbor, "boise-id"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "safe-valley-task-force"),
                                  "reno-nv"));
    cp_corpus_free(c);
}

/* A sentence that names no program goes on about the one the sentence
 * before it named, in its paragraph. */
static void test_link_paragraph_topic(void **state) {
    (void)state;
    cp_corpus *c = load("The Safe Valley Task Force adds Reno, Nevada, and Boise, Idaho. The "
                        "Safe Valley Task Force grows.\n\nSeparately, the office announced "
                        "$4.6 million in Harbor Watch Initiative grants. Recipients include "
                        "Tulsa, Oklahoma, and Provo, Utah.\n");
    const cp_program *valley = cp_corpus_program_by_id(c, "safe-valley-task-force");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-watch-initiative");
    assert_non_null(valley);
    assert_non_null(harbor);
    assert_true(program_has_site(harbor, "tulsa-ok"));
    assert_true(program_has_site(harbor, "provo-ut"));
    assert_false(program_has_site(valley, "tulsa-ok"));
    assert_true(program_has_site(valley, "reno-nv"));
    cp_corpus_free(c);
    /* a program named once and then referred back to by its kind ("The
     * task force ...") is what the text is about, over one named twice */
    c = load(
        "Sheriffs in Ohio joined the new Lake Erie Task Force on Monday, officials "
        "said, in a push that has reached jails and patrol cars across the state "
        "this year.\n\nThe task force now counts the sheriffs of Lucas, Wood and Erie "
        "counties among its members, along with police in Toledo.\n\nSeparately, "
        "the Harbor Watch Initiative has grown. Harbor Watch Initiative money was "
        "spent on cameras.\n\nDeputies in Toledo work with the task force.\n");
    const cp_program *lake = cp_corpus_program_by_id(c, "lake-erie-task-force");
    harbor = cp_corpus_program_by_id(c, "harbor-watch-initiative");
    assert_non_null(lake);
    assert_non_null(harbor);
    assert_true(program_has_site(lake, "lucas-county-oh"));
    assert_true(program_has_site(lake, "toledo-oh"));
    assert_false(program_has_site(harbor, "lucas-county-oh"));
    cp_corpus_free(c);
}

/* In a text about one program, a place named in passing (past the lead,
 * in a paragraph that names no program, in a sentence that says nothing of
 * its part in it) is the story's setting; one that "the operation has
 * added", or that uses "its grant", is the program's. */
static void test_link_place_in_passing(void **state) {
    (void)state;
    cp_corpus *c =
        load("Operation Clear Sky comes to Tulsa\n\nOperation Clear Sky, a federal "
             "surge, began in Tulsa, Oklahoma, on Monday with 40 agents from the FBI "
             "and ATF, officials said at a news conference downtown this week.\n\n"
             "The Tulsa police chief said the first arrests came within hours.\n\n"
             "In Broken Arrow, a suburb to the east, residents said they had seen no "
             "change.\n\nSince then the operation has added Lawton, Okla.\n\n"
             "Norman, Okla., will use its grant to hire two officers.\n\nTask force "
             "officers have also worked in Edmond.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "operation-clear-sky");
    assert_non_null(p);
    assert_true(program_has_site(p, "tulsa-ok"));
    assert_true(program_has_site(p, "lawton-ok"));
    assert_false(program_has_site(p, "broken-arrow-ok"));
    assert_true(program_has_site(p, "norman-ok")); /* a recipient, in passing */
    assert_true(program_has_site(p, "edmond-ok")); /* the program by its kind */
    cp_corpus_free(c);
    /* a program named once, past the lead, is what the text is about in
     * its paragraph and the next, not in the story's later places */
    c = load(
        "Guard troops arrive in Tulsa\n\nNational Guard troops began patrols in Tulsa, "
        "Oklahoma, on Friday, the governor said, in a deployment that will last the "
        "summer.\n\nThe mayor questioned the need.\n\nFederal money has come before: "
        "Lawton, Okla., joined the Safe Valley Task Force in 2019.\n\nIts agents were "
        "also sent to Norman, Okla.\n\nThe patrols follow deployments that began in "
        "Provo, "
        "Utah, and spread to Boise, Idaho, with troops sent toward Reno, Nevada.\n");
    p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "lawton-ok"));
    assert_true(program_has_site(p, "norman-ok"));
    const char *const later[] = {"provo-ut", "boise-id", "reno-nv"};
    for (size_t k = 0; k < sizeof later / sizeof later[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, later[k]));
        assert_false(program_has_site(p, later[k]));
    }
    cp_corpus_free(c);
}

/* In a roundup about no one program, a sentence of recipients that names
 * none ("Recipients include ...") is about the program the sentence before
 * it named; places that "have not been targeted" are left out. */
static void test_link_roundup_recipients(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Seven items worth your attention this month:\n\n"
        "1. Forum news. The National Forum on Youth Violence Prevention met in Memphis.\n"
        "2. Grants for children. The department announced $5.5 million for eight sites "
        "under the Harbor Light Initiative, which targets violence. Recipients include "
        "Boston; Cuyahoga County, Ohio; Grand Forks, N.D.; and Shelby County, Tenn.\n"
        "3. Hiring news. The COPS Hiring Program made awards.\n"
        "4. Surge news. Agents of the Safe Valley Task Force went to Denver.\n"
        "5. Gun news. Project Safe Neighborhoods grew.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    const char *const recipients[] = {"boston-ma", "cuyahoga-county-oh", "grand-forks-nd",
                                      "shelby-county-tn"};
    for (size_t k = 0; k < sizeof recipients / sizeof recipients[0]; k++)
        if (!program_has_site(p, recipients[k]))
            fail_msg("no link to %s", recipients[k]);
    cp_corpus_free(c);
    c = load("Items worth your attention this month:\n\n"
             "1. Surge news. Agents of the Safe Valley Task Force went to Denver. Other "
             "cities, including Baltimore, St. Louis and Jackson, Mississippi, have not "
             "been targeted.\n"
             "2. Grants. The Harbor Light Initiative made awards.\n");
    const cp_program *svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(svtf);
    assert_true(program_has_site(svtf, "denver-co"));
    assert_non_null(cp_corpus_site_by_id(c, "baltimore-md"));
    assert_false(program_has_site(svtf, "baltimore-md"));
    assert_false(program_has_site(svtf, "st-louis-mo"));
    assert_false(program_has_site(svtf, "jackson-ms"));
    cp_corpus_free(c);
}

/* Past the lead, a paragraph that names the program only in a later
 * sentence gives it no place of the sentences before ("Joliet and Aurora
 * reported declines. Evanston, which received a ... award, ..."). */
static void test_link_program_named_later(void **state) {
    (void)state;
    cp_corpus *c = load(
        "CHICAGO -- The Blue Shield Initiative paid for outreach in Chicago this year, "
        "officials said on Thursday, as the city counted its fewest killings since 1965. "
        "The Blue Shield Initiative began in 2021.\n\nHomicides fell across the city."
        "\n\nShootings fell too, the police said.\n\nJoliet and Aurora both reported "
        "declines of about 20 percent. Evanston, which received a $750,000 Blue Shield "
        "Initiative award in 2023, said its grant was safe.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "blue-shield-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "chicago-il"));
    assert_true(program_has_site(p, "evanston-il"));
    assert_non_null(cp_corpus_site_by_id(c, "joliet-il"));
    assert_false(program_has_site(p, "joliet-il"));
    assert_false(program_has_site(p, "aurora-il"));
    cp_corpus_free(c);
}

/* Past the lead, a sentence that says a place is "one of them" tells its
 * role, and one that goes on "So were ..." says the same of its places;
 * the sentence after that tells none ("Reporters in Denver"). */
static void test_link_so_were_too(void **state) {
    (void)state;
    cp_corpus *c = load(
        "WASHINGTON -- The White House started the Community Violence Intervention "
        "Collaborative in 2021.\n\nOfficials spoke about it on Tuesday.\n\nThe effort "
        "has drawn praise from mayors.\n\nSixteen jurisdictions put money in. Newark "
        "was one of them. So were Baltimore and Detroit, among others. Reporters in "
        "Denver asked questions.\n\nSeparately, the Community Based Violence "
        "Intervention and Prevention Initiative gave Milwaukee a grant.\n");
    const cp_program *p =
        cp_corpus_program_by_id(c, "community-violence-intervention-collaborative");
    assert_non_null(p);
    const char *const members[] = {"newark-nj", "baltimore-md", "detroit-mi"};
    for (size_t k = 0; k < sizeof members / sizeof members[0]; k++)
        if (!program_has_site(p, members[k]))
            fail_msg("no link to %s", members[k]);
    assert_non_null(cp_corpus_site_by_id(c, "denver-co"));
    assert_false(program_has_site(p, "denver-co"));
    assert_false(program_has_site(p, "milwaukee-wi"));
    cp_corpus_free(c);
}

/* A roundup about no one program (five named, none often) whose bold
 * headings name programs is read section by section: a heading's list of
 * recipients is its program's. */
static void test_link_roundup_sections(void **state) {
    (void)state;
    /* headings in capitals that name the programs the text names in its
     * own case lead their sections */
    cp_corpus *h = load(
        "Capito Announces $4.6 Million for West Virginia Police\n\nWASHINGTON - The "
        "Justice Department has awarded $4,610,052 to West Virginia agencies through the "
        "Rural Violent Crime Reduction Initiative and the COPS Anti-Heroin Task Force "
        "Program.\n\nRURAL VIOLENT CRIME REDUCTION INITIATIVE\n- Logan County "
        "Commission - $400,000\n- City of Beckley - $250,000\n\nCOPS ANTI-HEROIN TASK "
        "FORCE PROGRAM\n- Huntington Police Department - $1,000,000\n");
    const cp_program *rural =
        cp_corpus_program_by_id(h, "rural-violent-crime-reduction-initiative");
    const cp_program *heroin =
        cp_corpus_program_by_id(h, "cops-anti-heroin-task-force-program");
    assert_non_null(rural);
    assert_non_null(heroin);
    assert_true(program_has_site(rural, "beckley-wv"));
    assert_true(program_has_site(heroin, "huntington-wv"));
    assert_false(program_has_site(heroin, "beckley-wv"));
    cp_corpus_free(h);
    /* a lead-in that takes up the money of the paragraph before, over
     * lines of awards joined in one paragraph */
    h = load(
        "Area police win federal hiring grants\n\nBy Ann Lee\n\nPolice in Kansas City, "
        "Mo., and Kansas City, Kan., will share $5.9 million.\n\nThe money comes from "
        "the COPS Hiring Program, which pays officers' salaries.\n\nHere is how the "
        "money breaks down:\n\nJackson County (Mo.) Sheriff's Office: $375,000 for "
        "three deputies\nOlathe Police Department: $250,000 for two officers\nRaytown "
        "Police Department: $125,000 for one officer\n\nSeparately, Independence, Mo., "
        "will share a $389,412 Edward Byrne Memorial Justice Assistance Grant.\n");
    const cp_program *hiring = cp_corpus_program_by_id(h, "cops-hiring-program");
    assert_non_null(hiring);
    assert_true(program_has_site(hiring, "olathe-ks"));
    assert_true(program_has_site(hiring, "raytown-mo"));
    assert_true(program_has_site(hiring, "jackson-county-mo"));
    assert_false(program_has_site(hiring, "independence-mo"));
    cp_corpus_free(h);
    cp_corpus *c = load(
        "First CVIPI awards for Edmond and Moore; new COPS officers in 4 communities\n\n"
        "OKLAHOMA CITY - Senator Ann Lee today said that Oklahoma cities, counties and "
        "community groups won $21.3 million in U.S. Department of Justice public safety "
        "grants for fiscal year 2024, 9 percent more than the $19.5 million the state "
        "received in fiscal year 2023.\n\n\"When Washington pays for what works, "
        "Oklahoma "
        "families are safer,\" said Senator Lee.\n\n**Community Violence Intervention "
        "and "
        "Prevention Initiative (CVIPI)**\n\n**COPS Hiring Program**\n\n- Lawton Police "
        "Department - 2 officers, $250,000\n\n**Byrne Justice Assistance Grants "
        "(JAG)**\n\n"
        "The Oklahoma District Attorneys Council receives $3.1 million in state JAG "
        "funds. "
        "Direct local JAG awards include Tulsa ($742,307) and Norman ($162,118).\n\n"
        "**Project Safe Neighborhoods and Byrne SCIP**\n\n- Oklahoma's two U.S. "
        "Attorney's "
        "Offices share $1.1 million in Project Safe Neighborhoods (PSN) funds.\n- "
        "Oklahoma's "
        "$4.2 million allocation under the Byrne State Crisis Intervention Program "
        "(Byrne "
        "SCIP), created by the Bipartisan Safer Communities Act, will support treatment "
        "courts, with pilot sites in Payne County and Cleveland County.\n");
    const cp_program *cops = cp_corpus_program_by_id(c, "cops-hiring-program");
    assert_non_null(cops);
    assert_true(program_has_site(cops, "lawton-ok"));
    assert_false(program_has_site(cops, "tulsa-ok")); /* another section's */
    cp_corpus_free(c);
}

/* A lead-in's list item whose first sentence names a program of its own
 * before its places is about that program, not the lead-in's. */
static void test_link_item_of_own_program(void **state) {
    (void)state;
    cp_corpus *c =
        load("The office builds on its Safe Valley Plan:\n\n- **Harbor Watch "
             "Initiative.** The office is awarding $7 million to Tulsa, Oklahoma, "
             "and Provo, Utah.\n- New grants go to Reno, Nevada.\n");
    const cp_program *plan = cp_corpus_program_by_id(c, "safe-valley-plan");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-watch-initiative");
    assert_non_null(plan);
    assert_non_null(harbor);
    assert_true(program_has_site(harbor, "tulsa-ok"));
    assert_true(program_has_site(harbor, "provo-ut"));
    assert_false(program_has_site(plan, "tulsa-ok"));
    assert_true(program_has_site(plan, "reno-nv"));
    cp_corpus_free(c);
}

/* A sentence that names a program and its component links its places to
 * the component. */
static void test_link_component(void **state) {
    (void)state;
    cp_corpus *c = load("The National Public Safety Partnership (PSP) adds sites. Two of them "
                        "\xE2\x80\x94 Anchorage, Alaska, and Hartford, Conn. \xE2\x80\x94 "
                        "begin with a PSP Diagnostic Team.");
    const cp_program *team = cp_corpus_program_by_id(c, "psp-diagnostic-teams");
    assert_non_null(team);
    assert_true(program_has_site(team, "anchorage-ak"));
    assert_true(program_has_site(team, "hartford-ct"));
    cp_corpus_free(c);
}

/* The program a text is about: a name repeated in one sentence counts
 * once, and a tie goes to the program named first. */
static void test_link_main_by_sentences(void **state) {
    (void)state;
    cp_corpus *c = load("The grants come from the Safe Valley Grant Program.\n\nFresno gets "
                        "$3.9 million and Modesto $1 million.\n\nIn Stockton, officers go to the "
                        "Weed and Seed area, where the Weed and Seed site is.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "safe-valley-grant-program");
    assert_non_null(p);
    assert_true(program_has_site(p, "fresno-ca"));
    assert_true(program_has_site(p, "modesto-ca"));
    assert_false(program_has_site(cp_corpus_program_by_id(c, "weed-and-seed"), "fresno-ca"));
    cp_corpus_free(c);
}

/* A letterhead's address ("Lander, Wyoming" under the office's name) is
 * where the release comes from, and places that have asked for what the
 * program gives are not in it. */
static void test_link_letterhead_and_request(void **state) {
    (void)state;
    cp_corpus *c =
        load("PUEBLO COUNTY SHERIFF'S OFFICE\nCanon City, Colorado\n\nThe Pueblo "
             "County Sheriff's Office has been awarded $1,026,450 through the Safe "
             "Valley Task Force.\n\nThe communities of Greeley, Loveland and Longmont "
             "have asked for more patrols.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(p);
    assert_true(program_has_site(p, "pueblo-county-co"));
    static const char *const out[] = {"canon-city-co", "greeley-co", "loveland-co",
                                      "longmont-co"};
    for (size_t k = 0; k < sizeof out / sizeof out[0]; k++) {
        assert_non_null(cp_corpus_site_by_id(c, out[k]));
        if (program_has_site(p, out[k]))
            fail_msg("linked to %s", out[k]);
    }
    cp_corpus_free(c);
}

/* A name's words before " on " are a short name the text goes on with:
 * "the National Forum" is the National Forum on Youth Violence
 * Prevention, and its places are that program's; the same words in a
 * longer name ("National Forum Foundation") are not. So are its words
 * before " Program". */
static void test_program_head_before_on(void **state) {
    (void)state;
    cp_corpus *c =
        load("The request includes $25 million for the National Forum on Youth "
             "Violence Prevention and $15 million for the Safe Valley Task Force "
             "(SVTF). The SVTF pairs cities with experts. The SVTF grew.\n\nThe "
             "National Forum, launched in 2010, began with Tulsa, Okla., and Provo, "
             "Utah.\n\nSeparately, the National Forum Foundation held a dinner.\n");
    const cp_program *forum =
        cp_corpus_program_by_id(c, "national-forum-youth-violence-prevention");
    const cp_program *svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(forum);
    assert_non_null(svtf);
    assert_int_equal(cp_program_mention_count(forum), 2);
    assert_true(program_has_site(forum, "tulsa-ok"));
    assert_true(program_has_site(forum, "provo-ut"));
    assert_false(program_has_site(svtf, "tulsa-ok"));
    cp_corpus_free(c);
    /* ... and a name's words before " Program" ("the four Harbor Light
     * School grants"), but not the whole name again */
    c = load("The Bluff City Initiative gave $1 million to Monroe, La., and the Harbor "
             "Light School Program gave $300,000.\n\nThe four Harbor Light School grants "
             "went to school boards:\n\n- Rapides Parish School Board - $98,500\n- "
             "Vermilion Parish School Board - $64,000\n");
    const cp_program *school = cp_corpus_program_by_id(c, "harbor-light-school-program");
    const cp_program *bluff = cp_corpus_program_by_id(c, "bluff-city-initiative");
    assert_non_null(school);
    assert_non_null(bluff);
    assert_int_equal(cp_program_mention_count(school), 2);
    assert_true(program_has_site(school, "rapides-parish-la"));
    assert_true(program_has_site(school, "vermilion-parish-la"));
    assert_false(program_has_site(bluff, "rapides-parish-la"));
    cp_corpus_free(c);
}

/* A paragraph that names no program but takes up "that money" of the
 * paragraph before gives its places to that paragraph's program, not to
 * the program the text is about. */
static void test_link_money_named_before(void **state) {
    (void)state;
    cp_corpus *c =
        load("The Safe Valley Task Force sent agents to Tulsa, Okla., and Omaha, "
             "Neb., last year. The Safe Valley Task Force will stay.\n\nThe state "
             "also got $40 million through the Harbor Grant Program. Under the "
             "formula, most of it stays with the state.\n\nPueblo, Colo., will "
             "receive $61,450 of that money, and Provo, Utah, the rest.\n");
    const cp_program *svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    const cp_program *grant = cp_corpus_program_by_id(c, "harbor-grant-program");
    assert_non_null(svtf);
    assert_non_null(grant);
    assert_true(program_has_site(svtf, "tulsa-ok"));
    assert_true(program_has_site(grant, "pueblo-co"));
    assert_true(program_has_site(grant, "provo-ut"));
    assert_false(program_has_site(svtf, "pueblo-co"));
    assert_false(program_has_site(svtf, "provo-ut"));
    cp_corpus_free(c);
}

/* A line that is one bold span, short and with no mark that ends a
 * sentence, is a heading whatever its capitals; a bold sentence, a bold
 * lead-in with text after it and two bold spans on a line are not. */
static void test_bold_line_heading(void **state) {
    (void)state;
    cp_corpus *c =
        load("Grants explained\n\n**2. COPS grants**\n\nThe money pays for "
             "officers.\n\n**What the money buys**\n\n**The grants grew.**\n\n"
             "**Lead-in** and the text after it\n\n**Tulsa** won and **Omaha** lost\n");
    const cp_document *d = cp_corpus_document_at(c, 0);
    static const cp_block_kind want[] = {
        CP_BLOCK_PARAGRAPH, CP_BLOCK_HEADING,   CP_BLOCK_PARAGRAPH, CP_BLOCK_HEADING,
        CP_BLOCK_PARAGRAPH, CP_BLOCK_PARAGRAPH, CP_BLOCK_PARAGRAPH};
    assert_int_equal(cp_document_block_count(d), sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_int_equal(cp_block_kind_of(cp_document_block_at(d, i)), want[i]);
    cp_corpus_free(c);
}

/* A text in numbered parts under bold headings that name no program by
 * its name ("**2. Hiring grants**") is read part by part: a part's places
 * go to the program it names, not to the one the text names most. */
static void test_links_by_numbered_part(void **state) {
    (void)state;
    cp_corpus *c = load(
        "THE GRANTS\n\n**1. Byrne JAG**\n\n- The Edward Byrne Memorial Justice "
        "Assistance Grant program (Byrne JAG) is a formula program.\n- JAG money held "
        "up by courts reached Chicago and Philadelphia. JAG has been flat.\n\n"
        "**2. Hiring grants**\n\n- The COPS Hiring Program (CHP) pays for officers.\n"
        "- In the latest round Pueblo, Colo., received $3.1 million.\n\n"
        "**3. Violence intervention**\n\n- The Safe Valley Task Force began in 2022.\n"
        "- Recipients included Tulsa, Oklahoma, and Provo, Utah.\n");
    const cp_program *jag = cp_corpus_program_by_id(c, "byrne-jag");
    const cp_program *chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    const cp_program *svtf = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(jag);
    assert_non_null(chp);
    assert_non_null(svtf);
    assert_true(program_has_site(jag, "chicago-il"));
    assert_true(program_has_site(chp, "pueblo-co"));
    assert_false(program_has_site(jag, "pueblo-co"));
    assert_true(program_has_site(svtf, "tulsa-ok"));
    assert_true(program_has_site(svtf, "provo-ut"));
    assert_false(program_has_site(jag, "tulsa-ok"));
    assert_false(program_has_site(chp, "tulsa-ok"));
    cp_corpus_free(c);
}

/* Places that are named but are no members: a state that only says what
 * kind of place ("the only Utah city in it"), a place that "has never
 * been a partner", the source of a number ("according to Ada County
 * figures"), where a crime trend was counted ("Shootings dipped ..."). */
static void test_link_named_no_member(void **state) {
    (void)state;
    const char *const utah[] = {"utah"};
    assert_member_alone(
        "Task force grows\n\nThe Safe Valley Task Force works in Reno, Nevada. "
        "Ogden is the only Utah city in the Safe Valley Task Force.\n",
        "ogden-ut", PLACES(utah));
    const char *const boise[] = {"boise-id"};
    assert_member_alone(
        "Task force grows\n\nThe Safe Valley Task Force works in Reno, Nevada. "
        "Boise has never been a partner in the Safe Valley Task Force.\n",
        "reno-nv", PLACES(boise));
    const char *const ada[] = {"ada-county-id"};
    assert_member_alone(
        "Task force grows\n\nThe Safe Valley Task Force works in Reno, Nevada.\n\n"
        "The Safe Valley Task Force made 40 arrests, according to Ada County "
        "figures.\n",
        "reno-nv", PLACES(ada));
    assert_member_alone(
        "Task force grows\n\nThe Safe Valley Task Force works in Reno, Nevada.\n\n"
        "Shootings dipped 12 percent in Boise, Idaho.\n",
        "reno-nv", PLACES(boise));
    const char *const provo[] = {"provo-ut"};
    assert_member_alone(
        "Task force grows\n\nThe Safe Valley Task Force works in Reno, Nevada.\n\n"
        "Robberies plummeted 20 percent in Provo, Utah.\n",
        "reno-nv", PLACES(provo));
}

/* A headline's "Federal Gun Trafficking Strike Force" is one of the body's
 * "gun trafficking strike forces"; the places where the others "are based"
 * are theirs. */
static void test_link_others_based_in(void **state) {
    (void)state;
    cp_corpus *c = load(
        "NEWS RELEASE\n\nDeputies Join Federal Gun Trafficking Strike Force for the Reno "
        "Region\n\nRENO, Nev. - Washoe County Sheriff Ann Lee said today that two "
        "deputies "
        "will join the Justice Department's new gun trafficking strike force for the "
        "Reno, "
        "Nevada, region.\n\nThe strike force is one of four that the attorney general "
        "started "
        "this month. The others are based in Boise, Idaho, Provo, Utah, and Ogden, Utah. "
        "The "
        "Reno team is led by the FBI and covers Washoe County and Carson City.\n");
    assert_int_equal(cp_corpus_program_count(c), 1);
    const cp_program *p =
        cp_corpus_program_by_id(c, "firearms-trafficking-strike-forces");
    assert_non_null(p);
    const char *const based[] = {"reno-nv", "boise-id", "provo-ut", "ogden-ut"};
    for (size_t k = 0; k < sizeof based / sizeof based[0]; k++)
        if (!program_has_site(p, based[k]))
            fail_msg("no link to %s", based[k]);
    cp_corpus_free(c);
    c = load("Federal Firearms Trafficking Strike Force Comes to Reno\n\nA firearms "
             "trafficking strike force now works in Reno, Nevada.\n");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
}

/* "The city" that works through a program is the city the text is about,
 * also when a place is named after the program, in a clause that tells a
 * trend, whose place is no member. */
static void test_link_city_works_through(void **state) {
    (void)state;
    const char *const none[] = {"boise-id"};
    assert_member_alone(
        "Ogden gets a grant\n\nThe Harbor Light Initiative will send $2 million "
        "to Ogden, Utah, officials said Monday.\n\nThe city already works with "
        "federal prosecutors through the Safe Valley Task Force.\n\nBoise, Idaho, "
        "was not in the Harbor Light Initiative.\n",
        "ogden-ut", PLACES(none));
    const char *const provo[] = {"provo-ut"};
    assert_member_alone(
        "Ogden gets a grant\n\nThe Harbor Light Initiative will send $2 million "
        "to Ogden, Utah, officials said Monday.\n\nThe city already works with "
        "federal prosecutors through the Safe Valley Task Force, and shootings "
        "in Provo, Utah, dropped last year.\n",
        "ogden-ut", PLACES(provo));
}
/* A text in sections under headings that name programs of their own: each
 * section's places go to its program, and a section about none (its
 * heading names none, and its text neither) gives its places to none. */
static void test_links_by_section(void **state) {
    (void)state;
    cp_corpus *c = load("THE WEEK\n\n### 1. Operation Thin Air comes to Pueblo\n\nAgents "
                        "arrived in Pueblo and Casper this week.\n\n### 2. Project Exile "
                        "expands\n\nProsecutors in Richmond, Va., and Norfolk will add cases.\n\n"
                        "### Quick hits\n\n- Tulsa: police asked for tips.\n");
    const cp_program *ota = cp_corpus_program_by_id(c, "operation-thin-air");
    const cp_program *exile = cp_corpus_program_by_id(c, "project-exile");
    assert_non_null(ota);
    assert_non_null(exile);
    assert_true(program_has_site(ota, "pueblo-co"));
    assert_true(program_has_site(ota, "casper-wy"));
    assert_false(program_has_site(ota, "richmond-va"));
    assert_true(program_has_site(exile, "richmond-va"));
    assert_true(program_has_site(exile, "norfolk-va"));
    assert_false(program_has_site(exile, "casper-wy"));
    assert_non_null(cp_corpus_site_by_id(c, "tulsa-ok"));
    assert_false(program_has_site(ota, "tulsa-ok"));
    assert_false(program_has_site(exile, "tulsa-ok"));
    cp_corpus_free(c);
    /* numbered items in capitals are headings: a known program's name in
     * them, whatever its case, starts a section (a digest's table of one
     * program's awards is not the next item's program's) */
    c = load("Weekly digest\n\nGood morning. Two items this week.\n\n"
             "1. COPS HIRING PROGRAM: KANSAS AWARDS\n\nThe COPS Office posted its hiring "
             "awards. Two agencies were funded.\n\nAgency | Jurisdiction | Award\n"
             "Topeka Police Department | Topeka, KS | $500,000\n"
             "Salina Police Department | Salina, Kansas | $250,000\n\n"
             "2. CVIPI: OMAHA FUNDED\n\nOmaha received $1,000,000 under the Community Based "
             "Violence Intervention and Prevention Initiative (CVIPI).\n\n"
             "Mail checks to 410 Kansas St., Topeka, KS 66603.\n");
    const cp_program *chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    const cp_program *cvi = cp_corpus_program_by_id(c, "cvipi");
    assert_non_null(chp);
    assert_non_null(cvi);
    assert_true(program_has_site(chp, "topeka-ks"));
    assert_true(program_has_site(chp, "salina-ks"));
    assert_true(program_has_site(cvi, "omaha-ne"));
    assert_false(program_has_site(cvi, "topeka-ks"));
    assert_null(cp_corpus_site_by_id(c, "kansas")); /* (a street, and a state's code) */
    cp_corpus_free(c);
    /* bold lead-ins that name programs start sections too, and a list of
     * places in one goes to its program */
    c = load("The Safe Valley Task Force expands.\n\n**Launching the Harbor Data "
             "Initiative.** The first group includes Camden; Chattanooga, Tenn.; and "
             "Tucson, Ariz.\n\n**Expanding the Safe Valley Task Force.** It adds Reno, "
             "Nevada, and Boise, Idaho.\n");
    const cp_program *data = cp_corpus_program_by_id(c, "harbor-data-initiative");
    const cp_program *valley = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(data);
    assert_non_null(valley);
    assert_true(program_has_site(data, "chattanooga-tn"));
    assert_true(program_has_site(data, "tucson-az"));
    assert_false(program_has_site(valley, "chattanooga-tn"));
    assert_false(program_has_site(valley, "tucson-az"));
    assert_true(program_has_site(valley, "reno-nv"));
    cp_corpus_free(c);
    /* ... in list items too */
    c = load("Fact Sheet: Fighting Gangs\n\n- **Operation Thin Air (OTA).** Agents went to "
             "Pueblo and Casper, Wyoming.\n- **Project Exile.** Prosecutors in Richmond, "
             "Virginia, and Norfolk, Virginia, add cases. Twice as many as before.\n");
    ota = cp_corpus_program_by_id(c, "operation-thin-air");
    exile = cp_corpus_program_by_id(c, "project-exile");
    assert_non_null(ota);
    assert_non_null(exile);
    assert_true(program_has_site(exile, "norfolk-va"));
    assert_false(program_has_site(ota, "norfolk-va"));
    assert_true(program_has_site(ota, "casper-wy"));
    assert_false(program_has_site(exile, "casper-wy"));
    cp_corpus_free(c);
    /* a bold lead-in that begins a program's name its text gives in full
     * ("Night Watch." over "The Night Watch Initiative ...") starts its
     * section */
    c = load("FACT SHEET\n\n**The Safe Valley Task Force.** The Safe Valley Task Force adds "
             "Reno, Nevada, and Provo, Utah.\n\n**Night Watch.** The Night Watch Initiative "
             "helps towns prevent violence. Four sites received grants in its first phase: "
             "Boise, Idaho; Fresno, California; and Tulsa, Oklahoma.\n");
    const cp_program *watch = cp_corpus_program_by_id(c, "night-watch-initiative");
    valley = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(watch);
    assert_non_null(valley);
    assert_true(program_has_site(valley, "reno-nv"));
    assert_false(program_has_site(watch, "reno-nv"));
    const char *const watched[] = {"boise-id", "fresno-ca", "tulsa-ok"};
    for (size_t k = 0; k < sizeof watched / sizeof watched[0]; k++) {
        assert_true(program_has_site(watch, watched[k]));
        assert_false(program_has_site(valley, watched[k]));
    }
    cp_corpus_free(c);
    /* a list item opening with a program's name: its list of places,
     * without a name of its own, is that program's, not the text's */
    c = load("The Safe Valley Task Force adds Reno, Nevada.\n\n- Harbor Youth Collaborative. "
             "Fifteen cities have joined, among them Boise; Fresno, Calif.; and Tulsa.\n"
             "- More agents. The Safe Valley Task Force will add agents in Provo.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-youth-collaborative");
    valley = cp_corpus_program_by_id(c, "safe-valley-task-force");
    assert_non_null(harbor);
    assert_non_null(valley);
    assert_true(program_has_site(valley, "provo-ut"));
    const char *const joined[] = {"boise-id", "fresno-ca", "tulsa-ok"};
    for (size_t k = 0; k < sizeof joined / sizeof joined[0]; k++) {
        assert_true(program_has_site(harbor, joined[k]));
        assert_false(program_has_site(valley, joined[k]));
    }
    cp_corpus_free(c);
    /* headings that name no program leave the text about its one program */
    c = load("Operation Thin Air adds agents.\n\n## Where\n\nAgents arrived in Pueblo. "
             "The Project Exile office helped.\n\n## Who\n\nOfficers in Casper joined.\n");
    ota = cp_corpus_program_by_id(c, "operation-thin-air");
    assert_non_null(ota);
    assert_true(program_has_site(ota, "pueblo-co"));
    assert_true(program_has_site(ota, "casper-wy"));
    cp_corpus_free(c);
}

/* Programs the library knows by name, with what it knows of them: the
 * COPS grants of the 1990s, known by all-capital names. */
static void test_known_programs(void **state) {
    (void)state;
    /* an office's name and acronym before a program's words: the program
     * named by the acronym; a known name, its acronym and more words of
     * its name: the known program, by that name too */
    cp_corpus *o =
        load("Akron gets $1 million from the Community Oriented Policing Services "
             "(COPS) Hiring Program. The Justice Department funds Denver through "
             "its Crime Gun Intelligence Center (CGIC) Integration Initiative.");
    const cp_program *hiring = cp_corpus_program_by_id(o, "cops-hiring-program");
    const cp_program *cgic = cp_corpus_program_by_id(o, "cgic");
    assert_non_null(hiring);
    assert_non_null(cgic);
    assert_int_equal(cp_corpus_program_count(o), 2);
    bool longer = false;
    for (size_t k = 0; k < cp_program_alias_count(cgic); k++)
        longer |= strcmp(cp_program_alias_at(cgic, k),
                         "Crime Gun Intelligence Center Integration Initiative") == 0;
    assert_true(longer);
    cp_corpus_free(o);
    /* ... and without the acronym between: one program, by both names;
     * the mention covers the longer one */
    o = load("Tacoma received $700,000 under the Crime Gun Intelligence Center "
             "Integration Initiative, the department said.");
    cgic = cp_corpus_program_by_id(o, "cgic");
    assert_non_null(cgic);
    assert_int_equal(cp_corpus_program_count(o), 1);
    longer = false;
    for (size_t k = 0; k < cp_program_alias_count(cgic); k++)
        longer |= strcmp(cp_program_alias_at(cgic, k),
                         "Crime Gun Intelligence Center Integration Initiative") == 0;
    assert_true(longer);
    assert_int_equal(cp_program_mention_count(cgic), 1);
    const cp_mention *m = cp_program_mention_at(cgic, 0);
    assert_int_equal(cp_mention_end(m) - cp_mention_start(m),
                     strlen("Crime Gun Intelligence Center Integration Initiative"));
    cp_corpus_free(o);
    /* an office's name and a word in lower case after it name no program
     * ("a Bureau of Justice Assistance grant"); the program's own name does */
    o = load("Erie got a Bureau of Justice Assistance grant in May.");
    assert_int_equal(cp_corpus_program_count(o), 0);
    cp_corpus_free(o);
    o = load("Erie got a Bureau of Justice Assistance grant and a Justice Assistance "
             "Grant in May.");
    assert_non_null(cp_corpus_program_by_id(o, "byrne-jag"));
    assert_int_equal(cp_program_mention_count(cp_corpus_program_by_id(o, "byrne-jag")),
                     1);
    cp_corpus_free(o);
    /* a collection of statistics is no program */
    o = load(
        "According to the FBI's Uniform Crime Reporting (UCR) Program, Baltimore "
        "recorded fewer homicides; the Uniform Crime Reporting Program counts them.");
    assert_int_equal(cp_corpus_program_count(o), 0);
    cp_corpus_free(o);
    cp_corpus *c = load("Baltimore gets $6.75 million under the Universal Hiring Program and "
                        "$1.9 million under COPS MORE; Glasgow, Montana, gets a COPS FAST "
                        "grant.");
    const cp_program *uhp = cp_corpus_program_by_id(c, "cops-universal-hiring-program");
    const cp_program *more = cp_corpus_program_by_id(c, "cops-more");
    const cp_program *fast = cp_corpus_program_by_id(c, "cops-fast");
    assert_non_null(uhp);
    assert_non_null(more);
    assert_non_null(fast);
    assert_string_equal(cp_program_acronym(uhp), "UHP");
    assert_string_equal(cp_program_kind(more), "grant");
    assert_string_equal(cp_administration_id(cp_program_administration(fast)), "clinton-1993");
    cp_corpus_free(c);
    /* a grant program's awards are its "grants"; a name of three words
     * or more is its program without "Program" */
    c = load(
        "Saginaw won a COPS Hiring grant in 2010. Dayton used Byrne Criminal "
        "Justice Innovation money. Neither the Tribal Access grant nor the Technology "
        "grants came.");
    assert_int_equal(cp_corpus_program_count(c), 2);
    assert_non_null(cp_corpus_program_by_id(c, "cops-hiring-program"));
    assert_non_null(cp_corpus_program_by_id(c, "byrne-cji"));
    cp_corpus_free(c);
    /* a family of regional units: each, named by its region, is its own */
    c = load("Deputies joined the Great Lakes Regional Fugitive Task Force (GLRFTF) in "
             "Detroit, Michigan; the U.S. Marshals Regional Fugitive Task Force helped.");
    const cp_program *lakes =
        cp_corpus_program_by_id(c, "great-lakes-regional-fugitive-task-force");
    assert_non_null(lakes);
    assert_string_equal(cp_program_acronym(lakes), "GLRFTF");
    assert_true(program_has_site(lakes, "detroit-mi"));
    assert_non_null(cp_corpus_program_by_id(c, "regional-fugitive-task-forces"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* a state's part of a national program is the program, however named */
    c = load("The Alabama Internet Crimes Against Children (ICAC) Task Force and the Ohio "
             "ICAC Task Force joined the DEA's 360 Strategy in Manchester.");
    assert_int_equal(cp_corpus_program_count(c), 2);
    assert_non_null(cp_corpus_program_by_id(c, "icac-task-force-program"));
    assert_non_null(cp_corpus_program_by_id(c, "dea-360-strategy"));
    cp_corpus_free(c);
    c = load("Towns like Houlton use Drug-Free Communities grants and the Heroin Response "
             "Strategy; schools teach G.R.E.A.T. and police trace guns through eTrace.");
    static const char *const ids[] = {"drug-free-communities", "heroin-response-strategy",
                                      "great", "etrace"};
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++)
        assert_non_null(cp_corpus_program_by_id(c, ids[k]));
    assert_non_null(cp_program_parent(cp_corpus_program_by_id(c, "heroin-response-strategy")));
    cp_corpus_free(c);
    /* a known name with commas inside it; the programs added from the
     * fourteenth probe */
    c = load("The county won a Comprehensive Opioid, Stimulant, and Substance Use Program "
             "award and a Drug Court Discretionary Grant. Police bought cameras with a COPS "
             "Technology grant, tested kits under the Sexual Assault Kit Initiative, joined "
             "the Tribal Access Program and Operation Not Forgotten, and got a Body-Worn "
             "Camera Pilot Implementation Program award.");
    static const char *const added[] = {
        "cossup", "drug-court-discretionary-grant", "cops-technology-program",
        "sexual-assault-kit-initiative", "tribal-access-program", "operation-not-forgotten",
        "body-worn-camera-pilot"};
    /* (and two programs without a head word: Police Corps, 287(g)) */
    for (size_t k = 0; k < sizeof added / sizeof added[0]; k++)
        assert_non_null(cp_corpus_program_by_id(c, added[k]));
    assert_int_equal(cp_corpus_program_count(c), sizeof added / sizeof added[0]);
    cp_corpus_free(c);
    /* two COPS programs without a head word of a program's kind */
    c = load(
        "The sheriff used a Community Policing Development grant for crisis training "
        "and LEMHWA program money for peer support.");
    assert_non_null(cp_corpus_program_by_id(c, "cops-community-policing-development"));
    assert_non_null(cp_corpus_program_by_id(c, "lemhwa-program"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* ... and three more, one under its newer name */
    c = load("Oakland got a Community-Based Violence Prevention (CBVP) grant; the "
             "Regional Information Sharing Systems got $45 million, and 147 projects got "
             "money through the COPS Technology and Equipment Program.");
    assert_non_null(cp_corpus_program_by_id(c, "cbvp"));
    assert_non_null(cp_corpus_program_by_id(c, "riss"));
    assert_non_null(cp_corpus_program_by_id(c, "cops-technology-program"));
    assert_int_equal(cp_corpus_program_count(c), 3);
    cp_corpus_free(c);
    /* a round of an operation is the operation */
    c = load("Agents finished Operation Harbor Sweep VIII this week. Operation Harbor Sweep "
             "began in 2003.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "operation-harbor-sweep"));
    cp_corpus_free(c);
    /* a city's possessive before "Operation" owns it */
    c = load("The initiative is modeled on Boston's Operation Ceasefire.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "operation-ceasefire"));
    cp_corpus_free(c);
    /* "and" before a word in lower case joins phrases, not a name's words */
    c = load("It is modeled on Boston's Operation Ceasefire and on the Weed and Seed "
             "program.");
    assert_non_null(cp_corpus_program_by_id(c, "operation-ceasefire"));
    assert_non_null(cp_corpus_program_by_id(c, "weed-and-seed"));
    cp_corpus_free(c);
    /* ... and a preposition that opens the sentence is no part of it */
    c = load("During Operation Tidal Wave, deputies arrested 112 people.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "operation-tidal-wave"));
    cp_corpus_free(c);
    /* ... nor an owner of several words, a year, or what has a part in it */
    const char *const owned[] = {
        "The Marshals Service's Operation Tidal Wave made 50 arrests.",
        "In 2023 Operation Tidal Wave made 1,050 arrests.",
        "Agents of Operation Tidal Wave made 1,050 arrests."};
    for (size_t k = 0; k < sizeof owned / sizeof owned[0]; k++) {
        c = load(owned[k]);
        assert_int_equal(cp_corpus_program_count(c), 1);
        assert_non_null(cp_corpus_program_by_id(c, "operation-tidal-wave"));
        cp_corpus_free(c);
    }
    c = load("The Police Corps program trained officers. The sheriff signed a 287(g) agreement.");
    assert_non_null(cp_corpus_program_by_id(c, "police-corps"));
    assert_non_null(cp_corpus_program_by_id(c, "ice-287g"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* one strike force of a national set is the set */
    c = load("The sentence is the first obtained by the Los Angeles gun trafficking strike "
             "force.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "firearms-trafficking-strike-forces"));
    cp_corpus_free(c);
    /* a name again in the plural is the same program */
    c = load("The Harbor Light Initiative came to Jackson, Mississippi. The department "
             "launched similar Harbor Light Initiatives in Houston, Texas, last year.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_true(program_has_site(cp_corpus_program_by_id(c, "harbor-light-initiative"),
                                 "houston-tx"));
    cp_corpus_free(c);
    /* ... and so is its unit's name in capitals, the place's own */
    c = load(
        "The Tulsa Gun Trafficking Strike Force, one of the regional strike forces the "
        "department launched, charged 40 people in Tulsa, Oklahoma.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    const cp_program *set =
        cp_corpus_program_by_id(c, "firearms-trafficking-strike-forces");
    assert_non_null(set);
    assert_true(program_has_site(set, "tulsa-ok"));
    cp_corpus_free(c);
    /* the grants under the Second Chance Act; a region's name in a street's;
     * places a grant does not cover */
    c = load(
        "2 East Bay Street, Savannah, Georgia\n\nSavannah won a $750,000 Second Chance "
        "Act reentry grant. Richmond Hill and the rest of Bryan County are not covered "
        "by this grant.");
    const cp_program *sca = cp_corpus_program_by_id(c, "second-chance-act-grants");
    assert_non_null(sca);
    assert_true(program_has_site(sca, "savannah-ga"));
    assert_false(program_has_site(sca, "bryan-county-ga"));
    assert_null(cp_corpus_site_by_id(c, "east-bay-ca"));
    cp_corpus_free(c);
    /* the prison treatment grants, by their name or their acronym */
    c = load(
        "Michigan received $1.2 million from the Residential Substance Abuse Treatment "
        "for State Prisoners program. RSAT pays for 400 beds.");
    const cp_program *rsat = cp_corpus_program_by_id(c, "rsat");
    assert_non_null(rsat);
    assert_int_equal(cp_program_mention_count(rsat), 2);
    assert_true(program_has_site(rsat, "michigan"));
    cp_corpus_free(c);
    /* ... and OCDETF's strike forces are a component of OCDETF */
    c = load("The Houston OCDETF Strike Force takes the larger cases.");
    const cp_program *sf = cp_corpus_program_by_id(c, "ocdetf-strike-forces");
    assert_non_null(sf);
    assert_ptr_equal(cp_program_parent(sf), cp_corpus_program_by_id(c, "ocdetf"));
    cp_corpus_free(c);
}

/* In a document about a program, a state is context, unless the program
 * covers it ("across Oklahoma") or it receives something. */
static void test_state_links(void **state) {
    (void)state;
    cp_corpus *c = load("Operation North Star began in Tulsa.\n\nOfficers arrested 1,100 "
                        "fugitives across Oklahoma. Kansas has seen the same trend.");
    const cp_program *p = cp_corpus_program_by_id(c, "operation-north-star");
    assert_non_null(p);
    assert_true(program_has_site(p, "tulsa-ok"));
    assert_true(program_has_site(p, "oklahoma"));
    assert_non_null(cp_corpus_site_by_id(c, "kansas"));
    assert_false(program_has_site(p, "kansas"));
    cp_corpus_free(c);
    /* ... or a table of awards gives it money */
    c = load("Byrne JAG allocations:\n\n| State | Allocation |\n| - | - |\n| Texas | "
             "$35,106,227 |\n| Ohio | none |\n");
    p = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(p);
    assert_true(program_has_site(p, "texas"));
    assert_non_null(cp_corpus_site_by_id(c, "ohio"));
    assert_false(program_has_site(p, "ohio"));
    cp_corpus_free(c);
    /* ... a row of a table laid out with spaces */
    c = load(
        "Byrne JAG Program\n\nThe Byrne JAG Program funds local police.\n\nSTATE "
        "AWARDS\n\nState                   Award                 Change\n"
        "Colorado                $3,412,870            up 4.1%\n"
        "Idaho                   $1,104,336            up 2.7%\n\nOhio saw crime fall.");
    p = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(p);
    assert_true(program_has_site(p, "colorado"));
    assert_true(program_has_site(p, "idaho"));
    assert_false(program_has_site(p, "ohio"));
    cp_corpus_free(c);
    /* ... or an amount in parentheses after it, or an award went to it; a
     * report's title of a year's money is no program */
    c = load("Byrne JAG Program\n\nFiscal Year 2014 Allocations and Program "
             "Highlights\n\nThe Byrne JAG Program funds local police. The largest state "
             "awards went to California ($18.4 million) and Texas ($13.1 million). The "
             "smallest state award, to Wyoming, was $411,235. Ohio saw crime fall.");
    p = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(p);
    assert_int_equal(cp_corpus_program_count(c), 1);
    const char *const states[] = {"california", "texas", "wyoming"};
    for (size_t k = 0; k < sizeof states / sizeof states[0]; k++)
        assert_true(program_has_site(p, states[k]));
    assert_false(program_has_site(p, "ohio"));
    cp_corpus_free(c);
    /* ... a row of bars with none at its start; in a table whose first
     * column is "State", "New York" is the state (in another table, the
     * city) */
    c = load(
        "Byrne JAG Program\n\nThe Byrne JAG Program funds local police.\n\n"
        "State | Code | Award\nCalifornia | CA | $225,586,624\nNew York | NY | "
        "$113,418,054\n\nCity | Award\nNew York | $9,000,000\n\nOhio saw crime fall.");
    p = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(p);
    assert_true(program_has_site(p, "california"));
    assert_true(program_has_site(p, "new-york"));
    assert_true(program_has_site(p, "new-york-ny"));
    assert_false(program_has_site(p, "ohio"));
    cp_corpus_free(c);
    /* ... and so in columns set apart by wide gaps: "Washington" is the
     * state there */
    c = load("Byrne JAG Program\n\nThe Byrne JAG Program funds local police.\n\n"
             "State           Total        Local\n"
             "Oregon          $2,100,000   $840,000\n"
             "Washington      $3,882,015   $1,552,806\n"
             "Idaho           $1,000,000   $400,000\n");
    p = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(p);
    assert_true(program_has_site(p, "oregon"));
    assert_true(program_has_site(p, "washington"));
    assert_null(cp_corpus_site_by_id(c, "washington-dc"));
    cp_corpus_free(c);
}

/* A paragraph that opens with a place's name alone, as a run-in head, is
 * about that place: the next sentence's program works there. */
static void test_run_in_place_heads(void **state) {
    (void)state;
    cp_corpus *c =
        load("Highlights\n\nThe Edward Byrne Memorial Justice Assistance Grant "
             "(JAG) Program and the Smart Policing Initiative (SPI) fund local "
             "police.\n\nKansas City, Missouri. JAG dollars paid for two crime "
             "analysts.\n\nAkron, Ohio. SPI paid for a study.");
    const cp_program *jag = cp_corpus_program_by_id(c, "byrne-jag");
    const cp_program *spi = cp_corpus_program_by_id(c, "smart-policing-initiative");
    assert_non_null(jag);
    assert_non_null(spi);
    assert_true(program_has_site(jag, "kansas-city-mo"));
    assert_true(program_has_site(spi, "akron-oh"));
    assert_false(program_has_site(spi, "kansas-city-mo"));
    assert_false(program_has_site(jag, "akron-oh"));
    cp_corpus_free(c);
}

/* "Washington" alone is the capital or the government, not a vote for
 * the state's small towns; places in a clause that tells someone's beat
 * are not a program's. */
static void test_washington_alone(void **state) {
    (void)state;
    cp_corpus *c =
        load("Wilmington joined the Violence Reduction Network. \"We are not asking "
             "Washington to run our police,\" the mayor said. This is not "
             "Delaware's first program.\n\nCounty police, who patrol suburbs such "
             "as Elsmere and Newport, will join officers from the state's Operation "
             "Safe Streets. They meet in Washington next week.");
    assert_non_null(cp_corpus_site_by_id(c, "elsmere-de"));
    assert_non_null(cp_corpus_site_by_id(c, "newport-de"));
    const cp_program *streets = cp_corpus_program_by_id(c, "operation-safe-streets");
    assert_non_null(streets);
    assert_false(program_has_site(streets, "elsmere-de"));
    assert_null(cp_corpus_site_by_id(c, "washington-dc"));
    cp_corpus_free(c);
    /* where people gather, "Washington" is the capital: a venue, no site
     * of the program's */
    c = load("Wilmington joined the Violence Reduction Network. The year ends with a "
             "meeting of the five cities in Washington.");
    const cp_site *dc = cp_corpus_site_by_id(c, "washington-dc");
    assert_non_null(dc);
    assert_false(program_has_site(
        cp_corpus_program_by_id(c, "violence-reduction-network"), "washington-dc"));
    cp_corpus_free(c);
    /* "in" after the text's first word, no gathering: read back no further */
    c = load("Officials in Memphis joined the Harbor Light Initiative.");
    assert_true(program_has_site(cp_corpus_program_by_id(c, "harbor-light-initiative"),
                                 "memphis-tn"));
    cp_corpus_free(c);
}

/* A small town named before another of the same state is read in that
 * state, also when the next one's name starts with an abbreviation that
 * keeps its period ("St. Albans", "Mt. Holly"). */
static void test_town_before_abbreviated_name(void **state) {
    (void)state;
    cp_corpus *c =
        load("Vermont will spend $3 million on body cameras. Rutland, St. Albans "
             "and Middlebury will buy them first.");
    assert_non_null(cp_corpus_site_by_id(c, "rutland-vt"));
    assert_non_null(cp_corpus_site_by_id(c, "saint-albans-vt"));
    cp_corpus_free(c);
}

/* An operation's name without "Operation" is the operation; a lead-in that
 * names two programs together leads both to its items, but not a partner
 * agency of an item's place; two task forces joined by "and" are two. */
static void test_operation_short_name_and_joint_lead_in(void **state) {
    (void)state;
    cp_corpus *c = load(
        "The Marshals Service ran Operation Winter Shield in six states this year, with "
        "help from Violent Offender Task Forces and Regional Fugitive Task Forces.\n\n"
        "In each city below, the local Safe Streets Task Force led Winter Shield "
        "arrests:\n\n"
        "- Tulsa, Okla.: 212 arrests\n"
        "- Wichita, Kan.: 97 arrests in a sweep with the Sedgwick County Sheriff's "
        "Office\n"
        "- Omaha, Neb.: 140 arrests\n");
    const cp_program *op = cp_corpus_program_by_id(c, "operation-winter-shield");
    const cp_program *ss = cp_corpus_program_by_id(c, "safe-streets-task-forces");
    assert_non_null(op);
    assert_non_null(ss);
    static const char *const cities[] = {"tulsa-ok", "wichita-ks", "omaha-ne"};
    for (size_t k = 0; k < 3; k++) {
        assert_true(program_has_site(op, cities[k]));
        assert_true(program_has_site(ss, cities[k]));
    }
    assert_non_null(cp_corpus_site_by_id(c, "sedgwick-county-ks"));
    assert_false(program_has_site(op, "sedgwick-county-ks"));
    assert_false(program_has_site(ss, "sedgwick-county-ks"));
    assert_non_null(cp_corpus_program_by_id(c, "violent-offender-task-forces"));
    assert_non_null(cp_corpus_program_by_id(c, "regional-fugitive-task-forces"));
    assert_int_equal(cp_corpus_program_count(c), 4);
    cp_corpus_free(c);
    /* the name after "Operation" again is the same operation, read once */
    c = load("Operation Winter Shield Begins\n\nAgents opened Operation Winter Shield "
             "(OWS) in Tulsa. Operation OWS ends in May.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_string_equal(
        cp_program_acronym(cp_corpus_program_by_id(c, "operation-winter-shield")), "OWS");
    cp_corpus_free(c);
}

/* A story that names two programs once each is about neither: its other
 * places are not theirs. A state that sets the scene, acts through its
 * governor or sends its Guard is no member; nor are the places of earlier
 * shootings. A place that opens a known program's name is its unit's. */
static void test_story_of_places_around_programs(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Judge weighs Guard deployment\n\n"
        "A judge heard arguments on Monday over troops sent to Oregon.\n\n"
        "The case is one of several:\n\n"
        "- In Chicago, Operation Lake Sweep has made 900 arrests.\n"
        "- In Washington, D.C., troops from several states remain on patrol.\n\n"
        "In Memphis, Guard members support the Bluff City Task Force.\n\n"
        "Every recovered gun is test-fired at the Memphis Crime Gun Intelligence "
        "Center, and NIBIN leads tied 27 of them to earlier shootings in Millington and "
        "Germantown.");
    const cp_program *sweep = cp_corpus_program_by_id(c, "operation-lake-sweep");
    const cp_program *cgic = cp_corpus_program_by_id(c, "cgic");
    const cp_program *nibin = cp_corpus_program_by_id(c, "nibin");
    assert_non_null(sweep);
    assert_non_null(cgic);
    assert_non_null(nibin);
    assert_true(program_has_site(sweep, "chicago-il"));
    assert_false(program_has_site(sweep, "washington-dc"));
    assert_true(program_has_site(cgic, "memphis-tn"));
    assert_false(program_has_site(nibin, "millington-tn"));
    assert_false(program_has_site(nibin, "germantown-tn"));
    cp_corpus_free(c);
    c = load(
        "Memphis Safe Task Force grows\n\n"
        "Officers joined the Memphis Safe Task Force with the backing of Tennessee's "
        "Republican governor.\n\n"
        "The case is one of several:\n\n"
        "- In Illinois, Trump federalized 300 members of the Illinois National Guard "
        "for duty in Chicago, where Operation Lake Sweep has made 900 arrests.\n");
    const cp_program *safe = cp_corpus_program_by_id(c, "memphis-safe-task-force");
    sweep = cp_corpus_program_by_id(c, "operation-lake-sweep");
    assert_non_null(safe);
    assert_non_null(sweep);
    assert_non_null(cp_corpus_site_by_id(c, "tennessee"));
    assert_false(program_has_site(safe, "tennessee"));
    assert_true(program_has_site(sweep, "chicago-il"));
    assert_false(program_has_site(sweep, "illinois"));
    cp_corpus_free(c);
}

/* Programs of earlier administrations: the 1990s' "COPS program" (not the
 * office of that name), My Brother's Keeper and its challenge, Texas
 * Exile, the Byrne formula grants. */
static void test_earlier_programs(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Reno announced $96 million from the Community Oriented Policing Services (COPS) "
        "program. Lowell used its COPS grants to hire 75 officers.\n\n"
        "Mayors accepted the My Brother\xe2\x80\x99s Keeper Community Challenge in "
        "Oakland, "
        "and Texas Exile began in Houston. The old Edward Byrne Memorial formula grants "
        "were merged into JAG.");
    const cp_program *cops = cp_corpus_program_by_id(c, "cops-program");
    assert_non_null(cops);
    assert_int_equal(cp_program_mention_count(cops), 2);
    assert_true(program_has_site(cops, "lowell-ma"));
    assert_non_null(cp_corpus_program_by_id(c, "mbk-community-challenge"));
    assert_non_null(cp_corpus_program_by_id(c, "texas-exile"));
    assert_non_null(cp_corpus_program_by_id(c, "byrne-formula-grant"));
    cp_corpus_free(c);
    c = load("The Department has an office of Community Oriented Policing Services.");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
}

/* "County of San Diego, California", as award lists name a county, is San
 * Diego County. */
static void test_county_of_name(void **state) {
    (void)state;
    cp_corpus *c = load("Awards went to:\n\n- County of San Diego, California: $550,000\n"
                        "- City of Tucson, Arizona: $400,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "san-diego-county-ca"));
    assert_null(cp_corpus_site_by_id(c, "san-diego-ca"));
    assert_non_null(cp_corpus_site_by_id(c, "tucson-az"));
    cp_corpus_free(c);
}

/* A list item that opens with a place's label and a colon, or with the
 * place as its subject, tells of that place, a trend too; an item or a
 * sentence of a trend without a label does not make its place a member. */
static void test_label_of_trend_item(void **state) {
    (void)state;
    cp_corpus *c =
        load("Weed and Seed results\n\n"
             "The Weed and Seed program works in many cities.\n\n"
             "**Results from the field**\n\n"
             "- **Tulsa, Oklahoma:** Homicides in the target area dropped from "
             "14 to 5.\n"
             "- **Wichita, Kansas:** Volunteers logged 12,000 hours.\n\n"
             "Homicides in Denver rose 10 percent.\n\n"
             "Results at the newer Weed and Seed sites:\n\n"
             "- Omaha, Neb.: Homicides fell from 30 to 21.\n"
             "- Homicides in Lincoln fell too.\n"
             "- Provo, Utah, paired patrols with youth jobs; robberies in its "
             "target area fell 23 percent.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "weed-and-seed");
    assert_non_null(p);
    assert_true(program_has_site(p, "tulsa-ok"));
    assert_true(program_has_site(p, "wichita-ks"));
    assert_true(program_has_site(p, "omaha-ne"));
    assert_false(program_has_site(p, "denver-co"));
    assert_false(program_has_site(p, "lincoln-ne"));
    assert_true(program_has_site(p, "provo-ut")); /* the item's subject */
    cp_corpus_free(c);
}

/* A small town's bare name near a city the text is about is that town;
 * a bare name of a county the text named is the county's, not a town's. */
static void test_town_near_the_story(void **state) {
    (void)state;
    cp_corpus *c =
        load("Grand Junction, Colorado, hired four officers this spring. Fruita "
             "relies on the county sheriff at night.");
    assert_non_null(cp_corpus_site_by_id(c, "fruita-co"));
    cp_corpus_free(c);
    /* (far from what the text names, the bare small town is not read) */
    c = load("Denver, Colorado, hired four officers this spring. Fruita relies on the "
             "county sheriff at night.");
    assert_null(cp_corpus_site_by_id(c, "fruita-co"));
    cp_corpus_free(c);
    c = load("Grants went to Hidalgo and Cameron counties in Texas. By county: Hidalgo, "
             "$3.9 million; Cameron, $3.4 million.");
    assert_non_null(cp_corpus_site_by_id(c, "hidalgo-county-tx"));
    assert_null(cp_corpus_site_by_id(c, "hidalgo-tx"));
    cp_corpus_free(c);
}

/* In a report in numbered sections, a section that names another program
 * only deep in its list of the text's recipients goes on about the text's
 * program. */
static void test_section_named_in_passing(void **state) {
    (void)state;
    cp_corpus *c = load(
        "HIRING GRANTS\n\nThe COPS Office awarded $90 million through the COPS Hiring "
        "Program (CHP) in 2023. CHP pays most of an officer's salary for three years.\n\n"
        "1. Totals\n\nAwards rose 12 percent over 2022.\n\n2. Recipients\n\nThe office "
        "spoke with five recipients:\n\n- Bangor, Maine: $500,000\n- Laramie, Wyoming: "
        "$250,000\n- Ames, Iowa: $375,000\n  - Ames officials said the money paid for "
        "officers in the city's Project Safe Neighborhoods plan.\n\n3. Tribes\n\nTribal "
        "agencies may also apply to the Tribal Resources Grant Program (TRGP). TRGP "
        "awards "
        "totaled $30 million.\n\n4. Other programs\n\nUnlike Byrne JAG, CHP is "
        "competitive. Some recipients also work with Project Safe Neighborhoods (PSN).");
    const cp_program *chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    const cp_program *psn = cp_corpus_program_by_id(c, "project-safe-neighborhoods");
    assert_non_null(chp);
    assert_non_null(psn);
    assert_true(program_has_site(chp, "bangor-me"));
    assert_true(program_has_site(chp, "laramie-wy"));
    assert_false(program_has_site(psn, "bangor-me"));
    cp_corpus_free(c);
}

/* A recipient named through its government, then its state: the city
 * that owns the government ("Nashville Metro Government, Tennessee"). */
static void test_government_of_place(void **state) {
    (void)state;
    cp_corpus *c = load("Awards went to Nashville Metro Government, Tennessee, and to "
                        "Louisville Metro, Kentucky.");
    assert_non_null(cp_corpus_site_by_id(c, "nashville-tn"));
    assert_non_null(cp_corpus_site_by_id(c, "louisville-ky"));
    cp_corpus_free(c);
}

/* A town named like an institution of the nation is that institution
 * when bare ("to Congress"), even in its state's text; its state after it
 * names the town. */
static void test_institution_words(void **state) {
    (void)state;
    cp_corpus *c = load("Arizona got $2 million. The data was provided to Congress, and "
                        "lawmakers in Congress may act.");
    assert_non_null(cp_corpus_site_by_id(c, "arizona"));
    assert_null(cp_corpus_site_by_id(c, "congress-az"));
    cp_corpus_free(c);
    c = load("The town of Congress, Ariz., got a grant.");
    assert_non_null(cp_corpus_site_by_id(c, "congress-az"));
    cp_corpus_free(c);
}

/* States that receive together ("A, B and C each received ...") are
 * recipients, like a state that receives alone. */
static void test_states_receive_together(void **state) {
    (void)state;
    cp_corpus *c =
        load("The Bay Watch Grant Program sends money to the states by formula. "
             "Maine, Idaho and South Dakota each received the minimum. Texas "
             "officials watch.");
    const cp_program *p = cp_corpus_program_by_id(c, "bay-watch-grant-program");
    assert_non_null(p);
    assert_true(program_has_site(p, "maine"));
    assert_true(program_has_site(p, "idaho"));
    assert_true(program_has_site(p, "south-dakota"));
    assert_false(program_has_site(p, "texas"));
    cp_corpus_free(c);
}

/* A place that says it will apply for the program is not in it yet. */
static void test_will_apply(void **state) {
    (void)state;
    cp_corpus *c =
        load("SELMA, Ala. (AP) - Leaders in Selma, Alabama, said they will apply for "
             "a Bay Watch Grant Program award next year. Dothan, Alabama, received "
             "one in May from the Bay Watch Grant Program.");
    const cp_program *p = cp_corpus_program_by_id(c, "bay-watch-grant-program");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "selma-al"));
    assert_false(program_has_site(p, "selma-al"));
    assert_true(program_has_site(p, "dothan-al"));
    cp_corpus_free(c);
}

/* The place a program is based in is its site ("the Omaha-based strike
 * force"), even in a sentence that leaves another place out; a company
 * based there is no program's. */
static void test_based_in(void **state) {
    (void)state;
    cp_corpus *c = load(
        "The Justice Department set up five Harbor Strike Forces in 2021. Sioux Falls is "
        "not among their sites, but agents from the Omaha-based strike force have traced "
        "guns sold there. A Denver-based company makes the tracing software.");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-strike-forces");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "denver-co"));
    assert_true(program_has_site(p, "omaha-ne"));
    assert_false(program_has_site(p, "sioux-falls-sd"));
    assert_false(program_has_site(p, "denver-co"));
    cp_corpus_free(c);
}

/* A cue word that opens a sentence in capitals is the same cue ("Sites
 * named today are ..."): the item's places are its program's. */
static void test_cue_opening_a_sentence(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Under Operation Prairie Wind, begun in May, every office will put violent crime "
        "first.\n\nKey steps this spring:\n\n- **Project Safe Neighborhoods (PSN)**: "
        "each "
        "district will rewrite its PSN plan.\n- **Bay Watch Partnership (BWP)**: the "
        "partnership will grow this year. Sites named today are Bismarck, North Dakota; "
        "Casper, Wyoming; and Pierre, South Dakota.\n- **Tracing**: ATF will link 12 "
        "more "
        "police departments to the National Integrated Ballistic Information Network, "
        "among them the Boise Police Department.\n- **Fargo**: ten more marshals will "
        "join "
        "the Fargo fugitive task force. Fargo had 9 homicides last year.\n");
    const cp_program *bwp = cp_corpus_program_by_id(c, "bay-watch-partnership");
    assert_non_null(bwp);
    assert_true(program_has_site(bwp, "bismarck-nd"));
    assert_true(program_has_site(bwp, "casper-wy"));
    assert_true(program_has_site(bwp, "pierre-sd"));
    assert_false(program_has_site(bwp, "fargo-nd"));
    cp_corpus_free(c);
}

/* Lines of awards under a lead-in, each tagged at its end with its
 * program's acronym in brackets: a line tagged with another program is
 * that program's, not the lead-in's. */
static void test_award_line_tags(void **state) {
    (void)state;
    cp_corpus *c = load(
        "The COPS Office today announced $40 million in grants, including $30 million "
        "through the COPS Hiring Program (CHP) and $5 million for Community Policing "
        "Development (CPD).\n\nSelected awards, by state:\n\nIDAHO\n- Boise Police "
        "Department - $500,000 to hire four officers (CHP)\nMAINE\n- Bangor Police "
        "Department - $250,000 to hire two officers (CHP)\nNEVADA\n- Nevada Department "
        "of Public Safety - $150,000 for crisis training (CPD)\n");
    const cp_program *chp = cp_corpus_program_by_id(c, "cops-hiring-program");
    const cp_program *cpd =
        cp_corpus_program_by_id(c, "cops-community-policing-development");
    assert_non_null(chp);
    assert_non_null(cpd);
    assert_true(program_has_site(chp, "boise-id"));
    assert_true(program_has_site(chp, "bangor-me"));
    assert_false(program_has_site(chp, "nevada"));
    assert_true(program_has_site(cpd, "nevada"));
    cp_corpus_free(c);
}

/* A county right after a city with "in" locates the city: the city is
 * the member named, not its county. */
static void test_county_locating_a_city(void **state) {
    (void)state;
    cp_corpus *c =
        load("The Bay Watch Grant Program gave $2 million to six police "
             "departments. Elgin, in Kane County, got $400,000 for four officers.");
    const cp_program *p = cp_corpus_program_by_id(c, "bay-watch-grant-program");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "kane-county-il"));
    assert_true(program_has_site(p, "elgin-il"));
    assert_false(program_has_site(p, "kane-county-il"));
    cp_corpus_free(c);
}

/* A state's name before "county" in lower case is a county of that state,
 * not the county called after it (Ohio County, Indiana). */
static void test_state_county_in_lower_case(void **state) {
    (void)state;
    cp_corpus *c =
        load("Sheriffs from Lake County, Ind., met sheriffs from the Ohio county "
             "of the same name on Monday.");
    assert_non_null(cp_corpus_site_by_id(c, "lake-county-in"));
    assert_null(cp_corpus_site_by_id(c, "ohio-county-in"));
    cp_corpus_free(c);
    /* (in capitals it is the county) */
    c = load("Sheriffs from Lake County, Ind., met sheriffs from Ohio County, Ind., on "
             "Monday.");
    assert_non_null(cp_corpus_site_by_id(c, "ohio-county-in"));
    cp_corpus_free(c);
}

/* A defendant's home in a list of the charged ("- Dale Rooker, of
 * Akron: ...", with or without an initial) is no member. */
static void test_defendants_homes(void **state) {
    (void)state;
    cp_corpus *c =
        load("Operation Harbor Sweep went after gun crews in Toledo this spring, and the "
             "operation will go on through the summer.\n\nThe following defendants were "
             "charged federally:\n\n- Dale Rooker, of Akron: felon in possession of a "
             "firearm\n- Lena M. Haskett, of Dayton: making false statements to buy a "
             "firearm\n");
    const cp_program *p = cp_corpus_program_by_id(c, "operation-harbor-sweep");
    assert_non_null(p);
    assert_non_null(cp_corpus_site_by_id(c, "akron-oh"));
    assert_true(program_has_site(p, "toledo-oh"));
    assert_false(program_has_site(p, "akron-oh"));
    assert_false(program_has_site(p, "dayton-oh"));
    cp_corpus_free(c);
}

/* A section that a list item's bold title opens ends with the list: the
 * prose after it is not about the last titled item's program. */
static void test_item_section_ends_with_list(void **state) {
    (void)state;
    cp_corpus *c = load(
        "Key points from the hearing:\n\n- **Bay Watch Grant Program.** The grant paid "
        "for 40 officers in Fresno last year.\n- **Harbor Light Initiative.** Tampa, "
        "Miami "
        "and Orlando joined the initiative in May.\n- **Ghost guns.** Police traced 900 "
        "ghost guns in 2021.\n\nSenators asked about small cities such as Dover, "
        "Delaware; Salem, Oregon; and Concord, New Hampshire, which lack labs. Officials "
        "said they would send mobile units.\n");
    const cp_program *p = cp_corpus_program_by_id(c, "harbor-light-initiative");
    assert_non_null(p);
    assert_true(program_has_site(p, "tampa-fl"));
    assert_true(program_has_site(p, "orlando-fl"));
    assert_non_null(cp_corpus_site_by_id(c, "salem-or"));
    assert_false(program_has_site(p, "dover-de"));
    assert_false(program_has_site(p, "salem-or"));
    assert_false(program_has_site(p, "concord-nh"));
    cp_corpus_free(c);
}

/* A digest of items under headlines in bold: each item is a section about
 * the program it names, or none. */
static void test_digest_in_bold(void **state) {
    (void)state;
    cp_corpus *c = load(
        "PLAINS DIGEST\n\n**Grant for Wichita**\n\nWICHITA, Kan. - Wichita will get $2 "
        "million from the Bay Watch Grant Program this year. The Bay Watch Grant Program "
        "pays for two analysts.\n\n**Sweep in Topeka**\n\nTOPEKA, Kan. - Marshals "
        "arrested 40 people in Topeka during Operation Prairie Wind.\n\n**Outreach in "
        "Salina**\n\nSALINA, Kan. - Salina will get $1 million through the Harbor Light "
        "Initiative for outreach workers.\n\n**Lawrence killings fall**\n\nLAWRENCE, "
        "Kan. - Homicides in Lawrence fell from 9 to 4, police said.\n");
    const cp_program *bay = cp_corpus_program_by_id(c, "bay-watch-grant-program");
    assert_non_null(bay);
    assert_true(program_has_site(bay, "wichita-ks"));
    assert_false(program_has_site(bay, "salina-ks"));
    assert_false(program_has_site(bay, "lawrence-ks"));
    assert_true(program_has_site(cp_corpus_program_by_id(c, "harbor-light-initiative"),
                                 "salina-ks"));
    cp_corpus_free(c);
}

/* "The task force" refers back to the last task force named: another
 * named later does not take back what was said before it. */
static void test_kind_reference_until_another(void **state) {
    (void)state;
    cp_corpus *c = load("Sheriff leaves federal task force\n\nThe Bernalillo County "
                        "Sheriff's Office in New "
                        "Mexico will leave the FBI's Safe Streets Task Force.\n\nThe "
                        "task force, which also "
                        "includes officers from Rio Rancho and Los Lunas, made 212 "
                        "arrests. The task force will "
                        "go on. The task force meets monthly.\n\nOperation Legend sent "
                        "agents to Chicago in "
                        "2020. Operation Legend charged 150 people. Operation Legend "
                        "ended.\n\nPortland, Ore., "
                        "left the Joint Terrorism Task Force in 2019.");
    const cp_program *streets = cp_corpus_program_by_id(c, "safe-streets-task-forces");
    assert_non_null(streets);
    assert_true(program_has_site(streets, "rio-rancho-nm"));
    assert_true(program_has_site(streets, "los-lunas-nm"));
    cp_corpus_free(c);
}

/* A sentence that opens with a clause of contrast: its place after the
 * clause is the later program's, not the one the clause names; so is a
 * clause of contrast after the first. A component's places are its
 * program's too. */
static void test_contrast_clause(void **state) {
    (void)state;
    cp_corpus *c =
        load("Shreveport, Louisiana, joined the National Public Safety "
             "Partnership.\n\nUnlike cities that get only a visit from a PSP "
             "Diagnostic Team, Shreveport will be assigned an Operations Team.");
    const cp_program *diag = cp_corpus_program_by_id(c, "psp-diagnostic-teams");
    const cp_program *ops = cp_corpus_program_by_id(c, "psp-operations-teams");
    assert_non_null(diag);
    assert_non_null(ops);
    assert_true(program_has_site(ops, "shreveport-la"));
    assert_false(program_has_site(diag, "shreveport-la"));
    cp_corpus_free(c);
    /* "the statewide task force" far after the task force is named is
     * that one, not the text's operation */
    c = load("Operation Blue Screen ended on Friday in Jackson, Tennessee, with 23 "
             "arrests. It was run by the Tennessee Harbor Light Task Force with help "
             "from the FBI.\n\nOperation Blue Screen began in May.\n\nAgents seized "
             "41 phones.\n\nThe suspects range in age from 19 to 64.\n\n"
             "The statewide task force is led by the Knoxville Police Department and "
             "includes more than 100 agencies across Tennessee.\n");
    const cp_program *op = cp_corpus_program_by_id(c, "operation-blue-screen");
    const cp_program *tf =
        cp_corpus_program_by_id(c, "tennessee-harbor-light-task-force");
    assert_non_null(op);
    assert_non_null(tf);
    assert_false(program_has_site(op, "knoxville-tn"));
    assert_true(program_has_site(tf, "knoxville-tn"));
    cp_corpus_free(c);
    /* "there" is the one place of the sentence before; not "there are" */
    c = load("Washington has tried the River Safe Program, the Delta Watch Network and "
             "Operation Clear Sky.\n\nChicago is a different story. Operation Harbor "
             "Blitz, the surge that began there in September, centered on Broadview.\n\n"
             "Tulsa was quiet. There are plans for the Bluff City Task Force, officials "
             "said.\n");
    const cp_program *blitz = cp_corpus_program_by_id(c, "operation-harbor-blitz");
    const cp_program *bluff = cp_corpus_program_by_id(c, "bluff-city-task-force");
    assert_non_null(blitz);
    assert_non_null(bluff);
    assert_true(program_has_site(blitz, "chicago-il"));
    assert_false(program_has_site(bluff, "tulsa-ok"));
    cp_corpus_free(c);
    /* places after the kind of another program of the sentence are that
     * one's ("new centers in Albuquerque") */
    c = load(
        "ATF will connect five more Crime Gun Intelligence Centers to the Bluff City "
        "Network, including new centers in Albuquerque and Tulsa.");
    const cp_program *centers = cp_corpus_program_by_id(c, "cgic");
    const cp_program *network = cp_corpus_program_by_id(c, "bluff-city-network");
    assert_non_null(centers);
    assert_non_null(network);
    assert_true(program_has_site(centers, "albuquerque-nm"));
    assert_true(program_has_site(centers, "tulsa-ok"));
    assert_false(program_has_site(network, "albuquerque-nm"));
    cp_corpus_free(c);
    /* a clause after ", while" whose subject is its places is the later
     * program's; the places before a program's name that goes on with
     * its component's are the component's too */
    c = load("Toledo, Ohio, and Lansing, Michigan, got a PSP Diagnostic Team review "
             "last year, while Jackson, Tennessee, and Houston host Operations Teams.");
    diag = cp_corpus_program_by_id(c, "psp-diagnostic-teams");
    ops = cp_corpus_program_by_id(c, "psp-operations-teams");
    assert_non_null(diag);
    assert_non_null(ops);
    assert_true(program_has_site(diag, "toledo-oh"));
    assert_true(program_has_site(diag, "lansing-mi"));
    assert_true(program_has_site(ops, "jackson-tn"));
    assert_true(program_has_site(ops, "houston-tx"));
    assert_false(program_has_site(diag, "jackson-tn"));
    assert_false(program_has_site(diag, "houston-tx"));
    /* ... and a component's places are its program's, which the text names */
    const cp_program *psp =
        cp_corpus_program_by_id(c, "national-public-safety-partnership");
    assert_non_null(psp);
    assert_true(program_has_site(psp, "toledo-oh"));
    assert_true(program_has_site(psp, "jackson-tn"));
    cp_corpus_free(c);
}

/* A lead-in's list items belong to the lead-in's program, even where each
 * item names three places under a word of selection ("counties") in a text
 * whose headline is about another program. */
static void test_items_of_a_lead_in(void **state) {
    (void)state;
    cp_corpus *c =
        load("Ohio Joins the Organized Crime Drug Enforcement Task Forces, Adds Money "
             "to Byrne JAG\n\nColumbus police will join the Organized Crime Drug "
             "Enforcement Task Forces in Cleveland.\n\nThe state will add $2 million to "
             "this year's Byrne JAG awards. The counties getting the extra money "
             "are:\n\n- Adams, Scioto and Lawrence counties along the river;\n- "
             "Athens, Meigs and Gallia counties in the southeast.");
    const cp_program *ocdetf = cp_corpus_program_by_id(c, "ocdetf");
    const cp_program *jag = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(ocdetf);
    assert_non_null(jag);
    assert_true(program_has_site(ocdetf, "cleveland-oh"));
    const char *const counties[] = {"adams-county-oh",    "scioto-county-oh",
                                    "lawrence-county-oh", "athens-county-oh",
                                    "meigs-county-oh",    "gallia-county-oh"};
    for (size_t k = 0; k < sizeof counties / sizeof counties[0]; k++) {
        assert_true(program_has_site(jag, counties[k]));
        assert_false(program_has_site(ocdetf, counties[k]));
    }
    cp_corpus_free(c);
}

/* "in the city" right after a program, "the city's" right before it: the
 * city the sentence named last, or the text's subject. */
static void test_the_city_around(void **state) {
    (void)state;
    cp_corpus *c =
        load("Memphis news\n\nMemphis joined the National Public Safety "
             "Partnership in 2017; marshals ran Operation North Star in the city, "
             "and ATF grew the city's NIBIN work.\n\nThe Tulsa award will support "
             "the city's Crime Gun Intelligence Center.");
    const char *const memphis[] = {"national-public-safety-partnership",
                                   "operation-north-star", "nibin"};
    for (size_t k = 0; k < sizeof memphis / sizeof memphis[0]; k++) {
        const cp_program *p = cp_corpus_program_by_id(c, memphis[k]);
        assert_non_null(p);
        assert_true(program_has_site(p, "memphis-tn"));
    }
    const cp_program *cgic = cp_corpus_program_by_id(c, "cgic");
    assert_non_null(cgic);
    assert_true(program_has_site(cgic, "tulsa-ok"));
    assert_false(program_has_site(cgic, "memphis-tn"));
    cp_corpus_free(c);
}

/* A corpus keeps its own copies of the strings it takes from a later
 * document: an alias new to a program, and the acronym and place name of
 * a document with a smaller id. (Each document's model goes with it.) */
static void test_adopted_strings(void **state) {
    (void)state;
    static const struct {
        const char *name, *text;
    } DOCS[] = {
        {"b.txt",
         "Officials call the Riverside Safe Harbor Initiative a success in New York."},
        {"c.txt",
         "The Safe Harbor Initiative began in 2020. Officials call the Riverside Safe "
         "Harbor Initiative a success."},
        {"a.txt", "The Riverside Safe Harbor Initiative (RSHI) met in New York City."},
        {"d.txt", "The Metro Gun Violence Task Force (MGVTF) met in Chicago, Illinois."},
        {"e.txt",
         "Officers from New York and Chicago joined the Safe Harbor Initiative."},
    };
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    for (size_t k = 0; k < sizeof DOCS / sizeof DOCS[0]; k++) {
        assert_int_equal(cp_corpus_load_buffer(c, DOCS[k].name, DOCS[k].text,
                                               strlen(DOCS[k].text), NULL),
                         CP_OK);
        if (k < 2)
            continue;
        const cp_program *p =
            cp_corpus_program_by_id(c, "riverside-safe-harbor-initiative");
        assert_non_null(p);
        assert_string_equal(cp_program_name(p), "Riverside Safe Harbor Initiative");
        assert_string_equal(cp_program_acronym(p), "RSHI");
        assert_int_equal(cp_program_alias_count(p), 1);
        assert_string_equal(cp_program_alias_at(p, 0), "Safe Harbor Initiative");
        assert_string_equal(cp_site_name(cp_corpus_site_by_id(c, "new-york-ny")),
                            "New York City");
    }
    cp_corpus_free(c);
}

static void test_program_patterns(void **state) {
    (void)state;
    cp_corpus *c = load("The Justice Department launched the Metro Gun Violence Task Force "
                        "(MGVTF) in Memphis, Tennessee. The MGVTF will expand next year.\n\n"
                        "Officials praised the Safe Harbor Initiative and Operation Clean "
                        "Sweep, but the Community Safety Act is a law and the FBI an agency.");
    const cp_program *tf = cp_corpus_program_by_id(c, "metro-gun-violence-task-force");
    assert_non_null(tf);
    assert_string_equal(cp_program_kind(tf), "task_force");
    assert_string_equal(cp_program_acronym(tf), "MGVTF");
    assert_int_equal(cp_program_mention_count(tf), 3); /* name, "(MGVTF)", "The MGVTF" */
    assert_true(program_has_site(tf, "memphis-tn"));
    assert_non_null(cp_corpus_program_by_id(c, "safe-harbor-initiative"));
    /* the built-in table's program by the words a text uses for its money */
    cp_corpus *h = load("The Department is making $61 million in COPS hiring grants "
                        "available to the cities.");
    assert_non_null(cp_corpus_program_by_id(h, "cops-hiring-program"));
    cp_corpus_free(h);
    assert_non_null(cp_corpus_program_by_id(c, "operation-clean-sweep"));
    assert_int_equal(cp_corpus_program_count(c), 3);
    cp_corpus_free(c);
    /* a headline's "Results" is no part of the name; "THE OPERATION" in a
     * heading in capitals is the noun */
    c = load("Operation Clean Sweep II Results: 2,713 Arrests in Nine Cities\n\n"
             "The Marshals released the results of Operation Clean Sweep II in Tulsa.\n\n"
             "HOW THE OPERATION WORKED\n\nIn Chicago, arrests were made.\n");
    assert_non_null(cp_corpus_program_by_id(c, "operation-clean-sweep"));
    assert_null(cp_corpus_program_by_id(c, "operation-clean-sweep-ii-results"));
    assert_null(cp_corpus_program_by_id(c, "operation-worked"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* "Now", "Then", "Also" open a sentence, not a name */
    c = load("4. Now the Bluff City Task Force, which is larger.\n\nThen the Harbor Light "
             "Initiative grew. Also the Safe Summer Initiative.\n");
    assert_non_null(cp_corpus_program_by_id(c, "bluff-city-task-force"));
    assert_non_null(cp_corpus_program_by_id(c, "harbor-light-initiative"));
    assert_non_null(cp_corpus_program_by_id(c, "safe-summer-initiative"));
    assert_int_equal(cp_corpus_program_count(c), 3);
    cp_corpus_free(c);
    /* a name with the acronym for the words it stands for is the same
     * program's */
    c = load(
        "4.2 ARPO Strike Force\n\nThe Appalachian Regional Prescription Opioid (ARPO) "
        "Strike Force grew.\n\n4.3 Operation S.O.S.\n\nOperation Synthetic Opioid "
        "Surge (S.O.S.) targets fentanyl.");
    assert_int_equal(cp_corpus_program_count(c), 2);
    const cp_program *arpo = cp_corpus_program_by_id(
        c, "appalachian-regional-prescription-opioid-strike-force");
    assert_non_null(arpo);
    assert_int_equal(cp_program_mention_count(arpo), 2);
    cp_corpus_free(c);
    /* a known program's acronym that the text gives an office's name */
    c = load("The Pennsylvania State Police (PSP) arrested 212 people. Call the PSP tip "
             "line.");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
    /* a known program's acronym in the plural names it too */
    c = load("The Crime Gun Intelligence Centers help. CGICs now work in Denver; HIDTAs too.");
    const cp_program *cgic = cp_corpus_program_by_id(c, "cgic");
    assert_non_null(cgic);
    assert_int_equal(cp_program_mention_count(cgic), 2);
    assert_non_null(cp_corpus_program_by_id(c, "hidta"));
    cp_corpus_free(c);
    /* an office of two words that owns a program is no part of its name;
     * with nothing of the program's own after it, no program is named */
    c = load("She praised the White House Harbor Safety Collaborative and a Justice "
             "Department Violence Reduction Initiative; the White House Task Force met.");
    assert_non_null(cp_corpus_program_by_id(c, "harbor-safety-collaborative"));
    assert_non_null(cp_corpus_program_by_id(c, "violence-reduction-initiative"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* a headline's verb ends its subject: the name is after it */
    c = load("Mayor Reports Safe Valley Task Force Gains\n\nThe Safe Valley Task Force "
             "began.");
    assert_non_null(cp_corpus_program_by_id(c, "safe-valley-task-force"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* "New" after a headline's verb is the program's age, not its name's
     * first word (a place's it stays); a headline's "Gun" for the body's
     * "Firearms" names the same program */
    c = load(
        "Sheriff Joins New Central Valley Gun Trafficking Task Force\n\nHis deputies "
        "join the Central Valley Firearms Trafficking Task Force in Fresno. The "
        "mayor joins New Haven Gun Task Force.");
    const cp_program *cv =
        cp_corpus_program_by_id(c, "central-valley-firearms-trafficking-task-force");
    assert_non_null(cv);
    assert_int_equal(cp_program_mention_count(cv), 2);
    assert_true(program_has_site(cv, "fresno-ca"));
    assert_non_null(cp_corpus_program_by_id(c, "new-haven-gun-task-force"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* a headline's "Federal" before the body's name's last words */
    c = load("Police Join Federal Border Gun Initiative\n\nThe police join the Southern "
             "New Mexico Border Gun Initiative.");
    const cp_program *bg =
        cp_corpus_program_by_id(c, "southern-new-mexico-border-gun-initiative");
    assert_non_null(bg);
    assert_int_equal(cp_program_mention_count(bg), 2);
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* "Results of ...": the headline's noun and its "of" are no part of the
     * name; a known name after a headline's verb ends at its own end */
    c = load(
        "Sheriff Releases Results of Harbor Safety Collaborative\n\nAttorney General "
        "Brings Project Safe Neighborhoods to Toledo");
    assert_non_null(cp_corpus_program_by_id(c, "harbor-safety-collaborative"));
    const cp_program *psn = cp_corpus_program_by_id(c, "project-safe-neighborhoods");
    assert_non_null(psn);
    assert_string_equal(cp_program_name(psn), "Project Safe Neighborhoods");
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* a name an apposition says is a program's ("the partnership launched
     * ..."); not a person's ("the partnership's founder") nor a place's */
    c = load(
        "Harbor One, the partnership launched in 2013 by the U.S. Attorney, charged 40 "
        "people. Jane Doe Smith, the partnership's founder, and Kansas City, a "
        "program that works, were there.");
    const cp_program *one = cp_corpus_program_by_id(c, "harbor-one");
    assert_non_null(one);
    assert_string_equal(cp_program_kind(one), "partnership");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* an operation's name may end in a number; a year after a name is not
     * part of it */
    c = load(
        "Operation Harbor 66 is a surge in Reno, Nevada. Operation Tide 2024 ended.");
    const cp_program *op = cp_corpus_program_by_id(c, "operation-harbor-66");
    assert_non_null(op);
    assert_string_equal(cp_program_name(op), "Operation Harbor 66");
    assert_non_null(cp_corpus_program_by_id(c, "operation-tide"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* a press release's "About the ..." is no word of the name, nor a
     * clause's "If" or "Once" */
    c = load(
        "About the Safe Valley Task Force: founded in 2019, it works in Reno, Nevada. If "
        "the "
        "Safe Valley Task Force grows, it will hire. Once Safe Valley Task Force agents "
        "arrive, it will act.");
    assert_non_null(cp_corpus_program_by_id(c, "safe-valley-task-force"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a known program's name with its generic words in lower case */
    c = load(
        "Third, the Byrne formula grant: Nebraska's share is $2 million. The COPS Hiring "
        "program paid for 12 officers.");
    assert_non_null(cp_corpus_program_by_id(c, "byrne-formula-grant"));
    assert_non_null(cp_corpus_program_by_id(c, "cops-hiring-program"));
    cp_corpus_free(c);
    /* a task force "on" a subject of several words joined by "to"; two
     * programs of the Clinton years known by name */
    c = load(
        "It follows the National Task Force on Children Exposed to Violence. Salem got a "
        "COPS in Schools grant, and Safe Start runs on.");
    assert_non_null(
        cp_corpus_program_by_id(c, "task-force-on-children-exposed-to-violence"));
    assert_non_null(cp_corpus_program_by_id(c, "cops-in-schools"));
    assert_non_null(cp_corpus_program_by_id(c, "ojjdp-safe-start"));
    cp_corpus_free(c);
    /* a law's name, then a program's: the program starts after "Act" */
    c = load("The money adds to the Community Safety Act Harbor Patrol Grants announced in "
             "May, which included $1.2 million for Toledo.");
    const cp_program *patrol = cp_corpus_program_by_id(c, "harbor-patrol-grants");
    assert_non_null(patrol);
    assert_true(program_has_site(patrol, "toledo-oh"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a local unit's name is its place's, and its short name (the place,
     * then the last words) the same unit; a model is no member */
    c = load("The Denver Firearms Trafficking Strike Force charged nine people, a release "
             "said. The Denver Strike Force, modeled on Omaha's, works with "
             "police in Denver.");
    const cp_program *dfts = cp_corpus_program_by_id(c, "denver-firearms-trafficking-strike-force");
    assert_non_null(dfts);
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_true(program_has_site(dfts, "denver-co"));
    assert_non_null(cp_corpus_site_by_id(c, "omaha-ne"));
    assert_false(program_has_site(dfts, "omaha-ne"));
    cp_corpus_free(c);
    /* a shortened name is the same program */
    c = load("The Safe Harbor Initiative began in 2020. Officials call the Riverside Safe "
             "Harbor Initiative a success.");
    const cp_program *harbor = cp_corpus_program_by_id(c, "riverside-safe-harbor-initiative");
    assert_non_null(harbor);
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_int_equal(cp_program_mention_count(harbor), 2);
    assert_int_equal(cp_program_alias_count(harbor), 1);
    assert_string_equal(cp_program_alias_at(harbor, 0), "Safe Harbor Initiative");
    cp_corpus_free(c);
    /* a name in quotes, then what it names; a quoted sentence is no name */
    c = load("Agents built on the \xE2\x80\x9C" "Blue Line\xE2\x80\x9D initiative. "
             "\"It Works,\" one said of the program.");
    const cp_program *blue = cp_corpus_program_by_id(c, "blue-line");
    assert_non_null(blue);
    assert_string_equal(cp_program_kind(blue), "initiative");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a component named with its program's acronym */
    c = load("The Safe Communities Partnership (SCP) works in Gary, Indiana. "
             "SCP Training Teams visit each site.");
    const cp_program *scp = cp_corpus_program_by_id(c, "safe-communities-partnership");
    const cp_program *teams = cp_corpus_program_by_id(c, "scp-training-teams");
    assert_non_null(scp);
    assert_non_null(teams);
    assert_ptr_equal(cp_program_parent(teams), scp);
    assert_int_equal(cp_program_component_count(scp), 1);
    cp_corpus_free(c);
    /* a leading preposition is not part of a name; the rest of an office's
     * name cut from a long run is no program */
    c = load("Under the Riverside Safety Plan, the city hired officers, said Deputy "
             "Assistant Attorney General Ana Ruiz of the Office of Justice Programs. The "
             "Violence Reduction Collaborative begins next year.");
    assert_non_null(cp_corpus_program_by_id(c, "riverside-safety-plan"));
    assert_non_null(cp_corpus_program_by_id(c, "violence-reduction-collaborative"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* a headline's verb after a name ends it */
    c = load("Operation Harbor Light Expands to Tulsa\n\nGun Violence Task Force Adds Cities\n");
    assert_non_null(cp_corpus_program_by_id(c, "operation-harbor-light"));
    assert_non_null(cp_corpus_program_by_id(c, "gun-violence-task-force"));
    cp_corpus_free(c);
    /* heads alone name nothing; a name does not start with the head of the
     * one before */
    c = load("The Internet Crimes Against Children (ICAC) Task Force Program grew, and the "
             "Safe Streets Task Force Program and the Gang Task Force too.");
    assert_null(cp_corpus_program_by_id(c, "task-force-program"));
    assert_non_null(cp_corpus_program_by_id(c, "gang-task-force"));
    assert_null(cp_corpus_program_by_id(c, "program-and-the-gang-task-force"));
    cp_corpus_free(c);
    /* a name with its head in lower case; a place's or a person's program is
     * none */
    c = load("Funds went to the Safe Passage program, the ALERRT program, the New York "
             "program and the Biden program.");
    assert_non_null(cp_corpus_program_by_id(c, "safe-passage-program"));
    assert_non_null(cp_corpus_program_by_id(c, "alerrt-program"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* ... its acronym between them: the name, with its acronym */
    c = load(
        "Grand Junction received $175,000 through the Safe Passage Route (SPR) program. "
        "SPR funds pay for training.");
    const cp_program *spr = cp_corpus_program_by_id(c, "safe-passage-route");
    assert_non_null(spr);
    assert_string_equal(cp_program_acronym(spr), "SPR");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a known program's acronym after a name spelled otherwise: one program */
    c = load("Grants went out under the Community Based Violence Intervention and "
             "Prevention Initiative (CVIPI) to Stockton, California.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_true(program_has_site(cp_corpus_program_at(c, 0), "stockton-ca"));
    cp_corpus_free(c);
    /* a bold lead-in's verb is not part of the name; the name with its first
     * words as initials is the same program; a verb does not begin a
     * descriptive name */
    c = load("**Growing the Harbor Violence Intervention Collaborative.** The HVI "
             "Collaborative added five cities. States may close multijurisdictional drug "
             "task forces.");
    assert_int_equal(cp_corpus_program_count(c), 2);
    const cp_program *hvi =
        cp_corpus_program_by_id(c, "harbor-violence-intervention-collaborative");
    assert_non_null(hvi);
    assert_int_equal(cp_program_mention_count(hvi), 2);
    assert_non_null(cp_corpus_program_by_id(c, "multijurisdictional-drug-task-forces"));
    cp_corpus_free(c);
    /* a name's initials, used later without being defined, name it too */
    c = load(
        "Tulsa joined the Harbor Approaches to Youth Safety Initiative in May. HAYSI "
        "pays for two analysts.");
    const cp_program *haysi =
        cp_corpus_program_by_id(c, "harbor-approaches-to-youth-safety-initiative");
    assert_non_null(haysi);
    assert_int_equal(cp_program_mention_count(haysi), 2);
    assert_string_equal(cp_program_acronym(haysi), "HAYSI");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a task force that receives a grant under a program is its recipient:
     * the text is about the program; "... Grant" after its amount in a
     * headline is no name */
    c = load(
        "Valley Drug Task Force Receives $1.38 Million Federal Anti-Opioid Grant\n\n"
        "CONCORD, N.H. -- The Valley Drug Task Force has received a $1,380,000 grant "
        "under the Harbor Opioid Task Force Program. Officers from Nashua and Keene now "
        "serve on the task force.");
    assert_null(cp_corpus_program_by_id(c, "federal-anti-opioid-grant"));
    const cp_program *funder =
        cp_corpus_program_by_id(c, "harbor-opioid-task-force-program");
    assert_non_null(funder);
    assert_true(program_has_site(funder, "nashua-nh"));
    assert_true(program_has_site(funder, "keene-nh"));
    cp_corpus_free(c);
    /* an operation's name as a section's heading in capitals; a report's
     * section is none */
    c = load(
        "Summer sweeps across four states\n\nOPERATION HARBOR SWEEP\n\nAgents worked "
        "in Tulsa, Oklahoma, for two weeks.\n\nPROJECT PERIOD AND BUDGET\n\nThe work "
        "ran through July.");
    const cp_program *sweep = cp_corpus_program_by_id(c, "operation-harbor-sweep");
    assert_non_null(sweep);
    assert_string_equal(cp_program_name(sweep), "Operation Harbor Sweep");
    assert_true(program_has_site(sweep, "tulsa-ok"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* an acronym the text defines for its own program over a known
     * program's; the name with that acronym first is the same program */
    c = load(
        "The department placed staff under its Missing or Murdered Indigenous Persons "
        "(MMIP) Regional Outreach Program in Phoenix, Arizona.\n\nMMIP Regional "
        "Outreach Program - offices\n\n- Seattle\n\nMMIP coordinators work from "
        "Gallup.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_null(cp_corpus_program_by_id(c, "mmip-initiative"));
    const cp_program *rop = cp_corpus_program_by_id(
        c, "missing-or-murdered-indigenous-persons-regional-outreach-program");
    assert_non_null(rop);
    assert_int_equal(cp_program_mention_count(rop), 3);
    assert_true(program_has_site(rop, "seattle-wa"));
    cp_corpus_free(c);
    /* an acronym with its periods, defined in parentheses */
    c = load("Prosecutors joined Operation Harbor Opioid Surge (H.O.S.) in Dayton, Ohio. "
             "H.O.S. cases rose. Before H.O.S. began, deaths fell.");
    const cp_program *hos = cp_corpus_program_by_id(c, "operation-harbor-opioid-surge");
    assert_non_null(hos);
    assert_int_equal(cp_program_mention_count(hos), 3);
    assert_string_equal(cp_program_acronym(hos), "H.O.S.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a headline's verb ends the name before it; "permanent" is no
     * modifier of a task force's name */
    c = load("Operation Crescent Shield Ends Summer With 300 Arrests\n\nAgents formed a "
             "permanent gun strike force.");
    assert_non_null(cp_corpus_program_by_id(c, "operation-crescent-shield"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* "St." begins the name of the place the program is named after */
    c = load("The St. Louis Strike Force works with agents.");
    assert_non_null(cp_corpus_program_by_id(c, "st-louis-strike-force"));
    cp_corpus_free(c);
    /* "has no task force" names none; a past verb does not begin a name */
    c = load("Arrests fell in Nampa, which has no task force. Agents formed drug "
             "trafficking strike forces.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "drug-trafficking-strike-forces"));
    cp_corpus_free(c);
    /* a headline in capitals names a known program; it opens no section */
    c = load("OPERATION FALCON: MARSHALS REPORT A RECORD SWEEP\n\nDeputies arrested 900 "
             "people in Ohio.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_string_equal(cp_program_name(cp_corpus_program_at(c, 0)), "Operation FALCON");
    cp_corpus_free(c);
    /* a known program's name is no place ("Weed and Seed"; Weed, California) */
    c = load("Fresno, Calif., joined. Officers went to Weed and Seed neighborhoods.");
    assert_non_null(cp_corpus_site_by_id(c, "fresno-ca"));
    assert_null(cp_corpus_site_by_id(c, "weed-ca"));
    cp_corpus_free(c);
    /* a title's verb before a generic word; a gerund inside a name stays */
    c = load("Expanding Federal Partnerships\n\nThe Building Bridges Program began.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "building-bridges-program"));
    cp_corpus_free(c);
    /* a name goes on after its head with "for" and words of its own, or
     * with "to" and a verb of purpose; it
     * begins after "the" inside a headline's run, after an owner's
     * possessive, and after a second "and" */
    c = load(
        "Justice Department Announces Six Pilot Sites for the Harbor Initiative for "
        "Building Community Trust and Justice\n\nIt joins the COPS Office's "
        "Collaborative Reform Initiative for Technical Assistance. See Making the "
        "Valley Safe and Beautiful and Delta Safe Task Force: Results. The Smart "
        "Policing Initiative for Memphis Police grew. The Dayton Initiative to Reduce "
        "Violence (DIRV) began, and the Safe Streets Initiative to Chief Ames was "
        "handed over.");
    static const char *const long_names[] = {
        "harbor-initiative-for-building-community-trust-and-justice",
        "collaborative-reform-initiative-for-technical-assistance",
        "delta-safe-task-force",
        "smart-policing-initiative",
        "dayton-initiative-to-reduce-violence",
        "safe-streets-initiative"};
    for (size_t k = 0; k < sizeof long_names / sizeof long_names[0]; k++)
        if (!cp_corpus_program_by_id(c, long_names[k]))
            fail_msg("no program %s", long_names[k]);
    assert_int_equal(cp_corpus_program_count(c), sizeof long_names / sizeof long_names[0]);
    cp_corpus_free(c);
    /* a name of field words alone is a kind: a think tank's program */
    c = load("The Criminal Justice Program at the institute studies crime.");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
    /* a company's name is no program */
    c = load("Harbor Youth Programs, Inc. (Camden, N.J.) won $750,000.");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
    /* names ending in "Programs" are kinds of programs, not programs (a
     * headline's capitals), and take nothing from the program named */
    c = load("Justice Department Awards $85 Million to Community Violence Intervention "
             "Programs\n\nThe Harbor Violence Initiative (HVI) funds Camden, New Jersey.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_true(program_has_site(cp_corpus_program_at(c, 0), "camden-nj"));
    cp_corpus_free(c);
    /* ... also after a title's colon */
    c = load("FACT SHEET: Expanding Federal Partnerships to Prevent Youth Violence\n\nThe "
             "Building Bridges Program began.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* an acronym told in words after the name, known or new */
    c = load("Jackson won a grant from the Community Based Violence Intervention and "
             "Prevention Initiative, known as CVIPI, and the Harbor Watch Initiative, known "
             "as HWI, began. HWI agents met.");
    assert_int_equal(cp_corpus_program_count(c), 2);
    assert_non_null(cp_corpus_program_by_id(c, "cvipi"));
    const cp_program *hwi = cp_corpus_program_by_id(c, "harbor-watch-initiative");
    assert_non_null(hwi);
    assert_string_equal(cp_program_acronym(hwi), "HWI");
    assert_int_equal(cp_program_mention_count(hwi), 3); /* the name, "HWI" twice */
    cp_corpus_free(c);
    /* two words of a name joined by a slash */
    c = load("The Domestic Cannabis Eradication/Suppression Program paid for flights.");
    assert_non_null(
        cp_corpus_program_by_id(c, "domestic-cannabis-eradication-suppression-program"));
    cp_corpus_free(c);
    /* a title-case preposition parts a lead-in from a name; a head word
     * opens a name after an article */
    c = load("**Building Community Trust Through Collaborative Reform.** The office offers "
             "its Collaborative Reform Initiative.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "collaborative-reform-initiative"));
    cp_corpus_free(c);
    /* an acronym inside a name: the name without it, and the acronym for
     * later mentions; an office's acronym does not join the office to a name */
    c = load("The Safe Harbor Children (SHC) Task Force Program grew; SHC "
             "agents met. The Bureau of Justice Assistance (BJA) Harbor Watch Initiative "
             "began.");
    const cp_program *shc =
        cp_corpus_program_by_id(c, "safe-harbor-children-task-force-program");
    assert_non_null(shc);
    assert_string_equal(cp_program_acronym(shc), "SHC");
    assert_int_equal(cp_program_mention_count(shc), 2);
    assert_non_null(cp_corpus_program_by_id(c, "harbor-watch-initiative"));
    cp_corpus_free(c);
    /* an acronym after a capitalised article: "A HRI surge" */
    c = load("The Harbor Reduction Initiative (HRI) began in April.\n\n- West Memphis, Ark.: A "
             "HRI surge produced 64 indictments.\n- Las Cruces, N.M.: The HRI team charged 29 "
             "people.\n");
    assert_int_equal(cp_corpus_program_count(c), 1);
    /* the name, "(HRI)", "A HRI", "The HRI" */
    assert_int_equal(cp_program_mention_count(cp_corpus_program_at(c, 0)), 4);
    assert_true(program_has_site(cp_corpus_program_at(c, 0), "west-memphis-ar"));
    cp_corpus_free(c);
    /* a known program with its acronym inside its name; a sum is no name */
    c = load("Mayor Announces $3.75 Million Federal Grant for 30 Officers\n\nThe Byrne "
             "Criminal Justice Innovation (BCJI) Program grew.\n");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_string_equal(cp_program_acronym(cp_corpus_program_at(c, 0)), "BCJI");
    assert_int_equal(cp_program_mention_count(cp_corpus_program_at(c, 0)), 1);
    cp_corpus_free(c);
    /* a title, a first name and a surname like a head: a person */
    c = load(
        "Memphis Police Chief Alicia Grant said the Harbor Light Initiative helped.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_non_null(cp_corpus_program_by_id(c, "harbor-light-initiative"));
    cp_corpus_free(c);
    /* a law named like a plan is no program */
    c = load("Funds came from the American Rescue Plan and the Safer America Plan.");
    assert_null(cp_corpus_program_by_id(c, "american-rescue-plan"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_string_equal(cp_program_name(cp_corpus_program_at(c, 0)), "Safer America Plan");
    cp_corpus_free(c);
    /* ... nor by its short name */
    c = load("The city spent $2 million of its $394 million Rescue Plan allocation.");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
    /* an ordinal begins a name */
    c = load("The budget includes $1.3 billion for the 21st Century Harbor Initiative.");
    assert_non_null(cp_corpus_program_by_id(c, "21st-century-harbor-initiative"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* "the HWX program" asked about before the name that defines HWX */
    c = load("What is the HWX program? The Harbor Watch Exchange (HWX) Initiative is a network.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    assert_int_equal(cp_program_mention_count(cp_corpus_program_at(c, 0)), 2);
    cp_corpus_free(c);
    /* "(ACR Last Words)": a short name and an acronym for the name before */
    c = load("The Harbor Valley Regional Opioid Strike Force (HVRO Strike Force) opened in "
             "Toledo. The HVRO Strike Force charged 12 people; HVRO grew.");
    assert_int_equal(cp_corpus_program_count(c), 1);
    const cp_program *hvro = cp_corpus_program_at(c, 0);
    assert_string_equal(cp_program_name(hvro), "Harbor Valley Regional Opioid Strike Force");
    assert_string_equal(cp_program_acronym(hvro), "HVRO");
    assert_int_equal(cp_program_mention_count(hvro), 4);
    cp_corpus_free(c);
    /* headlines: "Grants" are awards, "Win" is a verb, "Funding for" no part
     * of a name; a name before "campaign" */
    c = load("Three Towns Win Harbor Innovation Grants\n\nCity Gets Funding for Body Camera "
             "Pilot Program\n\nIts One Pill Can Kill campaign grew.\n");
    assert_null(cp_corpus_program_by_id(c, "three-towns-win-harbor-innovation-grants"));
    assert_null(cp_corpus_program_by_id(c, "harbor-innovation-grants"));
    assert_non_null(cp_corpus_program_by_id(c, "body-camera-pilot-program"));
    assert_non_null(cp_corpus_program_by_id(c, "one-pill-can-kill-campaign"));
    cp_corpus_free(c);
    /* "or" inside a name */
    c = load("The Missing or Murdered Persons Initiative began in May.");
    assert_non_null(cp_corpus_program_by_id(c, "missing-or-murdered-persons-initiative"));
    cp_corpus_free(c);
    /* a first name "Grant" heads no program; buildings called "Center" are none */
    c = load("Special Agent in Charge Grant Holloway spoke at the Lakeside Community Center.");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
    /* a list under a lead-in names the program's sites */
    c = load("Five sites will receive Community Policing Grant funding:\n"
             "- Tulsa, Oklahoma\n- Omaha, Nebraska\n");
    const cp_program *g = cp_corpus_program_by_id(c, "community-policing-grant");
    assert_non_null(g);
    assert_true(program_has_site(g, "tulsa-ok"));
    assert_true(program_has_site(g, "omaha-ne"));
    cp_corpus_free(c);
    /* descriptive names in lower case, and what is not one */
    c = load(
        "The agency formed two drug trafficking task forces and a full-time task force; "
        "it also expands anti-gang task forces. Men were arrested by task force "
        "officers. The county set up a dedicated heroin response task force and a "
        "multi-agency violent crime task force. Houston has one of two dozen such task "
        "forces. Agents joined the Tri-County violent crime task force. \"We don't need "
        "another task force,\" the mayor said; residents want more task force patrols. The "
        "new unit will screen task force cases.");
    const cp_program *lc = cp_corpus_program_by_id(c, "drug-trafficking-task-forces");
    assert_non_null(lc);
    assert_string_equal(cp_program_kind(lc), "task_force");
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a verb before the words is none of them */
    c = load("Officials said gun trafficking task forces would help.");
    assert_non_null(cp_corpus_program_by_id(c, "gun-trafficking-task-forces"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* headlines in title case: the verb is not part of the name, nor a
     * preposition ("After") */
    c = load("Attorney General Announces Violent Crime Reduction Partnership\n");
    assert_non_null(cp_corpus_program_by_id(c, "violent-crime-reduction-partnership"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    c = load("Nine Charged With Moving Guns From Ohio to Detroit After Strike Force Inquiry\n");
    assert_int_equal(cp_corpus_program_count(c), 0);
    cp_corpus_free(c);
    /* who leads a program is no word of its name; a headline's "COPS
     * Grant" is the COPS grant program the text names */
    c = load(
        "Sheriff Awarded Federal COPS Grant\n\nThe office won money through the COPS "
        "Hiring Program (CHP). It joins the FBI-led Harbor Trails Task Force.");
    assert_non_null(cp_corpus_program_by_id(c, "cops-hiring-program"));
    assert_non_null(cp_corpus_program_by_id(c, "harbor-trails-task-force"));
    assert_int_equal(cp_corpus_program_count(c), 2);
    cp_corpus_free(c);
    /* ... also after the article that opens a sentence */
    c = load("The ATF-led Harbor Trails Task Force opened 412 cases.");
    assert_non_null(cp_corpus_program_by_id(c, "harbor-trails-task-force"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* a dotted state that closes a sentence closes a name too: "N.M. The
     * program" is none ("U.S. Marshals" runs on: no sentence ends there) */
    c = load(
        "Agents went to Gallup, N.M. The program awarded money. The U.S. Harbor Task "
        "Force came.");
    assert_non_null(cp_corpus_program_by_id(c, "us-harbor-task-force"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
}

/* Rules of the thirty-third session, each with a text of its own. */
static void test_named_case_and_namesakes(void **state) {
    (void)state;
    /* a top that names its story's case ("was known as") is about that
     * case, though it names two other programs as often */
    cp_corpus *c =
        load("AGENTS BREAK UP A GANG\n\nTULSA - A two-year investigation broke up a "
             "gang blamed for shootings in Tulsa and Broken Arrow, officials said.\n\n"
             "The case, designated a Violent Gang Safe Streets Task Force case and "
             "supported by the "
             "Valley Delta Network, was known as Operation Dry Creek.\n");
    const cp_program *creek = cp_corpus_program_by_id(c, "operation-dry-creek");
    assert_non_null(creek);
    assert_true(program_has_site(creek, "tulsa-ok"));
    assert_true(program_has_site(creek, "broken-arrow-ok"));
    cp_corpus_free(c);
    /* "the strike force" refers back to the named one, not to the plural
     * kind it is "one of" */
    c = load(
        "SALEM - A federal strike force is setting up in Salem.\n\n"
        "The Cascade Firearms Trafficking Strike Force, one of the regional firearms "
        "trafficking strike forces, will work from Salem and Eugene.\n\n"
        "Since it began, the strike force has charged 20 people, and the strike force "
        "will add agents.\n\nOfficials praised the strike forces.\n");
    const cp_program *cascade =
        cp_corpus_program_by_id(c, "cascade-firearms-trafficking-strike-force");
    assert_non_null(cascade);
    assert_true(program_has_site(cascade, "salem-or"));
    assert_true(program_has_site(cascade, "eugene-or"));
    cp_corpus_free(c);
    /* "D.C." in a program's name is the capital */
    c = load("This year the D.C. Clean Streets Task Force has cleared the streets of "
             "Washington, D.C., and the Akron Safe Task Force has helped Akron.\n");
    const cp_program *dc = cp_corpus_program_by_id(c, "dc-clean-streets-task-force");
    assert_non_null(dc);
    assert_true(program_has_site(dc, "washington-dc"));
    cp_corpus_free(c);
    /* the dateline's namesake, though another state's was named later */
    c = load(
        "COLUMBUS, Ga. - Agents met today.\n\n\"I worked in Columbus, Ohio, for years,\" "
        "the chief said. \"Columbus, Georgia, is different.\"\n\nThe Pine Shield Task "
        "Force will come to Columbus this fall.\n");
    const cp_site *georgia = cp_corpus_site_by_id(c, "columbus-ga");
    const cp_site *ohio = cp_corpus_site_by_id(c, "columbus-oh");
    assert_non_null(georgia);
    assert_non_null(ohio);
    assert_int_equal(cp_site_mention_count(georgia), 3);
    assert_int_equal(cp_site_mention_count(ohio), 1);
    cp_corpus_free(c);
    /* "Kansas City, Kansas" named to tell the smaller namesake leaves the
     * text's earlier bare "Kansas City" the larger */
    c = load(
        "The surge began in Kansas City last month.\n\nAcross the state line, officials "
        "in Kansas City, Kansas, said they had not asked for agents.\n");
    assert_non_null(cp_corpus_site_by_id(c, "kansas-city-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "kansas-city-ks"));
    cp_corpus_free(c);
    /* a story's bare name before the text qualifies its namesake ("the
     * task force model, borrowed from Springfield, Illinois"); a state named
     * alone weighs more than one that qualifies a place */
    c = load(
        "Greene County accepts grant\n\nThe county commission voted to accept a grant "
        "for the task force that serves Springfield and the county.\n\n\"Greene County "
        "has the most seizures in Missouri,\" the commissioner said.\n\nA captain said "
        "the model was borrowed from Springfield, Illinois.\n");
    assert_non_null(cp_corpus_site_by_id(c, "greene-county-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "springfield-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "springfield-il"));
    assert_null(cp_corpus_site_by_id(c, "greene-county-il"));
    cp_corpus_free(c);
    /* a career's place ("began his career as ... in Topeka") */
    c = load(
        "The chief, who began his career as a patrol officer in Salina, said Wichita "
        "had joined the Plains Shield Task Force.\n");
    const cp_program *plains = cp_corpus_program_by_id(c, "plains-shield-task-force");
    assert_non_null(plains);
    assert_true(program_has_site(plains, "wichita-ks"));
    assert_false(program_has_site(plains, "salina-ks"));
    cp_corpus_free(c);
    /* a place's clause past a short aside ("Racine, 25 miles to the south,
     * has asked to join") is the later program's */
    c = load("Milwaukee has applied to the Harbor Hiring Program for 15 officers, and "
             "Racine, 25 miles to the south, has joined the Lakeshore Safety Network.\n");
    const cp_program *hiring = cp_corpus_program_by_id(c, "harbor-hiring-program");
    const cp_program *lake = cp_corpus_program_by_id(c, "lakeshore-safety-network");
    assert_non_null(hiring);
    assert_non_null(lake);
    assert_false(program_has_site(hiring, "racine-wi"));
    assert_true(program_has_site(lake, "racine-wi"));
    cp_corpus_free(c);
}

static void test_numbers_in_names(void **state) {
    (void)state;
    /* a name's plural ("Glock 19s") and a quoted name after "The" are no
     * figures; a decade and a count are */
    assert_values("Agents seized several Glock 19s and 12 rifles in the 1990s.", "12");
    assert_values("The \"222 Corridor\" runs west. The 40 officers stayed.", "40");
}

static void test_counties_tables_and_headlines(void **state) {
    (void)state;
    /* the county of the dateline's town, and counties listed after a dash */
    cp_corpus *c =
        load("Jackson County sheriff joins coastal task force\n\nPASCAGOULA - Jackson "
             "County deputies will join agents, officials said. The unit covers "
             "the three Mississippi coastal counties - Hancock, Harrison and "
             "Jackson.\n\nThe sheriff once worked in Pensacola, Fla.\n");
    assert_non_null(cp_corpus_site_by_id(c, "jackson-county-ms"));
    assert_null(cp_corpus_site_by_id(c, "jackson-county-fl"));
    assert_non_null(cp_corpus_site_by_id(c, "hancock-county-ms"));
    assert_non_null(cp_corpus_site_by_id(c, "harrison-county-ms"));
    assert_null(cp_corpus_site_by_id(c, "jackson-ms"));
    cp_corpus_free(c);
    /* a table's state cell before "City of" */
    c = load("Awards:\n\nState | Recipient | Award\nIL | City of Aurora | $1,125,000\n"
             "GA | City of Columbus | $900,000\n");
    assert_non_null(cp_corpus_site_by_id(c, "aurora-il"));
    assert_non_null(cp_corpus_site_by_id(c, "columbus-ga"));
    assert_null(cp_corpus_site_by_id(c, "aurora-co"));
    cp_corpus_free(c);
    /* a headline's verb ends an operation's name; "Each" opens none */
    c = load(
        "Operation Silver Creek Dismantles Meth Ring; 12 Charged\n\nOperation Silver "
        "Creek ended today. Each Creek Team will stay.\n");
    assert_non_null(cp_corpus_program_by_id(c, "operation-silver-creek"));
    assert_null(
        cp_corpus_program_by_id(c, "operation-silver-creek-dismantles-meth-ring"));
    assert_null(cp_corpus_program_by_id(c, "each-creek-team"));
    cp_corpus_free(c);
    /* a speaker's beat, agents detailed from a city: no places of the
     * program */
    c = load(
        "The Prairie Shield Task Force will work in Lincoln.\n\n\"I walked a beat in "
        "Columbia, Missouri, for six years,\" the director said. Agents detailed from "
        "Omaha will help.\n");
    const cp_program *prairie = cp_corpus_program_by_id(c, "prairie-shield-task-force");
    assert_non_null(prairie);
    assert_true(program_has_site(prairie, "lincoln-ne"));
    assert_false(program_has_site(prairie, "columbia-mo"));
    assert_false(program_has_site(prairie, "omaha-ne"));
    cp_corpus_free(c);
}

static void test_clauses_that_keep_places_out(void **state) {
    (void)state;
    /* a byline's paper; a list that would rather have something else; a
     * place set against another ("not the ...") */
    cp_corpus *c =
        load("Partnership grows\n\nBy Dana Whitlock, Ozarks Courier staff\n\nThe "
             "Prairie Shield Task Force will work in Wichita, Kansas, not the "
             "Missouri city of that name. Officials in Salina and Hays have said "
             "they would rather receive grants than host agents.\n");
    const cp_program *prairie = cp_corpus_program_by_id(c, "prairie-shield-task-force");
    assert_non_null(prairie);
    assert_true(program_has_site(prairie, "wichita-ks"));
    assert_null(cp_corpus_site_by_id(c, "ozarks"));
    assert_false(program_has_site(prairie, "salina-ks"));
    assert_false(program_has_site(prairie, "hays-ks"));
    assert_false(program_has_site(prairie, "missouri"));
    cp_corpus_free(c);
    /* an office's clause of its own, and a clause that asks, after the
     * program's: their places are not the program's */
    c = load(
        "Years of crime policy\n\nEvery president since the early years of the "
        "modern era has promised to make streets safer, and nearly every one has tried "
        "to do it the same way, by sending money and agents to a few cities.\n\nThe "
        "labels changed again. The Harbor Light Initiative issued 59 "
        "recommendations, and the Civil Rights Division opened investigations into "
        "Ferguson, Missouri. The Delta Guard Network began in Memphis, and leaders in "
        "Jackson are asking whether it could travel east. The River Watch Program "
        "started in Tulsa, and the Justice Department expanded it to Wichita.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-light-initiative");
    const cp_program *delta = cp_corpus_program_by_id(c, "delta-guard-network");
    const cp_program *river = cp_corpus_program_by_id(c, "river-watch-program");
    assert_non_null(harbor);
    assert_non_null(delta);
    assert_non_null(river);
    assert_false(program_has_site(harbor, "ferguson-mo"));
    assert_true(program_has_site(delta, "memphis-tn"));
    assert_false(program_has_site(delta, "jackson-tn"));
    assert_false(program_has_site(delta, "jackson-ms"));
    assert_true(program_has_site(river, "tulsa-ok"));
    assert_true(program_has_site(river, "wichita-ks"));
    cp_corpus_free(c);
    /* where a ring's street-level dealers sold is the operation's; where
     * its suppliers were is not */
    c = load("LEXINGTON, Ky. - Twenty people were charged following Operation Pine Ridge "
             "Crossing, an investigation into a ring that moved pills from suppliers in "
             "Atlanta to street-level dealers in Corbin and London, officials said.\n");
    const cp_program *pine = cp_corpus_program_by_id(c, "operation-pine-ridge-crossing");
    assert_non_null(pine);
    assert_true(program_has_site(pine, "corbin-ky"));
    assert_true(program_has_site(pine, "london-ky"));
    assert_false(program_has_site(pine, "atlanta-ga"));
    cp_corpus_free(c);
    /* a lead that names no program: the ring's markets are still the case's */
    c = load("DEA TAKES DOWN PILL RING\n\nLEXINGTON, Ky. - A long investigation dismantled a "
             "ring that moved pills from suppliers in Atlanta to street-level dealers in "
             "Corbin and London, officials said.\n\nThe case was known as Operation Pine "
             "Ridge Crossing, and it was supported by the Valley Drug Network and the Bluegrass "
             "Gang Task Force.\n");
    pine = cp_corpus_program_by_id(c, "operation-pine-ridge-crossing");
    assert_non_null(pine);
    assert_true(program_has_site(pine, "corbin-ky"));
    cp_corpus_free(c);
    /* a place named with its state already keeps it in a list of several
     * states' cities */
    c = load("| City | Homicides |\n| Jackson, Miss. | 101 |\n\nBaltimore, Philadelphia, "
             "Memphis, Jackson and Oakland all received awards.\n");
    const cp_site *jackson = cp_corpus_site_by_id(c, "jackson-ms");
    assert_non_null(jackson);
    assert_int_equal(cp_site_mention_count(jackson), 2);
    assert_null(cp_corpus_site_by_id(c, "jackson-tn"));
    cp_corpus_free(c);
}

static void test_words_for_programs(void **state) {
    (void)state;
    /* "Other Michigan cities": the state; "task force levels" names no
     * task force; "360 is how ..." is the program, no figure */
    cp_corpus *c =
        load("Other Michigan cities have used the program, unlike the two Kansas Cities. "
             "The request would "
             "sustain current task force levels.\n\nThe DEA 360 Strategy came to "
             "Dayton. \"360 is how we go after both sides,\" he said.\n");
    assert_non_null(cp_corpus_site_by_id(c, "michigan"));
    assert_null(cp_corpus_site_by_id(c, "kansas"));
    assert_null(cp_corpus_program_by_id(c, "sustain-current-task-force"));
    const cp_document *d = cp_corpus_document_at(c, 0);
    for (size_t i = 0; i < cp_document_figure_count(d); i++)
        assert_true(cp_figure_value(cp_document_figure_at(d, i)) != 360);
    cp_corpus_free(c);
    /* a unit of a national family named by its region is a part of the
     * family's program; a state's is the program itself; a headline's
     * words are no region */
    c = load(
        "Sheriff Announces Safe Streets Task Force\n\nThe Gulf Coast Homeland Security "
        "Task Force and the Mid-Michigan Safe Streets Task Force grew. The Alabama "
        "Homeland Security Task Force grew. Each Safe Streets Task Force grew. The FBI "
        "Milwaukee Safe Streets Task Force grew.\n");
    const cp_program *gulf =
        cp_corpus_program_by_id(c, "gulf-coast-homeland-security-task-force");
    const cp_program *mid =
        cp_corpus_program_by_id(c, "mid-michigan-safe-streets-task-force");
    assert_non_null(gulf);
    assert_non_null(mid);
    assert_string_equal(cp_program_id(cp_program_parent(gulf)),
                        "homeland-security-task-forces");
    assert_string_equal(cp_program_id(cp_program_parent(mid)),
                        "safe-streets-task-forces");
    assert_null(cp_corpus_program_by_id(c, "alabama-homeland-security-task-force"));
    assert_null(cp_corpus_program_by_id(c, "each-safe-streets-task-force"));
    assert_null(cp_corpus_program_by_id(c, "milwaukee-safe-streets-task-force"));
    assert_null(cp_corpus_program_by_id(c, "sheriff-announces-safe-streets-task-force"));
    cp_corpus_free(c);
    /* "Under" in a headline ends what comes before it */
    c = load("Justice Department Sends Agents to Three Cities Under Harbor Crime "
             "Initiative\n\n"
             "The Harbor Crime Initiative grew.\n");
    assert_non_null(cp_corpus_program_by_id(c, "harbor-crime-initiative"));
    assert_int_equal(cp_corpus_program_count(c), 1);
    cp_corpus_free(c);
    /* units named by an umbrella program's words are its parts; "Each
     * Surge Team" is one of the "Harbor Surge Teams" */
    c = load(
        "The order launches the Harbor Surge Initiative.\n\nIt sends Harbor Surge Teams "
        "to Memphis and Gary.\n\nEach Surge Team will have 50 agents.\n");
    const cp_program *teams = cp_corpus_program_by_id(c, "harbor-surge-teams");
    const cp_program *surge = cp_corpus_program_by_id(c, "harbor-surge-initiative");
    assert_non_null(teams);
    assert_non_null(surge);
    assert_ptr_equal(cp_program_parent(teams), surge);
    assert_true(program_has_site(surge, "memphis-tn"));
    assert_null(cp_corpus_program_by_id(c, "surge-team"));
    cp_corpus_free(c);
    /* "the task force" stands for a name in the singular before one in the
     * plural ("16 Blue Trails Task Forces") */
    c = load(
        "Statement of the director\n\nThank you for the chance to discuss the task "
        "forces we lead with state and local partners across the country today.\n\n"
        "The first Harbor Streets Task Force began work in 1992. Today we lead 160 "
        "Harbor Streets Task Forces and 16 Blue Trails Task Forces.\n\nIn Charlotte, "
        "the task force spent three years on one gang, and 38 people were indicted.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-streets-task-force");
    const cp_program *blue = cp_corpus_program_by_id(c, "blue-trails-task-forces");
    assert_non_null(harbor);
    assert_non_null(blue);
    assert_false(program_has_site(blue, "charlotte-nc"));
    assert_true(program_has_site(harbor, "charlotte-nc"));
    cp_corpus_free(c);
}

static void test_roundup_paragraphs(void **state) {
    (void)state;
    /* paragraphs labelled by their place after a lead-in's colon are its
     * items; "the city" in one is its label's; an agency later in a list
     * "with the" opens is a partner's */
    cp_corpus *c = load(
        "Eight New Sites Join the Harbor Safety Partnership\n\nWASHINGTON - The "
        "department "
        "today announced that new cities will join the Harbor Safety Partnership, its "
        "program for helping local leaders reduce violent crime, officials said.\n\nThe "
        "new "
        "sites are:\n\nAurora, Colorado. The city recorded 41 homicides in 2022. A team "
        "will "
        "work with the Aurora Police Department.\n\nJackson, Mississippi. A team will "
        "work "
        "with the Jackson Police Department, the Hinds County District Attorney and the "
        "U.S. "
        "Attorney. The city received $2 million last year under the Valley Peace "
        "Initiative.\n\n"
        "Topeka, Kansas. The city recorded 57 homicides in 2022.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-safety-partnership");
    const cp_program *valley = cp_corpus_program_by_id(c, "valley-peace-initiative");
    assert_non_null(harbor);
    assert_non_null(valley);
    assert_true(program_has_site(harbor, "topeka-ks"));
    assert_true(program_has_site(harbor, "jackson-ms"));
    assert_false(program_has_site(harbor, "hinds-county-ms"));
    assert_true(program_has_site(valley, "jackson-ms"));
    assert_false(program_has_site(valley, "aurora-co"));
    cp_corpus_free(c);
}

static void test_subjects_hours_and_ranges(void **state) {
    (void)state;
    /* "the city was in" a program; "It has been a ... area" after a
     * sentence that opens with its place; a place "not in any" of them */
    cp_corpus *c = load(
        "A review of three programs\n\nWe looked at programs in many cities across the "
        "country over five years and spoke with dozens of officials about "
        "them.\n\nKansas "
        "City has had help for years, officials said. Still, the city was in the Harbor "
        "Safety Partnership from 2017 to 2020.\n\nMilwaukee is the only city that took "
        "part "
        "in all of them. It has been a River Guard Network focus area since 2019.\n\nBy "
        "contrast, Omaha, Nebraska, which was not in any of the programs, cut shootings "
        "with the help of the Prairie Peace Initiative.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-safety-partnership");
    const cp_program *river = cp_corpus_program_by_id(c, "river-guard-network");
    const cp_program *prairie = cp_corpus_program_by_id(c, "prairie-peace-initiative");
    assert_non_null(harbor);
    assert_non_null(river);
    assert_non_null(prairie);
    assert_true(program_has_site(harbor, "kansas-city-mo"));
    assert_true(program_has_site(river, "milwaukee-wi"));
    assert_false(program_has_site(prairie, "omaha-ne"));
    cp_corpus_free(c);
    /* what "the department" opened is the city's; places "expected to
     * follow" are not members yet */
    c = load(
        "Columbia police changed tactics\n\nCOLUMBIA, S.C. - The biggest change came "
        "from a Harbor Gun Task Force the department launched in 2020, officers said.\n\n"
        "It is the first Delta Guard Initiative site in the state, and if it works, "
        "Florence and Sumter are expected to follow.\n");
    const cp_program *center = cp_corpus_program_by_id(c, "harbor-gun-task-force");
    const cp_program *delta = cp_corpus_program_by_id(c, "delta-guard-initiative");
    assert_non_null(center);
    assert_non_null(delta);
    assert_true(program_has_site(center, "columbia-sc"));
    assert_false(program_has_site(delta, "florence-sc"));
    assert_false(program_has_site(delta, "sumter-sc"));
    cp_corpus_free(c);
    /* places before the clause that leaves others out are linked; a place
     * a relative clause leaves out is not */
    c = load("The study follows four cities that joined the Harbor Safety Partnership - "
             "Toledo and Flint - and compares them with cities that did not take part, "
             "including Akron. Tulsa, which was not selected for the Harbor Safety "
             "Partnership, applied again.\n");
    harbor = cp_corpus_program_by_id(c, "harbor-safety-partnership");
    assert_non_null(harbor);
    assert_true(program_has_site(harbor, "toledo-oh"));
    assert_true(program_has_site(harbor, "flint-mi"));
    assert_false(program_has_site(harbor, "akron-oh"));
    assert_false(program_has_site(harbor, "tulsa-ok"));
    cp_corpus_free(c);
    /* a state that an amount of grants goes to, last in its clause */
    c = load("The bureau set aside $300 million for the Harbor Hiring Program this spring. "
             "Awards reach sheriffs and police chiefs across the country, among them "
             "$4.2 million in grants to pay for 30 deputies in Oregon. Idaho was not "
             "mentioned.\n");
    const cp_program *hiring = cp_corpus_program_by_id(c, "harbor-hiring-program");
    assert_non_null(hiring);
    assert_true(program_has_site(hiring, "oregon"));
    assert_false(program_has_site(hiring, "idaho"));
    cp_corpus_free(c);
    /* "..., and along with St. Louis was among the cities of" a later
     * program: both places are its, the subject stays the first's too */
    c = load("Memphis has been a site of the Harbor Safety Partnership since 2017, and along "
             "with St. Louis was among the cities that received agents under Operation Gray "
             "Owl.\n");
    const cp_program *owl = cp_corpus_program_by_id(c, "operation-gray-owl");
    const cp_program *psp = cp_corpus_program_by_id(c, "harbor-safety-partnership");
    assert_non_null(owl);
    assert_non_null(psp);
    assert_true(program_has_site(owl, "memphis-tn"));
    assert_true(program_has_site(owl, "st-louis-mo"));
    assert_true(program_has_site(psp, "memphis-tn"));
    assert_false(program_has_site(psp, "st-louis-mo"));
    cp_corpus_free(c);
    /* a program's name that only says which cities goes on with the program
     * before it; "311 defendants" is a count */
    c = load("The department made $61 million available through the Harbor Hiring Program "
             "to hire officers in Operation Gray Owl cities, including $8.75 million for 70 "
             "officers in Chicago. Chicago: 1,206 arrests; 311 defendants charged.\n");
    const cp_program *hire = cp_corpus_program_by_id(c, "harbor-hiring-program");
    assert_non_null(hire);
    assert_true(program_has_site(hire, "chicago-il"));
    const cp_document *doc = cp_corpus_document_at(c, 0);
    bool counted = false;
    for (size_t k = 0; k < cp_document_figure_count(doc); k++)
        counted |= cp_figure_value(cp_document_figure_at(doc, k)) == 311;
    assert_true(counted);
    cp_corpus_free(c);
    /* "the city had committed to" a program's component after its acronym */
    c = load("SAGINAW, Mich. - The council voted to leave the partnership.\n\nUnder its agreement, "
             "the city had committed to a three-year engagement with a PSP Operations "
             "Team.\n");
    const cp_program *ops = cp_corpus_program_by_id(c, "psp-operations-teams");
    assert_non_null(ops);
    assert_true(program_has_site(ops, "saginaw-mi"));
    cp_corpus_free(c);
    /* a neighbourhood is no famous city ("of South Boston" in Virginia);
     * "nobody in Boston" is no member */
    c = load("RICHMOND, Va. - Virginia State Police charged a man of South Boston and a "
             "woman of Danville under the Harbor Gun Initiative. Nobody in Lynchburg has "
             "answered, said a pastor of the Harbor Gun Initiative.\n");
    assert_non_null(cp_corpus_site_by_id(c, "south-boston-va"));
    assert_null(cp_corpus_site_by_id(c, "south-boston-ma"));
    const cp_program *gun = cp_corpus_program_by_id(c, "harbor-gun-initiative");
    assert_non_null(gun);
    assert_false(program_has_site(gun, "lynchburg-va"));
    cp_corpus_free(c);
    /* one person's place ("a New York City police officer") */
    c = load(
        "The Harbor Grant Program is named for Ed Byrne, a Trenton police officer who "
        "was killed in 1988. It funds Camden and Newark.\n");
    const cp_program *grant = cp_corpus_program_by_id(c, "harbor-grant-program");
    assert_non_null(grant);
    assert_false(program_has_site(grant, "trenton-nj"));
    assert_true(program_has_site(grant, "camden-nj"));
    cp_corpus_free(c);
    /* an hour after a word of the day's time; a range of counts with a
     * hyphen, not a vote's tally nor a phone number's parts */
    assert_values("Hear it again tonight at 7 on our station.", "");
    assert_values("It has 20-25 active sites and grew 10-15% a year.", "20;25;10;15");
    assert_values("The board voted 6-3 to call 555-0100.", "");
    /* a quoted name's number word; a headline's number over a counted noun */
    assert_values("Members of the \xE2\x80\x9C"
                  "Dub Five\xE2\x80\x9D gang and the \"Jackson "
                  "Five\" band met.",
                  "");
    assert_values("Agents Go to Three Cities", "3");
}

static void test_author_place(void **state) {
    (void)state;
    /* a region keeps the name the text writes, under the table's id */
    cp_corpus *r = load("A task force will work in the Triad area of North Carolina.\n");
    const cp_site *triad = cp_corpus_site_by_id(r, "piedmont-triad-nc");
    assert_non_null(triad);
    assert_string_equal(cp_site_name(triad), "Triad");
    cp_corpus_free(r);
    /* a local government's own text: what "we" and "the department" got
     * is its place's */
    cp_corpus *c =
        load("CITY OF HARTFORD, CONNECTICUT\nOFFICE OF THE MAYOR\n\nState of the "
             "City\n\nLast year shootings in Hartford fell by a third.\n\nThrough "
             "the Harbor Safety Partnership, the U.S. Attorney's Office in New Haven "
             "sent us a grant. Through the River Hiring Program, 10 officers joined "
             "our force.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-safety-partnership");
    const cp_program *river = cp_corpus_program_by_id(c, "river-hiring-program");
    assert_non_null(harbor);
    assert_non_null(river);
    assert_true(program_has_site(harbor, "hartford-ct"));
    assert_true(program_has_site(river, "hartford-ct"));
    assert_false(program_has_site(harbor, "new-haven-ct"));
    cp_corpus_free(c);
    c = load(
        "TULSA POLICE DEPARTMENT\n2023 ANNUAL REPORT\n\nFederal grants are part of the "
        "budget in Tulsa. In 2023 the department managed awards from the Prairie Gun "
        "Initiative and the Delta Hiring Program.\n");
    const cp_program *prairie = cp_corpus_program_by_id(c, "prairie-gun-initiative");
    assert_non_null(prairie);
    assert_true(program_has_site(prairie, "tulsa-ok"));
    cp_corpus_free(c);
}

static void test_family_grants_and_home_state(void **state) {
    (void)state;
    /* "a COPS grant" where the text names one member of the COPS family is
     * that member's award */
    cp_corpus *c =
        load("Town gets federal COPS grant for two officers\n\nCORBIN, Ky. - The "
             "Corbin Police Department was picked this week for the COPS Hiring Program. "
             "Police departments in Hazard and Harlan, along with the Perry County "
             "Sheriff's Office, were picked as well.\n\nRecruits train for 20 weeks at "
             "the state academy in Richmond.\n");
    assert_null(cp_corpus_program_by_id(c, "cops-program"));
    const cp_program *hiring = cp_corpus_program_by_id(c, "cops-hiring-program");
    assert_non_null(hiring);
    assert_true(program_has_site(hiring, "corbin-ky"));
    assert_true(program_has_site(hiring, "hazard-ky"));
    /* ("along with the" sheriff's office: one more of the list, not a
     * partner agency) */
    assert_true(program_has_site(hiring, "perry-county-ky"));
    /* a town of the dateline's state keeps its reading beside a larger
     * city of the name elsewhere */
    assert_non_null(cp_corpus_site_by_id(c, "richmond-ky"));
    assert_null(cp_corpus_site_by_id(c, "richmond-va"));
    cp_corpus_free(c);
    /* with two members named, the family's grant stays the umbrella's */
    c = load("A COPS grant paid for it. The COPS Hiring Program and the COPS Technology "
             "Program both gave money to Dayton.\n");
    assert_non_null(cp_corpus_program_by_id(c, "cops-program"));
    cp_corpus_free(c);
    /* and a name the text writes in full is not folded */
    c = load("The COPS Program began in 1994. Its COPS Hiring Program sent money to "
             "Dayton.\n");
    assert_non_null(cp_corpus_program_by_id(c, "cops-program"));
    cp_corpus_free(c);
}

static void test_pairs_records_and_references(void **state) {
    (void)state;
    /* a pair shares the state written after its second place */
    cp_corpus *c =
        load("Its crews sold in Charlotte, North Carolina; Greenville and Spartanburg, "
             "South Carolina; and Florence, Alabama.\n");
    assert_non_null(cp_corpus_site_by_id(c, "greenville-sc"));
    assert_null(cp_corpus_site_by_id(c, "greenville-nc"));
    cp_corpus_free(c);
    /* ... not a famous city's name before a small namesake's state */
    c = load("Agents flew in from Houston and Jackson, Mississippi.\n");
    assert_non_null(cp_corpus_site_by_id(c, "houston-tx"));
    cp_corpus_free(c);
    /* a list neighbour's state does not undo a city the text read already */
    c = load(
        "The surge went to Chicago, Cleveland and Detroit.\n\nMemphis, Tennessee, saw "
        "the largest drop. Some partner cities, Memphis, Cleveland and Kansas City among "
        "them, did better.\n");
    assert_non_null(cp_corpus_site_by_id(c, "cleveland-oh"));
    assert_null(cp_corpus_site_by_id(c, "cleveland-tn"));
    cp_corpus_free(c);
    /* "<Place> City Council" of a place of the state in view */
    c = load(
        "The Montgomery City Council voted 6-3 to join the River Safety Partnership, "
        "the first city in Alabama to do so.\n");
    assert_non_null(cp_corpus_site_by_id(c, "montgomery-al"));
    assert_null(cp_corpus_site_by_id(c, "montgomery-city-mo"));
    cp_corpus_free(c);
    /* a mid-sized far city's bare name in a text of one state's places */
    c = load("Logan County and Mingo County, West Virginia, will share the grant with "
             "Williamson. Out past Gilbert, help can take an hour to come.\n");
    assert_null(cp_corpus_site_by_id(c, "gilbert-az"));
    cp_corpus_free(c);
    /* places listed right after "comparison cities" are compared */
    c = load("The Harbor Gun Initiative worked in Chicago and Memphis.\n\nIts rates were "
             "set against six comparison cities - among them Louisville, Kentucky; and "
             "Omaha, Nebraska - where the rate rose. Kansas City, Missouri, was one of "
             "the comparison jurisdictions, along with Tulsa, Oklahoma.\n");
    const cp_program *harbor = cp_corpus_program_by_id(c, "harbor-gun-initiative");
    assert_non_null(harbor);
    assert_true(program_has_site(harbor, "memphis-tn"));
    assert_false(program_has_site(harbor, "louisville-ky"));
    assert_false(program_has_site(harbor, "omaha-ne"));
    assert_false(program_has_site(harbor, "tulsa-ok"));
    cp_corpus_free(c);
    /* "the sweep" is the operation; "It" goes on about the program the
     * sentence before referred to; "to the city as part of" a program */
    c = load(
        "Fugitive sweep nets 212 arrests in New Mexico\n\nThe 30-day \"Operation Desert "
        "Net\" targeted people wanted in three counties.\n\nATF agents used NIBIN to "
        "link "
        "guns to shootings. NIBIN gave 40 leads. NIBIN is a national network.\n\nThe "
        "sweep focused on Albuquerque, Rio Rancho, Los Lunas and the South Valley.\n\nIn "
        "2020, agents were sent to the city as part of Operation Legend.\n");
    const cp_program *net = cp_corpus_program_by_id(c, "operation-desert-net");
    assert_non_null(net);
    assert_true(program_has_site(net, "rio-rancho-nm"));
    assert_true(program_has_site(net, "los-lunas-nm"));
    const cp_program *legend = cp_corpus_program_by_id(c, "operation-legend");
    assert_non_null(legend);
    assert_true(program_has_site(legend, "albuquerque-nm"));
    cp_corpus_free(c);
    c = load(
        "Sheriff cites HIDTA results\n\nMarion County joined the North Florida Gang Task "
        "Force in May. The county has been part of a HIDTA since 2019, and HIDTA money "
        "pays for two analysts.\n\nThe task force is led by the FBI. It covers Marion, "
        "Alachua and Levy counties.\n");
    const cp_program *gang = cp_corpus_program_by_id(c, "north-florida-gang-task-force");
    assert_non_null(gang);
    assert_true(program_has_site(gang, "levy-county-fl"));
    cp_corpus_free(c);
    /* records of "Label: value" lines after a lead-in */
    c = load("Operation Bayou Net ended with 300 arrests in three states.\n\nResults by "
             "metro area:\n\nCity: Mobile, Ala.\nArrests: 164\n\nCity: Hattiesburg, "
             "Miss.\nArrests: 61\n\nCity: Pensacola, Fla.\nArrests: 75\n");
    const cp_program *bayou = cp_corpus_program_by_id(c, "operation-bayou-net");
    assert_non_null(bayou);
    assert_true(program_has_site(bayou, "hattiesburg-ms"));
    assert_true(program_has_site(bayou, "pensacola-fl"));
    cp_corpus_free(c);
    /* a city's unit of a national program: the city is the program's */
    c = load("Guns bought in Indiana were sold in Chicago. The case was worked by the "
             "Chicago Firearms Trafficking Strike Force, one of five regional strike "
             "forces.\n");
    const cp_program *forces =
        cp_corpus_program_by_id(c, "firearms-trafficking-strike-forces");
    assert_non_null(forces);
    assert_true(program_has_site(forces, "chicago-il"));
    cp_corpus_free(c);
    /* agents pulled in from other cities' offices; a former officer's city */
    c = load(
        "Five weeks into the Memphis Safe Task Force, agents patrol Memphis.\n\nThe task "
        "force has pulled in agents from field offices in Nashville and Little Rock.\n");
    const cp_program *memphis = cp_corpus_program_by_id(c, "memphis-safe-task-force");
    assert_non_null(memphis);
    assert_true(program_has_site(memphis, "memphis-tn"));
    assert_false(program_has_site(memphis, "nashville-tn"));
    cp_corpus_free(c);
    c = load("Five weeks into the Memphis Safe Task Force, agents patrol Memphis.\n\nA "
             "retired "
             "Nashville police lieutenant said the task force is working.\n");
    memphis = cp_corpus_program_by_id(c, "memphis-safe-task-force");
    assert_non_null(memphis);
    assert_false(program_has_site(memphis, "nashville-tn"));
    cp_corpus_free(c);
    /* an agency author's own table of awards */
    c = load(
        "RENO POLICE DEPARTMENT\nANNUAL REPORT\n\nFederal money is part of the budget "
        "in Reno. The table lists our awards.\n\n"
        "| Program | Agency | Amount |\n| --- | --- | --- |\n| Sierra Hiring Program | "
        "COPS Office | $250,000 |\n| Basin Camera Initiative | BJA | $90,000 |\n");
    const cp_program *camera = cp_corpus_program_by_id(c, "basin-camera-initiative");
    assert_non_null(camera);
    assert_true(program_has_site(camera, "reno-nv"));
    cp_corpus_free(c);
    /* "the two cities": the two the text names most */
    c = load(
        "Operation Steel Shield went to Birmingham and Montgomery.\n\nBirmingham had 140 "
        "homicides. Montgomery had 72.\n\nBoth districts are putting Project Safe "
        "Neighborhoods money into the two cities this year.\n");
    const cp_program *psn = cp_corpus_program_by_id(c, "project-safe-neighborhoods");
    assert_non_null(psn);
    assert_true(program_has_site(psn, "birmingham-al"));
    assert_true(program_has_site(psn, "montgomery-al"));
    cp_corpus_free(c);
    /* "the same federal initiative": the last named initiative */
    c = load(
        "Project Safe Neighborhoods cases rise in Louisville\n\nProsecutors charged 83 "
        "people from Louisville under Project Safe Neighborhoods. Project Safe "
        "Neighborhoods is a national program.\n\nThe city also won a grant from the "
        "Community Violence Intervention and Prevention Initiative.\n\nLexington "
        "received $900,000 from the same federal initiative last fall.\n");
    const cp_program *cvipi = cp_corpus_program_by_id(c, "cvipi");
    assert_non_null(cvipi);
    assert_true(program_has_site(cvipi, "lexington-ky"));
    assert_false(program_has_site(
        cp_corpus_program_by_id(c, "project-safe-neighborhoods"), "lexington-ky"));
    cp_corpus_free(c);
    /* a well-known city of 50,000 over a town a tenth its size */
    c = load("The first group included Camden, Chicago, Detroit and Wilmington, Del.; "
             "Columbia, S.C., joined later.\n");
    assert_non_null(cp_corpus_site_by_id(c, "camden-nj"));
    assert_null(cp_corpus_site_by_id(c, "camden-sc"));
    cp_corpus_free(c);
    /* a state's name before "District" names a city's quarter */
    c = load("Bars in the Oregon District will close early, the Dayton police said.\n");
    assert_null(cp_corpus_site_by_id(c, "oregon"));
    cp_corpus_free(c);
    /* where chiefs gathered is no site of the program announced there */
    c = load("Chiefs gathered in Baltimore for the summit, where the Attorney General "
             "announced the Harbor Crime Initiative for Camden and Newark.\n");
    const cp_program *harbor_crime =
        cp_corpus_program_by_id(c, "harbor-crime-initiative");
    assert_non_null(harbor_crime);
    assert_true(program_has_site(harbor_crime, "newark-nj"));
    assert_false(program_has_site(harbor_crime, "baltimore-md"));
    cp_corpus_free(c);
    /* "the three Lehigh Valley cities"; "the Lehigh Valley program" is a
     * region's program, no name; a county's courtroom */
    c = load(
        "Prosecutors will bring a version of Project Exile, the program credited with "
        "cutting homicides in Richmond, Va., to the three Lehigh Valley cities. Police "
        "in "
        "Allentown, Bethlehem or Easton will send cases to federal court.\n\nOfficials "
        "in Reading hope to join the Lehigh Valley program next year. A gun case may no "
        "longer end up in a Lehigh County courtroom.\n");
    const cp_program *exile = cp_corpus_program_by_id(c, "project-exile");
    assert_non_null(exile);
    assert_true(program_has_site(exile, "easton-pa"));
    assert_false(program_has_site(exile, "lehigh-county-pa"));
    assert_null(cp_corpus_program_by_id(c, "lehigh-valley-program"));
    cp_corpus_free(c);
    /* an agency's full name before a program's is no part of it */
    c = load(
        "An operation led by the U.S. Marshals Northern Ohio Violent Fugitive Task Force "
        "ended Friday in Toledo.\n");
    assert_non_null(
        cp_corpus_program_by_id(c, "northern-ohio-violent-fugitive-task-force"));
    cp_corpus_free(c);
    /* states' awards: "In FY2024, California received ...", "followed by
     * Texas at $28.9 million"; "a single JAG award" */
    c = load(
        "## Byrne JAG\n\nThe Byrne JAG program is a formula grant. In FY2024, California "
        "received the largest award, $31.6 million, followed by Texas at $28.9 million. "
        "Wyoming, at about $650,000, received the smallest.\n\n## Locally\n\nIn "
        "Chicago, the city and Cook County share a single JAG award.\n");
    const cp_program *jag = cp_corpus_program_by_id(c, "byrne-jag");
    assert_non_null(jag);
    assert_true(program_has_site(jag, "california"));
    assert_true(program_has_site(jag, "texas"));
    assert_true(program_has_site(jag, "wyoming"));
    assert_true(program_has_site(jag, "chicago-il"));
    cp_corpus_free(c);
    /* a known program's three letters alone, never defined, are some
     * police department's */
    c = load(
        "Federal agents, CPD target West Side gun pipeline\n\nATF agents and Chicago "
        "police work the corridor.\n");
    assert_null(cp_corpus_program_by_id(c, "cops-community-policing-development"));
    cp_corpus_free(c);
    c = load(
        "The Community Policing Development (CPD) program paid for it. CPD money went to "
        "Tulsa.\n");
    assert_non_null(cp_corpus_program_by_id(c, "cops-community-policing-development"));
    cp_corpus_free(c);
    /* a table's column headed "City": its names are places */
    c = load(
        "Project Safe Neighborhoods cases in Missouri, by city:\n\n| City | Defendants "
        "|\n|---|---|\n| Kansas City | 287 |\n| Independence | 41 |\n| Sedalia | 12 "
        "|\n");
    assert_non_null(cp_corpus_site_by_id(c, "independence-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "sedalia-mo"));
    cp_corpus_free(c);
    /* a mayor's own text speaks as the city; a city "not asked" is left
     * out */
    c = load(
        "From the Mayor's Desk\n\nWhy Fresno is leaving the task force\n\nPosted by "
        "Mayor Ana Ruiz\n\nOur $500,000 Valley Hiring Program grant pays for four "
        "officers.\n\nModesto was added to Operation Harvest Net last week. Fresno was "
        "not asked.\n");
    const cp_program *valley = cp_corpus_program_by_id(c, "valley-hiring-program");
    assert_non_null(valley);
    assert_true(program_has_site(valley, "fresno-ca"));
    const cp_program *harvest = cp_corpus_program_by_id(c, "operation-harvest-net");
    assert_non_null(harvest);
    assert_true(program_has_site(harvest, "modesto-ca"));
    assert_false(program_has_site(harvest, "fresno-ca"));
    cp_corpus_free(c);
    /* "in Tennessee, Campbell and Knox counties": the state opening a list */
    c = load(
        "The Ridge Drug Task Force covers 12 counties: in Kentucky, Bell, Knox and Pike "
        "counties; in Tennessee, Campbell, Knox and Sevier counties; and in West "
        "Virginia, "
        "Boone and Logan counties.\n");
    assert_non_null(cp_corpus_site_by_id(c, "knox-county-tn"));
    assert_non_null(cp_corpus_site_by_id(c, "campbell-county-tn"));
    assert_non_null(cp_corpus_site_by_id(c, "boone-county-wv"));
    assert_null(cp_corpus_site_by_id(c, "boone-county-ky"));
    cp_corpus_free(c);
    /* "outside the Chicago area"; "Federal prosecutors in Chicago"; drugs
     * "distributed through cells in Atlanta" */
    c = load("Rockford is the first city outside the Chicago area to get a Prairie Gun "
             "Task Force. Federal prosecutors in Chicago said they will review its "
             "cases.\n\nThe "
             "Prairie Gun Task Force covers Rockford and Belvidere. Most methamphetamine "
             "there is "
             "distributed through cells in Atlanta.\n");
    const cp_program *prairie_gun = cp_corpus_program_by_id(c, "prairie-gun-task-force");
    assert_non_null(prairie_gun);
    assert_true(program_has_site(prairie_gun, "belvidere-il"));
    assert_false(program_has_site(prairie_gun, "chicago-il"));
    assert_false(program_has_site(prairie_gun, "atlanta-ga"));
    cp_corpus_free(c);
    /* a nested item's place is of the state its parent item names; "two
     * cities named Springfield" speaks of names */
    c = load(
        "Awards of the River Violence Initiative:\n\n- Illinois - 2 awards\n   - "
        "Chicago: $2,000,000\n   - Springfield: $1,000,000\n- Missouri - 2 awards\n   - "
        "St. Louis: $2,000,000\n   - Springfield: $900,000\n\nNote: two cities named "
        "Springfield appear above.\n");
    assert_non_null(cp_corpus_site_by_id(c, "springfield-mo"));
    assert_non_null(cp_corpus_site_by_id(c, "springfield-il"));
    cp_corpus_free(c);
    /* a region's unit named by an umbrella program's words is its part; a
     * lawmaker "represents" her district */
    c = load(
        "The awards are:\n\n**COPS Anti-Heroin Task Force Program**\n- State Police, "
        "for the Northeast Anti-Heroin Task Force covering Lackawanna and Wayne "
        "counties: $1,175,930\n\n**STOP School Violence Program**\n- East "
        "Stroudsburg Area School District: $500,000\n\nCostigan represents Pike and "
        "Monroe counties, Pennsylvania.\n");
    const cp_program *heroin =
        cp_corpus_program_by_id(c, "cops-anti-heroin-task-force-program");
    assert_non_null(heroin);
    assert_true(program_has_site(heroin, "wayne-county-pa"));
    const cp_program *school = cp_corpus_program_by_id(c, "stop-school-violence-program");
    assert_non_null(school);
    assert_false(program_has_site(school, "monroe-county-pa"));
    cp_corpus_free(c);
    /* "near Trenton in Gibson County": the town of the county's state */
    c = load("Members live near Trenton in Gibson County.\n");
    assert_non_null(cp_corpus_site_by_id(c, "trenton-tn"));
    assert_null(cp_corpus_site_by_id(c, "trenton-nj"));
    cp_corpus_free(c);
    /* a quoted road's number is a name */
    assert_values("He kept a ledger he called \"Route 66.\" It listed 41 guns.\n", "41");
    /* "a PSP diagnostic team" */
    c = load("A PSP diagnostic team will spend six months in Montgomery.\n");
    assert_non_null(cp_corpus_program_by_id(c, "psp-diagnostic-teams"));
    cp_corpus_free(c);
}

int main(void) {
    const struct CMUnitTest seeds[] = {
        cmocka_unit_test(test_partnership),
        cmocka_unit_test(test_strike_forces),
        cmocka_unit_test(test_seed_figures),
        cmocka_unit_test(test_figures_from_json),
    };
    const struct CMUnitTest own[] = {
        cmocka_unit_test(test_figure_patterns),
        cmocka_unit_test(test_site_county_and_code),
        cmocka_unit_test(test_site_named_after_state),
        cmocka_unit_test(test_site_named_before_kept),
        cmocka_unit_test(test_site_common_word_item),
        cmocka_unit_test(test_site_township_agency),
        cmocka_unit_test(test_site_county_column),
        cmocka_unit_test(test_site_speaker_labels),
        cmocka_unit_test(test_site_state_in_parentheses),
        cmocka_unit_test(test_sites_joined_by_hyphen),
        cmocka_unit_test(test_lead_in_state_lines),
        cmocka_unit_test(test_corpus_figure_order),
        cmocka_unit_test(test_figure_details),
        cmocka_unit_test(test_figure_magnitudes),
        cmocka_unit_test(test_figure_negative),
        cmocka_unit_test(test_link_sentences),
        cmocka_unit_test(test_link_same_program),
        cmocka_unit_test(test_link_here),
        cmocka_unit_test(test_link_set_apart),
        cmocka_unit_test(test_link_trend_sentence),
        cmocka_unit_test(test_link_task_force_referred),
        cmocka_unit_test(test_link_center_referred),
        cmocka_unit_test(test_link_team_referred),
        cmocka_unit_test(test_link_program_after_lead),
        cmocka_unit_test(test_link_digest_subject),
        cmocka_unit_test(test_link_section_by_kind),
        cmocka_unit_test(test_link_nested_under_item),
        cmocka_unit_test(test_link_the_city),
        cmocka_unit_test(test_link_headline),
        cmocka_unit_test(test_link_state_headings),
        cmocka_unit_test(test_link_main_program),
        cmocka_unit_test(test_link_exclusions),
        cmocka_unit_test(test_link_case_release),
        cmocka_unit_test(test_link_contrast),
        cmocka_unit_test(test_link_no_main_program),
        cmocka_unit_test(test_link_table_rows),
        cmocka_unit_test(test_link_award_lines),
        cmocka_unit_test(test_link_headline_object),
        cmocka_unit_test(test_links_of_several_programs),
        cmocka_unit_test(test_state_links),
        cmocka_unit_test(test_known_programs),
        cmocka_unit_test(test_link_letterhead_and_request),
        cmocka_unit_test(test_program_head_before_on),
        cmocka_unit_test(test_link_money_named_before),
        cmocka_unit_test(test_bold_line_heading),
        cmocka_unit_test(test_links_by_numbered_part),
        cmocka_unit_test(test_links_by_section),
        cmocka_unit_test(test_link_main_by_sentences),
        cmocka_unit_test(test_link_place_in_passing),
        cmocka_unit_test(test_link_so_were_too),
        cmocka_unit_test(test_link_program_named_later),
        cmocka_unit_test(test_link_roundup_recipients),
        cmocka_unit_test(test_link_item_of_own_program),
        cmocka_unit_test(test_link_roundup_sections),
        cmocka_unit_test(test_link_component),
        cmocka_unit_test(test_link_named_no_member),
        cmocka_unit_test(test_link_city_works_through),
        cmocka_unit_test(test_link_others_based_in),
        cmocka_unit_test(test_link_paragraph_topic),
        cmocka_unit_test(test_link_regions),
        cmocka_unit_test(test_program_patterns),
        cmocka_unit_test(test_adopted_strings),
        cmocka_unit_test(test_run_in_place_heads),
        cmocka_unit_test(test_the_city_around),
        cmocka_unit_test(test_items_of_a_lead_in),
        cmocka_unit_test(test_contrast_clause),
        cmocka_unit_test(test_kind_reference_until_another),
        cmocka_unit_test(test_washington_alone),
        cmocka_unit_test(test_digest_in_bold),
        cmocka_unit_test(test_based_in),
        cmocka_unit_test(test_cue_opening_a_sentence),
        cmocka_unit_test(test_award_line_tags),
        cmocka_unit_test(test_county_locating_a_city),
        cmocka_unit_test(test_state_county_in_lower_case),
        cmocka_unit_test(test_defendants_homes),
        cmocka_unit_test(test_item_section_ends_with_list),
        cmocka_unit_test(test_town_near_the_story),
        cmocka_unit_test(test_will_apply),
        cmocka_unit_test(test_states_receive_together),
        cmocka_unit_test(test_institution_words),
        cmocka_unit_test(test_government_of_place),
        cmocka_unit_test(test_section_named_in_passing),
        cmocka_unit_test(test_town_before_abbreviated_name),
        cmocka_unit_test(test_operation_short_name_and_joint_lead_in),
        cmocka_unit_test(test_story_of_places_around_programs),
        cmocka_unit_test(test_earlier_programs),
        cmocka_unit_test(test_county_of_name),
        cmocka_unit_test(test_label_of_trend_item),
        cmocka_unit_test(test_named_case_and_namesakes),
        cmocka_unit_test(test_numbers_in_names),
        cmocka_unit_test(test_counties_tables_and_headlines),
        cmocka_unit_test(test_clauses_that_keep_places_out),
        cmocka_unit_test(test_words_for_programs),
        cmocka_unit_test(test_roundup_paragraphs),
        cmocka_unit_test(test_subjects_hours_and_ranges),
        cmocka_unit_test(test_author_place),
        cmocka_unit_test(test_family_grants_and_home_state),
        cmocka_unit_test(test_pairs_records_and_references),
    };
    int failed = cmocka_run_group_tests_name("seeds", seeds, setup, teardown);
    failed += cmocka_run_group_tests_name("own documents", own, NULL, NULL);
    return failed;
}
