#!/usr/bin/env python3
"""Self and inclusive share of samples per method in a collapsed-stack file: shares.py FILE [top=40]."""
import collections
import re
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
own, anywhere, total = collections.Counter(), collections.Counter(), 0
for line in open(path):
    stack, _, count = line.rstrip().rpartition(' ')
    count = int(count)
    frames = [re.sub(r'_\[[a-z0-9]\]$', '', f) for f in stack.split(';')]
    total += count
    own[frames[-1]] += count
    for frame in set(frames):
        anywhere[frame] += count
print(f"samples {total}")
print("--- self")
for frame, count in own.most_common(top):
    print(f"{100 * count / total:5.1f}% {frame}")
print("--- inclusive")
for frame, count in anywhere.most_common(top * 4):
    print(f"{100 * count / total:5.1f}% {frame}")
