# nested lists are released depth first from the last item
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D('a'), [D('b1'), D('b2')], D('c')]
del l
print('end')
