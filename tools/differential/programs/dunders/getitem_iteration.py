# a class with only __getitem__ is iterable through the old sequence protocol (until IndexError)
class Squares:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)))
for x in Squares(3):
    print(x)
print(4 in Squares(3), 9 in Squares(5))
