# a temporary passed straight to getrefcount has only the argument reference
import sys
print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount(object()))
print(sys.getrefcount([1, 2, 3][:]))
