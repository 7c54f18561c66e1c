//! Prompts from running text: the hard items of what is being said, on the booth's screen within the
//! interpreter's ear-voice span. Numbers with their exact value in both scales (`booth-numbers`), the
//! pack's glossary terms in either language, and its people by full name or by surname and title.
//!
//! The engine knows no pack: the core gives it plain entries ([`Promptable`], [`PersonEntry`]) and gets
//! [`Prompt`]s back.
//!
//! | step | where | what it decides |
//! |---|---|---|
//! | words and keys | `words` | folding (the search engine's), Korean spacing and particles, English plurals |
//! | the pack's keys | [`Lexicon`] | built once per pack; one hash lookup per word and length |
//! | spotting | [`Lexicon::spot`] | longest match wins; people by the agenda's [`Context`] when a surname is shared |
//! | prompting | [`Prompter`] | numbers always; terms and people once per cool-down; the pack's `never`/`always` |

mod lexicon;
mod prompter;
mod spot;
pub mod words;

pub use lexicon::{Lexicon, PersonEntry, Policy, Promptable};
pub use prompter::{Prompt, PromptKind, Prompter};
pub use spot::{Context, Spot, What};
