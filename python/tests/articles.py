"""Generated news articles for the tests and the benchmark: deterministic, varied enough to
exercise names, dates, numbers, sentiment and key phrases, and free of any data set."""

import random

PEOPLE = ["Antony Blinken", "Olaf Scholz", "Ngozi Okonjo-Iweala", "Jacinda Ardern", "Lula da Silva",
          "Kristalina Georgieva", "Emmanuel Macron", "Fumio Kishida", "Cyril Ramaphosa", "Ursula von der Leyen"]
PLACES = ["Kyiv", "Berlin", "Lagos", "Wellington", "Brasília", "Washington", "Paris", "Tokyo",
          "Johannesburg", "Brussels", "Zürich", "São Paulo"]
ORGS = ["the World Bank", "the European Commission", "Reuters", "Siemens AG", "the United Nations",
        "the International Monetary Fund", "Toyota Motor Corp.", "Greenpeace"]
TOPICS = ["interest rates", "grain exports", "the climate summit", "a new trade agreement",
          "energy prices", "the election results", "a cyber attack", "the budget deficit"]
MOODS = ["welcomed", "sharply criticised", "praised", "condemned", "cautiously endorsed", "rejected"]
OUTCOMES = ["a disappointing setback", "an encouraging breakthrough", "a bitter dispute",
            "a remarkable success", "a worrying decline", "a modest improvement"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def article(rng: random.Random) -> str:
    person, other = rng.sample(PEOPLE, 2)
    place, org, topic = rng.choice(PLACES), rng.choice(ORGS), rng.choice(TOPICS)
    surname = person.split()[-1]
    sentences = [
        f"{person} arrived in {place} on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}, "
        f"to discuss {topic} with officials from {org}.",
        f"{surname} {rng.choice(MOODS)} the plan, calling it {rng.choice(OUTCOMES)}.",
        f"According to {org}, about {rng.randint(2, 95)} percent of the ${rng.randint(1, 900)} million "
        f"package will go to {place}.",
        f"{other} said the talks were {rng.choice(['tense', 'productive', 'chaotic', 'friendly'])}, "
        f"and that {rng.randint(3, 40)} countries would join by {rng.choice(MONTHS)}.",
    ]
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def articles(count: int, seed: int = 7) -> list:
    rng = random.Random(seed)
    return [article(rng) for _ in range(count)]
