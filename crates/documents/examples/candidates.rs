//! Prints the candidate terms of text files: `cargo run -p booth-documents --example candidates FILE…`.
fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.clone(), std::fs::read_to_string(f).unwrap_or_default()))
        .collect();
    let sources: Vec<booth_documents::Source> = texts
        .iter()
        .map(|(n, t)| booth_documents::Source { name: n, text: t })
        .collect();
    for c in booth_documents::candidates(&sources, &[], 40) {
        println!(
            "{:7.3} {:3} {:?} {} {:?}",
            c.score, c.count, c.lang, c.term, c.acronym
        );
    }
}
