# a method's TypeError names it by its qualified name and counts self
# compare: error line
class Shape:
    def scale(self, k):
        return k
s = Shape()
print(s.scale(2), Shape.scale(s, 3))
s.scale(1, 2)
print('not reached')
