/* Workers: run the same task over n items on several threads and hand the
 * results to the calling thread strictly in item order, so that what the
 * caller builds from them does not depend on the number of threads. */
#ifndef CPI_WORKERS_H
#define CPI_WORKERS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cpi_ordered_run {
    size_t count;   /* items 0 .. count-1 */
    unsigned jobs;  /* threads, the calling one included (it works while it waits);
                       1 runs everything on the calling thread */
    size_t window;  /* at most this many items on their way, claimed but not yet
                       consumed (<= 1024) */
    void *ctx;
    /* Process item i into `slot` as worker `worker` (0 .. jobs - 1; the
     * calling thread is jobs - 1). A slot (0 .. window - 1) is the item's
     * alone until it is consumed or discarded; a new item takes the slot
     * freed last, so that few slots are in use unless many items are on
     * their way (one thread: slot 0). */
    void (*work)(void *ctx, size_t slot, size_t item, unsigned worker);
    /* Take item i's result, on the calling thread, in item order. Returning
     * false stops the run. */
    bool (*consume)(void *ctx, size_t slot, size_t item);
    /* Free a result that will never be consumed (the run stopped early). */
    void (*discard)(void *ctx, size_t slot, size_t item);
} cpi_ordered_run;

/* Run it. False when consume stopped it. If threads cannot be started, the
 * run goes on with fewer (at worst on the calling thread alone). */
bool cpi_run_ordered(const cpi_ordered_run *run);

/* The number of processors online (at least 1). */
unsigned cpi_processor_count(void);

#endif
