//! The `booth` binary as a script sees it: output, JSON and exit status. The core's behaviour behind each
//! subcommand is tested in the root `tests/`; here only what the adapter adds.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The committed check fixtures of the core's tests (`tests/fixtures/check/`).
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/check")
        .join(name)
}

fn booth(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_booth"))
        .args(args)
        .output()
        .expect("booth runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({
        snapshot_path => "snapshots",
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!(name, value);
    });
}

#[test]
fn cli_output_and_exit_status() {
    for name in ["folder", "pack"] {
        let path = fixture(name);
        let path = path.to_str().expect("utf-8 path");
        let (code, human, _) = booth(&["check", path]);
        assert_eq!(code, 1, "errors found");
        snapshot(&format!("check_{name}"), &human);
        let (code, json, _) = booth(&["check", "--json", path]);
        assert_eq!(code, 1);
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(parsed["format"], 1);
        snapshot(&format!("check_{name}_json"), &json);
    }
}

#[test]
fn cli_exit_status_without_errors_and_on_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, text) in [("en-US/a.ftl", "a = A\n"), ("ko/a.ftl", "b = B\n")] {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    let path = dir.path().to_str().expect("utf-8 path");
    let (code, out, _) = booth(&["check", path]);
    assert_eq!(
        code, 0,
        "missing and obsolete messages are not errors in a folder: {out}"
    );
    assert!(out.contains("ko: 1 missing, 1 obsolete, 0 errors"), "{out}");

    let (code, _, err) = booth(&["check", path, "--reference", "fr"]);
    assert_eq!(code, 2);
    assert!(err.contains("no `fr` folder"), "{err}");
    let (code, _, _) = booth(&["check", &format!("{path}/nope")]);
    assert_eq!(code, 2);
    let (code, _, _) = booth(&["check", "--bogus"]);
    assert_eq!(code, 2);
}

/// Runs `booth` with `input` on stdin and reads one JSON value per line of its output.
fn json_lines(args: &[&str], input: &str) -> Vec<serde_json::Value> {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_booth"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("booth runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("input written");
    let out = child.wait_with_output().expect("booth exits");
    assert!(out.status.success(), "{args:?} failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

#[test]
fn cli_answers_one_json_line_per_query_from_stdin() {
    let lines = json_lines(
        &["search", "--stdin", "--limit", "3"],
        "SDGs\n\nㅈㅅㄱㄴㅂㅈㅁㅍ\n",
    );
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0][0]["conceptId"], "sdgs");
    assert_eq!(lines[0][0]["term"]["ko"], "지속가능발전목표");
    assert_eq!(lines[1], serde_json::json!([]));
    assert_eq!(lines[2][0]["kind"], "initials");
}

#[test]
fn prompt_answers_one_json_array_per_line_with_both_languages() {
    let lines = json_lines(
        &["prompt", "--json", "--at", "2021-07-07T14:20:00+09:00"],
        "지방정부들의 예산 3억 5천만 원\nthe SDGs, Professor Kuhlmann\n\nthe SDGs\n",
    );
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0][0]["kind"], "term");
    assert_eq!(lines[0][0]["id"], "local-government");
    assert_eq!(lines[0][1]["kind"], "number");
    assert_eq!(lines[0][1]["value"]["value"], "350000000");
    assert_eq!(lines[0][1]["en"], "350 million won");
    assert_eq!(lines[0][1]["ko"], "3억 5천만 원");
    assert_eq!(lines[0][1]["unit"], "KRW");
    assert_eq!(lines[1][0]["id"], "sdgs");
    assert_eq!(lines[1][1]["kind"], "person");
    assert_eq!(lines[1][1]["id"], "sabine-kuhlmann");
    assert_eq!(lines[2], serde_json::json!([]));
    // The same term within the cool-down is not prompted again.
    assert_eq!(lines[3], serde_json::json!([]));
}

