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
#include <time.h>
#include <unistd.h>

#include "map.h"

enum { EXIT_BAD_INPUT = 1, EXIT_USAGE = 2, EXIT_SKIPPED = 3 };

static const char *const USAGE =
    "usage: crimepolicy [--help] [--version] COMMAND [ARGS]\n"
    "\n"
    "Read documents about US federal crime policy (plain text, *.txt) into a\n"
    "typed model with byte-exact provenance.\n"
    "\n"
    "commands:\n"
    "  json [--keep-going] [--lines] [PATH...]\n"
    "                                 print the crimepolicy/1 JSON of the documents\n"
    "                                 (--lines: one line per document, streamed)\n"
    "  merge FILE...                  merge crimepolicy/1 outputs into one model\n"
    "  summary [PATH...]              a readable report of the model\n"
    "  documents|programs|sites|figures|agencies [--format F] [PATH...]\n"
    "                                 one row per entity (F: table, csv, tsv)\n"
    "  show ID [PATH...]              one entity with every mention in its line\n"
    "  map [--program ID] [-o FILE.svg] [PATH...]\n"
    "                                 an SVG map of the sites\n"
    "  check PATH...                  report every error as PATH:LINE:COL: message\n"
    "  blocks [PATH...]               print the blocks of each document\n"
    "\n"
    "PATH is a file, a directory (every *.txt under it) or - for standard input;\n"
    "without PATH the bundled seed documents are read. Commands that read\n"
    "documents take -j, --jobs N: threads (default 0, one per processor; the\n"
    "output is the same for every N).\n"
    "Run 'crimepolicy COMMAND --help' for the options of a command.\n"
    "\n"
    "exit status: 0 all loaded, 1 bad input, 2 wrong usage,\n"
    "             3 bad input skipped with --keep-going\n";

static const char *const USAGE_JSON =
    "usage: crimepolicy json [--keep-going] [--lines] [--jobs N] [PATH...]\n"
    "\n"
    "Load every PATH into one corpus and print it as one crimepolicy/1 JSON\n"
    "object on standard output. Errors go to standard error as\n"
    "PATH:LINE:COL: message.\n"
    "\n"
    "  --keep-going  export the good documents even when some are bad (exit 3)\n"
    "  --lines       stream: one line per document, each a crimepolicy/1 object\n"
    "                of that document alone, written as soon as it is read, in\n"
    "                memory bounded by the largest document (the lines before a\n"
    "                bad document are out already); 'crimepolicy merge' joins them\n"
    "  -j, --jobs N  threads for reading (default 0: one per processor); the\n"
    "                output is the same for every N\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 all loaded, 1 bad input (nothing printed), 2 wrong usage,\n"
    "             3 some bad input skipped with --keep-going\n";

static const char *const USAGE_MERGE =
    "usage: crimepolicy merge FILE...\n"
    "\n"
    "Read crimepolicy/1 JSON (whole models, or one per line as 'json --lines'\n"
    "writes them) and print the one model they make together: the same as\n"
    "'crimepolicy json' over all their documents at once, whatever the order\n"
    "of the files or how the documents were split between them. FILE - reads\n"
    "standard input.\n"
    "\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 merged, 1 bad input (nothing printed), 2 wrong usage\n";

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

/* A progress bar on standard error, shown only when it is a terminal and
 * loading has taken more than half a second. */
typedef struct progress {
    bool tty, shown;
    struct timespec start;
    size_t percent; /* last drawn */
} progress;

static double seconds_since(const struct timespec *t0) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void progress_show(progress *p, size_t done, size_t total) {
    if (!p->tty || total == 0 || (!p->shown && seconds_since(&p->start) < 0.5))
        return;
    enum { BAR = 30 };
    size_t percent = done * 100 / total;
    if (p->shown && percent == p->percent)
        return; /* redraw only when the number changes */
    p->percent = percent;
    size_t fill = done * BAR / total;
    fprintf(stderr, "\rloading [");
    for (size_t i = 0; i < BAR; i++)
        fputc(i < fill ? '#' : '.', stderr);
    fprintf(stderr, "] %3zu%% %zu/%zu", percent, done, total);
    p->shown = true;
}

static void progress_end(progress *p) {
    if (p->shown)
        fprintf(stderr, "\r\033[K");
    p->shown = false;
}

