/* Shared by the recorder's C files: the trace buffer (records are appended to a static
 * buffer and written with write(2), so recording never allocates from pymalloc) and the
 * record types of tools/recorder/FORMAT.md. */
#ifndef PYMEM_RECORDER_H
#define PYMEM_RECORDER_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define TRACE_VERSION 3u
#define OP_MALLOC 1u
#define OP_CALLOC 2u
#define OP_REALLOC 3u
#define OP_FREE 4u
#define OP_ARENA_ALLOC 5u
#define OP_ARENA_FREE 6u
#define OP_VIRTUAL_ALLOC 7u
#define OP_VIRTUAL_FREE 8u
#define OP_SITE 9u
#define OP_LOCATION 10u
#define OP_EXTENDED 11u
#define OP_ALLOCATED_BLOCKS 12u
#define OP_TYPE_STATS 13u
#define OP_STATS 14u
#define OP_END 15u
#define DOMAIN_OBJ (1u << 4)
#define BIG_SIZE (1u << 5)
#define SIZE_SHIFT 6
#define SMALL_SIZE_LIMIT (1u << 26)

/* Kinds of extended records (bits 6-9 of the first word; bits 10-31 the payload words). */
#define EXT_TIME 1u
#define EXT_COLLECTION 2u
#define EXT_GC_STATS 3u
#define EXT_RESOURCES 4u
#define EXT_KIND_SHIFT 6
#define EXT_WORDS_SHIFT 10

/* Call records (types 1-8) written so far. */
extern uint64_t records;
/* CLOCK_MONOTONIC when the recorder started: every time in the trace counts from here. */
extern struct timespec started;

void put(uint32_t w);
void put64(uint64_t v);
/* The first word of a call record (with its size words); counts the record. */
void put_head(uint32_t op, size_t size);
/* Nanoseconds since `started`. */
uint64_t elapsed_ns(void);
/* Appends the first word of an extended record of `kind` with `words` payload words. */
void put_extended(uint32_t kind, uint32_t words);

/* sites.c: the location index of the innermost Python frame (0: none), writing a location
 * record the first time a location is seen. */
uint32_t current_site(void);

/* collections.c: installs the gc.callbacks hook; writes the gc stats record at the end. */
int install_gc_hook(void);
void write_gc_stats(void);
/* Remembers the result of an object-domain malloc (to tell whether the callback's info dict
 * was freshly allocated, which moved generation 0's count). */
void note_obj_malloc(void *p);

/* settings.c: reads PYMEM_RECORDER_GC (and removes it from the environment) before start-up,
 * and applies it (gc.set_threshold, gc.freeze, gc.disable) just before the program runs. */
int read_gc_settings(void);
int apply_gc_settings(void);

#endif
