/* The loader: bytes in, a document out (or a clean refusal). Every block,
 * sentence and clean->original offset must stay inside the document, and a
 * refused input must leave the corpus exactly as it was. */
#include <crimepolicy.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

static void check_document(const cp_document *d) {
    size_t size = cp_document_size(d);
    CHECK(cp_document_body_start(d) <= size);
    for (size_t b = 0; b < cp_document_block_count(d); b++) {
        const cp_block *blk = cp_document_block_at(d, b);
        size_t start = cp_block_start(blk), end = cp_block_end(blk);
        CHECK(start <= end && end <= size);
        size_t n = cp_block_text_size(blk);
        CHECK(strlen(cp_block_text(blk)) == n);
        size_t prev = 0;
        for (size_t k = 0; k <= n; k++) {
            size_t o = cp_block_original_start(blk, k);
            CHECK(o <= size && o >= prev); /* monotone, inside */
            prev = o;
            CHECK(cp_block_original_end(blk, k) <= size);
        }
        for (size_t s = 0; s < cp_block_sentence_count(blk); s++) {
            const cp_sentence *sen = cp_block_sentence_at(blk, s);
            CHECK(cp_sentence_text_start(sen) <= cp_sentence_text_end(sen));
            CHECK(cp_sentence_text_end(sen) <= n);
            CHECK(cp_sentence_start(sen) <= cp_sentence_end(sen));
            CHECK(cp_sentence_end(sen) <= size);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        return 0;
    cp_corpus_set_extraction(c, false);
    static const char GOOD[] = "date 2020-01-02\nA first document in Dallas, Texas.\n";
    CHECK(cp_corpus_load_buffer(c, "first.txt", GOOD, sizeof GOOD - 1, NULL) == CP_OK);
    cp_error *err = cp_error_new();
    cp_status st = cp_corpus_load_buffer(c, "doc.txt", (const char *)data, size, err);
    if (st == CP_OK) {
        CHECK(cp_corpus_document_count(c) == 2);
        const cp_document *d = cp_corpus_document_by_id(c, "doc");
        CHECK(d && cp_document_size(d) == size);
        CHECK(size == 0 || memcmp(cp_document_bytes(d), data, size) == 0);
        check_document(d);
    } else {
        CHECK(cp_error_status(err) == st);
        CHECK(cp_corpus_document_count(c) == 1);
        CHECK(cp_error_offset(err) <= size);
        char line[512];
        CHECK(cp_error_format(err, line, sizeof line) > 0);
    }
    check_document(cp_corpus_document_by_id(c, "first"));
    cp_error_free(err);
    cp_corpus_free(c);
    return 0;
}
