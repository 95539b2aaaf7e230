//! Deterministic synthetic news text for benchmarks: sentences and articles in the genre
//! (reported speech, quotations, recommendations), the same for the same seed.

/// A small xorshift generator: fast, reproducible, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next_u64() % items.len() as u64) as usize]
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

const PEOPLE: [&str; 10] = [
    "Finance Minister Choi Sang-mok",
    "Kim Min-ji, a senior economist at the Hanbit Institute",
    "Research fellow Park Jeong-ho",
    "Governor Rhee Chang-yong",
    "Trade Minister Ahn Duk-geun",
    "Lee Ji-eun of Hana Securities",
    "Prof. Han Seung-woo",
    "Rep. Yoon Sun-hee",
    "U.S. Commerce Secretary Howard Lutnick",
    "The Ministry of Economy and Finance",
];
const ACTORS: [&str; 8] = [
    "Korea",
    "The government",
    "Seoul",
    "Big companies",
    "The central bank",
    "Lawmakers",
    "Exporters",
    "The two countries",
];
const MODALS: [&str; 8] = [
    "should",
    "must",
    "needs to",
    "should not",
    "cannot afford to",
    "ought to",
    "could",
    "must not",
];
const ACTIONS: [&str; 12] = [
    "expand cooperation on semiconductors and batteries",
    "cut interest rates before the end of the year",
    "open the agricultural market to American rice",
    "tighten mortgage rules in the Seoul area",
    "build a joint research fund with American universities",
    "rely on direct subsidies for chipmakers",
    "diversify supply chains beyond China",
    "sign an agreement that hands over core technology",
    "propose early investment in next-generation defense systems",
    "raise pension contributions for younger workers",
    "join the multilateral trade framework in the Pacific",
    "extend export credit guarantees to plants in Europe",
];
const FACTS: [&str; 10] = [
    "Exports of semiconductors rose 9.8% in October from a year earlier.",
    "The two sides reached a tariff agreement on July 30 after months of talks.",
    "Household debt grew for the fifth straight quarter, according to the central bank.",
    "The won fell to its weakest level against the dollar since 2009.",
    "Japan pledged $550 billion in investment to the United States.",
    "The U.S. President said the deal would bring $350 billion up front.",
    "Data centers have doubled their electricity demand in three years.",
    "Battery makers cut prices by almost 30% last year.",
    "The National Assembly has not passed the grid expansion bill since March.",
    "Officials met in Washington on Monday for a second round of talks.",
];
const VERBS: [&str; 6] = ["said", "noted", "warned", "argued", "added", "emphasized"];

/// An actor inside a sentence: "the government", but "Korea" and "Seoul" stay names.
fn mid_sentence(actor: &str) -> String {
    match actor {
        "Korea" | "Seoul" => actor.to_string(),
        _ => actor.to_lowercase(),
    }
}

const INDICATORS: [&str; 8] = [
    "Exports of semiconductors",
    "Household lending",
    "Consumer prices",
    "Shipments of batteries",
    "Factory output",
    "Imports of crude oil",
    "Retail sales",
    "Car exports to the United States",
];
const MOVES: [&str; 4] = ["rose", "fell", "climbed", "dropped"];
const MONTHS: [&str; 6] = ["May", "June", "July", "August", "September", "October"];
const SUBJECTS: [&str; 8] = [
    "the economy",
    "exports",
    "the tariff deal",
    "the won",
    "chip demand",
    "the new rules",
    "household spending",
    "the trade surplus",
];
const OUTCOMES: [&str; 10] = [
    "slow in the second half of the year",
    "recover once global demand picks up",
    "weigh on consumer spending for months",
    "take at least two years to show results",
    "remain under pressure until the spring",
    "help smaller suppliers more than large ones",
    "depend on how quickly the talks conclude",
    "stay close to last year's level",
    "give the central bank more room next year",
    "hit carmakers harder than chipmakers",
];

/// One sentence of the genre, in the shares measured on the labelled articles (about
/// one body sentence in five recommends something, and about two in three are
/// someone's speech): reported and quoted recommendations, reported and quoted
/// statements that urge nothing, and facts.
pub fn sentence(rng: &mut Rng) -> String {
    match rng.below(20) {
        0..=4 => recommendation(rng),
        5..=9 => format!(
            "{} {} that {} would {}.",
            rng.pick(&PEOPLE),
            rng.pick(&VERBS),
            rng.pick(&SUBJECTS),
            rng.pick(&OUTCOMES)
        ),
        10..=13 => {
            let subject = rng.pick(&SUBJECTS);
            format!(
                "\"{}{} is likely to {},\" {} {}.",
                subject[..1].to_uppercase(),
                &subject[1..],
                rng.pick(&OUTCOMES),
                rng.pick(&PEOPLE),
                rng.pick(&VERBS)
            )
        }
        14..=16 => rng.pick(&FACTS).to_string(),
        _ => format!(
            "{} {} {}.{}% in {} from a year earlier.",
            rng.pick(&INDICATORS),
            rng.pick(&MOVES),
            1 + rng.below(30),
            rng.below(10),
            rng.pick(&MONTHS)
        ),
    }
}

/// A reported recommendation, a quoted one, or two in one sentence.
fn recommendation(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!(
            "{} {} that {} {} {}.",
            rng.pick(&PEOPLE),
            rng.pick(&VERBS),
            mid_sentence(rng.pick(&ACTORS)),
            rng.pick(&MODALS),
            rng.pick(&ACTIONS)
        ),
        1 => format!(
            "\"{} {} {},\" {} {}.",
            rng.pick(&ACTORS),
            rng.pick(&MODALS),
            rng.pick(&ACTIONS),
            rng.pick(&PEOPLE),
            rng.pick(&VERBS)
        ),
        _ => format!(
            "{} {} {}, and {} {} {}.",
            rng.pick(&ACTORS),
            rng.pick(&MODALS),
            rng.pick(&ACTIONS),
            mid_sentence(rng.pick(&ACTORS)),
            rng.pick(&MODALS),
            rng.pick(&ACTIONS)
        ),
    }
}

