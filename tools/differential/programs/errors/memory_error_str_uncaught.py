# an uncaught MemoryError from str repetition inside a method
class Text:
    def __init__(self, s):
        self.s = s
    def times(self, n):
        return self.s * n
t = Text('abc')
print(t.times(3))
t.times(10**12)
