# __call__ makes instances callable; the counter's state and the arguments' refcounts
import sys
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self, x, y=1):
        self.calls += 1
        return x + y
c = Counter()
print(c(1), c(2, 3), c(x=4, y=5), c.calls, callable(c), callable(Counter))
arg = [7]
class Keep:
    def __call__(self, v):
        self.v = v
k = Keep()
k(arg)
print(sys.getrefcount(arg))
