/* Number reading (digits with separators, "$", scales, "%", number words)
 * at every offset of the input: a number found ends after it starts and
 * inside the text, and its value is a number, negative only after a minus
 * sign. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* the reader sees clean text: no NUL inside, one after */
    char *t = malloc(size + 1);
    if (!t)
        return 0;
    for (size_t i = 0; i < size; i++)
        t[i] = data[i] ? (char)data[i] : ' ';
    t[size] = '\0';
    for (size_t i = 0; i < size; i++) {
        size_t end;
        double value;
        if (cpi_read_number(t, size, i, &end, &value)) {
            CHECK(end > i && end <= size);
            CHECK(value == value);
            /* (negative only after a minus sign: "-47.1") */
            CHECK(value >= 0 || (i > 0 && t[i - 1] == '-'));
        }
    }
    free(t);
    return 0;
}
