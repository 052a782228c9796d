/* libcrimepolicy: read documents about US federal crime policy into a typed,
 * queryable model with byte-exact provenance.
 *
 * This is the one header users include. Conventions that hold everywhere:
 *
 * - Handles are opaque. A corpus owns everything loaded into it; every pointer
 *   the model returns (documents, blocks, strings) is borrowed and stays valid
 *   until cp_corpus_free() of its corpus, however many documents are loaded
 *   later.
 * - Offsets are bytes. `start`/`end` pairs are half-open byte offsets into the
 *   original bytes of a document, exactly as read (BOM, CR and markup
 *   included). Lines and columns are 1-based; columns count code points.
 * - Fallible calls return a cp_status (CP_OK is 0) and, when given a cp_error,
 *   fill it with the details of the failure. A failed load leaves the corpus
 *   exactly as it was before the call.
 * - Threads: there is no global mutable state. Thread-safe: every call on
 *   separate corpora, from any threads at once; every reading call (the
 *   accessors, cp_corpus_to_json*) on one corpus from many threads at once
 *   while no thread loads into it; cp_status_string, cp_version*, the
 *   *_kind_name calls and cp_error_* on separate error objects. Not
 *   thread-safe: loading into one corpus from two threads at once, or
 *   reading it while it loads (a corpus parallelises its own loads with
 *   cp_corpus_set_jobs(); a stream's callback runs on the calling thread).
 *   With jobs > 1 the allocator must be thread-safe. Tested under
 *   ThreadSanitizer (tests/api/test_threads.c).
 */
#ifndef CRIMEPOLICY_H
#define CRIMEPOLICY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crimepolicy/export.h"
#include "crimepolicy/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------
 * Version
 * ------------------------------------------------------------------------ */

/** The library's version as 0xMMmmpp, equal to CP_VERSION of the headers it
 * was built with. */
CP_API int cp_version(void);

/** The library's version as "MAJOR.MINOR.PATCH".
 * Borrowed: a static string, valid for the life of the process. */
CP_API const char *cp_version_string(void);

/* ---------------------------------------------------------------------------
 * Statuses and errors
 * ------------------------------------------------------------------------ */

/** What a fallible call returns. Values are fixed forever; new ones are only
 * ever appended. Callers must treat any unknown non-zero value as failure. */
typedef enum cp_status {
    CP_OK = 0,
    CP_ERR_NOMEM = 1,            /* an allocation failed */
    CP_ERR_INVALID_ARGUMENT = 2, /* a NULL handle, bad flags, a bad name */
    CP_ERR_IO = 3,               /* a path could not be opened or read */
    CP_ERR_NOT_FOUND = 4,        /* a path does not exist */
    CP_ERR_INVALID_UTF8 = 5,     /* the bytes are not valid UTF-8 */
    CP_ERR_NUL_BYTE = 6,         /* the bytes contain a NUL byte */
    CP_ERR_EMPTY = 7,            /* the document has no text at all */
    CP_ERR_BAD_HEADER = 8,       /* a `date YYYY-MM-DD` header that is not a date */
    CP_ERR_NO_DOCUMENTS = 9,     /* a directory holds no *.txt document */
    CP_ERR_DUPLICATE_ID = 10,    /* a document with the same id is loaded already */
    CP_ERR_TOO_LARGE = 11,       /* a document exceeds the corpus's size limit */
    CP_ERR_BAD_JSON = 12,        /* JSON that is not a crimepolicy/1 model (1.1) */
    CP_ERR_LIMIT = 13            /* a document exceeds a limit below (1.1) */
} cp_status;

/** Limits, each refused with its own status rather than left to chance:
 * - a document's size: cp_corpus_max_document_size() (256 MiB by default,
 *   2 GiB - 1 at most), else CP_ERR_TOO_LARGE;
 * - list nesting: CP_MAX_LIST_DEPTH levels, else CP_ERR_LIMIT at the item;
 * - mentions and figures found in one document: CP_MAX_MENTIONS together,
 *   else CP_ERR_LIMIT (memory stays proportional to the input);
 * - a document's clean texts, sentences and offset maps together: 4 GiB
 *   (reached only near the 2 GiB size limit, by text dense with markup and
 *   typography), else CP_ERR_LIMIT at the block;
 * - JSON read back: 64 levels of nesting, else CP_ERR_BAD_JSON;
 * - directories: 256 levels below the one loaded, else CP_ERR_LIMIT.
 * Lines, words and numbers have no limit of their own: a 50 MB line, a
 * number of 10,000 digits or a million list items load in linear time. */
