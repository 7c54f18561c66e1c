//! Time per `scan` of a 30-word mixed sentence: `cargo run --release --example bench`.
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let sentence = "올해 예산은 약 3억 5천만 원으로 작년보다 12% 늘었고, the board approved $3.5bn for 2021 \
                    while 수십억 원 규모의 사업 3~4건과 1,250,000 people in SDG 11 were reported on July 7 at 2 p.m.";
    println!(
        "{} words, {} bytes, {} found",
        sentence.split_whitespace().count(),
        sentence.len(),
        booth_numbers::scan(sentence).len()
    );
    let rounds = 200_000;
    for _ in 0..1000 {
        black_box(booth_numbers::scan(black_box(sentence)));
    }
    let t = Instant::now();
    for _ in 0..rounds {
        black_box(booth_numbers::scan(black_box(sentence)));
    }
    let per = t.elapsed().as_secs_f64() / f64::from(rounds);
    println!("{:.2} µs per scan ({rounds} rounds)", per * 1e6);
}
