/* Version: the run-time copy of include/crimepolicy/version.h. */
#include "crimepolicy.h"

int cp_version(void) { return CP_VERSION; }

const char *cp_version_string(void) { return CP_VERSION_STRING; }