#[test]
fn number_converts_and_names_what_is_not_a_quantity() {
    let (code, out, _) = booth(&["number", "3억5천만 원과 2021년"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("350000000\t350 million won | 3억 5천만 원"),
        "{out}"
    );
    assert!(out.contains("2021년\tyear"), "{out}");
    let (code, _, _) = booth(&["number", "no numbers here"]);
    assert_eq!(code, 1);
}

/// `booth check` on a folder with an l10n.toml uses it (as `--config` does); `--no-config` checks every
/// locale folder and file. The fixture and compare-locales' own output for it are in
/// `tests/fixtures/check/config/proj/`.
#[test]
fn cli_check_reads_a_project_config() {
    let proj = fixture("config/proj");
    let path = proj.to_str().expect("utf-8 path");
    let config = proj.join("l10n.toml");
    let (code, auto, _) = booth(&["check", path]);
    assert_eq!(code, 0, "{auto}");
    let (code, given, _) = booth(&["check", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(code, 0);
    assert_eq!(auto, given);
    snapshot("check_config", &auto);
    assert!(
        !auto.contains("de/app/legacy.ftl"),
        "excluded for de: {auto}"
    );
    assert!(!auto.contains("ja"), "{auto}");
    let locales = proj.join("locales");
    let (_, plain, _) = booth(&["check", "--no-config", locales.to_str().expect("utf-8")]);
    assert!(plain.contains("de/app/legacy.ftl"), "{plain}");
    assert!(plain.contains("ja:"), "{plain}");
}

/// `booth import-schedule`: Korean is added by default (empty files, so `check` reports it as missing), and
/// importing again over the pack refuses with exit status 2, leaving it as it was.
#[test]
fn cli_import_schedule_adds_korean_and_refuses_an_existing_folder() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/schedule/pretalx-two-rooms.schedule.json");
    let file = file.to_str().expect("utf-8");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("forum");
    let out_s = out.to_str().expect("utf-8");
    let (code, stdout, err) = booth(&["import-schedule", file, "--out", out_s]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("wrote 7 files"), "{stdout}");
    let event = std::fs::read_to_string(out.join("event.json")).expect("event.json");
    assert!(event.contains("\"ko\""), "{event}");
    assert!(event.contains("\"cospeakers\""), "{event}");
    let (code, report, _) = booth(&["check", out_s]);
    assert_eq!(code, 1, "Korean is left to translate: {report}");
    assert!(report.contains("ko/agenda.ftl"), "{report}");

    std::fs::write(out.join("en-US/people.ftl"), "person-x = Hand edited\n").expect("edit");
    let (code, _, err) = booth(&[
        "import-schedule",
        file,
        "--out",
        out_s,
        "--locales",
        "en-US",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("not empty"), "{err}");
    assert_eq!(
        std::fs::read_to_string(out.join("en-US/people.ftl")).expect("read"),
        "person-x = Hand edited\n"
    );
}

/// A scratch copy of the built-in forum pack, as `./x test` makes one for the editing e2e test.
fn forum_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    booth::source::write_embedded_pack(dir.path()).expect("forum copy");
    dir
}

#[test]
fn extract_prints_candidates_the_glossary_lacks_and_keeps_documents() {
    let pack = forum_copy();
    let p = pack.path().to_str().expect("utf-8 path");
    let docs = tempfile::tempdir().expect("temp dir");
    let speech = docs.path().join("remarks.md");
    std::fs::write(
        &speech,
        "# Remarks\n\nLocal governments need digital public infrastructure (DPI).\nDigital public infrastructure helps cities.\n\n지방정부의 재난안전 체계가 중요합니다. 재난안전 체계를 강화하겠습니다.\n",
    )
    .expect("speech");
    let s = speech.to_str().expect("utf-8 path");
    let (code, human, _) = booth(&["extract", "--pack", p, s]);
    assert_eq!(code, 0);
    snapshot("extract_human", &human);
    let (code, json, _) = booth(&["extract", "--pack", p, "--json", s]);
    assert_eq!(code, 0);
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(parsed[0]["acronym"], "DPI");
    // "Local governments" and 지방정부 are in the forum glossary: not proposed.
    let keys: Vec<&str> = parsed
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|c| c["key"].as_str())
        .collect();
    assert!(keys.contains(&"재난안전체계"), "{keys:?}");
    assert!(
        !keys.contains(&"local government") && !keys.contains(&"지방정부"),
        "{keys:?}"
    );
    snapshot("extract_json", &json);

    // Dismissed for this pack: gone, and remembered.
    let (code, after, _) = booth(&[
        "extract",
        "--pack",
        p,
        "--dismiss",
        "digital public infrastructure",
        s,
    ]);
    assert_eq!(code, 0);
    assert!(!after.contains("digital public infrastructure"), "{after}");
    let (_, again, _) = booth(&["extract", "--pack", p, s]);
    assert!(!again.contains("digital public infrastructure"), "{again}");
    assert!(pack.path().join("documents/dismissed.json").exists());

    // --accept adds the candidate to the glossary, in its own language, with the document as its source.
    let (code, out, err) = booth(&["extract", "--pack", p, "--accept", "재난안전 체계", s]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("added concept-term-"), "{err}");
    assert!(!out.contains("재난안전 체계"), "{out}");
    let ko =
        std::fs::read_to_string(pack.path().join("ko/forum/glossary.ftl")).expect("ko glossary");
    assert!(
        ko.contains("= 재난안전 체계") && ko.contains(".source = documents/remarks.md"),
        "{ko}"
    );
    let (code, _, err) = booth(&["extract", "--pack", p, "--accept", "no such thing", s]);
    assert_eq!(code, 2);
    assert!(err.contains("not a candidate"), "{err}");

    // --add keeps the original and its text; the same file again is fine, another one of that name is not.
    let (code, _, err) = booth(&["extract", "--pack", p, "--add", s]);
    assert_eq!(code, 0, "{err}");
    assert!(pack.path().join("documents/remarks.md").exists());
    assert!(pack.path().join("documents/remarks.md.txt").exists());
    let (code, _, _) = booth(&["extract", "--pack", p, "--add", s]);
    assert_eq!(code, 0);
    std::fs::write(&speech, "Something else entirely.\n").expect("rewrite");
    let (code, _, err) = booth(&["extract", "--pack", p, "--add", s]);
    assert_eq!(code, 2);
    assert!(err.contains("already exists"), "{err}");
    assert!(
        std::fs::read_to_string(pack.path().join("documents/remarks.md"))
            .expect("kept")
            .contains("digital public infrastructure")
    );

    // A file that cannot be read is reported by name; the others are still mined.
    let bad = docs.path().join("scan.pdf");
    std::fs::write(&bad, b"%PDF-1.7\nnot really").expect("bad");
    let (code, out, err) = booth(&["extract", "--pack", p, bad.to_str().expect("utf-8"), s]);
    assert_eq!(code, 1);
    assert!(err.contains("scan.pdf") && err.contains("damaged"), "{err}");
    let _ = out;
}

#[test]
fn drill_reads_answers_from_the_keyboard_and_keeps_progress_beside_the_pack() {
    let pack = forum_copy();
    let p = pack.path().to_str().expect("utf-8 path");
    let mut child = Command::new(env!("CARGO_BIN_EXE_booth"))
        .args(["drill", "--pack", p, "--user", "mina", "--count", "3"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("booth runs");
    {
        use std::io::Write;
        let stdin = child.stdin.as_mut().expect("stdin");
        // A wrong typed answer, a self-graded one (Enter, then 3), and q.
        stdin.write_all(b"no idea\n\n3\nq\n").expect("answers");
    }
    let out = child.wait_with_output().expect("ends");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("✗") && text.contains("2 card(s) reviewed"),
        "{text}"
    );
    let state = pack.path().with_file_name(format!(
        "{}.booth-drill.json",
        pack.path().file_name().expect("name").to_string_lossy()
    ));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).expect("progress file"))
            .expect("json");
    assert_eq!(json["users"]["mina"].as_object().expect("cards").len(), 2);
    std::fs::remove_file(state).expect("clean up");
}

