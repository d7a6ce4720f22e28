# a recursive inner function is a cycle: function -> closure tuple -> cell -> function
import gc, sys
def make():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
gc.collect()
f = make()
print(f(10), sys.getrefcount(f))
print(f.__closure__[0].cell_contents is f)
del f
print(gc.collect())
print(gc.collect())
