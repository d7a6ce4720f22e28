# a list subclass instance: a list plus dict and weakref pointers; growth after append
import sys, gc
class L(list): pass
a = L([1, 2, 3])
print(sys.getsizeof(a), sys.getsizeof([1, 2, 3]))
a.append(4)
print(sys.getsizeof(a), len(a), a)
print(sys.getsizeof(L()), gc.is_tracked(L()), type(a).__name__, isinstance(a, list))
a.tag = 'x'
print(sys.getsizeof(a), a.tag, sys.getrefcount(L))