#define CP_MAX_LIST_DEPTH 64
#define CP_MAX_MENTIONS 4194304

/** A short English description of a status ("out of memory").
 * Borrowed: a static string, valid for the life of the process. Unknown values
 * give "unknown status". */
CP_API const char *cp_status_string(cp_status status);

/** The details of a failure: status, message, path, line, column and byte
 * offset. Made once by the caller, passed to fallible calls (or NULL when the
 * details are not wanted) and reused; each failing call overwrites it. */
typedef struct cp_error cp_error;

/** Make an empty error object (status CP_OK).
 * Owned: free with cp_error_free(). Returns NULL when out of memory. */
CP_API CP_WARN_UNUSED cp_error *cp_error_new(void);

/** Free an error object. NULL is allowed. */
CP_API void cp_error_free(cp_error *err);

/** Reset an error object to CP_OK with no message. NULL is allowed. */
CP_API void cp_error_clear(cp_error *err);

/** The status of the failure recorded, CP_OK when there is none. */
CP_API cp_status cp_error_status(const cp_error *err);

/** A one-line message without the position, e.g. "invalid UTF-8 byte 0xff".
 * Borrowed: valid until the error is reused or freed. Never NULL ("" when
 * there is no error). */
CP_API const char *cp_error_message(const cp_error *err);

/** The path (or buffer name) the failure is about, "" when there is none.
 * Borrowed: valid until the error is reused or freed. */
CP_API const char *cp_error_path(const cp_error *err);

/** The 1-based line of the failure in its document, 0 when not positional. */
CP_API size_t cp_error_line(const cp_error *err);

/** The 1-based column (in code points) of the failure, 0 when not
 * positional. */
CP_API size_t cp_error_column(const cp_error *err);

/** The byte offset of the failure in its document, 0 when not positional
 * (check cp_error_line() to tell a real offset 0 from none). */
CP_API size_t cp_error_offset(const cp_error *err);

/** Write "PATH:LINE:COL: message" (or "PATH: message" without a position)
 * into buf, truncated to size-1 bytes and always NUL-terminated when size > 0.
 * Returns the length the full text needs, not counting the NUL. */
CP_API size_t cp_error_format(const cp_error *err, char *buf, size_t size);

/* ---------------------------------------------------------------------------
 * Allocator
 * ------------------------------------------------------------------------ */

/** A caller-supplied allocator for one corpus. Every allocation the corpus
 * makes goes through it, with `user` passed on every call. `size` must be
 * sizeof(cp_allocator) as the caller was compiled, so the struct can grow in
 * later versions. A failing malloc/realloc must return NULL; the library then
 * returns CP_ERR_NOMEM and never aborts. */
typedef struct cp_allocator {
    size_t size;
    void *(*malloc)(size_t size, void *user);
    void *(*realloc)(void *ptr, size_t size, void *user);
    void (*free)(void *ptr, void *user);
    void *user;
} cp_allocator;

/* ---------------------------------------------------------------------------
 * Corpus and loading
 * ------------------------------------------------------------------------ */

/** A set of loaded documents and the model built from them. */
typedef struct cp_corpus cp_corpus;

/** One loaded document (see Documents below). */
typedef struct cp_document cp_document;

/** Flags for the cp_corpus_load_* calls. Unknown bits are rejected with
 * CP_ERR_INVALID_ARGUMENT. */
typedef enum cp_load_flags {
    CP_LOAD_DEFAULT = 0,
    /** Directory loads: skip bad files instead of failing the whole call. Every
     * skipped file is recorded (cp_corpus_problem_count()); the good ones stay
     * loaded, and the call returns the status of the first failure. Without
     * this flag a directory load is all or nothing. */
    CP_LOAD_KEEP_GOING = 1
} cp_load_flags;

/** Make an empty corpus. `allocator` may be NULL for malloc/realloc/free; it
 * is copied, and its functions must stay callable until cp_corpus_free().
 * Returns CP_ERR_NOMEM, or CP_ERR_INVALID_ARGUMENT for a NULL `out` or an
 * allocator with a bad size or missing functions; *out is then NULL.
 * Owned: free *out with cp_corpus_free(). */
CP_API CP_WARN_UNUSED cp_status cp_corpus_new(cp_corpus **out,
                                              const cp_allocator *allocator);

/** Free a corpus and everything it owns. NULL is allowed. Every pointer
 * borrowed from the corpus becomes invalid. */
