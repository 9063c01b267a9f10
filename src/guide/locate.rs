//! Finds where each value sits in a RON file, so that problems found after
//! parsing (a dangling reference, a mark outside its image) can still be
//! reported with a line and column.
//!
//! serde throws positions away, so the same text is read a second time into
//! its span tree (`tree.rs`, which the surgical editor reads too) and the
//! position of every value and key is recorded by its path (`nodes /
//! "tv-home" / next`). It only runs on text that ron has already accepted,
//! so it never has to report errors of its own: text it cannot read has no
//! positions, and problems fall back to the start of the file.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::guide::tree::{self, Shape, Value};

pub use crate::guide::tokens::Pos;

/// One step of a path into a RON value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// A struct field or a map key (borrowed for field names written in
    /// code, so building a path costs no allocation).
    Key(Cow<'static, str>),
    /// An element of a list or tuple.
    Index(usize),
}

impl Seg {
    /// A key segment for a field name.
    pub fn key(name: &'static str) -> Seg {
        Seg::Key(Cow::Borrowed(name))
    }

    /// A key segment for a key known only at run time (a node id).
    pub fn owned(name: &str) -> Seg {
        Seg::Key(Cow::Owned(name.to_owned()))
    }
}

/// The positions of every value and key in one RON file. The file is only
/// scanned when a position is first asked for: a pack without problems
/// never pays for it.
#[derive(Clone, Debug, Default)]
pub struct Locations {
    /// The file's bytes, shared with whoever read them.
    bytes: Arc<[u8]>,
    /// Where the text starts in `bytes` (after a byte-order mark).
    start: usize,
    map: OnceLock<Map>,
}

#[derive(Clone, Debug, Default)]
struct Map {
    values: HashMap<Vec<Seg>, Vec<Pos>>,
    keys: HashMap<Vec<Seg>, Vec<Pos>>,
}

impl Locations {
    /// Keeps RON text to be scanned on demand.
    pub fn new(text: &str) -> Locations {
        Locations::shared(Arc::from(text.as_bytes()), 0)
    }

    /// Keeps the bytes of a file whose text (from `start` on) has already
    /// been checked to be UTF-8, without copying them.
    pub fn shared(bytes: Arc<[u8]>, start: usize) -> Locations {
        Locations {
            bytes,
            start,
            map: OnceLock::new(),
        }
    }

    /// Scans RON text right away. Never fails: unexpected input just yields
    /// fewer positions.
    pub fn scan(text: &str) -> Locations {
        let locations = Locations::new(text);
        locations.map();
        locations
    }

    fn map(&self) -> &Map {
        self.map.get_or_init(|| {
            // Checked when the file was parsed; anything else scans as empty.
            let text = self
                .bytes
                .get(self.start..)
                .and_then(|tail| std::str::from_utf8(tail).ok())
                .unwrap_or_default();
            let mut map = Map::default();
            if let Ok(root) = tree::read(text) {
                record(&root, &mut Vec::new(), &mut map);
            }
            map
        })
    }

    /// Where the value at `path` starts; for a repeated key, its `nth` occurrence.
    /// Falls back to the nearest enclosing value that was found.
    pub fn value(&self, path: &[Seg], nth: usize) -> Pos {
        for len in (0..=path.len()).rev() {
            if let Some(pos) = self
                .map()
                .values
                .get(&path[..len])
                .and_then(|found| found.get(nth).or_else(|| found.first()))
            {
                return *pos;
            }
        }
        Pos::START
    }

    /// Where the key or field name of `path` is written (`"tv-home":`),
    /// falling back to the value's position.
    pub fn key(&self, path: &[Seg], nth: usize) -> Pos {
        match self.map().keys.get(path) {
            Some(found) => found
                .get(nth)
                .or_else(|| found.first())
                .copied()
                .unwrap_or(Pos::START),
            None => self.value(path, nth),
        }
    }
}

/// Records where `value` and everything in it sits, by path. A named
/// wrapper around exactly one positional value (`Some(x)`, a newtype
/// variant) is transparent: the inner value keeps the path.
fn record(value: &Value, path: &mut Vec<Seg>, map: &mut Map) {
    let inner = value.unwrapped();
    if !std::ptr::eq(inner, value) {
        return record(inner, path, map);
    }
    map.values.entry(path.clone()).or_default().push(value.pos);
    let entry = |field: &tree::Field, path: &mut Vec<Seg>, map: &mut Map| {
        path.push(Seg::Key(Cow::Owned(field.name.clone())));
        map.keys
            .entry(path.clone())
            .or_default()
            .push(field.key_pos);
        record(&field.value, path, map);
        path.pop();
    };
    match &value.shape {
        Shape::Parens { fields, items, .. } => {
            for field in fields {
                entry(field, path, map);
            }
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                record(item, path, map);
                path.pop();
            }
        }
        Shape::List { items } => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                record(item, path, map);
                path.pop();
            }
        }
        Shape::Map { entries, .. } => {
            for field in entries {
                entry(field, path, map);
            }
        }
        Shape::Atom => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_keys_and_elements() {
        let text = "#![enable(implicit_some)]\nGuide(\n  id: \"g\", // comment\n  nodes: {\n    \"a\": Step(next: \"b\", marks: [Highlight(rect: (1, 2, 3, 4))]),\n    \"b\": Outcome(stuck: Some((to: \"a\"))),\n  },\n)\n";
        let loc = Locations::scan(text);
        let path = |segs: &[Seg]| segs.to_vec();
        assert_eq!(
            loc.value(&path(&[Seg::key("id")]), 0),
            Pos { line: 3, col: 7 }
        );
        let a = [Seg::key("nodes"), Seg::key("a")];
        assert_eq!(loc.key(&path(&a), 0), Pos { line: 5, col: 5 });
        let next = [Seg::key("nodes"), Seg::key("a"), Seg::key("next")];
        assert_eq!(loc.value(&path(&next), 0), Pos { line: 5, col: 21 });
        let rect = [
            Seg::key("nodes"),
            Seg::key("a"),
            Seg::key("marks"),
            Seg::Index(0),
            Seg::key("rect"),
            Seg::Index(2),
        ];
        assert_eq!(loc.value(&path(&rect), 0), Pos { line: 5, col: 57 });
        let to = [
            Seg::key("nodes"),
            Seg::key("b"),
            Seg::key("stuck"),
            Seg::key("to"),
        ];
        assert_eq!(loc.value(&path(&to), 0), Pos { line: 6, col: 35 });
    }

    #[test]
    fn counts_duplicate_keys_and_falls_back_to_parents() {
        let text = "{\n \"x\": 1,\n \"x\": 2,\n}";
        let loc = Locations::scan(text);
        let x = [Seg::key("x")];
        assert_eq!(loc.key(&x, 0), Pos { line: 2, col: 2 });
        assert_eq!(loc.key(&x, 1), Pos { line: 3, col: 2 });
        assert_eq!(
            loc.value(&[Seg::key("x"), Seg::key("missing")], 1),
            Pos { line: 3, col: 7 }
        );
    }

    #[test]
    fn survives_garbage() {
        for text in [
            "",
            "(",
            "{{{",
            "\"unterminated",
            "r#\"x",
            "/* open",
            "[1, (2, {3:",
            "'",
        ] {
            let _ = Locations::scan(text);
        }
    }
}
