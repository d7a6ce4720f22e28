# __slots__ with inheritance: sizes of instances, whether they get a __dict__, and member descriptors
import sys
class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b', 'c')
class C(B): pass
class D(A):
    __slots__ = ()
x = B()
x.a, x.b, x.c = 1, 2, 3
print(sys.getsizeof(A()), sys.getsizeof(x), sys.getsizeof(C()), sys.getsizeof(D()))
print(hasattr(x, '__dict__'), hasattr(C(), '__dict__'), x.a + x.b + x.c)
print(sorted([k for k in B.__dict__ if not k.startswith('__')]), sys.getrefcount(B))