CP_API void cp_corpus_free(cp_corpus *corpus);

/** The largest document, in bytes, the corpus accepts (default 256 MiB; the
 * hard maximum is 2 GiB - 1). Larger ones fail with CP_ERR_TOO_LARGE. */
CP_API size_t cp_corpus_max_document_size(const cp_corpus *corpus);

/** Set the largest accepted document size. Returns CP_ERR_INVALID_ARGUMENT for
 * 0 or a value above the hard maximum. */
CP_API cp_status cp_corpus_set_max_document_size(cp_corpus *corpus, size_t bytes);

/** Turn extraction on (the default) or off. Off, loading reads documents
 * into blocks, clean texts and sentences only, and the model stays empty:
 * faster when only the text is wanted. Applies to documents loaded later. */
CP_API void cp_corpus_set_extraction(cp_corpus *corpus, bool enabled);

/** Keep each document's blocks (clean texts, sentences and their maps) once
 * it is extracted (the default), or not. Without them a document keeps its
 * bytes, metadata, title and model, and every offset still points into
 * cp_document_bytes(), but cp_document_block_count() is 0: about 40% less
 * memory for a corpus wanted for its model (bench/RESULTS.md). Ignored while
 * extraction is off. Applies to documents loaded later, streams included. */
CP_API void cp_corpus_set_keep_blocks(cp_corpus *corpus, bool keep);

/** Use `jobs` threads for directory loads and streams (0: one per processor
 * online; the default is 1), the calling thread included. Documents are
 * read, loaded and extracted on these threads and taken into the corpus on
 * the calling thread in path order, so the model, its ids and its JSON are
 * the same whatever the number of threads. With more than one job the corpus's allocator is called from
 * several threads at once and must be thread-safe (malloc is). */
CP_API void cp_corpus_set_jobs(cp_corpus *corpus, unsigned jobs);

/** The number of threads set with cp_corpus_set_jobs() (1 by default). */
CP_API unsigned cp_corpus_jobs(const cp_corpus *corpus);

/** Load one document from memory. `name` is the document's path as reported
 * (its id is the name without directories and without a final ".txt").
 * Copies the input; the caller may free it on return.
 * On failure the corpus is unchanged and `err` (may be NULL) holds the
 * details. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_buffer(cp_corpus *corpus,
                                                      const char *name,
                                                      const char *bytes, size_t size,
                                                      cp_error *err);

/** Load one file (any name; symlinks are followed). Copies the input.
 * On failure the corpus is unchanged and `err` (may be NULL) holds the
 * details. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_file(cp_corpus *corpus, const char *path,
                                                    cp_error *err);

/** Load every "*.txt" under a directory, recursively, in byte order of their
 * paths. Symlinks to files are followed; a directory already being walked is
 * not entered again, so symlink loops end. A directory without documents is
 * CP_ERR_NO_DOCUMENTS. See cp_load_flags for what happens to bad files. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_dir(cp_corpus *corpus, const char *path,
                                                   uint32_t flags, cp_error *err);

/** Read crimepolicy/1 JSON back: one model, or several one after another
 * (JSON Lines from `crimepolicy json --lines`, or concatenated files). Its
 * documents join the corpus with their metadata, entities and offsets but
 * without their text (cp_document_has_text() is false, cp_document_bytes()
 * NULL, no blocks); entities merge by id exactly as when loading text, so
 * reading the outputs of separate runs gives the model of one run over all
 * their documents, in any order. Fails with CP_ERR_BAD_JSON (with line and
 * column) for bad JSON or a model that does not hold together, and with
 * CP_ERR_DUPLICATE_ID for a document the corpus has already; all or nothing.
 * Copies what it keeps. `name` is used in errors. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_json(cp_corpus *corpus, const char *name,
                                                    const char *bytes, size_t size,
                                                    cp_error *err);

/** cp_corpus_load_json() of a file's contents (up to the corpus's size
 * limit). */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_json_file(cp_corpus *corpus, const char *path,
                                                         cp_error *err);

/** Load a list of files as one batch, in the order given (with threads when
 * cp_corpus_set_jobs() allows): all or nothing, or with CP_LOAD_KEEP_GOING
 * the good ones and a problem for each bad one, exactly as a directory. An
 * empty list is CP_OK. The list is only read. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_files(cp_corpus *corpus,
                                                     const char *const *paths, size_t count,
                                                     uint32_t flags, cp_error *err);

/** Load a file or a directory, whichever `path` names. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_load_path(cp_corpus *corpus, const char *path,
                                                    uint32_t flags, cp_error *err);

/** What cp_corpus_stream() calls for each document: `one` is a corpus holding
 * only that document and the entities extracted from it (every cp_corpus_*
 * reader works on it, cp_corpus_to_json() included). Both are borrowed and
 * valid only during the call. Return false to stop the stream. */
