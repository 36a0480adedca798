#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 the way OSV's bucket serves its exports, for bench/packages/run.sh.

Usage: serve.py DIR PORT [--plain]

python3 -m http.server with what Google Cloud Storage adds and `bulwark db update` relies on: an ETag (for
If-None-Match revalidation and If-Range resumes) and `x-goog-hash: md5=…` (the checksum the download is checked
against). Range requests are honoured. With --plain it is python3 -m http.server unchanged (no ETag, no hash).
"""
import base64
import functools
import hashlib
import http.server
import os
import sys

_md5 = {}


def md5_of(path):
    stat = os.stat(path)
    key = (path, stat.st_size, stat.st_mtime_ns)
    if key not in _md5:
        digest = hashlib.md5()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        _md5[key] = digest.digest()
    return _md5[key]


class BucketHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            return super().send_head()
        md5 = md5_of(path)
        etag = '"' + md5.hex() + '"'
        size = os.path.getsize(path)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        start = 0
        ranged = self.headers.get("Range", "")
        if ranged.startswith("bytes=") and self.headers.get("If-Range", etag) == etag:
            start = int(ranged[6:].split("-")[0] or 0)
        f = open(path, "rb")
        f.seek(start)
        self.send_response(206 if start else 200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(size - start))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
        self.send_header("ETag", etag)
        self.send_header("x-goog-hash", "crc32c=AAAAAA==, md5=" + base64.b64encode(md5).decode())
        self.end_headers()
        return f


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    plain = "--plain" in sys.argv[3:]
    handler = http.server.SimpleHTTPRequestHandler if plain else BucketHandler
    # Hashed before listening, so the measured download does not wait on the server's first MD5.
    for root, _, names in os.walk(folder):
        for name in names:
            md5_of(os.path.join(root, name))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=folder))
    server.serve_forever()


if __name__ == "__main__":
    main()
