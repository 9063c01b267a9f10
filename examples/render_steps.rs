//! Authoring aid: renders every screenshot of a pack with its marks drawn,
//! one PNG per node, so an author can check that each mark points at the
//! right control.
//!
//!   cargo run --example render_steps -- OUT_DIR [PACK_DIR]
//!
//! Uses the same widget as the app, rendered offscreen by egui_kittest (wgpu;
//! Mesa's software renderer is enough).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use stepwise::guide::model::Shot;
use stepwise::guide::{Pack, PackSource};
use stepwise::shots::ShotCache;
use stepwise::ui::theme::Palette;
use stepwise::ui::widgets::annotated_image::annotated_image_ui;

struct State {
    source: PackSource,
    cache: Option<ShotCache>,
    shot: Shot,
    title: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: render_steps OUT_DIR [PACK_DIR]")?,
    );
    let source = args
        .next()
        .map_or(PackSource::Builtin, |dir| PackSource::Folder(dir.into()));
    std::fs::create_dir_all(&out)?;
    let (pack, _) = Pack::load(source.clone());
    let mut count = 0;
    for loaded in &pack.guides {
        for (id, node) in loaded.guide.nodes.iter() {
            let Some(shot) = node.shot() else { continue };
            let state = State {
                source: source.clone(),
                cache: None,
                shot: shot.clone(),
                title: format!("{}#{id}: {}", loaded.guide.id, node.title()),
            };
            let mut harness = Harness::builder()
                .with_size(egui::vec2(1280.0, 800.0))
                .wgpu()
                .build_ui_state(frame, state);
            let started = Instant::now();
            loop {
                harness.step();
                let loading = harness
                    .state()
                    .cache
                    .as_ref()
                    .is_none_or(ShotCache::is_loading);
                if !loading || started.elapsed() > Duration::from_secs(20) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            harness.run();
            let image = harness.render()?;
            let path = out.join(format!("{}--{id}.png", loaded.guide.id));
            image.save(&path)?;
            println!("{}", path.display());
            count += 1;
        }
    }
    println!("{count} screenshots rendered");
    Ok(())
}

fn frame(ui: &mut egui::Ui, state: &mut State) {
    let ctx = ui.ctx().clone();
    let cache = state
        .cache
        .get_or_insert_with(|| ShotCache::new(state.source.clone(), &ctx));
    cache.poll(&ctx);
    let shot_state = cache.get(&ctx, &state.shot.image);
    egui::CentralPanel::default().show(ui, |ui| {
        ui.label(egui::RichText::new(&state.title).strong());
        let available = ui.available_size();
        annotated_image_ui(ui, &shot_state, &state.shot, available, &Palette::DARK);
    });
}