typedef bool (*cp_stream_fn)(const cp_corpus *one, const cp_document *doc, void *user);

/** Process the documents of `path` (a file, or every "*.txt" under a
 * directory, in path order) one at a time without keeping them: each is
 * loaded and extracted, shown to `fn`, and forgotten, so memory stays bounded
 * by the largest document (times the window of 4 documents per job when
 * threads are on). Uses the corpus's settings (allocator, jobs, size limit,
 * extraction) and adds no documents to it. A bad document stops the stream
 * with its status, or with CP_LOAD_KEEP_GOING is recorded as a problem of
 * the corpus and skipped (the call then returns the first such status).
 * Returns CP_OK when `fn` stops it. */
CP_API CP_WARN_UNUSED cp_status cp_corpus_stream(cp_corpus *corpus, const char *path,
                                                 uint32_t flags, cp_stream_fn fn,
                                                 void *user, cp_error *err);

/** The files a cp_corpus_load_path() of `path` would load, in that order:
 * the path itself when it names a file, every "*.txt" under it when it names
 * a directory (CP_ERR_NO_DOCUMENTS when there is none). Lets a caller load
 * them one at a time, to show progress or to spread them over threads.
 * Owned: free *paths_out with cp_path_list_free(*paths_out, *count_out). */
CP_API CP_WARN_UNUSED cp_status cp_path_list(const char *path, char ***paths_out,
                                             size_t *count_out, cp_error *err);

/** Free a list made by cp_path_list(). NULL is allowed. */
CP_API void cp_path_list_free(char **paths, size_t count);

/** How many files were skipped by CP_LOAD_KEEP_GOING loads so far. */
CP_API size_t cp_corpus_problem_count(const cp_corpus *corpus);

/** The i-th skipped file's error, in the order found; NULL out of range.
 * Borrowed: valid until cp_corpus_free(corpus). */
CP_API const cp_error *cp_corpus_problem_at(const cp_corpus *corpus, size_t i);

/* ---------------------------------------------------------------------------
 * Documents
 * ------------------------------------------------------------------------ */

/** What kind of text a document is. */
typedef enum cp_document_kind {
    CP_DOCUMENT_UNKNOWN = 0,
    CP_DOCUMENT_NEWS = 1,
    CP_DOCUMENT_PRESS_RELEASE = 2,
    CP_DOCUMENT_FACT_SHEET = 3
} cp_document_kind;

/** "unknown", "news", "press_release" or "fact_sheet" (the JSON spelling).
 * Borrowed: a static string. Unknown values give "unknown". */
CP_API const char *cp_document_kind_name(cp_document_kind kind);

/** The number of documents in the corpus. */
CP_API size_t cp_corpus_document_count(const cp_corpus *corpus);

/** The i-th document, in load order; NULL out of range.
 * Borrowed: valid until cp_corpus_free(corpus). */
CP_API const cp_document *cp_corpus_document_at(const cp_corpus *corpus, size_t i);

/** The document with this id; NULL when there is none.
 * Borrowed: valid until cp_corpus_free(corpus). */
CP_API const cp_document *cp_corpus_document_by_id(const cp_corpus *corpus,
                                                   const char *id);

/** The document's id: its file name without directories and ".txt".
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_id(const cp_document *doc);

/** The path (or buffer name) the document was loaded from.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_path(const cp_document *doc);

/** The size of the document in bytes, as read. */
CP_API size_t cp_document_size(const cp_document *doc);

/** The document's original bytes (cp_document_size() of them, followed by a
 * NUL that is not part of the document). Every offset the model gives points
 * into these bytes. NULL for a document read from JSON, which has no text.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_bytes(const cp_document *doc);

/** False for a document read back from JSON (cp_corpus_load_json()), which
 * has metadata and entities but no bytes and no blocks; true otherwise. */
CP_API bool cp_document_has_text(const cp_document *doc);

