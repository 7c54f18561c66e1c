//! Glossary import and export: CSV, TBX v2/v3 and XLSX round trips keep every concept, the preview shows
//! conflicts before anything is written, and hostile XML is refused without fetching or expanding anything.

use crate::edit::{forum_editor, forum_pack, snapshot};
use booth::edit::{Edit, Editor};
use booth::glossary::Concept;
use booth::glossary_files::{self, ConflictKind, Decision, ExportFormat, Format, Progress};
use booth::review::{ReviewDraft, Reviews, Status};
use booth::source::Source;
use booth::Pack;
use std::collections::HashMap;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/glossary_files")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn locales() -> Vec<String> {
    vec!["en-US".into(), "ko".into()]
}

fn no_progress() -> impl FnMut(Progress) {
    |_| {}
}

/// Reads `bytes` as `format` for the forum's two locales, the way every import starts.
fn read(
    bytes: &[u8],
    format: Format,
    name: &str,
) -> Result<glossary_files::Incoming, booth::Error> {
    glossary_files::read(bytes, format, name, &locales(), &mut no_progress())
}

/// Concepts sorted by id, for comparing glossaries regardless of order.
fn by_id(mut v: Vec<Concept>) -> Vec<Concept> {
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

/// Exports the forum glossary, empties a copy of the pack, imports the file into it, and checks every
/// concept came back field for field.
fn round_trip(format: ExportFormat, read_as: Format) {
    let dir = forum_pack();
    let original = Pack::open(dir.path()).expect("pack");
    let reviews = Reviews::default();
    let bytes = glossary_files::export(&original, &reviews, format).expect("export");

    // Importing into the same pack changes nothing.
    let mut progress_seen = Vec::new();
    let mut on_progress = |p: Progress| progress_seen.push(p);
    let incoming = glossary_files::read(
        &bytes,
        read_as,
        "export",
        &original.locales,
        &mut on_progress,
    )
    .expect("read");
    let last = progress_seen.last().expect("progress reported");
    assert_eq!(last.done, last.total, "progress ends at 100%");
    assert_eq!(incoming.concepts.len(), original.glossary.len());
    let same = glossary_files::preview(&original, &incoming);
    assert_eq!(
        (same.added.len(), same.changed.len(), same.conflicts.len()),
        (0, 0, 0),
        "{:?}",
        same.conflicts.first()
    );
    assert_eq!(same.unchanged, original.glossary.len());

    // Into a pack without concepts: every concept is added, equal field for field.
    let mut ed = Editor::open(dir.path()).expect("open");
    let deletes = original
        .glossary
        .iter()
        .map(|c| Edit::DeleteConcept {
            id: c.id.to_string(),
        })
        .collect();
    ed.apply_all("empty", deletes).expect("delete all");
    ed.save().expect("save");
    let empty = Pack::open(dir.path()).expect("empty pack");
    assert!(empty.glossary.is_empty());
    let preview = glossary_files::preview(&empty, &incoming);
    assert_eq!(preview.added.len(), original.glossary.len());
    assert!(preview.conflicts.is_empty());
    glossary_files::apply(&mut ed, &preview, &HashMap::new()).expect("apply");
    ed.save().expect("save");
    let back = Pack::open(dir.path()).expect("reloaded");
    // `unverified` comes from `# UNVERIFIED` comments in the pack's files, which no exchange format
    // carries: a concept deleted and imported again comes back without it (and without its comment).
    assert!(original.glossary.iter().any(|c| !c.unverified.is_empty()));
    let without_flags = |g: &[booth::glossary::Concept]| {
        by_id(
            g.iter()
                .cloned()
                .map(|mut c| {
                    c.unverified.clear();
                    c
                })
                .collect(),
        )
    };
    assert_eq!(
        without_flags(&back.glossary),
        without_flags(&original.glossary)
    );
    let ids = |p: &Pack| p.glossary.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&back), ids(&original), "file order too");
    assert!(
        back.diagnostics.is_empty(),
        "{:?}",
        back.diagnostics.first()
    );
}

#[test]
fn every_format_round_trips_every_concept() {
    for (format, read_as) in [
        (ExportFormat::Csv, Format::Csv),
        (ExportFormat::Tbx2, Format::Tbx),
        (ExportFormat::Tbx3, Format::Tbx),
        (ExportFormat::Xlsx, Format::Xlsx),
    ] {
        round_trip(format, read_as);
    }
}

