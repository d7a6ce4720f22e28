# several managers in one with statement enter left to right and exit right to left
class M:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print('exit', self.n, t)
with M(1) as a, M(2) as b, M(3):
    print('body', a, b)
with M(4) as x:
    with M(5) as y:
        print('nested', x, y)
