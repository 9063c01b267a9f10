//! The path document ("Save my steps"): the nodes a person walked through,
//! with what they answered at each, for someone helping them.

use super::*;

/// Builds the document of one person's walk: the nodes they passed, with
/// the answer they gave at each, and the one they are on now.
pub fn path(pack: &Pack, walk: &Walk) -> Result<Document, PlanError> {
    let steps: Vec<Place> = walk
        .history
        .iter()
        .enumerate()
        .map(|(i, at)| (at.clone(), walk.stack_at(i).to_vec()))
        .chain(std::iter::once((walk.current.clone(), walk.stack.clone())))
        .take(MAX_ENTRIES)
        .collect();
    let mut doc = Document {
        kind: Kind::Path,
        pack_title: pack.manifest.title.clone(),
        title: walk.title(pack),
        description: String::new(),
        summary: Vec::new(),
        source: pack.source.clone(),
        entries: Vec::new(),
        parts: Vec::new(),
        id: walk
            .scenario
            .clone()
            .unwrap_or_else(|| walk.start.guide.clone()),
    };
    if let Some(scenario) = walk
        .scenario
        .as_ref()
        .and_then(|id| pack.manifest.scenarios.iter().find(|s| &s.id == id))
    {
        doc.description = scenario.description.clone();
    }
    for (i, (at, within)) in steps.iter().enumerate() {
        let node = pack
            .node(at)
            .ok_or_else(|| PlanError::Missing(at.clone()))?;
        let next = steps.get(i + 1);
        let mut took = None;
        let ways: Vec<Way> = resolved_ways(pack, at, node)
            .into_iter()
            .enumerate()
            .map(|(w, (kind, label, to))| {
                // Through Calls and Returns with the flows the person was
                // inside, as walking went.
                let mut stack = within.clone();
                let to =
                    to.and_then(|to| settle(pack, to, &mut stack).map_err(|why| why.to_string()));
                let to = match to {
                    Ok(to) if next.is_some_and(|n| n.0 == to) && took.is_none() => {
                        took = Some(w);
                        WayTo::Entry(i + 1)
                    }
                    Ok(to) => WayTo::Outside(title_of(pack, &to)),
                    Err(why) => WayTo::Broken(why),
                };
                Way {
                    kind,
                    label,
                    to,
                    then: None,
                }
            })
            .collect();
        let current = i + 1 == steps.len();
        doc.entries.push(Entry::new(
            at,
            i,
            node,
            ways,
            Some(Walked {
                step: i + 1,
                took,
                current,
                ticked: walk
                    .checked
                    .get(at)
                    .map(|t| t.iter().copied().collect())
                    .unwrap_or_default(),
            }),
        ));
    }
    doc.parts = parts_of(pack, &doc.entries);
    Ok(doc)
}
