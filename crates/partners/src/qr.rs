//! The QR code a phone scans to open the companion page.

/// The join URL as a self-contained SVG (dark modules on white, with the quiet zone scanners need).
pub fn svg(url: &str) -> Result<String, qrcode::types::QrError> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_join_url_becomes_an_svg() {
        let svg = super::svg("http://192.168.1.5:7411/?t=K7QM-3XPA-9RTD").expect("ok");
        assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"));
        assert!(svg.contains("<path") || svg.contains("<rect"));
    }
}
