/* pymem-recorder: runs a Python program in an embedded CPython and records every call to
 * pymalloc (the PYMEM_DOMAIN_MEM and PYMEM_DOMAIN_OBJ allocators) and to the arena allocator,
 * with sizes and addresses, into a compact binary allocator trace. At exit (an atexit
 * callback registered before the program runs, so it is the last one to run) it restores the
 * original allocators and appends CPython's own `_PyObject_DebugMallocStats` table.
 *
 * Usage: [PYMEM_RECORDER_GC=SETTINGS] pymem-recorder TRACE_FILE [python options] SCRIPT.py [ARGS...]
 *        pymem-recorder TRACE_FILE [python options] -m MODULE [ARGS...]
 *
 * The trace format is documented in tools/recorder/FORMAT.md. Recording never allocates:
 * records go into a static buffer that is written out with write(2).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <unistd.h>
#include "recorder.h"

/* Declared in CPython's internal headers (pycore_pymem.h, pycore_object.h) but exported. */
PyAPI_FUNC(int) _PyObject_DebugMallocStats(FILE *out);
PyAPI_FUNC(void) _PyObject_DebugTypeStats(FILE *out);
PyAPI_FUNC(Py_ssize_t) _Py_GetAllocatedBlocks(void);

static int out_fd = -1;
static int recording = 0;
/* Set while a wrapped pymalloc call runs: arena calls then come from pymalloc itself. Outside
 * of one they come from _PyObject_VirtualAlloc (3.11 frame data-stack chunks), not arenas. */
static int in_pymalloc = 0;
static int write_failed = 0;
uint64_t records = 0;
struct timespec started;
/* The site of the last allocation call written (a site record precedes a call whose site differs). */
static uint32_t last_site = 0;

#define BUF_WORDS (1u << 18)
static uint32_t buf[BUF_WORDS];
static size_t buf_len = 0;

static void flush_buffer(void) {
    const char *p = (const char *)buf;
    size_t left = buf_len * 4;
    while (left > 0 && !write_failed) {
        ssize_t n = write(out_fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            write_failed = 1;
            break;
        }
        p += n;
        left -= (size_t)n;
    }
    buf_len = 0;
}

void put(uint32_t w) {
    if (buf_len == BUF_WORDS) flush_buffer();
    buf[buf_len++] = w;
}

void put64(uint64_t v) {
    put((uint32_t)v);
    put((uint32_t)(v >> 32));
}

uint64_t elapsed_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)(now.tv_sec - started.tv_sec) * 1000000000ull + (uint64_t)(now.tv_nsec - started.tv_nsec);
}

void put_extended(uint32_t kind, uint32_t words) {
    put(OP_EXTENDED | (kind << EXT_KIND_SHIFT) | (words << EXT_WORDS_SHIFT));
}

/* Every TIME_EVERY call records, a time record: the coarse timestamp of the calls after it. */
#define TIME_EVERY 256u

void put_head(uint32_t op, size_t size) {
    if ((records & (TIME_EVERY - 1)) == 0) {
        put_extended(EXT_TIME, 2);
        put64(elapsed_ns());
    }
    if (size < SMALL_SIZE_LIMIT) {
        put(op | ((uint32_t)size << SIZE_SHIFT));
    } else {
        put(op | BIG_SIZE);
        put64((uint64_t)size);
    }
    records++;
}

/* Before an allocation call: the site record when the site changed. */
static inline void put_site(void) {
    uint32_t site = current_site();
    if (site != last_site) {
        put(OP_SITE | (site << SIZE_SHIFT));
        last_site = site;
    }
}

typedef struct {
    PyMemAllocatorEx orig;
    uint32_t domain;
} wrapped_domain;

static wrapped_domain mem_domain = {.domain = 0};
static wrapped_domain obj_domain = {.domain = DOMAIN_OBJ};
static PyObjectArenaAllocator orig_arena;

static void *rec_malloc(void *ctx, size_t size) {
    wrapped_domain *d = ctx;
    in_pymalloc = 1;
    void *p = d->orig.malloc(d->orig.ctx, size);
    in_pymalloc = 0;
    if (recording) {
        if (d->domain) note_obj_malloc(p);
        put_site();
        put_head(OP_MALLOC | d->domain, size);
        put64((uintptr_t)p);
    }
    return p;
}

