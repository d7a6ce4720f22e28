# inside __exit__ during an exception, sys.exc_info() is the exception being handled by with
import sys
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exc_info type', sys.exc_info()[0], t)
        return True
with M():
    pass
with M():
    raise ValueError('seen')
print(sys.exc_info())
