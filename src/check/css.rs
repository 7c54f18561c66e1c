//! compare-locales' check of `.style` attributes: Firefox lets a translation size a dialog
//! (`width: 32em; min-height: 10em`), and only width/height declarations with a length are allowed.
//! A port of `CSSCheckMixin` (compare_locales/checks/base.py), same grammar and same outcomes.

use super::FindingLevel;

const UNITS: [&str; 10] = ["ch", "em", "ex", "rem", "px", "cm", "mm", "in", "pc", "pt"];

/// Declarations found (property → unit, first position kept, last unit wins) and whether anything else
/// was in between.
struct Spec<'s> {
    props: Vec<(&'s str, &'s str)>,
    bad: bool,
}

/// compare-locales' `parse_css_spec`: `None` when the text holds no declaration at all.
fn parse(val: &str) -> Option<Spec<'_>> {
    let mut spec = Spec {
        props: Vec::new(),
        bad: false,
    };
    let mut end = 0;
    let mut pos = 0;
    loop {
        let next = (pos..val.len())
            .filter(|&i| val.is_char_boundary(i))
            .find_map(|i| declaration(val, i).map(|d| (i, d)));
        let start = next.as_ref().map_or(val.len(), |(i, _)| *i);
        if end == 0 && next.is_none() {
            return None;
        }
        if start > end {
            let gap = &val[end..start];
            let trimmed = gap.trim_matches([' ', '\t', '\r', '\n']);
            // Only blanks and one `;` may separate declarations, and the `;` is required between two.
            let separator = trimmed.is_empty() || trimmed == ";";
            if !separator || (end > 0 && trimmed.is_empty()) {
                spec.bad = true;
            }
        }
        let Some((_, (prop, unit, stop))) = next else {
            return Some(spec);
        };
        match spec.props.iter_mut().find(|(p, _)| *p == prop) {
            Some(slot) => slot.1 = unit,
            None => spec.props.push((prop, unit)),
        }
        end = stop;
        pos = stop;
    }
}

/// `(min-|max-)?(width|height) \s* : \s* (digits | digits? . digits) unit` at byte `i`:
/// (property, unit, end).
fn declaration(val: &str, i: usize) -> Option<(&str, &str, usize)> {
    let rest = &val[i..];
    let prop_len = [
        "min-width",
        "min-height",
        "max-width",
        "max-height",
        "width",
        "height",
    ]
    .iter()
    .find(|p| rest.starts_with(**p))?
    .len();
    let ws = |s: &str| s.len() - s.trim_start_matches([' ', '\t', '\r', '\n']).len();
    let mut j = prop_len;
    j += ws(&rest[j..]);
    rest[j..].starts_with(':').then_some(())?;
    j += 1;
    j += ws(&rest[j..]);
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let d = digits(&rest[j..]);
    let unit_at = |k: usize| {
        UNITS
            .iter()
            .find(|u| rest[k..].starts_with(**u))
            .map(|u| (k, u.len()))
    };
    let unit = unit_at(j + d).filter(|_| d > 0).or_else(|| {
        let k = j + d;
        rest[k..].starts_with('.').then_some(())?;
        let f = digits(&rest[k + 1..]);
        (f > 0).then_some(())?;
        unit_at(k + 1 + f)
    })?;
    Some((
        &rest[..prop_len],
        &rest[unit.0..unit.0 + unit.1],
        i + unit.0 + unit.1,
    ))
}

/// compare-locales' `check_style`: an error when the translation is not a clean declaration list, a
/// warning when its properties or units differ from the reference's.
pub(crate) fn compare(reference: &str, l10n: &str) -> Option<(FindingLevel, &'static str, String)> {
    let spec =
        match parse(l10n) {
            Some(s) if !s.props.is_empty() && !s.bad => s,
            _ => return Some((
                FindingLevel::Error,
                "css",
                "not a list of width/height declarations with lengths, as the reference's style is"
                    .to_owned(),
            )),
        };
    let mut reference: Vec<(&str, &str)> = parse(reference).map(|s| s.props).unwrap_or_default();
    let mut msgs: Vec<String> = Vec::new();
    for (prop, unit) in &spec.props {
        match reference.iter().position(|(p, _)| p == prop) {
            None => msgs.insert(0, format!("{prop} only in translation")),
            Some(i) => {
                let (_, ref_unit) = reference.remove(i);
                if *unit != ref_unit {
                    msgs.push(format!(
                        "units for {prop} don't match ({unit} != {ref_unit})"
                    ));
                }
            }
        }
    }
    for (prop, _) in reference {
        msgs.insert(0, format!("{prop} only in reference"));
    }
    (!msgs.is_empty()).then(|| (FindingLevel::Warning, "css-mismatch", msgs.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_parse_like_compare_locales() {
        let s = parse("width: 12.5em; min-height:3px").expect("css");
        assert_eq!(s.props, [("width", "em"), ("min-height", "px")]);
        assert!(!s.bad);
        assert!(parse("no css here").is_none());
        assert!(
            parse("width: 1em height: 2em").is_some_and(|s| s.bad),
            "missing ;"
        );
        assert!(
            parse("line-height: 2em").is_some_and(|s| s.bad),
            "only width/height"
        );
    }

    #[test]
    fn comparisons() {
        assert_eq!(compare("width: 10em", "width: 12em"), None);
        assert_eq!(
            compare("width: 10em", "width: 12px").map(|c| c.2),
            Some("units for width don't match (px != em)".to_owned())
        );
        assert_eq!(
            compare("width: 10em", "height: 12em").map(|c| c.2),
            Some("width only in reference, height only in translation".to_owned())
        );
        assert_eq!(compare("width: 10em", "wide").map(|c| c.1), Some("css"));
    }
}