#[test]
fn extract_pair_finds_terms_that_keep_to_the_same_aligned_sentences() {
    let dir = tempfile::tempdir().expect("temp dir");
    let en = dir.path().join("speech.en.txt");
    let ko = dir.path().join("speech.ko.txt");
    std::fs::write(
        &en,
        "Flood barriers protect the river towns.\nThe flood barriers failed in the storm of 2020.\nThe river towns rebuilt their bridges.\n",
    )
    .expect("write");
    std::fs::write(
        &ko,
        "홍수 방벽은 강변 마을을 보호한다.\n홍수 방벽은 2020년 폭풍 때 무너졌다.\n강변 마을은 다리를 다시 지었다.\n",
    )
    .expect("write");
    let path = |p: &std::path::Path| p.to_str().expect("utf-8").to_owned();
    // Korean first: which is which is read from the text, not the order.
    let (code, json, _) = booth(&["extract", "--pair", "--json", &path(&ko), &path(&en)]);
    assert_eq!(code, 0);
    let pairs: serde_json::Value = serde_json::from_str(&json).expect("json");
    let found: Vec<(&str, &str)> = pairs
        .as_array()
        .expect("array")
        .iter()
        .map(|p| (p["en"].as_str().expect("en"), p["ko"].as_str().expect("ko")))
        .collect();
    assert_eq!(
        found,
        [
            ("flood barriers", "홍수 방벽"),
            ("river towns", "강변 마을")
        ]
    );
    assert_eq!(pairs[0]["together"], 2);

    let (code, _, err) = booth(&["extract", "--pair", &path(&en)]);
    assert_ne!(code, 0);
    assert!(err.contains("--pair takes two files"), "{err}");
}

/// A real speaker saying nothing from the forum's pack (`crates/listen/tests/fixtures/jfk.wav`): the
/// recogniser hears them and nothing is put on screen. Skipped without `BOOTH_WHISPER_MODEL`.
#[test]
fn listen_to_a_real_speaker_with_none_of_the_packs_items_prompts_nothing() {
    let Some(model) = std::env::var("BOOTH_WHISPER_MODEL")
        .ok()
        .filter(|m| !m.is_empty())
    else {
        eprintln!("skipped: set BOOTH_WHISPER_MODEL to run booth listen");
        return;
    };
    let speech = Path::new(env!("CARGO_MANIFEST_DIR")).join("../listen/tests/fixtures/jfk.wav");
    let (code, out, err) = booth(&[
        "listen",
        "--model",
        &model,
        "--json",
        speech.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert!(
        lines.iter().any(|l| l["type"] == "state"),
        "no recogniser state in {out}"
    );
    let prompts: Vec<_> = lines.iter().filter(|l| l["type"] == "prompt").collect();
    assert!(
        prompts.is_empty(),
        "prompts from a speech with none: {prompts:?}"
    );
    assert!(err.contains("steps"), "no summary: {err}");
}
