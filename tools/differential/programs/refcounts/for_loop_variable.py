# the loop variable keeps the last item alive after the loop
import sys
items = [[], [], []]
for it in items:
    print(sys.getrefcount(it))
print(sys.getrefcount(items[2]))
it = None
print(sys.getrefcount(items[2]))
