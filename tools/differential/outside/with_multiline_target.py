# a with target spread over lines (a parenthesized tuple broken across lines) is refused: only one-line targets are read
# expect: NotImplementedError line 8
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        return False
with Pair() as (a,
                b):
    print(a, b)
