"""A website's content folder, generated: N Markdown pages written for Hugo or Jekyll, not
for Casebook (title, date, description, topics, categories, draft; no case fields).

Most pages have YAML front matter, one in eight TOML (Hugo's '+++'); one in five is a page
bundle (name/index.md) and a few are Jekyll posts named by date. SITE_TOML is the
casebook.toml that reads such a folder as cases.

    python bench/site_corpus.py OUT --size 300 [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

SECTIONS = ("news", "projects", "stories", "posts")
# the site's own words for what a page is about (topics) and what was done (categories)
TOPICS = ("Trust in government", "Joined-up services", "Digital inclusion", "Legacy IT",
          "Skills", "Privacy", "Community engagement", "Red tape")
CATEGORIES = ("Digital service", "Co-design", "Open data", "Pilot", "Consultation",
              "Training")
AUTHORS = ("Digital Team", "Policy Lab", "Communications", "Service Design")
SUBJECTS = ("bus passes", "building permits", "school enrolment", "benefit claims",
            "library cards", "parking fines", "business licences", "waste collection",
            "care packages", "council tax", "planning objections", "youth grants")
VERBS = ("redesigned", "moved online", "simplified", "tested with residents", "opened up",
         "brought together", "cut the forms for", "published the data on")
FILLER = ("The team spoke to residents at libraries and community centres.",
          "Staff from three departments worked in one room for six weeks.",
          "The old process needed four forms and a visit in person.",
          "We published what we learned every fortnight on this blog.",
          "Calls to the contact centre fell after the new page went live.",
          "Not everything worked: the first prototype confused older users.",
          "The service now meets the accessibility standard.",
          "Feedback from the pilot shaped the version that launched.")
SITE_TOML = '''# Read this website's pages as cases (nothing in the pages is rewritten)
[fields]
summary = "{description}"
country = "New Zealand"
level = "national"
year_start = "{date}"

[tags.challenges]
columns = ["topics"]

[tags.challenges.map]  # the site's topics -> the taxonomy's challenges
"Trust in government" = "low-public-trust"
"Joined-up services" = "fragmented-services"
"Digital inclusion" = "digital-divide"
"Legacy IT" = "legacy-systems"
"Skills" = "skills-and-capacity-deficit"
"Privacy" = "privacy-and-security-concerns"
"Community engagement" = "low-civic-engagement"
"Red tape" = "regulatory-and-policy-barriers"

[tags.strategies]
columns = ["categories"]  # "Open data" is a strategy's label already

[tags.strategies.map]
"Digital service" = "e-governance-platform"
"Co-design" = "co-creation"
"Pilot" = "policy-experimentation"
"Consultation" = "public-consultation"
"Training" = "staff-training"

[source]
url = "https://www.example.govt.nz/{path}/"
publisher = "Example Agency"
year = "{date}"
'''


def page(rng: random.Random, n: int) -> tuple[str, str]:
    """(path inside the folder, text) of page n."""
    section = SECTIONS[n % len(SECTIONS)]
    subject = rng.choice(SUBJECTS)
    title = f"How we {rng.choice(VERBS)} {subject}"
    date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 9 * 365))
    slug = f"{subject.replace(' ', '-')}-{n}"
    if section == "posts":
        rel = f"posts/{date.isoformat()}-{slug}.md"
    elif n % 5 == 1:
        rel = f"{section}/{slug}/index.md"
    else:
        rel = f"{section}/{date.year}/{slug}.md"
    topics = rng.sample(TOPICS, rng.randint(1, 3))
    categories = rng.sample(CATEGORIES, rng.randint(1, 2))
    description = f"What changed for people applying for {subject}, and what we learned."
    body = _body(rng, subject)
    if n % 8 == 3:
        front = (f'title = "{title}"\ndate = {date.isoformat()}T09:30:00+12:00\n'
                 f'description = "{description}"\ntopics = {_toml_list(topics)}\n'
                 f'categories = {_toml_list(categories)}\ndraft = false\nweight = {n % 7}\n')
        return rel, f"+++\n{front}+++\n\n{body}"
    front = (f"title: \"{title}\"\ndate: {date.isoformat()}\ndescription: \"{description}\"\n"
             f"topics: [{', '.join(topics)}]\ncategories: [{', '.join(categories)}]\n"
             f"draft: {'true' if n % 23 == 0 else 'false'}\nauthor: {rng.choice(AUTHORS)}\n")
    if section == "posts":
        front = "layout: post\n" + front
    else:
        front += f"slug: {slug}\nimages: [/img/{slug}.jpg]\n"
    return rel, f"---\n{front}---\n\n{body}"


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


def _body(rng: random.Random, subject: str) -> str:
    parts = [f"Applying for {subject} used to take weeks. " + " ".join(rng.sample(FILLER, 3))]
    for heading in ("## Background", "## What we did", "## What happened next"):
        parts.append(heading)
        parts.append(" ".join(rng.sample(FILLER, rng.randint(2, 4))))
        if rng.random() < 0.3:
            parts.append("- " + "\n- ".join(rng.sample(FILLER, 2)))
    parts.append(f"Read the [service standard](https://www.example.govt.nz/standard/) and "
                 f'{{{{< figure src="/img/{subject.replace(" ", "-")}.png" >}}}}')
    return "\n\n".join(parts) + "\n"


def write_site(out: Path, size: int, seed: int = 1) -> list[Path]:
    """Write `size` pages under `out`; the same seed writes the same bytes."""
    rng = random.Random(seed)
    written = []
    for n in range(size):
        rel, text = page(rng, n)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_site(args.out, args.size, args.seed)
    print(f"{args.size} pages in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
