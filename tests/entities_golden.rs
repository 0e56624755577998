//! Golden articles written for these tests (politics, business, sport, science, health): the
//! names a tagger should find, the entities they must form, no wrong merge, and the three
//! entities each article is most about.

mod entity_support;

use entity_support::{differences, Article, LOC, MISC, ORG, PER};

const POLITICS: Article = Article {
    title: "politics",
    text: "Blinken presses Kyiv allies as U.S. weighs new aid

KYIV, Ukraine — Secretary of State Antony J. Blinken arrived in Kyiv on Tuesday for talks with President Volodymyr Zelensky, promising that the United States would keep supplying air defenses.

Mr. Blinken, on his fourth visit since the invasion, said Washington and its NATO allies were working on a long-term plan. Zelensky’s government has asked for more Patriot systems.

“We are with Ukraine for as long as it takes,” Blinken told reporters. Zelensky thanked the U.S. and the European Union for their support.

The International Criminal Court (ICC) has issued a warrant for Vladimir Putin, and the ICC prosecutor, Karim Khan, said the court would pursue other cases. Putin has dismissed the court.

In Brussels, NATO Secretary General Jens Stoltenberg said the North Atlantic Treaty Organization would meet in July. Stoltenberg said the EU was also preparing aid. Mr. Khan declined to comment.",
    names: &[
        ("Blinken", PER), ("Antony J. Blinken", PER), ("Kyiv", LOC), ("KYIV", LOC), ("U.S.", LOC),
        ("Ukraine", LOC), ("Volodymyr Zelensky", PER), ("Zelensky", PER), ("United States", LOC),
        ("Washington", LOC), ("NATO", ORG), ("Patriot", MISC), ("European Union", ORG),
        ("International Criminal Court", ORG), ("ICC", ORG), ("Vladimir Putin", PER), ("Putin", PER),
        ("Karim Khan", PER), ("Khan", PER), ("Brussels", LOC), ("Jens Stoltenberg", PER),
        ("Stoltenberg", PER), ("North Atlantic Treaty Organization", ORG), ("EU", ORG),
    ],
    groups: &[
        &["Antony J. Blinken", "Blinken"],
        &["Volodymyr Zelensky", "Zelensky"],
        &["Kyiv", "KYIV"],
        &["United States", "U.S."],
        &["North Atlantic Treaty Organization", "NATO"],
        &["International Criminal Court", "ICC"],
        &["European Union", "EU"],
        &["Vladimir Putin", "Putin"],
        &["Karim Khan", "Khan"],
        &["Jens Stoltenberg", "Stoltenberg"],
        &["Ukraine"],
        &["Washington"],
        &["Brussels"],
        &["Patriot"],
    ],
    top: ["Antony J. Blinken", "Kyiv", "United States"],
};

