# a function that rebinds a global releases the old object
import sys
x = []
keep = x
def f():
    global x
    x = {}
print(sys.getrefcount(keep))
f()
print(sys.getrefcount(keep))
