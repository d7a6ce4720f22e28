# a list comprehension result that is not kept is freed from the end
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
[D(i) for i in range(3)]
print('after comprehension')
print('end')
