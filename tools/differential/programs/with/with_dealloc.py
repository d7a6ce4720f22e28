# a manager made only for the with statement is freed right after __exit__
class M:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return 'token'
    def __exit__(self, t, v, tb):
        print('exit', self.n)
    def __del__(self):
        print('del', self.n)
with M(1) as tok:
    print('body', tok)
print('after first')
with M(2), M(3):
    print('body two')
print('after second')