/** The publication date as "YYYY-MM-DD": the header date, else the dateline
 * date, else NULL. Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_date(const cp_document *doc);

/** The date of the `date YYYY-MM-DD` header, or NULL without one.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_header_date(const cp_document *doc);

/** The date of the first dateline near the top ("Tuesday, June 20, 2017",
 * "09/27/2024 | Press release"), or of an explicit "Updated"/"Published"
 * line anywhere, as "YYYY-MM-DD"; NULL without one.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_dateline_date(const cp_document *doc);

/** The headline where one can be told, as clean text; NULL otherwise.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_document_title(const cp_document *doc);

/** The kind of the document. */
CP_API cp_document_kind cp_document_kind_of(const cp_document *doc);

/** Where the body starts: the byte offset just after the BOM and the `date`
 * header when there are any, else 0. */
CP_API size_t cp_document_body_start(const cp_document *doc);

/* ---------------------------------------------------------------------------
 * Blocks and sentences
 * ------------------------------------------------------------------------ */

typedef struct cp_block cp_block;
typedef struct cp_sentence cp_sentence;

/** What a block of a document is. */
typedef enum cp_block_kind {
    CP_BLOCK_NONE = 0,
    CP_BLOCK_HEADING = 1,   /* a short line standing alone: JUSTICE NEWS, a headline */
    CP_BLOCK_PARAGRAPH = 2, /* running text */
    CP_BLOCK_LIST_ITEM = 3, /* "- ", "• ", "1. " ...; see cp_block_level() */
    CP_BLOCK_METADATA = 4,  /* "Topic(s): Violent Crime" */
    CP_BLOCK_DATELINE = 5,  /* "Tuesday, June 20, 2017", "Updated June 20, 2017" */
    CP_BLOCK_ARTEFACT = 6   /* a print artefact: a page header or footer */
} cp_block_kind;

/** "none", "heading", "paragraph", "list_item", "metadata", "dateline" or
 * "artefact". Borrowed: a static string. */
CP_API const char *cp_block_kind_name(cp_block_kind kind);

/** The number of blocks of the document's body. */
CP_API size_t cp_document_block_count(const cp_document *doc);

/** The i-th block, ordered by start offset; NULL out of range.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const cp_block *cp_document_block_at(const cp_document *doc, size_t i);

/** The block's kind. */
CP_API cp_block_kind cp_block_kind_of(const cp_block *block);

/** The nesting level of a list item (0 for a top-level item, 1 for an item
 * nested under it, ...); 0 for other blocks. */
CP_API size_t cp_block_level(const cp_block *block);

/** The 1-based line of the document on which the block starts. */
CP_API size_t cp_block_line(const cp_block *block);

/** The block's byte span in the original bytes, markers and markup included
 * (for a list item, from its marker). A paragraph continued across a page
 * break spans the break; the artefact inside it is a block of its own. */
CP_API size_t cp_block_start(const cp_block *block);
CP_API size_t cp_block_end(const cp_block *block);

/** The clean text of the block, for analysis: list marker and inline markup
 * removed, NFC, curly quotes folded to ' and ", dashes (and "--") to "-",
 * every run of white space to one space, no leading or trailing space.
 * NUL-terminated. Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_block_text(const cp_block *block);

/** The length of cp_block_text() in bytes. */
CP_API size_t cp_block_text_size(const cp_block *block);

/** Map a clean-text offset to the original byte offset where the character at
 * that offset starts; the end of the text maps to the end of the last
 * character's original bytes. Offsets beyond the text are clamped. */
CP_API size_t cp_block_original_start(const cp_block *block, size_t clean_offset);

/** Map a clean-text end offset (exclusive) to the original byte offset just
 * past the original bytes of the character before it, so that a clean span
 * [s, e) maps to [cp_block_original_start(s), cp_block_original_end(e)). */
CP_API size_t cp_block_original_end(const cp_block *block, size_t clean_end);

/** The number of sentences of the block's clean text. */
CP_API size_t cp_block_sentence_count(const cp_block *block);

/** The i-th sentence; NULL out of range.
 * Borrowed: valid until cp_corpus_free(). */
CP_API const cp_sentence *cp_block_sentence_at(const cp_block *block, size_t i);

/** The sentence's span in the block's clean text. */
CP_API size_t cp_sentence_text_start(const cp_sentence *sentence);
CP_API size_t cp_sentence_text_end(const cp_sentence *sentence);

/** The sentence's span in the document's original bytes. */
CP_API size_t cp_sentence_start(const cp_sentence *sentence);
CP_API size_t cp_sentence_end(const cp_sentence *sentence);

