/* Import: crimepolicy/1 JSON read back into a corpus, so that outputs made
 * apart (per document with `json --lines`, per machine, per batch) merge into
 * the model one load of everything gives. A document read this way has its
 * metadata, entities and offsets but not its text (cp_document_bytes() is
 * NULL and it has no blocks).
 *
 * One call reads every JSON value in the input (one object, or one per line)
 * into a model of its own, then hands it to the corpus as a load does: the
 * documents and the model are folded in all together, or not at all. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "corpus.h"
#include "error.h"
#include "fs.h"
#include "hash.h"
#include "json_read.h"

typedef struct importer {
    const char *name; /* for errors */
    const char *text;
    size_t size;
    cpi_arena *keep;    /* documents and entities: the corpus adopts it */
    cpi_arena *scratch; /* the JSON trees */
    cpi_model *model;
    cp_document **docs; /* heap */
    size_t doc_count, doc_cap;
    size_t *doc_index;  /* heap, open addressing, position + 1 */
    size_t doc_index_cap;
    const cpi_mem *mem;
    cp_error *err;
} importer;

/* ---- errors at a position of the JSON text ---------------------------------- */

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 4, 5)))
#endif
static cp_status bad_at(importer *im, cp_status status, size_t offset, const char *fmt, ...) {
    size_t line = 1, line_start = 0;
    if (offset > im->size)
        offset = im->size;
    for (size_t i = 0; i < offset; i++)
        if (im->text[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    size_t column = 1;
    for (size_t i = line_start; i < offset; i++)
        column += ((unsigned char)im->text[i] & 0xC0) != 0x80;
    char message[CPI_ERROR_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    return cpi_error_set(im->err, status, im->name, line, column, offset, "%s", message);
}

#define BAD(v, ...) bad_at(im, CP_ERR_BAD_JSON, (v)->offset, __VA_ARGS__)

static cp_status nomem(importer *im) {
    return cpi_error_set(im->err, CP_ERR_NOMEM, im->name, 0, 0, 0, "out of memory");
}

/* ---- typed members ------------------------------------------------------------ */

/* A member that must be there with this type (or null when `nullable`). */
static cp_status member(importer *im, const cpi_json *obj, const char *key, cpi_json_type type,
                        bool nullable, const cpi_json **out) {
    const cpi_json *v = cpi_json_get(obj, key);
    *out = NULL;
    if (!v)
        return BAD(obj, "this object has no \"%s\"", key);
    if (nullable && v->type == CPI_JSON_NULL)
        return CP_OK;
    static const char *const NAMES[] = {"null", "false", "true", "a number",
                                        "a string", "an array", "an object"};
    if (v->type != type)
        return BAD(v, "\"%s\" should be %s%s", key, NAMES[type], nullable ? " or null" : "");
    *out = v;
    return CP_OK;
}

/* A string member copied into `arena` (NULL for null). */
static cp_status string_in(importer *im, cpi_arena *arena, const cpi_json *obj,
                           const char *key, bool nullable, const char **out) {
    const cpi_json *v;
    cp_status st = member(im, obj, key, CPI_JSON_STRING, nullable, &v);
    *out = NULL;
    if (st != CP_OK || !v)
        return st;
    char *copy = cpi_arena_strndup(arena, v->string, v->length);
    if (!copy)
        return nomem(im);
    *out = copy;
    return CP_OK;
}

/* A string member copied into the kept arena (NULL for null). */
static cp_status string_member(importer *im, const cpi_json *obj, const char *key,
                               bool nullable, const char **out) {
    return string_in(im, im->keep, obj, key, nullable, out);
}

/* An entity's id, name or acronym: in the model's scratch, as extraction's
 * are (folding copies the ones the corpus keeps). */
static cp_status entity_string_member(importer *im, const cpi_json *obj, const char *key,
                                      bool nullable, const char **out) {
    return string_in(im, im->model->scratch, obj, key, nullable, out);
}

/* A count or an offset: a whole number from 0 to 2^53. */
static cp_status size_member(importer *im, const cpi_json *obj, const char *key, size_t *out) {
    const cpi_json *v;
    cp_status st = member(im, obj, key, CPI_JSON_NUMBER, false, &v);
    if (st != CP_OK)
        return st;
    if (!(v->number >= 0 && v->number <= 9007199254740992.0) || v->number != (double)(uint64_t)v->number)
        return BAD(v, "\"%s\" should be a whole number, at least 0", key);
    *out = (size_t)v->number;
    return CP_OK;
}

/* ---- documents -------------------------------------------------------------------- */

static cp_document *find_doc(const importer *im, const char *id) {
    if (!im->doc_index_cap)
        return NULL;
    size_t h = cpi_hash_str(id) & (im->doc_index_cap - 1);
    while (im->doc_index[h]) {
        cp_document *d = im->docs[im->doc_index[h] - 1];
        if (strcmp(d->id, id) == 0)
            return d;
        h = (h + 1) & (im->doc_index_cap - 1);
    }
    return NULL;
}

static bool add_doc(importer *im, cp_document *d) {
    if (!cpi_mem_reserve(im->mem, (void **)&im->docs, &im->doc_cap, im->doc_count + 1,
                         sizeof *im->docs))
        return false;
    if ((im->doc_count + 1) * 2 > im->doc_index_cap) {
        size_t cap = im->doc_index_cap ? im->doc_index_cap * 2 : 64;
        size_t *index = cpi_mem_alloc(im->mem, cap * sizeof *index);
        if (!index)
            return false;
        memset(index, 0, cap * sizeof *index);
        cpi_mem_free(im->mem, im->doc_index);
        im->doc_index = index;
        im->doc_index_cap = cap;
        for (size_t i = 0; i < im->doc_count; i++) {
            size_t h = cpi_hash_str(im->docs[i]->id) & (cap - 1);
            while (index[h])
                h = (h + 1) & (cap - 1);
            index[h] = i + 1;
        }
    }
    im->docs[im->doc_count++] = d;
    size_t h = cpi_hash_str(d->id) & (im->doc_index_cap - 1);
    while (im->doc_index[h])
        h = (h + 1) & (im->doc_index_cap - 1);
    im->doc_index[h] = im->doc_count;
    return true;
}

static int presidency_of(const char *id) {
    for (size_t i = 0; i < cpi_presidency_count; i++)
        if (strcmp(cpi_presidencies[i].id, id) == 0)
            return (int)i;
    return -1;
}

static bool valid_date(const char *s) {
    int y, m, d;
    char tail;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
           s[4] == '-' && s[7] == '-' && cpi_date_valid(y, m, d);
}

static cp_status read_document(importer *im, const cpi_json *v) {
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "a document should be an object");
    cp_document *d = cpi_arena_alloc(im->keep, sizeof *d);
    if (!d)
        return nomem(im);
    memset(d, 0, sizeof *d);
    const char *date, *kind, *admin;
    size_t bytes;
    cp_status st;
    if ((st = string_member(im, v, "id", false, &d->id)) != CP_OK ||
        (st = string_member(im, v, "path", false, &d->path)) != CP_OK ||
        (st = string_member(im, v, "date", true, &date)) != CP_OK ||
        (st = string_member(im, v, "title", true, &d->title)) != CP_OK ||
        (st = string_member(im, v, "kind", false, &kind)) != CP_OK ||
        (st = string_member(im, v, "administration", true, &admin)) != CP_OK ||
        (st = size_member(im, v, "bytes", &bytes)) != CP_OK)
        return st;
    if (bytes > CPI_HARD_MAX_DOCUMENT)
        return BAD(v, "a document of %zu bytes is larger than any corpus takes (2 GiB - 1)",
                   bytes);
    d->size = (uint32_t)bytes;
    if (!d->id[0] || strchr(d->id, '/'))
        return BAD(v, "a document id should be a non-empty file name");
    if (find_doc(im, d->id))
        return BAD(v, "the document '%s' is here twice", d->id);
    if (date) {
        if (!valid_date(date))
            return BAD(cpi_json_get(v, "date"), "\"date\" should be YYYY-MM-DD or null");
        memcpy(d->header_date, date, 11);
    }
    d->kind = CP_DOCUMENT_UNKNOWN;
    for (int k = CP_DOCUMENT_NEWS; k <= CP_DOCUMENT_FACT_SHEET; k++)
        if (strcmp(kind, cp_document_kind_name((cp_document_kind)k)) == 0)
            d->kind = (uint8_t)k;
    if (d->kind == CP_DOCUMENT_UNKNOWN && strcmp(kind, "unknown") != 0)
        return BAD(cpi_json_get(v, "kind"), "unknown document kind '%s'", kind);
    if (admin) {
        int p = presidency_of(admin);
        if (p < 0)
            return BAD(cpi_json_get(v, "administration"), "unknown administration '%s'", admin);
        cp_administration *a = cpi_model_admin_at(im->model, (size_t)p);
        if ((!cpi_registry_find(&im->model->admin_reg, a->row->id) &&
             !cpi_registry_add(im->model, &im->model->admin_reg, a)) ||
            !cpi_vec_push(im->model, &a->documents, &d, sizeof d))
            return nomem(im);
        d->administration = a;
    }
    d->from_json = true;
    return add_doc(im, d) ? CP_OK : nomem(im);
}

/* ---- mentions ------------------------------------------------------------------------ */

static cp_status read_mentions(importer *im, const cpi_json *obj, cpi_mention_list *out) {
    const cpi_json *list;
    cp_status st = member(im, obj, "mentions", CPI_JSON_ARRAY, false, &list);
    if (st != CP_OK)
        return st;
    for (size_t i = 0; i < list->length; i++) {
        const cpi_json *m = &list->items[i];
        const cpi_json *doc;
        size_t start, end;
        if (m->type != CPI_JSON_OBJECT)
            return BAD(m, "a mention should be an object");
        if ((st = member(im, m, "document", CPI_JSON_STRING, false, &doc)) != CP_OK ||
            (st = size_member(im, m, "start", &start)) != CP_OK ||
            (st = size_member(im, m, "end", &end)) != CP_OK)
            return st;
        const cp_document *d = find_doc(im, doc->string);
        if (!d)
            return BAD(doc, "no document '%s' in this model", doc->string);
        if (start > end || end > d->size)
            return BAD(m, "offsets %zu-%zu outside the document's %zu bytes", start, end,
                       (size_t)d->size);
        /* below the document's size, itself below 2 GiB */
        cp_mention mention = {d, (uint32_t)start, (uint32_t)end};
        if (!cpi_mention_list_push(im->model, out, &mention))
            return nomem(im);
    }
    return CP_OK;
}

/* ---- entities --------------------------------------------------------------------------- */

static cp_status read_official(importer *im, cp_administration *a, const cpi_json *v) {
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "an official should be an object");
    const char *name, *role;
    cp_status st;
    if ((st = entity_string_member(im, v, "name", false, &name)) != CP_OK ||
        (st = string_member(im, v, "role", false, &role)) != CP_OK)
        return st;
    size_t n = strlen(a->row->id), k = strlen(name);
    char *id = cpi_arena_alloc(im->model->scratch, n + k + 2);
    if (!id)
        return nomem(im);
    memcpy(id, a->row->id, n);
    id[n] = '/';
    memcpy(id + n + 1, name, k + 1);
    if (cpi_registry_find(&im->model->official_reg, id))
        return BAD(v, "the official '%s' is here twice", name);
    cp_official *o = cpi_arena_alloc(im->keep, sizeof *o);
    if (!o)
        return nomem(im);
    memset(o, 0, sizeof *o);
    o->id = id;
    o->name = id + n + 1;
    o->role = role;
    o->admin = a;
    if (!cpi_registry_add(im->model, &im->model->official_reg, o) ||
        !cpi_vec_push(im->model, &a->officials, &o, sizeof o))
        return nomem(im);
    /* 1.0 outputs have no mentions of officials: accept them without */
    return cpi_json_get(v, "mentions") ? read_mentions(im, v, &o->mentions) : CP_OK;
}

static cp_status read_administration(importer *im, const cpi_json *v) {
    const char *id;
    const cpi_json *officials;
    cp_status st;
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "an administration should be an object");
    if ((st = string_member(im, v, "id", false, &id)) != CP_OK ||
        (st = member(im, v, "officials", CPI_JSON_ARRAY, false, &officials)) != CP_OK)
        return st;
    int p = presidency_of(id);
    if (p < 0)
        return BAD(v, "unknown administration '%s'", id);
    cp_administration *a = cpi_model_admin_at(im->model, (size_t)p);
    if (!cpi_registry_find(&im->model->admin_reg, a->row->id) &&
        !cpi_registry_add(im->model, &im->model->admin_reg, a))
        return nomem(im);
    for (size_t i = 0; i < officials->length; i++)
        if ((st = read_official(im, a, &officials->items[i])) != CP_OK)
            return st;
    return CP_OK;
}

