//! Measurement hooks for bench/run.sh, off unless `STEPWISE_BENCH` is set:
//!
//! - `STEPWISE_BENCH=first-frame`: after the first frame has been painted,
//!   print `first-frame-unix-ns: N` (the wall clock then) and exit; the
//!   script subtracts the time it started the process.
//! - `STEPWISE_BENCH=idle:S`: let the window settle for one second after
//!   the first frame, then count the frames painted in the next S seconds
//!   with no input, print `idle-frames: N` and exit. The count is read by a
//!   timer thread that never wakes the window, so every frame counted is
//!   one the program asked for by itself. With `STEPWISE_BENCH_CAUSES=1`,
//!   each counted frame also prints egui's reasons for painting it.
//!
//! The bare eframe window in examples/bare.rs uses the same hooks, so both
//! are measured the same way.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// What to measure, from `STEPWISE_BENCH`.
#[derive(Clone, Debug, PartialEq)]
enum Mode {
    FirstFrame,
    Idle(Duration),
}

/// Counts frames and exits when a measurement is done.
#[derive(Debug, Default)]
pub struct Bench {
    mode: Option<Mode>,
    /// Frames started so far; shared with the idle timer thread.
    frames: Arc<AtomicU64>,
    /// True while the idle count runs (for printing repaint causes).
    counting: Arc<AtomicBool>,
}

impl Bench {
    /// Reads `STEPWISE_BENCH`; inert when it is not set.
    pub fn from_env() -> Bench {
        let mode = std::env::var("STEPWISE_BENCH")
            .ok()
            .and_then(|v| match v.as_str() {
                "first-frame" => Some(Mode::FirstFrame),
                other => other
                    .strip_prefix("idle:")
                    .and_then(|s| s.parse::<f64>().ok())
                    .filter(|s| s.is_finite() && *s > 0.0)
                    .map(|s| Mode::Idle(Duration::from_secs_f64(s))),
            });
        Bench {
            mode,
            ..Bench::default()
        }
    }

    /// Call at the start of every frame.
    pub fn frame(&mut self, ctx: &egui::Context) {
        let Some(mode) = self.mode.clone() else {
            return;
        };
        let frames = self.frames.fetch_add(1, Ordering::SeqCst) + 1;
        match mode {
            // The second frame starts after the first was painted.
            Mode::FirstFrame if frames == 1 => ctx.request_repaint(),
            Mode::FirstFrame => {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default();
                let _ = writeln!(std::io::stdout(), "first-frame-unix-ns: {}", now.as_nanos());
                std::process::exit(0);
            }
            Mode::Idle(span) if frames == 1 => {
                let (counter, counting) = (Arc::clone(&self.frames), Arc::clone(&self.counting));
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_secs(1));
                    let before = counter.load(Ordering::SeqCst);
                    counting.store(true, Ordering::SeqCst);
                    std::thread::sleep(span);
                    let idle = counter.load(Ordering::SeqCst) - before;
                    let _ = writeln!(std::io::stdout(), "idle-frames: {idle}");
                    // Ends the process from here, so the count is never
                    // disturbed by a frame woken up to report it.
                    std::process::exit(0);
                });
            }
            Mode::Idle(_) => {
                if self.counting.load(Ordering::SeqCst)
                    && std::env::var_os("STEPWISE_BENCH_CAUSES").is_some()
                {
                    eprintln!("frame {frames}: repaint causes: {:?}", ctx.repaint_causes());
                }
            }
        }
    }
}
