# an uncaught error in a method shows the method's name in the traceback and the call's carets
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
s = Stack()
s.items.append(1)
print(s.pop())
s.pop()
