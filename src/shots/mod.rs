//! Screenshots: decoded with limits (always available, also to the fuzzer),
//! and, with the window, a cache that decodes on a worker thread and uploads
//! textures on the UI thread. The UI never waits on a decode: it shows a
//! placeholder until the picture arrives.

#[cfg(feature = "gui")]
mod cache;
mod decode;

#[cfg(feature = "gui")]
pub use cache::{ShotCache, ShotState};
pub use decode::{DecodedShot, MAX_DECODE_BYTES, ShotError, decode_bytes, decode_shot};
