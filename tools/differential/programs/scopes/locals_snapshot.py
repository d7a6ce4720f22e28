# locals() in a function builds a new dict with the current bindings, free variables included
import sys
def outer():
    y = [0]
    def f(a, b=2):
        c = a + b
        d = locals()
        print(sorted(d), d['c'], d['y'] is y)
        e = 1
        print(sorted(d), sorted(locals()), locals() is locals())
        return d
    return f
d = outer()(1)
print(type(d).__name__, sys.getsizeof(d), sys.getrefcount(d))
print(locals() is globals())
