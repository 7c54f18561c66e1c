//! What every extractor target checks: any bytes under a document's name give text, warnings or a typed
//! error, within the limits, and never let a panic out (panics the PDF library raises are caught inside;
//! libFuzzer's abort-on-panic hook is replaced so only an escaped panic counts as a crash).

use booth_documents::{extract, Limits};
use std::time::Duration;

/// Extracts `data` as the file `name` under small limits. `paged`: the format's units are pages or slides,
/// which the limit caps (DOCX paragraphs and text lines are not capped by count).
pub fn check(name: &str, data: &[u8], paged: bool) {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let limits = Limits {
        max_bytes: 1 << 20,
        max_units: 50,
        max_inflated: 16 << 20,
        time: Duration::from_secs(3),
        ..Limits::default()
    };
    if let Ok(x) = extract(name, data, &limits) {
        assert!(!paged || x.units.len() <= 50, "{name}: {} units", x.units.len());
        let _ = x.text();
    }
}
