/* The JSON reader (see json_read.h): recursive descent, depth-limited, every
 * node in the caller's arena; numbers through cpi_decimal, whatever the
 * locale. */
#include "json_read.h"

#include "decimal.h"
#include "utf8.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct reader {
    cpi_arena *arena;
    const char *t;
    size_t n, pos;
    char *message;
    size_t cap;
    bool nomem;
} reader;

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static cpi_json *fail(reader *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->message, r->cap, fmt, ap);
    va_end(ap);
    return NULL;
}

static cpi_json *out_of_memory(reader *r) {
    r->nomem = true;
    return fail(r, "out of memory");
}

static void skip_space(reader *r) {
    while (r->pos < r->n && (r->t[r->pos] == ' ' || r->t[r->pos] == '\t' ||
                             r->t[r->pos] == '\n' || r->t[r->pos] == '\r'))
        r->pos++;
}

static cpi_json *node(reader *r, cpi_json_type type, size_t offset) {
    cpi_json *v = cpi_arena_alloc(r->arena, sizeof *v);
    if (!v)
        return out_of_memory(r);
    memset(v, 0, sizeof *v);
    v->type = type;
    v->offset = offset;
    return v;
}

static int hex4(const char *s) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

/* A string at r->pos (the opening quote): decoded into the arena. */
static const char *read_string(reader *r, size_t *len_out) {
    size_t start = ++r->pos;
    /* the decoded text is never longer than the escaped one */
    size_t end = start;
    while (end < r->n && r->t[end] != '"')
        end += r->t[end] == '\\' ? 2 : 1;
    if (end >= r->n) {
        fail(r, "a string without its closing quote");
        return NULL;
    }
    char *out = cpi_arena_alloc(r->arena, end - start + 1);
    if (!out) {
        out_of_memory(r);
        return NULL;
    }
    size_t w = 0;
    while (r->t[r->pos] != '"') {
        unsigned char c = (unsigned char)r->t[r->pos];
        if (c < 0x20) {
            fail(r, "a control character inside a string");
            return NULL;
        }
        if (c >= 0x80) {
            size_t k = cpi_utf8_sequence(r->t + r->pos, r->n - r->pos);
            if (!k) {
                fail(r, "invalid UTF-8 byte 0x%02x inside a string", c);
                return NULL;
            }
            memcpy(out + w, r->t + r->pos, k);
            w += k;
            r->pos += k;
            continue;
        }
        if (c != '\\') {
            out[w++] = (char)c;
            r->pos++;
            continue;
        }
        char e = r->t[r->pos + 1];
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char decoded[] = "\"\\/\b\f\n\r\t";
            out[w++] = decoded[simple - "\"\\/bfnrt"];
            r->pos += 2;
            continue;
        }
        if (e != 'u' || r->pos + 6 > r->n || hex4(r->t + r->pos + 2) < 0) {
            fail(r, "a bad escape in a string");
            return NULL;
        }
        unsigned cp = (unsigned)hex4(r->t + r->pos + 2);
        r->pos += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            int lo = r->pos + 6 <= r->n && r->t[r->pos] == '\\' && r->t[r->pos + 1] == 'u'
                         ? hex4(r->t + r->pos + 2)
                         : -1;
            if (lo < 0xDC00 || lo > 0xDFFF) {
                fail(r, "a lone surrogate escape in a string");
                return NULL;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
            r->pos += 6;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            fail(r, "a lone surrogate escape in a string");
            return NULL;
        }
        if (cp == 0) {
            fail(r, "a NUL character in a string");
            return NULL;
        }
        w += cpi_utf8_encode((int32_t)cp, out + w);
    }
    r->pos++; /* the closing quote */
    out[w] = '\0';
    *len_out = w;
    return out;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static cpi_json *read_number(reader *r) {
    size_t start = r->pos, i = r->pos;
    if (i < r->n && r->t[i] == '-')
        i++;
    if (i < r->n && r->t[i] == '0')
        i++;
    else if (i < r->n && is_digit(r->t[i]))
        while (i < r->n && is_digit(r->t[i]))
            i++;
    else
        return fail(r, "a bad number");
    if (i < r->n && r->t[i] == '.') {
        i++;
        if (i >= r->n || !is_digit(r->t[i]))
            return fail(r, "a bad number");
        while (i < r->n && is_digit(r->t[i]))
            i++;
    }
    if (i < r->n && (r->t[i] == 'e' || r->t[i] == 'E')) {
        i++;
        if (i < r->n && (r->t[i] == '+' || r->t[i] == '-'))
            i++;
        if (i >= r->n || !is_digit(r->t[i]))
            return fail(r, "a bad number");
        while (i < r->n && is_digit(r->t[i]))
            i++;
    }
    double number = cpi_decimal(r->t + start, i - start);
    if (!isfinite(number))
        return fail(r, "a number beyond the range of a double");
    cpi_json *v = node(r, CPI_JSON_NUMBER, start);
    if (!v)
        return NULL;
    v->number = number;
    r->pos = i;
    return v;
}

