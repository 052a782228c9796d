/* crimepolicy: the example command-line tool of libcrimepolicy.
 *
 *   crimepolicy json [--keep-going] [PATH...]   the crimepolicy/1 JSON
 *   crimepolicy check PATH...                   report every bad document
 *   crimepolicy blocks [PATH...]                the blocks the loader sees
 *
 * Exit status: 0 all loaded, 1 bad input, 2 wrong usage, 3 some bad input
 * skipped with --keep-going. */
#define _POSIX_C_SOURCE 200809L
#include <crimepolicy.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { EXIT_BAD_INPUT = 1, EXIT_USAGE = 2, EXIT_SKIPPED = 3 };

static const char *const USAGE =
    "usage: crimepolicy [--help] [--version] COMMAND [ARGS]\n"
    "\n"
    "Read documents about US federal crime policy (plain text, *.txt) into a\n"
    "typed model with byte-exact provenance.\n"
    "\n"
    "commands:\n"
    "  json [--keep-going] [PATH...]  print the crimepolicy/1 JSON of the documents\n"
    "  check PATH...                  report every error as PATH:LINE:COL: message\n"
    "  blocks [PATH...]               print the blocks of each document\n"
    "\n"
    "PATH is a file, a directory (every *.txt under it) or - for standard input;\n"
    "without PATH the bundled seed documents are read.\n"
    "Run 'crimepolicy COMMAND --help' for the options of a command.\n"
    "\n"
    "exit status: 0 all loaded, 1 bad input, 2 wrong usage,\n"
    "             3 bad input skipped with --keep-going\n";

static const char *const USAGE_JSON =
    "usage: crimepolicy json [--keep-going] [PATH...]\n"
    "\n"
    "Load every PATH into one corpus and print it as one crimepolicy/1 JSON\n"
    "object on standard output. Errors go to standard error as\n"
    "PATH:LINE:COL: message.\n"
    "\n"
    "  --keep-going  export the good documents even when some are bad (exit 3)\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 all loaded, 1 bad input (nothing printed), 2 wrong usage,\n"
    "             3 some bad input skipped with --keep-going\n";

static const char *const USAGE_CHECK =
    "usage: crimepolicy check PATH...\n"
    "\n"
    "Load every PATH and report each bad document as PATH:LINE:COL: message.\n"
    "\n"
    "  -h, --help  show this help\n"
    "\n"
    "exit status: 0 all good, 1 some bad input, 2 wrong usage\n";

static const char *const USAGE_BLOCKS =
    "usage: crimepolicy blocks [PATH...]\n"
    "\n"
    "Print each document's date, title and kind, then one line per block:\n"
    "LINE KIND[LEVEL] START-END and its clean text.\n"
    "\n"
    "  -h, --help  show this help\n";

/* Where the bundled seeds are: $CRIMEPOLICY_SEEDS, the installed copy, the
 * source tree this was built from, or ./seeds. */
static const char *seeds_dir(void) {
    const char *env = getenv("CRIMEPOLICY_SEEDS");
    if (env && *env)
        return env;
    static const char *const candidates[] = {
#ifdef CP_INSTALL_SEEDS_DIR
        CP_INSTALL_SEEDS_DIR,
#endif
#ifdef CP_SOURCE_SEEDS_DIR
        CP_SOURCE_SEEDS_DIR,
#endif
        "seeds",
    };
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        struct stat st;
        if (stat(candidates[i], &st) == 0 && S_ISDIR(st.st_mode))
            return candidates[i];
    }
    return candidates[0];
}

static void print_error(const cp_error *e) {
    char line[8192];
    cp_error_format(e, line, sizeof line);
    fprintf(stderr, "%s\n", line);
}

/* Read all of standard input. */
static char *read_stdin(size_t *size) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *more = realloc(buf, cap * 2);
            if (!more) {
                free(buf);
                return NULL;
            }
            buf = more;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, stdin);
        n += got;
        if (got == 0)
            break;
    }
    *size = n;
    return buf;
}

/* Load every path, reporting each bad document; returns how many were bad,
 * or -1 when out of memory. */
static long load_all(cp_corpus *corpus, char **paths, int count, cp_error *err) {
    long bad = 0;
    for (int i = 0; i < count; i++) {
        size_t problems_before = cp_corpus_problem_count(corpus);
        cp_status st;
        if (strcmp(paths[i], "-") == 0) {
            size_t size = 0;
            char *data = read_stdin(&size);
            if (!data)
                return -1;
            st = cp_corpus_load_buffer(corpus, "stdin", data, size, err);
            free(data);
        } else {
            st = cp_corpus_load_path(corpus, paths[i], CP_LOAD_KEEP_GOING, err);
        }
        if (st == CP_ERR_NOMEM) {
            print_error(err);
            return -1;
        }
        size_t problems_after = cp_corpus_problem_count(corpus);
        for (size_t k = problems_before; k < problems_after; k++) {
            print_error(cp_corpus_problem_at(corpus, k));
            bad++;
        }
        if (st != CP_OK && problems_after == problems_before) {
            print_error(err);
            bad++;
        }
    }
    return bad;
}

