/* The model through the public API: administrations, officials, agencies and
 * sites of the seeds, merging across documents, and one short document of our
 * own for each site pattern and each exclusion. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
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
    if (cp_corpus_load_dir(c, CP_SEEDS_DIR, 0, NULL) != CP_OK)
        return -1;
    *state = c;
    return 0;
}

static int teardown(void **state) {
    cp_corpus_free(*state);
    return 0;
}

static const cp_document *seed(void **state, int i) {
    const cp_document *d = cp_corpus_document_by_id(*state, SEEDS[i]);
    assert_non_null(d);
    return d;
}

static bool doc_has_site(const cp_document *d, const char *id) {
    for (size_t i = 0; i < cp_document_site_count(d); i++)
        if (strcmp(cp_site_id(cp_document_site_at(d, i)), id) == 0)
            return true;
    return false;
}

static const cp_official *doc_official(const cp_document *d, const char *name) {
    for (size_t i = 0; i < cp_document_official_count(d); i++)
        if (strcmp(cp_official_name(cp_document_official_at(d, i)), name) == 0)
            return cp_document_official_at(d, i);
    return NULL;
}

static void test_administrations(void **state) {
    static const char *const want[] = {"biden-2021", "trump-2017", "trump-2017", "obama-2009",
                                       "biden-2021"};
    for (int i = 0; i < 5; i++) {
        const cp_administration *a = cp_document_administration(seed(state, i));
        assert_non_null(a);
        assert_string_equal(cp_administration_id(a), want[i]);
    }
    const cp_administration *t = cp_corpus_administration_by_id(*state, "trump-2017");
    assert_string_equal(cp_administration_president(t), "Donald J. Trump");
    assert_string_equal(cp_administration_party(t), "Republican");
    assert_string_equal(cp_administration_start(t), "2017-01-20");
    assert_string_equal(cp_administration_end(t), "2021-01-20");
    assert_int_equal(cp_administration_document_count(t), 2);
    assert_null(cp_administration_end(cp_corpus_administration_by_id(*state, "trump-2025")));
    assert_null(cp_corpus_administration_by_id(*state, "nobody-1999"));
    /* listed: the three the seeds are about, ordered by id */
    assert_int_equal(cp_corpus_administration_count(*state), 3);
    assert_string_equal(cp_administration_id(cp_corpus_administration_at(*state, 0)),
                        "biden-2021");
    assert_string_equal(cp_administration_id(cp_corpus_administration_at(*state, 2)),
                        "trump-2017");
}

static void test_officials(void **state) {
    const cp_official *o = doc_official(seed(state, 1), "Jeff Sessions");
    assert_non_null(o);
    assert_string_equal(cp_official_role(o), "Attorney General");
    assert_string_equal(cp_administration_id(cp_official_administration(o)), "trump-2017");
    assert_true(cp_official_mention_count(o) >= 2); /* "Attorney General Sessions" joins */
    o = doc_official(seed(state, 0), "Jen Psaki");
    assert_non_null(o);
    assert_string_equal(cp_official_role(o), "White House Press Secretary");
    o = doc_official(seed(state, 0), "Merrick Garland");
    assert_non_null(o);
    assert_string_equal(cp_official_role(o), "Attorney General");
    o = doc_official(seed(state, 3), "Josh Earnest");
    assert_non_null(o);
    assert_string_equal(cp_official_role(o), "White House press secretary");
    assert_string_equal(cp_administration_id(cp_official_administration(o)), "obama-2009");
    const cp_mention *m = cp_official_mention_at(o, 0);
    const char *bytes = cp_document_bytes(cp_mention_document(m));
    assert_memory_equal(bytes + cp_mention_start(m), "White House press secretary Josh Earnest",
                        cp_mention_end(m) - cp_mention_start(m));
}

static void test_partnership_cities(void **state) {
    static const struct {
        const char *id, *name, *state;
        double lat, lon;
    } cities[] = {
        {"birmingham-al", "Birmingham", "AL", 33.52, -86.80},
        {"indianapolis-in", "Indianapolis", "IN", 39.77, -86.16},
        {"memphis-tn", "Memphis", "TN", 35.15, -90.05},
        {"toledo-oh", "Toledo", "OH", 41.66, -83.56},
        {"baton-rouge-la", "Baton Rouge", "LA", 30.45, -91.15},
        {"buffalo-ny", "Buffalo", "NY", 42.89, -78.88},
        {"cincinnati-oh", "Cincinnati", "OH", 39.10, -84.51},
        {"houston-tx", "Houston", "TX", 29.76, -95.36},
        {"jackson-tn", "Jackson", "TN", 35.61, -88.81},
        {"kansas-city-mo", "Kansas City", "MO", 39.10, -94.58},
        {"lansing-mi", "Lansing", "MI", 42.73, -84.56},
        {"springfield-il", "Springfield", "IL", 39.80, -89.64},
    };
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        const cp_site *s = cp_corpus_site_by_id(*state, cities[i].id);
        if (!s)
            fail_msg("no site %s", cities[i].id);
        assert_string_equal(cp_site_name(s), cities[i].name);
        assert_string_equal(cp_site_state(s), cities[i].state);
        assert_int_equal(cp_site_kind_of(s), CP_SITE_CITY);
        double lat, lon;
        assert_true(cp_site_coordinates(s, &lat, &lon));
        assert_true(lat > cities[i].lat - 0.3 && lat < cities[i].lat + 0.3);
        assert_true(lon > cities[i].lon - 0.3 && lon < cities[i].lon + 0.3);
        assert_true(doc_has_site(seed(state, 1), cities[i].id));
        assert_true(doc_has_site(seed(state, 2), cities[i].id));
        /* one mention in each partnership document, on "City, State" */
        assert_int_equal(cp_site_mention_count(s), 2);
        const cp_mention *m = cp_site_mention_at(s, 0);
        const char *bytes = cp_document_bytes(cp_mention_document(m));
        assert_memory_equal(bytes + cp_mention_start(m), cities[i].name,
                            strlen(cities[i].name));
    }
    assert_false(doc_has_site(seed(state, 1), "springfield-ma"));
}

