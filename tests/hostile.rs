//! Hostile inputs: every malformed file must give a clear, positioned finding, the rest of the pack must
//! still load, nothing may panic or hang, and nothing on disk may change.
//!
//! Each case replaces one file of the small valid pack in `util.rs`. Cases are generated in code (not
//! committed as files) so an input over the 64 MB file limit costs nothing in the repository and each case reads as one line.

use crate::util::{mini_pack, EVENT_JSON};
use booth::{Error, Pack};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// What a case must produce.
enum Expect {
    /// The pack loads and reports a finding with this code in this file, at this line (column checked too
    /// when given).
    Finding {
        code: &'static str,
        file: &'static str,
        line: Option<u32>,
        column: Option<u32>,
    },
    /// The pack loads with no finding at all (the input is odd but valid).
    Clean,
    /// `event.json` is unusable: the pack does not open, with this diagnostic code (and line when given).
    Invalid {
        code: &'static str,
        line: Option<u32>,
    },
}

struct Case {
    name: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    expect: Expect,
}

fn ftl(name: &'static str, text: &str, expect: Expect) -> Case {
    Case {
        name,
        file: "ko/people.ftl",
        bytes: text.as_bytes().to_vec(),
        expect,
    }
}

fn json(name: &'static str, text: String, expect: Expect) -> Case {
    Case {
        name,
        file: "event.json",
        bytes: text.into_bytes(),
        expect,
    }
}

fn finding(code: &'static str, file: &'static str, line: u32) -> Expect {
    Expect::Finding {
        code,
        file,
        line: Some(line),
        column: None,
    }
}

/// A valid ko/people.ftl head, so a case's own problem sits on a known line (3 and after).
const HEAD: &str = "person-ann = Ann\n    .title = 의장\n";

