# iter and next: default values, iter(callable, sentinel), iterators are their own iterators
import sys
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, None), next(it, 'end'))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
cs = iter(tick, 7)
print(type(cs).__name__, next(cs), list(cs))
t = iter((1, 2, 3))
print(sys.getsizeof(t), next(t), list(t))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), [x * 2 for x in Counter()])
s = iter({'a': 1, 'b': 2})
print(type(s).__name__, next(s), next(s), next(s, '-'))
