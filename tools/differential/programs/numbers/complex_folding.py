# complex constants folded by the AST optimizer (1+2j is one constant), shared within a code object, fresh at run time
import sys
def f():
    return 1 + 2j
def g():
    return 1 + 2j
a = f()
print(a is f(), a is g(), a == g())
def h():
    return (1 + 2j, 1 + 2j, 3 - 0j, -1j, 2 * 3j, 1j ** 2, (1 + 1j) / 2)
t = h()
print(t, t[0] is t[1], t is h())
x = 1
y = x + 2j
z = x + 2j
print(y is z, y == z, sys.getrefcount(y))
def k():
    return 1j / 0
try:
    k()
except ZeroDivisionError as e:
    print(e)
