# a function deleting a global frees it
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
g = D('global')
def drop():
    global g
    del g
drop()
print('dropped')
print('end')
