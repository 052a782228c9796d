/* Folding: the reduce step of extraction.
 *
 * Every document is extracted on its own into a model of its own, whose
 * entities live in memory the corpus keeps (its arena, or a worker's arena
 * the corpus adopts). Folding moves that model into the corpus's by canonical
 * id: an entity new to the corpus is taken over as it is; one the corpus has
 * already gains the new mentions and links. Where documents disagree on a
 * field (a program's name or acronym, an official's role, the way a place is
 * written), the document with the smallest id wins. So the corpus does not depend on the order documents
 * are folded in, and a sequential load, a threaded load and a merge of JSON
 * outputs give the same model. */
#include <string.h>

#include "entities.h"

#define ITEMS(v, type) ((type *)(v).items)

/* The smallest document id among mentions; NULL when there are none. */
static const char *min_origin(const cpi_vec *mentions) {
    const char *best = NULL;
    for (size_t i = 0; i < mentions->count; i++) {
        const char *id = ITEMS(*mentions, cp_mention)[i].doc->id;
        if (!best || strcmp(id, best) < 0)
            best = id;
    }
    return best;
}

/* Does a field set from `candidate` win over one set from `current`? */
static bool wins(const char *candidate, const char *current) {
    return candidate && (!current || strcmp(candidate, current) < 0);
}

static bool push_all(cpi_model *m, cpi_vec *dst, const cpi_vec *src, size_t size) {
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
        if (!cpi_registry_find(&dst->admin_reg, d->row->id) &&
            !cpi_registry_add(dst, &dst->admin_reg, d))
            return false;
        if (!push_all(dst, &d->documents, &a->documents, sizeof(cp_document *)))
            return false;
    }
    return true;
}

static bool fold_agencies(cpi_model *dst, cpi_model *src) {
    for (size_t i = 0; i < src->agency_reg.all.count; i++) {
        cp_agency *a = ITEMS(src->agency_reg.all, cp_agency *)[i];
        cp_agency *d = cpi_registry_find(&dst->agency_reg, a->row->id);
        a->folded = d ? d : a;
        if (!d) {
            if (!cpi_vec_to_arena(dst, &a->mentions, sizeof(cp_mention)) ||
                !cpi_registry_add(dst, &dst->agency_reg, a))
                return false;
        } else if (!push_all(dst, &d->mentions, &a->mentions, sizeof(cp_mention))) {
            return false;
        }
    }
    return true;
}

static bool fold_officials(cpi_model *dst, cpi_model *src) {
    for (size_t i = 0; i < src->official_reg.all.count; i++) {
        cp_official *o = ITEMS(src->official_reg.all, cp_official *)[i];
        cp_official *d = cpi_registry_find(&dst->official_reg, o->id);
        const char *origin = min_origin(&o->mentions);
        o->folded = d ? d : o;
        if (!d) {
            cp_administration *a = dst_admin(dst, src, o->admin);
            o->admin = a;
            o->origin = origin;
            if (!cpi_vec_to_arena(dst, &o->mentions, sizeof(cp_mention)) ||
                !cpi_registry_add(dst, &dst->official_reg, o) ||
                !cpi_vec_push(dst, &a->officials, &o, sizeof o))
                return false;
            continue;
        }
        if (wins(origin, d->origin)) {
            if (!cpi_journal_bytes(dst, d, sizeof *d))
                return false;
            d->role = o->role;
            d->origin = origin;
        }
        if (!push_all(dst, &d->mentions, &o->mentions, sizeof(cp_mention)))
            return false;
    }
    return true;
}

static bool fold_sites(cpi_model *dst, cpi_model *src) {
    for (size_t i = 0; i < src->site_reg.all.count; i++) {
        cp_site *s = ITEMS(src->site_reg.all, cp_site *)[i];
        cp_site *d = cpi_registry_find(&dst->site_reg, s->id);
        s->folded = d ? d : s;
        const char *origin = min_origin(&s->mentions);
        if (!d) {
            /* links are made again from the programs' side, to dst's entities */
            cpi_vec_free(dst->mem, &s->programs);
            memset(&s->programs, 0, sizeof s->programs);
            s->origin = origin;
            if (!cpi_vec_to_arena(dst, &s->mentions, sizeof(cp_mention)) ||
                !cpi_registry_add(dst, &dst->site_reg, s))
                return false;
            continue;
        }
        /* a place written two ways ("New York", "New York City"): the name
         * of the smallest document id */
        if (wins(origin, d->origin)) {
            if (!cpi_journal_bytes(dst, d, sizeof *d))
                return false;
            d->name = s->name;
            d->origin = origin;
        }
        if (!push_all(dst, &d->mentions, &s->mentions, sizeof(cp_mention)))
            return false;
    }
    return true;
}

