//! Where a mark is, in words: for the list under an exported picture and
//! for anyone who cannot see the picture (a screen reader, a print in black
//! and white). Each kind of mark says its own sentence with these: they
//! name a place (`top-left`), and the kind's Fluent message says it, in
//! each language as its grammar wants.

/// Which third of a length a coordinate is in: 0, 1 or 2.
fn third(v: f32, length: f32) -> usize {
    if !(v.is_finite() && length > 0.0) {
        1
    } else if v < length / 3.0 {
        0
    } else if v < length * 2.0 / 3.0 {
        1
    } else {
        2
    }
}

/// Which ninth of the picture a point is in: `top-left`, `top-middle`,
/// `top-right`, `left-edge`, `middle`, `right-edge`, `bottom-left`,
/// `bottom-middle` or `bottom-right` ("the top left of the picture").
pub fn spot(p: (f32, f32), size: (f32, f32)) -> &'static str {
    const SPOTS: [[&str; 3]; 3] = [
        ["top-left", "top-middle", "top-right"],
        ["left-edge", "middle", "right-edge"],
        ["bottom-left", "bottom-middle", "bottom-right"],
    ];
    SPOTS[third(p.1, size.1)][third(p.0, size.0)]
}

/// Where a highlighted box is: `most` (covering most of the picture),
/// `across-middle`, `down-middle`, `along-top`, `along-bottom`,
/// `along-left`, `along-right`, or `at-` and a [`spot`] ("at the bottom
/// left of the picture").
pub fn area(rect: (f32, f32, f32, f32), size: (f32, f32)) -> &'static str {
    let (x, y, w, h) = rect;
    let wide = w >= size.0 * 0.6;
    let tall = h >= size.1 * 0.6;
    let centre = (x + w / 2.0, y + h / 2.0);
    match (wide, tall) {
        (true, true) => "most",
        (true, false) => ["along-top", "across-middle", "along-bottom"][third(centre.1, size.1)],
        (false, true) => ["along-left", "down-middle", "along-right"][third(centre.0, size.0)],
        (false, false) => match spot(centre, size) {
            "top-left" => "at-top-left",
            "top-middle" => "at-top-middle",
            "top-right" => "at-top-right",
            "left-edge" => "at-left-edge",
            "right-edge" => "at-right-edge",
            "bottom-left" => "at-bottom-left",
            "bottom-middle" => "at-bottom-middle",
            "bottom-right" => "at-bottom-right",
            _ => "at-middle",
        },
    }
}

#[cfg(test)]
mod tests {
    use crate::marks::{Arrow, Callout, Highlight, Mark, describe_marks};

    #[test]
    fn marks_are_said_with_where_they_are() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        let size = Some((1280.0, 720.0));
        let marks = [
            Mark::Highlight(Highlight {
                rect: (0.0, 0.0, 88.0, 720.0),
            }),
            Mark::Highlight(Highlight {
                rect: (0.0, 0.0, 1280.0, 92.0),
            }),
            Mark::Highlight(Highlight {
                rect: (36.0, 612.0, 320.0, 56.0),
            }),
            Mark::Arrow(Arrow {
                from: (300.0, 530.0),
                to: (100.0, 400.0),
            }),
            Mark::Arrow(Arrow {
                from: (0.0, 0.0),
                to: (640.0, 360.0),
            }),
            Mark::Callout(Callout {
                at: (0.0, 0.0),
                n: 1,
                text: "Press Left".into(),
            }),
        ];
        assert_eq!(
            describe_marks(&marks, size),
            [
                "Highlighted: the area along the left edge",
                "Highlighted: the area along the top edge",
                "Highlighted: the area at the bottom left of the picture",
                "An arrow points to the left edge of the picture",
                "An arrow points to the middle of the picture",
                "Number 1: Press Left",
            ]
        );
        assert_eq!(
            describe_marks(&marks[..1], None),
            ["Highlighted: the place to press"]
        );
    }
}
