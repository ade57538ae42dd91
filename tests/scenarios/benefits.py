"""The act's benefits (DOMAIN.md §10), worked out again here, apart from the Rust engine: each
scenario gives a household and a day, and per benefit the outcome, the estimate in whole grosze, and
the amounts its explanation must name. Written to benefits.json, read by tests/scenarios.rs.

The act's figures, as DOMAIN.md §10 gives them: zasiłek stały 130% of the criterion less income, at
most 1 229 zł for a person alone (from 2025-01-01), at least 100 zł (from 2024-01-01); in a family 130%
of the criterion per person less income per person (UNVERIFIED); zasiłek okresowy at least 50% of the
gap and 20 zł, at most the gap; specjalny zasiłek celowy up to the criterion. "Lower than" for stały
and okresowy, "not above" for celowy, "above" for specjalny.
"""
import json
from fractions import Fraction

from criterion import criterion_on, zl

MET, UNKNOWN, NOT_MET = 0, 1, 2
CODE = {MET: "met", UNKNOWN: "unknown", NOT_MET: "not_met"}
COMPLETELY = {"moderate", "severe", "equivalent_moderate", "equivalent_severe"}
COUNTED = {"wages", "pension", "unemployment_benefit", "family_benefits", "alimony_received", "business", "other_counted"}


def percent(share, grosze):
    """`share`% of an amount, to the grosz, half away from zero (amounts here are positive)."""
    q, r = divmod(share * grosze, 100)
    return q + (1 if 2 * r >= 100 else 0)


def grosze(text):
    whole, _, part = text.partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def pln(g):
    """As the app writes an amount in Polish: 1 010,00 zł, grouped with no-break spaces."""
    whole = f"{g // 100:,}".replace(",", "\u00a0")
    return f"{whole},{g % 100:02d}\u00a0zł"


def age_on(member, day):
    born = member.get("birth_date")
    if born is None:
        return member.get("age")
    years = int(day[:4]) - int(born[:4])
    return years - 1 if day[5:] < born[5:] else years


def counted(member):
    if member.get("incomes") is None:
        return None
    total = 0
    for income in member["incomes"]:
        if income["kind"] in COUNTED:
            total += grosze(income["monthly"])
        elif income["kind"] == "alimony_paid":
            total -= grosze(income["monthly"])
    return total


def expect(h, day):
    single, per_person = criterion_on(day)[1:]
    members = h["members"]
    me = members[0]
    persons = len(members)
    own = counted(me)
    parts = [counted(m) for m in members]
    total = None if None in parts else max(sum(parts), 0)
    limit = single if persons == 1 else per_person * persons
    age = age_on(me, day)
    sex = me.get("sex")
    situation = h.get("situation", {})
    citizen = situation.get("polish_citizen", "unknown")
    event = situation.get("random_event", "unknown")
    if any(g in ("random_event", "natural_disaster") for g in (h.get("art7") or [])):
        event = "yes"

    if age is None:
        by_age = UNKNOWN
    elif age >= 65:
        by_age = MET
    elif age < 60:
        by_age = NOT_MET
    else:
        by_age = {"female": MET, "male": NOT_MET}.get(sex, UNKNOWN)
    cert = me.get("certificate", "unknown")
    completely = MET if cert in COMPLETELY else UNKNOWN if cert == "unknown" else NOT_MET
    adult = UNKNOWN if age is None else NOT_MET if age < 18 else MET
    unable = max(min(by_age, completely), adult)

    def test(holds):
        return UNKNOWN if total is None else MET if holds(total, limit) else NOT_MET

    below, not_above, above = test(lambda i, l: i < l), test(lambda i, l: i <= l), test(lambda i, l: i > l)
    own_test = MET if persons == 1 or total is None else (MET if own < per_person else NOT_MET)
    residence = MET if citizen == "yes" else UNKNOWN
    says = [] if total is None else [pln(total), pln(limit)]

    def verdict(outcome, estimate):
        outcome = max(outcome, residence)
        out = {"outcome": CODE[outcome], "says": says}
        out["estimate"] = estimate if outcome != NOT_MET and total is not None else None
        return out

    if persons == 1:
        staly = None if day < "2025-01-01" else {"amount": zl(max(min(percent(130, single) - total, 122900), 10000))} if total is not None else None
    else:
        per = None if total is None else round(Fraction(total, persons))
        staly = None if per is None else {"amount": zl(max(percent(130, per_person) - per, 10000)), "unverified": True}
    gap = None if total is None else limit - total
    okresowy = None if gap is None else {"least": zl(max(percent(50, gap), 2000)), "most": zl(max(gap, max(percent(50, gap), 2000)))}
    event_outcome = {"yes": MET, "no": NOT_MET}.get(event, UNKNOWN)
    return {
        "zasilek-staly": verdict(max(unable, below, own_test), staly),
        "zasilek-okresowy": verdict(below, okresowy),
        "zasilek-celowy": verdict(min(not_above, event_outcome), None),
        "specjalny-zasilek-celowy": verdict(max(above, UNKNOWN), {"up_to": zl(limit)}),
    }