#[test]
fn tbx_exports_agreed_review_status_as_administrative_status() {
    let (dir, mut ed) = forum_editor();
    let pack = ed.pack().expect("pack");
    let sdgs = pack.glossary.iter().find(|c| c.id == "sdgs").expect("sdgs");
    let ko = sdgs.term["ko"].clone();
    let review = |reviewer: &str, status| Edit::SetReview {
        review: ReviewDraft {
            concept: "sdgs".into(),
            locale: "ko".into(),
            term: ko.clone(),
            reviewer: reviewer.into(),
            status: Some(status),
            comment: Some("used in our slides".into()),
        },
    };
    ed.apply(review("deniz-susar", Status::Preferred))
        .expect("review");
    ed.save().expect("save");
    let reviews = Reviews::load(&Source::dir(dir.path()).expect("src")).expect("reviews");
    assert_eq!(reviews.status("sdgs", "ko", &ko), Some(Status::Preferred));
    for format in [ExportFormat::Tbx2, ExportFormat::Tbx3] {
        let xml = String::from_utf8(glossary_files::export(&pack, &reviews, format).expect("tbx"))
            .expect("utf-8");
        let at = xml.find(&format!("<term>{ko}</term>")).expect("term");
        let rest = &xml[at..];
        let end = rest.find("</t").expect("end of term group");
        assert!(
            rest[..end + 200.min(rest.len() - end)].contains(
                "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>"
            ),
            "{format:?}"
        );
        let incoming = glossary_files::read(
            xml.as_bytes(),
            Format::Tbx,
            "x",
            &pack.locales,
            &mut no_progress(),
        )
        .expect("read back");
        let idx = incoming
            .concepts
            .iter()
            .position(|c| c.id == "sdgs")
            .expect("sdgs read");
        assert_eq!(
            incoming.status.get(&(idx, "ko".to_owned(), ko.clone())),
            Some(&Status::Preferred)
        );
    }
    // Disagreeing reviewers: no agreed status, nothing exported for that rendering.
    ed.apply(review("sean-audain", Status::Deprecated))
        .expect("second review");
    ed.save().expect("save");
    let reviews = Reviews::load(&Source::dir(dir.path()).expect("src")).expect("reviews");
    assert_eq!(reviews.status("sdgs", "ko", &ko), None);
    let xml = String::from_utf8(
        glossary_files::export(&pack, &reviews, ExportFormat::Tbx3).expect("tbx"),
    )
    .expect("utf-8");
    assert!(!xml.contains("administrativeStatus"));
}

#[test]
fn tbx_from_another_tool_maps_ntig_abbreviations_definitions_and_languages() {
    let incoming = read(
        &fixture("other-tool-v2.tbx"),
        Format::Tbx,
        "other-tool-v2.tbx",
    )
    .expect("read");
    assert_eq!(incoming.concepts.len(), 2);
    let c = &incoming.concepts[0];
    assert_eq!(c.id, "c100");
    assert_eq!(c.term["en-US"], "Voluntary Local Review");
    assert_eq!(c.abbr["en-US"], "VLR");
    assert_eq!(c.term["ko"], "자발적 지역 검토");
    assert_eq!(c.alt["ko"], vec!["지역 자발적 검토"]);
    // A definition is its own field, not the note.
    assert_eq!(
        c.fields["definition"]["en-US"],
        "A review of SDG progress carried out by a city."
    );
    assert!(!c.note.contains_key("en-US"));
    assert_eq!(
        c.domain.as_deref(),
        Some("Local governance and public administration")
    );
    assert_eq!(
        incoming
            .status
            .get(&(0, "ko".to_owned(), "지역 자발적 검토".to_owned())),
        Some(&Status::Deprecated)
    );
    let t = &incoming.concepts[1];
    assert_eq!(t.term["en-US"], "Tom & Jerry\u{2019}s <rule>");
    assert_eq!(t.term["ko"], "톰 & 제리");
    assert!(
        incoming
            .warnings
            .iter()
            .any(|w| w.code == "unknown-language" && w.message.contains("`fr`")),
        "{:?}",
        incoming.warnings
    );
}

