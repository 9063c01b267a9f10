//! Measurement hooks for bench/run.sh, off unless `STEPWISE_BENCH` is set:
//!
//! - `STEPWISE_BENCH=first-frame`: after the first frame has been painted,
//!   print `first-frame-unix-ns: N` (the wall clock then) and exit; the
//!   script subtracts the time it started the process.
//! - `STEPWISE_BENCH=idle:S`: let the window settle for one second after
//!   the first frame, then count the frames painted in the next S seconds
//!   with no input, print `idle-frames: N` and exit. A timer thread wakes
//!   the app once at the start and once at the end of the count (those two
//!   frames are not counted).
//!
//! The bare eframe window in examples/bare.rs uses the same hooks, so both
//! are measured the same way.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
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
    frames: u64,
    idle_frames: u64,
    counting: Arc<AtomicBool>,
    done: Arc<AtomicBool>,
    counted_from: Option<u64>,
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
        self.frames += 1;
        match mode {
            // The second frame starts after the first was painted.
            Mode::FirstFrame if self.frames == 1 => ctx.request_repaint(),
            Mode::FirstFrame => {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default();
                let _ = writeln!(std::io::stdout(), "first-frame-unix-ns: {}", now.as_nanos());
                std::process::exit(0);
            }
            Mode::Idle(span) if self.frames == 1 => {
                let (counting, done) = (Arc::clone(&self.counting), Arc::clone(&self.done));
                let ctx = ctx.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_secs(1));
                    counting.store(true, Ordering::SeqCst);
                    ctx.request_repaint();
                    std::thread::sleep(span);
                    done.store(true, Ordering::SeqCst);
                    ctx.request_repaint();
                });
            }
            Mode::Idle(_) if self.done.load(Ordering::SeqCst) => {
                let _ = writeln!(std::io::stdout(), "idle-frames: {}", self.idle_frames);
                std::process::exit(0);
            }
            Mode::Idle(_) if self.counting.load(Ordering::SeqCst) => {
                // The timer's own wake-up frame starts the count; it is not counted.
                if self.counted_from.is_some() {
                    self.idle_frames += 1;
                    if std::env::var_os("STEPWISE_BENCH_CAUSES").is_some() {
                        eprintln!("repaint causes: {:?}", ctx.repaint_causes());
                    }
                } else {
                    self.counted_from = Some(self.frames);
                }
            }
            Mode::Idle(_) => {}
        }
    }
}
