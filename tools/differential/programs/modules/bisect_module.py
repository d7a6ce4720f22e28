# bisect: left/right on ties, lo/hi bounds, key=, insort into a list (its size), bisect is bisect_right, errors
import sys, bisect
s = [1, 2, 2, 2, 5, 9]
print([bisect.bisect_left(s, v) for v in range(11)], [bisect.bisect_right(s, v) for v in range(11)])
print(bisect.bisect_left(s, 2, 2), bisect.bisect_right(s, 2, 0, 2), bisect.bisect(s, 5, hi=3), bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
l = []
sizes = []
for v in [5, 1, 4, 1, 3, 9, 2, 6]:
    bisect.insort(l, v)
    sizes.append(sys.getsizeof(l))
print(l, sizes, bisect.__name__, bisect.bisect.__name__)
w = ['apple', 'fig', 'kiwi']
bisect.insort_left(w, 'grape')
print(w, bisect.bisect(w, 'zzz'), bisect.bisect_left('acegi', 'd'))
for bad in [lambda: bisect.bisect(s, 1, -1), lambda: bisect.bisect(s), lambda: bisect.bisect(s, 'a'), lambda: bisect.insort((1, 2), 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
