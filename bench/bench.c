/* crimepolicy_bench: speed and memory of loading, extraction and export.
 *
 *   crimepolicy_bench [--runs N] [--keep-blocks] PATH
 *                                          (a directory of *.txt or one file)
 *
 * Reads every document into memory once, then for each phase reports the
 * median over N runs of MB/s and documents/s: load alone (blocks, clean text,
 * sentences; extraction off), load with extraction, and JSON export (as
 * `crimepolicy json` writes it: in pieces, here to /dev/null as cmark's XML
 * goes; and, for comparison, into one string). Where
 * `cmark` and `wc` are installed, the same bytes go through `cmark --to xml`
 * and `LC_ALL=C wc -w` in the same run, in rounds with the load and the
 * pipeline, and the medians of the rounds' ratios are printed. Peak
 * memory is the process's maximum resident set; the corpus's own memory is
 * counted exactly by an allocator that tracks live bytes (cp_allocator).
 * Last, the files themselves are loaded with one and with two threads in
 * turn (cp_corpus_set_jobs), and, as the measure of what the machine's two
 * cores give at that moment, twice with one thread each side by side (a
 * virtual machine's second core may run slower than its first while both
 * are busy). The corpora that extract keep no blocks, as
 * `crimepolicy json` runs (cp_corpus_set_keep_blocks), unless --keep-blocks.
 * A program, not a test. */
#define _POSIX_C_SOURCE 200809L
#include <crimepolicy.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct doc {
    char *name;
    char *bytes;
    size_t size;
} doc;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static char *read_all(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *size = (size_t)n;
    return buf;
}

/* An allocator that counts the bytes a corpus holds: each block carries its
 * size in a header. */
typedef struct counter {
    size_t live, peak;
} counter;

typedef union header {
    size_t size;
    max_align_t align;
} header;

static void *count_malloc(size_t size, void *user) {
    counter *k = user;
    header *h = malloc(sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    k->live += size;
    if (k->live > k->peak)
        k->peak = k->live;
    return h + 1;
}

static void *count_realloc(void *ptr, size_t size, void *user) {
    if (!ptr)
        return count_malloc(size, user);
    counter *k = user;
    header *h = (header *)ptr - 1;
    size_t old = h->size;
    header *g = realloc(h, sizeof *g + size);
    if (!g)
        return NULL;
    g->size = size;
    k->live = k->live - old + size;
    if (k->live > k->peak)
        k->peak = k->live;
    return g + 1;
}

static void count_free(void *ptr, void *user) {
    if (!ptr)
        return;
    counter *k = user;
    header *h = (header *)ptr - 1;
    k->live -= h->size;
    free(h);
}

/* The bytes a corpus holds once every document is loaded (with or without
 * extraction; with extraction, keeping the blocks or not), as its allocator
 * saw them. */
static size_t corpus_bytes(const doc *docs, size_t n, bool extraction, bool keep_blocks) {
    counter k = {0, 0};
    cp_allocator a = {sizeof a, count_malloc, count_realloc, count_free, &k};
    cp_corpus *c;
    if (cp_corpus_new(&c, &a) != CP_OK)
        exit(1);
    cp_corpus_set_extraction(c, extraction);
    cp_corpus_set_keep_blocks(c, keep_blocks);
    for (size_t i = 0; i < n; i++)
        if (cp_corpus_load_buffer(c, docs[i].name, docs[i].bytes, docs[i].size, NULL) != CP_OK)
            fprintf(stderr, "bench: cannot load %s\n", docs[i].name);
    size_t live = k.live;
    cp_corpus_free(c);
    return live;
}

/* Whether the extracting corpora keep their documents' blocks. */
static bool g_keep_blocks = false;

/* The export's sink: the null device, through stdio as the CLI writes. */
static FILE *g_null;
static int write_null(const char *bytes, size_t size, void *user) {
    (void)user;
    return fwrite(bytes, 1, size, g_null) == size ? 0 : -1;
}

/* One run of a phase: 0 load only, 1 load + extraction, 2 export written
 * out, 3 export into one string, 4 the whole pipeline (load, extraction and
 * the export written out). */
static double run_phase(const doc *docs, size_t n, int phase) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        exit(1);
    cp_corpus_set_extraction(c, phase != 0);
    /* as `crimepolicy json` runs: the JSON needs no blocks once the model is
     * folded in (--keep-blocks keeps them); loading alone keeps them */
    cp_corpus_set_keep_blocks(c, phase == 0 || g_keep_blocks);
    double t0 = now();
    for (size_t i = 0; i < n; i++)
        if (cp_corpus_load_buffer(c, docs[i].name, docs[i].bytes, docs[i].size, NULL) != CP_OK)
            fprintf(stderr, "bench: cannot load %s\n", docs[i].name);
    double t1 = now();
    if ((phase == 2 || phase == 4) &&
        cp_corpus_write_json(c, CP_JSON_DEFAULT, write_null, NULL) != CP_OK)
        exit(1);
    if (phase == 3) {
        char *json;
        size_t size;
        if (cp_corpus_to_json(c, &json, &size) != CP_OK)
            exit(1);
        cp_string_free(json);
    }
    double t2 = now();
    cp_corpus_free(c);
    return phase == 4 ? t2 - t0 : phase >= 2 ? t2 - t1 : t1 - t0;
}

