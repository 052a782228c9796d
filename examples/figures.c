/* figures: print the figures of each document with the bytes they come from.
 *
 *   figures [PATH...]      (a file or a directory of *.txt; default: seeds)
 */
#include <crimepolicy.h>
#include <stdio.h>

int main(int argc, char **argv) {
    cp_corpus *corpus;
    if (cp_corpus_new(&corpus, NULL) != CP_OK)
        return 1;
    const char *path = argc > 1 ? argv[1] : CP_EXAMPLE_SEEDS;
    cp_error *err = cp_error_new();
    if (cp_corpus_load_path(corpus, path, 0, err) != CP_OK) {
        char line[512];
        cp_error_format(err, line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }

    for (size_t d = 0; d < cp_corpus_document_count(corpus); d++) {
        const cp_document *doc = cp_corpus_document_at(corpus, d);
        printf("%s\n", cp_document_id(doc));
        /* Offsets are bytes of the file as read: the caller can cut the
         * original text out of cp_document_bytes() with them. */
        const char *bytes = cp_document_bytes(doc);
        for (size_t i = 0; i < cp_document_figure_count(doc); i++) {
            const cp_figure *f = cp_document_figure_at(doc, i);
            size_t start = cp_figure_start(f), end = cp_figure_end(f);
            double from;
            printf("  %-9s %12g", cp_figure_kind_name(cp_figure_kind_of(f)), cp_figure_value(f));
            if (cp_figure_from(f, &from))
                printf(" (from %g)", from);
            printf("  [%zu,%zu) \"%.*s\"\n", start, end, (int)(end - start), bytes + start);
        }
    }
    cp_error_free(err);
    cp_corpus_free(corpus);
    return 0;
}
