fn main() {
    // One `allow-<command>` permission per command, so the capability can grant exactly these.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "pack",
            "agenda_status",
            "search",
            "ui_strings",
        ]),
    ))
    .expect("failed to run tauri-build");
}
