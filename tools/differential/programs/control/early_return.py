# functions returning from inside loops
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return -1
print(find([4, 5, 6], 5), find([4, 5, 6], 9))
def nothing():
    pass
print(nothing())