static void test_2021_sites(void **state) {
    const cp_document *d = seed(state, 0);
    static const char *const want[] = {"new-york-ny", "chicago-il", "los-angeles-ca",
                                       "san-francisco-bay-area-ca", "washington-dc"};
    for (size_t i = 0; i < 5; i++)
        if (!doc_has_site(d, want[i]))
            fail_msg("2021 story lacks %s", want[i]);
    assert_int_equal(cp_document_site_count(d), 5);
    const cp_site *dc = cp_corpus_site_by_id(*state, "washington-dc");
    assert_int_equal(cp_site_kind_of(dc), CP_SITE_DISTRICT);
    const cp_mention *m = cp_site_mention_at(dc, 0);
    assert_memory_equal(cp_document_bytes(cp_mention_document(m)) + cp_mention_start(m),
                        "Washington, D.C.", cp_mention_end(m) - cp_mention_start(m));
    assert_int_equal(cp_mention_end(m) - cp_mention_start(m), 16);
    assert_string_equal(cp_site_name(dc), "Washington");
    /* The 2016 story: Dallas, not Seville, Spain; Garland is a person. */
    d = seed(state, 3);
    assert_true(doc_has_site(d, "dallas-tx"));
    assert_int_equal(cp_document_site_count(d), 1);
}

static void test_agencies(void **state) {
    const cp_agency *atf = cp_corpus_agency_by_id(*state, "atf");
    assert_non_null(atf);
    assert_string_equal(cp_agency_name(atf), "Bureau of Alcohol, Tobacco, Firearms and Explosives");
    assert_string_equal(cp_agency_acronym(atf), "ATF");
    assert_string_equal(cp_agency_department(atf), "Department of Justice");
    const cp_agency *fbi = cp_corpus_agency_by_id(*state, "fbi");
    assert_non_null(fbi);
    const cp_mention *m = cp_agency_mention_at(fbi, 0);
    assert_memory_equal(cp_document_bytes(cp_mention_document(m)) + cp_mention_start(m), "FBI", 3);
    assert_int_equal(cp_mention_end(m) - cp_mention_start(m), 3);
}

/* ---- short documents of our own ---------------------------------------- */

static cp_corpus *load(const char *text) {
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(c, "t.txt", text, strlen(text), NULL), CP_OK);
    return c;
}

static void assert_sites(const char *text, const char *const *ids, size_t n) {
    cp_corpus *c = load(text);
    const cp_document *d = cp_corpus_document_at(c, 0);
    for (size_t i = 0; i < n; i++)
        if (!doc_has_site(d, ids[i]))
            fail_msg("'%s': no site %s", text, ids[i]);
    if (cp_document_site_count(d) != n) {
        for (size_t i = 0; i < cp_document_site_count(d); i++)
            print_message("  found %s\n", cp_site_id(cp_document_site_at(d, i)));
        fail_msg("'%s': %zu sites, expected %zu", text, cp_document_site_count(d), n);
    }
    cp_corpus_free(c);
}

#define SITES(text, ...)                                                                  \
    do {                                                                                  \
        static const char *const ids_[] = {__VA_ARGS__};                                  \
        assert_sites(text, ids_, sizeof ids_ / sizeof ids_[0]);                           \
    } while (0)
#define NO_SITES(text) assert_sites(text, NULL, 0)

/* A place of a list read again from a later item is mentioned once. */
static void test_list_mentions_once(void **state) {
    (void)state;
    cp_corpus *c = load("Active in Boston, Memphis, and Salinas and San Jose, California.");
    const cp_site *s = cp_corpus_site_by_id(c, "salinas-ca");
    assert_non_null(s);
    assert_int_equal(cp_site_mention_count(s), 1);
    cp_corpus_free(c);
}

/* A possessive ends an official's name without cutting it. */
static void test_official_possessive(void **state) {
    (void)state;
    cp_corpus *c = load("date: 2022-03-01\n\nAttorney General Merrick Garland's department "
                        "acted.");
    const cp_official *o = doc_official(cp_corpus_document_at(c, 0), "Merrick Garland");
    assert_non_null(o);
    assert_string_equal(cp_official_role(o), "Attorney General");
    cp_corpus_free(c);
}

