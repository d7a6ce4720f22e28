# async functions are outside the subset
# expect: NotImplementedError line 3
async def main():
    return 1
print(main)