/* Print the problems recorded since `from`; returns how many. */
static size_t print_problems(const cp_corpus *corpus, size_t from) {
    size_t n = cp_corpus_problem_count(corpus);
    for (size_t i = from; i < n; i++)
        print_error(cp_corpus_problem_at(corpus, i));
    return n - from;
}

/* Load every path, reporting each bad document; returns how many were bad,
 * or -1 when out of memory. A directory is listed first and loaded in
 * batches that grow as it goes (the library's threads work inside a batch),
 * so that a progress bar can follow. */
static long load_all(cp_corpus *corpus, char **paths, int count, cp_error *err) {
    long bad = 0;
    progress prog = {isatty(STDERR_FILENO) != 0, false, {0, 0}, 0};
    clock_gettime(CLOCK_MONOTONIC, &prog.start);
    for (int i = 0; i < count; i++) {
        if (strcmp(paths[i], "-") == 0) {
            size_t size = 0;
            char *data = read_stdin(&size);
            if (!data)
                return -1;
            cp_status st = cp_corpus_load_buffer(corpus, "stdin", data, size, err);
            free(data);
            if (st == CP_ERR_NOMEM)
                return -1;
            if (st != CP_OK) {
                print_error(err);
                bad++;
            }
            continue;
        }
        char **files;
        size_t n;
        cp_status st = cp_path_list(paths[i], &files, &n, err);
        if (st != CP_OK) {
            print_error(err);
            if (st == CP_ERR_NOMEM)
                return -1;
            bad++;
            continue;
        }
        for (size_t done = 0; done < n;) {
            size_t batch = done / 4 > 64 ? done / 4 : 64;
            if (batch > n - done)
                batch = n - done;
            progress_show(&prog, done, n);
            size_t before = cp_corpus_problem_count(corpus);
            st = cp_corpus_load_files(corpus, (const char *const *)files + done, batch,
                                      CP_LOAD_KEEP_GOING, err);
            if (st == CP_ERR_NOMEM) {
                progress_end(&prog);
                print_error(err);
                cp_path_list_free(files, n);
                return -1;
            }
            if (cp_corpus_problem_count(corpus) > before) {
                progress_end(&prog);
                bad += (long)print_problems(corpus, before);
            }
            done += batch;
        }
        progress_end(&prog);
        cp_path_list_free(files, n);
    }
    return bad;
}

typedef enum format { FORMAT_TABLE, FORMAT_CSV, FORMAT_TSV } format;

/* Threads for loading: --jobs N, 0 (the default) for one per processor. */
static unsigned g_jobs = 0;
/* --keep-going: use the good documents when some are bad (then exit 3). */
static bool g_keep_going = false;
static bool g_skipped = false;

typedef struct options {
    bool keep_going;
    bool lines;
    format fmt;
    int first_path; /* index in argv */
} options;

/* Parse the options of a command; returns -1 after --help, 0 on success, or
 * EXIT_USAGE. */
static int parse_options(int argc, char **argv, const char *usage, bool allow_keep_going,
                         options *o) {
    o->keep_going = false;
    o->lines = false;
    o->fmt = FORMAT_TABLE;
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
            o->keep_going = g_keep_going = true;
            continue;
        }
        if (usage == USAGE_JSON && strcmp(a, "--lines") == 0) {
            o->lines = true;
            continue;
        }
        if ((strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) && i + 1 < argc) {
            char *end;
            unsigned long n = strtoul(argv[++i], &end, 10);
            if (*end || end == argv[i] || n > 1024) {
                fprintf(stderr, "crimepolicy %s: --jobs wants a number from 0 to 1024\n\n%s",
                        argv[1], usage);
                return EXIT_USAGE;
            }
            g_jobs = (unsigned)n;
            continue;
        }
        if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            const char *f = argv[++i];
            if (strcmp(f, "table") == 0)
                o->fmt = FORMAT_TABLE;
            else if (strcmp(f, "csv") == 0)
                o->fmt = FORMAT_CSV;
            else if (strcmp(f, "tsv") == 0)
                o->fmt = FORMAT_TSV;
            else {
                fprintf(stderr, "crimepolicy %s: unknown format '%s'\n\n%s", argv[1], f, usage);
                return EXIT_USAGE;
            }
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
    cp_corpus_set_jobs(*corpus, g_jobs);
    return 0;
}

