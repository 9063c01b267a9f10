//! Surgical edits of guide files: the editor changes one value (a node's
//! `marks`, a step's `next`) or adds one node, and every other byte of the
//! file (comments, layout, the author's own spacing) stays as it was.
//!
//! The text is read into its span tree (`tree.rs`: where each struct,
//! field, list, map entry and value starts and ends), the same tree the
//! positions of problems come from, so strings and comments are understood
//! the same way. An edit replaces one span or inserts text at one place;
//! nothing is ever re-serialised as a whole.

use crate::guide::model::Mark;
pub use crate::guide::tree::Span;
use crate::guide::tree::{self, Field, Shape, Value};
use crate::text::ron_string;

/// Why an edit could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The text is not a guide the editor can read (it does not parse).
    #[error("the file could not be read as a guide: {0}")]
    Unreadable(String),
    /// No node has this id.
    #[error("the guide has no node \"{0}\"")]
    NoNode(String),
    /// The node has no picture, so it has no marks.
    #[error("the node \"{0}\" has no picture")]
    NoPicture(String),
    /// A node with this id already exists.
    #[error("the guide already has a node \"{0}\"")]
    Taken(String),
}

/// A guide file read for editing.
struct Guide<'a> {
    text: &'a str,
    root: Value,
}

impl<'a> Guide<'a> {
    fn read(text: &'a str) -> Result<Guide<'a>, EditError> {
        let root = tree::read(text).map_err(|e| EditError::Unreadable(e.0))?;
        Ok(Guide { text, root })
    }

    fn nodes(&self) -> Result<(&Value, &[Field], usize), EditError> {
        let nodes = self
            .root
            .field("nodes")
            .ok_or_else(|| EditError::Unreadable("the guide has no `nodes`".to_owned()))?;
        match &nodes.value.shape {
            Shape::Map { entries, close } => Ok((&nodes.value, entries, *close)),
            _ => Err(EditError::Unreadable("`nodes` is not a map".to_owned())),
        }
    }

    fn node(&self, id: &str) -> Result<&Field, EditError> {
        let (_, entries, _) = self.nodes()?;
        entries
            .iter()
            .find(|e| e.name == id)
            .ok_or_else(|| EditError::NoNode(id.to_owned()))
    }

    /// The indentation of the line `at` is on.
    fn indent_at(&self, at: usize) -> &'a str {
        let line_start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = &self.text[line_start..];
        let width = line.len() - line.trim_start_matches([' ', '\t']).len();
        &line[..width]
    }

    fn same_line(&self, a: usize, b: usize) -> bool {
        let (a, b) = (a.min(b), a.max(b));
        !self.text[a..b].contains('\n')
    }
}

/// One replacement: `span` of the old text becomes `with`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Splice {
    span: Span,
    with: String,
}

fn apply(text: &str, splice: Splice) -> String {
    let mut out = String::with_capacity(text.len() + splice.with.len());
    out.push_str(&text[..splice.span.start]);
    out.push_str(&splice.with);
    out.push_str(&text[splice.span.end..]);
    out
}

/// Sets field `name` of the struct `value` to `new_value` (RON text):
/// replaces the value if the field is there, else adds the field after the
/// last one, in the struct's own layout (one line or one field per line).
fn set_field(
    guide: &Guide<'_>,
    value: &Value,
    name: &str,
    new_value: &str,
) -> Result<Splice, EditError> {
    if let Some(field) = value.field(name) {
        return Ok(Splice {
            span: field.value.span,
            with: new_value.to_owned(),
        });
    }
    let Shape::Parens {
        fields,
        items,
        close,
        ..
    } = &value.shape
    else {
        return Err(EditError::Unreadable(format!(
            "`{name}` belongs in a struct, and this is not one"
        )));
    };
    let last_after = fields
        .iter()
        .map(|f| (f.key, f.after, f.value.span.end))
        .chain(items.iter().map(|v| (v.span.start, v.span.end, v.span.end)))
        .max_by_key(|(_, after, _)| *after);
    let Some((last_key, last_after, last_end)) = last_after else {
        // An empty struct: write the field inside it.
        return Ok(Splice {
            span: Span {
                start: *close,
                end: *close,
            },
            with: format!("{name}: {new_value}"),
        });
    };
    let has_comma = last_after > last_end;
    if guide.same_line(value.span.start, last_key) {
        // One line: `Shot(image: "a.png")` -> `Shot(image: "a.png", marks: [])`.
        let (at, with) = if has_comma {
            (last_after, format!(" {name}: {new_value},"))
        } else {
            (last_end, format!(", {name}: {new_value}"))
        };
        return Ok(Splice {
            span: Span { start: at, end: at },
            with,
        });
    }
    let indent = guide.indent_at(last_key);
    let (at, with) = if has_comma {
        (last_after, format!("\n{indent}{name}: {new_value},"))
    } else {
        (last_end, format!(",\n{indent}{name}: {new_value},"))
    };
    Ok(Splice {
        span: Span { start: at, end: at },
        with,
    })
}

