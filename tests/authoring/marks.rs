//! The marks of the built-in pack point at real controls: every highlight
//! frames one or more of the controls that assets-src/generate.py recorded
//! for its image (assets-src/regions.json), and every arrow ends at a
//! highlight of the same screenshot.

use std::collections::HashMap;

use stepwise::guide::model::Mark;
use stepwise::guide::{Pack, PackSource};
use stepwise::marks::{Arrow, Highlight};

type Rect = (f32, f32, f32, f32);

fn regions() -> HashMap<String, Vec<(String, Rect)>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets-src/regions.json");
    let text = std::fs::read_to_string(path).expect("regions.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let mut out = HashMap::new();
    for (image, entry) in json.as_object().expect("an object") {
        let mut rects = Vec::new();
        for (name, region) in entry["regions"].as_object().expect("regions") {
            let r: Vec<f32> = region["rect"]
                .as_array()
                .expect("rect")
                .iter()
                .map(|v| v.as_f64().expect("number") as f32)
                .collect();
            if name != "illustration_tag" {
                rects.push((name.clone(), (r[0], r[1], r[2], r[3])));
            }
        }
        out.insert(format!("shots/{image}"), rects);
    }
    out
}

fn contains(outer: Rect, inner: Rect) -> bool {
    let slack = 3.0;
    inner.0 >= outer.0 - slack
        && inner.1 >= outer.1 - slack
        && inner.0 + inner.2 <= outer.0 + outer.2 + slack
        && inner.1 + inner.3 <= outer.1 + outer.3 + slack
}

fn distance_to_rect((x, y): (f32, f32), r: Rect) -> f32 {
    let dx = (r.0 - x).max(x - (r.0 + r.2)).max(0.0);
    let dy = (r.1 - y).max(y - (r.1 + r.3)).max(0.0);
    (dx * dx + dy * dy).sqrt()
}

#[test]
fn highlights_frame_controls_and_arrows_end_at_highlights() {
    let (pack, _) = Pack::load(PackSource::Builtin);
    let regions = regions();
    let mut failures = Vec::new();
    let mut highlights_checked = 0;
    for loaded in &pack.guides {
        for (id, node) in loaded.guide.nodes.iter() {
            let Some(shot) = node.shot() else { continue };
            let place = format!("{}#{id} ({})", loaded.guide.id, shot.image);
            let Some(known) = regions.get(&shot.image) else {
                failures.push(format!("{place}: no recorded regions for this image"));
                continue;
            };
            let boxes: Vec<Rect> = shot
                .marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Highlight(Highlight { rect }) => Some(*rect),
                    _ => None,
                })
                .collect();
            for &rect in &boxes {
                highlights_checked += 1;
                let inside: Vec<&(String, Rect)> =
                    known.iter().filter(|(_, r)| contains(rect, *r)).collect();
                if inside.is_empty() {
                    failures.push(format!(
                        "{place}: highlight {rect:?} frames no recorded control"
                    ));
                    continue;
                }
                // The box hugs what it frames: not much larger than the controls inside.
                let (x0, y0, x1, y1) =
                    inside
                        .iter()
                        .fold((f32::MAX, f32::MAX, 0f32, 0f32), |acc, (_, r)| {
                            (
                                acc.0.min(r.0),
                                acc.1.min(r.1),
                                acc.2.max(r.0 + r.2),
                                acc.3.max(r.1 + r.3),
                            )
                        });
                if rect.2 * rect.3 > 1.6 * (x1 - x0) * (y1 - y0) {
                    failures.push(format!(
                        "{place}: highlight {rect:?} is much larger than its controls"
                    ));
                }
            }
            for mark in &shot.marks {
                if let Mark::Arrow(Arrow { to, .. }) = mark {
                    let near = boxes.iter().any(|b| distance_to_rect(*to, *b) <= 24.0);
                    if !near {
                        failures.push(format!("{place}: arrow to {to:?} ends at no highlight"));
                    }
                }
            }
        }
    }
    assert!(
        highlights_checked > 30,
        "only {highlights_checked} highlights"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
