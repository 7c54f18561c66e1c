use crate::util::mini_pack;
use booth::source::{checked_relative, decode, Source};
use booth::Pack;

#[test]
fn paths_cannot_leave_the_pack() {
    assert!(checked_relative("../etc/passwd").is_err());
    assert!(checked_relative("/etc/passwd").is_err());
    assert!(checked_relative("ko/../../x").is_err());
    assert!(checked_relative("ko/people.ftl").is_ok());
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_pack_is_refused() {
    let outside = tempfile::tempdir().expect("tmp");
    std::fs::write(outside.path().join("secret.ftl"), "person-ann = Stolen\n").expect("write");
    let dir = mini_pack(&[]);
    std::fs::remove_file(dir.path().join("ko/people.ftl")).expect("rm");
    std::os::unix::fs::symlink(
        outside.path().join("secret.ftl"),
        dir.path().join("ko/people.ftl"),
    )
    .expect("ln");
    let pack = Pack::open(dir.path()).expect("loads");
    assert!(pack
        .diagnostics
        .iter()
        .any(|d| d.code == "path" && d.file == "ko/people.ftl"));
    assert!(!pack.people[0].name.contains_key("ko"));
}

#[test]
fn non_utf8_is_reported_at_its_position() {
    let d = decode("ko/x.ftl", b"a = 1\nb = \xff\n".to_vec()).expect_err("not UTF-8");
    assert_eq!((d.line, d.column), (Some(2), Some(5)));
    assert_eq!(
        decode("x", b"\xEF\xBB\xBFa = 1".to_vec()).expect("BOM dropped"),
        "a = 1"
    );
}

#[test]
fn oversized_files_are_refused_without_reading_them() {
    let dir = mini_pack(&[]);
    let big = vec![b'#'; booth::source::MAX_FILE_BYTES as usize + 1];
    std::fs::write(dir.path().join("ko/people.ftl"), big).expect("write");
    let src = Source::dir(dir.path()).expect("dir");
    let d = src.read_text("ko/people.ftl").expect_err("too large");
    assert_eq!(d.code, "too-large");
    let pack = Pack::open(dir.path()).expect("the rest loads");
    assert_eq!(pack.people[0].name["en-US"], "Ann");
}
