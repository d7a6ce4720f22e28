# decorator expressions are evaluated top-down before the def, then applied bottom-up
def make(name):
    print('evaluate', name)
    def deco(f):
        print('apply', name)
        return f
    return deco
@make('outer')
@make('inner')
def f():
    return 'body'
print(f())
