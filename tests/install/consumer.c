/* A program outside the tree that uses the installed library. */
#include <crimepolicy.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    printf("libcrimepolicy %s\n", cp_version_string());
    cp_corpus *corpus;
    if (cp_corpus_new(&corpus, NULL) != CP_OK)
        return 1;
    const char text[] = "date 2021-06-22 Hello from Memphis, Tennessee.\n";
    if (cp_corpus_load_buffer(corpus, "x.txt", text, strlen(text), NULL) != CP_OK)
        return 1;
    const cp_document *d = cp_corpus_document_at(corpus, 0);
    printf("date %s sites %zu\n", cp_document_date(d), cp_document_site_count(d));
    cp_corpus_free(corpus);
    return 0;
}
