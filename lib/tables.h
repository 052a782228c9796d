/* Built-in knowledge, compiled in: presidencies, states, a gazetteer of US
 * places and counties, named regions, federal agencies and well-known
 * programs. The rows live in generated tables (lib/tables/NAME.inc, made by
 * scripts/gen-tables.py from data/NAME.tsv); this header is their shape.
 *
 * Multi-valued fields are '|'-separated lists in one string, so every table
 * is a flat array of constant initialisers with no run-time set-up. Keys are
 * "folded": lowercase ASCII, accents removed, punctuation other than spaces
 * dropped ("St. Louis" -> "st louis"). */
#ifndef CPI_TABLES_H
#define CPI_TABLES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cpi_presidency {
    const char *id;      /* "biden-2021" */
    const char *name;    /* "Joseph R. Biden Jr." */
    const char *surname; /* "Biden" */
    const char *party;   /* "Democratic" */
    const char *start;   /* "2021-01-20" */
    const char *end;     /* "2025-01-20", "" for the sitting one */
    const char *forms;   /* "Joe Biden|Joseph R. Biden Jr.|Joseph Biden" */
} cpi_presidency;

typedef enum cpi_state_kind { CPI_STATE = 0, CPI_DISTRICT = 1, CPI_TERRITORY = 2 } cpi_state_kind;

typedef struct cpi_state {
    const char *key;  /* "new york" */
    const char *name; /* "New York" */
    const char *code; /* "NY" */
    const char *fips; /* "36" */
    const char *ap;   /* "N.Y." (AP style; '|' for variants) */
    uint8_t kind;     /* cpi_state_kind */
} cpi_state;

typedef struct cpi_place {
    const char *key;  /* "kansas city" */
    const char *name; /* "Kansas City" */
    char state[3];    /* "MO" */
    bool capital;     /* its state's capital (states.tsv) */
    float lat, lon;
    uint32_t population;
} cpi_place;

typedef struct cpi_county {
    const char *key;  /* "harris county" */
    const char *name; /* "Harris County", "Orleans Parish" */
    char state[3];
    char fips[6];
    float lat, lon;
} cpi_county;

typedef struct cpi_region {
    const char *key;     /* "san francisco bay area" */
    const char *name;    /* "San Francisco Bay Area" */
    const char *state;   /* "CA", "" when it spans states */
    float lat, lon;
    const char *aliases; /* "Bay Area" */
} cpi_region;

typedef struct cpi_agency {
    const char *id;         /* "atf" */
    const char *name;       /* "Bureau of Alcohol, Tobacco, Firearms and Explosives" */
    const char *acronym;    /* "ATF" or "" */
    const char *department; /* "Department of Justice" or "" */
    const char *aliases;    /* other names it goes by */
} cpi_agency;

typedef struct cpi_known_program {
    const char *id;             /* "project-safe-neighborhoods" */
    const char *name;           /* "Project Safe Neighborhoods" */
    const char *acronym;        /* "PSN" or "" */
    const char *aliases;
    const char *kind;           /* "partnership", "task_force", "grant", ... */
    const char *administration; /* launching presidency id or "" */
    const char *parent;         /* parent program id or "" */
    const char *agencies;       /* agency ids */
} cpi_known_program;

/* Sorted tables (by key, then by population descending for places). */
extern const cpi_presidency cpi_presidencies[];
extern const size_t cpi_presidency_count;
extern const cpi_state cpi_states[];
/* The row of cpi_states for a two-letter code "AB" at (A-'A')*26 + B-'A';
 * -1 for none. */
extern const int8_t cpi_state_code_index[26 * 26];
extern const size_t cpi_state_count;
extern const cpi_place cpi_places[];
extern const size_t cpi_place_count;
extern const cpi_county cpi_counties[];
extern const size_t cpi_county_count;
/* Where the keys with a given first two bytes start in cpi_places and
 * cpi_counties: bytes coded 0 (end or space), 1-10 (digits), 11-36
 * (letters); prefix (a, b) has rows [idx[a * 37 + b], idx[a * 37 + b + 1]). */
#define CPI_PREFIX_CODES 37
#define CPI_PREFIX_INDEX (CPI_PREFIX_CODES * CPI_PREFIX_CODES + 1)
extern const uint16_t cpi_place_prefixes[CPI_PREFIX_INDEX];
extern const uint16_t cpi_county_prefixes[CPI_PREFIX_INDEX];
/* A place's or a county's name with a word in lower case ("Isle of Wight
 * County", "Fond du Lac"): its row in cpi_counties (county) or cpi_places. */
typedef struct cpi_joined_name {
    const char *name;
    bool county;
    uint32_t row;
} cpi_joined_name;
extern const cpi_joined_name cpi_joined_names[];
extern const size_t cpi_joined_name_count;

extern const cpi_region cpi_regions[];
extern const size_t cpi_region_count;
extern const cpi_agency cpi_agencies[];
extern const size_t cpi_agency_count;
extern const cpi_known_program cpi_known_programs[];
extern const size_t cpi_known_program_count;

#endif
