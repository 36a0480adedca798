#!/usr/bin/env python3
"""Writes a deterministic corpus of source-like files with planted credentials, for bench/secrets/run.sh.

Usage: gen_corpus.py OUT_DIR [SIZE_MB]   (default 500)

The text is made of code, config and prose lines with the words secret scanners wake on (password, token,
key, secret, api_key) used harmlessly, plus hashes, UUIDs and base64 blobs that must not be reported.
About one file in twenty gets a planted credential; OUT_DIR/planted.tsv lists each (path, line, kind).
Every value is generated here from a fixed seed: none is, or ever was, a real credential.
"""
import os
import random
import string
import sys
import zlib

SEED = 2026
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
rnd = random.Random(SEED)


def rand(alphabet, n):
    return "".join(rnd.choices(alphabet, k=n))


def github_token():
    body = rand(B62, 30)
    crc = zlib.crc32(body.encode())
    check = ""
    for _ in range(6):
        check = B62[crc % 62] + check
        crc //= 62
    return "gh" + "p_" + body + check


def private_key():
    body = "".join(rnd.choices(string.ascii_letters + string.digits + "+/", k=64 * 12))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ["-----BEGIN RSA PRIVATE " + "KEY-----"] + lines + ["-----END RSA PRIVATE " + "KEY-----"]


PLANTS = {
    "github-token": lambda: [f"GITHUB_TOKEN={github_token()}"],
    "aws-access-key-id": lambda: [f"aws_access_key_id = AK" + "IA" + rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)],
    "aws-secret-access-key": lambda: [f"aws_secret_access_key = {rand(string.ascii_letters + string.digits + '/+', 40)}"],
    "slack-bot-token": lambda: [f'SLACK = "xox' + f'b-{rand(string.digits, 12)}-{rand(string.digits, 13)}-{rand(string.ascii_letters + string.digits, 24)}"'],
    "stripe-live-secret-key": lambda: [f"stripe.api_key = 'sk_" + f"live_{rand(string.ascii_letters + string.digits, 24)}'"],
    "private-key": private_key,
    "generic-password": lambda: [f'db_password = "{rand(string.ascii_letters + string.digits + "#!%", 18)}"'],
    "database-url": lambda: [f"DATABASE_URL=postgres://app:{rand(string.ascii_letters + string.digits, 16)}@db.internal:5432/app"],
}

WORDS = ("user account request response handler config value result error status order item payment invoice "
         "session cache client server message queue event stream buffer record field table index update delete "
         "create fetch parse render path name count offset limit node tree list map entry state context").split()
# Words secret scanners wake on, used harmlessly, at about the density they have in real source code
# (measured on the Python standard library: ~20 "password", ~30 "secret", ~180 "token" per MB).
CREDENTIAL_WORDS = ["token"] * 12 + ["secret"] * 2 + ["password", "auth", "key", "login"]


def ident():
    words = rnd.choices(WORDS, k=rnd.randint(1, 3))
    if rnd.random() < 0.004:
        words[0] = rnd.choice(CREDENTIAL_WORDS)
    return "_".join(words)


# Line kinds, most of them plain code; the credential-looking ones (6, 9, 12, 14) are rare, as in real code.
KIND_WEIGHTS = [300, 120, 150, 120, 40, 60, 1, 10, 10, 1, 150, 20, 1, 15, 1, 200]


def code_line():
    kind = rnd.choices(range(16), weights=KIND_WEIGHTS)[0]
    a, b = ident(), ident()
    if kind == 0:
        return f"    {a} = {b}({rnd.randint(0, 9999)}, '{rand(string.ascii_lowercase, 8)}')"
    if kind == 1:
        return f"def {a}(self, {b}):"
    if kind == 2:
        return f"    # {' '.join(rnd.choices(WORDS, k=rnd.randint(4, 12)))}"
    if kind == 3:
        return f"  {a}: {rnd.randint(0, 100000)}"
    if kind == 4:
        return f'    "{a}": "{rand(string.hexdigits.lower(), 40)}",'
    if kind == 5:
        return f"const {a} = require('{b}');"
    if kind == 6:
        return f"    password_field = form.get('{a}')"
    if kind == 7:
        return f"    if (!{a}.token) {{ return {b}.refresh(); }}"
    if kind == 8:
        return f"  integrity: sha512-{rand(string.ascii_letters + string.digits + '+/', 86)}=="
    if kind == 9:
        return f"    api_key = os.environ['{a.upper()}']"
    if kind == 10:
        return f"{' '.join(rnd.choices(WORDS, k=rnd.randint(6, 16))).capitalize()}."
    if kind == 11:
        return f"    id = '{rand('0123456789abcdef', 8)}-{rand('0123456789abcdef', 4)}-{rand('0123456789abcdef', 4)}-{rand('0123456789abcdef', 4)}-{rand('0123456789abcdef', 12)}'"
    if kind == 12:
        return f"    secret_name = \"{a}-{b}\""
    if kind == 13:
        return f"  image: data:image/png;base64,{rand(string.ascii_letters + string.digits + '+/', 120)}"
    if kind == 14:
        return f"      - name: {a}\n        value: \"${{{b.upper()}}}\""
    return f"    return {a}.{b}()"


def main():
    out = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    target = size * 1024 * 1024
    pool = [code_line() for _ in range(50000)]
    os.makedirs(out, exist_ok=True)
    written = 0
    count = 0
    manifest = []
    extensions = [".py", ".js", ".yaml", ".json", ".md", ".go", ".env", ".tf", ".cs", ".txt"]
    while written < target:
        count += 1
        folder = os.path.join(out, f"pkg{count % 97:02d}", f"mod{count % 13:02d}")
        os.makedirs(folder, exist_ok=True)
        name = f"file{count:05d}{rnd.choice(extensions)}"
        lines = rnd.choices(pool, k=rnd.randint(200, 2400))
        if count % 20 == 0:
            kind = rnd.choice(sorted(PLANTS))
            at = rnd.randint(0, len(lines))
            planted = PLANTS[kind]()
            line_number = sum(l.count("\n") + 1 for l in lines[:at]) + 1
            lines[at:at] = planted
            manifest.append(f"{os.path.relpath(os.path.join(folder, name), out)}\t{line_number}\t{kind}")
        text = "\n".join(lines) + "\n"
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
        written += len(text)
    with open(os.path.join(out, "planted.tsv"), "w") as f:
        f.write("\n".join(manifest) + "\n")
    print(f"{count} files, {written / 1048576:.0f} MB, {len(manifest)} planted credentials in {out}")


if __name__ == "__main__":
    main()
