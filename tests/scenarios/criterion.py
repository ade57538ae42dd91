"""The income criterion written out again from DOMAIN.md §2, in grosze: shared by the scenario writers."""

# (in force from, single person, per person in a family), in grosze.
CRITERION = [
    ("2012-10-01", 54200, 45600),
    ("2015-10-01", 63400, 51400),
    ("2018-10-01", 70100, 52800),
    ("2022-01-01", 77600, 60000),
    ("2025-01-01", 101000, 82300),
]
KNOWN_UNTIL = "2027-12-31"


def criterion_on(day):
    if day < CRITERION[0][0] or day > KNOWN_UNTIL:
        return None
    return [c for c in CRITERION if c[0] <= day][-1]


def zl(grosze):
    return f"{grosze // 100}.{grosze % 100:02d}"