#[test]
fn xml_external_entities_are_never_resolved() {
    for name in ["xxe.tbx", "entity-bomb.tbx"] {
        let err = read(&fixture(name), Format::Tbx, name).expect_err(name);
        assert_eq!(err.kind(), "import", "{name}");
        assert!(err.to_string().contains("is not defined"), "{name}: {err}");
    }
    // A DTD that is declared but not used is skipped, and the terms load.
    let ok =
        read(&fixture("ignored-dtd.tbx"), Format::Tbx, "ignored-dtd.tbx").expect("DTD skipped");
    let c = &ok.concepts[0];
    assert_eq!(
        (c.id.as_str(), c.term["ko"].as_str(), c.note["ko"].as_str()),
        ("data-commons", "데이터 공유지", "행정안전부 표기")
    );
    assert_eq!(c.sessions, vec!["session-2"]);
    assert!(!c.term["en-US"].contains("root:"), "no file was read");
}

#[test]
fn malformed_tbx_is_an_import_error_with_a_line() {
    let bad = b"<?xml version=\"1.0\"?>\n<martif>\n<text><body>\n<termEntry></langSet>\n</body></text></martif>\n";
    let err = read(bad, Format::Tbx, "bad.tbx").expect_err("mismatched tags");
    let booth::Error::Import(d) = err else {
        panic!("not an import error")
    };
    assert_eq!(d.line, Some(4));
    let not_tbx = b"<html><body/></html>";
    assert!(read(not_tbx, Format::Tbx, "x").is_err());
}

#[test]
fn csv_headers_are_mapped_with_bom_and_semicolons() {
    let incoming = read(
        &fixture("semicolon-bom.csv"),
        Format::Csv,
        "semicolon-bom.csv",
    )
    .expect("read");
    assert_eq!(incoming.concepts.len(), 2);
    let a = &incoming.concepts[0];
    assert_eq!(a.id, "sdgs");
    assert_eq!(a.abbr["en-US"], "SDGs");
    assert_eq!(a.term["ko"], "지속가능발전목표");
    let b = &incoming.concepts[1];
    assert_eq!(b.id, "");
    assert_eq!(b.note["ko"], "시민 주도 기술");
    // A column Booth has no name for is kept as a field of the reference locale, and said so.
    assert!(incoming
        .warnings
        .iter()
        .any(|w| w.code == "unknown-column" && w.message.contains("Owner")));
    assert_eq!(a.fields["owner"]["en-US"], "Kim");
    let err = glossary_files::read(
        b"foo,bar\n1,2\n",
        Format::Csv,
        "x.csv",
        &locales(),
        &mut no_progress(),
    )
    .expect_err("no language column");
    assert_eq!(err.kind(), "import");
}

#[test]
fn preview_reports_conflicts_and_writes_nothing_until_applied() {
    let dir = forum_pack();
    let pack = Pack::open(dir.path()).expect("pack");
    let sdgs = pack.glossary.iter().find(|c| c.id == "sdgs").expect("sdgs");
    let oecd = pack.glossary.iter().find(|c| c.id == "oecd").expect("oecd");
    let en_sdgs = sdgs.term["en-US"].clone();
    let en_oecd = oecd.term["en-US"].clone();
    let csv = format!(
        "id,en-US,ko,ko note\n\
         sdgs,{en_sdgs},다른 번역,\n\
         ,{en_oecd},또 다른 번역,\n\
         new-thing,{en_sdgs},세 번째 번역,\n\
         fresh,Participatory budgeting,주민참여예산,\n\
         oecd,,,새 참고\n"
    );
    let before = snapshot(dir.path());
    let incoming = glossary_files::read(
        csv.as_bytes(),
        Format::Csv,
        "x.csv",
        &pack.locales,
        &mut no_progress(),
    )
    .expect("read");
    let preview = glossary_files::preview(&pack, &incoming);
    assert_eq!(snapshot(dir.path()), before, "a preview writes nothing");
    let kinds: Vec<(ConflictKind, &str)> = preview
        .conflicts
        .iter()
        .map(|c| (c.kind, c.existing.id.as_str()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (ConflictKind::SameIdOtherContent, "sdgs"),
            (ConflictKind::SameTermOtherRendering, "oecd"),
            (ConflictKind::SameTermOtherRendering, "sdgs"),
        ]
    );
    assert_eq!(preview.conflicts[0].fields, vec!["term.ko"]);
    assert_eq!(
        preview
            .added
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        vec!["fresh"]
    );
    // Filling an empty field is a change, not a conflict (unless the pack already has a ko note for oecd).
    let oecd_has_note = oecd.note.contains_key("ko");
    assert_eq!(preview.changed.len(), usize::from(!oecd_has_note));

    let mut ed = Editor::open(dir.path()).expect("open");
    let decisions = HashMap::from([(preview.conflicts[1].key.clone(), Decision::Import)]);
    let summary = glossary_files::apply(&mut ed, &preview, &decisions).expect("apply");
    assert_eq!(
        (
            summary.added,
            summary.conflicts_imported,
            summary.conflicts_skipped
        ),
        (1, 1, 2)
    );
    ed.save().expect("save");
    let after = Pack::open(dir.path()).expect("reload");
    let get = |id: &str| after.glossary.iter().find(|c| c.id == id).cloned();
    assert_eq!(
        get("oecd").expect("oecd").term["ko"],
        "또 다른 번역",
        "imported"
    );
    assert_eq!(
        get("sdgs").expect("sdgs").term["ko"],
        sdgs.term["ko"],
        "skipped"
    );
    assert!(get("new-thing").is_none(), "skipped");
    assert_eq!(get("fresh").expect("fresh").term["ko"], "주민참여예산");
    // The whole import is one undo step.
    assert_eq!(ed.history().undo.len(), 1);
}