static cp_agency *agency_entity(importer *im, const char *id) {
    cp_agency *a = cpi_registry_find(&im->model->agency_reg, id);
    if (a)
        return a;
    for (size_t i = 0; i < cpi_agency_count; i++) {
        if (strcmp(cpi_agencies[i].id, id) != 0)
            continue;
        a = cpi_arena_alloc(im->keep, sizeof *a);
        if (!a)
            return NULL;
        memset(a, 0, sizeof *a);
        a->row = &cpi_agencies[i];
        return cpi_registry_add(im->model, &im->model->agency_reg, a) ? a : NULL;
    }
    return NULL;
}

static bool known_agency(const char *id) {
    for (size_t i = 0; i < cpi_agency_count; i++)
        if (strcmp(cpi_agencies[i].id, id) == 0)
            return true;
    return false;
}

static cp_status read_agency(importer *im, const cpi_json *v) {
    const char *id;
    cp_status st;
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "an agency should be an object");
    if ((st = string_member(im, v, "id", false, &id)) != CP_OK)
        return st;
    if (!known_agency(id))
        return BAD(v, "unknown agency '%s'", id);
    if (cpi_registry_find(&im->model->agency_reg, id))
        return BAD(v, "the agency '%s' is here twice", id);
    cp_agency *a = agency_entity(im, id);
    return a ? read_mentions(im, v, &a->mentions) : nomem(im);
}

