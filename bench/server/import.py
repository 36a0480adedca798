#!/usr/bin/env python3
"""Uploads N scans of generated Bulwark JSON reports to a bulwark server, one after the other over one keep-alive
connection, and prints what it sent and how long the server took.

Usage: import.py URL TOKEN [SCANS] [FINDINGS_PER_SCAN] [PRODUCTS]
Each product is scanned SCANS/PRODUCTS times; from one scan of a product to the next, a tenth of its findings are
fixed and as many new ones appear, so the server deduplicates, fixes and opens findings on every upload. The seed is
fixed: the same arguments always send the same reports.
"""
import http.client
import json
import random
import sys
import time
from urllib.parse import urlparse

SEVERITIES = ["info", "low", "medium", "high", "critical"]


def report(product, fingerprints, rng):
    findings = []
    for fp in fingerprints:
        n = int(fp.split("-")[-1])
        findings.append({
            "ruleId": f"iac/rule-{n % 300}", "scanner": "iac", "severity": SEVERITIES[n % 5],
            "title": f"Rule {n % 300} fails", "message": f"resource {n} in {product} is not hardened",
            "location": {"path": f"modules/m{n % 97}/main.tf", "startLine": n % 400 + 1, "endLine": n % 400 + 1},
            "fingerprint": fp, "references": [], "snippet": [], "properties": {},
        })
    return json.dumps({"version": "1", "tool": {"name": "bulwark", "version": "0.1.0"}, "target": product,
                       "startedAt": "2026-11-23T08:00:00+00:00", "durationMs": 1000, "findings": findings,
                       "summary": {"total": len(findings), "byScanner": {"iac": len(findings)}}}).encode()


def main():
    url, token = sys.argv[1], sys.argv[2]
    scans = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    per_scan = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    products = int(sys.argv[5]) if len(sys.argv) > 5 else 20
    rng = random.Random(20261123)
    target = urlparse(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=300)
    current = {p: [f"p{p}-{i}" for i in range(per_scan)] for p in range(products)}
    counter = {p: per_scan for p in range(products)}
    totals = {"findings": 0, "new": 0, "fixed": 0}
    bodies = []
    for s in range(scans):
        p = s % products
        bodies.append((f"product-{p}", report(f"product-{p}", current[p], rng)))
        keep = [fp for fp in current[p] if rng.random() >= 0.1]
        while len(keep) < per_scan:
            keep.append(f"p{p}-{counter[p]}")
            counter[p] += 1
        current[p] = keep
    started = time.monotonic()
    for product, body in bodies:
        connection.request("POST", f"/api/v1/scans?product={product}", body,
                           {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        response = connection.getresponse()
        answer = json.loads(response.read())
        if response.status != 201:
            sys.exit(f"upload refused: {response.status} {answer}")
        for key in totals:
            totals[key] += answer[key]
    elapsed = time.monotonic() - started
    print(f"{scans} {totals['findings']} {totals['new']} {totals['fixed']} {elapsed:.2f}")


if __name__ == "__main__":
    main()
