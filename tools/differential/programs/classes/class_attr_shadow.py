# assigning and deleting a class attribute changes what instances of subclasses see
import sys
class A:
    v = 'A'
class B(A): pass
b = B()
print(b.v)
B.v = 'B'
print(b.v, A.v)
del B.v
print(b.v)
val = [1]
A.v = val
print(b.v is val, sys.getrefcount(val))
del A.v
print(hasattr(b, 'v'), sys.getrefcount(val))
