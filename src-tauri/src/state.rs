//! What the shell keeps between commands.

use booth::Pack;

pub struct AppState {
    pub pack: Pack,
    /// The pack as JSON, prepared once: the UI asks for it at start and after reloads.
    pub pack_json: String,
}

impl AppState {
    pub fn new(pack: Pack) -> Self {
        let pack_json = serde_json::to_string(&pack).unwrap_or_else(|_| "null".to_owned());
        AppState { pack, pack_json }
    }
}
