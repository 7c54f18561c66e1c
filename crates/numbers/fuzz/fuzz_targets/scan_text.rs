//! Any bytes that are UTF-8: `scan` and `convert` must return, with sound spans, and every
//! exact value they report must render and read back to itself.
#![no_main]

use booth_numbers::{convert, render_en, render_ko, scan, Amount, FoundKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut at = 0;
    for f in scan(text) {
        assert!(f.span.start >= at && f.span.start < f.span.end && f.span.end <= text.len());
        assert_eq!(&text[f.span.clone()], f.text);
        at = f.span.end;
        if let FoundKind::Quantity(q) = &f.kind {
            if let Amount::Exact { value } = q.value {
                for rendered in [render_en(&value), render_ko(&value)] {
                    let back = convert(&rendered).map(|q| q.value);
                    assert_eq!(back, Some(Amount::Exact { value }), "{rendered:?} from {:?}", f.text);
                }
            }
        }
    }
    let _ = convert(text);
});