/* Standard output as the sink of cp_corpus_write_json(). */
static int write_stdout(const char *bytes, size_t size, void *user) {
    (void)user;
    return fwrite(bytes, 1, size, stdout) == size ? 0 : -1;
}

/* The corpus's crimepolicy/1 JSON on standard output, written as it is
 * made (never held whole: it is several times the size of the input).
 * Returns 0, or EXIT_BAD_INPUT after saying why. */
static int print_json(const cp_corpus *corpus) {
    cp_status st = cp_corpus_write_json(corpus, CP_JSON_DEFAULT, write_stdout, NULL);
    if (st == CP_OK && fflush(stdout) == 0)
        return 0;
    fprintf(stderr, "crimepolicy: %s\n",
            st == CP_ERR_NOMEM ? "out of memory" : "cannot write the output");
    return EXIT_BAD_INPUT;
}

/* json --lines: one document as one line, written as soon as it is read. */
static bool print_line(const cp_corpus *one, const cp_document *doc, void *user) {
    (void)doc;
    bool *nomem = user;
    char *json;
    size_t size;
    if (cp_corpus_to_json_ex(one, CP_JSON_COMPACT, &json, &size) != CP_OK) {
        *nomem = true;
        return false;
    }
    fwrite(json, 1, size, stdout);
    putchar('\n');
    cp_string_free(json);
    return true;
}

/* Stream every path; returns how many documents were bad, or -1. */
static long stream_all(cp_corpus *corpus, char **paths, int count, bool keep_going,
                       cp_error *err) {
    long bad = 0;
    bool nomem = false;
    for (int i = 0; i < count && (keep_going || bad == 0); i++) {
        if (strcmp(paths[i], "-") == 0) {
            size_t size = 0;
            char *data = read_stdin(&size);
            cp_corpus *one;
            if (!data || cp_corpus_new(&one, NULL) != CP_OK) {
                free(data);
                return -1;
            }
            cp_status st = cp_corpus_load_buffer(one, "stdin", data, size, err);
            free(data);
            if (st == CP_OK)
                print_line(one, cp_corpus_document_at(one, 0), &nomem);
            else
                print_error(err);
            bad += st != CP_OK;
            cp_corpus_free(one);
            if (st == CP_ERR_NOMEM || nomem)
                return -1;
            continue;
        }
        size_t before = cp_corpus_problem_count(corpus);
        cp_status st = cp_corpus_stream(corpus, paths[i], keep_going ? CP_LOAD_KEEP_GOING : 0,
                                        print_line, &nomem, err);
        fflush(stdout);
        if (st == CP_ERR_NOMEM || nomem)
            return -1;
        size_t skipped = print_problems(corpus, before);
        bad += (long)skipped;
        if (st != CP_OK && skipped == 0) {
            print_error(err);
            bad++;
        }
    }
    return bad;
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
    cp_corpus_set_keep_blocks(corpus, false); /* the JSON has no blocks: a third less memory */
    if (o.lines) {
        long bad = stream_all(corpus, paths, count, o.keep_going, err);
        if (bad < 0)
            fprintf(stderr, "crimepolicy: out of memory\n");
        cp_corpus_free(corpus);
        cp_error_free(err);
        return bad < 0 ? EXIT_BAD_INPUT : bad == 0 ? 0 : o.keep_going ? EXIT_SKIPPED : EXIT_BAD_INPUT;
    }
    long bad = load_all(corpus, paths, count, err);
    int status = 0;
    if (bad < 0 || (bad > 0 && !o.keep_going)) {
        status = EXIT_BAD_INPUT;
    } else {
        status = print_json(corpus);
        if (status == 0 && bad)
            status = EXIT_SKIPPED;
    }
    cp_corpus_free(corpus);
    cp_error_free(err);
    return status;
}

