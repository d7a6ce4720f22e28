# heapq push/pop/heapify/nsmallest/nlargest/merge and bisect/insort on sorted lists; the list is modified in place
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappop(h), h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]), heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), heapq.nlargest(2, ['a', 'ccc', 'bb'], key=len))
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect(s, 99))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s, bisect.bisect_left(s, 5, 0, 3), bisect.bisect([(1, 'a'), (2, 'b')], (1, 'z')))
