# with ... as [first, *rest]: a starred target builds a new list; a list target and a subscript with a slice
import sys, gc
class M:
    def __enter__(self):
        return (10, 20, 30, 40)
    def __exit__(self, *exc):
        print('exit', exc[0])
with M() as [first, *rest]:
    print(first, rest, type(rest).__name__, sys.getsizeof(rest), gc.is_tracked(rest))
buf = [0] * 6
with M() as buf[1:3]:
    print(buf, len(buf))
with M() as (*init, last):
    print(init, last)