static void *rec_calloc(void *ctx, size_t nelem, size_t elsize) {
    wrapped_domain *d = ctx;
    in_pymalloc = 1;
    void *p = d->orig.calloc(d->orig.ctx, nelem, elsize);
    in_pymalloc = 0;
    if (recording) {
        put_site();
        put_head(OP_CALLOC | d->domain, nelem * elsize);
        put64((uintptr_t)p);
    }
    return p;
}

static void *rec_realloc(void *ctx, void *ptr, size_t size) {
    wrapped_domain *d = ctx;
    in_pymalloc = 1;
    void *p = d->orig.realloc(d->orig.ctx, ptr, size);
    in_pymalloc = 0;
    if (recording) {
        put_site();
        put_head(OP_REALLOC | d->domain, size);
        put64((uintptr_t)ptr);
        put64((uintptr_t)p);
    }
    return p;
}

static void rec_free(void *ctx, void *ptr) {
    wrapped_domain *d = ctx;
    in_pymalloc = 1;
    d->orig.free(d->orig.ctx, ptr);
    in_pymalloc = 0;
    if (recording) {
        put_head(OP_FREE | d->domain, 0);
        put64((uintptr_t)ptr);
    }
}

static void *rec_arena_alloc(void *ctx, size_t size) {
    (void)ctx;
    void *p = orig_arena.alloc(orig_arena.ctx, size);
    if (recording) {
        put_head(in_pymalloc ? OP_ARENA_ALLOC : OP_VIRTUAL_ALLOC, size);
        put64((uintptr_t)p);
    }
    return p;
}

static void rec_arena_free(void *ctx, void *ptr, size_t size) {
    (void)ctx;
    orig_arena.free(orig_arena.ctx, ptr, size);
    if (recording) {
        put_head(in_pymalloc ? OP_ARENA_FREE : OP_VIRTUAL_FREE, size);
        put64((uintptr_t)ptr);
    }
}

static void install_wrappers(void) {
    PyMemAllocatorEx alloc;
    PyMem_GetAllocator(PYMEM_DOMAIN_MEM, &mem_domain.orig);
    PyMem_GetAllocator(PYMEM_DOMAIN_OBJ, &obj_domain.orig);
    PyObject_GetArenaAllocator(&orig_arena);

    alloc.malloc = rec_malloc;
    alloc.calloc = rec_calloc;
    alloc.realloc = rec_realloc;
    alloc.free = rec_free;
    alloc.ctx = &mem_domain;
    PyMem_SetAllocator(PYMEM_DOMAIN_MEM, &alloc);
    alloc.ctx = &obj_domain;
    PyMem_SetAllocator(PYMEM_DOMAIN_OBJ, &alloc);

    PyObjectArenaAllocator arena = {NULL, rec_arena_alloc, rec_arena_free};
    PyObject_SetArenaAllocator(&arena);
    recording = 1;
}

static int type_stats(FILE *out) {
    _PyObject_DebugTypeStats(out);
    return 1;
}

/* Appends a text record: what `print` writes to a FILE, padded to whole words. */
static void write_text(uint32_t op, int (*print)(FILE *)) {
    char *text = NULL;
    size_t text_len = 0;
    FILE *mem = open_memstream(&text, &text_len);
    if (mem == NULL) return;
    print(mem);
    fclose(mem);
    put_head(op, text_len);
    records--; /* text records are not calls */
    size_t words = (text_len + 3) / 4;
    for (size_t i = 0; i < words; i++) {
        uint32_t w = 0;
        size_t n = text_len - i * 4 < 4 ? text_len - i * 4 : 4;
        memcpy(&w, text + i * 4, n);
        put(w);
    }
    free(text);
}

static uint64_t timeval_ns(struct timeval t) {
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_usec * 1000ull;
}

/* The resources record: the process's peak resident set (ru_maxrss) and its CPU times so far. */
static void write_resources(void) {
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) != 0) return;
    put_extended(EXT_RESOURCES, 6);
    put64((uint64_t)usage.ru_maxrss * 1024ull);
    put64(timeval_ns(usage.ru_utime));
    put64(timeval_ns(usage.ru_stime));
}

