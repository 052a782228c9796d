/* Extraction of federal agencies: every name, alias or acronym of the agency
 * table found at a word start ("Bureau of Alcohol, Tobacco, Firearms and
 * Explosives", "ATF", "the Justice Department"), longest first. */
#include <string.h>

#include "extract.h"

static bool add_agency_mention(cpi_extract *x, const cpi_agency *row, cp_mention m) {
    cp_agency *a = cpi_registry_find(&x->model->agency_reg, row->id);
    if (!a) {
        a = cpi_model_entity(x->model, sizeof *a);
        if (!a)
            return false;
        a->row = row;
        if (!cpi_registry_add(x->model, &x->model->agency_reg, a))
            return false;
    }
    return cpi_mention_list_push(x->model, &a->mentions, &m);
}

bool cpi_extract_agencies(cpi_extract *x) {
    const cp_document *doc = x->doc;
    for (size_t b = 0; b < doc->block_count; b++) {
        const cp_block *blk = &doc->blocks[b];
        if (!cpi_block_readable(blk, true))
            continue;
        const char *t = cpi_block_text(blk);
        size_t n = blk->text_size;
        cpi_capitals caps = cpi_capitals_of(x, b);
        for (size_t i = cpi_capitals_next(&caps, 0, n); i < n;
             i = cpi_capitals_next(&caps, i + 1, n)) {
            const cpi_dict_entry *e = cpi_dict_match(&x->k->agencies, t, n, i);
            if (!e)
                continue;
            if (!add_agency_mention(x, &cpi_agencies[e->value], cpi_mention_of(x, blk, i, i + e->len)) ||
                !cpi_hit_add(x, &x->agency_hits, &x->agency_hit_count, &x->agency_hit_cap, b, i,
                             i + e->len, cpi_registry_find(&x->model->agency_reg, cpi_agencies[e->value].id)))
                return false;
            i += e->len;
        }
    }
    return true;
}