const BUSINESS: Article = Article {
    title: "business",
    text: "Nvidia tops forecasts as AI chip demand soars

SANTA CLARA, California — Nvidia Corp. reported record quarterly revenue on Wednesday, beating Wall Street estimates as cloud companies raced to buy its artificial-intelligence chips.

Chief executive Jensen Huang said demand for the company’s Blackwell processors was “incredible.” Huang told analysts that Microsoft, Amazon and Alphabet’s Google were all expanding their data centers.

Nvidia shares rose 4% in extended trading. The results lifted other chipmakers: Advanced Micro Devices (AMD) gained 2%, and Taiwan Semiconductor Manufacturing Co. said it would raise capital spending. AMD has struggled to match Nvidia’s software.

Regulators are watching. The Securities and Exchange Commission declined to comment, and the SEC has not opened an inquiry. In Washington, Commerce Secretary Gina Raimondo said export rules for China would stay. Ms. Raimondo said Beijing was “not our friend on chips.”

Colette Kress, Nvidia’s finance chief, said margins would narrow. Kress added that supply of Blackwell would improve by April.",
    names: &[
        ("Nvidia", ORG), ("SANTA CLARA", LOC), ("California", LOC), ("Nvidia Corp.", ORG),
        ("Wall Street", LOC), ("Jensen Huang", PER), ("Blackwell", MISC), ("Huang", PER),
        ("Microsoft", ORG), ("Amazon", ORG), ("Alphabet", ORG), ("Google", ORG),
        ("Advanced Micro Devices", ORG), ("AMD", ORG), ("Taiwan Semiconductor Manufacturing Co.", ORG),
        ("Securities and Exchange Commission", ORG), ("SEC", ORG), ("Washington", LOC),
        ("Gina Raimondo", PER), ("Raimondo", PER), ("China", LOC), ("Beijing", LOC),
        ("Colette Kress", PER), ("Kress", PER),
    ],
    groups: &[
        &["Nvidia Corp.", "Nvidia"],
        &["Jensen Huang", "Huang"],
        &["Advanced Micro Devices", "AMD"],
        &["Securities and Exchange Commission", "SEC"],
        &["Gina Raimondo", "Raimondo"],
        &["Colette Kress", "Kress"],
        &["Blackwell"],
        &["Taiwan Semiconductor Manufacturing Co."],
        &["Microsoft"],
        &["Amazon"],
        &["Alphabet"],
        &["Google"],
        &["China"],
        &["Beijing"],
        &["Washington"],
        &["California"],
        &["SANTA CLARA"],
    ],
    top: ["Nvidia Corp.", "Jensen Huang", "Advanced Micro Devices"],
};

const SPORT: Article = Article {
    title: "sport",
    text: "Alcaraz beats Sinner to win US Open title

NEW YORK — Carlos Alcaraz beat Jannik Sinner 6-4, 3-6, 6-3, 6-4 on Sunday to win the U.S. Open, his sixth Grand Slam title, and return to No. 1 in the world rankings.

The Spaniard broke Sinner twice in the fourth set. Alcaraz, 22, said the final was “the best match I have played in New York.” Sinner, the defending champion, had won the Wimbledon final against Alcaraz in July.

Sinner’s coach, Darren Cahill, said the Italian had been unwell. Cahill plans to retire at the end of the season.

Alcaraz will next play for Spain in the Davis Cup in Bologna. His coach, Juan Carlos Ferrero, said Alcaraz had improved his serve. Ferrero won the French Open in 2003.

The United States Tennis Association (USTA) said attendance set a record. The USTA also confirmed that President Donald Trump attended the final, drawing boos. Trump sat in the Rolex box.",
    names: &[
        ("Alcaraz", PER), ("Sinner", PER), ("US Open", MISC), ("NEW YORK", LOC), ("Carlos Alcaraz", PER),
        ("Jannik Sinner", PER), ("U.S. Open", MISC), ("Grand Slam", MISC), ("New York", LOC),
        ("Wimbledon", MISC), ("Darren Cahill", PER), ("Cahill", PER), ("Italian", MISC), ("Spain", LOC),
        ("Davis Cup", MISC), ("Bologna", LOC), ("Juan Carlos Ferrero", PER), ("Ferrero", PER),
        ("French Open", MISC), ("United States Tennis Association", ORG), ("USTA", ORG),
        ("Donald Trump", PER), ("Trump", PER), ("Rolex", ORG),
    ],
    groups: &[
        &["Carlos Alcaraz", "Alcaraz"],
        &["Jannik Sinner", "Sinner"],
        &["U.S. Open", "US Open"],
        &["New York", "NEW YORK"],
        &["Darren Cahill", "Cahill"],
        &["Juan Carlos Ferrero", "Ferrero"],
        &["United States Tennis Association", "USTA"],
        &["Donald Trump", "Trump"],
        &["French Open"],
        &["Wimbledon"],
        &["Davis Cup"],
        &["Grand Slam"],
        &["Spain"],
        &["Italian"],
        &["Rolex"],
    ],
    top: ["Carlos Alcaraz", "Jannik Sinner", "U.S. Open"],
};