static cp_status read_coordinate(importer *im, const cpi_json *v, const char *key, bool *has,
                                 double *out) {
    const cpi_json *c;
    cp_status st = member(im, v, key, CPI_JSON_NUMBER, true, &c);
    if (st == CP_OK && c) {
        *has = true;
        *out = c->number;
    }
    return st;
}

static cp_status read_site(importer *im, const cpi_json *v) {
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "a site should be an object");
    cp_site *s = cpi_arena_alloc(im->keep, sizeof *s);
    if (!s)
        return nomem(im);
    memset(s, 0, sizeof *s);
    const char *state, *kind;
    bool has_lat = false, has_lon = false;
    cp_status st;
    if ((st = entity_string_member(im, v, "id", false, &s->id)) != CP_OK ||
        (st = entity_string_member(im, v, "name", false, &s->name)) != CP_OK ||
        (st = string_member(im, v, "state", true, &state)) != CP_OK ||
        (st = string_member(im, v, "kind", false, &kind)) != CP_OK ||
        (st = read_coordinate(im, v, "lat", &has_lat, &s->lat)) != CP_OK ||
        (st = read_coordinate(im, v, "lon", &has_lon, &s->lon)) != CP_OK)
        return st;
    if (state) {
        if (strlen(state) != 2)
            return BAD(cpi_json_get(v, "state"), "\"state\" should be a two-letter code");
        memcpy(s->state, state, 3);
    }
    s->has_coordinates = has_lat && has_lon;
    for (int k = CP_SITE_CITY; k <= CP_SITE_REGION; k++)
        if (strcmp(kind, cp_site_kind_name((cp_site_kind)k)) == 0)
            s->kind = (cp_site_kind)k;
    if (s->kind == CP_SITE_UNKNOWN && strcmp(kind, "unknown") != 0)
        return BAD(cpi_json_get(v, "kind"), "unknown site kind '%s'", kind);
    if (cpi_registry_find(&im->model->site_reg, s->id))
        return BAD(v, "the site '%s' is here twice", s->id);
    if (!cpi_registry_add(im->model, &im->model->site_reg, s))
        return nomem(im);
    return read_mentions(im, v, &s->mentions);
}