typedef struct options {
    bool keep_going;
    int first_path; /* index in argv */
} options;

/* Parse the options of a command; returns -1 after --help, 0 on success, or
 * EXIT_USAGE. */
static int parse_options(int argc, char **argv, const char *usage, bool allow_keep_going,
                         options *o) {
    o->keep_going = false;
    int i = 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return -1;
        }
        if (allow_keep_going && strcmp(a, "--keep-going") == 0) {
            o->keep_going = true;
            continue;
        }
        fprintf(stderr, "crimepolicy %s: unknown option '%s'\n\n%s", argv[1], a, usage);
        return EXIT_USAGE;
    }
    o->first_path = i;
    return 0;
}

static int open_corpus(cp_corpus **corpus, cp_error **err) {
    *err = cp_error_new();
    if (!*err || cp_corpus_new(corpus, NULL) != CP_OK) {
        fprintf(stderr, "crimepolicy: out of memory\n");
        cp_error_free(*err);
        return EXIT_BAD_INPUT;
    }
    return 0;
}

static int cmd_json(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_JSON, true, &o);
    if (r)
        return r < 0 ? 0 : r;
    char *seeds[] = {(char *)seeds_dir()};
    char **paths = o.first_path < argc ? argv + o.first_path : seeds;
    int count = o.first_path < argc ? argc - o.first_path : 1;
    cp_corpus *corpus;
    cp_error *err;
    if ((r = open_corpus(&corpus, &err)) != 0)
        return r;
    long bad = load_all(corpus, paths, count, err);
    int status = 0;
    if (bad < 0 || (bad > 0 && !o.keep_going)) {
        status = EXIT_BAD_INPUT;
    } else {
        char *json;
        size_t size;
        if (cp_corpus_to_json(corpus, &json, &size) != CP_OK) {
            fprintf(stderr, "crimepolicy: out of memory\n");
            status = EXIT_BAD_INPUT;
        } else {
            fwrite(json, 1, size, stdout);
            cp_string_free(json);
            status = bad ? EXIT_SKIPPED : 0;
        }
    }
    cp_corpus_free(corpus);
    cp_error_free(err);
    return status;
}

static int cmd_check(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_CHECK, false, &o);
    if (r)
        return r < 0 ? 0 : r;
    if (o.first_path >= argc) {
        fprintf(stderr, "crimepolicy check: no PATH given\n\n%s", USAGE_CHECK);
        return EXIT_USAGE;
    }
    cp_corpus *corpus;
    cp_error *err;
    if ((r = open_corpus(&corpus, &err)) != 0)
        return r;
    long bad = load_all(corpus, argv + o.first_path, argc - o.first_path, err);
    if (bad == 0)
        printf("%zu documents, no errors\n", cp_corpus_document_count(corpus));
    cp_corpus_free(corpus);
    cp_error_free(err);
    return bad ? EXIT_BAD_INPUT : 0;
}

static int cmd_blocks(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_BLOCKS, false, &o);
    if (r)
        return r < 0 ? 0 : r;
    char *seeds[] = {(char *)seeds_dir()};
    char **paths = o.first_path < argc ? argv + o.first_path : seeds;
    int count = o.first_path < argc ? argc - o.first_path : 1;
    cp_corpus *corpus;
    cp_error *err;
    if ((r = open_corpus(&corpus, &err)) != 0)
        return r;
    long bad = load_all(corpus, paths, count, err);
    for (size_t d = 0; d < cp_corpus_document_count(corpus); d++) {
        const cp_document *doc = cp_corpus_document_at(corpus, d);
        const char *date = cp_document_date(doc);
        const char *title = cp_document_title(doc);
        printf("== %s  date=%s  kind=%s\n   title: %s\n", cp_document_id(doc),
               date ? date : "-", cp_document_kind_name(cp_document_kind_of(doc)),
               title ? title : "-");
        for (size_t b = 0; b < cp_document_block_count(doc); b++) {
            const cp_block *blk = cp_document_block_at(doc, b);
            printf("%4zu %-9s[%zu] %zu-%zu  %s\n", cp_block_line(blk),
                   cp_block_kind_name(cp_block_kind_of(blk)), cp_block_level(blk),
                   cp_block_start(blk), cp_block_end(blk), cp_block_text(blk));
        }
    }
    cp_corpus_free(corpus);
    cp_error_free(err);
    return bad ? EXIT_BAD_INPUT : 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("crimepolicy %s (libcrimepolicy %s)\n", CP_VERSION_STRING,
               cp_version_string());
        return 0;
    }
    if (strcmp(cmd, "json") == 0)
        return cmd_json(argc, argv);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc, argv);
    if (strcmp(cmd, "blocks") == 0)
        return cmd_blocks(argc, argv);
    fprintf(stderr, "crimepolicy: unknown command '%s'\n\n%s", cmd, USAGE);
    return EXIT_USAGE;
}
