//! Pack file benchmarks (issue 21): a pack of about 50 MB, mostly pictures
//! (tests/fixtures/ok plus 16 PNGs of random noise, which do not compress,
//! shown by a guide of their own), made into a signed `.stepwise` file and
//! opened again. Budgets: packing and opening each under 1 s, and memory
//! bounded: entries are streamed, never the whole archive in memory.
//!
//! Timed by divan, 7 samples each: `pack` (signed), `Bundle::open` (every
//! entry unpacked and hashed, the signature checked), open and read every
//! entry once (what showing every picture costs), and open as the window
//! does (`Loaded::open_file`: open, then load, check and index the pack).
//! Before the timings, each of these runs alone in a fresh process (this
//! bench started again with `STEPWISE_BENCH_BUNDLE=<phase>`), which prints
//! its peak RSS (`VmHWM`, Linux only) to compare with a process that does
//! nothing.
//!
//!   cargo bench --no-default-features --bench bundle

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use divan::{Bencher, black_box};
use image::ImageEncoder as _;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use stepwise::bundle::Bundle;
use stepwise::bundle::seal::AuthorKey;
use stepwise::bundle::write::pack;
use stepwise::guide::PackSource;
use stepwise::guide::loaded::Loaded;
use stepwise::guide::source::{MAX_IMAGE_FILE_BYTES, MAX_IMAGE_SIDE};

/// 16 pictures of 1280x800 RGB noise: 3.07 MB each, 49 MB together.
const PICTURES: usize = 16;
const WIDTH: u32 = 1280;
const HEIGHT: u32 = 800;

/// The environment variable that makes this bench a one-phase child.
const PHASE: &str = "STEPWISE_BENCH_BUNDLE";
/// The child's paths, handed over by the parent.
const ROOT: &str = "STEPWISE_BENCH_BUNDLE_ROOT";

/// The phases measured alone, in a fresh process each.
const PHASES: [(&str, &str); 5] = [
    ("nothing", "a process that does nothing (baseline)"),
    ("pack", "pack (signed)"),
    ("open", "Bundle::open"),
    ("open-read", "open + read every entry"),
    ("open-check", "open as the window does (Loaded::open_file)"),
];

/// The pack folder, the author key and the pack file made from them.
struct Fixture {
    root: PathBuf,
    key: AuthorKey,
}

impl Fixture {
    fn folder(&self) -> PathBuf {
        self.root.join("pack")
    }

    /// The file the opening benches read (made once).
    fn file(&self) -> PathBuf {
        self.root.join("big.stepwise")
    }

    /// The file the packing bench writes (again and again).
    fn out(&self) -> PathBuf {
        self.root.join("out.stepwise")
    }
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        let root = tempfile::Builder::new()
            .prefix("stepwise-bench-bundle")
            .tempdir()
            .expect("a temporary folder")
            .keep();
        make_pack_folder(&root.join("pack"));
        let key = AuthorKey::generate(&root.join("keys"), "Bench Author", false).expect("keygen");
        let fixture = Fixture { root, key };
        pack(&fixture.folder(), &fixture.file(), Some(&fixture.key)).expect("packs");
        fixture
    })
}