static cp_status read_program(importer *im, const cpi_json *v) {
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "a program should be an object");
    cp_program *p = cpi_arena_alloc(im->keep, sizeof *p);
    if (!p)
        return nomem(im);
    memset(p, 0, sizeof *p);
    const char *admin;
    const cpi_json *aliases;
    cp_status st;
    if ((st = entity_string_member(im, v, "id", false, &p->id)) != CP_OK ||
        (st = entity_string_member(im, v, "name", false, &p->name)) != CP_OK ||
        (st = entity_string_member(im, v, "acronym", true, &p->acronym)) != CP_OK ||
        (st = string_member(im, v, "kind", false, &p->kind)) != CP_OK ||
        (st = string_member(im, v, "administration", true, &admin)) != CP_OK ||
        (st = member(im, v, "aliases", CPI_JSON_ARRAY, false, &aliases)) != CP_OK)
        return st;
    if (admin) {
        int k = presidency_of(admin);
        if (k < 0)
            return BAD(cpi_json_get(v, "administration"), "unknown administration '%s'", admin);
        p->admin = cpi_model_admin_at(im->model, (size_t)k);
    }
    if (cpi_registry_find(&im->model->program_reg, p->id))
        return BAD(v, "the program '%s' is here twice", p->id);
    /* registered first: its lists are then the model's to free */
    if (!cpi_registry_add(im->model, &im->model->program_reg, p))
        return nomem(im);
    for (size_t i = 0; i < aliases->length; i++) {
        const cpi_json *a = &aliases->items[i];
        if (a->type != CPI_JSON_STRING)
            return BAD(a, "an alias should be a string");
        char *copy = cpi_model_string(im->model, a->string, a->length);
        if (!copy || !cpi_vec_push(im->model, &p->aliases, &copy, sizeof copy))
            return nomem(im);
    }
    return read_mentions(im, v, &p->mentions);
}