/* Children are gathered in a growing arena array, then kept as they are. */
static bool add_child(reader *r, cpi_json **items, size_t *count, size_t *cap,
                      const cpi_json *child) {
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        cpi_json *grown = cpi_arena_alloc(r->arena, ncap * sizeof *grown);
        if (!grown)
            return false;
        if (*count)
            memcpy(grown, *items, *count * sizeof *grown);
        *items = grown;
        *cap = ncap;
    }
    (*items)[(*count)++] = *child;
    return true;
}

static cpi_json *read_value(reader *r, int depth);

static cpi_json *read_container(reader *r, int depth, bool object) {
    if (depth >= CPI_JSON_MAX_DEPTH)
        return fail(r, "nesting deeper than %d levels", CPI_JSON_MAX_DEPTH);
    cpi_json *v = node(r, object ? CPI_JSON_OBJECT : CPI_JSON_ARRAY, r->pos);
    if (!v)
        return NULL;
    char close = object ? '}' : ']';
    size_t cap = 0;
    r->pos++;
    skip_space(r);
    if (r->pos < r->n && r->t[r->pos] == close) {
        r->pos++;
        return v;
    }
    for (;;) {
        const char *key = NULL;
        if (object) {
            size_t klen;
            if (r->pos >= r->n || r->t[r->pos] != '"')
                return fail(r, "expected a key in quotes");
            key = read_string(r, &klen);
            if (!key)
                return NULL;
            skip_space(r);
            if (r->pos >= r->n || r->t[r->pos] != ':')
                return fail(r, "expected ':' after a key");
            r->pos++;
            skip_space(r);
        }
        cpi_json *child = read_value(r, depth + 1);
        if (!child)
            return NULL;
        child->key = key;
        if (!add_child(r, &v->items, &v->length, &cap, child))
            return out_of_memory(r);
        skip_space(r);
        if (r->pos < r->n && r->t[r->pos] == ',') {
            r->pos++;
            skip_space(r);
            continue;
        }
        if (r->pos < r->n && r->t[r->pos] == close) {
            r->pos++;
            return v;
        }
        return fail(r, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static cpi_json *read_word(reader *r, const char *word, cpi_json_type type) {
    size_t n = strlen(word);
    if (r->n - r->pos < n || memcmp(r->t + r->pos, word, n) != 0)
        return fail(r, "an unexpected character");
    cpi_json *v = node(r, type, r->pos);
    if (v)
        r->pos += n;
    return v;
}

static cpi_json *read_value(reader *r, int depth) {
    if (r->pos >= r->n)
        return fail(r, "the text ends where a value should be");
    char c = r->t[r->pos];
    switch (c) {
    case '{':
        return read_container(r, depth, true);
    case '[':
        return read_container(r, depth, false);
    case '"': {
        size_t start = r->pos, len;
        const char *s = read_string(r, &len);
        if (!s)
            return NULL;
        cpi_json *v = node(r, CPI_JSON_STRING, start);
        if (v) {
            v->string = s;
            v->length = len;
        }
        return v;
    }
    case 't':
        return read_word(r, "true", CPI_JSON_TRUE);
    case 'f':
        return read_word(r, "false", CPI_JSON_FALSE);
    case 'n':
        return read_word(r, "null", CPI_JSON_NULL);
    default:
        if (c == '-' || is_digit(c))
            return read_number(r);
        return fail(r, "an unexpected character");
    }
}

cpi_json *cpi_json_read(cpi_arena *arena, const char *text, size_t size, size_t *pos,
                        char *message, size_t cap, bool *nomem) {
    reader r = {arena, text, size, *pos, message, cap, false};
    skip_space(&r);
    cpi_json *v = read_value(&r, 0);
    if (v)
        skip_space(&r);
    *pos = r.pos;
    *nomem = r.nomem;
    return v;
}

const cpi_json *cpi_json_get(const cpi_json *object, const char *key) {
    if (!object || object->type != CPI_JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < object->length; i++)
        if (strcmp(object->items[i].key, key) == 0)
            return &object->items[i];
    return NULL;
}
