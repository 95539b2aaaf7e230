//! No input makes a stage fail: random texts built from the characters that trouble
//! segmenters and quote finders (quotation marks of every kind, periods, ellipses,
//! newlines, multi-byte letters) run through every stage without an error.

use quotestance::Pipeline;
use quotestance::document::Target;

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: [&str; 40] = [
    "Korea",
    "should",
    "not",
    "must",
    "said",
    "she",
    "he",
    "Kim",
    "Draudt-Véjares",
    "U.S.",
    "Dr.",
    "a.m.",
    "1.",
    "2)",
    "$350",
    "9.8%",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    ".",
    "...",
    "…",
    "?",
    "!",
    ",",
    ":",
    "\n",
    "\n\n",
    " ",
    "  ",
    "(",
    ")",
    "[...]",
    "•",
    "According to",
    "Q.",
    "/Courtesy of",
];

#[test]
fn random_texts_never_fail_a_stage() {
    let pipeline = Pipeline::rules_only();
    let targets = vec![Target {
        id: "T1".into(),
        name: "Korea".into(),
        aliases: vec!["should".into(), "\"".into(), String::new()],
        origin: quotestance::document::TargetOrigin::Given,
    }];
    // QUOTESTANCE_FUZZ_CASES runs a longer search by hand.
    let cases: u64 = std::env::var("QUOTESTANCE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..cases {
        let len = 1 + rng.next() % 60;
        let text: String = (0..len)
            .map(|_| {
                let piece = rng.pick(&PIECES);
                if rng.next().is_multiple_of(3) {
                    format!("{piece} ")
                } else {
                    piece.to_string()
                }
            })
            .collect();
        let targets = if case % 2 == 0 {
            targets.clone()
        } else {
            Vec::new()
        };
        if let Err(e) = pipeline.run("fuzz", &text, targets) {
            panic!("case {case}: {e}\ntext: {text:?}");
        }
    }
}
