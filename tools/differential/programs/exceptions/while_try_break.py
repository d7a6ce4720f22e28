# a while loop with try/finally and break; finally runs once per iteration
i = 0
while True:
    try:
        i += 1
        if i == 4:
            break
        if i == 2:
            continue
        print('body', i)
    finally:
        print('finally', i)
print('end', i)