#[test]
fn format_is_guessed_from_the_file_name() {
    assert_eq!(Format::from_name("terms.CSV"), Some(Format::Csv));
    assert_eq!(Format::from_name("a/b/glossary.tbx"), Some(Format::Tbx));
    assert_eq!(Format::from_name("Glossary.xlsx"), Some(Format::Xlsx));
    assert_eq!(Format::from_name("notes.docx"), None);
}

/// Imports `file` into a new minimal pack (its own concept kept), saves, and returns the pack folder.
fn import_into_new_pack(bytes: &[u8], format: Format) -> (tempfile::TempDir, Pack) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("pack");
    booth::template::create_pack(&root, booth::template::Template::Minimal).expect("new pack");
    let pack = Pack::open(&root).expect("pack");
    let incoming = glossary_files::read(bytes, format, "file", &pack.locales, &mut no_progress())
        .expect("read");
    let preview = glossary_files::preview(&pack, &incoming);
    let mut ed = Editor::open(&root).expect("open");
    glossary_files::apply(&mut ed, &preview, &HashMap::new()).expect("apply");
    ed.save().expect("save");
    let back = Pack::open(&root).expect("reloaded");
    (dir, back)
}

fn concept<'p>(pack: &'p Pack, term_en: &str) -> &'p Concept {
    pack.glossary
        .iter()
        .find(|c| c.term.get("en-US").map(String::as_str) == Some(term_en))
        .unwrap_or_else(|| panic!("no concept `{term_en}`"))
}

/// A real-world TBX v2 export: definitions and notes with line breaks (one with indented and blank lines),
/// notes in one language only. Every concept imports, the notes come back exactly, and the pack checks
/// clean.
#[test]
fn multi_line_tbx_imports_completely_and_the_pack_checks_clean() {
    let (dir, pack) = import_into_new_pack(&fixture("multiline-v2.tbx"), Format::Tbx);
    let root = dir.path().join("pack");
    // The template's concept plus the file's three.
    assert_eq!(pack.glossary.len(), 4, "{:?}", pack.diagnostics);
    let vlr = concept(&pack, "Voluntary Local Review");
    assert_eq!(
        vlr.note.get("en-US").map(String::as_str),
        Some("Say the full name on first mention.\nAfterwards \"VLR\" is fine.")
    );
    assert_eq!(
        vlr.note.get("ko"),
        None,
        "a one-language note stays in its language"
    );
    let dg = concept(&pack, "digital government");
    assert_eq!(
        dg.note.get("ko").map(String::as_str),
        Some("전자정부(e-government)와 구별할 것.\n    들여쓴 줄도 그대로.\n\n빈 줄 다음 줄.")
    );
    let ko = std::fs::read_to_string(root.join("ko/glossary.ftl")).expect("ko");
    assert!(
        ko.contains(
            "    .note =\n        전자정부(e-government)와 구별할 것.\n        { \"    \" }들여쓴 줄도 그대로.\n"
        ),
        "{ko}"
    );
    let report = booth::check::check(&root, None).expect("check");
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|f| f.severity == booth::check::FindingLevel::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report.errors, 0);

    // And out again: the notes survive TBX v2 and v3 exports exactly.
    for format in [
        ExportFormat::Tbx2,
        ExportFormat::Tbx3,
        ExportFormat::Csv,
        ExportFormat::Xlsx,
    ] {
        let bytes = glossary_files::export(&pack, &Reviews::default(), format).expect("export");
        let read_as = match format {
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Xlsx => Format::Xlsx,
            _ => Format::Tbx,
        };
        let again = glossary_files::read(&bytes, read_as, "x", &pack.locales, &mut no_progress())
            .expect("read back");
        let same = glossary_files::preview(&pack, &again);
        assert_eq!(
            (same.added.len(), same.changed.len(), same.conflicts.len()),
            (0, 0, 0),
            "{format:?}: {:?}",
            same.conflicts.first()
        );
        assert_eq!(by_id(again.concepts.clone()).len(), pack.glossary.len());
        let notes = |g: &[Concept]| {
            by_id(g.to_vec())
                .into_iter()
                .map(|c| (c.id, c.note))
                .collect::<Vec<_>>()
        };
        assert_eq!(notes(&again.concepts), notes(&pack.glossary), "{format:?}");
    }
}

