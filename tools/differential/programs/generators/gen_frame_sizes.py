# sys.getsizeof of generator objects whose bodies call, loop, catch, use with, hold a cell parameter (one slot), unpack and delegate
import sys

def plain():
    yield 1
def calls(a, b):
    yield max(a, b, key=abs)
    yield sorted([a, b], reverse=True)
def loops(n):
    for i in range(n):
        for j in range(i):
            yield i, j
def guarded(path):
    try:
        yield path
    except ValueError as e:
        yield e
    finally:
        print('closing', path)
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def managed():
    with Ctx() as c, Ctx() as d:
        yield c is d
def closure(k):
    def inner():
        return k
    yield inner
def unpacker(pairs):
    for a, (b, *c) in pairs:
        yield a + b + len(c)
def delegating(it):
    return (yield from it)
for gen in [plain(), calls(1, -2), loops(3), guarded('p'), managed(), closure(4), unpacker([]), delegating(iter([]))]:
    print(gen.__name__, sys.getsizeof(gen), gen.gi_code.co_stacksize, type(next(gen, 'done')).__name__)
    gen.close()
