//! Hard limits for what a document may cost. A speaker's slides are a few MB and a few hundred pages at most;
//! anything past these numbers is a mistake or an attack, and reading it must stop early and say why.

use crate::Error;
use std::time::{Duration, Instant};

/// Budgets for one document. [`Limits::default`] is what Booth uses; tests and fuzzing tighten them.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The file itself.
    pub max_bytes: u64,
    /// PDF pages or PPTX slides.
    pub max_units: u32,
    /// Entries in a DOCX/PPTX zip.
    pub max_entries: usize,
    /// Bytes inflated from a zip or from a PDF's streams, all together.
    pub max_inflated: u64,
    /// Inflated size over compressed size of one zip entry or PDF stream (once it is past 1 MB).
    pub max_ratio: u64,
    /// Wall-clock time for the text of one document; past it, the units read so far are returned.
    pub time: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 100 << 20,
            max_units: 500,
            max_entries: 5_000,
            max_inflated: 256 << 20,
            max_ratio: 200,
            time: Duration::from_secs(30),
        }
    }
}

impl Limits {
    pub(crate) fn check(&self, what: &'static str, found: u64, limit: u64) -> Result<(), Error> {
        if found > limit {
            Err(Error::TooLarge { what, found, limit })
        } else {
            Ok(())
        }
    }

    /// Whether `inflated` bytes from `compressed` is a bomb's ratio. Small parts may compress very well
    /// (a page of spaces), so only sizes past 1 MB are judged.
    pub(crate) fn check_ratio(&self, compressed: u64, inflated: u64) -> Result<(), Error> {
        if inflated > 1 << 20 {
            let ratio = inflated / compressed.max(1);
            if ratio > self.max_ratio {
                return Err(Error::ZipBomb {
                    ratio,
                    limit: self.max_ratio,
                });
            }
        }
        Ok(())
    }
}

/// A deadline started when reading begins.
pub(crate) struct Clock {
    end: Instant,
}

impl Clock {
    pub(crate) fn start(limits: &Limits) -> Clock {
        Clock {
            end: Instant::now() + limits.time,
        }
    }
    pub(crate) fn over(&self) -> bool {
        Instant::now() >= self.end
    }
}
