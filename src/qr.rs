//! QR codes as SVG, drawn from the code's modules so the print is sharp at any size and needs no image
//! library. Error correction M: a crease or a smudge on a printed form still reads.

use qrcode::{Color, EcLevel, QrCode};

/// A value as a field of our QR payloads (one line of text, fields separated by `|`): a `|`, `\\` or
/// line break inside it escaped with `\\` (`docs/DATA-FORMATS.md`).
pub fn escape_field(value: &str) -> String {
    value.replace('\\', "\\\\").replace('|', "\\|").replace('\n', "\\n")
}

/// The fields of a payload, each unescaped.
pub fn split_fields(text: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => fields.last_mut().unwrap().push('\n'),
                Some(other) => fields.last_mut().unwrap().push(other),
                None => {}
            },
            '|' => fields.push(String::new()),
            other => fields.last_mut().unwrap().push(other),
        }
    }
    fields
}

/// The modules of the QR code for `data`, row by row (`true` is dark), and its width.
pub fn modules(data: &str) -> Option<(Vec<bool>, usize)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    Some((code.to_colors().into_iter().map(|c| c == Color::Dark).collect(), width))
}

/// An SVG of the QR code, with the quiet zone of 4 modules the standard asks for. One path with a
/// square per dark module keeps it small; `label` becomes the image's accessible name.
pub fn svg(data: &str, label: &str) -> Option<String> {
    let (dark, width) = modules(data)?;
    let quiet = 4;
    let size = width + 2 * quiet;
    let mut path = String::with_capacity(dark.len() * 4);
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (x, y) = (i % width + quiet, i / width + quiet);
        path.push_str(&format!("M{x} {y}h1v1h-1z"));
    }
    let label = label.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{label}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a QR code back with an independent decoder, from the modules scaled up to pixels.
    fn decode(data: &str) -> String {
        let (dark, width) = modules(data).unwrap();
        let (scale, quiet) = (4, 4);
        let side = (width + 2 * quiet) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let inside = mx >= quiet && my >= quiet && mx < width + quiet && my < width + quiet;
            if inside && dark[(my - quiet) * width + (mx - quiet)] {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn what_we_draw_reads_back() {
        let decl = crate::declaration::tests_example();
        let payload = crate::declaration::qr_payload(&decl);
        assert_eq!(decode(&payload), payload);
        let back = crate::declaration::from_qr_payload(&decode(&payload)).unwrap();
        assert_eq!(back.person, decl.person);
    }

    #[test]
    fn svg_is_self_contained_and_labelled() {
        let svg = svg("SW1|test", "Kod QR z danymi deklaracji").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("aria-label=\"Kod QR z danymi deklaracji\""));
        assert!(!svg.contains("href"), "no external references");
        assert!(svg.len() < 20_000);
    }
}
