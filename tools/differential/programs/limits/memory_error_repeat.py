# MemoryError from sequence repetition far past any memory: list, tuple, str, bytes; the program goes on
import gc
import sys
gc.collect()
base = [1, 2, 3]
for make in (lambda: [0] * 10**10, lambda: (1,) * 10**10, lambda: 'a' * 10**12, lambda: b'ab' * 10**12, lambda: base * 10**11):
    try:
        make()
        print('made')
    except MemoryError as e:
        print(type(e).__name__, repr(e), e.args)
print(sys.getrefcount(base), len(base))
print(gc.collect())
