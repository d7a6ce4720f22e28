# __getattribute__ intercepts every lookup, delegating with object.__getattribute__
seen = []
class Spy:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        seen.append(name)
        return object.__getattribute__(self, name)
    def m(self): return 'm'
s = Spy()
print(s.a, s.m())
print(seen)