/// A CSV cell with a line break (CRLF inside the quotes, as Excel writes it, and a bare LF) imports, is
/// saved as multi-line Fluent, and checks clean. Fluent files hold `\n` line ends, so CRLF becomes LF.
#[test]
fn multi_line_csv_cells_import_and_check_clean() {
    let (dir, pack) = import_into_new_pack(&fixture("multiline.csv"), Format::Csv);
    let vlr = concept(&pack, "Voluntary Local Review");
    assert_eq!(
        vlr.note.get("en-US").map(String::as_str),
        Some("Say the full name first.\nThen \"VLR\".")
    );
    let dg = concept(&pack, "digital government");
    assert_eq!(
        dg.note.get("ko").map(String::as_str),
        Some("전자정부와 구별.\n{중괄호} 그대로.")
    );
    let report = booth::check::check(&dir.path().join("pack"), None).expect("check");
    assert_eq!(report.errors, 0, "{:#?}", report.diagnostics);
}

/// Exports `pack` in `format`, reads it back, and asserts every concept comes back with the same terms,
/// notes and fields.
fn assert_export_keeps_everything(pack: &Pack, format: ExportFormat) {
    let bytes = glossary_files::export(pack, &Reviews::default(), format).expect("export");
    let read_as = match format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Xlsx => Format::Xlsx,
        _ => Format::Tbx,
    };
    let again = glossary_files::read(&bytes, read_as, "x", &pack.locales, &mut no_progress())
        .expect("read back");
    let strip = |g: &[Concept]| {
        by_id(
            g.iter()
                .cloned()
                .map(|mut c| {
                    c.unverified.clear();
                    c
                })
                .collect(),
        )
    };
    assert_eq!(strip(&again.concepts), strip(&pack.glossary), "{format:?}");
    let same = glossary_files::preview(pack, &again);
    assert_eq!(
        (same.added.len(), same.changed.len(), same.conflicts.len()),
        (0, 0, 0),
        "{format:?}"
    );
}

fn field<'c>(c: &'c Concept, name: &str, locale: &str) -> Option<&'c str> {
    c.fields.get(name)?.get(locale).map(String::as_str)
}

