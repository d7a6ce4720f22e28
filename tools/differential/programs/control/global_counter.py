# a global modified by functions
count = 0
def bump(n=1):
    global count
    count += n
for i in range(5):
    bump()
bump(10)
print(count)
