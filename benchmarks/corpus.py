"""A synthetic, news-like corpus for the speed benchmark: the same articles for every run of a given seed.

The texts are template sentences filled from small tables by a seeded random generator. They read like wire
reports (an attack, its toll, quotes, denials, background) so the extractors do their usual work on them, but
they are not meant to be true or to be scored: use them for timing only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

# Run as a script (`python benchmarks/corpus.py`) as well as imported by the other benchmark scripts.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from wirecoder.models import Article  # noqa: E402

DEFAULT_SEED = 20250307
DEFAULT_SIZE = 200
MIN_WORDS = 150
MAX_WORDS = 600


@dataclass(frozen=True, slots=True)
class Locale:
    """Where a synthetic event happens: a town, its district, province and country."""

    town: str
    district: str
    province: str
    country: str
    capital: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone who can be quoted: a name and the title a report gives them."""

    name: str
    title: str
    surname: str


@dataclass(frozen=True, slots=True)
class Fills:
    """Everything one article's templates may use, drawn once per article so the story holds together."""

    locale: Locale
    official: Speaker
    minister: Speaker
    group: str
    target: str
    victims: str
    weekday: str
    killed: int
    wounded: int
    officers: int
    abducted: int
    outlet: str


LOCALES = (
    Locale("Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", "Pakistan", "Islamabad"),
    Locale("Tank", "Tank", "Khyber Pakhtunkhwa", "Pakistan", "Islamabad"),
    Locale("Turbat", "Kech", "Balochistan", "Pakistan", "Islamabad"),
    Locale("Mastung", "Mastung", "Balochistan", "Pakistan", "Islamabad"),
    Locale("Jalalabad", "Behsud", "Nangarhar", "Afghanistan", "Kabul"),
    Locale("Kunduz", "Kunduz", "Kunduz", "Afghanistan", "Kabul"),
    Locale("Baidoa", "Baidoa", "Bay", "Somalia", "Mogadishu"),
    Locale("Beledweyne", "Beledweyne", "Hiiraan", "Somalia", "Mogadishu"),
    Locale("Gwoza", "Gwoza", "Borno", "Nigeria", "Abuja"),
    Locale("Zurmi", "Zurmi", "Zamfara", "Nigeria", "Abuja"),
    Locale("Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "Iraq", "Baghdad"),
    Locale("Baqubah", "Baqubah", "Diyala", "Iraq", "Baghdad"),
)
OFFICIALS = (
    Speaker("Imran Yousafzai", "District Police Officer", "Yousafzai"),
    Speaker("Abdul Qadir Noori", "provincial police spokesman", "Noori"),
    Speaker("Hassan Abdi Nur", "regional security chief", "Nur"),
    Speaker("Ibrahim Musa Garba", "state police commissioner", "Garba"),
    Speaker("Ali Kareem Hamdan", "local army commander", "Hamdan"),
    Speaker("Farida Jamal", "district administrator", "Jamal"),
)
MINISTERS = (
    Speaker("Tahir Mahmood", "Interior Minister", "Mahmood"),
    Speaker("Zainab Warsame", "Security Minister", "Warsame"),
    Speaker("Bashir Olawale", "Defence Minister", "Olawale"),
    Speaker("Saad al-Jubouri", "government spokesman", "al-Jubouri"),
)
GROUPS = ("militants", "gunmen", "insurgents", "an armed group", "suspected jihadists", "unidentified attackers")
TARGETS = ("a police checkpoint", "an army convoy", "a market", "a village", "a district office", "a mosque")
VICTIMS = ("soldiers", "policemen", "civilians", "villagers", "worshippers", "security guards")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OUTLETS = ("Frontier Dispatch", "Indus Wire", "Horn Observer", "Daily Savannah", "Tigris Daily", "Capital Observer")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

LEADS = (
    "{TOWN}: At least {killed_word} {victims} were killed and {wounded} others wounded on {weekday} when "
    "{group} attacked {target} in {town}, in the {district} district of {province}, officials said.",
    "A bomb planted near {target} exploded in {town} on {weekday}, killing {killed_word} {victims}, including "
    "{officers_word} officers, and injuring {wounded} people, police in {province} said.",
    "{group_cap} abducted {abducted} {victims} from {target} near {town} in {country}'s {province} province "
    "late on {weekday}, local officials said, and {killed_word} people were shot dead as they tried to flee.",
    "An air strike hit a compound outside {town} on {weekday}, killing {killed_word} people, the {country} "
    "military said, while residents said most of the dead were {victims}.",
    "{group_cap} stormed {target} in {district} on {weekday} night, and a gun battle with security forces "
    "left {killed_word} {victims} and {officers_word} attackers dead, the {official_title} said.",
    "Police in {province} said on {weekday} that they had arrested {wounded} suspects after a raid on "
    "{target} in {town}, where {killed_word} {victims} had been killed the previous week.",
)
PARAGRAPHS = (
    '"{group_cap} came from several directions and opened fire without warning," {official_title} '
    '{official} told {outlet}. "Our men responded at once and the fighting lasted for hours."',
    "{official_title_cap} {official} said the wounded had been taken to the main hospital in {town}, where "
    "several were in a critical condition.",
    "{minister_title} {minister} condemned the attack and accused {group} of trying to spread fear before "
    "the elections, and said those responsible \"will be found and punished\".",
    "{minister} warned that the government would take \"every step necessary\" to protect {victims} and "
    "demanded that neighbouring countries stop sheltering those behind the violence.",
    "A spokesman for the group denied that it had targeted {victims}, saying in a statement that its "
    "fighters had only attacked \"legitimate targets\" in {district}.",
    "No group immediately claimed responsibility, but officials blamed {group} who have been active in "
    "{province} since the start of the year.",
    "Residents said they heard a loud explosion followed by gunfire. \"We hid inside our homes until the "
    "morning,\" said a shopkeeper in {town}, who asked not to be named for fear of reprisals.",
    "According to the {official_title}, {killed_word} of the dead were {victims} and the others were "
    "passers-by. The toll could rise, he said, as {officers_word} of the wounded were in a serious condition.",
    # A quotation running over two paragraphs: the first leaves its quotation mark open, as wire style does.
    '"We have asked the federal government for more troops and equipment. We cannot hold these roads with '
    'the men we have.\n\n"If nothing changes, the people of {district} will leave their homes," {official} said.',
    "The attack was the latest in a string of assaults on {target_plural} in {province}. In November last "
    "year, {group} killed {officers_word} people in a similar raid in the neighbouring district.",
    "Local elders called on the authorities to reopen the road between {town} and {capital}, which has been "
    "closed since {weekday}, and demanded compensation for the families of the victims.",
    "The {official_title} said security forces had cordoned off the area and begun a search operation. He "
    "said {officers_word} suspects had been detained for questioning.",
    "Human rights groups urged the government to investigate the killings and to publish the findings, "
    "saying similar inquiries in the past had never been made public.",
    "The {country} government said in a statement issued in {capital} that it rejected \"baseless "
    "allegations\" that its forces had fired on {victims}, and said the matter was under investigation.",
)


def generate_corpus(size: int = DEFAULT_SIZE, *, seed: int = DEFAULT_SEED) -> list[Article]:
    """`size` synthetic articles, the same for the same `size` and `seed`."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    return [_article(rng, number, start + dt.timedelta(days=number % 300)) for number in range(size)]


def corpus_fingerprint(articles: list[Article]) -> str:
    """A short hash of the texts, to show that every benchmark process measured the same corpus."""
    digest = hashlib.sha256()
    for article in articles:
        digest.update(article.content_hash.encode("ascii"))
    return digest.hexdigest()[:12]


def word_count(text: str) -> int:
    """Whitespace-separated words in `text`."""
    return len(text.split())


def _article(rng: random.Random, number: int, published: dt.date) -> Article:
    fills = _draw_fills(rng)
    target_words = rng.randint(MIN_WORDS, MAX_WORDS)
    paragraphs = [_render(rng.choice(LEADS), fills)]
    pool: list[str] = []
    while word_count("\n\n".join(paragraphs)) < target_words:
        # Deal paragraphs from a shuffled deck so one article repeats a paragraph only once it has used them all.
        pool = pool or rng.sample(PARAGRAPHS, len(PARAGRAPHS))
        paragraphs.append(_render(pool.pop(), fills))
    text = "\n\n".join(paragraphs)
    return Article(
        id=f"bench-{number:04d}",
        text=text,
        title=f"{fills.killed} killed in {fills.locale.town} attack",
        published=published,
        outlet=fills.outlet,
        url=f"https://bench.example/{number:04d}",
    )


def _draw_fills(rng: random.Random) -> Fills:
    return Fills(
        locale=rng.choice(LOCALES),
        official=rng.choice(OFFICIALS),
        minister=rng.choice(MINISTERS),
        group=rng.choice(GROUPS),
        target=rng.choice(TARGETS),
        victims=rng.choice(VICTIMS),
        weekday=rng.choice(WEEKDAYS),
        killed=rng.randint(2, 40),
        wounded=rng.randint(2, 60),
        officers=rng.randint(2, 5),
        abducted=rng.randint(3, 30),
        outlet=rng.choice(OUTLETS),
    )


def _render(template: str, fills: Fills) -> str:
    locale = fills.locale
    return template.format(
        TOWN=locale.town.upper(),
        town=locale.town,
        district=locale.district,
        province=locale.province,
        country=locale.country,
        capital=locale.capital,
        group=fills.group,
        group_cap=fills.group[0].upper() + fills.group[1:],
        target=fills.target,
        target_plural=fills.target.split(" ", 1)[1] + "s",
        victims=fills.victims,
        weekday=fills.weekday,
        killed_word=_number_text(fills.killed),
        wounded=fills.wounded,
        abducted=fills.abducted,
        officers_word=_number_text(fills.officers),
        official=fills.official.name,
        official_title=fills.official.title,
        official_title_cap=fills.official.title[0].upper() + fills.official.title[1:],
        minister=fills.minister.name,
        minister_title=fills.minister.title,
        outlet=fills.outlet,
    )


def _number_text(value: int) -> str:
    # Wire style: small numbers as words, larger ones as digits, so both kinds of casualty figure occur.
    return NUMBER_WORDS[value] if value < len(NUMBER_WORDS) else str(value)


def main(argv: list[str] | None = None) -> None:
    """Print the corpus as JSON Lines (for looking at it, or for `wirecoder extract -`)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    options = parser.parse_args(argv)
    for article in generate_corpus(options.size, seed=options.seed):
        record = {"id": article.id, "title": article.title, "published": article.published.isoformat(),
                  "outlet": article.outlet, "url": article.url, "text": article.text}
        sys.stdout.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
