//! Which language the app's own interface starts in: the OS's preferred locales negotiated against the UI
//! locales Booth ships, with fluent-langneg (the negotiation Firefox uses), so `ko-KR` finds `ko` and
//! `en-GB` finds `en-US` without string prefix tricks.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The locale the UI falls back to when nothing the OS asks for is available.
pub const DEFAULT_UI_LOCALE: &str = "en-US";

/// Locales with UI strings built into the binary (`locales/<tag>/booth/*.ftl`), sorted.
pub fn ui_locales() -> Vec<String> {
    crate::source::Source::Embedded
        .subfolders()
        .into_iter()
        .filter(|l| crate::source::ui_strings(l).is_some())
        .collect()
}

/// The best of `available` for a user who prefers `requested` (most preferred first; tags that do not parse
/// are skipped, POSIX forms like `ko_KR.UTF-8` are accepted). Falls back to [`DEFAULT_UI_LOCALE`].
pub fn negotiate(requested: &[String], available: &[String]) -> String {
    let parse = |s: &str| -> Option<LanguageIdentifier> {
        // POSIX locale names: drop the codeset and modifier, `_` becomes `-`.
        let tag = s.split(['.', '@']).next().unwrap_or(s).replace('_', "-");
        tag.parse().ok()
    };
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|s| parse(s)).collect();
    let available: Vec<LanguageIdentifier> = available.iter().filter_map(|s| parse(s)).collect();
    let default: Option<LanguageIdentifier> = DEFAULT_UI_LOCALE.parse().ok();
    negotiate_languages(
        &requested,
        &available,
        default.as_ref(),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map_or_else(|| DEFAULT_UI_LOCALE.to_owned(), |l| l.to_string())
}

/// The system's IANA time zone (the booth's local clock), if the OS tells.
pub fn system_zone() -> Option<chrono_tz::Tz> {
    iana_time_zone::get_timezone().ok()?.parse().ok()
}
