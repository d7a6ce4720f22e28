# __import__ by position and keyword returns the module sys.modules holds (refcount included); bad arguments
import sys, gc
m = __import__('math')
print(m is sys.modules['math'], m.sqrt(16.0), __import__('json', fromlist=['dumps']).dumps([1]))
print(__import__(name='gc') is gc, __debug__)
gc.collect()
b = __import__('bisect')
r = sys.getrefcount(b)
c = __import__('bisect')
print(sys.getrefcount(b) - r, c is b, b.bisect([1, 3], 2))
print(gc.get_count() >= (0, 0, 0))
for bad in [(1,), ('',), ('math', None, None, (), -1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
