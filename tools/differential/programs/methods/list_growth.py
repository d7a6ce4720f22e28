# list over-allocation: sizes while appending, inserting, extending and popping (CPython's growth pattern)
import sys
lst = []
seen = [sys.getsizeof(lst)]
for i in range(70):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != seen[-1]:
        seen.append(size)
print(seen)
shrink = []
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if not shrink or size != shrink[-1]:
        shrink.append(size)
print(shrink)
ins = []
for i in range(20):
    ins.insert(0, i)
print(sys.getsizeof(ins), ins[:3])
ext = []
for n in [1, 5, 3, 20, 7]:
    ext.extend(range(n))
    print(len(ext), sys.getsizeof(ext))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))), sys.getsizeof([i for i in range(3)]), sys.getsizeof([0] * 3))