/* Parents, agencies and sites name other entities: read once all exist. */
static cp_status read_program_links(importer *im, const cpi_json *v) {
    const char *id;
    const cpi_json *parent, *agencies, *sites;
    cp_status st;
    if ((st = string_member(im, v, "id", false, &id)) != CP_OK ||
        (st = member(im, v, "parent", CPI_JSON_STRING, true, &parent)) != CP_OK ||
        (st = member(im, v, "agencies", CPI_JSON_ARRAY, false, &agencies)) != CP_OK ||
        (st = member(im, v, "sites", CPI_JSON_ARRAY, false, &sites)) != CP_OK)
        return st;
    cp_program *p = cpi_registry_find(&im->model->program_reg, id);
    if (parent) {
        cp_program *q = cpi_registry_find(&im->model->program_reg, parent->string);
        if (!q || q == p)
            return BAD(parent, "no program '%s' in this model to be the parent",
                       parent->string);
        p->parent = q;
        if (!cpi_vec_push(im->model, &q->components, &p, sizeof p))
            return nomem(im);
    }
    for (size_t i = 0; i < agencies->length; i++) {
        const cpi_json *a = &agencies->items[i];
        if (a->type != CPI_JSON_STRING || !known_agency(a->string))
            return BAD(a, "an agency should be the id of a known agency");
        cp_agency *agency = agency_entity(im, a->string);
        if (!agency || !cpi_vec_push(im->model, &p->agencies, &agency, sizeof agency))
            return nomem(im);
    }
    for (size_t i = 0; i < sites->length; i++) {
        const cpi_json *s = &sites->items[i];
        cp_site *site = s->type == CPI_JSON_STRING
                            ? cpi_registry_find(&im->model->site_reg, s->string)
                            : NULL;
        if (!site)
            return BAD(s, "a program's site should be the id of a site of this model");
        if (!cpi_model_link(im->model, p, site))
            return nomem(im);
    }
    return CP_OK;
}

