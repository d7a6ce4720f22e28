# int() and float() of objects: __int__, then __index__ for int; __float__, then __index__ for float; the errors for bad returns
class I1:
    def __int__(self):
        return 7
class I2:
    def __index__(self):
        return 8
class F1:
    def __float__(self):
        return 2.5
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
    def __float__(self):
        return 3.0
print(int(I1()), int(I2()), type(int(I2())).__name__, float(I2()), float(F1()))
print(int(Both()), float(Both()), hex(I2()), bin(I2()), [0, 1, 2, 3][I2() if False else 2], range(I2())[-1])
class BadI:
    def __int__(self):
        return 'x'
class BadF:
    def __float__(self):
        return 1
for bad in [lambda: int(BadI()), lambda: float(BadF()), lambda: int(F1()), lambda: float(I1()), lambda: int([]), lambda: float(())]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
