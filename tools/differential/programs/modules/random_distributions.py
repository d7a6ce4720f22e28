# random's float distributions with a fixed seed: gauss (its cached second deviate, reset by seed), normalvariate, expovariate, triangular; str and bytes seeds
import random
random.seed(12345)
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
random.seed(12345)
print(random.gauss(0, 1), random.random())
random.seed(12345)
random.gauss()
random.seed(12345)
print(random.gauss(), random.gauss())
print(random.normalvariate(5, 0.5), random.normalvariate(), random.expovariate(2.0), random.expovariate(0.5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5, 5, 5))
for s in ['text seed', 'é', '', b'bytes']:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
r = random.Random('abc')
print(r.random(), r.gauss(1, 1), r.getrandbits(40))
r.seed(7)
print(r.gauss(0, 1) == r.gauss(0, 1), r.random())