/* Load + extraction of the files themselves with `jobs` worker threads. */
static double run_files(char **paths, size_t n, unsigned jobs) {
    cp_corpus *c;
    if (cp_corpus_new(&c, NULL) != CP_OK)
        exit(1);
    cp_corpus_set_jobs(c, jobs);
    cp_corpus_set_keep_blocks(c, g_keep_blocks);
    double t0 = now();
    if (cp_corpus_load_files(c, (const char *const *)paths, n, CP_LOAD_KEEP_GOING, NULL) !=
        CP_OK)
        fprintf(stderr, "bench: some files did not load\n");
    double t1 = now();
    cp_corpus_free(c);
    return t1 - t0;
}

/* Two loads of the files with one thread each, side by side: the time
 * until both are done. */
typedef struct side_load {
    char **paths;
    size_t n;
} side_load;

static void *side_main(void *arg) {
    side_load *s = arg;
    run_files(s->paths, s->n, 1);
    return NULL;
}

static double run_side_by_side(char **paths, size_t n) {
    side_load s = {paths, n};
    pthread_t other;
    double t0 = now();
    if (pthread_create(&other, NULL, side_main, &s) != 0)
        return 0;
    run_files(paths, n, 1);
    pthread_join(other, NULL);
    return now() - t0;
}

/* One run of a shell command over the concatenated bytes: its time, or 0
 * when it failed. */
static double time_command(const char *cmd) {
    double t0 = now();
    return system(cmd) == 0 ? now() - t0 : 0;
}

/* The ratios to the reference tools. Each round times, one after the
 * other, the load alone, the whole pipeline, `cmark --to xml` and
 * `LC_ALL=C wc -w` on the same bytes, so that a slow spell of a shared
 * machine weighs on both sides of a ratio alike; the ratios printed are the
 * medians of the rounds' own ratios, with their range. */
static void compare_to_tools(const doc *docs, size_t n, const char *file, double mb,
                             int runs) {
    char cmark[512], wc[512];
    bool has_cmark = system("command -v cmark >/dev/null 2>&1") == 0;
    snprintf(cmark, sizeof cmark, "cmark --to xml %s >/dev/null", file);
    snprintf(wc, sizeof wc, "LC_ALL=C wc -w %s >/dev/null", file);
    /* per round: cmark's and wc's times, and the three ratios */
    double *v = malloc(5 * (size_t)runs * sizeof *v);
    if (!v)
        exit(1);
    double *t_cmark = v, *t_wc = v + runs, *load_cmark = v + 2 * runs;
    double *pipe_cmark = v + 3 * runs, *pipe_wc = v + 4 * runs;
    for (int r = 0; r < runs; r++) {
        double load = run_phase(docs, n, 0), pipeline = run_phase(docs, n, 4);
        t_cmark[r] = has_cmark ? time_command(cmark) : 0;
        t_wc[r] = time_command(wc);
        if ((has_cmark && t_cmark[r] == 0) || t_wc[r] == 0) {
            free(v);
            return; /* a tool failed: no ratio to print */
        }
        load_cmark[r] = t_cmark[r] / load;
        pipe_cmark[r] = t_cmark[r] / pipeline;
        pipe_wc[r] = t_wc[r] / pipeline;
    }
    const int last = runs - 1;
    if (has_cmark) {
        double c = median(t_cmark, runs), l = median(load_cmark, runs);
        double p = median(pipe_cmark, runs);
        printf(
            "cmark --to xml         %8.1f MB/s: load alone %.2fx (rounds %.2fx-%.2fx),\n"
            "                                   pipeline %.2fx (rounds %.2fx-%.2fx)\n",
            mb / c, l, load_cmark[0], load_cmark[last], p, pipe_cmark[0],
            pipe_cmark[last]);
    }
    double w = median(t_wc, runs), p = median(pipe_wc, runs);
    printf("LC_ALL=C wc -w         %8.1f MB/s: pipeline %.2fx of its speed (rounds "
           "%.2fx-%.2fx)\n",
           mb / w, p, pipe_wc[0], pipe_wc[last]);
    free(v);
}

