/* The CLI's `map` command: an SVG map of a corpus's sites. */
#ifndef CP_EXAMPLE_MAP_H
#define CP_EXAMPLE_MAP_H

#include <crimepolicy.h>
#include <stdbool.h>
#include <stdio.h>

/* Project longitude/latitude (degrees) into the map's Albers USA plane
 * (975 x 610, Alaska and Hawaii inset); `state` picks the inset. */
void map_project(double lon, double lat, const char *state, double *x, double *y);

/* Write the map of the sites of `program` (all sites when NULL). Returns
 * false when the output could not be written. */
bool map_write(FILE *out, const cp_corpus *corpus, const cp_program *program);

#endif
