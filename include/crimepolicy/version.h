/* libcrimepolicy: the version, in one place.
 *
 * CMake reads the three numbers below, so this file is the single source of
 * truth for the project version. cp_version() and cp_version_string() return
 * the same values at run time. */
#ifndef CRIMEPOLICY_VERSION_H
#define CRIMEPOLICY_VERSION_H

#define CP_VERSION_MAJOR 1
#define CP_VERSION_MINOR 1
#define CP_VERSION_PATCH 0

#define CP_VERSION_STRING "1.1.0"

/* 0xMMmmpp, for comparisons in #if. */
#define CP_VERSION                                                                       \
    ((CP_VERSION_MAJOR << 16) | (CP_VERSION_MINOR << 8) | CP_VERSION_PATCH)

#endif
