# primes below 200 with a sieve
N = 200
is_p = [True] * N
is_p[0] = False
is_p[1] = False
for i in range(2, N):
    if is_p[i]:
        for j in range(i * i, N, i):
            is_p[j] = False
print([i for i in range(N) if is_p[i]])