int main(int argc, char **argv) {
    int runs = 10;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--keep-blocks") == 0)
            g_keep_blocks = true;
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("usage: crimepolicy_bench [--runs N] [--keep-blocks] PATH\n");
            return 0;
        } else
            path = argv[i];
    }
    if (!path || runs < 1) {
        fprintf(stderr, "usage: crimepolicy_bench [--runs N] [--keep-blocks] PATH\n");
        return 2;
    }
    char **paths;
    size_t n;
    if (cp_path_list(path, &paths, &n, NULL) != CP_OK) {
        fprintf(stderr, "bench: cannot list %s\n", path);
        return 1;
    }
    doc *docs = calloc(n, sizeof *docs);
    size_t total = 0;
    char tmpl[] = "/tmp/cp-bench-XXXXXX";
    int fd = mkstemp(tmpl);
    FILE *all = fd >= 0 ? fdopen(fd, "wb") : NULL;
    for (size_t i = 0; i < n; i++) {
        docs[i].name = paths[i];
        docs[i].bytes = read_all(paths[i], &docs[i].size);
        if (!docs[i].bytes)
            return 1;
        total += docs[i].size;
        if (all) {
            fwrite(docs[i].bytes, 1, docs[i].size, all);
            fputc('\n', all);
        }
    }
    if (all)
        fclose(all);
    double mb = (double)total / (1024.0 * 1024.0);
    printf("input: %zu documents, %.1f MB; median of %d runs, one thread unless said;\n"
           "extraction %s blocks\n",
           n, mb, runs, g_keep_blocks ? "keeping the" : "as `crimepolicy json`: no");
    g_null = fopen("/dev/null", "wb");
    if (!g_null)
        return 1;
    static const char *const NAMES[] = {"load (no extraction)", "load + extraction",
                                        "JSON export", "(export to a string)"};
    double secs[4];
    for (int phase = 0; phase < 4; phase++) {
        double *v = malloc((size_t)runs * sizeof *v);
        for (int r = 0; r < runs; r++)
            v[r] = run_phase(docs, n, phase);
        secs[phase] = median(v, runs);
        free(v);
        printf("%-22s %8.1f MB/s %10.0f docs/s  (%.3f s)\n", NAMES[phase], mb / secs[phase],
               (double)n / secs[phase], secs[phase]);
    }
    double pipeline = secs[1] + secs[2];
    printf("%-22s %8.1f MB/s\n", "load+extract+export", mb / pipeline);
    /* one and two threads in turn, so that a slow spell of the machine
     * weighs on both alike */
    double threads[2];
    double *one = malloc((size_t)runs * sizeof *one), *two = malloc((size_t)runs * sizeof *two);
    double *side = malloc((size_t)runs * sizeof *side);
    if (!one || !two || !side)
        return 1;
    double lo = 0, hi = 0; /* the ratios of single pairs of runs */
    for (int r = 0; r < runs; r++) {
        one[r] = run_files(paths, n, 1);
        two[r] = run_files(paths, n, 2);
        side[r] = run_side_by_side(paths, n);
        double ratio = one[r] / two[r];
        lo = r == 0 || ratio < lo ? ratio : lo;
        hi = r == 0 || ratio > hi ? ratio : hi;
    }
    threads[0] = median(one, runs);
    threads[1] = median(two, runs);
    double both = median(side, runs);
    free(one);
    free(two);
    free(side);
    printf("files, load+extraction: 1 thread %.1f MB/s, 2 threads %.1f MB/s (%.2fx;\n"
           "                        single pairs of runs %.2fx-%.2fx)\n",
           mb / threads[0], mb / threads[1], threads[0] / threads[1], lo, hi);
    /* the machine's two cores now: two loads in the time `both` */
    double cores = 2 * threads[0] / both;
    printf("two 1-thread loads side by side: %.2fx one (the two cores now); "
           "2 threads get %.0f%% of it\n",
           cores, 100 * (threads[0] / threads[1]) / cores);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak memory: %.1f MB (%.2f x input; includes the input held in memory)\n",
           (double)ru.ru_maxrss / 1024.0, (double)ru.ru_maxrss / 1024.0 / mb);
    size_t bare = corpus_bytes(docs, n, false, true), full = corpus_bytes(docs, n, true, true);
    size_t lean = corpus_bytes(docs, n, true, false);
    printf("corpus memory: %.1f MB text only (%.2f x input), %.1f MB with the model "
           "(%.2f x),\n               %.1f MB with the model and no blocks (%.2f x)\n",
           (double)bare / 1048576.0, (double)bare / (double)total, (double)full / 1048576.0,
           (double)full / (double)total, (double)lean / 1048576.0,
           (double)lean / (double)total);
    /* (the counting allocator is a caller's: its arenas keep 256 KiB chunks) */
    printf("               (counted through an allocator; with the C library's, on Linux,\n"
           "               a large arena's last 2 MiB huge-page chunk adds under 2 MiB)\n");
    if (all)
        compare_to_tools(docs, n, tmpl, mb, runs);
    fclose(g_null);
    remove(tmpl);
    for (size_t i = 0; i < n; i++)
        free(docs[i].bytes);
    free(docs);
    cp_path_list_free(paths, n);
    return 0;
}
