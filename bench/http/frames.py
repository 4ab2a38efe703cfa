#!/usr/bin/env python3
"""Inclusive CPU share of frames in a dotnet-trace speedscope file (dotnet-sampled-thread-time profile).

  python3 bench/http/frames.py trace.speedscope.json [N] [PATTERN]

Only the samples taken while a thread ran managed code count (the stacks ending in the CPU_TIME pseudo-frame);
the samples of threads waiting or in native code (UNMANAGED_CODE_TIME) are left out. Each frame's share is the
part of those samples with the frame anywhere on the stack. With PATTERN, only frames whose name contains it.
"""
import collections
import json
import sys


def samples(trace):
    """(stack of frame indexes, weight) for every interval of every thread of an evented speedscope trace."""
    for profile in trace['profiles']:
        stack, last = [], None
        for event in profile['events']:
            if last is not None and stack:
                yield stack, event['at'] - last
            last = event['at']
            if event['type'] == 'O':
                stack.append(event['frame'])
            else:
                stack.pop()


def main():
    trace = json.load(open(sys.argv[1]))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    pattern = sys.argv[3] if len(sys.argv) > 3 else ''
    names = [frame['name'] for frame in trace['shared']['frames']]
    inclusive, running, total = collections.Counter(), 0.0, 0.0
    for stack, weight in samples(trace):
        total += weight
        if names[stack[-1]] != 'CPU_TIME':
            continue
        running += weight
        for frame in set(stack):
            inclusive[names[frame]] += weight
    print(f'managed code running in {100 * running / total:.1f}% of the thread samples; shares below are of those')
    shown = 0
    for name, weight in inclusive.most_common():
        if pattern in name and not name.startswith(('Thread (', 'Process', '(Non-Activities)', 'Threads', 'CPU_TIME')):
            print(f'{100 * weight / running:5.1f}%  {name.split("!")[-1][:150]}')
            shown += 1
            if shown == top:
                break


if __name__ == '__main__':
    main()
