# async for is outside the subset
# expect: NotImplementedError line 3
async def main(items):
    async for x in items:
        print(x)
