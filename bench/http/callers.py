#!/usr/bin/env python3
"""Who calls a frame, in a dotnet-trace speedscope file (dotnet-sampled-thread-time profile).

  python3 bench/http/callers.py trace.speedscope.json PATTERN [N] [DEPTH]

Of the samples taken while a thread ran managed code (as bench/http/frames.py counts them), those with a frame whose
name contains PATTERN (e.g. Enter_Slowpath, for lock contention): their share, then the N most common chains of the
DEPTH frames that called the first such frame, each with its share of the managed samples.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frames import samples  # noqa: E402


def main():
    trace = json.load(open(sys.argv[1]))
    pattern = sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    depth = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    names = [frame['name'] for frame in trace['shared']['frames']]
    running, matched, chains = 0.0, 0.0, collections.Counter()
    for stack, weight in samples(trace):
        if names[stack[-1]] != 'CPU_TIME':
            continue
        running += weight
        at = next((i for i, frame in enumerate(stack) if pattern in names[frame]), None)
        if at is None:
            continue
        matched += weight
        chains[' <- '.join(names[frame][:100] for frame in reversed(stack[max(0, at - depth):at]))] += weight
    print(f'{pattern}: {100 * matched / running:.1f}% of the managed samples; its callers:')
    for chain, weight in chains.most_common(top):
        print(f'{100 * weight / running:5.1f}%  {chain}')


if __name__ == '__main__':
    main()
