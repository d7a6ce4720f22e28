/* Allocation sites: the file, line and function of the innermost Python frame, read from the
 * thread state without allocating, as CPython 3.11's Modules/_tracemalloc.c does
 * (tstate->cframe->current_frame, PyCode_Addr2Line of the frame's last instruction).
 * Locations are numbered from 1 in the order first seen; each is written once as a location
 * record, and the allocation calls refer to it through site records (FORMAT.md).
 *
 * Two tables, both in libc memory (never pymalloc, so the trace is not disturbed):
 * - a cache from (code object, instruction offset) to the location index, checked against
 *   the code's filename, name and first line, so a code object freed and another allocated
 *   at the same address is not mistaken for it;
 * - the locations by content (file, function, line), so equal locations share one index. */
#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE 1
#include <Python.h>
#include "internal/pycore_frame.h"
#include "internal/pycore_pystate.h"
#include <stdlib.h>
#include <string.h>
#include "recorder.h"

typedef struct {
    PyCodeObject *code;
    PyObject *filename;
    PyObject *name;
    int lasti;
    int firstlineno;
    uint32_t index;
} cache_entry;

#define CACHE_BITS 16
static cache_entry cache[1u << CACHE_BITS];

typedef struct {
    uint64_t hash;
    char *text; /* "file\0function" */
    uint32_t text_len;
    int line;
    uint32_t index;
} location;

static location *locations = NULL; /* open addressing by hash, capacity a power of two */
static uint32_t capacity = 0;
static uint32_t count = 0;

/* UTF-8 of a str into buf (at most cap bytes), without the string's own UTF-8 cache. */
static uint32_t utf8(PyObject *s, char *buf, uint32_t cap) {
    if (s == NULL || !PyUnicode_Check(s) || PyUnicode_READY(s) < 0) return 0;
    if (PyUnicode_IS_ASCII(s)) {
        Py_ssize_t n = PyUnicode_GET_LENGTH(s);
        if ((size_t)n > cap) n = cap;
        memcpy(buf, PyUnicode_DATA(s), (size_t)n);
        return (uint32_t)n;
    }
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    uint32_t out = 0;
    for (Py_ssize_t i = 0; i < n && out + 4 <= cap; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 0x80) buf[out++] = (char)c;
        else if (c < 0x800) {
            buf[out++] = (char)(0xc0 | (c >> 6));
            buf[out++] = (char)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; /* lone surrogates (surrogateescape names) */
            buf[out++] = (char)(0xe0 | (c >> 12));
            buf[out++] = (char)(0x80 | ((c >> 6) & 0x3f));
            buf[out++] = (char)(0x80 | (c & 0x3f));
        } else {
            buf[out++] = (char)(0xf0 | (c >> 18));
            buf[out++] = (char)(0x80 | ((c >> 12) & 0x3f));
            buf[out++] = (char)(0x80 | ((c >> 6) & 0x3f));
            buf[out++] = (char)(0x80 | (c & 0x3f));
        }
    }
    return out;
}

static uint64_t fnv(const char *p, uint32_t n, uint64_t h) {
    for (uint32_t i = 0; i < n; i++) h = (h ^ (uint8_t)p[i]) * 1099511628211ull;
    return h;
}

static void grow(void) {
    uint32_t cap = capacity ? capacity * 2 : 4096;
    location *table = calloc(cap, sizeof(location));
    if (table == NULL) abort();
    for (uint32_t i = 0; i < capacity; i++) {
        if (locations[i].text == NULL) continue;
        uint32_t j = (uint32_t)locations[i].hash & (cap - 1);
        while (table[j].text != NULL) j = (j + 1) & (cap - 1);
        table[j] = locations[i];
    }
    free(locations);
    locations = table;
    capacity = cap;
}

/* Writes a location record: line, then "file\0function" padded to whole words. */
static void write_location(const location *loc) {
    put(OP_LOCATION | (loc->text_len << SIZE_SHIFT));
    put((uint32_t)loc->line);
    uint32_t words = (loc->text_len + 3) / 4;
    for (uint32_t i = 0; i < words; i++) {
        uint32_t w = 0;
        uint32_t n = loc->text_len - i * 4 < 4 ? loc->text_len - i * 4 : 4;
        memcpy(&w, loc->text + i * 4, n);
        put(w);
    }
}

/* The index of (file, function, line), adding and writing it when new. */
static uint32_t intern_location(PyObject *filename, PyObject *name, int line) {
    static char text[8192];
    uint32_t f = utf8(filename, text, 4096);
    text[f] = '\0';
    uint32_t len = f + 1 + utf8(name, text + f + 1, 4000);
    uint64_t h = fnv(text, len, 1469598103934665603ull) ^ (uint64_t)(uint32_t)line * 0x9e3779b97f4a7c15ull;
    if ((count + 1) * 2 > capacity) grow();
    uint32_t j = (uint32_t)h & (capacity - 1);
    for (; locations[j].text != NULL; j = (j + 1) & (capacity - 1)) {
        location *l = &locations[j];
        if (l->hash == h && l->line == line && l->text_len == len && memcmp(l->text, text, len) == 0) return l->index;
    }
    location *l = &locations[j];
    l->text = malloc(len);
    if (l->text == NULL) abort();
    memcpy(l->text, text, len);
    l->hash = h;
    l->text_len = len;
    l->line = line;
    l->index = ++count;
    write_location(l);
    return l->index;
}

uint32_t current_site(void) {
    PyThreadState *ts = _PyThreadState_GET();
    if (ts == NULL || ts->cframe == NULL) return 0;
    _PyInterpreterFrame *frame = ts->cframe->current_frame;
    if (frame == NULL) return 0;
    PyCodeObject *code = frame->f_code;
    int lasti = _PyInterpreterFrame_LASTI(frame);
    uintptr_t key = ((uintptr_t)code >> 4) * 31u + (uintptr_t)lasti;
    cache_entry *e = &cache[(key ^ (key >> CACHE_BITS)) & ((1u << CACHE_BITS) - 1)];
    if (e->code == code && e->lasti == lasti && e->filename == code->co_filename && e->name == code->co_name &&
        e->firstlineno == code->co_firstlineno) {
        return e->index;
    }
    /* As _PyInterpreterFrame_GetLine: the line of the last instruction. Instructions
     * without a line (the prelude that makes cells, before the frame is complete) count
     * as the function's first line, where tracemalloc would say 0. */
    int line = PyCode_Addr2Line(code, lasti * (int)sizeof(_Py_CODEUNIT));
    if (line < 0) line = code->co_firstlineno;
    e->code = code;
    e->lasti = lasti;
    e->filename = code->co_filename;
    e->name = code->co_name;
    e->firstlineno = code->co_firstlineno;
    e->index = intern_location(code->co_filename, code->co_name, line);
    return e->index;
}
