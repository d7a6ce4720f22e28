# a list subclass with its own __init__ calling list.__init__; the items' refcounts
import sys
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
x = [0]
t = Tagged([x, x], 'two')
print(t, t.tag, len(t), sys.getrefcount(x), sys.getsizeof(t))
t.clear()
print(t, sys.getrefcount(x))
