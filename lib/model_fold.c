/* Folding: the reduce step of extraction.
 *
 * Every document is extracted on its own into a model of its own, whose
 * entities, lists and ids, names, acronyms and aliases live in a scratch
 * arena and go with it (other strings are static or in memory the corpus
 * keeps). Folding moves that model into the corpus's by canonical id: an
 * entity new to the corpus is copied into its arena with its lists and
 * strings; one the corpus has already gains the new mentions and links,
 * and copies of the strings it adopts. Where documents disagree on a
 * field (a program's name or acronym, an official's role, the way a place
 * is written), the document with the smallest id wins. So the corpus does
 * not depend on the order documents are folded in, and a sequential load, a
 * threaded load and a merge of JSON outputs give the same model.
 *
 * Every entity of src is registered there, so it holds its id's hash
 * (id_hash): the corpus's registry is searched, and added to, with it. */
#include <assert.h>
#include <string.h>

#include "entities.h"

#define ITEMS(v, type) ((type *)(v).items)

/* The smallest document id among mentions; NULL when there are none.
 * (Mentions mostly come from one document, the best already: no compare.) */
static inline const char *min_origin(const cpi_mention_list *mentions) {
    size_t n = mentions->count;
    if (n == 0)
        return NULL;
    /* the items in the list's head (all of a document's, mostly) are read
     * in place, the rest one by one */
    size_t in_head = n < mentions->head_count ? n : mentions->head_count;
    const cp_document *best = mentions->head[0].doc;
    for (size_t i = 1; i < in_head; i++) {
        const cp_document *doc = mentions->head[i].doc;
        if (doc != best && strcmp(doc->id, best->id) < 0)
            best = doc;
    }
    for (size_t i = in_head; i < n; i++) {
        const cp_document *doc = cpi_mention_list_at(mentions, i)->doc;
        if (doc != best && strcmp(doc->id, best->id) < 0)
            best = doc;
    }
    return best->id;
}

/* The origin of a list of src's mentions. They are all of the documents
 * folded with it (extraction and import make them so): when that is one
 * document, it is the origin of every list that is not empty. */
static inline const char *origin_of(const cpi_mention_list *mentions, const char *sole) {
    if (sole) {
        assert(!mentions->count || min_origin(mentions) == sole);
        return mentions->count ? sole : NULL;
    }
    return min_origin(mentions);
}

/* Does a field set from `candidate` win over one set from `current`? */
static bool wins(const char *candidate, const char *current) {
    return candidate && (!current || strcmp(candidate, current) < 0);
}

/* The order of a document's id and the largest id of the documents folded
 * into dst before (dst->origin_max, a bound of every origin in dst; NULL
 * before the first): at or above it, the document wins no field of an
 * entity dst has. Documents mostly come in the order of their ids, and
 * then their entities are not compared one by one. (A rollback leaves the
 * bound above what stays: still a bound.) Below 0 when there is no bound. */
static int order_to_origins(const cpi_model *dst, const char *id) {
    if (dst->origin_max_lost)
        return -1;
    return dst->origin_max ? strcmp(id, dst->origin_max) : 1;
}

/* Raise dst->origin_max to a folded document's id above it. */
static void raise_origin_max(cpi_model *dst, const char *id) {
    size_t size = strlen(id) + 1;
    if (!cpi_mem_reserve(dst->mem, (void **)&dst->origin_max, &dst->origin_max_cap, size, 1)) {
        dst->origin_max_lost = true; /* no bound: every entity compared */
        return;
    }
    memcpy(dst->origin_max, id, size);
}

/* An empty list of an entity dst takes: for a load's one document, not to
 * be journaled (cpi_model_fresh_list). (An import's fold of many documents
 * journals it as any list: test_errors counts on the allocations that makes
 * to fail in.) */
static void empty_list(const cpi_model *dst, const char *sole, cpi_vec *v) {
    if (sole)
        cpi_model_fresh_list(dst, v);
    else
        memset(v, 0, sizeof *v);
}

/* The corpus's copy of an entity it takes from a document's model (whose
 * entities go with its scratch): the struct in dst's arena. Its lists are
 * still the scratch's until copied (cpi_vec_to_arena, cpi_mention_list_take). */
static void *take_entity(cpi_model *dst, const void *e, size_t size) {
    void *copy = cpi_arena_alloc(dst->arena, size);
    if (copy)
        memcpy(copy, e, size);
    return copy;
}

/* Replace a string of a document's model by the corpus's copy (NULL stays
 * NULL). False when out of memory. */
static bool keep_string(cpi_model *dst, const char **s) {
    if (!*s)
        return true;
    *s = cpi_arena_strndup(dst->arena, *s, strlen(*s));
    return *s != NULL;
}

static bool push_all(cpi_model *m, cpi_vec *dst, const cpi_vec *src, size_t size) {
    if (src->count == 1) /* (a document's one item: inline, mostly) */
        return cpi_vec_push(m, dst, src->items, size);
    return cpi_vec_append(m, dst, src->items, src->count, size);
}

