# an object without __enter__ or __exit__ cannot be used in with (3.11's messages)
class OnlyExit:
    def __exit__(self, *a):
        pass
class OnlyEnter:
    def __enter__(self):
        return self
for obj in [OnlyExit(), OnlyEnter(), 5]:
    try:
        with obj:
            print('body')
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
