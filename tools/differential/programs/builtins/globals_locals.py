# globals() is the module dict (writes show up as names), locals() in a function is a snapshot dict
import sys
a = 1
g = globals()
print(g['a'], '__name__' in g, g['__name__'], g is globals())
g['made'] = 'by dict'
print(made)
def f(p, q=2):
    r = p + q
    loc = locals()
    return sorted(loc.items())
print(f(1))
print(type(globals()).__name__, sys.getrefcount(g) >= 2, locals() is globals())
