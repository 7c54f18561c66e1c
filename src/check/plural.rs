//! Plural categories of a locale, for compare-locales' check that a plural select covers them all.
//!
//! compare-locales keeps its own table (from Gecko's old PluralForm.jsm); Fluent chooses variants at run
//! time with CLDR's rules, so Booth asks CLDR (intl_pluralrules, the crate fluent-bundle itself uses).
//! Only whole numbers are sampled: categories that only fractions or millions reach (`many` in French,
//! `other` in Russian) are not ones a translator must write, and compare-locales' table leaves them out
//! as well.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The cardinal categories whole numbers 0–200 reach in `locale` (which covers every CLDR rule), or
/// `None` when CLDR does not know the locale or its language.
pub(crate) fn categories(locale: &str) -> Option<Vec<&'static str>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let lang = LanguageIdentifier::from_parts(langid.language, None, None, &[]);
            PluralRules::create(lang, PluralRuleType::CARDINAL)
        })
        .ok()?;
    let mut out: Vec<&'static str> = Vec::new();
    for n in 0..=200u32 {
        let name = match rules.select(n).ok()? {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::categories;

    fn sorted(l: &str) -> Vec<&'static str> {
        let mut v = categories(l).unwrap_or_default();
        v.sort_unstable();
        v
    }

    #[test]
    fn cldr_categories_of_whole_numbers() {
        assert_eq!(sorted("ko"), ["other"]);
        assert_eq!(sorted("en-US"), ["one", "other"]);
        assert_eq!(sorted("fr"), ["one", "other"]);
        assert_eq!(sorted("ru"), ["few", "many", "one"]);
        assert_eq!(sorted("ar"), ["few", "many", "one", "other", "two", "zero"]);
        assert_eq!(categories("xx-unknown"), None);
    }
}
