# an uncaught MemoryError: its traceback and exit code 1, as python3
def build(n):
    return [None] * n
print('before')
small = build(10)
print(len(small))
huge = build(10**12)
