//! What the front ends show, computed once: the Tauri shell's commands and the `booth` CLI are adapters
//! over these functions and types, so the two never compute the same thing twice (the time given on the
//! command line and by the window's rehearsal clock are parsed by one function, the shifted agenda is built
//! by one function, a search hit is joined to its concept in one place).

pub mod clock;
pub mod head;
pub mod partners;
pub mod prompts;
pub mod review;
pub mod search;
pub mod shifted;

pub use clock::{event_instant, instant, local_zone};
pub use head::{Listing, PackHead};
pub use prompts::{PromptRequest, Prompted};
pub use review::ReviewBoard;
pub use search::{Found, SearchRequest};
pub use shifted::AgendaView;
