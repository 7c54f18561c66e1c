//! Prints what `convert` makes of each argument: `cargo run --example conv -- "3억5천"`.
fn main() {
    for a in std::env::args().skip(1) {
        println!("{a:?} → {:?}", booth_numbers::convert(&a));
    }
}
