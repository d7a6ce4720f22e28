# a decorator that returns its argument leaves the same function object bound
import sys
seen = []
def register(f):
    seen.append(f)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(seen[0] is one, seen[1] is two, one(), two())
print(sys.getrefcount(one), len(seen))