static void test_site_patterns(void **state) {
    (void)state;
    SITES("Agents arrived in Anniston and Oxford, Ala., on Friday.", "anniston-al",
          "oxford-al");
    SITES("The grant went to North Charleston/Charleston, South Carolina.",
          "north-charleston-sc", "charleston-sc");
    SITES("Teams will work in Dallas and Fort Worth, Texas.", "dallas-tx", "fort-worth-tx");
    SITES("Officers met in Kansas City, Mo. and in Kansas City, MO as well.", "kansas-city-mo");
    SITES("Funding reaches Springfield, Illinois and Springfield, Massachusetts.",
          "springfield-il", "springfield-ma");
    SITES("Harris County, Texas will receive support.", "harris-county-tx");
    /* a state after "in" only qualifies its counties, or a place's agency */
    SITES("The program adds Cecil and Frederick Counties in Maryland.", "cecil-county-md",
          "frederick-county-md");
    SITES("Designated: Humboldt County in California.", "humboldt-county-ca");
    /* a part of a city named by its direction is the city; places and
     * states whose names start with one are themselves */
    SITES("The money went to Southwest Detroit and North Minneapolis, not South Bend, "
          "West Memphis, Ark., or North Dakota.",
          "detroit-mi", "minneapolis-mn", "south-bend-in", "west-memphis-ar",
          "north-dakota");
    /* ... and an agency's place, whatever the state of the item before */
    SITES(
        "Cities:\n\n- Bloomington, Indiana\n- the Montgomery County Police Department in "
        "Maryland\n",
        "bloomington-in", "montgomery-county-md");
    /* ... and after a semicolon of a list */
    SITES("Sites: Akron, Ohio; Cecil and Frederick Counties, Maryland; and Erie, Pa.",
          "akron-oh", "cecil-county-md", "frederick-county-md", "erie-pa");
    /* the county after a list of towns says their state */
    SITES("A grand jury in Knoxville indicted a ring that sold out of Kingston and "
          "Harriman "
          "in Roane County.",
          "knoxville-tn", "kingston-tn", "harriman-tn", "roane-county-tn");
    /* a school district's county, a grant's recipient */
    SITES("The largest grant goes to the Charleston County School District.",
          "charleston-county-sc");
    /* a county that "added" or "said" is no person */
    SITES(
        "Horry County added 14,000 residents, and Georgetown County said it would wait.",
        "horry-county-sc", "georgetown-county-sc");
    /* a river named as its state is ("across the Mississippi") */
    SITES("East St. Louis, Ill., across the Mississippi, had 24. Ohio had more.",
          "east-saint-louis-il", "ohio");
    SITES("Most sites are east of the Mississippi, in Ohio.", "ohio");
    /* "Washington" where the speaker stands is the capital, the government
     * elsewhere */
    SITES("We started with Chicago, Los Angeles and here in Washington. Washington "
          "pays for it.",
          "chicago-il", "los-angeles-ca", "washington-dc");
    /* a bare name is the dateline's place, though the text names another
     * state's later */
    cp_corpus *c =
        load("Task force comes to Columbus\n\nCOLUMBUS, Ga. (WCGA) - Agents will work "
             "with Columbus police.\n\nA setup in Columbus, Ohio, worked.\n");
    const cp_site *ga = cp_corpus_site_by_id(c, "columbus-ga");
    const cp_site *oh = cp_corpus_site_by_id(c, "columbus-oh");
    assert_non_null(ga);
    assert_non_null(oh);
    assert_int_equal(cp_site_mention_count(ga), 3);
    assert_int_equal(cp_site_mention_count(oh), 1);
    cp_corpus_free(c);
    /* a place's name that is a word, after a sum and "in", is the word */
    SITES("Surge Backed by Up to $71 Million in Grants\nDETROIT - Albuquerque, N.M., "
          "joined.",
          "albuquerque-nm", "detroit-mi");
    /* two states whose first's last word is left out */
    SITES("A sweep of North and South Carolina netted 212.", "north-carolina",
          "south-carolina");
    /* a surname after a middle initial is a person's */
    SITES("REMARKS BY ATTORNEY GENERAL MERRICK B. GARLAND\n\nAgents went to Dallas.",
          "dallas-tx");
    /* a county as a grantee names itself */
    SITES("The County of Fresno received $1 million.", "fresno-county-ca");
    SITES("Awards went to the Chesapeake Police Department in Virginia.",
          "chesapeake-va");
    /* a tribal land with its state, after a comma or "in (central)" */
    SITES("Agents work on the Wind River Indian Reservation, Wyoming.",
          "wind-river-indian-reservation-wy");
    SITES("Tribes of the Fort Peck Reservation in northeastern Montana joined.",
          "fort-peck-reservation-mt", "montana");
    SITES("Sites: Tohono O'odham Nation (Arizona); the Osage Nation, Oklahoma.",
          "osage-nation-ok", "tohono-oodham-nation-az");
    SITES("- Pueblo of Laguna, N.M.", "pueblo-of-laguna-nm");
    SITES("- Salt River Indian Community, Arizona", "salt-river-indian-community-az");
    /* one with no state: none of its words is a town ("Navajo", N.M.), nor
     * are they after it ("Navajo Police Chief") */
    SITES("Agents went to the Navajo Nation. Navajo Police Chief Ann Lee met them in "
          "Gallup, N.M.",
          "gallup-nm");
    /* a reservation with no state: of the place before it in its
     * paragraph's state, if any */
    SITES("Shootings in Toppenish, Wash., on the Yakama Reservation, rose.",
          "toppenish-wa", "yakama-reservation-wa");
    /* ... of the place listed next with its state, or of its table row */
    SITES("Work on the Pine Ridge Indian Reservation and in Rapid City, South Dakota.",
          "pine-ridge-indian-reservation-sd", "rapid-city-sd");
    SITES("| Grantee | State | Award |\n|---|---|---|\n| Gila River Indian Community | "
          "AZ | "
          "$1,750,000 |\n",
          "gila-river-indian-community-az");
    NO_SITES("The Pine Ridge Reservation is large.");
    /* a great city of another state in a list, and the state after it */
    SITES("The first areas were Houston, Los Angeles, New York/New Jersey and Miami.",
          "houston-tx", "los-angeles-ca", "new-york-ny", "new-jersey", "miami-fl");
    /* a street, a federal department and a speaker's label are no places */
    NO_SITES("Offices at 1000 Rhode Island Ave. NW moved.");
    SITES("In Oklahoma, agents met at Justice Department headquarters.", "oklahoma");
    SITES("HOLLAND: We thank you. Agents came to Flint, Michigan.", "flint-mi");
    /* a state's name in capitals, a line of its own: the state, not the
     * town of Louisiana, Missouri */
    SITES("Awards by state:\n\nLOUISIANA\n\nThe money helps.", "louisiana");
    /* "Ste." for "Sainte": the gazetteer's id, the name as written */
    SITES("Officers went to Ste. Genevieve, Mo., and Ft. Lauderdale, Fla.",
          "fort-lauderdale-fl", "sainte-genevieve-mo");
    c = load("Officers went to Ste. Genevieve, Mo., and Ft. Lauderdale, Fla.");
    assert_string_equal(cp_site_name(cp_corpus_site_by_id(c, "sainte-genevieve-mo")),
                        "Ste. Genevieve");
    assert_string_equal(cp_site_name(cp_corpus_site_by_id(c, "fort-lauderdale-fl")),
                        "Ft. Lauderdale");
    cp_corpus_free(c);
    SITES("Counties in California, Maryland and Ohio were named.", "california", "maryland",
          "ohio");
    SITES("Officials at the White House praised Memphis, Tenn.", "memphis-tn");
    SITES("Compton, Ca., Little Rock, Ar., and the Oakland-Richmond, Ca., area.",
          "compton-ca", "little-rock-ar", "oakland-ca", "richmond-ca");
    SITES("The cities\xE2\x80\x94" "Flint, Mich., and Newark, N.J.\xE2\x80\x94" "were named.",
          "flint-mi", "newark-nj");
    SITES("Boston's program worked.", "boston-ma");
    SITES("The task force serves Orleans Parish, Louisiana.", "orleans-parish-la");
    SITES("The awards go to Alabama and Ohio this year.", "alabama", "ohio");
    SITES("Agents were sent to Washington, D.C. last week.", "washington-dc");
    SITES("The initiative began in Chicago and Philadelphia.", "chicago-il", "philadelphia-pa");
    SITES("Detectives in Tennessee praised the work in Jackson.", "tennessee", "jackson-tn");
    SITES("The Kansas City Police Department will hire officers.", "kansas-city-mo");
    SITES("New partners include the Twin Cities and the Inland Empire.", "twin-cities-mn",
          "inland-empire-ca");
    SITES("Police in Waterford Township said the Michigan task force made arrests.",
          "waterford-township-mi", "michigan");
    /* a name of two like-sized cities, in the state of the places named before */
    SITES("Buffalo and Syracuse cut their homicides. Rochester did too.", "buffalo-ny",
          "syracuse-ny", "rochester-ny");
    /* a season is no place; a place that shares its name, qualified, is */
    SITES("Spring meeting in Fort Worth, Texas, on April 4.", "fort-worth-tx");
    SITES("Police in Spring, Texas, joined.", "spring-tx");
    /* a state's capital as its government, and as a place */
    SITES("Police in Rochester, N.Y., made arrests. The mayor keeps pressing Albany for "
          "state aid.",
          "rochester-ny");
    SITES("Police in Rochester, N.Y., trained officers from other cities, including Albany.",
          "rochester-ny", "albany-ny");
    /* a township named like a town of a state the text does not name
     * (Utah's Millcreek) is one of the state of the place before it */
    SITES("Police in Erie asked for help, and officers from Millcreek Township came.",
          "erie-pa", "millcreek-township-pa");
    /* a famous city over a small namesake in a state the text names */
    SITES("Missouri agents joined teams in Memphis and Phoenix.", "missouri", "memphis-tn",
          "phoenix-az");
    SITES("Officers from Memphis, Mo. and Chicago met; Memphis hosted.", "memphis-mo",
          "chicago-il");
    SITES("Maine police in Portland and Bangor joined.", "maine", "portland-me", "bangor-me");
    SITES("Tennessee teams work in Knoxville, Chattanooga and Cleveland.", "tennessee",
          "knoxville-tn", "chattanooga-tn", "cleveland-tn");
    SITES("Missouri named Detroit, Kansas City and Memphis.", "missouri", "detroit-mi",
          "kansas-city-mo", "memphis-tn");
    /* a list of names ending in "counties": each is a county */
    SITES("Ohio grants reach Franklin and Summit counties this year.", "ohio",
          "franklin-county-oh", "summit-county-oh");
    SITES("Agents serve Cecil, Harford and Frederick counties, Maryland.", "cecil-county-md",
          "harford-county-md", "frederick-county-md", "maryland");
    SITES("Louisiana funds go to Caddo and Bossier parishes.", "louisiana",
          "caddo-parish-la", "bossier-parish-la");
    /* a capitalised word before a name; "the X area"; a state's name that
     * begins a place's; months are no places */
    SITES("In Ohio, the money helps. The Twin Cities will join.", "ohio", "twin-cities-mn");
    SITES("Tribes in the Albuquerque area and the Denver metro area agreed.",
          "albuquerque-nm", "denver-co");
    SITES("Officers from Virginia Beach met in Colorado Springs.", "virginia-beach-va",
          "colorado-springs-co");
    SITES("Salinas, California expects a team in August.", "salinas-ca");
    /* a state's name that begins a county's; a county of a state the text
     * already names; a place whose people speak */
    SITES("Agents from Chester, Pa. went to Delaware County.", "chester-pa",
          "delaware-county-pa");
    SITES("Police work in Memphis and Shelby County.", "memphis-tn", "shelby-county-tn");
    SITES("Officials in Seattle said so, and Rosa Diaz of Bernalillo County said yes.",
          "seattle-wa", "bernalillo-county-nm");
    /* a place that owns a recipient */
    SITES("Muncie's Youth Opportunity Center got $162,750.", "muncie-in");
    /* a place before an office and its holder's name */
    SITES("Memphis Mayor Paul Young and Milwaukee County Executive David Crowley spoke.",
          "memphis-tn", "milwaukee-county-wi");
    /* a place the gazetteer does not know in the state that qualifies it:
     * neither a namesake elsewhere nor the state on its own */
    SITES("The center in Clarksville, West Virginia opened near Chicago, Illinois.",
          "chicago-il");
    /* a grant recipient named through its agency (MODEL.md's own example) */
    SITES("The award goes to the Leavenworth Police Department and the Kanawha County "
          "Commission.",
          "leavenworth-ks", "kanawha-county-wv");
    /* regions added for the probes' documents */
    SITES("Agents work in the Four Corners region and the East Bay.", "four-corners",
          "east-bay-ca");
    /* a smaller city with one clear reading, read as a place */
    SITES("Agents went to Rapid City, Cheyenne and Yakima.", "rapid-city-sd", "cheyenne-wy",
          "yakima-wa");
    /* "St." inside a name; the state of Washington in lower case */
    SITES("Agents went to East St. Louis, Illinois.", "east-saint-louis-il");
    SITES("Police in Washington state and Oregon met.", "washington", "oregon");
    /* "such as" after a plural noun of places, or of counties and parishes;
     * "St." inside a name in a list of parishes */
    SITES("Alaska's agents travel to hub communities such as Fairbanks, Bethel and Juneau.",
          "alaska", "fairbanks-ak", "bethel-ak", "juneau-ak");
    SITES("In Louisiana, parishes such as Plaquemines and Jefferson Davis lost troopers.",
          "louisiana", "plaquemines-parish-la", "jefferson-davis-parish-la");
    SITES("In Ohio, counties such as Franklin and Lucas grew.", "ohio", "franklin-county-oh",
          "lucas-county-oh");
    /* a list after its noun and a colon; Louisiana's "counties" are parishes */
    SITES("Ohio gets grants for three counties: Lucas, Summit and Stark.", "ohio",
          "lucas-county-oh", "summit-county-oh", "stark-county-oh");
    SITES("In Louisiana, two parishes are now designated HIDTA counties: Caddo and Orleans.",
          "louisiana", "caddo-parish-la", "orleans-parish-la");
    SITES("Louisiana took in families from Orleans and St. Bernard parishes.", "louisiana",
          "orleans-parish-la", "st-bernard-parish-la");
    /* places of a territory, where the territory is named */
    SITES("In Puerto Rico, agents raided homes in San Juan, Carolina and Mayag\xC3\xBC" "ez.",
          "puerto-rico", "san-juan-pr", "carolina-pr", "mayaguez-pr");
    SITES("Agents raided homes in Ponce, Puerto Rico.", "ponce-pr");
    /* a state inside a university's or a judicial district's name is no place
     * of that name */
    SITES("Partners at the University of California, Los Angeles, and in the Western "
          "District of Pennsylvania helped.",
          "los-angeles-ca");
    /* a line that opens with a state's name in capitals and a dash */
    SITES("Deployments included:\n\n  OHIO -- Lorain: 47 arrests\n  MISSISSIPPI -- Greenville: "
          "52 arrests\n",
          "lorain-oh", "greenville-ms");
    /* a region in a HIDTA's name is the program's name */
    SITES("The Appalachia HIDTA met in Corbin, Kentucky.", "corbin-ky");
    /* a state before "Natives" names a people */
    SITES("The task force on missing American Indians and Alaska Natives met in Anchorage.",
          "anchorage-ak");
    /* Hawaiian names with or without the okina (U+2018 here) */
    SITES("Police in Kapaa, Hawaii, and in Kapa\xE2\x80\x98" "a and Ewa Beach joined.", "kapaa-hi",
          "ewa-beach-hi");
    /* a table row whose next cell is the state; a place's department */
    SITES("| Grantee | State |\n|---|---|\n| Columbia Police Department | SC |\n"
          "| Columbia Police Department | MO |\n| Kalamazoo Department of Public Safety | MI |\n",
          "columbia-sc", "columbia-mo", "kalamazoo-mi");
    NO_SITES("The Justice Department and the Commerce Department met.");
    /* the state of the place listed just before, of the paragraph's last
     * place, of the list item above: over the states the document names */
    SITES("In Missouri, deputies worked in Clay County and in St. Louis, and arrested a man "
          "wanted in Jackson County. Ohio troopers, Ohio deputies and Ohio police helped.",
          "missouri", "clay-county-mo", "st-louis-mo", "jackson-county-mo", "ohio");
    SITES("Missouri troopers, Missouri deputies and Missouri police joined agents in Savannah "
          "and Macon.",
          "missouri", "savannah-ga", "macon-ga");
    SITES("The sites:\n- Delaware\n  - Wilmington\n- North Carolina\n  - Wilmington\n"
          "  - Greensboro\n",
          "delaware", "wilmington-de", "north-carolina", "wilmington-nc", "greensboro-nc");
    /* a state's name as an item of a list of counties */
    SITES("Police in Portland and Gresham and sheriffs in Multnomah, Washington and "
          "Clackamas counties joined.",
          "portland-or", "gresham-or", "multnomah-county-or", "washington-county-or",
          "clackamas-county-or");
    /* a list of states after a region of one; a neighbouring town */
    SITES("Sites in Upstate New York, Kansas, Missouri and Georgia will get help.", "kansas",
          "missouri", "georgia");
    SITES("In Massachusetts, neighboring Holyoke applied too.", "massachusetts", "holyoke-ma");
    /* a common word after "in", in a state in view, is a place */
    SITES("In Alabama, officials spoke. In Mobile, the task force charged 212 people.",
          "alabama", "mobile-al");
    NO_SITES("In Mobile, the task force charged 212 people.");
    /* ... or before its own police, in a state in view */
    SITES("In Alabama, the Mobile Police Department hired 25 officers.", "alabama",
          "mobile-al");
    NO_SITES("The Mobile Police Department hired 25 officers.");
    /* the first item of a list whose next item is a place */
    SITES("In South Carolina, Spartanburg and Charlotte, two nearby cities, applied.",
          "south-carolina", "spartanburg-sc", "charlotte-nc");
    SITES("In Montana, Glasgow and the rest of Valley County share two deputies.", "montana",
          "glasgow-mt", "valley-county-mt");
    /* "Washington, D.C." after a place is the next place of a list */
    SITES("The strike forces cover New York City, Washington, D.C., and Chicago.",
          "new-york-ny", "washington-dc", "chicago-il");
    /* a bare county named before with its state is that one */
    SITES("Sites:\n- Dallas County, Texas\n- Pine Bluff, Arkansas\n\nPine Bluff begins "
          "first. Dallas County follows.",
          "dallas-county-tx", "pine-bluff-ar");
    /* list items headed by a town and a dash, in a state in view */
    SITES("South Carolina's sites:\n\xE2\x80\xA2 Spartanburg \xE2\x80\x93 Highland "
          "communities\n\xE2\x80\xA2 Florence \xE2\x80\x93 the northwest\n",
          "south-carolina", "spartanburg-sc", "florence-sc");
    /* two regions of one state */
    SITES("Deputies in the San Joaquin Valley and the Central Valley joined.",
          "san-joaquin-valley-ca", "central-valley-ca");
    /* the last of places after a preposition, before "said" */
    SITES("Council members in Milwaukee and Baltimore said they were not consulted.",
          "milwaukee-wi", "baltimore-md");
    /* a title spoken to is no title of the name after it */
    SITES("Q: Chief, Memphis got its own task force. Will Birmingham, Alabama?", "memphis-tn",
          "birmingham-al");
    /* a grant recipient named through an office of the place */
    SITES("Awards: Albuquerque Community Safety Department, $1,250,000; Tucson Violence "
          "Prevention Office, $1,200,000.",
          "albuquerque-nm", "tucson-az");
    /* groups of counties, each of its state */
    SITES("It takes in Harlan and Clay counties in Kentucky; Campbell and Hancock counties "
          "in Tennessee.",
          "harlan-county-ky", "clay-county-ky", "kentucky", "campbell-county-tn",
          "hancock-county-tn", "tennessee");
    /* a state that qualified a place is not a place of the next one's state */
    SITES("Sites include Spokane, Washington and Jackson County, Missouri.", "spokane-wa",
          "jackson-county-mo");
    /* two towns joined by a hyphen before "area" */
    SITES("The network picked the Oakland-Richmond area of California.", "oakland-ca",
          "richmond-ca", "california");
    /* a town's name that is also a person's ("Chief Darrel Mitchell") */
    SITES("\"We are stretched,\" said Police Chief Darrel Mitchell. In South Dakota, the "
          "largest award went to the city of Mitchell.",
          "south-dakota", "mitchell-sd");
    /* a list does not run on across a sentence's end */
    SITES("Minnesota agents worked in Brooklyn Center, Brooklyn Park and Richfield. Hennepin "
          "and Ramsey counties sent prosecutors.",
          "minnesota", "brooklyn-center-mn", "brooklyn-park-mn", "richfield-mn",
          "hennepin-county-mn", "ramsey-county-mn");
    /* after "the", a place's name before a noun of its own bodies and
     * efforts; "the White House" before a verb is a building */
    SITES("It copies the Los Angeles strike force and the Boston partnership.",
          "los-angeles-ca", "boston-ma");
    NO_SITES("The White House said the task force would grow.");
}

