# an async comprehension is refused (no coroutines in the subset), not run as a plain one
# expect: NotImplementedError line 4
items = [1, 2]
doubled = [i * 2 async for i in items]
print(doubled)
