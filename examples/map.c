/* The CLI's `map` command: the sites of a corpus (or of one program) as dots
 * over the outlines of the US states, in the Albers equal-area projection
 * us-atlas uses (scale 1300, translate 487.5,305), with Alaska and Hawaii
 * inset. Each dot is sized by the site's mentions and names it on hover. */
#include "map.h"

#include <math.h>
#include <string.h>

typedef struct outline {
    const char *code;
    const char *name;
    const char *path;
} outline;

static const outline OUTLINES[] = {
#include "state_outlines.inc"
};

enum { WIDTH = 975, HEIGHT = 610 };
static const double SCALE = 1300, TX = 487.5, TY = 305;
static const double PI = 3.14159265358979323846;

/* A conic equal-area projection as d3-geo defines it: rotated by -rot
 * degrees of longitude, standard parallels p0 and p1, the point `center` (in
 * the rotated frame) at (tx, ty), scale k. */
static void conic(double lon, double lat, double rot, double p0, double p1, double clon,
                  double clat, double k, double tx, double ty, double *x, double *y) {
    double r = PI / 180;
    double sy0 = sin(p0 * r), n = (sy0 + sin(p1 * r)) / 2;
    double c = 1 + sy0 * (2 * n - sy0), r0 = sqrt(c) / n;
    double lam = (lon + rot) * r, phi = lat * r;
    double rho = sqrt(c - 2 * n * sin(phi)) / n;
    double px = rho * sin(lam * n), py = r0 - rho * cos(lam * n);
    double crho = sqrt(c - 2 * n * sin(clat * r)) / n;
    double cx = crho * sin(clon * r * n), cy = r0 - crho * cos(clon * r * n);
    *x = tx + k * (px - cx);
    *y = ty - k * (py - cy);
}

void map_project(double lon, double lat, const char *state, double *x, double *y) {
    if (state && strcmp(state, "AK") == 0)
        conic(lon, lat, 154, 55, 65, -2, 58.5, SCALE * 0.35, TX - 0.307 * SCALE,
              TY + 0.201 * SCALE, x, y);
    else if (state && strcmp(state, "HI") == 0)
        conic(lon, lat, 157, 8, 18, -3, 19.9, SCALE, TX - 0.205 * SCALE, TY + 0.212 * SCALE,
              x, y);
    else
        conic(lon, lat, 96, 29.5, 45.5, -0.6, 38.7, SCALE, TX, TY, x, y);
}

static void put_escaped(FILE *out, const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        default:
            fputc(*s, out);
        }
    }
}

static double radius(size_t mentions) { return 3 + 2 * sqrt((double)mentions); }

bool map_write(FILE *out, const cp_corpus *corpus, const cp_program *program) {
    fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                 "width=\"%d\" height=\"%d\" font-family=\"sans-serif\">\n",
            WIDTH, HEIGHT + 40, WIDTH, HEIGHT + 40);
    fputs("<title>", out);
    if (program) {
        fputs("Sites of ", out);
        put_escaped(out, cp_program_name(program));
    } else {
        fputs("Sites named in the corpus", out);
    }
    fputs("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
          "<g id=\"states\" fill=\"#eeeeee\" stroke=\"#999999\" stroke-width=\"0.5\">\n",
          out);
    /* a long outline comes in several consecutive rows of its state */
    size_t rows = sizeof OUTLINES / sizeof OUTLINES[0];
    for (size_t i = 0; i < rows; i++) {
        bool first = i == 0 || strcmp(OUTLINES[i - 1].code, OUTLINES[i].code) != 0;
        bool last = i + 1 == rows || strcmp(OUTLINES[i + 1].code, OUTLINES[i].code) != 0;
        if (first)
            fprintf(out, "<path id=\"state-%s\" d=\"", OUTLINES[i].code);
        fputs(OUTLINES[i].path, out);
        if (last) {
            fputs("\"><title>", out);
            put_escaped(out, OUTLINES[i].name);
            fputs("</title></path>\n", out);
        }
    }
    fputs("</g>\n<g id=\"sites\" fill=\"#c0392b\" fill-opacity=\"0.75\" stroke=\"white\" "
          "stroke-width=\"0.8\">\n",
          out);
    size_t n = program ? cp_program_site_count(program) : cp_corpus_site_count(corpus);
    size_t drawn = 0;
    for (size_t i = 0; i < n; i++) {
        const cp_site *s = program ? cp_program_site_at(program, i) : cp_corpus_site_at(corpus, i);
        double lat, lon, x, y;
        if (!cp_site_coordinates(s, &lat, &lon))
            continue; /* states and unknown places have no point */
        map_project(lon, lat, cp_site_state(s), &x, &y);
        fprintf(out, "<circle class=\"site\" data-id=\"%s\" data-lat=\"%.4f\" data-lon=\"%.4f\" "
                     "cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>",
                cp_site_id(s), lat, lon, x, y, radius(cp_site_mention_count(s)));
        put_escaped(out, cp_site_name(s));
        if (cp_site_state(s)) {
            fputs(", ", out);
            put_escaped(out, cp_site_state(s));
        }
        fprintf(out, " (%zu mention%s)</title></circle>\n", cp_site_mention_count(s),
                cp_site_mention_count(s) == 1 ? "" : "s");
        drawn++;
    }
    fputs("</g>\n", out);
    /* title and legend */
    fprintf(out, "<text x=\"16\" y=\"%d\" font-size=\"18\" font-weight=\"bold\">", HEIGHT + 8);
    if (program)
        put_escaped(out, cp_program_name(program));
    else
        fputs("Sites named in the corpus", out);
    fprintf(out, " (%zu site%s)</text>\n", drawn, drawn == 1 ? "" : "s");
    fprintf(out, "<g id=\"legend\" font-size=\"12\" fill=\"#333333\">\n");
    static const size_t SAMPLES[] = {1, 5, 20};
    double lx = 620;
    for (size_t i = 0; i < 3; i++) {
        double r = radius(SAMPLES[i]);
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%d\" r=\"%.1f\" fill=\"#c0392b\" "
                     "fill-opacity=\"0.75\"/>"
                     "<text x=\"%.1f\" y=\"%d\">%zu mention%s</text>\n",
                lx, HEIGHT + 4, r, lx + r + 4, HEIGHT + 8, SAMPLES[i], SAMPLES[i] == 1 ? "" : "s");
        lx += 2 * r + 90;
    }
    fputs("</g>\n</svg>\n", out);
    return !ferror(out);
}