/// `n` sentences, all different.
pub fn sentences(seed: u64, n: usize) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(n);
    let mut attempts = 0;
    while out.len() < n {
        attempts += 1;
        let mut s = sentence(&mut rng);
        if attempts > n * 20 {
            // The templates ran out of combinations: number the rest apart.
            s = format!("{s} ({})", out.len());
        }
        if seen.insert(s.clone()) {
            out.push(s);
        }
    }
    out
}

/// An article: a heading and paragraphs of two to four sentences.
pub fn article(rng: &mut Rng) -> String {
    let mut text = format!(
        "{} {} {}\n",
        rng.pick(&ACTORS),
        rng.pick(&MODALS),
        rng.pick(&ACTIONS)
    );
    for _ in 0..(3 + rng.below(6)) {
        text.push('\n');
        let n = 2 + rng.below(3);
        let paragraph: Vec<String> = (0..n).map(|_| sentence(rng)).collect();
        text.push_str(&paragraph.join(" "));
        text.push('\n');
    }
    text
}

/// The faults a generated dump can hold, each with the error kind it must give.
pub const FAULTS: [(&str, &str); 7] = [
    ("cut_line", "invalid_json"),
    ("not_json", "invalid_json"),
    ("bad_utf8", "invalid_utf8"),
    ("no_text", "missing_text"),
    ("text_not_string", "missing_text"),
    ("empty_text", "empty_text"),
    ("too_large", "too_large"),
];

/// A JSON Lines dump of `n` articles (ids `a0`, `a1`, ...) in which about
/// `corrupt_per_mille` in a thousand records are broken in one of the `FAULTS` ways;
/// a "too_large" text is `max_bytes + 1` bytes long. Returns the bytes and, per error
/// kind, how many records must give it.
pub fn jsonl_dump(
    seed: u64,
    n: usize,
    corrupt_per_mille: u64,
    max_bytes: usize,
) -> (Vec<u8>, std::collections::BTreeMap<&'static str, usize>) {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let mut expected = std::collections::BTreeMap::new();
    for i in 0..n {
        let id = format!("a{i}");
        let text = article(&mut rng);
        let good = serde_json::json!({ "id": id, "text": text }).to_string();
        if rng.below(1000) >= corrupt_per_mille {
            out.extend_from_slice(good.as_bytes());
            out.push(b'\n');
            continue;
        }
        let (fault, kind) = FAULTS[rng.below(FAULTS.len() as u64) as usize];
        *expected.entry(kind).or_insert(0) += 1;
        let line: Vec<u8> = match fault {
            "cut_line" => good.as_bytes()[..good.len() / 2].to_vec(),
            "not_json" => format!("id={id} text={}", text.replace('\n', " ")).into_bytes(),
            "bad_utf8" => {
                let mut b = good.into_bytes();
                let at = b.len() / 2;
                b.splice(at..at, [0xff, 0xfe]);
                b
            }
            "no_text" => serde_json::json!({ "id": id, "body": text })
                .to_string()
                .into_bytes(),
            "text_not_string" => serde_json::json!({ "id": id, "text": 42 })
                .to_string()
                .into_bytes(),
            "empty_text" => serde_json::json!({ "id": id, "text": " \n " })
                .to_string()
                .into_bytes(),
            _ => {
                let mut big = text;
                while big.len() <= max_bytes {
                    big.push_str(&article(&mut rng));
                }
                let mut end = max_bytes + 1;
                while !big.is_char_boundary(end) {
                    end += 1;
                }
                big.truncate(end);
                serde_json::json!({ "id": id, "text": big })
                    .to_string()
                    .into_bytes()
            }
        };
        out.extend_from_slice(&line);
        out.push(b'\n');
    }
    (out, expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_distinct() {
        assert_eq!(sentences(7, 50), sentences(7, 50));
        let s = sentences(7, 1000);
        let unique: std::collections::HashSet<_> = s.iter().collect();
        assert_eq!(unique.len(), 1000);
        let mut a = Rng::new(3);
        let mut b = Rng::new(3);
        assert_eq!(article(&mut a), article(&mut b));
    }

    /// The generated articles keep the genre's shares measured on the labelled
    /// articles (21% of body sentences recommend, 65% are someone's speech), so that
    /// what a benchmark measures is what a run on real news costs.
    #[test]
    fn the_genre_shares_hold() {
        let pipeline = crate::pipeline::Pipeline::rules_only();
        let mut rng = Rng::new(2026);
        let (mut body, mut recommends, mut spoken) = (0, 0, 0);
        for n in 0..60 {
            let doc = pipeline.annotate(&n.to_string(), &article(&mut rng), Vec::new());
            for s in &doc.sentences {
                if s.kind == crate::document::SentenceKind::Body {
                    body += 1;
                    recommends += usize::from(!s.recommendations.is_empty());
                    spoken += usize::from(s.speaker.is_some());
                }
            }
        }
        let share = |n: usize| n as f64 / body as f64;
        assert!(
            (0.15..=0.28).contains(&share(recommends)),
            "{}",
            share(recommends)
        );
        assert!((0.55..=0.75).contains(&share(spoken)), "{}", share(spoken));
    }
}
