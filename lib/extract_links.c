/* Extraction of program-site links (MODEL.md sections 3 and 5): a site is
 * linked to a program where the text makes it a member, target or recipient:
 * the items of a list whose lead-in names the program or announces a
 * selection ("Twelve sites have been selected ...:"), and the sites of a
 * sentence that names one program. */
#include <string.h>

#include "extract.h"

static bool contains_word(const char *t, size_t n, const char *w) {
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (t[i] == w[0] && memcmp(t + i, w, k) == 0 && cpi_word_start(t, i) &&
            (i + k == n || !cpi_is_alpha(t[i + k])))
            return true;
    return false;
}

/* A lead-in that announces who takes part. */
static bool selection_words(const char *t, size_t n) {
    static const char *const WORDS[] = {"selected", "sites", "cities", "communities",
                                        "jurisdictions", "counties", "areas", "regions",
                                        "receive", "recipients", "awarded", "join",
                                        "designated", "include", "participants"};
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        if (contains_word(t, n, WORDS[i]))
            return true;
    return false;
}

static cp_program *program_in(const cpi_extract *x, size_t block, size_t start, size_t end) {
    for (size_t i = 0; i < x->program_hit_count; i++) {
        const cpi_hit *h = &x->program_hits[i];
        if (h->block == block && h->start >= start && h->end <= end)
            return h->entity;
    }
    return NULL;
}

/* The program the document is most about: the one named most often. */
static cp_program *main_program(const cpi_extract *x, size_t before_block) {
    cp_program *best = NULL;
    size_t best_count = 0;
    for (size_t i = 0; i < x->program_hit_count; i++) {
        if (x->program_hits[i].block >= before_block)
            continue;
        size_t count = 0;
        for (size_t j = 0; j < x->program_hit_count; j++)
            count += x->program_hits[j].entity == x->program_hits[i].entity;
        if (count > best_count) {
            best = x->program_hits[i].entity;
            best_count = count;
        }
    }
    /* a component's list is its parent's: "the sites of PSP" */
    while (best && best->parent)
        best = (cp_program *)best->parent;
    return best;
}

/* A place that names a program's branch ("the Gulf Coast HIDTA", "Northern
 * California HIDTA") or a dateline ("(Washington, D.C.) -", "NEW YORK -")
 * is not a member of anything. */
static bool names_not_member(const cpi_extract *x, const cpi_hit *h) {
    const cp_block *b = &x->doc->blocks[h->block];
    for (size_t i = 0; i < x->program_hit_count; i++) {
        const cpi_hit *g = &x->program_hits[i];
        if (g->block == h->block && g->start == h->end + 1)
            return true;
    }
    size_t s = h->start, e = h->end;
    if (b->kind == CP_BLOCK_LIST_ITEM)
        return false; /* a list item names a place, not a dateline */
    if (s == 1 && b->text[0] == '(' && e < b->text_size && b->text[e] == ')')
        return true;
    return s == 0 && e + 2 <= b->text_size &&
           (memcmp(b->text + e, " -", 2) == 0 || memcmp(b->text + e, " (", 2) == 0);
}

static bool link_block_sites(cpi_extract *x, cp_program *p, size_t block, size_t start,
                             size_t end) {
    for (size_t i = 0; i < x->site_hit_count; i++) {
        const cpi_hit *h = &x->site_hits[i];
        if (h->block == block && h->start >= start && h->end <= end &&
            !names_not_member(x, h) && !cpi_model_link(x->model, p, h->entity))
            return false;
    }
    return true;
}

/* Does the sentence of this site hit name a program other than `p`? */
static bool other_program_near(const cpi_extract *x, const cpi_hit *h, const cp_program *p) {
    const cp_block *b = &x->doc->blocks[h->block];
    for (size_t s = 0; s < b->sentence_count; s++) {
        size_t start = b->sentences[s].text_start, end = b->sentences[s].text_end;
        if (h->start < start || h->end > end)
            continue;
        for (size_t i = 0; i < x->program_hit_count; i++) {
            const cpi_hit *g = &x->program_hits[i];
            const cp_program *q = g->entity;
            if (g->block == h->block && g->start >= start && g->end <= end && q != p &&
                q->parent != p)
                return true;
        }
    }
    return false;
}

static bool made_here(const cpi_extract *x, const cp_program *p) {
    const cpi_vec *all = &x->model->program_reg.all;
    for (size_t i = x->programs_before; i < all->count; i++)
        if (((void **)all->items)[i] == p)
            return true;
    return false;
}

/* Sentences that say who runs a program and who launched it: "the agencies
 * involved in PSP are ...", "the Attorney General announced the creation of
 * ...", "the President launched ...". */
