//! The texture cache: decodes on a worker thread, uploads on the UI thread.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::guide::PackSource;
use crate::shots::{DecodedShot, ShotError, decode_shot};

/// What the UI can show for a screenshot right now.
#[derive(Clone)]
pub enum ShotState {
    /// Being decoded.
    Loading,
    /// Ready to draw; `size` is the image's own pixel size (mark space).
    Ready {
        /// The uploaded texture.
        texture: egui::TextureHandle,
        /// The original pixel size, before any downscale.
        size: egui::Vec2,
    },
    /// Cannot be shown; the message says why.
    Failed(String),
}

struct Request {
    image: String,
    max_side: u32,
}

/// Decoded screenshots by path, with one worker thread decoding requests.
pub struct ShotCache {
    requests: Sender<Request>,
    results: Receiver<(String, Result<DecodedShot, ShotError>)>,
    entries: HashMap<String, ShotState>,
}

impl ShotCache {
    /// Starts the worker for a pack. `ctx` is asked to repaint whenever a
    /// decode finishes, so a picture appears without user input.
    pub fn new(source: PackSource, ctx: &egui::Context) -> ShotCache {
        let (requests, incoming) = channel::<Request>();
        let (finished, results) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("stepwise-shots".to_owned())
            .spawn(move || {
                for request in incoming {
                    let decoded = decode_shot(&source, &request.image, request.max_side);
                    if finished.send((request.image, decoded)).is_err() {
                        break;
                    }
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            // Without a worker every request stays unanswered; say so once.
            log_once(&format!("cannot start the image decoder: {e}"));
        }
        ShotCache {
            requests,
            results,
            entries: HashMap::new(),
        }
    }

    /// Takes finished decodes and uploads them. Call once per frame.
    pub fn poll(&mut self, ctx: &egui::Context) {
        while let Ok((image, decoded)) = self.results.try_recv() {
            let state = match decoded {
                Ok(shot) => {
                    let [w, h] = shot.original_size;
                    let pixels = egui::ColorImage::from_rgba_unmultiplied(shot.size, &shot.rgba);
                    let texture = ctx.load_texture(
                        format!("shot:{image}"),
                        pixels,
                        egui::TextureOptions::LINEAR,
                    );
                    ShotState::Ready {
                        texture,
                        size: egui::vec2(w as f32, h as f32),
                    }
                }
                Err(e) => ShotState::Failed(e.to_string()),
            };
            self.entries.insert(image, state);
        }
    }

    /// The state of a screenshot, asking for it to be decoded if it is new.
    pub fn get(&mut self, ctx: &egui::Context, image: &str) -> ShotState {
        if let Some(state) = self.entries.get(image) {
            return state.clone();
        }
        self.request(ctx, image);
        ShotState::Loading
    }

    /// Starts decoding a screenshot that will be needed soon.
    pub fn request(&mut self, ctx: &egui::Context, image: &str) {
        if self.entries.contains_key(image) {
            return;
        }
        let max_side = ctx.input(|i| i.max_texture_side).min(u32::MAX as usize) as u32;
        let request = Request {
            image: image.to_owned(),
            max_side,
        };
        let state = match self.requests.send(request) {
            Ok(()) => ShotState::Loading,
            Err(_) => ShotState::Failed("the image decoder is not running".to_owned()),
        };
        self.entries.insert(image.to_owned(), state);
    }

    /// True when a screenshot is decoded and uploaded.
    pub fn is_ready(&self, image: &str) -> bool {
        matches!(self.entries.get(image), Some(ShotState::Ready { .. }))
    }

    /// True while any requested screenshot is still being decoded.
    pub fn is_loading(&self) -> bool {
        self.entries
            .values()
            .any(|s| matches!(s, ShotState::Loading))
    }
}

fn log_once(message: &str) {
    eprintln!("stepwise: {message}");
}

impl std::fmt::Debug for ShotState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShotState::Loading => f.write_str("Loading"),
            ShotState::Ready { size, .. } => write!(f, "Ready({}x{})", size.x, size.y),
            ShotState::Failed(why) => write!(f, "Failed({why})"),
        }
    }
}