fn main() {
    if let Ok(phase) = std::env::var(PHASE) {
        child(&phase);
        return;
    }
    let measuring = !std::env::args().any(|a| a == "--list" || a == "--test");
    if measuring {
        let fixture = fixture();
        let folder_bytes: u64 = walk(&fixture.folder()).iter().map(|(_, size)| size).sum();
        let file_bytes = std::fs::metadata(fixture.file()).expect("packed").len();
        println!(
            "pack folder: tests/fixtures/ok + {PICTURES} PNGs of {WIDTH}x{HEIGHT} noise, {:.1} MB; \
             signed .stepwise file: {:.1} MB",
            mb(folder_bytes),
            mb(file_bytes)
        );
        println!("peak RSS (VmHWM) of a fresh process running one phase, max of 3 runs:");
        let mut baseline = None;
        for (phase, what) in PHASES {
            let peak = (0..3).filter_map(|_| run_child(fixture, phase)).max();
            match (peak, baseline) {
                (Some(peak), None) => {
                    baseline = Some(peak);
                    println!("  {what:<48} {:>6.1} MB", mb(peak));
                }
                (Some(peak), Some(base)) => println!(
                    "  {what:<48} {:>6.1} MB ({:+.1} MB)",
                    mb(peak),
                    mb(peak) - mb(base)
                ),
                (None, _) => println!("  {what:<48} unknown (no /proc/self/status)"),
            }
        }
        if let Some(peak) = peak_rss() {
            println!(
                "this process: {:.1} MB peak after making the pack folder",
                mb(peak)
            );
        }
    }
    divan::main();
    if let Some(fixture) = FIXTURE.get() {
        if let Some(peak) = peak_rss() {
            println!("this process: {:.1} MB peak after the timings", mb(peak));
        }
        let _ = std::fs::remove_dir_all(&fixture.root);
    }
}

#[divan::bench(sample_count = 7, sample_size = 1)]
fn pack_signed(bencher: Bencher) {
    let f = fixture();
    let (folder, out) = (f.folder(), f.out());
    bencher.bench(|| pack(&folder, &out, Some(&f.key)).expect("packs"));
}

/// Returns the bundle so that closing it is not timed; the same below.
#[divan::bench(sample_count = 7, sample_size = 1)]
fn open(bencher: Bencher) {
    let file = fixture().file();
    bencher.bench(|| Bundle::open(&file).expect("opens"));
}

#[divan::bench(sample_count = 7, sample_size = 1)]
fn open_and_read_every_entry(bencher: Bencher) {
    let file = fixture().file();
    bencher.bench(|| open_and_read(&file));
}

#[divan::bench(sample_count = 7, sample_size = 1)]
fn open_as_the_window_does(bencher: Bencher) {
    let file = fixture().file();
    bencher.bench(|| open_and_check(&file));
}

fn open_and_read(file: &Path) -> Bundle {
    let bundle = Bundle::open(file).expect("opens");
    let mut total = 0;
    for name in bundle.names() {
        total += bundle
            .read(name, MAX_IMAGE_FILE_BYTES)
            .expect("reads")
            .len() as u64;
    }
    assert_eq!(total, bundle.unpacked_bytes());
    black_box(bundle)
}

fn open_and_check(file: &Path) -> Loaded {
    let loaded = Loaded::open_file(file, None);
    let opened = loaded.opened.as_ref().expect("opened");
    assert!(opened.outcome.is_ok(), "{:?}", opened.outcome);
    assert!(loaded.broken_guides.is_empty());
    loaded
}

/// One phase alone, then its peak RSS on stdout.
fn child(phase: &str) {
    let root = PathBuf::from(std::env::var_os(ROOT).expect("the parent's folder"));
    let file = root.join("big.stepwise");
    match phase {
        "nothing" => {}
        "pack" => {
            let key = AuthorKey::load(&root.join("keys")).expect("the key");
            let out = root.join(format!("child-{}.stepwise", std::process::id()));
            pack(&root.join("pack"), &out, Some(&key)).expect("packs");
            std::fs::remove_file(out).expect("removed");
        }
        "open" => drop(black_box(Bundle::open(&file).expect("opens"))),
        "open-read" => drop(open_and_read(&file)),
        "open-check" => drop(open_and_check(&file)),
        other => panic!("no phase {other}"),
    }
    if let Some(peak) = peak_rss() {
        println!("{peak}");
    }
}

fn run_child(fixture: &Fixture, phase: &str) -> Option<u64> {
    let exe = std::env::current_exe().expect("this bench");
    let output = Command::new(exe)
        .env(PHASE, phase)
        .env(ROOT, &fixture.root)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "phase {phase}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().parse().ok()
}

