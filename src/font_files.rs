//! The font files Stepwise draws its text with: Inter (OFL, shipped in
//! assets-src/fonts/), embedded once for the window and the exporters.

/// Inter Regular: body text, callout labels and badge numbers.
pub static INTER_REGULAR: &[u8] = include_bytes!("../assets-src/fonts/Inter-Regular.otf");

/// Inter SemiBold: headings, titles and emphasis in the window.
pub static INTER_SEMIBOLD: &[u8] = include_bytes!("../assets-src/fonts/Inter-SemiBold.otf");
