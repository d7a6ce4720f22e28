# an exception that __exit__ does not suppress ends the program with a traceback naming the with body
class M:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__)
def go():
    with M():
        return [1, 2][5]
go()
