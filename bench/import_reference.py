#!/usr/bin/env python3
"""What a power user would write: csv + phonenumbers + sqlite3, validating numbers and e-mails and
de-duplicating by normalized number or address. The import benchmark runs it as a reference.
Usage: import_reference.py FILE.csv DB.sqlite [REGION]"""
import csv
import re
import sqlite3
import sys

import phonenumbers

path, db_path = sys.argv[1], sys.argv[2]
region = sys.argv[3] if len(sys.argv) > 3 else "US"
email_re = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
db = sqlite3.connect(db_path)
db.execute("CREATE TABLE contacts (first TEXT, last TEXT, phone TEXT, email TEXT, notes TEXT, grp TEXT)")
seen = set()
rows = []
invalid = duplicate = 0
with open(path, newline="", encoding="utf-8-sig") as f:
    reader = csv.reader(f)
    next(reader)
    for row in reader:
        first, last, phone, email, notes, group = (row + [""] * 6)[:6]
        try:
            number = phonenumbers.parse(phone, region)
            if not phonenumbers.is_valid_number(number):
                invalid += 1
                continue
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            invalid += 1
            continue
        if email and not email_re.match(email):
            invalid += 1
            continue
        key = (e164, email.lower())
        if e164 in seen or (email and email.lower() in seen):
            duplicate += 1
            continue
        seen.add(e164)
        if email:
            seen.add(email.lower())
        rows.append((first, last, e164, email, notes, group))
        if len(rows) >= 10000:
            db.executemany("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?)", rows)
            rows.clear()
db.executemany("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?)", rows)
db.commit()
print(f"invalid={invalid} duplicate={duplicate}", file=sys.stderr)
