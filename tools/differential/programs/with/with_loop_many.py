# a with block run many times in a loop calls enter and exit each time and leaks nothing
import sys, gc
class Counter:
    def __init__(self):
        self.enters = 0
        self.exits = 0
    def __enter__(self):
        self.enters += 1
        return self
    def __exit__(self, t, v, tb):
        self.exits += 1
        return t is KeyError
c = Counter()
for i in range(50):
    with c:
        if i % 5 == 0:
            raise KeyError(i)
print(c.enters, c.exits, sys.getrefcount(c))
print(gc.collect())
