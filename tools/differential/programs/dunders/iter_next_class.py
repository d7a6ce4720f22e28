# a plain iterator class with __iter__/__next__ drives for loops and list(); StopIteration ends it
import sys
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), sys.getrefcount(c))
print([x * 10 for x in Count(4)], sum(Count(5)))
