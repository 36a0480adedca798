#!/usr/bin/env python3
"""Edits a Bulwark ledger file the way an attacker would, for tamper-transcript.sh. Not part of Bulwark.

  ledgertool.py FILE offsets              print "index offset length" of every entry record
  ledgertool.py FILE flip INDEX           flip one byte inside entry INDEX (its checksum no longer matches)
  ledgertool.py FILE rewrite INDEX A B    replace text A by B in entry INDEX and recompute its checksum
  ledgertool.py FILE delete INDEX         remove entry INDEX's record
  ledgertool.py FILE cut-after INDEX      truncate the file right after entry INDEX
"""
import struct
import sys


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def records(data):
    origin_length = struct.unpack_from("<H", data, 9)[0]
    at = 8 + 1 + 2 + origin_length + 4
    index = 0
    while at + 7 <= len(data):
        kind, length = data[at + 2], struct.unpack_from("<i", data, at + 3)[0]
        total = 7 + length + 4
        if kind == 1:
            yield index, at, total
            index += 1
        at += total


def main():
    path, verb = sys.argv[1], sys.argv[2]
    data = bytearray(open(path, "rb").read())
    entries = {i: (at, total) for i, at, total in records(data)}
    if verb == "offsets":
        for i, (at, total) in entries.items():
            print(i, at, total)
        return
    at, total = entries[int(sys.argv[3])]
    if verb == "flip":
        data[at + 20] ^= 0x20
    elif verb == "rewrite":
        payload = bytes(data[at + 7:at + total - 4]).replace(sys.argv[4].encode(), sys.argv[5].encode())
        record = bytes(data[at:at + 3]) + struct.pack("<i", len(payload)) + payload
        record += struct.pack("<I", crc32c(record[2:]))
        data[at:at + total] = record
    elif verb == "delete":
        del data[at:at + total]
    elif verb == "cut-after":
        del data[at + total:]
    open(path, "wb").write(data)


main()
