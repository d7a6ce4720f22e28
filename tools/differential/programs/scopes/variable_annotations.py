# x: int = 1 and y: int at module and class level fill __annotations__ (SETUP_ANNOTATIONS); in a function nothing is evaluated
import sys
x: int = 1
y: str
print(__annotations__, 'y' in globals(), x)
class C:
    """doc"""
    a: int = 3
    b: 'list'
    def m(self, q: int): pass
print(C.__annotations__, C.a, hasattr(C, 'b'), list(C.__dict__)[:4])
def h():
    loc: int = 5
    other: undefined_name
    return loc
print(h())
v = 'g'
def h2():
    v: int
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
h2()
class D: pass
print('__annotations__' in D.__dict__, D.__annotations__, '__annotations__' in D.__dict__)
class E(C): pass
print(E.__annotations__, C.__annotations__ is not E.__annotations__)
class O:
    pass
o = O()
o.attr: int = 7
(z): int = 9
print(o.attr, z, 'z' in __annotations__)
d = {}
d['k']: float = 1.5
print(d, sys.getsizeof(__annotations__), sys.getrefcount(__annotations__))
