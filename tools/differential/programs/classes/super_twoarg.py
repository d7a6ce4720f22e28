# super(Type, obj) with explicit arguments skips part of the MRO
import sys
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
class C(B):
    def f(self): return 'C.f'
c = C()
print(super(C, c).f(), super(B, c).f())
s = super(C, c)
print(type(s).__name__, sys.getrefcount(c), sys.getrefcount(C))
del s
print(sys.getrefcount(c), sys.getrefcount(C))
