//! Each format read from a real file built here, and bad input: every case ends in text, a warning or a
//! typed error, quickly.

mod support;

use booth_documents::{extract, Error, Format, Limits, Warning};

#[test]
fn pdf_pages_in_order() {
    let bytes = support::pdf(&["Local governments (LGs)", "Digital transformation"]);
    let x = extract("talk.pdf", &bytes, &Limits::default()).expect("pdf");
    assert_eq!(x.format, Format::Pdf);
    assert_eq!(x.units.len(), 2);
    assert!(x.units[0].contains("Local governments"), "{:?}", x.units);
    assert!(
        x.units[1].contains("Digital transformation"),
        "{:?}",
        x.units
    );
}

#[test]
fn pdf_without_text_layer_is_reported_as_a_scan() {
    let bytes = support::pdf(&["", ""]);
    assert_eq!(
        extract("scan.pdf", &bytes, &Limits::default()),
        Err(Error::NoTextLayer { pages: 2 })
    );
    let mixed = support::pdf(&["Text here", ""]);
    let x = extract("mixed.pdf", &mixed, &Limits::default()).expect("partial");
    assert_eq!(x.warnings, vec![Warning::NoTextOn { units: vec![2] }]);
}

#[test]
fn pdf_over_the_page_limit_is_refused() {
    let pages: Vec<&str> = vec!["p"; 501];
    let bytes = support::pdf(&pages);
    assert!(matches!(
        extract("huge.pdf", &bytes, &Limits::default()),
        Err(Error::TooLarge {
            what: "pages",
            found: 501,
            limit: 500
        })
    ));
}

#[test]
fn broken_and_truncated_pdfs_are_errors_not_panics() {
    let bytes = support::pdf(&["Local governments", "Second page"]);
    for cut in [10, bytes.len() / 3, bytes.len() / 2, bytes.len() - 40] {
        let r = extract("cut.pdf", &bytes[..cut], &Limits::default());
        // Either a clear error or whatever text could be read: never a panic or a hang.
        if let Ok(x) = r {
            assert_eq!(x.format, Format::Pdf);
        }
    }
    assert!(matches!(
        extract("x.pdf", b"%PDF-1.7\n garbage", &Limits::default()),
        Err(Error::Corrupt(_))
    ));
    assert!(matches!(
        extract("x.pdf", b"not a pdf at all", &Limits::default()),
        Err(Error::Corrupt(_))
    ));
}

#[test]
fn docx_paragraphs_and_entities() {
    let bytes = support::docx(&[
        "Public-private partnerships (PPPs) & more",
        "지방정부의 역할",
    ]);
    let x = extract("speech.docx", &bytes, &Limits::default()).expect("docx");
    assert_eq!(x.format, Format::Docx);
    assert_eq!(
        x.text(),
        "Public-private partnerships (PPPs) & more\n지방정부의 역할"
    );
}

#[test]
fn pptx_slides_in_deck_order_with_notes() {
    let bytes = support::pptx(&["First slide", "Second slide"], "Say this slowly");
    let x = extract("deck.pptx", &bytes, &Limits::default()).expect("pptx");
    assert_eq!(x.format, Format::Pptx);
    assert_eq!(
        x.units,
        vec!["First slide\n\nSay this slowly", "Second slide"]
    );
    // A zip with another name is told apart by its content types.
    assert_eq!(Format::sniff("deck.zip", &bytes), Ok(Format::Pptx));
}

#[test]
fn zip_bombs_truncated_and_encrypted_office_files() {
    let bomb = support::zip_bomb(8 << 20);
    assert!(bomb.len() < 100_000, "the bomb compresses: {}", bomb.len());
    assert!(matches!(
        extract("bomb.docx", &bomb, &Limits::default()),
        Err(Error::ZipBomb { .. })
    ));
    let tight = Limits {
        max_inflated: 1 << 20,
        ..Limits::default()
    };
    assert!(matches!(
        extract("bomb.docx", &bomb, &tight),
        Err(Error::TooLarge { .. })
    ));
    let doc = support::docx(&["Local governments"]);
    assert!(matches!(
        extract("cut.docx", &doc[..doc.len() / 2], &Limits::default()),
        Err(Error::Corrupt(_))
    ));
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0; 504]);
    assert_eq!(
        extract("locked.docx", &ole, &Limits::default()),
        Err(Error::Encrypted)
    );
    assert!(matches!(
        extract("old.doc", &ole, &Limits::default()),
        Err(Error::Unsupported(_))
    ));
}

#[test]
fn text_encodings() {
    let x = extract(
        "a.txt",
        "\u{feff}지방정부\r\nline".as_bytes(),
        &Limits::default(),
    )
    .expect("utf8");
    assert_eq!(x.text(), "지방정부\nline");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "디지털 전환".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    assert_eq!(
        extract("b.md", &utf16, &Limits::default())
            .expect("utf16")
            .text(),
        "디지털 전환"
    );
    let x = extract("c.txt", b"caf\xe9 au lait", &Limits::default()).expect("lossy");
    assert_eq!(x.warnings, vec![Warning::InvalidEncoding]);
    assert!(x.text().contains('\u{fffd}'));
    assert!(matches!(
        extract("d.exe", b"MZ\x90\x00", &Limits::default()),
        Err(Error::Unsupported(_))
    ));
}

/// Writes the documents these tests build as fuzzing seeds (crates/documents/fuzz/run.sh sets the folder).
#[test]
fn seeds() {
    let Some(dir) = std::env::var_os("BOOTH_FUZZ_SEEDS") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let write = |target: &str, name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(target).join(name), bytes).expect("seed");
    };
    write(
        "extract_pdf",
        "two-pages.pdf",
        &support::pdf(&["Local governments (LGs)", "Digital transformation"]),
    );
    write(
        "extract_pdf",
        "empty-page.pdf",
        &support::pdf(&["Text here", ""]),
    );
    write(
        "extract_docx",
        "speech.docx",
        &support::docx(&[
            "Public-private partnerships (PPPs) & more",
            "지방정부의 역할",
        ]),
    );
    write(
        "extract_pptx",
        "deck.pptx",
        &support::pptx(&["First slide", "Second slide"], "Say this slowly"),
    );
}

/// A PDF as a real exporter writes Korean: Chromium's "print to PDF" (Skia) embeds a subset of the Noto CJK
/// font with CID glyphs and a ToUnicode map, unlike the hand-built PDFs above. `./x` installs Chromium.
#[test]
fn a_korean_pdf_printed_by_chromium_reads_back_its_hangul() {
    let chromium = std::path::Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is missing: ./x installs it"
        );
        eprintln!("skipped: /usr/bin/chromium is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("remarks.html");
    let pdf = dir.path().join("remarks.pdf");
    std::fs::write(
        &html,
        "<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\"><body>\
         <h1>지방정부의 디지털 전환</h1>\
         <p>코로나19 팬데믹 이후 지방정부는 재정분권과 디지털 전환을 함께 추진하고 있다. 예산은 3억 5천만 원이다.</p>\
         <p>Local governments and 지속가능발전목표 (SDGs).</p></body></html>",
    )
    .expect("write html");
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&html)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success() && pdf.exists(), "chromium printed no PDF");
    let bytes = std::fs::read(&pdf).expect("pdf");
    let x = extract("remarks.pdf", &bytes, &Limits::default()).expect("a Korean PDF");
    assert_eq!(x.format, Format::Pdf);
    let text = x.text();
    for expected in [
        "지방정부의 디지털 전환",
        "재정분권과 디지털 전환을 함께 추진하고 있다",
        "3억 5천만 원",
        "지속가능발전목표 (SDGs)",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
}