fn cases() -> Vec<Case> {
    let bob = "person-bob = Bob\n    .title = 발표자\n";
    let mut v = vec![
        // Fluent: each kind of Junk the parser reports.
        ftl(
            "missing =",
            &format!("{HEAD}person-bob Bob\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "unclosed placeable",
            &format!("{HEAD}person-bob = {{ Bob\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "stray closing brace",
            &format!("{HEAD}person-bob = Bob }}\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "attribute without value",
            &format!("{HEAD}person-bob = Bob\n    .title =\n"),
            finding("syntax", "ko/people.ftl", 4),
        ),
        ftl(
            "message without value",
            &format!("{HEAD}person-bob =\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "identifier starting with a digit",
            &format!("{HEAD}1bob = Bob\n{bob}"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "select without default",
            &format!("{HEAD}person-bob = {{ $n ->\n    [one] Bob\n}}\n"),
            finding("syntax", "ko/people.ftl", 5),
        ),
        ftl(
            "term without value",
            &format!("{HEAD}-term =\n{bob}"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "bad variant key",
            &format!("{HEAD}person-bob = {{ $n ->\n   *[o ne] Bob\n}}\n"),
            finding("syntax", "ko/people.ftl", 4),
        ),
        ftl(
            "unterminated string literal",
            &format!("{HEAD}person-bob = {{ \"Bob }}\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "unknown escape",
            &format!("{HEAD}person-bob = {{ \"\\q\" }}\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "call with bad argument",
            &format!("{HEAD}person-bob = {{ NUMBER(1, =) }}\n"),
            finding("syntax", "ko/people.ftl", 3),
        ),
        ftl(
            "attribute before any message",
            &format!("    .title = orphan\n{HEAD}{bob}"),
            finding("syntax", "ko/people.ftl", 1),
        ),
        ftl(
            "tab indentation",
            &format!("{HEAD}person-bob = Bob\n\t.title = 발표자\n"),
            finding("syntax", "ko/people.ftl", 4),
        ),
        ftl(
            "duplicate message id",
            &format!("{HEAD}{bob}person-bob = Bob again\n"),
            finding("duplicate-id", "ko/people.ftl", 5),
        ),
        // Fluent: odd but valid.
        ftl("BOM", &format!("\u{feff}{HEAD}{bob}"), Expect::Clean),
        ftl(
            "CRLF line endings",
            &format!("{HEAD}{bob}").replace('\n', "\r\n"),
            Expect::Clean,
        ),
        ftl(
            "NUL byte in a value",
            &format!("{HEAD}person-bob = B\0b\n    .title = 발표자\n"),
            Expect::Clean,
        ),
        ftl(
            "no trailing newline",
            &format!("{HEAD}{}", bob.trim_end()),
            Expect::Clean,
        ),
        ftl(
            "very long line",
            &format!(
                "{HEAD}person-bob = {}\n    .title = 발표자\n",
                "가".repeat(300_000)
            ),
            Expect::Clean,
        ),
        ftl(
            "many messages",
            &format!(
                "{HEAD}{bob}{}",
                (0..20_000)
                    .map(|i| format!("extra-{i} = x\n"))
                    .collect::<String>()
            ),
            Expect::Clean,
        ),
        // Fluent: resource exhaustion.
        ftl(
            "deep placeable nesting",
            &format!(
                "{HEAD}person-bob = {}x{}\n    .title = 발표자\n",
                "{ ".repeat(100_000),
                " }".repeat(100_000)
            ),
            Expect::Finding {
                code: "nesting",
                file: "ko/people.ftl",
                line: Some(3),
                column: Some(78),
            },
        ),
        ftl(
            "deep nesting in one entry does not hide the next",
            &format!(
                "{HEAD}person-zed = {}x{}\n{bob}",
                "{ ".repeat(40),
                " }".repeat(40)
            ),
            finding("nesting", "ko/people.ftl", 3),
        ),
    ];
    // Found by fuzz/run.sh (fluent_file): fluent-syntax 0.12 sliced a `\U` escape inside a multi-byte
    // character and panicked. The first case is the minimized shape, the second the fuzzer's input as found.
    v.push(ftl(
        "unicode escape running into a multi-byte character",
        &format!("{HEAD}person-bob = {{ \"\\U33\u{feff}x\" }}\n{bob}"),
        finding("escape", "ko/people.ftl", 3),
    ));
    v.push(Case {
        name: "fuzz crash-41edf147 (fluent_file)",
        file: "ko/people.ftl",
        bytes: [HEAD.as_bytes(), b"I=IzI\x04\x00n=`\x00\x00\x00\x00\x10{\"n=\x10\x122\\\\\\\\\\\\\\\\\\U33\xef\xbb\xbf\x00##\x00I"].concat(),
        expect: Expect::Finding { code: "escape", file: "ko/people.ftl", line: Some(3), column: None },
    });
    v.push(Case {
        name: "non-UTF-8 (Latin-1)",
        file: "ko/people.ftl",
        bytes: [HEAD.as_bytes(), b"person-bob = Jos\xe9\n"].concat(),
        expect: Expect::Finding {
            code: "encoding",
            file: "ko/people.ftl",
            line: Some(3),
            column: Some(17),
        },
    });
    v.push(Case {
        name: "UTF-16 file",
        file: "ko/people.ftl",
        bytes: [
            &[0xFF, 0xFE][..],
            &"person-ann = Ann\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<u8>>(),
        ]
        .concat(),
        expect: Expect::Finding {
            code: "encoding",
            file: "ko/people.ftl",
            line: Some(1),
            column: Some(1),
        },
    });
    v.push(Case {
        name: "a file over the size limit",
        file: "ko/people.ftl",
        bytes: [
            HEAD.as_bytes(),
            &vec![b'#'; booth::source::MAX_FILE_BYTES as usize + 1],
        ]
        .concat(),
        expect: Expect::Finding {
            code: "too-large",
            file: "ko/people.ftl",
            line: None,
            column: None,
        },
    });

    // event.json
    let j = EVENT_JSON;
    v.extend([
        json("truncated JSON", j[..j.len() / 2].to_owned(), Expect::Invalid { code: "json", line: None }),
        json("not JSON at all", "<event/>".into(), Expect::Invalid { code: "json", line: Some(1) }),
        json("empty file", String::new(), Expect::Invalid { code: "json", line: Some(1) }),
        json("wrong type: minutes as string", j.replace("\"minutes\": 20", "\"minutes\": \"20\""), Expect::Invalid { code: "json", line: Some(6) }),
        json("wrong type: locales as string", j.replace("\"locales\": [\"en-US\", \"ko\"]", "\"locales\": \"en-US\""), Expect::Invalid { code: "json", line: Some(2) }),
        json("negative minutes", j.replace("\"minutes\": 20", "\"minutes\": -5"), Expect::Invalid { code: "json", line: Some(6) }),
        json("huge minutes", j.replace("\"minutes\": 20", "\"minutes\": 99999999999999999999"), Expect::Invalid { code: "json", line: Some(6) }),
        json("unknown field (typo)", j.replace("\"moderator\"", "\"moderater\""), Expect::Invalid { code: "json", line: Some(5) }),
        json("unknown zone", j.replace("Asia/Seoul", "Mars/Olympus"), Expect::Invalid { code: "zone", line: None }),
        json("invalid date", j.replace("2021-07-07", "2021-02-30"), Expect::Invalid { code: "json", line: Some(2) }),
        json("invalid time", j.replace("\"14:00\"", "\"25:00\""), Expect::Invalid { code: "json", line: Some(5) }),
        json("unsupported format", j.replace("\"format\": 1", "\"format\": 99"), Expect::Invalid { code: "format", line: None }),
        json("empty locales", j.replace("[\"en-US\", \"ko\"]", "[]"), Expect::Invalid { code: "locales", line: None }),
        json("invalid locale tag", j.replace("\"ko\"]", "\"not a tag!\"]"), Expect::Invalid { code: "json", line: Some(2) }),
        json("deeply nested JSON", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)), Expect::Invalid { code: "json", line: Some(1) }),
        json("end before start", j.replace("\"end\": \"14:30\"", "\"end\": \"13:30\""), finding_json("time")),
        json("unknown speaker", j.replace("\"speaker\": \"bob\"", "\"speaker\": \"mallory\""), finding_json("unknown-person")),
        json("unknown moderator", j.replace("\"moderator\": \"ann\"", "\"moderator\": \"mallory\""), finding_json("unknown-person")),
        json("unknown session", j.replace("\"session\": \"s1\"", "\"session\": \"s9\""), finding_json("unknown-session")),
        json("items overrun their block", j.replace("\"minutes\": 20", "\"minutes\": 45"), finding_json("overrun")),
        json("resource path escaping the pack", j.replacen("\"sessions\":", "\"resources\": [\"agenda.ftl\", \"people.ftl\", \"glossary.ftl\", \"../../etc/passwd\"], \"sessions\":", 1), finding_json("path")),
        json("absolute resource path", j.replacen("\"sessions\":", "\"resources\": [\"agenda.ftl\", \"people.ftl\", \"glossary.ftl\", \"/etc/passwd\"], \"sessions\":", 1), finding_json("path")),
        json(
            "overlapping blocks",
            j.replace("\"speaker\": \"bob\"}]}\n  ],", "\"speaker\": \"bob\"}]},\n    {\"id\": \"b2\", \"start\": \"14:10\", \"end\": \"14:40\"}\n  ],"),
            finding_json("overlap"),
        ),
    ]);
    v
}

fn finding_json(code: &'static str) -> Expect {
    Expect::Finding {
        code,
        file: "event.json",
        line: None,
        column: None,
    }
}

/// Every file of a folder with its bytes, to prove loading changed nothing.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).expect("inside").display().to_string(),
                    std::fs::read(&p).expect("read"),
                );
            }
        }
    }
    out
}

/// Loads a pack on a thread with a deadline: a hang fails the case instead of the whole run. The 8 MB
/// stack matches a main thread's, where the app loads packs.
fn load_bounded(dir: &Path) -> Result<Result<Pack, Error>, String> {
    let (tx, rx) = mpsc::channel();
    let dir = dir.to_owned();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(Pack::open(&dir));
        })
        .expect("spawn");
    rx.recv_timeout(Duration::from_secs(20))
        .map_err(|_| "loading did not finish within 20 s (hang?)".to_owned())
}

