//! A document as a Graphviz graph, for authors' own tools (`dot -Tsvg`):
//! one box per node with its kind, number and title, grouped by guide;
//! one arrow per way on, labelled with the words that take it ("Done, next
//! step", "I don't see Get Help", "Yes, I'm in front of it"). Ways into
//! other guides lead to those guides' boxes; a broken reference leads to a
//! red note saying why.
//!
//! Every text from the guide is a quoted DOT string with `"` and `\`
//! escaped (so `\N` or `\G` in a title stays those two characters) and
//! line breaks written as `\n`.

use crate::export::plan::{Document, Entry, WayKind, WayTo};
use crate::guide::model::{Node, OutcomeKind};
use crate::text::plain;

/// A quoted DOT string.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The graph of `doc`.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "// {} ({}), written by stepwise export.\n",
        doc.title.replace(['\n', '\r'], " "),
        doc.pack_title.replace(['\n', '\r'], " ")
    ));
    out.push_str(&format!("digraph {} {{\n", quote(&doc.id)));
    out.push_str(&format!(
        "  graph [label={}, labelloc=t, fontname=\"Inter,Helvetica,Arial,sans-serif\", rankdir=TB, compound=true];\n",
        quote(&doc.title)
    ));
    out.push_str("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Inter,Helvetica,Arial,sans-serif\", fontsize=11];\n");
    out.push_str("  edge [fontname=\"Inter,Helvetica,Arial,sans-serif\", fontsize=9];\n");
    if let Some(first) = doc.entries.first() {
        out.push_str("  \"(start)\" [label=\"Start\", shape=circle, fillcolor=\"#1f5fd1\", fontcolor=\"#ffffff\"];\n");
        out.push_str(&format!("  \"(start)\" -> {};\n", node_id(first)));
    }
    for (p, part) in doc.parts.iter().enumerate() {
        out.push_str(&format!("  subgraph \"cluster_{}\" {{\n", p + 1));
        out.push_str(&format!(
            "    label={};\n    style=\"rounded,dashed\";\n    color=\"#9aa1ab\";\n",
            quote(&part.title)
        ));
        for entry in &doc.entries[part.entries.clone()] {
            out.push_str(&format!(
                "    {} [{}];\n",
                node_id(entry),
                node_attrs(entry)
            ));
        }
        out.push_str("  }\n");
    }
    let mut broken = 0;
    for entry in &doc.entries {
        for way in &entry.ways {
            let style = match way.kind {
                WayKind::Next | WayKind::Answer(_) => "",
                WayKind::Stuck => ", style=dashed",
                WayKind::NotSolved => ", style=dotted",
                WayKind::Fallback => ", style=dotted, color=\"#5b6370\"",
            };
            let label = match way.kind {
                WayKind::Fallback => format!("{} (the pack's fallback)", way.label),
                _ => way.label.clone(),
            };
            let to = match &way.to {
                WayTo::Entry(i) => match doc.entries.get(*i) {
                    Some(to) => node_id(to),
                    None => continue,
                },
                WayTo::Outside(title) => {
                    broken += 1;
                    let id = quote(&format!("(elsewhere {broken})"));
                    out.push_str(&format!(
                        "  {id} [label={}, shape=note, fillcolor=\"#f4f5f7\"];\n",
                        quote(&plain(title))
                    ));
                    id
                }
                WayTo::Back => {
                    broken += 1;
                    let id = quote(&format!("(back {broken})"));
                    out.push_str(&format!(
                        "  {id} [label=\"Back to the guide that ran these shared steps\", shape=note, fillcolor=\"#f4f5f7\"];\n"
                    ));
                    id
                }
                WayTo::Broken(why) => {
                    broken += 1;
                    let id = quote(&format!("(broken {broken})"));
                    out.push_str(&format!(
                        "  {id} [label={}, shape=note, color=\"#c02b2b\", fontcolor=\"#a82424\"];\n",
                        quote(&format!("Leads nowhere:\n{why}"))
                    ));
                    id
                }
            };
            out.push_str(&format!(
                "  {} -> {to} [label={}{style}];\n",
                node_id(entry),
                quote(&plain(&label))
            ));
            // Where the reader goes on once the shared steps are done.
            if let Some(WayTo::Entry(then)) = &way.then
                && let Some(then) = doc.entries.get(*then)
            {
                out.push_str(&format!(
                    "  {} -> {} [label=\"after the shared steps\", style=dashed, color=\"#5b6370\"];\n",
                    node_id(entry),
                    node_id(then)
                ));
            }
        }
    }
    out.push_str("}\n");
    out
}

/// A node's DOT id: `guide#node`, quoted.
fn node_id(entry: &Entry) -> String {
    quote(&entry.at.to_string())
}

fn node_attrs(entry: &Entry) -> String {
    let title = plain(entry.node.title());
    let (kind, extra) = match &entry.node {
        Node::Step(_) => ("Step", ""),
        Node::Question(_) => ("Question", ", shape=hexagon, fillcolor=\"#eef3fc\""),
        Node::Outcome(o) if o.kind == OutcomeKind::Solved => (
            "Outcome: solved",
            ", fillcolor=\"#e6f4ea\", penwidth=2, color=\"#1e8a4c\"",
        ),
        Node::Outcome(_) => (
            "Outcome: unsolved",
            ", fillcolor=\"#fff4dc\", penwidth=2, color=\"#b26a00\"",
        ),
        // Never an entry: the plan goes through them.
        Node::Call(_) | Node::Return => ("Shared steps", ""),
    };
    format!(
        "label={}{extra}",
        quote(&format!("{kind} {}\n{title}", entry.number))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_what_dot_reads() {
        assert_eq!(quote("plain"), "\"plain\"");
        assert_eq!(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(quote("a\\Nb"), "\"a\\\\Nb\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
        assert_eq!(quote("tab\there"), "\"tab here\"");
        assert_eq!(quote("}; digraph x {"), "\"}; digraph x {\"");
    }
}