/// TBX v3 as terminology tools export it: definitions per language (multi-line), a cross-reference, part
/// of speech, administrative status, context and source on the term, a custom `admin` category and a
/// concept-level note. Every one has a home in the pack, the pack checks clean, and TBX v2, TBX v3, CSV and
/// XLSX exports give it all back.
#[test]
fn tbx_fields_are_kept_in_the_pack_and_exported_again() {
    let (dir, pack) = import_into_new_pack(&fixture("fields-v3.tbx"), Format::Tbx);
    let c = concept(&pack, "Voluntary Local Review");
    assert_eq!(c.id, "vlr");
    assert_eq!(c.domain.as_deref(), Some("Public administration"));
    assert_eq!(c.abbr.get("en-US").map(String::as_str), Some("VLR"));
    assert_eq!(
        field(c, "definition", "en-US"),
        Some("A review of SDG progress\ncarried out by a local government.")
    );
    assert_eq!(
        field(c, "definition", "ko"),
        Some("지방정부가 SDG 이행을\n스스로 점검하는 보고서.")
    );
    assert_eq!(
        field(c, "xref", "en-US"),
        Some("VLR portal <https://sdgs.un.org/topics/voluntary-local-reviews>")
    );
    assert_eq!(field(c, "partOfSpeech", "en-US"), Some("noun"));
    assert_eq!(field(c, "partOfSpeech", "ko"), Some("noun"));
    assert_eq!(
        field(c, "administrativeStatus", "en-US"),
        Some("preferredTerm-admn-sts")
    );
    assert_eq!(
        field(c, "administrativeStatus", "ko"),
        Some("admittedTerm-admn-sts")
    );
    assert_eq!(
        field(c, "context", "en-US"),
        Some("Seoul presented its first Voluntary Local Review in 2021.")
    );
    assert_eq!(field(c, "source", "en-US"), Some("UN DESA VLR handbook"));
    assert_eq!(
        field(c, "customerSubset", "ko"),
        Some("Seoul Metropolitan Government")
    );
    // The concept-level note goes to the reference locale.
    assert_eq!(
        c.note.get("en-US").map(String::as_str),
        Some("Concept-level note,\non two lines.")
    );
    let en = std::fs::read_to_string(dir.path().join("pack/en-US/glossary.ftl")).expect("en");
    assert!(en.contains("    .partOfSpeech = noun\n"), "{en}");
    let report = booth::check::check(&dir.path().join("pack"), None).expect("check");
    assert_eq!(report.errors, 0, "{:#?}", report.diagnostics);
    for format in [
        ExportFormat::Tbx2,
        ExportFormat::Tbx3,
        ExportFormat::Csv,
        ExportFormat::Xlsx,
    ] {
        assert_export_keeps_everything(&pack, format);
    }
}

/// The multi-line TBX v2 export's definitions, parts of speech, context, source and cross-reference are
/// kept too, and survive export.
#[test]
fn tbx2_export_fields_round_trip() {
    let (_dir, pack) = import_into_new_pack(&fixture("multiline-v2.tbx"), Format::Tbx);
    let c = concept(&pack, "Voluntary Local Review");
    assert_eq!(
        field(c, "definition", "en-US"),
        Some("A review of progress on the SDGs\ncarried out by a city or region,\npresented at the HLPF.")
    );
    assert_eq!(
        field(c, "source", "en-US"),
        Some("UN DESA VLR handbook, p. 4")
    );
    let dg = concept(&pack, "digital government");
    assert_eq!(
        field(dg, "xref", "en-US"),
        Some("UN E-Government Knowledgebase <https://publicadministration.un.org/egovkb>")
    );
    for format in [ExportFormat::Tbx2, ExportFormat::Tbx3, ExportFormat::Csv] {
        assert_export_keeps_everything(&pack, format);
    }
}

/// CSV columns Booth has no name for are kept as fields (and said so in the warnings), never dropped;
/// known ones (`English definition`, `ko context`, `Part of speech`) have their home. CSV → pack → CSV
/// keeps every field.
#[test]
fn csv_unknown_columns_are_kept_and_reported() {
    let bytes = fixture("extra-columns.csv");
    let incoming = read(&bytes, Format::Csv, "extra.csv").expect("read");
    let warned: Vec<&str> = incoming
        .warnings
        .iter()
        .filter(|w| w.code == "unknown-column")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert!(warned[0].contains("`Usage note`") && warned[0].contains("`.usageNote`"));
    assert!(warned[1].contains("`Reviewer`") && warned[1].contains("`.reviewer`"));
    let (dir, pack) = import_into_new_pack(&bytes, Format::Csv);
    let c = concept(&pack, "Voluntary Local Review");
    assert_eq!(
        field(c, "definition", "en-US"),
        Some("A review of progress\nby a city.")
    );
    assert_eq!(
        field(c, "context", "ko"),
        Some("서울시가 2021년에 첫 VLR을 냈다.")
    );
    assert_eq!(field(c, "partOfSpeech", "en-US"), Some("noun"));
    assert_eq!(
        field(c, "usageNote", "en-US"),
        Some("Say it in full,\nthen VLR.")
    );
    assert_eq!(field(c, "reviewer", "en-US"), Some("J. Kim"));
    let report = booth::check::check(&dir.path().join("pack"), None).expect("check");
    assert_eq!(report.errors, 0, "{:#?}", report.diagnostics);
    for format in [ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Tbx3] {
        assert_export_keeps_everything(&pack, format);
    }
}

