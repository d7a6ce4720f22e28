# globals() is the module's dict; writing into it creates a global name
import sys
g = globals()
print(type(g).__name__, g is globals())
g['made'] = [1]
print(made, sys.getrefcount(made))
def f():
    return globals() is g
print(f(), f.__globals__ is g)
del g['made']
print('made' in g, '__name__' in g, g['__name__'])
