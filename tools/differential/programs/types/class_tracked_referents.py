# a class is GC-tracked; its referents are its dict, MRO, bases and base
import gc
class K: pass
class S:
    __slots__ = ()
class B(K): pass
print(gc.is_tracked(K), gc.is_tracked(S), gc.is_tracked(B))
print(len(gc.get_referents(K)), len(gc.get_referents(B)))
print(sorted([type(r).__name__ for r in gc.get_referents(B)]))
print(gc.is_tracked(K.__mro__), gc.is_tracked(K.__bases__))
