# a module imported by user_module_*.py programs (not a program itself)
print('shapes runs as', __name__)
SIDES = {'triangle': 3, 'square': 4}
class Shape:
    def __init__(self, name):
        self.name = name
    def sides(self):
        return SIDES[self.name]
def make(name):
    return Shape(name)
if __name__ == '__main__':
    print('never printed on import')
