# a metaclass local to a function (a closure over the class keyword), classes made in a loop, and what collecting them frees
import sys, gc
def factory(n):
    class Meta(type):
        count = 0
        def __init__(cls, name, bases, ns, **kw):
            super().__init__(name, bases, ns)
            Meta.count += 1
    made = []
    for i in range(n):
        class K(metaclass=Meta):
            pass
        made.append(K)
    return Meta, made
Meta, made = factory(3)
print(Meta.count, [type(k) is Meta for k in made], sys.getrefcount(Meta), len(set(made)))
del made
print(gc.collect(), sys.getrefcount(Meta))
del Meta
print(gc.collect())
