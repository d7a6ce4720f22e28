# copy(), dict(d) and update() sizes
import sys
src = {}
for i in range(11):
    src[i] = i
print(sys.getsizeof(src), sys.getsizeof(src.copy()), sys.getsizeof(dict(src)))
t = {'a': 1}
t.update(src)
print(sys.getsizeof(t))
print(sys.getsizeof(dict(zip(range(6), range(6)))))
print(sys.getsizeof({i: i for i in range(6)}))
