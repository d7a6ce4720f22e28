# a returned object that is not kept dies after the call
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def make(n):
    return D(n)
make('discarded')
kept = make('kept')
print('made')
del kept
print('end')