/* The lists of src's programs that point at other src entities, kept aside
 * while programs taken over are emptied and refilled with dst's entities. */
typedef struct program_lists {
    cpi_vec components, agencies, sites;
    const cp_program *parent;
} program_lists;

static bool fold_programs(cpi_model *dst, cpi_model *src) {
    size_t n = src->program_reg.all.count;
    if (n == 0)
        return true;
    program_lists *saved = cpi_mem_alloc(dst->mem, n * sizeof *saved);
    if (!saved)
        return false;
    bool ok = true;
    /* first every program finds its dst entity, so that references resolve */
    for (size_t i = 0; i < n && ok; i++) {
        cp_program *p = ITEMS(src->program_reg.all, cp_program *)[i];
        cp_program *d = cpi_registry_find(&dst->program_reg, p->id);
        saved[i].components = p->components;
        saved[i].agencies = p->agencies;
        saved[i].sites = p->sites;
        saved[i].parent = p->parent;
        p->folded = d ? d : p;
        if (!d) {
            memset(&p->components, 0, sizeof p->components);
            memset(&p->agencies, 0, sizeof p->agencies);
            memset(&p->sites, 0, sizeof p->sites);
            p->parent = NULL;
            p->admin = dst_admin(dst, src, p->admin);
            p->origin = min_origin(&p->mentions);
            ok = cpi_vec_to_arena(dst, &p->mentions, sizeof(cp_mention)) &&
                 cpi_vec_to_arena(dst, &p->aliases, sizeof(const char *)) &&
                 cpi_registry_add(dst, &dst->program_reg, p);
        }
    }
    for (size_t i = 0; i < n && ok; i++) {
        cp_program *p = ITEMS(src->program_reg.all, cp_program *)[i];
        cp_program *d = p->folded;
        const cp_program *parent = saved[i].parent ? saved[i].parent->folded : NULL;
        if (d == p) {
            p->parent = parent;
        } else {
            /* the record (parent included) from the smallest document id */
            const char *origin = min_origin(&p->mentions);
            if (wins(origin, d->origin)) {
                ok = cpi_journal_bytes(dst, d, sizeof *d);
                if (!ok)
                    break;
                d->origin = origin;
                d->name = p->name;
                d->acronym = p->acronym;
                d->kind = p->kind;
                d->admin = dst_admin(dst, src, p->admin);
                d->parent = parent != d ? parent : NULL;
            }
            for (size_t k = 0; k < p->aliases.count && ok; k++) {
                const char *alias = ITEMS(p->aliases, const char *)[k];
                if (!has_alias(&d->aliases, alias))
                    ok = cpi_vec_push(dst, &d->aliases, &alias, sizeof alias);
            }
            ok = ok && push_all(dst, &d->mentions, &p->mentions, sizeof(cp_mention));
        }
        for (size_t k = 0; k < saved[i].components.count && ok; k++)
            ok = push_unique(dst, &d->components,
                             ITEMS(saved[i].components, cp_program *)[k]->folded);
        for (size_t k = 0; k < saved[i].agencies.count && ok; k++)
            ok = push_unique(dst, &d->agencies, ITEMS(saved[i].agencies, cp_agency *)[k]->folded);
        for (size_t k = 0; k < saved[i].sites.count && ok; k++)
            ok = cpi_model_link(dst, d, ITEMS(saved[i].sites, cp_site *)[k]->folded);
    }
    /* the lists set aside: those of programs the corpus took (the others
     * are still their programs' and go when the document's model does) */
    for (size_t i = 0; i < n; i++) {
        cp_program *p = ITEMS(src->program_reg.all, cp_program *)[i];
        if (p->folded == p) {
            cpi_vec_free(dst->mem, &saved[i].components);
            cpi_vec_free(dst->mem, &saved[i].agencies);
            cpi_vec_free(dst->mem, &saved[i].sites);
        }
    }
    cpi_mem_free(dst->mem, saved);
    return ok;
}

bool cpi_model_fold(cpi_model *dst, cpi_model *src, cp_document **docs, size_t doc_count) {
    if (!fold_admins(dst, src) || !fold_agencies(dst, src) || !fold_officials(dst, src) ||
        !fold_sites(dst, src) || !fold_programs(dst, src) ||
        !push_all(dst, &dst->figures, &src->figures, sizeof(cp_figure *)))
        return false;
    for (size_t i = 0; i < doc_count; i++) {
        cp_document *d = docs[i];
        d->administration = dst_admin(dst, src, d->administration);
        for (size_t k = 0; k < d->site_count; k++)
            d->sites[k] = d->sites[k]->folded;
        for (size_t k = 0; k < d->official_count; k++)
            d->officials[k] = d->officials[k]->folded;
        for (size_t k = 0; k < d->program_count; k++)
            d->programs[k] = d->programs[k]->folded;
    }
    return true;
}
