# a decorator factory call runs once at definition time and its result decorates
import sys
calls = []
def repeat(n):
    calls.append(n)
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name, punct='!'):
    return 'hi ' + name + punct
print(calls, hello('bob'), hello('al', punct='?'))
print(sys.getsizeof(hello), len(hello.__closure__))