static void test_site_exclusions(void **state) {
    (void)state;
    /* demonyms, metonyms, people, foreign places, newspapers, vague areas */
    NO_SITES("New Yorkers and Texans were surveyed.");
    NO_SITES("Lawmakers in Washington debated the bill on Capitol Hill.");
    NO_SITES("Attorney General Merrick Garland spoke. Garland said the work goes on.");
    NO_SITES("The minister flew to Seville, Spain for talks.");
    NO_SITES("The Washington Post and the Boston Globe reported it first.");
    NO_SITES("Officials in Southern states disagreed.");
    NO_SITES("Mayor Jackson thanked the officers.");
    SITES("In Louisiana, Lt. Col. Broussard and Sheriff Monroe said so.", "louisiana");
    NO_SITES("Leaders such as Jackson spoke.");
    NO_SITES("The Carolina Panthers won.");
    /* Washington listed with another state is the state; a state after
     * " in " that follows cities only qualifies them */
    SITES("The pills seized in Oregon and Washington were pressed abroad.", "oregon",
          "washington");
    SITES("The first cities included Memphis and Jackson in Tennessee and Toledo in Ohio.",
          "memphis-tn", "jackson-tn", "toledo-oh");
    SITES("Programs in Tennessee grew.", "tennessee");
    /* countries and their provinces: abroad, unless a US state qualifies */
    SITES("Maine agents said the pills were pressed in Mexico.", "maine");
    SITES("Arizona agents said pills crossed at Nogales, Sonora and at Douglas.", "arizona",
          "douglas-az");
    SITES("Officials in Mexico, Missouri and Peru, Indiana met.", "mexico-mo", "peru-in");
    NO_SITES("Independence and liberty were the themes of the speech.");
    NO_SITES("Gary and Sandy spoke with Troy about the plan.");
    /* a state that begins another name; the President's office */
    NO_SITES("Barges on the Mississippi River passed students of Ohio State University.");
    NO_SITES("The White House Office of National Drug Control Policy said so.");
    /* a lone word that is a small town of a state in view, read as a name */
    SITES("Texas lawmakers praised Keller for the plan.", "texas");
    SITES("Texas lawmakers praised officers in Keller for the plan.", "texas", "keller-tx");
    SITES("Agents went to Tucson, Arizona, Kingman and Sierra Vista.", "tucson-az",
          "kingman-az", "sierra-vista-az");
}