/// One mark as RON text, as guides write it.
pub fn mark_text(mark: &Mark) -> String {
    mark.kind().ron()
}

/// Marks as a RON list: one per line under `indent` when `multiline`.
fn marks_text(marks: &[Mark], multiline: bool, indent: &str) -> String {
    if marks.is_empty() {
        return "[]".to_owned();
    }
    if !multiline {
        let items: Vec<String> = marks.iter().map(mark_text).collect();
        return format!("[{}]", items.join(", "));
    }
    let mut out = String::from("[\n");
    for mark in marks {
        out.push_str(&format!("{indent}    {},\n", mark_text(mark)));
    }
    out.push_str(indent);
    out.push(']');
    out
}

/// The text with node `node_id`'s picture marks replaced by `marks`;
/// every other byte stays as it was.
pub fn replace_marks(text: &str, node_id: &str, marks: &[Mark]) -> Result<String, EditError> {
    let guide = Guide::read(text)?;
    let node = guide.node(node_id)?;
    let shot = node
        .value
        .field("shot")
        .map(|f| f.value.unwrap_some())
        .filter(|v| matches!(v.shape, Shape::Parens { .. }))
        .ok_or_else(|| EditError::NoPicture(node_id.to_owned()))?;
    let splice = match shot.field("marks") {
        Some(field) => {
            let old = &text[field.value.span.start..field.value.span.end];
            let had_items =
                matches!(&field.value.shape, Shape::List { items } if !items.is_empty());
            let multiline =
                old.contains('\n') || !had_items && !guide.same_line(shot.span.start, field.key);
            Splice {
                span: field.value.span,
                with: marks_text(marks, multiline, guide.indent_at(field.key)),
            }
        }
        None => {
            let one_line = match &shot.shape {
                Shape::Parens { fields, .. } => fields
                    .first()
                    .is_none_or(|f| guide.same_line(shot.span.start, f.key)),
                _ => true,
            };
            let indent = match &shot.shape {
                Shape::Parens { fields, .. } => {
                    fields.last().map_or("", |f| guide.indent_at(f.key))
                }
                _ => "",
            };
            set_field(&guide, shot, "marks", &marks_text(marks, !one_line, indent))?
        }
    };
    Ok(apply(text, splice))
}

/// Where node `node_id`'s `shot` value is written in the text.
pub fn shot_span(text: &str, node_id: &str) -> Result<Span, EditError> {
    let guide = Guide::read(text)?;
    let node = guide.node(node_id)?;
    node.value
        .field("shot")
        .map(|f| f.value.span)
        .ok_or_else(|| EditError::NoPicture(node_id.to_owned()))
}

/// The text with `span` replaced by `with`.
pub fn replace_span(text: &str, span: Span, with: &str) -> String {
    apply(
        text,
        Splice {
            span,
            with: with.to_owned(),
        },
    )
}

/// The marks written for node `node_id`, exactly as the text has them.
pub fn marks_source<'t>(text: &'t str, node_id: &str) -> Result<Option<&'t str>, EditError> {
    let guide = Guide::read(text)?;
    let node = guide.node(node_id)?;
    let shot = node.value.field("shot").map(|f| f.value.unwrap_some());
    Ok(shot
        .and_then(|s| s.field("marks"))
        .map(|f| &text[f.value.span.start..f.value.span.end]))
}

