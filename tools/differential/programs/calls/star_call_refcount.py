# f(*xs) builds a new argument tuple from the list; the list itself is not kept
import sys
def keep(*args):
    return args
def same(*args):
    return args
x = [1]
xs = [x, x]
t = keep(*xs)
print(sys.getrefcount(x), sys.getrefcount(xs), type(t).__name__)
tt = (x, x)
print(same(*tt) is tt)
del t
print(sys.getrefcount(x))
