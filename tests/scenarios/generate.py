#!/usr/bin/env python3
"""Writes the eligibility scenarios in this folder (JSON read by tests/scenarios.rs).

The expected results are worked out here independently of the Rust engine: the income criterion table
is written out again from DOMAIN.md §2, and amounts are compared in whole grosze. Run it after changing
a scenario, then commit the JSON: `python3 tests/scenarios/generate.py`.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent

from criterion import CRITERION, KNOWN_UNTIL, criterion_on, zl  # noqa: E402,F401
import benefits  # noqa: E402

# Test gminas of the synthetic catalogue: codes no real gmina has.
TESTOWO = ("Testowo", "999901")


def household(members, wages_grosze=0, gmina=TESTOWO, extra_incomes=(), **answers):
    """An applicant earning `wages_grosze` a month, with members - 1 young children without income."""
    incomes = [{"kind": "wages", "monthly": zl(wages_grosze)}] + [
        {"kind": k, "monthly": zl(g)} for k, g in extra_incomes
    ]
    people = [{"role": "applicant", "age": 35, "incomes": incomes}]
    people += [{"role": "child", "age": 5, "incomes": []} for _ in range(members - 1)]
    h = {"schema": 2, "members": people}
    if gmina:
        h["gmina"], h["gmina_code"] = gmina
    h.update(answers)
    return h


def income_outcome(day, members, counted_grosze, percent):
    c = criterion_on(day)
    if c is None:
        return "unknown"
    base = c[1] if members == 1 else c[2]
    # counted ≤ base × percent / 100 × members, in exact integers.
    return "met" if counted_grosze * 100 <= base * percent * members else "not_met"




scenarios = []


def add(name, day, h, expect):
    scenarios.append({"name": name, "date": day, "household": h, "expect": expect})


# --- income at, 1 grosz under and 1 grosz over the limit, on both sides of every change -----------
DATES = ["2015-09-30", "2015-10-01", "2018-09-30", "2018-10-01", "2021-12-31", "2022-01-01", "2024-12-31",
         "2025-01-01", "2026-11-22"]
for i, day in enumerate(DATES):
    members = i % 8 + 1
    c = criterion_on(day)
    base = c[1] if members == 1 else c[2]
    for label, delta in [("równo z kryterium", 0), ("1 grosz poniżej", -1), ("1 grosz powyżej", 1)]:
        per_person = base + delta
        total = per_person * members
        expect = {
            "dochod-100": {"status": "recruiting", "outcome": income_outcome(day, members, total, 100),
                           "criteria": {"zamieszkanie": "met", "dochod": income_outcome(day, members, total, 100)}},
            "dochod-150": {"outcome": income_outcome(day, members, total, 150),
                           "criteria": {"dochod": income_outcome(day, members, total, 150)}},
        }
        add(f"{day}, osób: {members}, dochód na osobę {label} ({zl(per_person)} zł)", day,
            household(members, total), expect)

# --- every family size from 1 to 8 exactly at 150% today, and 1 grosz over --------------------------
for members in range(1, 9):
    day = "2026-11-22"
    c = criterion_on(day)
    base = c[1] if members == 1 else c[2]
    limit_total = base * 150 * members // 100  # 150% of a whole-złoty criterion is a whole grosz
    for label, total in [("równo 150%", limit_total), ("1 grosz ponad 150%", limit_total + 1)]:
        outcome = income_outcome(day, members, total, 150)
        add(f"osób: {members}, łączny dochód {label} ({zl(total)} zł)", day, household(members, total),
            {"dochod-150": {"outcome": outcome, "criteria": {"dochod": outcome}},
             "dochod-100": {"outcome": "not_met", "criteria": {"dochod": "not_met"}}})

# --- income the law leaves out -------------------------------------------------------------------
for kind, label in [("child_benefit_800", "800+"), ("purpose_allowance", "zasiłek celowy"),
                    ("socially_useful_work", "prace społecznie użyteczne"), ("thirteenth_pension", "13. emerytura"),
                    ("school_aid", "pomoc materialna dla uczniów"), ("one_off_social_payment", "jednorazowe świadczenie socjalne")]:
    day, members = "2025-06-01", 3
    total = 82300 * members  # exactly at 100% without the excluded income
    add(f"{label} nie jest wliczane", day, household(members, total, extra_incomes=[(kind, 120000)]),
        {"dochod-100": {"outcome": "met", "criteria": {"dochod": "met"}}})
add("alimenty płacone innym są odliczane", "2025-06-01",
    household(2, 82300 * 2 + 50000, extra_incomes=[("alimony_paid", 50000)]),
    {"dochod-100": {"outcome": "met", "criteria": {"dochod": "met"}}})
add("alimenty otrzymywane są wliczane", "2025-06-01",
    household(2, 82300 * 2, extra_incomes=[("alimony_received", 1)]),
    {"dochod-100": {"outcome": "not_met", "criteria": {"dochod": "not_met"}}})

# --- dates outside what we know about the criterion ----------------------------------------------
add("przed pierwszym znanym kryterium dochód jest nieznany", "2012-09-30", household(1, 10000),
    {"dochod-100": {"outcome": "unknown", "criteria": {"dochod": "unknown"}}})
add("po znanym okresie kryterium dochód jest nieznany", "2028-01-01", household(1, 10000),
    {"dochod-100": {"outcome": "unknown", "criteria": {"dochod": "unknown"}}})

# --- "nie wiem" -------------------------------------------------------------------------------------
h = household(2, 10000)
h["members"][1]["incomes"] = None
add("dochód dziecka: nie wiem", "2025-06-01", h,
    {"dochod-100": {"outcome": "unknown", "criteria": {"zamieszkanie": "met", "dochod": "unknown"}}})
h = household(1, 10000, gmina=None)
add("gmina: nie wiem, dochód w normie", "2025-06-01", h,
    {"dochod-100": {"outcome": "unknown", "criteria": {"zamieszkanie": "unknown", "dochod": "met"}}})
h = household(1, 500000, gmina=None)
add("gmina: nie wiem, dochód za wysoki: nie spełnia mimo niewiadomej", "2025-06-01", h,
    {"dochod-100": {"outcome": "not_met", "criteria": {"zamieszkanie": "unknown", "dochod": "not_met"}}})
add("inna gmina", "2025-06-01", household(1, 10000, gmina=("Inna", "999903")),
    {"dochod-100": {"outcome": "not_met", "criteria": {"zamieszkanie": "not_met", "dochod": "met"}}})
add("gmina o tej samej nazwie, ale innym kodzie nie pasuje", "2025-06-01", household(1, 10000, gmina=("Testowo", "999902")),
    {"dochod-100": {"outcome": "not_met", "criteria": {"zamieszkanie": "not_met"}}})
h = household(1, 10000)
del h["gmina_code"]
add("sama nazwa gminy, bez kodu, to brak odpowiedzi", "2025-06-01", h,
    {"dochod-100": {"outcome": "unknown", "criteria": {"zamieszkanie": "unknown"}}})
empty = {"schema": 2, "members": [{"role": "applicant"}]}
add("same odpowiedzi „nie wiem”", "2025-06-01", empty,
    {"dochod-100": {"outcome": "unknown", "criteria": {"zamieszkanie": "unknown", "dochod": "unknown"}},
     "aktywizacja-mlodych": {"outcome": "unknown", "criteria": {"wiek": "unknown", "bezrobocie": "unknown"}},
     "art7-rewitalizacja": {"outcome": "unknown", "criteria": {"art7": "unknown", "rewitalizacja": "unknown"}},
     "rodziny": {"outcome": "unknown", "criteria": {"dzieci": "not_met", "zastepcze": "unknown", "zagrozenie": "unknown"}}})

# --- age and registered unemployment --------------------------------------------------------------
for age, outcome in [(17, "not_met"), (18, "met"), (29, "met"), (30, "not_met")]:
    h = {"schema": 2, "members": [{"role": "applicant", "age": age, "registered_unemployed": "yes"}]}
    add(f"wiek {age}, bezrobotny", "2025-06-01", h,
        {"aktywizacja-mlodych": {"outcome": outcome, "criteria": {"wiek": outcome, "bezrobocie": "met"}}})
h = {"schema": 2, "members": [{"role": "applicant", "birth_date": "2000-06-02", "registered_unemployed": "yes"}]}
add("urodziny dzień po dacie sprawdzenia: jeszcze 24 lata", "2025-06-01", h,
    {"aktywizacja-mlodych": {"outcome": "met", "criteria": {"wiek": "met"}}})
h = {"schema": 2, "members": [{"role": "applicant", "birth_date": "1995-06-01", "registered_unemployed": "yes"}]}
add("30. urodziny w dniu sprawdzenia", "2025-06-01", h,
    {"aktywizacja-mlodych": {"outcome": "not_met", "criteria": {"wiek": "not_met"}}})
h = {"schema": 2, "members": [{"role": "applicant", "age": 25, "registered_unemployed": "no"}]}
add("niezarejestrowany w urzędzie pracy", "2025-06-01", h,
    {"aktywizacja-mlodych": {"outcome": "not_met", "criteria": {"wiek": "met", "bezrobocie": "not_met"}}})
h = {"schema": 2, "members": [{"role": "applicant", "age": 25, "registered_unemployed": "unknown"}]}
add("rejestracja w urzędzie pracy: nie wiem", "2025-06-01", h,
    {"aktywizacja-mlodych": {"outcome": "unknown", "criteria": {"bezrobocie": "unknown"}}})

# --- art. 7 and the revitalisation area -----------------------------------------------------------
for grounds, area, outcome, art7 in [(["poverty"], "yes", "met", "met"), (["disability"], "yes", "not_met", "not_met"),
                                     (["unemployment", "disability"], "unknown", "unknown", "met"),
                                     (None, "no", "not_met", "unknown"), ([], "yes", "not_met", "not_met")]:
    h = {"schema": 2, "members": [{"role": "applicant"}], "art7": grounds, "revitalisation_area": area}
    add(f"art. 7: {grounds}, obszar rewitalizacji: {area}", "2025-06-01", h,
        {"art7-rewitalizacja": {"outcome": outcome, "criteria": {"art7": art7}}})

# --- any-of target groups ---------------------------------------------------------------------------
add("rodzina z dziećmi spełnia „jedno z”", "2025-06-01", household(3, 0),
    {"rodziny": {"outcome": "met", "criteria": {"dzieci": "met"}}})
h = {"schema": 2, "members": [{"role": "applicant"}], "situation": {"foster_family": "yes"}}
add("rodzina zastępcza bez własnych dzieci", "2025-06-01", h,
    {"rodziny": {"outcome": "met", "criteria": {"dzieci": "not_met", "zastepcze": "met"}}})
h = {"schema": 2, "members": [{"role": "applicant", "disability": "yes"}], "situation": {"foster_family": "no"},
     "at_risk": [], "art7": []}
add("niepełnosprawność to kategoria zagrożenia wykluczeniem", "2025-06-01", h,
    {"rodziny": {"outcome": "met", "criteria": {"zagrozenie": "met"}}})
h = {"schema": 2, "members": [{"role": "applicant", "disability": "no"}], "situation": {"foster_family": "no"},
     "at_risk": [], "art7": []}
add("żadna grupa", "2025-06-01", h, {"rodziny": {"outcome": "not_met"}})
for cert, outcome in [("moderate", "met"), ("child", "met"), ("none", "not_met")]:
    h = {"schema": 3, "members": [{"role": "applicant", "certificate": cert}], "situation": {"foster_family": "no"},
         "at_risk": [], "art7": []}
    add(f"orzeczenie {cert} a kategoria osób z niepełnosprawnościami (f)", "2025-06-01", h,
        {"rodziny": {"outcome": outcome, "criteria": {"zagrozenie": outcome}}})

# --- ended and durability projects say so whatever the answers ---------------------------------
add("projekt zakończony mimo spełnionych warunków", "2025-06-01", household(1, 0),
    {"zakonczony": {"status": "ended", "outcome": "met"}, "trwalosc": {"status": "durability", "outcome": "met"}})
add("ten sam projekt w trakcie realizacji", "2016-06-01", household(1, 0),
    {"zakonczony": {"status": "recruiting", "outcome": "met"}, "trwalosc": {"status": "planned"}})

# --- disability certificates and carers (the 2026 programmes) ------------------------------------
# Worked out here on their own: a member fits when the certificate is one asked for and, where the rule
# gives ages, "od ukończenia 2 do ukończenia 16 roku życia" holds (2 <= age < 16).
def and3(*outcomes):
    return "not_met" if "not_met" in outcomes else "unknown" if "unknown" in outcomes else "met"


def or3(outcomes):
    return "met" if "met" in outcomes else "unknown" if "unknown" in outcomes else "not_met"


def certificate_fits(members, certificates, age_from=None, age_under=None, skip=0):
    found = []
    for m in members[skip:]:
        c = m.get("certificate", "unknown")
        cert = "unknown" if c == "unknown" else "met" if c in certificates else "not_met"
        if age_from is None and age_under is None:
            age = "met"
        elif m.get("age") is None:
            age = "unknown"
        else:
            age = "met" if age_from <= m["age"] < age_under else "not_met"
        found.append(and3(cert, age))
    return or3(found)


ANSWER = {"yes": "met", "no": "not_met", "unknown": "unknown"}
CHILD_78, CHILD_ANY = ["child_with_7_8"], ["child", "child_with_7_8"]
ADULT_AOON = ["severe", "moderate", "equivalent_severe", "equivalent_moderate"]
ADULT_OW = ["severe", "equivalent_severe"]


def disability_expect(h):
    m = h["members"]
    carer = ANSWER[h.get("situation", {}).get("carer", "unknown")]
    child = certificate_fits(m, CHILD_78, 2, 16)
    adult = certificate_fits(m, ADULT_AOON)
    care_child = and3(carer, certificate_fits(m, CHILD_ANY, 2, 16, skip=1))
    care_adult = and3(carer, certificate_fits(m, ADULT_OW, skip=1))
    return {"asystent": {"outcome": or3([child, adult]), "criteria": {"dziecko": child, "dorosly": adult}},
            "wytchnieniowa": {"outcome": or3([care_child, care_adult]),
                              "criteria": {"opieka-dziecko": care_child, "opieka-dorosly": care_adult}}}


def with_members(*members, carer="unknown"):
    return {"schema": 3, "members": [dict(role=r, age=a, certificate=c) for r, a, c in members],
            "situation": {"carer": carer}}


for age in [1, 2, 10, 15, 16]:
    for cert in ["child_with_7_8", "child", "unknown"]:
        for carer in ["yes", "no"]:
            h = with_members(("applicant", 40, "none"), ("child", age, cert), carer=carer)
            add(f"dziecko {age} lat, orzeczenie {cert}, opieka: {carer}", "2026-11-28", h, disability_expect(h))
for cert in ["none", "light", "moderate", "severe", "equivalent_moderate", "equivalent_severe", "unknown"]:
    h = with_members(("applicant", 45, cert))
    add(f"osoba sama, orzeczenie {cert}", "2026-11-28", h, disability_expect(h))
    for carer in ["yes", "no", "unknown"]:
        h = with_members(("applicant", 50, "none"), ("other", 78, cert), carer=carer)
        add(f"opieka nad członkiem rodziny z orzeczeniem {cert}, opieka: {carer}", "2026-11-28", h, disability_expect(h))
h = with_members(("applicant", 40, "none"), ("child", None, "child_with_7_8"), carer="yes")
add("dziecko ze wskazaniami 7 i 8, wiek nie podany", "2026-11-28", h, disability_expect(h))
# The birthday decides: 16 the day after the check is still 15; 16 on the day is not.
for birth, age in [("2010-11-29", 15), ("2010-11-28", 16)]:
    h = with_members(("applicant", 40, "none"), ("child", None, "child_with_7_8"), carer="yes")
    del h["members"][1]["age"]
    h["members"][1]["birth_date"] = birth
    expect = disability_expect(with_members(("applicant", 40, "none"), ("child", age, "child_with_7_8"), carer="yes"))
    add(f"dziecko urodzone {birth}: w dniu sprawdzenia {age} lat", "2026-11-28", h, expect)

# --- income at 200% and 265% of the criterion in force, at the exact boundary ----------------------
for members in range(1, 5):
    day = "2026-11-28"
    c = criterion_on(day)
    base = c[1] if members == 1 else c[2]
    for percent in [200, 265]:
        limit_total = base * percent * members // 100  # 265% of 823 zł is 2 180,95 zł: a whole grosz
        assert limit_total * 100 == base * percent * members
        for label, total in [("równo", limit_total), ("1 grosz ponad", limit_total + 1)]:
            outcome = income_outcome(day, members, total, percent)
            project = "dochod-200" if percent == 200 else "dochod-265-art7"
            h = household(members, total, art7=["poverty"])
            add(f"osób: {members}, dochód {label} {percent}% kryterium ({zl(total)} zł)", day, h,
                {project: {"outcome": outcome, "criteria": {"dochod": outcome}}})
for grounds, outcome in [(["poverty"], "met"), ([], "not_met"), (None, "unknown")]:
    add(f"pomoc żywnościowa: art. 7 {grounds}, dochód w normie", "2026-11-28", household(1, 100000, art7=grounds),
        {"dochod-265-art7": {"outcome": outcome, "criteria": {"art7": outcome, "dochod": "met"}}})

Path(HERE / "synthetic.json").write_text(
    json.dumps({"catalogue": "tests/data/catalogue", "scenarios": scenarios}, ensure_ascii=False, indent=1) + "\n")

# --- the seed projects ----------------------------------------------------------------------------
seed = []
family = {"schema": 2, "gmina": "Jastrzębie-Zdrój", "gmina_code": "246701",
          "members": [{"role": "applicant", "age": 34, "incomes": [{"kind": "wages", "monthly": "2500.00"}]},
                      {"role": "child", "age": 8, "incomes": []}]}
seed.append({"name": "rodzina z Jastrzębia-Zdroju w czasie naboru", "date": "2022-03-01", "household": family,
             "expect": {"jastrzebie-zdroj-miasto-rodziny": {"status": "recruiting", "outcome": "met",
                                                            "criteria": {"zamieszkanie": "met", "grupa": "met"}},
                        "klobuckie-centrum-uslug-spolecznych": {"status": "durability", "outcome": "not_met",
                                                                "criteria": {"zamieszkanie": "not_met", "grupa": "met"}}}})
seed.append({"name": "ta sama rodzina dziś: wszystkie projekty zakończone", "date": "2026-11-22", "household": family,
             "expect": {p: {"status": "ended"} for p in [
                 "jastrzebie-zdroj-miasto-rodziny", "klobuckie-centrum-uslug-spolecznych", "zintegrowany-system-wsparcia-rodziny",
                 "poprawa-dostepu-do-uslug-wspierajacych-rodzine", "aktywna-integracja-alternatywa-na-lepsze-jutro"]}})
seed[1]["expect"]["jastrzebie-zdroj-miasto-rodziny"]["outcome"] = "met"
szprotawa = {"schema": 2, "gmina": "Szprotawa", "gmina_code": "081007", "revitalisation_area": "yes", "art7": ["unemployment"],
             "members": [{"role": "applicant", "age": 45, "incomes": [{"kind": "unemployment_benefit", "monthly": "634.00"}]}]}
seed.append({"name": "Szprotawa 2017: osoba bezrobotna z obszaru rewitalizacji, dochód równy kryterium", "date": "2017-03-01",
             "household": szprotawa,
             "expect": {"aktywna-integracja-alternatywa-na-lepsze-jutro": {
                 "status": "recruiting", "outcome": "met",
                 "criteria": {"zamieszkanie": "met", "zagrozenie": "met", "rewitalizacja": "met", "dochod": "met"}}}})
over = json.loads(json.dumps(szprotawa))
over["members"][0]["incomes"][0]["monthly"] = "634.01"
seed.append({"name": "Szprotawa 2017: dochód 1 grosz ponad kryterium nie przesądza (kryterium pierwszeństwa)", "date": "2017-03-01",
             "household": over,
             "expect": {"aktywna-integracja-alternatywa-na-lepsze-jutro": {
                 "outcome": "met", "criteria": {"dochod": "not_met"}}}})
belzyce = {"schema": 2, "gmina": "Bełżyce", "gmina_code": "060901", "members": [{"role": "applicant", "age": 50}], "at_risk": None, "art7": None}
seed.append({"name": "Bełżyce (gmina partnera) w 2018: zagrożenie wykluczeniem nieznane", "date": "2018-03-01", "household": belzyce,
             "expect": {"zintegrowany-system-wsparcia-rodziny": {
                 "status": "recruiting", "outcome": "unknown", "criteria": {"zamieszkanie": "met", "zagrozenie": "unknown"}}}})
szamotuly = {"schema": 2, "gmina": "Szamotuły", "gmina_code": "302407", "members": [{"role": "applicant", "age": 40}, {"role": "child", "age": 10}],
             "situation": {"care_difficulties": "yes"}, "at_risk": ["foster_care"], "art7": ["care_helplessness"]}
seed.append({"name": "Szamotuły 2019: rodzina z trudnościami opiekuńczo-wychowawczymi", "date": "2019-05-01", "household": szamotuly,
             "expect": {"poprawa-dostepu-do-uslug-wspierajacych-rodzine": {
                 "status": "running", "outcome": "met", "criteria": {"zamieszkanie": "met", "zagrozenie": "met", "grupa": "met"}}}})
# Two gminas are called Konopnica; only the one in powiat lubelski is the Jastków project's partner.
for code, where, outcome in [("060908", "powiat lubelski", "met"), ("101703", "powiat wieluński", "not_met")]:
    konopnica = {"schema": 2, "gmina": "Konopnica", "gmina_code": code, "members": [{"role": "applicant", "age": 50}],
                 "at_risk": ["social_assistance"], "art7": None}
    seed.append({"name": f"Konopnica ({where}) w 2018", "date": "2018-03-01", "household": konopnica,
                 "expect": {"zintegrowany-system-wsparcia-rodziny": {
                     "status": "recruiting", "outcome": outcome, "criteria": {"zamieszkanie": outcome}}}})

# --- the 2026 programmes (public/catalogue, pages in data/sources/projects-2026/) ------------------
def person(role, age, certificate="none", **more):
    return dict(role=role, age=age, certificate=certificate, **more)


dobra = {"schema": 3, "gmina": "Dobra", "gmina_code": "120703", "situation": {"carer": "yes"},
         "members": [person("applicant", 38), person("child", 10, "child_with_7_8")]}
aoon = "asystent-osobisty-2026-dobra"
seed.append({"name": "Dobra (powiat limanowski) dziś: dziecko 10 lat ze wskazaniami 7 i 8, nabór zakończony", "date": "2026-11-28",
             "household": dobra, "expect": {aoon: {"status": "running", "outcome": "met",
                                                   "criteria": {"zamieszkanie": "met", "dziecko": "met", "orzeczenie": "not_met"}},
                                            "asystent-osobisty-2026-zawoja": {"status": "running", "outcome": "not_met",
                                                                              "criteria": {"zamieszkanie": "not_met", "dziecko": "met"}}}})
seed.append({"name": "Dobra w sierpniu 2025: w czasie naboru", "date": "2025-08-01", "household": dobra,
             "expect": {aoon: {"status": "recruiting", "outcome": "met"}}})
seed.append({"name": "Dobra: dziecko 16 lat nie mieści się w przedziale wieku", "date": "2026-11-28",
             "household": {**dobra, "members": [person("applicant", 38), person("child", 16, "child_with_7_8")]},
             "expect": {aoon: {"outcome": "not_met", "criteria": {"dziecko": "not_met"}}}})
katowice = {"schema": 3, "gmina": "Katowice", "gmina_code": "246901", "members": [person("applicant", 52, "moderate")]}
seed.append({"name": "Katowice: dorosły z umiarkowanym stopniem; w Bielsku-Białej tylko znaczny i mieszkańcy", "date": "2026-11-28",
             "household": katowice, "expect": {
                 "asystent-osobisty-2026-katowice": {"status": "running", "outcome": "met", "criteria": {"orzeczenie": "met"}},
                 "asystent-osobisty-2026-bielsko-biala": {"outcome": "not_met",
                                                          "criteria": {"zamieszkanie": "not_met", "orzeczenie": "not_met"}}}})
for age, outcome in [(17, "not_met"), (18, "met")]:
    seed.append({"name": f"Miasteczko Śląskie: osoba {age} lat ze znacznym stopniem (strona: osoby pełnoletnie)", "date": "2026-11-28",
                 "household": {"schema": 3, "gmina": "Miasteczko Śląskie", "gmina_code": "241302", "members": [person("applicant", age, "severe")]},
                 "expect": {"asystent-osobisty-2026-miasteczko-slaskie": {"outcome": outcome, "criteria": {"orzeczenie": outcome}}}})
oswiecim = {"schema": 3, "gmina": "Oświęcim", "gmina_code": "121301", "situation": {"carer": "yes"},
            "members": [person("applicant", 55), person("other", 82, "equivalent_severe")]}
seed.append({"name": "Oświęcim: opiekun matki z orzeczeniem równoważnym znacznemu, po naborze", "date": "2026-11-28",
             "household": oswiecim, "expect": {"opieka-wytchnieniowa-2026-oswiecim": {
                 "status": "running", "outcome": "met", "criteria": {"opieka-dorosly": "met", "opieka-dziecko": "not_met"}}}})
seed.append({"name": "Oświęcim w czasie naboru (7–19 stycznia 2026)", "date": "2026-01-10", "household": oswiecim,
             "expect": {"opieka-wytchnieniowa-2026-oswiecim": {"status": "recruiting", "outcome": "met"}}})
puszcza = {"schema": 3, "gmina": "Puszcza Mariańska", "gmina_code": "143803", "situation": {"carer": "yes"},
           "members": [person("applicant", 35), person("child", 9, "child")]}
seed.append({"name": "Puszcza Mariańska: opiekun dziecka z orzeczeniem; strona nie obejmuje dzieci", "date": "2026-11-28",
             "household": puszcza, "expect": {"opieka-wytchnieniowa-2026-puszcza-marianska": {
                 "outcome": "not_met", "criteria": {"opieka-dorosly": "not_met"}}}})
for monthly, outcome in [("2020.00", "met"), ("2020.01", "not_met")]:
    seed.append({"name": f"Wadowice: osoba samotna z dochodem {monthly} zł (200% kryterium to 2 020,00 zł)", "date": "2026-11-28",
                 "household": {"schema": 3, "gmina": "Wadowice", "gmina_code": "121809",
                               "members": [{"role": "applicant", "age": 70, "incomes": [{"kind": "pension", "monthly": monthly}]}]},
                 "expect": {"posilek-w-szkole-i-w-domu-2026-wadowice": {"status": "running", "outcome": outcome,
                                                                       "criteria": {"dochod": outcome}}}})
for monthly, outcome in [("4361.90", "met"), ("4361.91", "not_met")]:
    seed.append({"name": f"Urszulin w maju 2026: rodzina 2 osób, dochód {monthly} zł (265% kryterium to 2 180,95 zł na osobę)", "date": "2026-05-04",
                 "household": {"schema": 3, "gmina": "Urszulin", "gmina_code": "061905", "art7": ["poverty"],
                               "members": [{"role": "applicant", "age": 60, "incomes": [{"kind": "pension", "monthly": monthly}]},
                                           {"role": "partner", "age": 61, "incomes": []}]},
                 "expect": {"fepz-podprogram-2025-urszulin": {"status": "recruiting", "outcome": outcome,
                                                               "criteria": {"art7": "met", "dochod": outcome}}}})
Path(HERE / "seeds.json").write_text(
    json.dumps({"catalogue": "public/catalogue", "scenarios": seed}, ensure_ascii=False, indent=1) + "\n")
print(f"{len(scenarios)} synthetic + {len(seed)} seed + {benefits.write(HERE)} benefit scenarios")
