/* Knowledge tables: the generated rows of lib/tables/NAME.inc (made by
 * scripts/gen-tables.py from data/NAME.tsv) as constant arrays, so there is
 * nothing to load or build at run time. */
#include "tables.h"

const cpi_presidency cpi_presidencies[] = {
#include "tables/presidencies.inc"
};
const size_t cpi_presidency_count = sizeof cpi_presidencies / sizeof cpi_presidencies[0];

const cpi_state cpi_states[] = {
#include "tables/states.inc"
};
const size_t cpi_state_count = sizeof cpi_states / sizeof cpi_states[0];

const int8_t cpi_state_code_index[26 * 26] = {
#include "tables/state_codes.inc"
};

const cpi_place cpi_places[] = {
#include "tables/places.inc"
};
const size_t cpi_place_count = sizeof cpi_places / sizeof cpi_places[0];

const uint16_t cpi_place_prefixes[CPI_PREFIX_INDEX] = {
#include "tables/place_prefixes.inc"
};

const cpi_county cpi_counties[] = {
#include "tables/counties.inc"
};
const size_t cpi_county_count = sizeof cpi_counties / sizeof cpi_counties[0];

const uint16_t cpi_county_prefixes[CPI_PREFIX_INDEX] = {
#include "tables/county_prefixes.inc"
};

const cpi_joined_name cpi_joined_names[] = {
#include "tables/joined_names.inc"
};
const size_t cpi_joined_name_count = sizeof cpi_joined_names / sizeof cpi_joined_names[0];

const cpi_region cpi_regions[] = {
#include "tables/regions.inc"
};
const size_t cpi_region_count = sizeof cpi_regions / sizeof cpi_regions[0];

const cpi_agency cpi_agencies[] = {
#include "tables/agencies.inc"
};
const size_t cpi_agency_count = sizeof cpi_agencies / sizeof cpi_agencies[0];

const cpi_known_program cpi_known_programs[] = {
#include "tables/programs.inc"
};
const size_t cpi_known_program_count = sizeof cpi_known_programs / sizeof cpi_known_programs[0];
