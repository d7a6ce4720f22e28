/* Collections of CPython 3.11's cycle collector (Modules/gcmodule.c), recorded through
 * gc.callbacks: a C function appended to the list before the program's main phase runs is
 * called by invoke_gc_callback with "start" before gc_collect_main and "stop" after it, for
 * every collection that updates gc.get_stats() (automatic ones and gc.collect(); the
 * finalization-time collections come after recording ends). The generation counts are read
 * from the interpreter's gc state, not through gc.get_count(), so nothing is allocated; the
 * gc.get_stats() numbers at the start and at the end are read the same way. */
#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE 1
#include <Python.h>
#include "internal/pycore_interp.h"
#include "internal/pycore_pystate.h"
#include "recorder.h"

/* The last few object-domain malloc results: invoke_gc_callback builds its info dict (from
 * the dict free list, or freshly, which adds one to generation 0's count) and a few strings
 * and keys just before calling us. */
#define RECENT 16
static void *recent[RECENT];
static unsigned recent_next = 0;

void note_obj_malloc(void *p) {
    recent[recent_next++ & (RECENT - 1)] = p;
}

static struct {
    int open;
    uint64_t start_ns;
    uint64_t at_call;
    int counts[3];
} pending;

static struct gc_generation_stats baseline[NUM_GENERATIONS];

static int fresh(PyObject *info) {
    void *block = (char *)info - sizeof(PyGC_Head);
    for (unsigned i = 0; i < RECENT; i++)
        if (recent[i] == block) return 1;
    return 0;
}

/* Reads an int value of the info dict without allocating (PyDict_Next, ASCII compares). */
static Py_ssize_t info_value(PyObject *info, const char *key) {
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (PyDict_Next(info, &pos, &k, &v)) {
        if (PyUnicode_Check(k) && PyUnicode_CompareWithASCIIString(k, key) == 0) return PyLong_AsSsize_t(v);
    }
    return -1;
}

static PyObject *gc_callback(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyDict_Check(args[1])) Py_RETURN_NONE;
    PyObject *info = args[1];
    struct _gc_runtime_state *gc = &_PyInterpreterState_GET()->gc;
    int is_start = PyUnicode_GET_LENGTH(args[0]) == 5 && PyUnicode_READ_CHAR(args[0], 2) == 'a';
    if (is_start) {
        pending.open = 1;
        pending.start_ns = elapsed_ns();
        pending.at_call = records;
        for (int i = 0; i < 3; i++) pending.counts[i] = gc->generations[i].count;
        /* A dict popped from the free list leaves numfree >= 0 and the count alone; one
         * allocated afresh (only when the free list was empty) added one to the count. */
        if (_PyInterpreterState_GET()->dict_state.numfree == 0 && fresh(info) && pending.counts[0] > 0) pending.counts[0]--;
        Py_RETURN_NONE;
    }
    if (!pending.open) Py_RETURN_NONE;
    pending.open = 0;
    uint64_t end_ns = elapsed_ns();
    Py_ssize_t generation = info_value(info, "generation");
    Py_ssize_t collected = info_value(info, "collected");
    Py_ssize_t uncollectable = info_value(info, "uncollectable");
    put_extended(EXT_COLLECTION, 14);
    put((uint32_t)generation);
    put64(pending.start_ns);
    put64(end_ns);
    put64((uint64_t)collected);
    put64((uint64_t)uncollectable);
    for (int i = 0; i < 3; i++) put((uint32_t)pending.counts[i]);
    put64(pending.at_call);
    Py_RETURN_NONE;
}

static PyMethodDef callback_def = {"_pymem_recorder_gc", (PyCFunction)(void (*)(void))gc_callback, METH_FASTCALL, NULL};

int install_gc_hook(void) {
    PyObject *gcmod = PyImport_ImportModule("gc");
    PyObject *callbacks = gcmod ? PyObject_GetAttrString(gcmod, "callbacks") : NULL;
    PyObject *fn = PyCFunction_New(&callback_def, NULL);
    int ok = callbacks && fn && PyList_Append(callbacks, fn) == 0;
    Py_XDECREF(fn);
    Py_XDECREF(callbacks);
    Py_XDECREF(gcmod);
    if (!ok) return -1;
    struct _gc_runtime_state *gc = &_PyInterpreterState_GET()->gc;
    for (int i = 0; i < NUM_GENERATIONS; i++) baseline[i] = gc->generation_stats[i];
    return 0;
}

/* The gc stats record: gc.get_stats() when the hook was installed and now, the thresholds,
 * the counts, whether automatic collection is enabled and gc.get_freeze_count(). */
void write_gc_stats(void) {
    struct _gc_runtime_state *gc = &_PyInterpreterState_GET()->gc;
    put_extended(EXT_GC_STATS, 44);
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        put64((uint64_t)baseline[i].collections);
        put64((uint64_t)baseline[i].collected);
        put64((uint64_t)baseline[i].uncollectable);
    }
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        put64((uint64_t)gc->generation_stats[i].collections);
        put64((uint64_t)gc->generation_stats[i].collected);
        put64((uint64_t)gc->generation_stats[i].uncollectable);
    }
    for (int i = 0; i < NUM_GENERATIONS; i++) put((uint32_t)gc->generations[i].threshold);
    for (int i = 0; i < NUM_GENERATIONS; i++) put((uint32_t)gc->generations[i].count);
    put((uint32_t)gc->enabled);
    /* gc.get_freeze_count() is the length of the permanent generation's list (gc.freeze()
     * merges the lists and leaves its count field alone); walking it allocates nothing. */
    uint32_t frozen = 0;
    PyGC_Head *head = &gc->permanent_generation.head;
    for (PyGC_Head *g = _PyGCHead_NEXT(head); g != head; g = _PyGCHead_NEXT(g)) frozen++;
    put(frozen);
}
