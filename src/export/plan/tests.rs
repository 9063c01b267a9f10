//! The documents of the built-in pack: orders, ways, shared steps, anchors.

use super::*;

fn builtin() -> Pack {
    Pack::load(PackSource::Builtin).0
}

#[test]
fn the_tv_scenario_starts_with_its_expected_path_and_keeps_every_branch() {
    let pack = builtin();
    let doc = whole(&pack, &Target::Scenario("tv".into())).expect("plans");
    let ids: Vec<String> = doc.entries.iter().map(|e| e.at.to_string()).collect();
    // The TV guide runs the shared TV-menu steps first: the page starts
    // with them, in walking order.
    assert_eq!(
        &ids[..4],
        [
            "tv-menu#home",
            "tv-menu#which-menu",
            "tv-menu#open-side-menu",
            "tv-menu#side-get-help"
        ]
    );
    // Every shown node of the TV guide and of the flow it runs is
    // there, once; Calls and Returns never are.
    for guide in ["sign-out-tv", "tv-menu"] {
        let loaded = pack.guide(guide).expect("guide");
        for (id, node) in loaded.guide.nodes.iter() {
            let at = format!("{guide}#{id}");
            let expected = usize::from(!node.is_transit());
            assert_eq!(ids.iter().filter(|i| **i == at).count(), expected, "{at}");
        }
    }
    // Each guide is one part, once.
    assert_eq!(doc.parts[0].guide, "tv-menu");
    let mut guides: Vec<&str> = doc.parts.iter().map(|p| p.guide.as_str()).collect();
    let count = guides.len();
    guides.dedup();
    assert_eq!(guides.len(), count);
    assert!(guides.contains(&"sign-out-tv"));
    assert!(guides.contains(&"sign-out-device-web"));
    // Every way leads to an entry of the document. The TV menu steps
    // are run from one place here (the start), so where they end is
    // that place's `then`: "This TV is signed out", not "go back".
    let done = ids
        .iter()
        .position(|i| i == "sign-out-tv#done")
        .expect("done");
    let mut into_done = 0;
    for entry in &doc.entries {
        for way in &entry.ways {
            match &way.to {
                WayTo::Entry(i) => into_done += usize::from(*i == done),
                // Shared steps run from several places (the account
                // page) end by going back; the TV menu's never do.
                WayTo::Back => assert_ne!(entry.at.guide, "tv-menu"),
                other => panic!("{}: {other:?}", entry.at),
            }
        }
    }
    assert!(
        into_done > 0,
        "the shared steps lead on to the TV guide's end"
    );
    // Anchors are unique.
    let anchors: HashSet<&str> = doc.entries.iter().map(|e| e.anchor.as_str()).collect();
    assert_eq!(anchors.len(), doc.entries.len());
}

#[test]
fn a_path_document_holds_the_way_walked_and_the_answers_given() {
    let pack = builtin();
    let mut walk = Walk::begin_scenario(&pack, "tv").expect("starts");
    use crate::guide::walk::Command;
    for command in [Command::Next, Command::Choose(1), Command::Stuck] {
        walk.apply(&pack, command).expect("applies");
    }
    let doc = path(&pack, &walk).expect("plans");
    assert_eq!(doc.entries.len(), 4);
    let took: Vec<Option<String>> = doc
        .entries
        .iter()
        .map(|e| {
            e.walked
                .as_ref()
                .and_then(|w| w.took)
                .map(|i| e.ways[i].label.clone())
        })
        .collect();
    assert_eq!(
        took,
        [
            Some(NEXT_LABEL.to_owned()),
            Some("A menu bar across the top".to_owned()),
            Some("There is no menu at the top either".to_owned()),
            None
        ]
    );
    assert!(doc.entries[3].walked.as_ref().is_some_and(|w| w.current));
}

#[test]
fn shared_steps_run_from_several_places_are_written_once_and_say_go_back() {
    let pack = builtin();
    // Several ways of the left-behind scenario run the account page
    // steps; they are written once, the ways into them say where to
    // go on, and their end says to go back.
    let doc = whole(&pack, &Target::Scenario("left-behind".into())).expect("plans");
    let ids: Vec<String> = doc.entries.iter().map(|e| e.at.to_string()).collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "every node once");
    let into_flow: Vec<&Way> = doc
        .entries
        .iter()
        .flat_map(|e| &e.ways)
        .filter(|w| w.then.is_some())
        .collect();
    assert!(into_flow.len() >= 2, "{into_flow:?}");
    let backs = doc
        .entries
        .iter()
        .flat_map(|e| e.ways.iter().map(move |w| (e, w)))
        .filter(|(_, w)| w.to == WayTo::Back)
        .inspect(|(e, _)| {
            let flow = pack.guide(&e.at.guide).is_some_and(|g| g.guide.is_flow());
            assert!(flow, "{} goes back, but is not in a shared flow", e.at);
        })
        .count();
    assert!(backs > 0, "the account page steps end by going back");
}

#[test]
fn anchors_are_safe_whatever_the_node_id() {
    assert_eq!(anchor(3, "Side Get-Help"), "s3-side-get-help");
    assert_eq!(anchor(7, "\"><script>"), "s7-script");
    assert_eq!(anchor(1, "ümlaut ßß"), "s1-mlaut");
    assert_eq!(anchor(2, "!!!"), "s2");
}
