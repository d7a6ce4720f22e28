/* The collector settings a run is recorded under (`pymem compare --config`): PYMEM_RECORDER_GC
 * is read and removed from the environment before CPython starts (so the program's os.environ
 * is the same under every setting), then applied after start-up, just before the program runs,
 * through the gc module's own functions (Modules/gcmodule.c: gc.set_threshold, gc.freeze,
 * gc.disable), so the program starts with the settings it would set itself first thing. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "recorder.h"

static struct {
    int threshold;
    long thresholds[3];
    int freeze;
    int disable;
} wanted;

/* Parses one item: threshold=A[/B[/C]], freeze or disable. Returns 0, or -1 when it is not one. */
static int parse_item(const char *item, size_t len) {
    if (len == 6 && strncmp(item, "freeze", 6) == 0) {
        wanted.freeze = 1;
        return 0;
    }
    if (len == 7 && strncmp(item, "disable", 7) == 0) {
        wanted.disable = 1;
        return 0;
    }
    if (len > 10 && strncmp(item, "threshold=", 10) == 0) {
        long t[3] = {700, 10, 10};
        const char *p = item + 10;
        const char *end = item + len;
        for (int i = 0; i < 3 && p < end; i++) {
            char *stop;
            long v = strtol(p, &stop, 10);
            if (stop == p || v < 0 || v > 2147483647L) return -1;
            t[i] = v;
            p = stop;
            if (p < end && *p == '/' && i < 2) p++;
            else break;
        }
        if (p != end) return -1;
        memcpy(wanted.thresholds, t, sizeof t);
        wanted.threshold = 1;
        return 0;
    }
    return -1;
}

int read_gc_settings(void) {
    const char *spec = getenv("PYMEM_RECORDER_GC");
    if (spec == NULL) return 0;
    int failed = 0;
    const char *p = spec;
    while (*p && !failed) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (!(len == 7 && strncmp(p, "default", 7) == 0) && parse_item(p, len) < 0) {
            fprintf(stderr, "pymem-recorder: PYMEM_RECORDER_GC: not a setting: \"%.*s\" (threshold=A/B/C, freeze, disable or default)\n", (int)len, p);
            failed = 1;
        }
        p += len + (comma ? 1 : 0);
    }
    unsetenv("PYMEM_RECORDER_GC");
    return failed ? -1 : 0;
}

static int call_gc(PyObject *gc, const char *name, PyObject *args) {
    PyObject *fn = PyObject_GetAttrString(gc, name);
    PyObject *r = fn ? PyObject_Call(fn, args, NULL) : NULL;
    Py_XDECREF(fn);
    if (r == NULL) return -1;
    Py_DECREF(r);
    return 0;
}

int apply_gc_settings(void) {
    if (!wanted.threshold && !wanted.freeze && !wanted.disable) return 0;
    PyObject *gc = PyImport_ImportModule("gc");
    PyObject *none = PyTuple_New(0);
    int ok = gc != NULL && none != NULL;
    if (ok && wanted.threshold) {
        PyObject *t = Py_BuildValue("(lll)", wanted.thresholds[0], wanted.thresholds[1], wanted.thresholds[2]);
        ok = t != NULL && call_gc(gc, "set_threshold", t) == 0;
        Py_XDECREF(t);
    }
    if (ok && wanted.freeze) ok = call_gc(gc, "freeze", none) == 0;
    if (ok && wanted.disable) ok = call_gc(gc, "disable", none) == 0;
    Py_XDECREF(none);
    Py_XDECREF(gc);
    return ok ? 0 : -1;
}