#[test]
fn unknown_columns_are_listed_and_can_be_mapped_noted_or_dropped() {
    use glossary_files::{choose_columns, ColumnChoice};
    let bytes = fixture("extra-columns.csv");
    let read = read(&bytes, Format::Csv, "extra.csv").expect("read");
    let listed: Vec<(&str, u32, &str, u32)> = read
        .extra
        .iter()
        .map(|e| (e.header.as_str(), e.column, e.field.as_str(), e.filled))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("Usage note", 7, "usageNote", 1),
            ("Reviewer", 8, "reviewer", 1)
        ]
    );
    assert_eq!(read.extra[1].samples, vec!["J. Kim"]);
    let choices = std::collections::BTreeMap::from([
        (
            "usageNote".to_owned(),
            ColumnChoice::Field {
                field: "note".into(),
                locale: "en-US".into(),
            },
        ),
        ("reviewer".to_owned(), ColumnChoice::Drop),
    ]);
    let chosen = choose_columns(&read, &choices, &locales()).expect("choose");
    let c = &chosen.concepts[0];
    assert_eq!(c.note["en-US"], "Say it in full,\nthen VLR.");
    assert!(!c.fields.contains_key("usageNote") && !c.fields.contains_key("reviewer"));
    assert_eq!(chosen.extra[1].choice, ColumnChoice::Drop);
    assert!(
        !chosen.warnings.iter().any(|w| w.code == "unknown-column"),
        "the reader's 'kept as a field' no longer applies: {:?}",
        chosen.warnings
    );
    // Choices are made on what was read: asking again with Note instead of Drop needs no re-read.
    let noted = choose_columns(
        &read,
        &std::collections::BTreeMap::from([("reviewer".to_owned(), ColumnChoice::Note)]),
        &locales(),
    )
    .expect("note");
    assert_eq!(noted.concepts[0].note["en-US"], "Reviewer: J. Kim");
    assert_eq!(
        noted.concepts[0].fields["usageNote"]["en-US"],
        "Say it in full,\nthen VLR."
    );
    // Mapping onto a term the entry already has keeps it and adds an alternative.
    let alt = choose_columns(
        &read,
        &std::collections::BTreeMap::from([(
            "reviewer".to_owned(),
            ColumnChoice::Field {
                field: "term".into(),
                locale: "ko".into(),
            },
        )]),
        &locales(),
    )
    .expect("term");
    assert_eq!(alt.concepts[0].term["ko"], "자발적 지역 검토");
    assert_eq!(alt.concepts[0].alt["ko"], vec!["J. Kim"]);
    // A field or language the pack cannot hold is refused by name.
    let bad = choose_columns(
        &read,
        &std::collections::BTreeMap::from([(
            "reviewer".to_owned(),
            ColumnChoice::Field {
                field: "term".into(),
                locale: "fr".into(),
            },
        )]),
        &locales(),
    )
    .expect_err("fr");
    assert!(bad.to_string().contains("Reviewer"), "{bad}");
}

/// An edit that does not carry a field (an older front end, the organizer's form) leaves it alone; one that
/// carries it with a locale missing removes it there.
#[test]
fn edits_keep_fields_they_do_not_name() {
    let (dir, pack) = import_into_new_pack(&fixture("fields-v3.tbx"), Format::Tbx);
    let root = dir.path().join("pack");
    let mut c = concept(&pack, "Voluntary Local Review").clone();
    let mut ed = Editor::open(&root).expect("open");
    let fields = std::mem::take(&mut c.fields);
    c.note.insert("ko", "새 메모".into());
    ed.apply_all("note", vec![Edit::PutConcept { concept: c.clone() }])
        .expect("edit");
    ed.save().expect("save");
    let back = Pack::open(&root).expect("reload");
    let b = concept(&back, "Voluntary Local Review");
    assert_eq!(b.fields, fields);
    assert_eq!(b.note.get("ko").map(String::as_str), Some("새 메모"));
    let mut only_en = fields.clone();
    only_en.get_mut("partOfSpeech").expect("pos").remove("ko");
    c.fields = only_en.clone();
    ed.apply_all("pos", vec![Edit::PutConcept { concept: c }])
        .expect("edit");
    ed.save().expect("save");
    let back = Pack::open(&root).expect("reload");
    assert_eq!(concept(&back, "Voluntary Local Review").fields, only_en);
}
