# storing the with target fails (unpacking a value of the wrong length): __exit__ runs with the ValueError
class M:
    def __enter__(self):
        print('enter')
        return (1, 2, 3)
    def __exit__(self, t, v, tb):
        print('exit', t.__name__, v)
        return True
with M() as (a, b):
    print('not reached')
print('after', 'a' in dir())
class N:
    def __enter__(self):
        return 5
    def __exit__(self, t, v, tb):
        print('exit', t.__name__)
        return False
try:
    with N() as (x, y):
        pass
except TypeError as e:
    print('caught', e)
