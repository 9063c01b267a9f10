//! Export benchmarks: the TV scenario and every scenario of the built-in
//! pack, planned and written in memory as a web page (pictures painted and
//! encoded on every core), as Markdown and as DOT. Budgets: the TV
//! scenario under 1 s, every scenario under 3 s (docs/PERFORMANCE.md).
//!
//!   cargo bench --bench export

use std::sync::LazyLock;

use divan::black_box;
use stepwise::export::plan::{self, Target};
use stepwise::export::{self, Format, Rendered};
use stepwise::guide::{Pack, PackSource};

fn main() {
    divan::main();
}

static SHIPPED: LazyLock<Pack> = LazyLock::new(|| Pack::load(PackSource::Builtin).0);

fn tv(format: Format) -> Rendered {
    let doc = plan::whole(&SHIPPED, &Target::Scenario("tv".into())).expect("plans");
    export::render(&doc, format)
}

/// Returns what it wrote, so freeing it is not timed.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn tv_as_web_page() -> Rendered {
    tv(Format::Html)
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn tv_as_markdown() -> Rendered {
    tv(Format::Markdown)
}

#[divan::bench(sample_count = 30)]
fn tv_as_dot() -> Rendered {
    tv(Format::Dot)
}

#[divan::bench(sample_count = 30)]
fn tv_plan_only() -> plan::Document {
    plan::whole(&SHIPPED, &Target::Scenario("tv".into())).expect("plans")
}

/// Every scenario of the built-in pack, one page each.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn every_scenario_as_web_pages() -> Vec<Rendered> {
    SHIPPED
        .manifest
        .scenarios
        .iter()
        .map(|s| {
            let doc = plan::whole(&SHIPPED, &Target::Scenario(s.id.clone())).expect("plans");
            black_box(export::render(&doc, Format::Html))
        })
        .collect()
}
