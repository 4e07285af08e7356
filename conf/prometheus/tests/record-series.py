#!/usr/bin/env python3
"""Turns what a Prometheus recorded into promtool `input_series`, for rule tests on series from a real run.

usage: conf/prometheus/tests/record-series.py PROMETHEUS_URL START END [STEP_SECONDS [NAME_REGEX]] > series.yml

Every gmall_* series between START and END (Unix seconds) is sampled every STEP_SECONDS (default 15, the scrape
interval of prometheus.yml) with Prometheus' query_range; a step where a series was absent becomes `_`, promtool's
"no sample". NAME_REGEX (default gmall_.*) narrows the series, e.g. to those the rules read. Paste the output under a test group with `interval: <STEP_SECONDS>s`.
"""
import json
import sys
import urllib.parse
import urllib.request


def main():
    if len(sys.argv) not in (4, 5, 6):
        sys.exit(__doc__)
    url, start, end = sys.argv[1].rstrip("/"), int(sys.argv[2]), int(sys.argv[3])
    step = int(sys.argv[4]) if len(sys.argv) >= 5 else 15
    names = sys.argv[5] if len(sys.argv) == 6 else "gmall_.*"
    query = urllib.parse.urlencode({"query": '{__name__=~"%s"}' % names, "start": start, "end": end, "step": step})
    with urllib.request.urlopen(f"{url}/api/v1/query_range?{query}") as response:
        result = json.load(response)["data"]["result"]
    print(f"    # recorded from a real run: {len(result)} series, {start}..{end}, every {step} s")
    print("    input_series:")
    for series in sorted(result, key=lambda s: sorted(s["metric"].items())):
        labels = dict(series["metric"])
        name = labels.pop("__name__")
        # the scrape's own labels: the rules never use them
        labels.pop("instance", None)
        labels.pop("job", None)
        selector = name + "{" + ",".join(f'{k}="{escape(v)}"' for k, v in sorted(labels.items())) + "}"
        points = {int(float(t)): v for t, v in series["values"]}
        values = " ".join(points.get(t, "_") for t in range(start, end + 1, step))
        print(f"      - series: '{selector.replace(chr(39), chr(39) * 2)}'")
        print(f"        values: '{values}'")


def escape(value):
    return value.replace("\\", "\\\\").replace('"', '\\"')


if __name__ == "__main__":
    main()