static bool contains(const cpi_vec *v, const void *p) {
    for (size_t i = 0; i < v->count; i++)
        if (ITEMS(*v, const void *)[i] == p)
            return true;
    return false;
}

static bool push_unique(cpi_model *m, cpi_vec *v, void *p) {
    return contains(v, p) || cpi_vec_push(m, v, &p, sizeof p);
}

static bool has_alias(const cpi_vec *v, const char *alias) {
    for (size_t i = 0; i < v->count; i++)
        if (strcmp(ITEMS(*v, const char *)[i], alias) == 0)
            return true;
    return false;
}

static cp_administration *dst_admin(cpi_model *dst, const cpi_model *src,
                                    const cp_administration *a) {
    return a ? &dst->admins[a - src->admins] : NULL;
}

static bool fold_admins(cpi_model *dst, cpi_model *src) {
    for (size_t i = 0; i < src->admin_reg.all.count; i++) {
        cp_administration *a = ITEMS(src->admin_reg.all, cp_administration *)[i];
        cp_administration *d = dst_admin(dst, src, a);
        if (!cpi_registry_find_hashed(&dst->admin_reg, d->row->id, a->id_hash) &&
            !cpi_registry_add_hashed(dst, &dst->admin_reg, d, a->id_hash))
            return false;
        if (!push_all(dst, &d->documents, &a->documents, sizeof(cp_document *)))
            return false;
    }
    return true;
}

static bool fold_agencies(cpi_model *dst, cpi_model *src) {
    for (size_t i = 0; i < src->agency_reg.all.count; i++) {
        cp_agency *a = ITEMS(src->agency_reg.all, cp_agency *)[i];
        cp_agency *d = cpi_registry_find_hashed(&dst->agency_reg, a->row->id, a->id_hash);
        if (d) {
            a->folded = d;
            if (!cpi_mention_list_append(dst, &d->mentions, &a->mentions))
                return false;
            continue;
        }
        cp_agency *t = take_entity(dst, a, sizeof *a);
        if (!t || !cpi_mention_list_take(dst, &t->mentions))
            return false;
        a->folded = t;
        if (!cpi_registry_add_hashed(dst, &dst->agency_reg, t, t->id_hash))
            return false;
    }
    return true;
}

static bool fold_officials(cpi_model *dst, cpi_model *src, const char *sole, bool contest) {
    for (size_t i = 0; i < src->official_reg.all.count; i++) {
        cp_official *o = ITEMS(src->official_reg.all, cp_official *)[i];
        cp_official *d = cpi_registry_find_hashed(&dst->official_reg, o->id, o->id_hash);
        const char *origin = origin_of(&o->mentions, sole);
        if (!d) {
            cp_official *t = take_entity(dst, o, sizeof *o);
            if (!t || !keep_string(dst, &t->id) ||
                !cpi_mention_list_take(dst, &t->mentions))
                return false;
            t->name = t->id + (o->name - o->id);
            o->folded = t;
            cp_administration *a = dst_admin(dst, src, t->admin);
            t->admin = a;
            t->origin = origin;
            if (!cpi_registry_add_hashed(dst, &dst->official_reg, t, t->id_hash) ||
                !cpi_vec_push(dst, &a->officials, &t, sizeof t))
                return false;
            continue;
        }
        o->folded = d;
        if (contest && wins(origin, d->origin)) {
            if (!cpi_journal_bytes(dst, d, sizeof *d))
                return false;
            d->role = o->role;
            d->origin = origin;
        }
        if (!cpi_mention_list_append(dst, &d->mentions, &o->mentions))
            return false;
    }
    return true;
}

static bool fold_sites(cpi_model *dst, cpi_model *src, const char *sole, bool contest) {
    for (size_t i = 0; i < src->site_reg.all.count; i++) {
        cp_site *s = ITEMS(src->site_reg.all, cp_site *)[i];
        cp_site *d = cpi_registry_find_hashed(&dst->site_reg, s->id, s->id_hash);
        const char *origin = origin_of(&s->mentions, sole);
        if (!d) {
            cp_site *t = take_entity(dst, s, sizeof *s);
            if (!t || !keep_string(dst, &t->id) || !keep_string(dst, &t->name) ||
                !cpi_mention_list_take(dst, &t->mentions))
                return false;
            s->folded = t;
            /* links are made again from the programs' side, to dst's entities
             * (s keeps its own list, in its scratch) */
            empty_list(dst, sole, &t->programs);
            t->origin = origin;
            if (!cpi_registry_add_hashed(dst, &dst->site_reg, t, t->id_hash))
                return false;
            continue;
        }
        s->folded = d;
        /* a place written two ways ("New York", "New York City"): the name
         * of the smallest document id */
        if (contest && wins(origin, d->origin)) {
            if (!cpi_journal_bytes(dst, d, sizeof *d))
                return false;
            d->name = s->name;
            d->origin = origin;
            if (!keep_string(dst, &d->name))
                return false;
        }
        if (!cpi_mention_list_append(dst, &d->mentions, &s->mentions))
            return false;
    }
    return true;
}

