# copy of plain instances: the __dict__ shared by copy and copied by deepcopy, self-references, uncopyable objects, atomic objects returned as-is
import copy
class Plain:
    pass
p = Plain()
p.items = [1, 2]
p.me = p
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.items is p.items, q.me is p, r.items is p.items, r.me is r, vars(r).keys(), type(r).__name__, copy.copy(Plain()).__dict__)
def gen():
    yield 1
for bad in [gen(), copy]:
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print('TypeError', e)
print(copy.copy(len) is len, copy.deepcopy(Plain) is Plain, copy.copy(range(3)) == range(3), copy.deepcopy(None), copy.copy(b'ab'))
