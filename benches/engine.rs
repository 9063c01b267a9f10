//! Engine benchmarks: load + validate (the shipped pack and a generated one
//! of 1,000 guides / 50,000 nodes), search over the big pack, walker
//! operations, the map of a 500-node guide (layout included) and the
//! steps-left estimate, and decoding a 4096x2304 screenshot with
//! downscaling.
//!
//!   cargo bench --bench engine

use std::sync::{Arc, LazyLock};

use divan::{Bencher, black_box};
#[cfg(feature = "gui")]
use stepwise::guide::map::GuideMap;
use stepwise::guide::remaining::{steps_left, steps_left_within};
use stepwise::guide::search::SearchIndex;
use stepwise::guide::synthetic::synthetic_pack;
use stepwise::guide::validate::validate;
use stepwise::guide::walk::{Command, Walk};
use stepwise::guide::{NodeRef, Pack, PackSource, check};

fn main() {
    divan::main();
}

static BIG: LazyLock<PackSource> =
    LazyLock::new(|| PackSource::Memory(Arc::new(synthetic_pack(1000, 50))));
static BIG_PACK: LazyLock<Pack> = LazyLock::new(|| Pack::load(BIG.clone()).0);
static BIG_INDEX: LazyLock<SearchIndex> = LazyLock::new(|| SearchIndex::new(&BIG_PACK));
static SHIPPED: LazyLock<Pack> = LazyLock::new(|| Pack::load(PackSource::Builtin).0);
/// One generated guide of 500 nodes (steps, a question every ten, long
/// "I don't see it" ways to a fallback outcome, loops back to the start).
static GUIDE_500: LazyLock<Pack> =
    LazyLock::new(|| Pack::load(PackSource::Memory(Arc::new(synthetic_pack(1, 500)))).0);

#[divan::bench(sample_count = 30)]
fn load_and_validate_shipped_pack() -> Pack {
    // As of a fixed day, so a guide growing old never fails the bench.
    let today = stepwise::guide::date::Date::parse("2026-12-02").expect("a date");
    let (pack, problems) = stepwise::guide::check_on(PackSource::Builtin, today);
    assert!(problems.is_empty());
    pack
}

/// Returns the pack so that freeing it is not timed (divan drops what a
/// benchmark returns after the clock stops); the same for the two below.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn load_and_validate_50k_nodes() -> Pack {
    let (pack, problems) = check(BIG.clone());
    assert!(problems.is_empty() && pack.guides.len() == 1000);
    pack
}

/// The two halves of the one above, to see where the time goes.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn load_only_50k_nodes() -> Pack {
    Pack::load(BIG.clone()).0
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn validate_only_50k_nodes(bencher: Bencher) {
    // Loaded before the clock starts (the first sample used to pay for it).
    let pack = &*BIG_PACK;
    bencher.bench(|| validate(pack));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn build_search_index_50k_nodes(bencher: Bencher) {
    let pack = &*BIG_PACK;
    bencher.bench(|| SearchIndex::new(pack));
}

/// A word, a sentence, a typo, nothing, and a long question with typos
/// (every word is looked up, two of them among words one edit away).
#[divan::bench(args = [
    "remote",
    "log out of the television",
    "pasword",
    "zzqx",
    "how do i get to the setings menu on my televison with the remote",
])]
fn search_50k_nodes(bencher: Bencher, query: &str) {
    let index = &*BIG_INDEX;
    bencher.bench(|| black_box(index.search(query, 8)));
}

#[divan::bench(args = [
    "log off hotel tv",
    "sign out of netflix on my samsung tv",
    "forgot to log out at the hotle",
])]
fn search_shipped_pack(bencher: Bencher, query: &str) {
    let index = SearchIndex::new(&SHIPPED);
    bencher.bench(|| black_box(index.search(query, 8)));
}

#[divan::bench]
fn walk_next_and_back(bencher: Bencher) {
    let pack = &*SHIPPED;
    let start = Walk::begin_scenario(pack, "tv").expect("starts");
    bencher.bench(|| {
        let mut walk = start.clone();
        for command in [
            Command::Next,
            Command::Choose(0),
            Command::Next,
            Command::Back,
            Command::Stuck,
        ] {
            let _ = walk.apply(pack, command);
        }
        black_box(walk)
    });
}

#[divan::bench]
fn walk_progress_and_checklist(bencher: Bencher) {
    let pack = &*SHIPPED;
    let walk = Walk::begin_scenario(pack, "left-behind").expect("starts");
    bencher.bench(|| black_box((walk.progress(pack), walk.checklist(pack))));
}

/// The map of a 500-node guide: nodes, labelled edges and the layered
/// layout (done once per guide and cached by the window).
// The map's card sizes are the window's: these two need the `gui` feature.
#[cfg(feature = "gui")]
#[divan::bench(sample_count = 20, sample_size = 1)]
fn map_and_layout_500_node_guide() -> GuideMap {
    let map = GuideMap::build(&GUIDE_500, "g0", &stepwise::ui::screens::map::CARDS).expect("a map");
    assert_eq!(map.nodes.len(), 500);
    map
}

#[cfg(feature = "gui")]
#[divan::bench]
fn map_of_the_tv_menu_guide() -> GuideMap {
    GuideMap::build(&SHIPPED, "tv-menu", &stepwise::ui::screens::map::CARDS).expect("a map")
}

#[divan::bench]
fn steps_left_from_the_tv_guide_start(bencher: Bencher) {
    let pack = &*SHIPPED;
    // The TV guide starts inside the shared TV-menu steps: count from
    // where its walk stands, with the Call that runs them.
    let walk = stepwise::guide::walk::Walk::begin(pack, None, "sign-out-tv").expect("walk");
    let estimate = steps_left_within(pack, &walk.current, &walk.stack);
    assert!(
        estimate.is_some(),
        "an estimate from the TV guide's first step"
    );
    bencher.bench(|| black_box(steps_left_within(pack, &walk.current, &walk.stack)));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn steps_left_in_a_500_node_guide(bencher: Bencher) {
    let pack = &*GUIDE_500;
    let at = NodeRef::new("g0", "n0");
    bencher.bench(|| black_box(steps_left(pack, &at)));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn decode_4k_screenshot_to_2048(bencher: Bencher) {
    let mut png = Vec::new();
    let image = image::RgbaImage::from_fn(4096, 2304, |x, y| {
        image::Rgba([(x % 251) as u8, (y % 241) as u8, ((x ^ y) % 239) as u8, 255])
    });
    image
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encode");
    bencher.bench(|| black_box(stepwise::shots::decode_bytes(&png, 2048).expect("decodes")));
}