def person(role, age=None, monthly=None, **more):
    m = {"role": role, "incomes": [] if monthly is None else [{"kind": "pension", "monthly": monthly}], **more}
    if age is not None:
        m["age"] = age
    return m


def household(*members, citizen="yes", event="no", **more):
    return {"schema": 4, "gmina": "Białowieża", "gmina_code": "200502", "members": list(members),
            "situation": {"polish_citizen": citizen, "random_event": event}, **more}


TODAY = "2026-12-07"


def scenarios():
    out = []

    def add(name, h, day=TODAY):
        out.append({"name": name, "date": day, "household": h, "benefits": expect(h, day)})

    # A person alone at and around the criterion: "lower than" against "not above".
    for monthly in ["1009.99", "1010.00", "1010.01"]:
        add(f"osoba samotna, 70 lat, dochód {monthly} zł", household(person("applicant", 70, monthly, sex="male")))
    # Families of 2 to 6 at and around 823 zł a person; the applicant, unable to work, earns nothing.
    for persons in range(2, 7):
        for delta in (-1, 0, 1):
            total = 82300 * persons + delta
            others = [person("partner", 40, zl(total))] + [person("child", 5) for _ in range(persons - 2)]
            add(f"rodzina {persons} osób, dochód {zl(total)} zł",
                household(person("applicant", 40, certificate="moderate"), *others))
    # Own income in a family: lower than 823 zł.
    for monthly in ["822.99", "823.00"]:
        add(f"rodzina 2 osób, własny dochód {monthly} zł",
            household(person("applicant", 70, monthly, sex="female"), person("partner", 72)))
    # The retirement age at the birthday: 60 for a woman, 65 for a man.
    for sex, born in [("female", "1966-12-07"), ("male", "1961-12-07")]:
        for day in ["2026-12-06", TODAY]:
            add(f"{sex}, urodzona/y {born}, w dniu {day}",
                household(person("applicant", monthly="500.00", birth_date=born, sex=sex, certificate="none")), day)
    add("62 lata, płeć nie podana", household(person("applicant", 62, "500.00", certificate="none")))
    # Every certificate, at 40.
    for cert in ["none", "light", "moderate", "severe", "equivalent_moderate", "equivalent_severe", "child", "child_with_7_8", "unknown"]:
        add(f"40 lat, orzeczenie {cert}", household(person("applicant", 40, "300.00", certificate=cert)))
    add("17 lat, znaczny stopień: zasiłek stały jest dla pełnoletnich", household(person("applicant", 17, "0.00", certificate="severe")))
    # The cap for a person alone, and zasiłek okresowy's least (20 zł).
    for monthly in ["0.00", "84.00", "84.01", "980.00", "970.00", "969.98"]:
        add(f"osoba samotna, 66 lat, dochód {monthly} zł", household(person("applicant", 66, monthly)))
    # A random event, whatever the income; named among the art. 7 grounds, too.
    for event in ["yes", "no", "unknown"]:
        add(f"dochód 2000 zł, zdarzenie losowe: {event}", household(person("applicant", 45, "2000.00", certificate="none"), event=event))
    add("klęska żywiołowa wśród powodów (art. 7)",
        household(person("applicant", 45, "2000.00", certificate="none"), event="unknown", art7=["natural_disaster"]))
    # Not a Polish citizen, or not said; income not known.
    for citizen in ["no", "unknown"]:
        add(f"obywatelstwo polskie: {citizen}", household(person("applicant", 70, "500.00"), citizen=citizen))
    add("dochody nieznane", household({"role": "applicant", "age": 70, "incomes": None}))
    # Before the cap was known (2025): no amount for a person alone, the 2022 criterion compared.
    add("osoba samotna w czerwcu 2024", household(person("applicant", 70, "700.00")), "2024-06-01")
    add("rodzina 3 osób w czerwcu 2024", household(person("applicant", 70), person("partner", 70, "1500.00"), person("child", 10)), "2024-06-01")
    return out


def write(here):
    found = scenarios()
    (here / "benefits.json").write_text(json.dumps({"scenarios": found}, ensure_ascii=False, indent=1) + "\n")
    return len(found)