static bool fold_programs(cpi_model *dst, cpi_model *src, const char *sole, bool contest) {
    size_t n = src->program_reg.all.count;
    if (n == 0)
        return true;
    /* (a document names a few programs: their flags on the stack) */
    bool few[64];
    bool *taken = n <= sizeof few ? few : cpi_mem_alloc(dst->mem, n * sizeof *taken);
    if (!taken)
        return false;
    bool ok = true;
    /* first every program finds its dst entity, so that references resolve;
     * a program new to dst is copied there with empty links (its own lists
     * stay with it and are read below) */
    for (size_t i = 0; i < n && ok; i++) {
        cp_program *p = ITEMS(src->program_reg.all, cp_program *)[i];
        cp_program *d = cpi_registry_find_hashed(&dst->program_reg, p->id, p->id_hash);
        taken[i] = !d;
        if (d) {
            p->folded = d;
            continue;
        }
        cp_program *t = take_entity(dst, p, sizeof *p);
        ok = t != NULL;
        if (!ok)
            break;
        empty_list(dst, sole, &t->components);
        empty_list(dst, sole, &t->agencies);
        empty_list(dst, sole, &t->sites);
        t->parent = NULL;
        t->admin = dst_admin(dst, src, p->admin);
        t->origin = origin_of(&p->mentions, sole);
        ok = keep_string(dst, &t->id) && keep_string(dst, &t->name) &&
             keep_string(dst, &t->acronym) && cpi_mention_list_take(dst, &t->mentions) &&
             cpi_vec_to_arena(dst, &t->aliases, sizeof(const char *));
        for (size_t k = 0; k < t->aliases.count && ok; k++)
            ok = keep_string(dst, &ITEMS(t->aliases, const char *)[k]);
        p->folded = t;
        ok = ok && cpi_registry_add_hashed(dst, &dst->program_reg, t, t->id_hash);
    }
    for (size_t i = 0; i < n && ok; i++) {
        cp_program *p = ITEMS(src->program_reg.all, cp_program *)[i];
        cp_program *d = p->folded;
        const cp_program *parent = p->parent ? p->parent->folded : NULL;
        if (taken[i]) {
            d->parent = parent;
        } else {
            /* the record (parent included) from the smallest document id */
            const char *origin = origin_of(&p->mentions, sole);
            if (contest && wins(origin, d->origin)) {
                ok = cpi_journal_bytes(dst, d, sizeof *d);
                if (!ok)
                    break;
                d->origin = origin;
                d->name = p->name;
                d->acronym = p->acronym;
                d->kind = p->kind;
                d->admin = dst_admin(dst, src, p->admin);
                d->parent = parent != d ? parent : NULL;
                ok = keep_string(dst, &d->name) && keep_string(dst, &d->acronym);
            }
            for (size_t k = 0; k < p->aliases.count && ok; k++) {
                const char *alias = ITEMS(p->aliases, const char *)[k];
                if (!has_alias(&d->aliases, alias))
                    ok = keep_string(dst, &alias) &&
                         cpi_vec_push(dst, &d->aliases, &alias, sizeof alias);
            }
            ok = ok && cpi_mention_list_append(dst, &d->mentions, &p->mentions);
        }
        for (size_t k = 0; k < p->components.count && ok; k++)
            ok = push_unique(dst, &d->components, ITEMS(p->components, cp_program *)[k]->folded);
        for (size_t k = 0; k < p->agencies.count && ok; k++)
            ok = push_unique(dst, &d->agencies, ITEMS(p->agencies, cp_agency *)[k]->folded);
        for (size_t k = 0; k < p->sites.count && ok; k++)
            ok = cpi_model_link(dst, d, ITEMS(p->sites, cp_site *)[k]->folded);
    }
    if (taken != few)
        cpi_mem_free(dst->mem, taken);
    return ok;
}

bool cpi_model_fold(cpi_model *dst, cpi_model *src, cp_document **docs, size_t doc_count) {
    const char *sole = doc_count == 1 ? docs[0]->id : NULL; /* (see origin_of) */
    /* (contest: may this fold win fields of dst's entities at all?) */
    int order = sole ? order_to_origins(dst, sole) : -1;
    bool contest = order < 0;
    if (!fold_admins(dst, src) || !fold_agencies(dst, src) ||
        !fold_officials(dst, src, sole, contest) || !fold_sites(dst, src, sole, contest) ||
        !fold_programs(dst, src, sole, contest))
        return false;
    if (sole && order > 0)
        raise_origin_max(dst, sole);
    for (size_t i = 0; !sole && i < doc_count; i++)
        if (order_to_origins(dst, docs[i]->id) > 0)
            raise_origin_max(dst, docs[i]->id);
    for (size_t i = 0; i < doc_count; i++) {
        cp_document *d = docs[i];
        d->administration = dst_admin(dst, src, d->administration);
        cpi_findings *f = d->found;
        for (size_t k = 0; f && k < f->site_count; k++)
            f->sites[k] = f->sites[k]->folded;
        for (size_t k = 0; f && k < f->official_count; k++)
            f->officials[k] = f->officials[k]->folded;
        for (size_t k = 0; f && k < f->program_count; k++)
            f->programs[k] = f->programs[k]->folded;
    }
    return true;
}
