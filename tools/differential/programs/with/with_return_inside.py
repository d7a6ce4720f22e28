# return, break and continue inside a with block call __exit__ first
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t)
def f():
    with M():
        return 'returned'
print(f())
for i in range(3):
    with M():
        if i == 0:
            continue
        if i == 1:
            break
    print('not reached')
print('loop done', i)