#[test]
fn hostile_inputs_are_reported_and_never_break_the_rest() {
    let cases = cases();
    assert!(cases.len() >= 45, "the corpus shrank to {}", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let dir = mini_pack(&[(case.file, &case.bytes)]);
        let before = snapshot(dir.path());
        let outcome = match load_bounded(dir.path()) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{}: {e}", case.name));
                continue;
            }
        };
        if snapshot(dir.path()) != before {
            failures.push(format!("{}: loading changed files on disk", case.name));
        }
        let problem = match (&case.expect, outcome) {
            (Expect::Clean, Ok(pack)) => (!pack.diagnostics.is_empty())
                .then(|| format!("expected no findings, got {:?}", pack.diagnostics)),
            (
                Expect::Finding {
                    code,
                    file,
                    line,
                    column,
                },
                Ok(pack),
            ) => {
                let hit = pack
                    .diagnostics
                    .iter()
                    .find(|d| d.code == *code && d.file == *file);
                match hit {
                    None => Some(format!(
                        "no `{code}` finding in {file}; got {:?}",
                        pack.diagnostics
                    )),
                    Some(d) if line.is_some() && d.line != *line => {
                        Some(format!("line {:?}, expected {line:?}: {d}", d.line))
                    }
                    Some(d) if column.is_some() && d.column != *column => {
                        Some(format!("column {:?}, expected {column:?}: {d}", d.column))
                    }
                    Some(_) => {
                        // The rest still loads: English is untouched, and for Fluent cases Ann's Korean title too.
                        let ann = pack.person("ann");
                        let rest_ok = ann
                            .is_some_and(|a| a.name.get("en-US").is_some_and(|n| n == "Ann"))
                            && (!case.file.ends_with(".ftl")
                                || *code == "too-large"
                                || *code == "encoding"
                                || ann.is_some_and(|a| {
                                    a.title.get("ko").is_some_and(|t| t == "의장")
                                }));
                        (!rest_ok).then(|| "the rest of the pack did not load".to_owned())
                    }
                }
            }
            (Expect::Invalid { code, line }, Err(Error::InvalidPack(d))) => {
                if d.code != *code {
                    Some(format!("expected `{code}`, got {d}"))
                } else if line.is_some() && d.line != *line {
                    Some(format!("line {:?}, expected {line:?}: {d}", d.line))
                } else if d.file != "event.json" || d.message.is_empty() {
                    Some(format!("unclear error: {d}"))
                } else {
                    None
                }
            }
            (_, Ok(pack)) => Some(format!("loaded, with findings {:?}", pack.diagnostics)),
            (_, Err(e)) => Some(format!("failed to open: {e}")),
        };
        if let Some(p) = problem {
            failures.push(format!("{}: {p}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} hostile cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