/* ---------------------------------------------------------------------------
 * The model: administrations, officials, agencies, sites
 *
 * Extraction runs when a document is loaded; entities are merged across all
 * documents of the corpus under canonical ids (MODEL.md section 3), so the
 * same documents give the same model whatever order they are loaded in.
 * Entities are listed in order of their ids. Every pointer is borrowed and
 * valid until cp_corpus_free().
 * ------------------------------------------------------------------------ */

typedef struct cp_administration cp_administration;
typedef struct cp_official cp_official;
typedef struct cp_agency cp_agency;
typedef struct cp_site cp_site;
typedef struct cp_mention cp_mention;

/** Where an entity is named: a document and a byte span of its bytes. */
CP_API const cp_document *cp_mention_document(const cp_mention *mention);
CP_API size_t cp_mention_start(const cp_mention *mention);
CP_API size_t cp_mention_end(const cp_mention *mention);

/** The administrations the corpus's documents are about or name officials
 * of, ordered by id. Borrowed: valid until cp_corpus_free(). */
CP_API size_t cp_corpus_administration_count(const cp_corpus *corpus);
CP_API const cp_administration *cp_corpus_administration_at(const cp_corpus *corpus,
                                                            size_t i);
/** Any US presidency by id ("obama-2009"), whether or not the corpus names
 * it; NULL for an unknown id. Borrowed: valid until cp_corpus_free(). */
CP_API const cp_administration *cp_corpus_administration_by_id(const cp_corpus *corpus,
                                                               const char *id);

/** "biden-2021". Borrowed: a static string. */
CP_API const char *cp_administration_id(const cp_administration *a);
/** The president's full name, "Joseph R. Biden Jr.". Borrowed: static. */
CP_API const char *cp_administration_president(const cp_administration *a);
/** "Democratic", "Republican", … Borrowed: static. */
CP_API const char *cp_administration_party(const cp_administration *a);
/** Term start and end as "YYYY-MM-DD"; the end is NULL for the sitting
 * president. Borrowed: static. */
CP_API const char *cp_administration_start(const cp_administration *a);
CP_API const char *cp_administration_end(const cp_administration *a);
/** The officials of this administration named in the corpus, by name. */
CP_API size_t cp_administration_official_count(const cp_administration *a);
CP_API const cp_official *cp_administration_official_at(const cp_administration *a,
                                                        size_t i);
/** The documents about this administration, by id. */
CP_API size_t cp_administration_document_count(const cp_administration *a);
CP_API const cp_document *cp_administration_document_at(const cp_administration *a,
                                                        size_t i);

/** The administration a document is about: the one in office on its date,
 * else the one whose president the text names as acting; NULL if neither. */
CP_API const cp_administration *cp_document_administration(const cp_document *doc);

/** An official: a person with a role ("Attorney General Jeff Sessions"). */
CP_API const char *cp_official_name(const cp_official *o);
CP_API const char *cp_official_role(const cp_official *o);
CP_API const cp_administration *cp_official_administration(const cp_official *o);
CP_API size_t cp_official_mention_count(const cp_official *o);
CP_API const cp_mention *cp_official_mention_at(const cp_official *o, size_t i);

/** The officials a document names, in order of first mention. */
CP_API size_t cp_document_official_count(const cp_document *doc);
CP_API const cp_official *cp_document_official_at(const cp_document *doc, size_t i);

/** The federal agencies the corpus names, ordered by id. */
CP_API size_t cp_corpus_agency_count(const cp_corpus *corpus);
CP_API const cp_agency *cp_corpus_agency_at(const cp_corpus *corpus, size_t i);
CP_API const cp_agency *cp_corpus_agency_by_id(const cp_corpus *corpus, const char *id);
/** "atf"; the official name; the acronym or NULL; the parent department or
 * NULL. Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_agency_id(const cp_agency *a);
CP_API const char *cp_agency_name(const cp_agency *a);
CP_API const char *cp_agency_acronym(const cp_agency *a);
CP_API const char *cp_agency_department(const cp_agency *a);
CP_API size_t cp_agency_mention_count(const cp_agency *a);
CP_API const cp_mention *cp_agency_mention_at(const cp_agency *a, size_t i);

/** What a site is. */
typedef enum cp_site_kind {
    CP_SITE_UNKNOWN = 0,
    CP_SITE_CITY = 1,
    CP_SITE_COUNTY = 2,
    CP_SITE_STATE = 3,
    CP_SITE_DISTRICT = 4, /* the District of Columbia */
    CP_SITE_REGION = 5
} cp_site_kind;

/** "unknown", "city", "county", "state", "district" or "region".
 * Borrowed: a static string. */
CP_API const char *cp_site_kind_name(cp_site_kind kind);

