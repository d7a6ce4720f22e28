# list.index and tuple.index with start/stop (negative, past the end, huge, __index__ objects), count, and their errors
import sys
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = [3, 1, 4, 1, 5, 9, 2, 6, 1]
t = tuple(a)
for seq in (a, t):
    print(seq.index(1), seq.index(1, 2), seq.index(1, -1), seq.index(5, -5 * 10, 100), seq.index(1, I(2), I(4)), seq.index(6, 0, 10 ** 30), seq.count(1), seq.count(7))
    for args in [(1, 4, 5), (7,), (3, 1), (1, -1, -1), (9, 0, 5)]:
        try:
            print(seq.index(*args))
        except ValueError as e:
            print('ValueError', e)
    for args in [(1, 'x'), (1, None), (1, 0, 1.5), ()]:
        try:
            print(seq.index(*args))
        except TypeError as e:
            print('TypeError', e)
    try:
        seq.count()
    except TypeError as e:
        print('TypeError', e)
x = object()
before = sys.getrefcount(x)
pair = [x, 1, x]
print(pair.index(x, 1), pair.count(x), sys.getrefcount(x) - before)