/// The peak resident set of this process in bytes (Linux: `VmHWM`).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// tests/fixtures/ok, plus a guide of [`PICTURES`] steps, each showing
/// one large picture of noise, and a scenario that starts it. The result
/// passes `check` without a problem.
fn make_pack_folder(folder: &Path) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ok");
    for (rel, _) in walk(&fixture) {
        let to = folder.join(&rel);
        std::fs::create_dir_all(to.parent().expect("a parent")).expect("mkdir");
        std::fs::copy(fixture.join(&rel), to).expect("copied");
    }
    let manifest = folder.join("data/pack.ron");
    let text = std::fs::read_to_string(&manifest).expect("pack.ron");
    let scenario = "scenarios: [
        (
            id: \"photos\",
            title: \"Look at every picture\",
            description: \"Large photographs of the screen, one per step.\",
            icon: Devices,
            start: \"photos\",
        ),";
    let with_photos = text.replacen("scenarios: [", scenario, 1);
    assert_ne!(with_photos, text, "the fixture's pack.ron has scenarios");
    std::fs::write(&manifest, with_photos).expect("written");

    std::fs::create_dir_all(folder.join("assets/photos")).expect("mkdir");
    let mut nodes = String::new();
    for i in 0..PICTURES {
        noise_png(
            i as u64,
            &folder.join(format!("assets/photos/photo-{i:02}.png")),
        );
        let next = if i + 1 < PICTURES {
            format!("photo-{}", i + 1)
        } else {
            "done".to_owned()
        };
        nodes.push_str(&format!(
            "        \"photo-{i}\": Step(
            title: \"Picture {n}\",
            text: \"Compare your screen with picture {n}.\",
            shot: Shot(
                image: \"photos/photo-{i:02}.png\",
                alt: \"Picture {n}: a screen full of coloured dots.\",
                marks: [Highlight(rect: (100, 100, 200, 80))],
            ),
            next: \"{next}\",
        ),\n",
            n = i + 1
        ));
    }
    let guide = format!(
        "Guide(
    id: \"photos\",
    title: \"Look at every picture\",
    summary: [\"One large picture per step.\"],
    start: \"photo-0\",
    nodes: {{
{nodes}        \"done\": Outcome(
            kind: Solved,
            title: \"You saw every picture\",
            text: \"That was all of them.\",
        ),
    }},
)
"
    );
    std::fs::write(folder.join("data/photos.ron"), guide).expect("written");

    // The fixture's guide has a `verified` date: check as of a fixed day,
    // as benches/engine.rs does, so the calendar never adds a warning.
    let today = stepwise::guide::date::Date::parse("2026-12-02").expect("a date");
    let (pack, problems) = stepwise::guide::check_on(PackSource::Folder(folder.to_owned()), today);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(pack.guides.len(), 3);
}

/// A PNG of random pixels (they do not compress), within the app's
/// picture limits.
fn noise_png(seed: u64, path: &Path) {
    const _: () = assert!(WIDTH <= MAX_IMAGE_SIDE && HEIGHT <= MAX_IMAGE_SIDE);
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    for chunk in pixels.chunks_mut(8) {
        let bytes = splitmix64(&mut state).to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
    let file = std::io::BufWriter::new(std::fs::File::create(path).expect("created"));
    PngEncoder::new_with_quality(file, CompressionType::Fast, FilterType::NoFilter)
        .write_image(&pixels, WIDTH, HEIGHT, image::ExtendedColorType::Rgb8)
        .expect("encoded");
    let size = std::fs::metadata(path).expect("written").len();
    assert!(size <= MAX_IMAGE_FILE_BYTES);
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Every file under `dir`, as a relative path with its size, sorted.
fn walk(dir: &Path) -> Vec<(PathBuf, u64)> {
    let mut out = Vec::new();
    let mut todo = vec![PathBuf::new()];
    while let Some(rel) = todo.pop() {
        for entry in std::fs::read_dir(dir.join(&rel)).expect("listed") {
            let entry = entry.expect("an entry");
            let path = rel.join(entry.file_name());
            let meta = entry.metadata().expect("meta");
            if meta.is_dir() {
                todo.push(path);
            } else {
                out.push((path, meta.len()));
            }
        }
    }
    out.sort();
    out
}