/** The sites the corpus names, ordered by id. */
CP_API size_t cp_corpus_site_count(const cp_corpus *corpus);
CP_API const cp_site *cp_corpus_site_at(const cp_corpus *corpus, size_t i);
CP_API const cp_site *cp_corpus_site_by_id(const cp_corpus *corpus, const char *id);
/** "kansas-city-mo", "Kansas City", "MO" (NULL when it spans states).
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_site_id(const cp_site *s);
CP_API const char *cp_site_name(const cp_site *s);
CP_API const char *cp_site_state(const cp_site *s);
CP_API cp_site_kind cp_site_kind_of(const cp_site *s);
/** Coordinates from the built-in gazetteer; false (and *lat_out, *lon_out
 * untouched) when it does not know the place. */
CP_API bool cp_site_coordinates(const cp_site *s, double *lat_out, double *lon_out);
CP_API size_t cp_site_mention_count(const cp_site *s);
CP_API const cp_mention *cp_site_mention_at(const cp_site *s, size_t i);

/** The sites a document names, in order of first mention. */
CP_API size_t cp_document_site_count(const cp_document *doc);
CP_API const cp_site *cp_document_site_at(const cp_document *doc, size_t i);

/* ---------------------------------------------------------------------------
 * Programs and figures
 * ------------------------------------------------------------------------ */

typedef struct cp_program cp_program;
typedef struct cp_figure cp_figure;

/** The programs the corpus names, ordered by id
 * ("national-public-safety-partnership"). */
CP_API size_t cp_corpus_program_count(const cp_corpus *corpus);
CP_API const cp_program *cp_corpus_program_at(const cp_corpus *corpus, size_t i);
CP_API const cp_program *cp_corpus_program_by_id(const cp_corpus *corpus, const char *id);
/** Id, canonical name, acronym (NULL if none), kind ("partnership",
 * "task_force", "strike_force", "initiative", "program", "project",
 * "operation", "team", "center", "network", "grant", "executive_action").
 * Borrowed: valid until cp_corpus_free(). */
CP_API const char *cp_program_id(const cp_program *p);
CP_API const char *cp_program_name(const cp_program *p);
CP_API const char *cp_program_acronym(const cp_program *p);
CP_API const char *cp_program_kind(const cp_program *p);
/** Other names the program goes by in the corpus. */
CP_API size_t cp_program_alias_count(const cp_program *p);
CP_API const char *cp_program_alias_at(const cp_program *p, size_t i);
/** The program this one is a component of (PSP for its Diagnostic Teams), or
 * NULL; and the components of this one. */
CP_API const cp_program *cp_program_parent(const cp_program *p);
CP_API size_t cp_program_component_count(const cp_program *p);
CP_API const cp_program *cp_program_component_at(const cp_program *p, size_t i);
/** The administration that launched it where that is known, else NULL. */
CP_API const cp_administration *cp_program_administration(const cp_program *p);
/** The agencies involved, by id. */
CP_API size_t cp_program_agency_count(const cp_program *p);
CP_API const cp_agency *cp_program_agency_at(const cp_program *p, size_t i);
/** The sites that are members, targets or recipients of the program. */
CP_API size_t cp_program_site_count(const cp_program *p);
CP_API const cp_site *cp_program_site_at(const cp_program *p, size_t i);
CP_API size_t cp_program_mention_count(const cp_program *p);
CP_API const cp_mention *cp_program_mention_at(const cp_program *p, size_t i);

/** The programs a site takes part in. */
CP_API size_t cp_site_program_count(const cp_site *s);
CP_API const cp_program *cp_site_program_at(const cp_site *s, size_t i);

/** The programs a document names, in order of first mention. */
CP_API size_t cp_document_program_count(const cp_document *doc);
CP_API const cp_program *cp_document_program_at(const cp_document *doc, size_t i);

/** What a figure measures. */
typedef enum cp_figure_kind {
    CP_FIGURE_UNKNOWN = 0,
    CP_FIGURE_COUNT = 1,
    CP_FIGURE_RATE = 2,
    CP_FIGURE_CHANGE = 3,
    CP_FIGURE_DURATION = 4,
    CP_FIGURE_MONEY = 5,
    CP_FIGURE_PERCENT = 6
} cp_figure_kind;

