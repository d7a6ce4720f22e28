# a list subclass overriding append and adding a method; list methods still work on it
import sys
class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        super().append(x * 10)
s = Stack()
s.push(1)
s.append(2)
s.extend([3])
print(s, len(s), s.pop(), s[0], s + [9])
print(type(s + [9]).__name__, type(s[:]).__name__, sys.getsizeof(s))
