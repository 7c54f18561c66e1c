//! Runs every line of tests/golden/*.txt through `scan` and checks the one finding it must
//! give (format in the header of cases.txt).

use booth_numbers::{scan, Amount, Decimal, FoundKind, Invalid};

fn dec(s: &str) -> Decimal {
    s.parse()
        .unwrap_or_else(|e| panic!("bad decimal {s:?} in golden file: {e}"))
}

fn kind_name(k: &FoundKind) -> &'static str {
    match k {
        FoundKind::Quantity(_) => "quantity",
        FoundKind::Year => "year",
        FoundKind::Date => "date",
        FoundKind::Time => "time",
        FoundKind::Duration => "duration",
        FoundKind::Ordinal => "ordinal",
        FoundKind::Identifier => "identifier",
        FoundKind::Phone => "phone",
    }
}

fn expected_amount(v: &str) -> Amount {
    if let Some(o) = v.strip_prefix("vague:") {
        return Amount::Vague { order: dec(o) };
    }
    let (approx, v) = match v.strip_prefix('~') {
        Some(r) => (true, r),
        None => (false, v),
    };
    if let Some((lo, hi)) = v.split_once("..") {
        return Amount::Range {
            lo: dec(lo),
            hi: dec(hi),
            approx,
        };
    }
    if approx {
        Amount::Approx { value: dec(v) }
    } else {
        Amount::Exact { value: dec(v) }
    }
}

/// Checks one case; returns a description of the mismatch.
fn check(line: &str) -> Result<(), String> {
    let cols: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let input = cols[0];
    let found = scan(input);
    let shown = || format!("{found:#?}");
    match cols.len() {
        2 if cols[1] == "none" => {
            if found.is_empty() {
                Ok(())
            } else {
                Err(format!("expected nothing, got {}", shown()))
            }
        }
        2 => {
            let [f] = found.as_slice() else {
                return Err(format!("expected one finding, got {}", shown()));
            };
            let invalid = match cols[1] {
                "too-large" => Some(Invalid::TooLarge),
                "malformed" => Some(Invalid::Malformed),
                "too-precise" => Some(Invalid::TooPrecise),
                _ => None,
            };
            match (invalid, &f.kind) {
                (Some(r), FoundKind::Quantity(q)) if q.value == (Amount::Invalid { reason: r }) => {
                    Ok(())
                }
                (None, k) if kind_name(k) == cols[1] => Ok(()),
                _ => Err(format!("expected {}, got {}", cols[1], shown())),
            }
        }
        5 => {
            let [f] = found.as_slice() else {
                return Err(format!("expected one finding, got {}", shown()));
            };
            let FoundKind::Quantity(q) = &f.kind else {
                return Err(format!("expected a quantity, got {}", shown()));
            };
            let unit = q.unit.map_or("-", |u| u.code());
            let want = expected_amount(cols[1]);
            if q.value != want || q.en != cols[2] || q.ko != cols[3] || unit != cols[4] {
                return Err(format!(
                    "expected {want:?} | {} | {} | {}\n      got {:?} | {} | {} | {unit}",
                    cols[2], cols[3], cols[4], q.value, q.en, q.ko
                ));
            }
            Ok(())
        }
        n => Err(format!("malformed golden line ({n} columns)")),
    }
}

fn run(file: &str, text: &str) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for (no, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        count += 1;
        if let Err(e) = check(line) {
            failures.push(format!("{file}:{}: {line}\n    {e}", no + 1));
        }
    }
    (count, failures)
}

#[test]
fn golden_cases_are_exact() {
    let mut total = 0;
    let mut failures = Vec::new();
    for (file, text) in [
        ("cases.txt", include_str!("golden/cases.txt")),
        ("generated.txt", include_str!("golden/generated.txt")),
    ] {
        let (n, f) = run(file, text);
        total += n;
        failures.extend(f);
    }
    assert!(total >= 300, "only {total} golden cases");
    assert!(
        failures.is_empty(),
        "{} of {total} golden cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{total} golden cases passed");
}
