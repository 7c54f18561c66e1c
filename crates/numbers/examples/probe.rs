//! Prints what `scan` finds in each argument (or each stdin line): `cargo run --example probe -- "3억 5천만 원"`.
use std::io::BufRead;

fn show(line: &str) {
    println!("{line}");
    for f in booth_numbers::scan(line) {
        match &f.kind {
            booth_numbers::FoundKind::Quantity(q) => println!(
                "  {:?} {:?} → {:?} | en {:?} | ko {:?} | {:?} | {} / {}",
                f.span,
                f.text,
                q.value,
                q.en,
                q.ko,
                q.unit.map(|u| u.code()),
                q.en_phrase,
                q.ko_phrase
            ),
            k => println!("  {:?} {:?} → {:?}", f.span, f.text, k),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            show(&line);
        }
    } else {
        args.iter().for_each(|a| show(a));
    }
}
