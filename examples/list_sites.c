/* list_sites: load documents and print every site with the programs it takes
 * part in. A first program with libcrimepolicy:
 *
 *   list_sites [PATH...]      (a file or a directory of *.txt; default: seeds)
 */
#include <crimepolicy.h>
#include <stdio.h>

int main(int argc, char **argv) {
    /* 1. A corpus holds the documents and everything read from them. */
    cp_corpus *corpus;
    if (cp_corpus_new(&corpus, NULL) != CP_OK)
        return 1;

    /* 2. Load each path; an error object tells what went wrong and where. */
    cp_error *err = cp_error_new();
    for (int i = 1; i < argc; i++) {
        if (cp_corpus_load_path(corpus, argv[i], 0, err) != CP_OK) {
            char line[512];
            cp_error_format(err, line, sizeof line);
            fprintf(stderr, "%s\n", line);
        }
    }
    if (argc < 2 && cp_corpus_load_path(corpus, CP_EXAMPLE_SEEDS, 0, err) != CP_OK)
        fprintf(stderr, "cannot read the seeds: %s\n", cp_error_message(err));

    /* 3. Sites are merged across documents and listed by id; every pointer is
     *    borrowed from the corpus and valid until cp_corpus_free(). */
    for (size_t i = 0; i < cp_corpus_site_count(corpus); i++) {
        const cp_site *site = cp_corpus_site_at(corpus, i);
        const char *state = cp_site_state(site);
        printf("%-28s %-2s %-8s %zu mention(s)", cp_site_name(site), state ? state : "",
               cp_site_kind_name(cp_site_kind_of(site)), cp_site_mention_count(site));
        for (size_t k = 0; k < cp_site_program_count(site); k++)
            printf("%s%s", k ? ", " : "  programs: ",
                   cp_program_name(cp_site_program_at(site, k)));
        printf("\n");
    }

    cp_error_free(err);
    cp_corpus_free(corpus);
    return 0;
}
