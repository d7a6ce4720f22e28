# random with a fixed seed: the Mersenne Twister sequence of random, randint, choice, shuffle, sample, uniform, getrandbits
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice('abcdef'), random.randrange(0, 100, 5), random.uniform(1, 2), random.getrandbits(64))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5), random.choices('xyz', k=4))
random.seed(2024)
a = [random.random() for _ in range(3)]
random.seed(2024)
print(a == [random.random() for _ in range(3)], a)
r = random.Random(7)
print(r.random(), r.randint(0, 10**30), r.gauss(0, 1) == r.gauss(0, 1))
random.seed('text seed')
print(random.random(), random.randrange(10))
