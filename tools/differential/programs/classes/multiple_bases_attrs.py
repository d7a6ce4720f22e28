# instances of a class with two bases get attributes from both __init__s; sizes and counts
import sys
class HasX:
    def init_x(self): self.x = [1]
class HasY:
    def init_y(self): self.y = [2]
class Both(HasX, HasY):
    def __init__(self):
        self.init_x()
        self.init_y()
b = Both()
print(b.x, b.y, sorted(vars(b)))
print(sys.getsizeof(b), sys.getrefcount(Both), sys.getrefcount(b.x))
