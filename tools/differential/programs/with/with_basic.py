# with calls __enter__, binds its result, runs the body, then calls __exit__ with three Nones
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return 'value of ' + self.name
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type, exc, tb)
with Ctx('a') as v:
    print('body', v)
with Ctx('b'):
    print('body without as')
print('done')
