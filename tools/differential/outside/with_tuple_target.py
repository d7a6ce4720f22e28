# a with target other than a plain name (a tuple, attribute or subscript) is refused: the parser takes only names
# expect: NotImplementedError line 8
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        return False
with Pair() as (a, b):
    print(a, b)