static cp_status read_figure(importer *im, const cpi_json *v) {
    if (v->type != CPI_JSON_OBJECT)
        return BAD(v, "a figure should be an object");
    cp_figure figure, *f = &figure;
    memset(f, 0, sizeof *f);
    const cpi_json *doc, *value, *from;
    const char *kind, *qualifier;
    size_t start = 0, end = 0;
    cp_status st;
    if ((st = member(im, v, "document", CPI_JSON_STRING, false, &doc)) != CP_OK ||
        (st = size_member(im, v, "start", &start)) != CP_OK ||
        (st = size_member(im, v, "end", &end)) != CP_OK ||
        (st = string_member(im, v, "text", false, &f->text)) != CP_OK ||
        (st = member(im, v, "value", CPI_JSON_NUMBER, false, &value)) != CP_OK ||
        (st = member(im, v, "from", CPI_JSON_NUMBER, true, &from)) != CP_OK ||
        (st = string_member(im, v, "kind", false, &kind)) != CP_OK ||
        (st = string_member(im, v, "qualifier", false, &qualifier)) != CP_OK ||
        (st = string_member(im, v, "unit", true, &f->unit)) != CP_OK ||
        (st = string_member(im, v, "per", true, &f->per)) != CP_OK)
        return st;
    f->doc = find_doc(im, doc->string);
    if (!f->doc)
        return BAD(doc, "no document '%s' in this model", doc->string);
    if (start > end || end > f->doc->size)
        return BAD(v, "offsets %zu-%zu outside the document's %zu bytes", start, end,
                   (size_t)f->doc->size);
    f->start = (uint32_t)start; /* below the document's size, itself below 2 GiB */
    f->end = (uint32_t)end;
    f->value = value->number;
    f->from = from ? from->number : NAN;
    f->kind = CP_FIGURE_UNKNOWN;
    for (int k = CP_FIGURE_COUNT; k <= CP_FIGURE_PERCENT; k++)
        if (strcmp(kind, cp_figure_kind_name((cp_figure_kind)k)) == 0)
            f->kind = (uint8_t)k;
    if (f->kind == CP_FIGURE_UNKNOWN && strcmp(kind, "unknown") != 0)
        return BAD(cpi_json_get(v, "kind"), "unknown figure kind '%s'", kind);
    int q = -1;
    for (int k = CP_QUALIFIER_EXACT; k <= CP_QUALIFIER_LESS_THAN; k++)
        if (strcmp(qualifier, cp_qualifier_name((cp_qualifier)k)) == 0)
            q = k;
    if (q < 0)
        return BAD(cpi_json_get(v, "qualifier"), "unknown qualifier '%s'", qualifier);
    f->qualifier = (uint8_t)q;
    return cpi_vec_push(im->model, &im->model->figures, f, sizeof *f) ? CP_OK : nomem(im);
}

/* ---- one crimepolicy/1 object ------------------------------------------------------------ */

static cp_status each(importer *im, const cpi_json *root, const char *key,
                      cp_status (*fn)(importer *, const cpi_json *)) {
    const cpi_json *list;
    cp_status st = member(im, root, key, CPI_JSON_ARRAY, false, &list);
    for (size_t i = 0; st == CP_OK && i < list->length; i++)
        st = fn(im, &list->items[i]);
    return st;
}

static cp_status read_model(importer *im, const cpi_json *root) {
    if (root->type != CPI_JSON_OBJECT)
        return BAD(root, "a crimepolicy/1 model should be an object");
    const cpi_json *schema = cpi_json_get(root, "schema");
    if (!schema || schema->type != CPI_JSON_STRING || strcmp(schema->string, "crimepolicy/1") != 0)
        return BAD(schema ? schema : root, "not a crimepolicy/1 model (\"schema\")");
    cp_status st;
    if ((st = each(im, root, "documents", read_document)) != CP_OK ||
        (st = each(im, root, "administrations", read_administration)) != CP_OK ||
        (st = each(im, root, "agencies", read_agency)) != CP_OK ||
        (st = each(im, root, "sites", read_site)) != CP_OK ||
        (st = each(im, root, "programs", read_program)) != CP_OK ||
        (st = each(im, root, "programs", read_program_links)) != CP_OK ||
        (st = each(im, root, "figures", read_figure)) != CP_OK)
        return st;
    return CP_OK;
}

