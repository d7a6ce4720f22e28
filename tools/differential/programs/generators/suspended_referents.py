# a suspended generator's referents are its code, name, qualname, function and live locals; refcounts of a local held across a yield and released by close
import sys, gc

gc.collect()
class Big:
    pass
def holder(obj):
    local = [obj]
    yield
    yield local
b = Big()
h = holder(b)
print(sys.getrefcount(b), gc.is_tracked(h))
next(h)
print(sys.getrefcount(b), len(gc.get_referents(h)))
refs = gc.get_referents(h)
print(sorted(type(r).__name__ for r in refs))
del refs
h.close()
print(sys.getrefcount(b), len(gc.get_referents(h)), h.gi_frame)
