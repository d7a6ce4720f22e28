# continue and break inside an except clause, in a loop
total = 0
for item in ['1', 'x', '3', 'stop', '5']:
    try:
        total += int(item)
    except ValueError:
        if item == 'stop':
            break
        print('skip', item)
        continue
    print('added', item)
print(total)
