# a class with __init__, methods and a class attribute
class Counter:
    step = 1
    def __init__(self, start=0):
        self.value = start
    def inc(self):
        self.value += self.step
        return self.value
c = Counter(10)
c.inc()
c.inc()
print(c.value, Counter.step, c.step)