static void test_merge_across_documents(void **state) {
    (void)state;
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    static const char a[] = "Officers met in Kansas City, Missouri on Monday.";
    static const char b[] = "Kansas City, Mo. was chosen again.";
    assert_int_equal(cp_corpus_load_buffer(c, "a.txt", a, sizeof a - 1, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(c, "b.txt", b, sizeof b - 1, NULL), CP_OK);
    const cp_site *s = cp_corpus_site_by_id(c, "kansas-city-mo");
    assert_non_null(s);
    assert_int_equal(cp_site_mention_count(s), 2);
    assert_int_equal(cp_corpus_site_count(c), 1);
    /* the same ids and JSON whatever the load order */
    cp_corpus *r;
    assert_int_equal(cp_corpus_new(&r, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(r, "b.txt", b, sizeof b - 1, NULL), CP_OK);
    assert_int_equal(cp_corpus_load_buffer(r, "a.txt", a, sizeof a - 1, NULL), CP_OK);
    char *ja, *jb;
    assert_int_equal(cp_corpus_to_json(c, &ja, NULL), CP_OK);
    assert_int_equal(cp_corpus_to_json(r, &jb, NULL), CP_OK);
    assert_string_equal(ja, jb);
    cp_string_free(ja);
    cp_string_free(jb);
    cp_corpus_free(r);
    cp_corpus_free(c);
}

/* A place written two ways is one site, named as the document with the
 * smallest id writes it, whatever the load order. */
static void test_one_place_two_names(void **state) {
    (void)state;
    static const char city[] = "Agents arrived in New York City on Monday.";
    static const char shorter[] = "The strike force works in New York and Chicago.";
    for (int order = 0; order < 2; order++) {
        for (int first = 0; first < 2; first++) {
            cp_corpus *c;
            assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
            /* a.txt holds the long form when first == 0 */
            const char *a = first == 0 ? city : shorter, *b = first == 0 ? shorter : city;
            const char *names[2] = {"a.txt", "b.txt"};
            const char *texts[2] = {a, b};
            for (int k = 0; k < 2; k++) {
                int i = order == 0 ? k : 1 - k;
                assert_int_equal(cp_corpus_load_buffer(c, names[i], texts[i], strlen(texts[i]),
                                                       NULL),
                                 CP_OK);
            }
            const cp_site *s = cp_corpus_site_by_id(c, "new-york-ny");
            assert_non_null(s);
            assert_int_equal(cp_site_mention_count(s), 2);
            assert_string_equal(cp_site_name(s), first == 0 ? "New York City" : "New York");
            cp_corpus_free(c);
        }
    }
}

/* Every mention of every entity: where the accessor put it and what it said. */
typedef struct seen_mention {
    const void *entity;
    const cp_mention *(*at)(const void *entity, size_t i);
    size_t i;
    const cp_mention *m;
    const cp_document *doc;
    size_t start, end;
} seen_mention;

static const cp_mention *site_at(const void *e, size_t i) {
    return cp_site_mention_at(e, i);
}
static const cp_mention *agency_at(const void *e, size_t i) {
    return cp_agency_mention_at(e, i);
}
static const cp_mention *program_at(const void *e, size_t i) {
    return cp_program_mention_at(e, i);
}
static const cp_mention *official_at(const void *e, size_t i) {
    return cp_official_mention_at(e, i);
}

static void see(seen_mention **all, size_t *count, const void *e, size_t n,
                const cp_mention *(*at)(const void *, size_t)) {
    for (size_t i = 0; i < n; i++) {
        *all = realloc(*all, (*count + 1) * sizeof **all);
        assert_non_null(*all);
        const cp_mention *m = at(e, i);
        assert_non_null(m);
        seen_mention s = {
            e, at, i, m, cp_mention_document(m), cp_mention_start(m), cp_mention_end(m)};
        (*all)[(*count)++] = s;
    }
}

static seen_mention *see_all(const cp_corpus *c, size_t *count) {
    seen_mention *all = NULL;
    *count = 0;
    for (size_t k = 0; k < cp_corpus_site_count(c); k++) {
        const cp_site *s = cp_corpus_site_at(c, k);
        see(&all, count, s, cp_site_mention_count(s), site_at);
    }
    for (size_t k = 0; k < cp_corpus_agency_count(c); k++) {
        const cp_agency *a = cp_corpus_agency_at(c, k);
        see(&all, count, a, cp_agency_mention_count(a), agency_at);
    }
    for (size_t k = 0; k < cp_corpus_program_count(c); k++) {
        const cp_program *p = cp_corpus_program_at(c, k);
        see(&all, count, p, cp_program_mention_count(p), program_at);
    }
    for (size_t k = 0; k < cp_corpus_administration_count(c); k++) {
        const cp_administration *a = cp_corpus_administration_at(c, k);
        for (size_t j = 0; j < cp_administration_official_count(a); j++) {
            const cp_official *o = cp_administration_official_at(a, j);
            see(&all, count, o, cp_official_mention_count(o), official_at);
        }
    }
    return all;
}

/* Mentions seen before are where they were and say the same. */
static void still_there(const seen_mention *all, size_t count) {
    for (size_t k = 0; k < count; k++) {
        const seen_mention *s = &all[k];
        assert_ptr_equal(s->at(s->entity, s->i), s->m);
        assert_ptr_equal(cp_mention_document(s->m), s->doc);
        assert_int_equal(cp_mention_start(s->m), s->start);
        assert_int_equal(cp_mention_end(s->m), s->end);
    }
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    fclose(f);
}

/* The accessors' mention pointers stay valid and unchanged however the
 * lists grow (past their first block, through many segments), and after a
 * load that fails once its first document was folded in. */
static void test_mentions_stay_put(void **state) {
    (void)state;
    static const char opening[] =
        "Attorney General Merrick B. Garland spoke in Memphis, Tenn., with the FBI.\n\n";
    static const char again[] = "Police in Memphis, Tenn., and the FBI met again. ";
    static const size_t repeats[] = {0, 1, 2, 3, 5, 9, 17, 40, 600, 2};
    char dir[] = "/tmp/cp-test-model-XXXXXX";
    assert_non_null(mkdtemp(dir));
    cp_corpus *c;
    assert_int_equal(cp_corpus_new(&c, NULL), CP_OK);
    seen_mention *seen = NULL;
    size_t seen_count = 0;
    char path[64], missing[64];
    snprintf(missing, sizeof missing, "%s/missing.txt", dir);
    for (size_t d = 0; d < sizeof repeats / sizeof repeats[0]; d++) {
        char *text = malloc(sizeof opening + repeats[d] * (sizeof again - 1) + 1);
        assert_non_null(text);
        strcpy(text, opening);
        for (size_t r = 0; r < repeats[d]; r++)
            strcat(text, again);
        strcat(text, "\n");
        snprintf(path, sizeof path, "%s/doc%02zu.txt", dir, d);
        write_file(path, text);
        free(text);
        /* the first time, the document is folded in and rolled back */
        const char *batch[] = {path, missing};
        assert_int_equal(cp_corpus_load_files(c, batch, 2, 0, NULL), CP_ERR_NOT_FOUND);
        still_there(seen, seen_count);
        size_t count;
        seen_mention *now = see_all(c, &count);
        assert_int_equal(count, seen_count);
        free(now);
        assert_int_equal(cp_corpus_load_file(c, path, NULL), CP_OK);
        still_there(seen, seen_count);
        free(seen);
        seen = see_all(c, &seen_count);
        remove(path);
    }
    const cp_site *memphis = cp_corpus_site_by_id(c, "memphis-tn");
    assert_non_null(memphis);
    assert_int_equal(cp_site_mention_count(memphis), 10 + 679);
    free(seen);
    cp_corpus_free(c);
    remove(dir);
}

static void test_acting_president(void **state) {
    (void)state;
    static const struct {
        const char *text, *admin;
    } cases[] = {
        {"President Obama will meet police chiefs on Monday.", "obama-2009"},
        {"Vice President Joe Biden announced the grants.", NULL},
        {"The Trump administration expanded the program, which began in 2018.",
         "trump-2017"},
        {"President Trump, who in his first term began the effort, renewed it.",
         "trump-2025"},
        {"The Trump Administration named two areas. In 2024, the area grew.",
         "trump-2025"},
        /* a year written twice outweighs an aside's year written once */
        {"In 2020 President Trump sent agents. By fall 2020 arrests rose. Do not confuse "
         "it "
         "with the 2025 deployments.",
         "trump-2017"},
        {"The Bush administration funded the project for two years.", "bush-2001"},
        {" date 2009-03-01 President Bush's policy was reviewed.", "obama-2009"},
        {"Sessions is reviving a Bush-era policy from 2002, President Trump said in "
         "2018.",
         "trump-2017"},
        /* as often named, the later: a text names no president after it */
        {"PSN, which President Bush launched in 2001, grew. President Obama asked for "
         "more.",
         "obama-2009"},
        /* a candidate, a senator or a governor is not in office */
        {"Governor Bush spoke. President Clinton signed the bill.", "clinton-1993"},
        /* a wire story's lead gives the date after its place */
        {"Agency says sweep led to arrests\n\nBy Ann Lee\n\nWASHINGTON, May 5, 2023 "
         "(Reuters) "
         "- The agency said on Friday that the sweep ended.",
         "biden-2021"},
        /* ... or in parentheses after the place */
        {"Statement on the surge\n\nALBUQUERQUE, N.M. (Aug. 19, 2025) \xE2\x80\x94 The "
         "defender issued the following statement today about the arrests.",
         "trump-2025"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cp_corpus *c = load(cases[i].text);
        const cp_administration *a = cp_document_administration(cp_corpus_document_at(c, 0));
        if (cases[i].admin == NULL) {
            if (a)
                fail_msg("'%s': %s", cases[i].text, cp_administration_id(a));
        } else if (!a || strcmp(cp_administration_id(a), cases[i].admin) != 0) {
            fail_msg("'%s': %s, expected %s", cases[i].text, a ? cp_administration_id(a) : "none",
                     cases[i].admin);
        }
        cp_corpus_free(c);
    }
}

/* The seeds `rounds` times over, under names of their own: enough
 * documents for the arena's chunks to show what they hold. */
static void load_seed_rounds(cp_corpus *c, int rounds) {
    for (int r = 0; r < rounds; r++) {
        for (size_t i = 0; i < sizeof SEEDS / sizeof *SEEDS; i++) {
            size_t size;
            char *text = tu_read_file(tu_seed_path(SEEDS[i]), &size);
            assert_non_null(text);
            char name[64];
            snprintf(name, sizeof name, "r%02d-%s.txt", r, SEEDS[i]);
            assert_int_equal(cp_corpus_load_buffer(c, name, text, size, NULL), CP_OK);
            free(text);
        }
    }
}

/* A corpus that keeps no blocks has the model, titles and bytes of one that
 * does, on one thread or two, in less memory; a bad document after them
 * changes nothing. (Debug builds fill cleared arena memory with garbage, so
 * anything left pointing into dropped blocks shows in the JSON.) */
static void test_model_without_blocks(void **state) {
    (void)state;
    enum { ROUNDS = 40 };
    tu_alloc kept_state = {0};
    cp_allocator kept_alloc = tu_allocator(&kept_state);
    cp_corpus *kept;
    assert_int_equal(cp_corpus_new(&kept, &kept_alloc), CP_OK);
    load_seed_rounds(kept, ROUNDS);
    assert_int_equal(cp_corpus_load_dir(kept, CP_SEEDS_DIR, 0, NULL), CP_OK);
    char *expected;
    assert_int_equal(cp_corpus_to_json(kept, &expected, NULL), CP_OK);
    for (unsigned jobs = 1; jobs <= 2; jobs++) {
        tu_alloc lean_state = {0};
        cp_allocator lean_alloc = tu_allocator(&lean_state);
        cp_corpus *lean;
        assert_int_equal(cp_corpus_new(&lean, &lean_alloc), CP_OK);
        cp_corpus_set_jobs(lean, jobs);
        cp_corpus_set_keep_blocks(lean, false);
        load_seed_rounds(lean, ROUNDS);
        assert_int_equal(cp_corpus_load_dir(lean, CP_SEEDS_DIR, 0, NULL), CP_OK);
        /* the clean texts and sentences were about as large as the bytes */
        assert_true(lean_state.live_bytes + (size_t)ROUNDS * 10000 < kept_state.live_bytes);
        assert_int_equal(cp_corpus_load_buffer(lean, "bad.txt", "Memphis\xff", 8, NULL),
                         CP_ERR_INVALID_UTF8);
        char *json;
        assert_int_equal(cp_corpus_to_json(lean, &json, NULL), CP_OK);
        assert_string_equal(json, expected);
        cp_string_free(json);
        assert_int_equal(cp_corpus_document_count(lean), cp_corpus_document_count(kept));
        for (size_t i = 0; i < cp_corpus_document_count(kept); i++) {
            const cp_document *a = cp_corpus_document_at(kept, i);
            const cp_document *b = cp_corpus_document_at(lean, i);
            assert_true(cp_document_block_count(a) > 0);
            assert_int_equal(cp_document_block_count(b), 0);
            assert_null(cp_document_block_at(b, 0));
            assert_true(cp_document_has_text(b));
            const char *ta = cp_document_title(a), *tb = cp_document_title(b);
            assert_true(ta ? tb && strcmp(ta, tb) == 0 && tb != ta : !tb);
            assert_memory_equal(cp_document_bytes(b), cp_document_bytes(a),
                                cp_document_size(a));
        }
        cp_corpus_free(lean);
        assert_int_equal(lean_state.live, 0);
        assert_int_equal(lean_state.live_bytes, 0);
    }
    cp_string_free(expected);
    cp_corpus_free(kept);
}

int main(void) {
    const struct CMUnitTest seeds[] = {
        cmocka_unit_test(test_administrations), cmocka_unit_test(test_officials),
        cmocka_unit_test(test_partnership_cities), cmocka_unit_test(test_2021_sites),
        cmocka_unit_test(test_agencies),
    };
    const struct CMUnitTest own[] = {
        cmocka_unit_test(test_official_possessive),
        cmocka_unit_test(test_list_mentions_once),
        cmocka_unit_test(test_site_patterns),
        cmocka_unit_test(test_site_exclusions),
        cmocka_unit_test(test_merge_across_documents),
        cmocka_unit_test(test_acting_president),
        cmocka_unit_test(test_one_place_two_names),
        cmocka_unit_test(test_mentions_stay_put),
        cmocka_unit_test(test_model_without_blocks),
    };
    int failed = cmocka_run_group_tests_name("seeds", seeds, setup, teardown);
    failed += cmocka_run_group_tests_name("own documents", own, NULL, NULL);
    return failed;
}