const SCIENCE: Article = Article {
    title: "science",
    text: "Webb telescope spots water vapor around a distant rocky planet

Astronomers using NASA’s James Webb Space Telescope have detected signs of water vapor in the atmosphere of a rocky exoplanet about 26 light-years from Earth.

The team, led by Sarah Moran of the University of Arizona, said the signal could also come from the planet’s star. Dr. Moran said more observations were needed. “We are seeing something,” Moran said.

The European Space Agency, which built part of the telescope with the National Aeronautics and Space Administration, said the result showed what Webb could do. ESA scientists plan follow-up studies.

Kevin Stevenson of the Johns Hopkins University Applied Physics Laboratory, a co-author, said the star is a red dwarf. Stevenson said starspots could mimic water. Johns Hopkins released the findings on Monday.

The observations will appear in The Astrophysical Journal Letters.",
    names: &[
        ("Webb", MISC), ("NASA", ORG), ("James Webb Space Telescope", MISC), ("Earth", LOC),
        ("Sarah Moran", PER), ("University of Arizona", ORG), ("Moran", PER),
        ("European Space Agency", ORG), ("National Aeronautics and Space Administration", ORG),
        ("ESA", ORG), ("Kevin Stevenson", PER), ("Stevenson", PER),
        ("Johns Hopkins University Applied Physics Laboratory", ORG), ("Johns Hopkins", ORG),
        ("The Astrophysical Journal Letters", ORG),
    ],
    groups: &[
        &["James Webb Space Telescope", "Webb"],
        &["National Aeronautics and Space Administration", "NASA"],
        &["Sarah Moran", "Moran"],
        &["European Space Agency", "ESA"],
        &["Kevin Stevenson", "Stevenson"],
        &["Johns Hopkins University Applied Physics Laboratory", "Johns Hopkins"],
        &["University of Arizona"],
        &["Earth"],
        &["The Astrophysical Journal Letters"],
    ],
    top: ["James Webb Space Telescope", "Sarah Moran", "National Aeronautics and Space Administration"],
};

const HEALTH: Article = Article {
    title: "health",
    text: "WHO warns of mpox spread as Britain confirms new cases

GENEVA — The World Health Organization said on Thursday that mpox cases were rising in Africa, and Britain’s health agency confirmed two infections in London.

Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, urged countries to share vaccines. Tedros said the Democratic Republic of Congo had reported most of the cases. The DRC has asked for help.

In London, the UK Health Security Agency said the risk to the public was low. Prof. Susan Hopkins, its chief medical adviser, said contacts were being traced. Hopkins added that the United Kingdom had enough vaccine.

The African Union backed the WHO appeal. Britain and the European Union pledged funds, and the U.K. will send doses to Kinshasa.",
    names: &[
        ("WHO", ORG), ("Britain", LOC), ("GENEVA", LOC), ("World Health Organization", ORG),
        ("Africa", LOC), ("London", LOC), ("Tedros Adhanom Ghebreyesus", PER), ("Tedros", PER),
        ("Democratic Republic of Congo", LOC), ("DRC", LOC), ("UK Health Security Agency", ORG),
        ("Susan Hopkins", PER), ("Hopkins", PER), ("United Kingdom", LOC), ("African Union", ORG),
        ("European Union", ORG), ("U.K.", LOC), ("Kinshasa", LOC),
    ],
    groups: &[
        &["World Health Organization", "WHO"],
        &["United Kingdom", "Britain", "U.K."],
        &["Tedros Adhanom Ghebreyesus", "Tedros"],
        &["Democratic Republic of Congo", "DRC"],
        &["UK Health Security Agency"],
        &["Susan Hopkins", "Hopkins"],
        &["African Union"],
        &["European Union"],
        &["London"],
        &["Africa"],
        &["Kinshasa"],
        &["GENEVA"],
    ],
    top: ["World Health Organization", "United Kingdom", "Tedros Adhanom Ghebreyesus"],
};

#[test]
fn golden_articles_group_and_rank_as_expected() {
    let problems: Vec<String> = [POLITICS, BUSINESS, SPORT, SCIENCE, HEALTH].iter().flat_map(differences).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
