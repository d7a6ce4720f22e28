# __getattr__ is called only for missing attributes; real ones are found first
import sys
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        val = [name]
        setattr(self, name, val)
        return val
o = Lazy()
print(o.real, o.missing, o.missing is o.missing, hasattr(o, 'other'))
print(sorted(vars(o)), sys.getrefcount(o.missing))
