# __iter__ returning a separate iterator object; its refcount while a loop runs
import sys
class It:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __next__(self):
        if self.i == len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
class Box:
    def __init__(self, *xs): self.xs = list(xs)
    def __iter__(self): return It(self.xs)
b = Box(1, 2, 3)
for x in b:
    print(x)
print(sorted(b, reverse=True), sys.getrefcount(b.xs))