static int cmd_merge(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_MERGE, false, &o);
    if (r)
        return r < 0 ? 0 : r;
    if (o.first_path >= argc) {
        fprintf(stderr, "crimepolicy merge: no FILE given\n\n%s", USAGE_MERGE);
        return EXIT_USAGE;
    }
    cp_corpus *corpus;
    cp_error *err;
    if ((r = open_corpus(&corpus, &err)) != 0)
        return r;
    /* a merged model can be larger than any one document */
    (void)cp_corpus_set_max_document_size(corpus, (size_t)0x7FFFFFFF);
    int status = 0;
    for (int i = o.first_path; i < argc && status == 0; i++) {
        cp_status st;
        if (strcmp(argv[i], "-") == 0) {
            size_t size = 0;
            char *data = read_stdin(&size);
            st = data ? cp_corpus_load_json(corpus, "stdin", data, size, err) : CP_ERR_NOMEM;
            free(data);
        } else {
            st = cp_corpus_load_json_file(corpus, argv[i], err);
        }
        if (st != CP_OK) {
            print_error(err);
            status = EXIT_BAD_INPUT;
        }
    }
    if (status == 0) {
        status = print_json(corpus);
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


/* ---- tables: documents, programs, sites, figures, agencies ------------- */

enum { MAX_COLUMNS = 10 };

typedef struct table {
    size_t columns;
    const char *head[MAX_COLUMNS];
    char **cells; /* rows * columns, owned */
    size_t rows, cap;
} table;

static char *dup_str(const char *s) {
    size_t n = strlen(s ? s : "");
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

/* Append a row of `columns` strings (NULL prints as empty). */
static bool table_row(table *t, const char *const *cells) {
    if (t->rows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        char **more = realloc(t->cells, cap * t->columns * sizeof *more);
        if (!more)
            return false;
        t->cells = more;
        t->cap = cap;
    }
    for (size_t c = 0; c < t->columns; c++)
        if (!(t->cells[t->rows * t->columns + c] = dup_str(cells[c])))
            return false;
    t->rows++;
    return true;
}

static void table_free(table *t) {
    for (size_t i = 0; i < t->rows * t->columns; i++)
        free(t->cells[i]);
    free(t->cells);
}

/* RFC 4180: quote a field holding a comma, a quote or a line break. */
static void put_csv(const char *s) {
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

/* TSV has no quoting: tabs and line breaks inside a field become spaces. */
static void put_tsv(const char *s) {
    for (; *s; s++)
        putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* Display width in code points, for alignment. */
static size_t width(const char *s) {
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static void table_print(const table *t, format fmt) {
    const char *const *row;
    size_t w[MAX_COLUMNS] = {0};
    for (size_t c = 0; c < t->columns; c++)
        w[c] = width(t->head[c]);
    for (size_t r = 0; r < t->rows; r++)
        for (size_t c = 0; c < t->columns; c++) {
            size_t k = width(t->cells[r * t->columns + c]);
            if (k > w[c])
                w[c] = k;
        }
    for (size_t r = 0; r <= t->rows; r++) {
        row = r == 0 ? t->head : (const char *const *)&t->cells[(r - 1) * t->columns];
        for (size_t c = 0; c < t->columns; c++) {
            const char *cell = row[c];
            if (fmt == FORMAT_CSV) {
                if (c)
                    putchar(',');
                put_csv(cell);
            } else if (fmt == FORMAT_TSV) {
                if (c)
                    putchar('\t');
                put_tsv(cell);
            } else {
                fputs(cell, stdout);
                if (c + 1 < t->columns)
                    for (size_t k = width(cell); k < w[c] + 2; k++)
                        putchar(' ');
            }
        }
        putchar('\n');
    }
}

static const char *num(char *buf, size_t size, double v) {
    snprintf(buf, size, "%.15g", v);
    return buf;
}

static const char *count(char *buf, size_t size, size_t v) {
    snprintf(buf, size, "%zu", v);
    return buf;
}

static bool fill_table(const char *what, const cp_corpus *c, table *t) {
    char b1[64], b2[64], b3[64], b4[64], b5[64];
    if (strcmp(what, "documents") == 0) {
        const char *head[] = {"id", "date", "kind", "administration", "bytes", "title"};
        t->columns = 6;
        memcpy(t->head, head, sizeof head);
        for (size_t i = 0; i < cp_corpus_document_count(c); i++) {
            const cp_document *d = cp_corpus_document_at(c, i);
            const cp_administration *a = cp_document_administration(d);
            const char *row[] = {cp_document_id(d), cp_document_date(d),
                                 cp_document_kind_name(cp_document_kind_of(d)),
                                 a ? cp_administration_id(a) : NULL,
                                 count(b1, sizeof b1, cp_document_size(d)), cp_document_title(d)};
            if (!table_row(t, row))
                return false;
        }
    } else if (strcmp(what, "programs") == 0) {
        const char *head[] = {"id", "name", "acronym", "kind", "parent", "administration",
                              "sites", "mentions"};
        t->columns = 8;
        memcpy(t->head, head, sizeof head);
        for (size_t i = 0; i < cp_corpus_program_count(c); i++) {
            const cp_program *p = cp_corpus_program_at(c, i);
            const cp_administration *a = cp_program_administration(p);
            const cp_program *parent = cp_program_parent(p);
            const char *row[] = {cp_program_id(p), cp_program_name(p), cp_program_acronym(p),
                                 cp_program_kind(p), parent ? cp_program_id(parent) : NULL,
                                 a ? cp_administration_id(a) : NULL,
                                 count(b1, sizeof b1, cp_program_site_count(p)),
                                 count(b2, sizeof b2, cp_program_mention_count(p))};
            if (!table_row(t, row))
                return false;
        }
    } else if (strcmp(what, "sites") == 0) {
        const char *head[] = {"id", "name", "state", "kind", "lat", "lon", "programs",
                              "mentions"};
        t->columns = 8;
        memcpy(t->head, head, sizeof head);
        for (size_t i = 0; i < cp_corpus_site_count(c); i++) {
            const cp_site *s = cp_corpus_site_at(c, i);
            double lat = 0, lon = 0;
            bool has = cp_site_coordinates(s, &lat, &lon);
            if (has) {
                snprintf(b1, sizeof b1, "%.4f", lat);
                snprintf(b2, sizeof b2, "%.4f", lon);
            }
            const char *row[] = {cp_site_id(s), cp_site_name(s), cp_site_state(s),
                                 cp_site_kind_name(cp_site_kind_of(s)), has ? b1 : NULL,
                                 has ? b2 : NULL, count(b3, sizeof b3, cp_site_program_count(s)),
                                 count(b4, sizeof b4, cp_site_mention_count(s))};
            if (!table_row(t, row))
                return false;
        }
    } else if (strcmp(what, "figures") == 0) {
        const char *head[] = {"document", "start", "end", "kind", "value", "from",
                              "qualifier", "unit", "per", "text"};
        t->columns = 10;
        memcpy(t->head, head, sizeof head);
        for (size_t i = 0; i < cp_corpus_figure_count(c); i++) {
            const cp_figure *f = cp_corpus_figure_at(c, i);
            double from;
            bool has_from = cp_figure_from(f, &from);
            const char *row[] = {cp_document_id(cp_figure_document(f)),
                                 count(b1, sizeof b1, cp_figure_start(f)),
                                 count(b2, sizeof b2, cp_figure_end(f)),
                                 cp_figure_kind_name(cp_figure_kind_of(f)),
                                 num(b3, sizeof b3, cp_figure_value(f)),
                                 has_from ? num(b4, sizeof b4, from) : NULL,
                                 cp_qualifier_name(cp_figure_qualifier(f)), cp_figure_unit(f),
                                 cp_figure_per(f), cp_figure_text(f)};
            if (!table_row(t, row))
                return false;
        }
    } else {
        const char *head[] = {"id", "name", "acronym", "department", "mentions"};
        t->columns = 5;
        memcpy(t->head, head, sizeof head);
        for (size_t i = 0; i < cp_corpus_agency_count(c); i++) {
            const cp_agency *a = cp_corpus_agency_at(c, i);
            const char *row[] = {cp_agency_id(a), cp_agency_name(a), cp_agency_acronym(a),
                                 cp_agency_department(a),
                                 count(b5, sizeof b5, cp_agency_mention_count(a))};
            if (!table_row(t, row))
                return false;
        }
    }
    return true;
}

static const char *const USAGE_TABLE =
    "usage: crimepolicy documents|programs|sites|figures|agencies [--format F] [--keep-going]\n"
    "                   [--jobs N] [PATH...]\n"
    "\n"
    "One row per entity of the model: an aligned table, or CSV (RFC 4180) or TSV.\n"
    "\n"
    "  --format F    table (default), csv or tsv\n"
    "  --keep-going  use the good documents when some are bad (exit 3)\n"
    "  -j, --jobs N  threads for reading (default 0: one per processor)\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 all loaded, 1 bad input, 2 wrong usage,\n"
    "             3 bad input skipped with --keep-going\n";

/* Load the paths of a command (the seeds without any); prints errors. */
static int load_for(int argc, char **argv, int first, cp_corpus **corpus, cp_error **err) {
    int r = open_corpus(corpus, err);
    if (r)
        return r;
    char *seeds[] = {(char *)seeds_dir()};
    char **paths = first < argc ? argv + first : seeds;
    int count_paths = first < argc ? argc - first : 1;
    long bad = load_all(*corpus, paths, count_paths, *err);
    if (bad < 0 || (bad > 0 && !g_keep_going)) {
        cp_corpus_free(*corpus);
        cp_error_free(*err);
        return EXIT_BAD_INPUT;
    }
    g_skipped = bad > 0;
    return 0;
}

static int cmd_table(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_TABLE, true, &o);
    if (r)
        return r < 0 ? 0 : r;
    cp_corpus *corpus;
    cp_error *err;
    if ((r = load_for(argc, argv, o.first_path, &corpus, &err)) != 0)
        return r;
    table t;
    memset(&t, 0, sizeof t);
    int status = 0;
    if (!fill_table(argv[1], corpus, &t)) {
        fprintf(stderr, "crimepolicy: out of memory\n");
        status = EXIT_BAD_INPUT;
    } else {
        table_print(&t, o.fmt);
    }
    table_free(&t);
    cp_corpus_free(corpus);
    cp_error_free(err);
    return status;
}

/* ---- summary -------------------------------------------------------------- */

static const char *const USAGE_SUMMARY =
    "usage: crimepolicy summary [--keep-going] [--jobs N] [PATH...]\n"
    "\n"
    "A readable report: documents, administrations with their officials, programs\n"
    "with their sites, and the figures of each document.\n"
    "\n"
    "  --keep-going  use the good documents when some are bad (exit 3)\n"
    "  -j, --jobs N  threads for reading (default 0: one per processor)\n"
    "  -h, --help    show this help\n";

static int cmd_summary(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_SUMMARY, true, &o);
    if (r)
        return r < 0 ? 0 : r;
    cp_corpus *c;
    cp_error *err;
    if ((r = load_for(argc, argv, o.first_path, &c, &err)) != 0)
        return r;
    printf("Documents (%zu)\n", cp_corpus_document_count(c));
    for (size_t i = 0; i < cp_corpus_document_count(c); i++) {
        const cp_document *d = cp_corpus_document_at(c, i);
        const cp_administration *a = cp_document_administration(d);
        const char *date = cp_document_date(d), *title = cp_document_title(d);
        printf("  %s  %s  %s  %s\n", cp_document_id(d), date ? date : "(no date)",
               cp_document_kind_name(cp_document_kind_of(d)),
               a ? cp_administration_id(a) : "(no administration)");
        if (title)
            printf("    %s\n", title);
    }
    printf("\nAdministrations (%zu)\n", cp_corpus_administration_count(c));
    for (size_t i = 0; i < cp_corpus_administration_count(c); i++) {
        const cp_administration *a = cp_corpus_administration_at(c, i);
        const char *end = cp_administration_end(a);
        printf("  %s: %s (%s), %s to %s\n", cp_administration_id(a),
               cp_administration_president(a), cp_administration_party(a),
               cp_administration_start(a), end ? end : "today");
        for (size_t k = 0; k < cp_administration_official_count(a); k++) {
            const cp_official *o2 = cp_administration_official_at(a, k);
            printf("    %s, %s\n", cp_official_name(o2), cp_official_role(o2));
        }
    }
    printf("\nPrograms (%zu)\n", cp_corpus_program_count(c));
    for (size_t i = 0; i < cp_corpus_program_count(c); i++) {
        const cp_program *p = cp_corpus_program_at(c, i);
        const char *acr = cp_program_acronym(p);
        printf("  %s%s%s%s [%s]\n", cp_program_name(p), acr ? " (" : "", acr ? acr : "",
               acr ? ")" : "", cp_program_kind(p));
        for (size_t k = 0; k < cp_program_site_count(p); k++) {
            const cp_site *s = cp_program_site_at(p, k);
            const char *st = cp_site_state(s);
            printf("    %s%s%s\n", cp_site_name(s), st ? ", " : "", st ? st : "");
        }
    }
    printf("\nFigures\n");
    for (size_t i = 0; i < cp_corpus_document_count(c); i++) {
        const cp_document *d = cp_corpus_document_at(c, i);
        if (!cp_document_figure_count(d))
            continue;
        printf("  %s\n", cp_document_id(d));
        for (size_t k = 0; k < cp_document_figure_count(d); k++) {
            const cp_figure *f = cp_document_figure_at(d, k);
            printf("    %-9s %s\n", cp_figure_kind_name(cp_figure_kind_of(f)), cp_figure_text(f));
        }
    }
    cp_corpus_free(c);
    cp_error_free(err);
    return 0;
}

/* ---- show ------------------------------------------------------------------- */

static const char *const USAGE_SHOW =
    "usage: crimepolicy show [--keep-going] [--jobs N] ID [PATH...]\n"
    "\n"
    "One entity (a document, administration, program, site or agency id) with\n"
    "every mention, printed in its source line with the mention marked.\n"
    "\n"
    "  --keep-going  use the good documents when some are bad (exit 3)\n"
    "  -j, --jobs N  threads for reading (default 0: one per processor)\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 found, 1 bad input or no such id, 2 wrong usage\n";

/* The line of a mention, with the mention marked: colour on a terminal,
 * [[ ]] otherwise. */
static void print_in_line(const cp_mention *m, bool colour) {
    const cp_document *d = cp_mention_document(m);
    const char *b = cp_document_bytes(d);
    size_t n = cp_document_size(d), s = cp_mention_start(m), e = cp_mention_end(m);
    size_t ls = s, le = e;
    while (ls > 0 && b[ls - 1] != '\n' && b[ls - 1] != '\r')
        ls--;
    while (le < n && b[le] != '\n' && b[le] != '\r')
        le++;
    size_t line = 1;
    for (size_t i = 0; i < s; i++)
        line += b[i] == '\n' || (b[i] == '\r' && (i + 1 >= n || b[i + 1] != '\n'));
    printf("  %s:%zu: %.*s%s%.*s%s%.*s\n", cp_document_id(d), line, (int)(s - ls), b + ls,
           colour ? "\033[1;31m" : "[[", (int)(e - s), b + s, colour ? "\033[0m" : "]]",
           (int)(le - e), b + e);
}

static int cmd_show(int argc, char **argv) {
    options o;
    int r = parse_options(argc, argv, USAGE_SHOW, true, &o);
    if (r)
        return r < 0 ? 0 : r;
    if (o.first_path >= argc) {
        fprintf(stderr, "crimepolicy show: no ID given\n\n%s", USAGE_SHOW);
        return EXIT_USAGE;
    }
    const char *id = argv[o.first_path];
    cp_corpus *c;
    cp_error *err;
    if ((r = load_for(argc, argv, o.first_path + 1, &c, &err)) != 0)
        return r;
    bool colour = isatty(STDOUT_FILENO);
    int status = 0;
    const cp_site *s = cp_corpus_site_by_id(c, id);
    const cp_program *p = cp_corpus_program_by_id(c, id);
    const cp_agency *a = cp_corpus_agency_by_id(c, id);
    const cp_document *d = cp_corpus_document_by_id(c, id);
    const cp_administration *ad = cp_corpus_administration_by_id(c, id);
    if (s) {
        const char *st = cp_site_state(s);
        printf("site %s: %s%s%s (%s)\n", id, cp_site_name(s), st ? ", " : "", st ? st : "",
               cp_site_kind_name(cp_site_kind_of(s)));
        for (size_t k = 0; k < cp_site_program_count(s); k++)
            printf("  program: %s\n", cp_program_name(cp_site_program_at(s, k)));
        for (size_t k = 0; k < cp_site_mention_count(s); k++)
            print_in_line(cp_site_mention_at(s, k), colour);
    } else if (p) {
        printf("program %s: %s [%s]\n", id, cp_program_name(p), cp_program_kind(p));
        for (size_t k = 0; k < cp_program_mention_count(p); k++)
            print_in_line(cp_program_mention_at(p, k), colour);
    } else if (a) {
        printf("agency %s: %s\n", id, cp_agency_name(a));
        for (size_t k = 0; k < cp_agency_mention_count(a); k++)
            print_in_line(cp_agency_mention_at(a, k), colour);
    } else if (d) {
        const char *date = cp_document_date(d);
        printf("document %s: %s, %s, %zu bytes, %zu blocks\n", id, date ? date : "no date",
               cp_document_kind_name(cp_document_kind_of(d)), cp_document_size(d),
               cp_document_block_count(d));
    } else if (ad) {
        printf("administration %s: %s, %zu document(s)\n", id, cp_administration_president(ad),
               cp_administration_document_count(ad));
        for (size_t k = 0; k < cp_administration_official_count(ad); k++) {
            const cp_official *of = cp_administration_official_at(ad, k);
            printf("  %s, %s\n", cp_official_name(of), cp_official_role(of));
            for (size_t q = 0; q < cp_official_mention_count(of); q++)
                print_in_line(cp_official_mention_at(of, q), colour);
        }
    } else {
        fprintf(stderr, "crimepolicy show: no entity with id '%s'\n", id);
        status = EXIT_BAD_INPUT;
    }
    cp_corpus_free(c);
    cp_error_free(err);
    return status;
}

/* ---- map -------------------------------------------------------------------- */

static const char *const USAGE_MAP =
    "usage: crimepolicy map [--program ID] [-o FILE.svg] [PATH...]\n"
    "\n"
    "An SVG map of the sites (all, or one program's) over the US states in an\n"
    "Albers equal-area projection with Alaska and Hawaii inset; each site a dot\n"
    "sized by its mentions, its name on hover.\n"
    "\n"
    "  --program ID  only the sites of this program\n"
    "  -o FILE       write the SVG to FILE (default: standard output)\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 written, 1 bad input, no such program or cannot write, 2 wrong usage\n";

static int cmd_map(int argc, char **argv) {
    const char *program_id = NULL, *output = NULL;
    int first = 2;
    while (first < argc) {
        const char *a = argv[first];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(USAGE_MAP, stdout);
            return 0;
        }
        if ((strcmp(a, "--program") == 0 || strcmp(a, "-o") == 0) && first + 1 < argc) {
            if (a[1] == 'o')
                output = argv[first + 1];
            else
                program_id = argv[first + 1];
            first += 2;
            continue;
        }
        if (a[0] == '-' && strcmp(a, "-") != 0) {
            fprintf(stderr, "crimepolicy map: unknown option '%s'\n\n%s", a, USAGE_MAP);
            return EXIT_USAGE;
        }
        break;
    }
    cp_corpus *c;
    cp_error *err;
    int r = load_for(argc, argv, first, &c, &err);
    if (r)
        return r;
    int status = 0;
    const cp_program *p = program_id ? cp_corpus_program_by_id(c, program_id) : NULL;
    if (program_id && !p) {
        fprintf(stderr, "crimepolicy map: no program with id '%s'\n", program_id);
        status = EXIT_BAD_INPUT;
    } else {
        FILE *out = output ? fopen(output, "w") : stdout;
        if (!out || !map_write(out, c, p) || (output && fclose(out) != 0)) {
            fprintf(stderr, "crimepolicy map: cannot write %s\n", output ? output : "output");
            status = EXIT_BAD_INPUT;
        }
    }
    cp_corpus_free(c);
    cp_error_free(err);
    return status;
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
    if (strcmp(cmd, "merge") == 0)
        return cmd_merge(argc, argv);
    if (strcmp(cmd, "blocks") == 0)
        return cmd_blocks(argc, argv);
    int status = -1;
    if (strcmp(cmd, "summary") == 0)
        status = cmd_summary(argc, argv);
    else if (strcmp(cmd, "show") == 0)
        status = cmd_show(argc, argv);
    else if (strcmp(cmd, "map") == 0)
        status = cmd_map(argc, argv);
    else if (strcmp(cmd, "documents") == 0 || strcmp(cmd, "programs") == 0 ||
             strcmp(cmd, "sites") == 0 || strcmp(cmd, "figures") == 0 ||
             strcmp(cmd, "agencies") == 0)
        status = cmd_table(argc, argv);
    if (status >= 0)
        return status == 0 && g_skipped ? EXIT_SKIPPED : status;
    fprintf(stderr, "crimepolicy: unknown command '%s'\n\n%s", cmd, USAGE);
    return EXIT_USAGE;
}
