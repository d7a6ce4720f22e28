# any and all take items one at a time and stop at the first that decides: what is left in the iterator, which generators ran, truth of objects with __bool__/__len__
log = []
def gen(values):
    for v in values:
        log.append(v)
        yield v
print(any(gen([0, 0, 5, 7, 9])), log)
log.clear()
print(all(gen([1, 2, 0, 4])), log)
log.clear()
print(any(gen([])), all(gen([])), log)
it = iter(range(10))
print(any(x > 3 for x in it), list(it))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        log.append(('bool', self.v))
        return self.v
class L:
    def __len__(self):
        return 0
log.clear()
print(all([B(True), B(False), B(True)]), any([L(), B(False), B(True), B(True)]), log)
try:
    any(1)
except TypeError as e:
    print(e)
try:
    all([B(2)])
except TypeError as e:
    print(e)
