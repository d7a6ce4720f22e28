# the *args tuple holds a reference to each argument while the call runs and after if returned
import sys
def see(*args):
    return sys.getrefcount(args[0])
def keep(*args):
    return args
x = [1]
print(sys.getrefcount(x))
print(see(x))
print(see(x, x))
t = keep(x, x)
print(sys.getrefcount(x), sys.getrefcount(t))
del t
print(sys.getrefcount(x))
