# break and continue inside loops nested in try, if and with bodies are accepted
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
    finally:
        pass
    print(i)
