# a dict subclass with __missing__: d[k] for an absent key calls it; get() does not
import sys
class Counter(dict):
    def __missing__(self, key):
        return 0
class AutoList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v
c = Counter()
c['a'] += 1
c['a'] += 1
print(c, c['zz'], c.get('zz'), 'zz' in c)
a = AutoList()
a['x'].append(1)
a['x'].append(2)
print(a, sys.getrefcount(a['x']), sys.getsizeof(a), sys.getsizeof(c))
