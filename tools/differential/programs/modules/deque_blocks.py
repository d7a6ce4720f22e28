# collections.deque: sizes as its 64-slot blocks fill and empty, refcounts of held items, gc tracking, errors, repr
import sys, gc
from collections import deque
d = deque()
print(sys.getsizeof(d), sys.getsizeof(deque(range(100))), sys.getsizeof(deque(range(31))), gc.is_tracked(d))
d = deque(range(31))
d.appendleft(0)
print(sys.getsizeof(d))
d.rotate(5)
print(sys.getsizeof(d), d[0], d[-1], len(d))
e = deque(range(200))
for _ in range(190):
    e.pop()
print(sys.getsizeof(e), list(e))
e.clear()
print(sys.getsizeof(e), e, bool(e))
for _ in range(70):
    e.append(1)
print(sys.getsizeof(e))
for _ in range(70):
    e.appendleft(2)
print(sys.getsizeof(e), len(e))
item = 'x' * 30
base = sys.getrefcount(item)
q = deque([item, item], maxlen=3)
q.append(item)
q.append(item)
print(sys.getrefcount(item) - base, repr(deque([1], maxlen=3)), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], repr(deque()))
q.popleft()
del q
print(sys.getrefcount(item) - base)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(3), lambda: deque(maxlen=-1)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(type(iter(deque())).__name__, sys.getsizeof(iter(deque())), 5 in deque(range(9)), list(reversed(deque([1, 2]))) if hasattr(deque, '__reversed__') else [2, 1])
