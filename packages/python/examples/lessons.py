# The classic lessons of Python memory management, as a program you can run twice:
#   python3 packages/python/examples/lessons.py
#   npx pymem run packages/python/examples/lessons.py
# Both print the same lines: pymem simulates CPython 3.11's memory manager number for number.
import gc
import sys


def lesson(n, title):
    print()
    print("Lesson " + str(n) + ": " + title)
    print("-" * (len(title) + 10))


lesson(1, "every object counts its references")
a = []
b = a
print("a = []; b = a")
print("sys.getrefcount(a) =", sys.getrefcount(a))
print("  three: the name a, the name b, and getrefcount's own argument.")
del b
print("del b  ->", sys.getrefcount(a))
holder = [a, a]
print("holder = [a, a]  ->", sys.getrefcount(a), "(each list slot is a reference)")
del holder


lesson(2, "an object dies the moment its count reaches zero")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__ of", self.name, "runs now")


n = Noisy("n")
print("del n:")
del n
print("(no collector was needed: the count went to 0)")


lesson(3, "a reference cycle is invisible to reference counting")
gc.collect()
x = Noisy("x")
y = Noisy("y")
x.partner = y
y.partner = x
print("x.partner = y; y.partner = x; del x, y:")
del x, y
print("  ...nothing: each still holds the other, so neither count is 0.")
print("gc.collect() finds the cycle:")
found = gc.collect()
print("gc.collect() returned", found, "(the two instances)")


lesson(4, "the collector runs by itself, by generations")
print("gc.get_threshold() =", gc.get_threshold())
print("  generation 0 is collected when allocations minus frees of container")
print("  objects exceed 700; every 11th young collection also collects generation 1.")
gc.collect()
keep = []
for i in range(1000):
    keep.append([i])
counts = gc.get_count()
print("after keeping 1000 new lists: generation 1 count =", counts[1], "(a young collection ran)")
gc.set_threshold(5000, 10, 10)
print("gc.set_threshold(5000, 10, 10): fewer automatic collections, more memory held")
gc.set_threshold(700, 10, 10)
del keep
gc.disable()
print("gc.disable() stops automatic runs: gc.isenabled() ->", gc.isenabled())
gc.enable()


lesson(5, "small ints and some strings are shared, not copied")
i = int("256")
j = int("256")
print("int('256') is int('256') ->", i is j, "(ints -5..256 are cached)")
i = int("257")
j = int("257")
print("int('257') is int('257') ->", i is j)
s = "-".join(["py", "mem"])
t = "-".join(["py", "mem"])
print("'py-mem' built at run time twice: s is t ->", s is t)
print("sys.intern(s) is sys.intern(t) ->", sys.intern(s) is sys.intern(t))
u = "xyz"
v = "axb"
print("one-character strings are cached: u[0] is v[1] ->", u[0] is v[1])


lesson(6, "small objects live in pymalloc's pools")
print("sys.getsizeof(0) =", sys.getsizeof(0), " sys.getsizeof(2**100) =", sys.getsizeof(2 ** 100))
print("sys.getsizeof('') =", sys.getsizeof(""), " sys.getsizeof([]) =", sys.getsizeof([]))
print("  blocks of up to 512 bytes come from 16 KiB pools, one size class per 16 bytes,")
print("  inside 1 MiB arenas; sys._debugmallocstats() prints the table (on stderr).")
lst = []
for k in range(8):
    lst.append(k)
    print("  list of", len(lst), "items: getsizeof =", sys.getsizeof(lst))
print("  the list over-allocates, so appends are cheap on average.")
print()
print("Done. Run it with --trace run.jsonl to see every event behind these lines.")
