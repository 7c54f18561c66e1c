//! Hostile glossary imports: malformed CSV, TBX and XLSX each give one clear error (or a warning, where the
//! file is odd but usable) naming the file, and the line and column wherever the format has them; nothing
//! panics or hangs. `glossary_files::read` takes bytes and never touches the disk, so nothing on disk can change
//! (the app writes only after the user applies a preview: tests/exchange.rs).

use booth::glossary_files::{self, ExportFormat, Format, Progress};
use booth::review::Reviews;
use booth::{Error, Pack};
use std::sync::mpsc;
use std::time::Duration;

/// What a case must produce.
enum Expect {
    /// An import error with this code, at this line and column (`None`: the format has no lines, e.g. a zip).
    Error(&'static str, Option<(u32, u32)>),
    /// Concepts are read, with a warning of this code at this line.
    Warns(&'static str, u32),
}

fn cases() -> Vec<(&'static str, Format, Vec<u8>, Expect)> {
    use Expect::*;
    let tbx2 = |body: &str| {
        format!("<?xml version=\"1.0\"?>\n<martif type=\"TBX\">\n<text><body>\n{body}\n</body></text></martif>\n")
            .into_bytes()
    };
    let mut deep = b"<?xml version=\"1.0\"?>\n<martif>".to_vec();
    deep.extend("<note>".repeat(100_000).into_bytes());
    let workbook = {
        let pack = Pack::open(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales"
        )))
        .expect("forum pack");
        glossary_files::export(&pack, &Reviews::default(), ExportFormat::Xlsx).expect("xlsx")
    };
    let mut corrupt_zip = b"PK\x03\x04".to_vec();
    corrupt_zip.extend([0xAB; 300]);
    vec![
        // CSV
        ("unclosed-quote.csv", Format::Csv, "id,en-US,ko\na,\"Open quote,오\nb,Two,둘\n".into(), Error("csv", Some((2, 3)))),
        ("quote-after-escapes.csv", Format::Csv, "id,en-US,ko\na,\"say \"\"hi\"\",둘\n".into(), Error("csv", Some((2, 3)))),
        ("latin1.csv", Format::Csv, b"id,en-US,ko\na,Caf\xE9,x\n".to_vec(), Error("encoding", Some((2, 6)))),
        ("utf16.csv", Format::Csv, vec![0xFF, 0xFE, b'i', 0, b'd', 0, b'\n', 0], Error("encoding", Some((1, 1)))),
        ("nul.csv", Format::Csv, b"id,en-US,ko\na,x\x00y,z\n".to_vec(), Error("control-character", Some((2, 4)))),
        ("escape-char.csv", Format::Csv, "id,en-US,ko\n\na,ok,\u{1b}[31m\n".into(), Error("control-character", Some((3, 6)))),
        ("no-language-column.csv", Format::Csv, "foo,bar\n1,2\n".into(), Error("header", Some((1, 1)))),
        ("ragged.csv", Format::Csv, "id,en-US,ko\na,One,하나,extra\nb,Two,둘\n".into(), Warns("ragged-row", 2)),
        ("row-without-terms.csv", Format::Csv, "id,en-US,ko\na,One,하나\nb\n".into(), Warns("no-term", 3)),
        ("unknown-column.csv", Format::Csv, "id,en-US,ko,colour\na,One,하나,red\n".into(), Warns("unknown-column", 1)),
        // TBX
        ("truncated.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<martif type=\"TBX\"><text><body>\n<termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>Op".to_vec(), Error("tbx", Some((3, 55)))),
        ("unclosed-deep.tbx", Format::Tbx, deep, Error("tbx", Some((2, 600_009)))),
        ("mismatched-tags.tbx", Format::Tbx, tbx2("<termEntry></langSet>"), Error("tbx", Some((4, 12)))),
        ("unquoted-attribute.tbx", Format::Tbx, tbx2("<termEntry id=a></termEntry>"), Error("tbx", Some((4, 1)))),
        ("bad-utf8.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<martif><text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>\xFF</term></tig></langSet></termEntry></body></text></martif>".to_vec(), Error("tbx", Some((3, 46)))),
        ("wrong-root.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<html><body/></html>".to_vec(), Error("tbx", Some((2, 1)))),
        ("wrong-namespace.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:example:not-tbx\" type=\"TBX-Basic\"><text><body/></text></tbx>".to_vec(), Error("tbx", Some((2, 1)))),
        ("no-namespace.tbx", Format::Tbx, b"<tbx type=\"TBX-Basic\"><text><body/></text></tbx>".to_vec(), Error("tbx", Some((1, 1)))),
        ("xxe.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>".to_vec(), Error("tbx-entity", Some((3, 66)))),
        ("billion-laughs.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&c;</term></tig></langSet></termEntry></body></text></martif>".to_vec(), Error("tbx-entity", Some((3, 66)))),
        ("external-dtd.tbx", Format::Tbx, b"<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://127.0.0.1:9/tbx.dtd\">\n<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>A</term></tig></langSet></termEntry></body></text></martif>".to_vec(), Warns("tbx-dtd", 2)),
        ("control-char.tbx", Format::Tbx, tbx2("<termEntry><langSet xml:lang=\"en\"><tig><term>a&#x1;b</term></tig></langSet></termEntry>"), Error("tbx", Some((4, 47)))),
        // XLSX
        ("empty.xlsx", Format::Xlsx, Vec::new(), Error("xlsx", None)),
        ("corrupt-zip.xlsx", Format::Xlsx, corrupt_zip, Error("xlsx", None)),
        ("truncated.xlsx", Format::Xlsx, workbook[..workbook.len() / 2].to_vec(), Error("xlsx", None)),
        ("csv-named.xlsx", Format::Xlsx, b"id,en-US,ko\na,b,c\n".to_vec(), Error("xlsx", None)),
    ]
}

#[test]
fn every_malformed_import_is_refused_or_warned_at_its_position() {
    let cases = cases();
    assert!(cases.len() >= 26);
    let mut wrong = Vec::new();
    for (name, format, bytes, expect) in cases {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let locales = vec!["en-US".to_owned(), "ko".to_owned()];
            let r = glossary_files::read(&bytes, format, name, &locales, &mut |_: Progress| {});
            let _ = tx.send(r);
        });
        let got = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("{name}: no answer within 20 s (hang or panic)"));
        let ok = match (&expect, &got) {
            (Expect::Error(code, pos), Err(Error::Import(d))) => {
                d.code == *code
                    && d.file == name
                    && d.line.zip(d.column) == *pos
                    && !d.message.is_empty()
            }
            (Expect::Warns(code, line), Ok(inc)) => {
                !inc.concepts.is_empty()
                    && inc
                        .warnings
                        .iter()
                        .any(|w| w.code == *code && w.line == Some(*line) && w.file == name)
            }
            _ => false,
        };
        if !ok {
            wrong.push(format!("{name}: got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