static bool read_roles(cpi_extract *x) {
    const cp_document *doc = x->doc;
    static const char *const INVOLVED[] = {"involved", "participating", "partner", "partners",
                                           "led by", "administered", "run by", "through",
                                           "coordinated by", "includes", "include"};
    static const char *const LAUNCHED[] = {"launched", "launch", "announced the creation",
                                           "created", "established", "unveiled", "created the",
                                           "will announce", "announced the launch", "initiated"};
    for (size_t b = 0; b < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        for (size_t s = 0; s < blk->sentence_count; s++) {
            size_t start = blk->sentences[s].text_start, end = blk->sentences[s].text_end;
            const char *t = blk->text + start;
            size_t n = end - start;
            bool named = false;
            for (size_t i = 0; i < x->program_hit_count && !named; i++)
                named = x->program_hits[i].block == b && x->program_hits[i].start >= start &&
                        x->program_hits[i].end <= end;
            if (!named)
                continue; /* only sentences that name a program say who runs it */
            bool involved = false, launched = false;
            for (size_t k = 0; k < sizeof INVOLVED / sizeof INVOLVED[0]; k++)
                involved |= contains_word(t, n, INVOLVED[k]);
            for (size_t k = 0; k < sizeof LAUNCHED / sizeof LAUNCHED[0]; k++)
                launched |= contains_word(t, n, LAUNCHED[k]);
            if (!involved && !launched)
                continue;
            for (size_t i = 0; i < x->program_hit_count; i++) {
                const cpi_hit *h = &x->program_hits[i];
                if (h->block != b || h->start < start || h->end > end)
                    continue;
                cp_program *p = h->entity;
                /* set once, by the text that makes the program: a program an
                 * earlier document made keeps what it has (and a failed load
                 * cannot leave a change behind) */
                if (launched && !p->admin && doc->administration && made_here(x, p))
                    p->admin = doc->administration;
                for (size_t a = 0; involved && a < x->agency_hit_count; a++) {
                    const cpi_hit *g = &x->agency_hits[a];
                    if (g->block != b || g->start < start || g->end > end)
                        continue;
                    bool have = false;
                    for (size_t k = 0; k < p->agencies.count; k++)
                        have |= ((void **)p->agencies.items)[k] == g->entity;
                    if (!have && !cpi_vec_push(x->model, &p->agencies, &g->entity, sizeof(void *)))
                        return false;
                }
            }
        }
    }
    return true;
}

bool cpi_extract_links(cpi_extract *x) {
    if (!read_roles(x))
        return false;
    const cp_document *doc = x->doc;
    /* 1. lists and their lead-ins */
    for (size_t b = 0; b < doc->block_count; b++) {
        const cp_block *lead = &doc->blocks[b];
        if (lead->text_size == 0 || lead->text[lead->text_size - 1] != ':')
            continue;
        cp_program *p = program_in(x, b, 0, lead->text_size);
        if (!p && selection_words(lead->text, lead->text_size))
            p = main_program(x, b + 1);
        if (!p)
            continue;
        size_t level = lead->kind == CP_BLOCK_LIST_ITEM ? lead->level + 1 : 0;
        for (size_t i = b + 1; i < doc->block_count; i++) {
            const cp_block *item = &doc->blocks[i];
            if (item->kind != CP_BLOCK_LIST_ITEM || item->level < level)
                break;
            if (!link_block_sites(x, p, i, 0, item->text_size))
                return false;
        }
    }
    /* 2. sentences that name one program and some sites */
    for (size_t b = 0; b < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        if (blk->kind == CP_BLOCK_HEADING)
            continue;
        for (size_t s = 0; s < blk->sentence_count; s++) {
            size_t start = blk->sentences[s].text_start, end = blk->sentences[s].text_end;
            cp_program *p = NULL;
            bool several = false;
            for (size_t i = 0; i < x->program_hit_count; i++) {
                const cpi_hit *h = &x->program_hits[i];
                if (h->block == b && h->start >= start && h->end <= end) {
                    if (p && p != h->entity)
                        several = true;
                    p = h->entity;
                }
            }
            if (p && !several && !link_block_sites(x, p, b, start, end))
                return false;
            /* "The groups will serve five major regions - A, B, C and D": an
             * inline list of places that announces who takes part */
            if (!p) {
                size_t places = 0;
                for (size_t i = 0; i < x->site_hit_count; i++)
                    places += x->site_hits[i].block == b && x->site_hits[i].start >= start &&
                              x->site_hits[i].end <= end;
                cp_program *main = places >= 3 ? main_program(x, doc->block_count) : NULL;
                if (main && (selection_words(blk->text + start, end - start) ||
                             contains_word(blk->text + start, end - start, "serve")) &&
                    !link_block_sites(x, main, b, start, end))
                    return false;
            }
        }
    }
    /* 3. In this genre a document is about its program, and the cities and
     * counties it names are where the program works: link them to the
     * program named most, except a dateline's place ("WASHINGTON - ") and
     * places named in a sentence about another program. */
    cp_program *main = main_program(x, doc->block_count);
    for (size_t i = 0; main && i < x->site_hit_count; i++) {
        const cpi_hit *h = &x->site_hits[i];
        const cp_site *site = h->entity;
        if (site->kind != CP_SITE_CITY && site->kind != CP_SITE_COUNTY)
            continue;
        if (names_not_member(x, h))
            continue;
        if (other_program_near(x, h, main))
            continue;
        if (!cpi_model_link(x->model, main, h->entity))
            return false;
    }
    return true;
}
