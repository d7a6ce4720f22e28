# atomic objects are never tracked
import gc
print(gc.is_tracked(1), gc.is_tracked(2 ** 100), gc.is_tracked(1.5))
print(gc.is_tracked('text'), gc.is_tracked(b'bytes'), gc.is_tracked(None))
print(gc.is_tracked(True), gc.is_tracked(range(3)), gc.is_tracked(object()))
