# copy.copy and copy.deepcopy: new containers, shared vs copied children, immutables returned as-is, memo keeps aliasing
import copy, sys
inner = [1, 2]
outer = [inner, inner, (3, 4)]
s = copy.copy(outer)
d = copy.deepcopy(outer)
print(s == outer, s is outer, s[0] is inner, d[0] is inner, d[0] is d[1], d[2] is outer[2], d == outer)
t = (1, 'a', 2.5)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.copy('str') == 'str')
base = sys.getrefcount(inner)
keep = copy.copy(outer)
print(sys.getrefcount(inner) - base)
dd = copy.deepcopy({'k': inner, 'j': inner})
print(dd['k'] is dd['j'], dd['k'] is inner, copy.copy({1: [2]})[1] is not None)
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
n = Node(1)
n.kids.append(Node(2))
n.kids.append(n)
m = copy.deepcopy(n)
print(m is n, m.v, m.kids[0].v, m.kids[1] is m, m.kids[0] is n.kids[0], copy.copy(n).kids is n.kids)
print(copy.copy(set([1])) == {1}, copy.deepcopy(frozenset([1])) == frozenset([1]), copy.copy(5) == 5)
