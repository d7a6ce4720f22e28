# `in` uses __contains__ when defined, and its result is converted to bool
class Evens:
    def __contains__(self, x): return x % 2 == 0
class Weird:
    def __contains__(self, x): return 'yes'
e = Evens()
print(4 in e, 3 in e, 3 not in e, 5 in Weird())
