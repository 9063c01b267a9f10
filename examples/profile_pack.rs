//! Profiles loading, validating and searching a generated pack with puffin
//! and prints where the time goes, scope by scope, per thread:
//!
//!   cargo run --release --features profile --example profile_pack [GUIDES] [ROUNDS]
//!
//! (default: 1,000 guides of 50 nodes, 10 rounds; each round is one puffin
//! frame). With `--serve` it then keeps serving the captures to
//! `puffin_viewer --url 127.0.0.1:8585` until stopped.

use std::sync::Arc;

use puffin::{GlobalFrameView, GlobalProfiler, MergeScope, ScopeCollection};
use stepwise::guide::search::SearchIndex;
use stepwise::guide::synthetic::synthetic_pack;
use stepwise::guide::{PackSource, check};

fn main() {
    let mut numbers = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse::<usize>().ok());
    let guides = numbers.next().unwrap_or(1000);
    let rounds = numbers.next().unwrap_or(10).max(1);
    let serve = std::env::args().any(|a| a == "--serve");

    let source = PackSource::Memory(Arc::new(synthetic_pack(guides, 50)));
    let view = GlobalFrameView::default();
    view.lock().set_max_recent(rounds);
    if serve {
        stepwise::profile::serve();
    } else {
        puffin::set_scopes_on(true);
    }
    for _ in 0..rounds {
        let (pack, problems) = check(source.clone());
        assert!(problems.is_empty(), "the generated pack has problems");
        let index = SearchIndex::new(&pack);
        for query in ["remote", "log out of the television", "pasword"] {
            std::hint::black_box(index.search(query, 8));
        }
        // The round ends before the pack is freed: freeing is not timed.
        GlobalProfiler::lock().new_frame();
        drop((pack, index));
    }
    GlobalProfiler::lock().new_frame();

    let view = view.lock();
    let frames: Vec<_> = view
        .recent_frames()
        .filter_map(|frame| frame.unpacked().ok())
        .collect();
    let Some(first) = frames.first() else {
        eprintln!("profile_pack: puffin captured nothing");
        return;
    };
    let per_round =
        frames.iter().map(|f| f.duration_ns()).sum::<i64>() as f64 / frames.len() as f64 / 1e6;
    println!(
        "{guides} guides x 50 nodes, {} rounds, {per_round:.1} ms per round (load, validate, index, 3 searches)",
        frames.len()
    );
    for thread in first.thread_streams.keys() {
        let Ok(scopes) = puffin::merge_scopes_for_thread(view.scope_collection(), &frames, thread)
        else {
            continue;
        };
        let name = if thread.name.is_empty() {
            "(a rayon worker)"
        } else {
            &thread.name
        };
        println!("\nthread {name}");
        print_scopes(view.scope_collection(), &scopes, frames.len(), 1);
    }
    drop(view);
    if serve {
        eprintln!("serving; stop with Ctrl+C");
        loop {
            std::thread::park();
        }
    }
}

/// One line per merged scope: ms per round, calls per round, then children.
fn print_scopes(names: &ScopeCollection, scopes: &[MergeScope<'_>], rounds: usize, depth: usize) {
    for scope in scopes {
        let name = names
            .fetch_by_id(&scope.id)
            .map_or_else(|| "?".to_owned(), |d| d.name().to_string());
        let ms = scope.duration_per_frame_ns as f64 / 1e6;
        if ms >= 0.05 {
            println!(
                "{:indent$}{name:<width$} {ms:>8.2} ms {:>6} calls",
                "",
                scope.num_pieces / rounds,
                indent = depth * 2,
                width = 40usize.saturating_sub(depth * 2),
            );
        }
        if depth < 4 {
            print_scopes(names, &scope.children, rounds, depth + 1);
        }
    }
}
