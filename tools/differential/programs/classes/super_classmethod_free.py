# super() objects are freed at once: the instance refcount returns after each call
import sys
class A:
    def get(self): return self
class B(A):
    def get(self):
        return super().get()
b = B()
print(sys.getrefcount(b))
r = b.get()
print(r is b, sys.getrefcount(b))
del r
for i in range(3):
    b.get()
print(sys.getrefcount(b))