/* ---- the documents' own lists, from the mentions ------------------------------------------- */

typedef struct per_doc {
    const cpi_mention_list *(*mentions)(const void *entity);
    size_t count_offset, list_offset; /* in cpi_findings */
} per_doc;

static const cpi_mention_list *site_mentions(const void *e) {
    return &((const cp_site *)e)->mentions;
}
static const cpi_mention_list *program_mentions(const void *e) {
    return &((const cp_program *)e)->mentions;
}
static const cpi_mention_list *official_mentions(const void *e) {
    return &((const cp_official *)e)->mentions;
}

/* Fill each document's list of one kind of entity: those with a mention in
 * it, in the registry's order. Counts first, then one array per document. */
static bool fill_lists(importer *im, const cpi_registry *r, const per_doc *k) {
    for (size_t pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < im->doc_count; i++) {
            cpi_findings *f = im->docs[i]->found;
            uint32_t *count = (uint32_t *)(void *)((char *)f + k->count_offset);
            const void ***list = (const void ***)(void *)((char *)f + k->list_offset);
            if (pass == 1 && *count) {
                *list = cpi_arena_alloc(im->keep, *count * sizeof(void *));
                if (!*list)
                    return false;
            }
            *count = 0;
        }
        for (size_t e = 0; e < r->all.count; e++) {
            const void *entity = ((void *const *)r->all.items)[e];
            const cpi_mention_list *m = k->mentions(entity);
            const cp_document *last = NULL;
            for (size_t j = 0; j < m->count; j++) {
                const cp_document *d = cpi_mention_list_at(m, j)->doc;
                cpi_findings *f = d->found;
                uint32_t *count = (uint32_t *)(void *)((char *)f + k->count_offset);
                const void ***list = (const void ***)(void *)((char *)f + k->list_offset);
                /* mentions come grouped by document: one check avoids repeats */
                if (d == last)
                    continue;
                last = d;
                if (pass == 1)
                    (*list)[*count] = entity;
                (*count)++;
            }
        }
    }
    return true;
}

/* Each document's figures in one array of its own, in the order read. */
static bool fill_figures(importer *im) {
    const cpi_vec *all = &im->model->figures;
    const cp_figure *read = all->items;
    for (size_t i = 0; i < all->count; i++)
        read[i].doc->found->figure_count++;
    for (size_t i = 0; i < im->doc_count; i++) {
        cpi_findings *f = im->docs[i]->found;
        if (f->figure_count) {
            f->figures = cpi_arena_alloc(im->keep, f->figure_count * sizeof(cp_figure));
            if (!f->figures)
                return false;
        }
        f->figure_count = 0;
    }
    for (size_t i = 0; i < all->count; i++) {
        cpi_findings *f = read[i].doc->found;
        f->figures[f->figure_count++] = read[i];
    }
    return true;
}

static bool fill_document_lists(importer *im) {
    static const per_doc SITES = {site_mentions, offsetof(cpi_findings, site_count),
                                  offsetof(cpi_findings, sites)};
    static const per_doc PROGRAMS = {program_mentions, offsetof(cpi_findings, program_count),
                                     offsetof(cpi_findings, programs)};
    static const per_doc OFFICIALS = {official_mentions, offsetof(cpi_findings, official_count),
                                      offsetof(cpi_findings, officials)};
    for (size_t i = 0; i < im->doc_count; i++) {
        cpi_findings *f = cpi_arena_alloc(im->keep, sizeof *f);
        if (!f)
            return false;
        memset(f, 0, sizeof *f);
        im->docs[i]->found = f;
    }
    return fill_lists(im, &im->model->site_reg, &SITES) &&
           fill_lists(im, &im->model->program_reg, &PROGRAMS) &&
           fill_lists(im, &im->model->official_reg, &OFFICIALS) && fill_figures(im);
}