/** How exact a figure is said to be. */
typedef enum cp_qualifier {
    CP_QUALIFIER_EXACT = 0,
    CP_QUALIFIER_APPROXIMATELY = 1,
    CP_QUALIFIER_AT_LEAST = 2,
    CP_QUALIFIER_AT_MOST = 3,
    CP_QUALIFIER_MORE_THAN = 4,
    CP_QUALIFIER_LESS_THAN = 5
} cp_qualifier;

/** "count", "rate", "change", "duration", "money", "percent" ("unknown"). */
CP_API const char *cp_figure_kind_name(cp_figure_kind kind);
/** "exact", "approximately", "at_least", "at_most", "more_than", "less_than". */
CP_API const char *cp_qualifier_name(cp_qualifier qualifier);

/** Every figure of the corpus: documents in load order, each document's
 * figures in text order. (The JSON export orders them by document id.) */
CP_API size_t cp_corpus_figure_count(const cp_corpus *corpus);
CP_API const cp_figure *cp_corpus_figure_at(const cp_corpus *corpus, size_t i);
/** The figures of one document, in text order. */
CP_API size_t cp_document_figure_count(const cp_document *doc);
CP_API const cp_figure *cp_document_figure_at(const cp_document *doc, size_t i);

CP_API const cp_document *cp_figure_document(const cp_figure *f);
/** The figure's span in its document's bytes, and that text (clean). */
CP_API size_t cp_figure_start(const cp_figure *f);
CP_API size_t cp_figure_end(const cp_figure *f);
CP_API const char *cp_figure_text(const cp_figure *f);
/** The value (for a change, the value it changed to). */
CP_API double cp_figure_value(const cp_figure *f);
/** For a change, the value it changed from; false without one. */
CP_API bool cp_figure_from(const cp_figure *f, double *from_out);
CP_API cp_figure_kind cp_figure_kind_of(const cp_figure *f);
CP_API cp_qualifier cp_figure_qualifier(const cp_figure *f);
/** The thing counted ("people shot", "homicides") or NULL. */
CP_API const char *cp_figure_unit(const cp_figure *f);
/** Where the unit stands in the document's bytes; false without a unit. */
CP_API bool cp_figure_unit_span(const cp_figure *f, size_t *start_out, size_t *end_out);
/** The period of a rate ("day", "week", "month", "year") or NULL. */
CP_API const char *cp_figure_per(const cp_figure *f);

/* ---------------------------------------------------------------------------
 * Export
 * ------------------------------------------------------------------------ */

/** Write the corpus as one `crimepolicy/1` JSON object (MODEL.md section 4)
 * into a new NUL-terminated string; *size_out (may be NULL) gets its length.
 * Returns CP_ERR_NOMEM (then *out is NULL).
 * Owned: free *out with cp_string_free(). */
CP_API CP_WARN_UNUSED cp_status cp_corpus_to_json(const cp_corpus *corpus, char **out,
                                                  size_t *size_out);

/** Flags for cp_corpus_to_json_ex(). */
typedef enum cp_json_flags {
    CP_JSON_DEFAULT = 0,
    /** One line, no newline at all: for JSON Lines output. */
    CP_JSON_COMPACT = 1
} cp_json_flags;

/** cp_corpus_to_json() with flags; unknown flags are CP_ERR_INVALID_ARGUMENT.
 * Owned: free *out with cp_string_free(). */
CP_API CP_WARN_UNUSED cp_status cp_corpus_to_json_ex(const cp_corpus *corpus, uint32_t flags,
                                                     char **out, size_t *size_out);

/** Receives JSON text from cp_corpus_write_json(): `size` bytes at `bytes`
 * (not NUL-terminated, valid only during the call), the pieces in order.
 * Return 0 to go on; anything else stops the export. */
typedef int (*cp_write_fn)(const char *bytes, size_t size, void *user);

/** cp_corpus_to_json_ex() handed to `write` piece by piece instead of built
 * in one string: the pieces join to the same bytes (with the same flags),
 * and the memory it takes is a window of some 64 KiB (more only while the
 * mentions of one entity, or one document's figures, are written), not the
 * size of the JSON. Returns CP_ERR_IO when `write` stops it (the text
 * written so far is then incomplete), CP_ERR_NOMEM, or
 * CP_ERR_INVALID_ARGUMENT (a NULL corpus or `write`, unknown flags). (1.1) */
CP_API CP_WARN_UNUSED cp_status cp_corpus_write_json(const cp_corpus *corpus, uint32_t flags,
                                                     cp_write_fn write, void *user);

/** Free a string the library returned as owned. NULL is allowed. */
CP_API void cp_string_free(char *str);

#ifdef __cplusplus
}
#endif

#endif
