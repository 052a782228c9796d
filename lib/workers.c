/* Workers (see workers.h): a claim counter, a window of slots, one mutex and
 * two condition variables. Items are claimed in order, so the window never
 * fills with items the consumer is not waiting for yet. A claimed item takes
 * the slot freed last: the slots in use are as many as the items on their
 * way, not the whole window, and their memory stays warm. */
#include "workers.h"

#include <pthread.h>
#include <unistd.h>

enum { MAX_JOBS = 256, MAX_WINDOW = 1024, MAX_BATCH = 16 };

typedef struct shared {
    const cpi_ordered_run *run;
    pthread_mutex_t lock;
    pthread_cond_t ready; /* an item is done */
    pthread_cond_t space; /* the consumer moved on */
    size_t next_claim, next_consume;
    /* by item % window: done yet, and the slot it has */
    unsigned char done[MAX_WINDOW];
    unsigned short slot_of[MAX_WINDOW];
    unsigned short free_slots[MAX_WINDOW]; /* a stack: the last freed on top */
    size_t free_count;
    bool stop;
} shared;

typedef struct worker_arg {
    shared *sh;
    unsigned index;
} worker_arg;

/* Items are claimed a few at a time and reported done together, and the
 * consumer takes every item done in a row at once: with small documents the
 * locking, not the work, would otherwise set the pace. A claim takes at most
 * an eighth of each thread's share of what is left, though: of a few large
 * documents, one claim took them all and left the other threads idle, and
 * near the end smaller claims let the threads finish together. */
static size_t batch_of(const cpi_ordered_run *run, size_t next_claim) {
    size_t batch = run->window / (4 * (size_t)run->jobs);
    if (batch > MAX_BATCH)
        batch = MAX_BATCH;
    size_t share = (run->count - next_claim) / (8 * (size_t)run->jobs);
    if (batch > share)
        batch = share;
    return batch < 1 ? 1 : batch;
}

/* With the lock held: claim the next items and work on them as `worker`
 * (the lock is released meanwhile). False when there is nothing to claim
 * now (all claimed, stopped, or the window is full). */
static bool claim_and_work(shared *sh, unsigned worker) {
    const cpi_ordered_run *run = sh->run;
    size_t limit = sh->next_consume + run->window;
    if (sh->stop || sh->next_claim >= run->count || sh->next_claim >= limit)
        return false;
    size_t first = sh->next_claim, last = first + batch_of(run, first);
    if (last > limit)
        last = limit;
    if (last > run->count)
        last = run->count;
    sh->next_claim = last;
    /* (at most window items are on their way: a slot is free for each) */
    for (size_t item = first; item < last; item++)
        sh->slot_of[item % run->window] = sh->free_slots[--sh->free_count];
    pthread_mutex_unlock(&sh->lock);
    for (size_t item = first; item < last; item++)
        run->work(run->ctx, sh->slot_of[item % run->window], item, worker);
    pthread_mutex_lock(&sh->lock);
    for (size_t item = first; item < last; item++)
        sh->done[item % run->window] = 1;
    if (first <= sh->next_consume)
        pthread_cond_signal(&sh->ready); /* the consumer waits for this run */
    return true;
}

static void *worker_main(void *p) {
    worker_arg *arg = p;
    shared *sh = arg->sh;
    pthread_mutex_lock(&sh->lock);
    while (!sh->stop && sh->next_claim < sh->run->count)
        if (!claim_and_work(sh, arg->index))
            pthread_cond_wait(&sh->space, &sh->lock);
    pthread_mutex_unlock(&sh->lock);
    return NULL;
}

/* One item at a time, in slot 0. */
static bool run_inline(const cpi_ordered_run *run) {
    for (size_t i = 0; i < run->count; i++) {
        run->work(run->ctx, 0, i, 0);
        if (!run->consume(run->ctx, 0, i))
            return false;
    }
    return true;
}

bool cpi_run_ordered(const cpi_ordered_run *run) {
    unsigned jobs = run->jobs;
    if (jobs > MAX_JOBS)
        jobs = MAX_JOBS;
    if (jobs <= 1 || run->count <= 1 || run->window < 2 || run->window > MAX_WINDOW)
        return run_inline(run);
    shared sh = {.run = run};
    for (size_t s = 0; s < run->window; s++) /* slot 0 on top */
        sh.free_slots[s] = (unsigned short)(run->window - 1 - s);
    sh.free_count = run->window;
    pthread_t threads[MAX_JOBS];
    worker_arg args[MAX_JOBS];
    pthread_mutex_init(&sh.lock, NULL);
    pthread_cond_init(&sh.ready, NULL);
    pthread_cond_init(&sh.space, NULL);
    /* The calling thread works too (as worker jobs - 1) while it waits for
     * the next item: jobs threads in all, none of them idle, none more than
     * the cores asked for. */
    unsigned started = 0;
    for (unsigned w = 0; w + 1 < jobs; w++) {
        args[w].sh = &sh;
        args[w].index = w;
        if (pthread_create(&threads[w], NULL, worker_main, &args[w]) != 0)
            break;
        started++;
    }
    bool ok = true;
    if (started == 0) {
        ok = run_inline(run);
    } else {
        size_t i = 0;
        while (i < run->count && ok) {
            /* wait for the next item, then take every item done after it */
            pthread_mutex_lock(&sh.lock);
            while (!sh.done[i % run->window])
                if (!claim_and_work(&sh, jobs - 1))
                    pthread_cond_wait(&sh.ready, &sh.lock);
            size_t ready = i;
            while (ready < run->count && ready < i + run->window && sh.done[ready % run->window])
                ready++;
            pthread_mutex_unlock(&sh.lock);
            size_t taken = i;
            while (taken < ready && ok)
                ok = run->consume(run->ctx, sh.slot_of[taken % run->window], taken), taken++;
            pthread_mutex_lock(&sh.lock);
            for (size_t k = i; k < taken; k++) {
                sh.done[k % run->window] = 0;
                sh.free_slots[sh.free_count++] = sh.slot_of[k % run->window];
            }
            sh.next_consume = taken;
            if (!ok)
                sh.stop = true;
            pthread_cond_broadcast(&sh.space);
            pthread_mutex_unlock(&sh.lock);
            i = taken;
        }
        for (unsigned w = 0; w < started; w++)
            pthread_join(threads[w], NULL);
        /* items claimed after a stop were worked on but never consumed */
        for (size_t k = sh.next_consume; k < sh.next_claim; k++)
            run->discard(run->ctx, sh.slot_of[k % run->window], k);
    }
    pthread_cond_destroy(&sh.space);
    pthread_cond_destroy(&sh.ready);
    pthread_mutex_destroy(&sh.lock);
    return ok;
}

unsigned cpi_processor_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned)n;
}