/* ---- the calls ------------------------------------------------------------------------------ */

/* One JSON value: a model of its own, handed to the corpus. */
static cp_status import_value(cp_corpus *c, importer *im, const cpi_json *root) {
    cpi_arena keep, scratch; /* what the corpus keeps; the model's own lists */
    cpi_arena_init_small(&keep, im->mem);
    cpi_arena_init_small(&scratch, im->mem);
    cpi_model model;
    im->keep = &keep;
    im->model = &model;
    im->doc_count = 0;
    if (im->doc_index_cap)
        memset(im->doc_index, 0, im->doc_index_cap * sizeof *im->doc_index);
    cp_status st = CP_OK;
    if (!cpi_model_init_local(&model, im->mem, &keep, &scratch))
        st = nomem(im);
    if (st == CP_OK)
        st = read_model(im, root);
    if (st == CP_OK && !fill_document_lists(im))
        st = nomem(im);
    if (st == CP_OK)
        st = cpi_corpus_take(c, &keep, &model, im->docs, im->doc_count, im->name, im->err);
    cpi_model_release(&model);
    cpi_arena_release(&scratch); /* after the model that lived in it */
    cpi_arena_release(&keep);    /* empty when the corpus took it */
    return st;
}

static cp_status import(cp_corpus *c, const char *name, const char *text, size_t size,
                        cp_error *err) {
    const cpi_mem *mem = cpi_corpus_mem(c);
    cpi_arena scratch;
    cpi_arena_init(&scratch, mem);
    importer im = {name, text, size, NULL, &scratch, NULL, NULL, 0, 0, NULL, 0, mem, err};
    cpi_corpus_txn txn = cpi_corpus_begin(c);
    cp_status st = CP_OK;
    size_t pos = 0, values = 0;
    while (st == CP_OK) {
        size_t at = pos;
        while (at < size && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' ||
                             text[at] == '\r'))
            at++;
        if (at == size)
            break;
        char message[CPI_ERROR_MESSAGE_MAX];
        bool out_of_memory;
        cpi_json *root = cpi_json_read(&scratch, text, size, &pos, message, sizeof message,
                                       &out_of_memory);
        if (!root)
            st = out_of_memory ? nomem(&im) : bad_at(&im, CP_ERR_BAD_JSON, pos, "%s", message);
        else
            st = import_value(c, &im, root);
        values++;
        cpi_arena_release(&scratch); /* the tree is read: keep nothing of it */
    }
    if (st == CP_OK && values == 0)
        st = cpi_error_set(err, CP_ERR_EMPTY, name, 0, 0, 0, "no JSON model in this input");
    st = cpi_corpus_end(c, &txn, st, false, name, err);
    cpi_arena_release(&scratch);
    cpi_mem_free(mem, im.docs);
    cpi_mem_free(mem, im.doc_index);
    return st;
}

cp_status cp_corpus_load_json(cp_corpus *c, const char *name, const char *bytes, size_t size,
                              cp_error *err) {
    if (!c || !name || (!bytes && size))
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, name, 0, 0, 0,
                             "a NULL corpus, name or buffer");
    return import(c, name, bytes ? bytes : "", size, err);
}

cp_status cp_corpus_load_json_file(cp_corpus *c, const char *path, cp_error *err) {
    if (!c || !path)
        return cpi_error_set(err, CP_ERR_INVALID_ARGUMENT, path, 0, 0, 0,
                             "a NULL corpus or path");
    cpi_arena raw;
    cpi_arena_init(&raw, cpi_corpus_mem(c));
    char *bytes;
    size_t size;
    cp_status st = cpi_read_file(&raw, path, cpi_corpus_max_document(c), &bytes, &size, err);
    if (st == CP_OK)
        st = import(c, path, bytes, size, err);
    cpi_arena_release(&raw);
    return st;
}