/// A new step to add to a guide.
#[derive(Clone, Debug, PartialEq)]
pub struct NewStep {
    /// Its id, unused in the guide.
    pub id: String,
    /// Its checklist title.
    pub title: String,
    /// Its instruction.
    pub text: String,
    /// Its picture, relative to `assets/`.
    pub image: String,
    /// What the picture shows.
    pub alt: String,
}

/// The text with `step` added right after node `after` in the file and in
/// the walk: `after`'s `next` now leads to the new step, and the new step
/// leads where `after` used to (when `after` is a step). Every other byte
/// stays as it was.
pub fn insert_step_after(text: &str, after: &str, step: &NewStep) -> Result<String, EditError> {
    let guide = Guide::read(text)?;
    let (_, entries, _) = guide.nodes()?;
    if entries.iter().any(|e| e.name == step.id) {
        return Err(EditError::Taken(step.id.clone()));
    }
    let node = guide.node(after)?;
    let is_step = matches!(&node.value.shape, Shape::Parens { name: Some(n), .. } if n == "Step");
    let old_next = node
        .value
        .field("next")
        .map(|f| text[f.value.span.start..f.value.span.end].to_owned());
    let indent = guide.indent_at(node.key);
    let inner = format!("{indent}    ");
    let mut entry = format!(
        "\n{indent}{}: Step(\n{inner}title: {},\n{inner}text: {},\n{inner}shot: Shot(image: {}, alt: {}, marks: []),\n",
        ron_string(&step.id),
        ron_string(&step.title),
        ron_string(&step.text),
        ron_string(&step.image),
        ron_string(&step.alt),
    );
    if is_step && let Some(next) = &old_next {
        entry.push_str(&format!("{inner}next: {next},\n"));
    }
    entry.push_str(&format!("{indent}),"));
    // The entry goes after `after`'s own entry (and its comma).
    let has_comma = node.after > node.value.span.end;
    let (insert_at, entry) = if has_comma {
        (node.after, entry)
    } else {
        (node.value.span.end, format!(",{entry}"))
    };
    let mut splices = vec![Splice {
        span: Span {
            start: insert_at,
            end: insert_at,
        },
        with: entry,
    }];
    if is_step {
        splices.push(set_field(
            &guide,
            &node.value,
            "next",
            &ron_string(&step.id),
        )?);
    }
    // Apply from the end of the text backwards, so earlier offsets hold.
    splices.sort_by_key(|s| std::cmp::Reverse(s.span.start));
    Ok(splices
        .into_iter()
        .fold(text.to_owned(), |t, s| apply(&t, s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::{Arrow, Callout, Highlight};

    const GUIDE: &str = r#"// A guide with comments that must survive.
Guide(
    id: "g",
    title: "G",
    start: "one",
    nodes: {
        // The first step.
        "one": Step(
            title: "One",
            text: "Press **OK**.",   // keep me
            shot: Shot(
                image: "a.png",
                alt: "A screen",
                marks: [
                    Highlight(rect: (10, 20, 30, 40)),   // the button
                ],
            ),
            next: "two",
        ),
        "two": Step(title: "Two", text: "Then this.", shot: Shot(image: "b.png"), next: "end"),
        "three": Step(
            title: "Three",
            text: "No marks yet.",
            shot: Shot(
                image: "c.png",
                alt: "C"
            ),
            next: "end",
        ),
        "end": Outcome(kind: Solved, title: "Done")
    },
)
"#;

    fn parses(text: &str) -> crate::guide::model::Guide {
        crate::guide::load::parse_text::<crate::guide::model::Guide>("g.ron", text)
            .map(|(g, _)| g)
            .unwrap_or_else(|p| panic!("{p}\n{text}"))
    }

    fn marks_of(text: &str, id: &str) -> Vec<Mark> {
        parses(text)
            .nodes
            .get(id)
            .and_then(|n| n.shot())
            .map(|s| s.marks.clone())
            .unwrap_or_default()
    }

    fn sample() -> Vec<Mark> {
        vec![
            Mark::Highlight(Highlight {
                rect: (1.0, 2.0, 3.5, 4.0),
            }),
            Mark::Arrow(Arrow {
                from: (5.0, 6.0),
                to: (7.0, 8.0),
            }),
            Mark::Callout(Callout {
                at: (9.0, 10.0),
                n: 1,
                text: "Say \"OK\"".to_owned(),
            }),
        ]
    }

    #[test]
    fn replacing_marks_changes_only_the_marks() {
        let out = replace_marks(GUIDE, "one", &sample()).expect("edit");
        assert_eq!(marks_of(&out, "one"), sample());
        let start = GUIDE.find("marks: [").expect("marks") + "marks: ".len();
        assert_eq!(out[..start], GUIDE[..start], "the text before is untouched");
        let tail = GUIDE
            .find("            ),\n            next: \"two\"")
            .expect("tail");
        assert!(out.ends_with(&GUIDE[tail..]), "the text after is untouched");
        assert!(out.contains("// keep me") && out.contains("// The first step."));
        // Multi-line stays multi-line, indented under the field.
        assert!(out.contains("marks: [\n                    Highlight(rect: (1, 2, 3.5, 4)),\n"));
    }

    #[test]
    fn marks_are_added_where_there_were_none_in_the_struct_s_own_layout() {
        let out = replace_marks(GUIDE, "two", &sample()).expect("edit");
        assert_eq!(marks_of(&out, "two"), sample());
        assert!(
            out.contains(r#"shot: Shot(image: "b.png", marks: [Highlight"#),
            "{out}"
        );
        let out = replace_marks(GUIDE, "three", &sample()[..1]).expect("edit");
        assert_eq!(marks_of(&out, "three"), sample()[..1].to_vec());
        assert!(
            out.contains("                alt: \"C\",\n                marks: [\n"),
            "{out}"
        );
    }

    #[test]
    fn clearing_marks_leaves_an_empty_list_and_other_nodes_alone() {
        let out = replace_marks(GUIDE, "one", &[]).expect("edit");
        assert!(marks_of(&out, "one").is_empty());
        assert_eq!(marks_of(&out, "three"), marks_of(GUIDE, "three"));
        assert_eq!(
            replace_marks(GUIDE, "end", &[]),
            Err(EditError::NoPicture("end".to_owned()))
        );
        assert_eq!(
            replace_marks(GUIDE, "nope", &[]),
            Err(EditError::NoNode("nope".to_owned()))
        );
        assert!(matches!(
            replace_marks("Guide(id: \"x\", nodes: {", "x", &[]),
            Err(EditError::Unreadable(_))
        ));
    }

    #[test]
    fn a_new_step_goes_after_the_current_one_in_the_file_and_the_walk() {
        let step = NewStep {
            id: "new".to_owned(),
            title: "New step".to_owned(),
            text: "Say what to press.".to_owned(),
            image: "shots/new.png".to_owned(),
            alt: "A screenshot".to_owned(),
        };
        let out = insert_step_after(GUIDE, "one", &step).expect("edit");
        let guide = parses(&out);
        let ids: Vec<&str> = guide.nodes.iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["one", "new", "two", "three", "end"]);
        let next = |id: &str| match guide.nodes.get(id) {
            Some(crate::guide::model::Node::Step(s)) => s.next.clone(),
            _ => None,
        };
        assert_eq!(next("one").as_deref(), Some("new"));
        assert_eq!(next("new").as_deref(), Some("two"));
        assert!(out.contains("// keep me"));
        // The last entry has no comma after it: one is added.
        let out = insert_step_after(GUIDE, "end", &step).expect("edit");
        let ids: Vec<String> = parses(&out)
            .nodes
            .iter()
            .map(|(id, _)| id.to_owned())
            .collect();
        assert_eq!(ids.last().map(String::as_str), Some("new"));
        assert_eq!(
            insert_step_after(
                GUIDE,
                "one",
                &NewStep {
                    id: "two".to_owned(),
                    ..step
                }
            ),
            Err(EditError::Taken("two".to_owned()))
        );
    }

    #[test]
    fn strings_are_escaped_for_ron() {
        assert_eq!(ron_string("a \"b\" \\ c\nd"), r#""a \"b\" \\ c\nd""#);
        let text = mark_text(&Mark::Callout(Callout {
            at: (1.25, 2.0),
            n: 3,
            text: "x".to_owned(),
        }));
        assert_eq!(text, r#"Callout(at: (1.25, 2), n: 3, text: "x")"#);
    }
}
