# random.getstate/setstate (version 3 and 2 tuples, the 625-word state, gauss_next kept, the wrong-size errors), randbytes, lognormvariate, paretovariate, weibullvariate
import random, sys, gc
r = random.Random(5)
s = r.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2], s[1][:3], gc.is_tracked(s))
print(r.random()); r.setstate(s); print(r.random())
r.gauss(); s2 = r.getstate(); print(s2[2], s2[1][-1])
print(r.randbytes(5), r.randbytes(0), r.randbytes(9))
print([r.lognormvariate(0, 1) for _ in range(3)], [r.paretovariate(a) for a in (1, 2, 3.5)], [r.weibullvariate(1, b) for b in (1, 2, 0.5)])
for bad in [(2, (), None), (3, (1, 2), None), (4, (), None), (3, tuple([0] * 624) + (625,), None)]:
    try:
        r.setstate(bad)
    except ValueError as e:
        print(e)
random.seed(99)
st = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)], random.getstate() == random.getstate())
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random(), r2.gauss() == r.gauss())
