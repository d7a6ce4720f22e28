# collections.Counter memory: its size (a dict subclass's layout) as it grows, dict.update's merge when empty, refcounts of counted keys, tracking, referents
import sys, gc
from collections import Counter
print(sys.getsizeof(Counter()), sys.getsizeof({}), gc.is_tracked(Counter()), isinstance(Counter(), dict))
c = Counter()
sizes = []
for i in range(12):
    c[i] += 1
    sizes.append(sys.getsizeof(c) - sys.getsizeof(dict(c)))
print(sizes, sys.getsizeof(c))
src = dict.fromkeys('abcdefghij', 1)
print(sys.getsizeof(Counter(src)), sys.getsizeof(Counter('abcdefghij')), sys.getsizeof(Counter(src).copy()), sys.getsizeof(dict(src)))
word = 'w' * 30
base = sys.getrefcount(word)
k = Counter([word, word, word])
print(sys.getrefcount(word) - base, k[word])
k.subtract([word] * 5)
print(sys.getrefcount(word) - base, k[word], k['absent'], len(k))
m = k + Counter()
print(sys.getrefcount(word) - base, m)
del k
print(sys.getrefcount(word) - base)
print(len(gc.get_referents(Counter(a=[1]))), len(gc.get_referents(Counter({1: 2}))))
gc.collect()
big = Counter(range(1000))
print(len(big), big.total(), sys.getsizeof(big), big.most_common(2))
