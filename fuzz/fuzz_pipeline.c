/* The whole pipeline: bytes in, model and JSON out. Every mention and figure
 * points inside its document; the JSON reads back (cp_corpus_load_json is a
 * strict parser) into a model whose JSON is the same bytes; a corpus that
 * keeps no blocks gives the same JSON; loading the document again under
 * another id changes nothing of the first. */
#include <crimepolicy.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"

static void check_mention(const cp_mention *m) {
    const cp_document *d = cp_mention_document(m);
    CHECK(d);
    CHECK(cp_mention_start(m) <= cp_mention_end(m));
    CHECK(cp_mention_end(m) <= cp_document_size(d));
}

static void check_model(const cp_corpus *c) {
    for (size_t i = 0; i < cp_corpus_site_count(c); i++) {
        const cp_site *s = cp_corpus_site_at(c, i);
        CHECK(cp_site_mention_count(s) > 0);
        for (size_t k = 0; k < cp_site_mention_count(s); k++)
            check_mention(cp_site_mention_at(s, k));
    }
    for (size_t i = 0; i < cp_corpus_program_count(c); i++) {
        const cp_program *p = cp_corpus_program_at(c, i);
        for (size_t k = 0; k < cp_program_mention_count(p); k++)
            check_mention(cp_program_mention_at(p, k));
    }
    for (size_t i = 0; i < cp_corpus_agency_count(c); i++) {
        const cp_agency *a = cp_corpus_agency_at(c, i);
        for (size_t k = 0; k < cp_agency_mention_count(a); k++)
            check_mention(cp_agency_mention_at(a, k));
    }
    for (size_t i = 0; i < cp_corpus_figure_count(c); i++) {
        const cp_figure *f = cp_corpus_figure_at(c, i);
        const cp_document *d = cp_figure_document(f);
        CHECK(cp_figure_start(f) <= cp_figure_end(f) && cp_figure_end(f) <= cp_document_size(d));
        size_t us, ue;
        if (cp_figure_unit_span(f, &us, &ue))
            CHECK(us <= ue && ue <= cp_document_size(d));
        double v = cp_figure_value(f);
        CHECK(v == v); /* not NaN */
    }
}

static char *json_of(const cp_corpus *c, size_t *size) {
    char *json;
    CHECK(cp_corpus_to_json(c, &json, size) == CP_OK);
    return json;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        return 0;
    cp_status st = cp_corpus_load_buffer(c, "doc.txt", (const char *)data, size, NULL);
    if (st != CP_OK) {
        CHECK(cp_corpus_document_count(c) == 0);
        cp_corpus_free(c);
        return 0;
    }
    check_model(c);
    size_t n;
    char *json = json_of(c, &n);

    /* the JSON reads back into the same model */
    cp_corpus *back;
    CHECK(cp_corpus_new(&back, NULL) == CP_OK);
    cp_error *err = cp_error_new();
    st = cp_corpus_load_json(back, "doc.json", json, n, err);
    if (st != CP_OK) {
        char line[512];
        cp_error_format(err, line, sizeof line);
        fprintf(stderr, "JSON did not read back: %s\n", line);
        abort();
    }
    char *again = json_of(back, NULL);
    CHECK(strcmp(json, again) == 0);
    cp_string_free(again);
    cp_corpus_free(back);

    /* a corpus that keeps no blocks has the same model */
    cp_corpus *lean;
    CHECK(cp_corpus_new(&lean, NULL) == CP_OK);
    cp_corpus_set_keep_blocks(lean, false);
    CHECK(cp_corpus_load_buffer(lean, "doc.txt", (const char *)data, size, NULL) == CP_OK);
    CHECK(cp_document_block_count(cp_corpus_document_at(lean, 0)) == 0);
    again = json_of(lean, NULL);
    CHECK(strcmp(json, again) == 0);
    cp_string_free(again);
    cp_corpus_free(lean);

    /* a second copy under another id: the first document's entities keep
     * their mentions, and the export holds both */
    CHECK(cp_corpus_load_buffer(c, "copy.txt", (const char *)data, size, NULL) == CP_OK);
    check_model(c);
    CHECK(cp_corpus_document_count(c) == 2);

    /* the same bytes with a NUL inside: refused, nothing changes */
    if (size > 0) {
        char *bad = malloc(size);
        CHECK(bad);
        memcpy(bad, data, size);
        bad[size / 2] = '\0';
        CHECK(cp_corpus_load_buffer(c, "nul.txt", bad, size, err) == CP_ERR_NUL_BYTE ||
              cp_error_status(err) == CP_ERR_INVALID_UTF8); /* an earlier bad byte wins */
        CHECK(cp_corpus_document_count(c) == 2);
        free(bad);
    }
    cp_error_free(err);
    cp_string_free(json);
    cp_corpus_free(c);
    return 0;
}
