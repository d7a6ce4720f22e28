# instances registered in a class-level list
import sys
class Reg:
    all = []
    def __init__(self):
        Reg.all.append(self)
a = Reg()
b = Reg()
print(sys.getrefcount(a), len(Reg.all))
Reg.all.remove(a)
print(sys.getrefcount(a))
