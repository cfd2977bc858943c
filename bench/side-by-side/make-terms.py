#!/usr/bin/env python3
"""Search terms for the side-by-side search benchmark, one per line, most popular first.

From a shop's product titles: every word (3+ letters), every two neighbouring words, the first
four letters of every word of 6+ letters (a shopper still typing), and a one-typo variant (two
middle letters swapped) of every word of 5+ letters; shuffled with a fixed seed, so that the
popular ranks mix all kinds, and cut to COUNT. The wrk script then draws rank k with probability
proportional to 1/k (Zipf, s = 1).

    make-terms.py COUNT < titles.txt > terms.txt
"""
import random
import re
import sys

count = int(sys.argv[1])
titles = [line.strip() for line in sys.stdin if line.strip()]
terms = []


def add(term):
    if term not in terms:
        terms.append(term)


for title in titles:
    words = [w for w in re.findall(r"[a-z]+", title.lower()) if len(w) >= 3]
    for w in words:
        add(w)
    for a, b in zip(words, words[1:]):
        add(a + " " + b)
    for w in words:
        if len(w) >= 6:
            add(w[:4])
        if len(w) >= 5:
            i = len(w) // 2
            add(w[:i - 1] + w[i] + w[i - 1] + w[i + 1:])
rng = random.Random(20261201)
rng.shuffle(terms)
# A small catalog gives fewer: pairs of words from different titles fill up (most find nothing).
words = sorted({w for t in terms for w in t.split() if len(w) >= 3})
while len(terms) < count:
    add(rng.choice(words) + " " + rng.choice(words))
sys.stdout.write("\n".join(terms[:count]) + "\n")
