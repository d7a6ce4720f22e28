# popping shrinks the item array when fewer than half are used
import sys
l = [None] * 100
l.append(1)
print(sys.getsizeof(l))
while len(l) > 0:
    l.pop()
    if len(l) % 10 == 0:
        print(len(l), sys.getsizeof(l))
