fn main() {
    // One `allow-<command>` permission per command, so the capability can grant exactly these.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "pack",
            "pack_head",
            "glossary_listing",
            "agenda",
            "agenda_status",
            "event_instant",
            "shift_remaining",
            "mark_started",
            "undo_shift",
            "search",
            "ui_strings",
            "os_ui_locale",
            "time_zones",
            "workspace",
            "open_pack",
            "open_recent",
            "new_pack",
            "check_pack",
            "apply_edits",
            "undo_edit",
            "redo_edit",
            "save_pack",
            "resolve_conflict",
            "reload_pack",
            "close_window",
            "import_glossary",
            "import_apply",
            "export_glossary",
            "review_board",
            "startup_painted",
        ]),
    ))
    .expect("failed to run tauri-build");
}
