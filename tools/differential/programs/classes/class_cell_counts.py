# classes whose methods close over __class__: refcounts of the class and its cell, gc counts and what del + collect frees
import sys, gc
gc.collect()
print(gc.get_count())
class P:
    def m(self):
        return "P" + str(super().__init__() is None)
class Q(P):
    def m(self):
        return super().m()
    def n(self):
        return __class__.__name__
    def o(self):
        return __class__
print(gc.get_count())
print(sys.getrefcount(P), sys.getrefcount(Q), Q().m(), Q().n())
c = Q.n.__closure__[0]
print(sys.getrefcount(c), len(gc.get_referents(c)), gc.get_referents(c)[0] is Q)
del c
print(len(gc.get_referrers(Q)) > 0)
gc.collect()
del Q
print(gc.collect())
del P
print(gc.collect())
