# random's Mersenne Twister with int/float seeds: random, randint, randrange, getrandbits, choice, shuffle, sample, choices, Random objects
import random, sys, gc
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice('abcdef'), random.randrange(0, 100, 5), random.uniform(1, 2), random.getrandbits(64), random.getrandbits(5), random.getrandbits(100))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5), random.choices('xyz', k=4), random.sample(range(10000), 8), random.sample('abcdefgh', 8))
print(random.choices([1, 2, 3], [5, 1, 1], k=6), random.choices('ab', cum_weights=[1, 5], k=5))
for s in [0, 1, -5, 2**40 + 3, 10**30, 3.5, True]:
    random.seed(s)
    print(s, random.random(), random.randrange(10**20), random.randrange(-5, 5), random.randrange(10, 0, -3))
r = random.Random(7)
print(r.random(), r.randint(0, 10**30), type(r).__name__)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
print(sys.getsizeof(r), gc.is_tracked(r), type(random.random).__name__, random.seed(5), random.random())