/* Restores the original allocators, then appends the stats table and the END record. */
static void finish_trace(void) {
    if (!recording) return;
    recording = 0;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    PyMem_SetAllocator(PYMEM_DOMAIN_MEM, &mem_domain.orig);
    PyMem_SetAllocator(PYMEM_DOMAIN_OBJ, &obj_domain.orig);
    PyObject_SetArenaAllocator(&orig_arena);

    /* open_memstream uses libc malloc, never pymalloc, so it does not disturb the table. */
    /* sys.getallocatedblocks(): pymalloc blocks in use plus raw_allocated_blocks. */
    write_gc_stats();
    write_resources();
    put(OP_ALLOCATED_BLOCKS);
    put64((uint64_t)_Py_GetAllocatedBlocks());
    write_text(OP_STATS, _PyObject_DebugMallocStats);
    write_text(OP_TYPE_STATS, type_stats);
    uint64_t elapsed = (uint64_t)(now.tv_sec - started.tv_sec) * 1000000000ull + (uint64_t)(now.tv_nsec - started.tv_nsec);
    uint64_t count = records;
    put(OP_END);
    put64(count);
    put64(elapsed);
    flush_buffer();
    if (write_failed) fprintf(stderr, "pymem-recorder: writing the trace failed: %s\n", strerror(errno));
}

static PyObject *finish_callback(PyObject *self, PyObject *args) {
    (void)self;
    (void)args;
    finish_trace();
    Py_RETURN_NONE;
}

static PyMethodDef finish_def = {"_pymem_recorder_finish", finish_callback, METH_NOARGS, NULL};

static void write_header(void) {
    /* magic "PYMALTRC", version, header bytes, pointer bits, PY_VERSION_HEX, 8 reserved bytes */
    static const char magic[8] = {'P', 'Y', 'M', 'A', 'L', 'T', 'R', 'C'};
    uint32_t w[2];
    memcpy(w, magic, 8);
    put(w[0]);
    put(w[1]);
    put(TRACE_VERSION);
    put(32);
    put((uint32_t)(sizeof(void *) * 8));
    put((uint32_t)PY_VERSION_HEX);
    put(0);
    put(0);
}

static int fail_status(PyStatus status) {
    if (PyStatus_IsExit(status)) return status.exitcode;
    Py_ExitStatusException(status);
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s TRACE_FILE [python options] SCRIPT.py|-m MODULE|-c CODE [ARGS...]\n", argv[0]);
        return 2;
    }
    if (read_gc_settings() < 0) return 2;
    out_fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out_fd < 0) {
        fprintf(stderr, "pymem-recorder: cannot open %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &started);
    write_header();

    /* Python sees argv[0] = "python3" and the rest after the trace file. */
    int py_argc = argc - 1;
    char **py_argv = argv + 1;
    py_argv[0] = "python3";

    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    preconfig.allocator = PYMEM_ALLOCATOR_PYMALLOC;
    PyStatus status = Py_PreInitializeFromBytesArgs(&preconfig, py_argc, py_argv);
    if (PyStatus_Exception(status)) return fail_status(status);

    /* pymalloc is now the MEM and OBJ allocator and nothing has been allocated from it yet. */
    install_wrappers();

    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    status = PyConfig_SetBytesArgv(&config, py_argc, py_argv);
    if (PyStatus_Exception(status)) {
        PyConfig_Clear(&config);
        return fail_status(status);
    }
    /* Two phases, so the gc hook sees the collections of the main phase (site and the
     * imports it makes) too: only the core phase's run before it. */
    config._init_main = 0;
    status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) return fail_status(status);
    if (install_gc_hook() < 0) {
        PyErr_Print();
        return 1;
    }
    status = _Py_InitializeMain();
    if (PyStatus_Exception(status)) return fail_status(status);

    PyObject *atexit = PyImport_ImportModule("atexit");
    PyObject *callback = PyCFunction_New(&finish_def, NULL);
    PyObject *r = atexit && callback ? PyObject_CallMethod(atexit, "register", "O", callback) : NULL;
    if (r == NULL) {
        PyErr_Print();
        return 1;
    }
    Py_DECREF(r);
    Py_DECREF(callback);
    Py_DECREF(atexit);

    if (apply_gc_settings() < 0) {
        PyErr_Print();
        return 1;
    }

    int code = Py_RunMain();
    finish_trace(); /* no-op when the atexit callback already ran */
    close(out_fd);
    return write_failed ? 3 : code;
}
