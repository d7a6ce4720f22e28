# if __enter__ raises, the body and __exit__ do not run
class Bad:
    def __enter__(self):
        raise ValueError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
class Good:
    def __enter__(self):
        print('good enter')
    def __exit__(self, *a):
        print('good exit')
try:
    with Good(), Bad():
        print('body')
except ValueError as e:
    print('caught', e)
